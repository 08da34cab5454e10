"""The analyst's reviews: accept, reject, edit and annotate what the machine extracted.

Every review is one row of ``reviews`` (who, when, the value before and after, why); rows are
only ever added, so the table is the audit log and undo is one more review that puts the
earlier value back. The machine's tables are never written here: :func:`overrides` reads the
latest review of each field and the web queries apply it on top of what linking computed,
so a review holds across every re-ingest and relinking.

A happening is reviewed through one of its reports (``<document>/<event>``), because
happening ids follow their smallest report key and may change as reports arrive; the review
applies to whichever happening holds that report now. An event review applies to that one
report.
"""

from __future__ import annotations

import json
import re
from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any

from dossier.errors import QueryError
from dossier.packs import get_pack
from dossier.settings import get_settings
from dossier.store.db import Db
from dossier.store.queries import by_document
from dossier.timex import extent, precision

TARGETS = ("happening", "event", "entity", "copy")
EDITABLE = ("type", "date", "place", "actors", "targets")
STATUS = {"accept": "accepted", "reject": "rejected", "reopen": None}
_TIMEX = re.compile(r"\d{4}(?:-(?:\d{2}(?:-\d{2})?|SP|SU|FA|WI|Q[1-4]|H[12]|W\d{2}))?")
_MAX_TEXT = 2000  # a reason or a name; a note may be longer
_MAX_NOTE = 10_000
_MAX_NAMES = 20


class NotFound(QueryError):
    """The id, key or page asked for does not exist."""


@dataclass(frozen=True, slots=True)
class Review:
    id: int
    target: str
    key: str
    action: str
    field: str | None
    before: Any
    after: Any
    reason: str
    user: str
    made_at: str


@dataclass(slots=True)
class Overrides:
    """The analysts' current word on happenings and reports, by field."""

    happening: dict[str, dict[str, Review]] = field(default_factory=dict)  # happening id ->
    event: dict[str, dict[str, Review]] = field(default_factory=dict)  # report key ->
    hidden: set[str] = field(default_factory=set)  # rejected happenings (or all their reports)
    reviewed: set[str] = field(default_factory=set)  # happenings a person accepted or edited

    def value(self, happening_id: str, name: str) -> Any:
        review = self.happening.get(happening_id, {}).get(name)
        return review.after if review else None


def _review(row: Any) -> Review:
    return Review(
        int(row["id"]), row["target"], row["key"], row["action"], row["field"],
        _load(row["before"]), _load(row["after"]), row["reason"], row["user_name"],
        row["made_at"],
    )  # fmt: skip


def _load(raw: str | None) -> Any:
    return json.loads(raw) if raw is not None else None


def happening_of(conn: Db, key: str) -> str | None:
    """The happening that holds the report ``key`` now."""
    doc, _, event = key.partition("/")
    row = conn.execute(
        "SELECT happening_id FROM events WHERE document_id = ? AND id = ?", (doc, event)
    ).fetchone()
    return str(row[0]) if row and row[0] else None


def overrides(conn: Db) -> Overrides:
    out = Overrides()
    rows = conn.execute(
        "SELECT * FROM reviews WHERE target IN ('happening', 'event') "
        "AND field IS NOT NULL AND field != 'note' ORDER BY id"
    ).fetchall()
    rejected: dict[str, set[str]] = defaultdict(set)  # happening -> its rejected reports
    for row in rows:
        review = _review(row)
        hid = happening_of(conn, review.key)
        if hid is None:
            continue  # its document is gone
        if review.target == "happening":
            out.happening.setdefault(hid, {})[review.field or ""] = review
        else:
            out.event.setdefault(review.key, {})[review.field or ""] = review
    for hid, fields in out.happening.items():
        if "status" in fields and fields["status"].after == "rejected":
            out.hidden.add(hid)
        if any(r.after is not None for r in fields.values()):
            out.reviewed.add(hid)
    for key, fields in out.event.items():
        hid = happening_of(conn, key) or ""
        if any(r.after is not None for r in fields.values()):
            out.reviewed.add(hid)
        if "status" in fields and fields["status"].after == "rejected":
            rejected[hid].add(key)
    for hid, keys in rejected.items():
        total = conn.execute("SELECT count(*) FROM events WHERE happening_id = ?", (hid,))
        if len(keys) >= int(total.fetchone()[0]):
            out.hidden.add(hid)
    return out


def record(
    conn: Db,
    user: str,
    target: str,
    key: str,
    action: str,
    value: Any = None,
    field_name: str | None = None,
    reason: str = "",
) -> Review:
    """Check and store one review; returns it. Raises :class:`QueryError` on bad input."""
    key = _target_key(conn, target, key)
    if action in STATUS:
        if target not in ("happening", "event"):
            raise QueryError(f"only a happening or an event is accepted or rejected, not {target}")
        field_name, value = "status", STATUS[action]
    elif action == "edit":
        if target not in ("happening", "event") or field_name not in EDITABLE:
            raise QueryError(f"editable fields of a happening or event: {', '.join(EDITABLE)}")
        value = _checked(field_name, value)
    elif action == "note":
        field_name, value = "note", _text(value, "a note", _MAX_NOTE)
    else:
        raise QueryError(f"unknown action {action!r} (accept, reject, reopen, edit, note)")
    before = None if field_name == "note" else _current(conn, target, key, field_name)
    return insert(conn, user, target, key, action, field_name, before, value, reason)


def insert(
    conn: Db,
    user: str,
    target: str,
    key: str,
    action: str,
    field_name: str | None,
    before: Any,
    after: Any,
    reason: str,
) -> Review:
    reason = _text(reason or "", "a reason", _MAX_TEXT, required=False)
    row = conn.execute(
        "INSERT INTO reviews (target, key, action, field, before, after, reason, user_name) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING *",
        (
            target, key, action, field_name, json.dumps(before, ensure_ascii=False),
            json.dumps(after, ensure_ascii=False), reason, user,
        ),
    ).fetchone()  # fmt: skip
    return _review(row)


def undo(conn: Db, user: str, review_id: int, reason: str = "") -> Review:
    """A new review that puts back the value review ``review_id`` replaced."""
    row = conn.execute("SELECT * FROM reviews WHERE id = ?", (review_id,)).fetchone()
    if row is None:
        raise NotFound(f"no review #{review_id}")
    old = _review(row)
    if old.field is None or old.field == "note":
        raise QueryError(f"review #{review_id} ({old.action}) cannot be undone this way")
    current = _current(conn, old.target, old.key, old.field)
    return insert(
        conn, user, old.target, old.key, "undo", old.field, current, old.before,
        reason or f"undo #{review_id}",
    )  # fmt: skip


def _target_key(conn: Db, target: str, key: str) -> str:
    """The key a review is stored under: a report key for happenings and events."""
    if target in ("happening", "event"):
        doc, _, event = key.partition("/")
        if (
            event
            and conn.execute(
                "SELECT 1 FROM events WHERE document_id = ? AND id = ?", (doc, event)
            ).fetchone()
        ):
            return key
        row = conn.execute("SELECT lead FROM happenings WHERE id = ?", (key,)).fetchone()
        if target == "happening" and row:
            return str(row[0])
        raise NotFound(f"no {target} {key!r}")
    if target == "entity":
        if conn.execute("SELECT 1 FROM entities WHERE canonical_id = ? LIMIT 1", (key,)).fetchone():
            return key
        raise NotFound(f"no entity {key!r}")
    if target == "copy":
        if conn.execute("SELECT 1 FROM documents WHERE id = ?", (key,)).fetchone():
            return key
        raise NotFound(f"no document {key!r}")
    raise QueryError(f"unknown target {target!r} ({', '.join(TARGETS)})")


def event_types() -> list[str]:
    """The event types of the domain pack, in its order."""
    return list(get_pack(get_settings().pack).load("events.yaml")["types"])


def _checked(name: str, value: Any) -> Any:
    if name == "type":
        types = event_types()
        if value not in types:
            raise QueryError(f"unknown event type {value!r} (one of {', '.join(types)})")
        return value
    if name == "date":
        text = _text(value, "a date", 20)
        if not _TIMEX.fullmatch(text) or extent(text) is None:
            raise QueryError(
                f"not a date: {text!r} (use a TIMEX3 value: 2023, 2023-05, 2023-05-14, "
                "2022-SU, 2023-Q2, 2023-W14)"
            )
        return {"value": text, "precision": precision(text)}
    if name == "place":
        return _text(value, "a place", _MAX_TEXT)
    names = value if isinstance(value, list) else str(value or "").split(",")
    cleaned = [_text(n, "a name", _MAX_TEXT) for n in names if str(n).strip()]
    if len(cleaned) > _MAX_NAMES:
        raise QueryError(f"at most {_MAX_NAMES} {name}")
    return cleaned


def _text(value: Any, what: str, limit: int, *, required: bool = True) -> str:
    if not isinstance(value, str):
        raise QueryError(f"{what} must be text")
    text = value.strip()
    if required and not text:
        raise QueryError(f"{what} is empty")
    if len(text) > limit:
        raise QueryError(f"{what} is longer than {limit} characters")
    return text


def _current(conn: Db, target: str, key: str, name: str) -> Any:
    """The value a field shows now: the latest review of it, else the machine's."""
    if target in ("happening", "event"):
        found = overrides(conn)
        hid = happening_of(conn, key)
        latest = (
            found.happening.get(hid or "", {}).get(name)
            if target == "happening"
            else found.event.get(key, {}).get(name)
        )
        if latest is not None:
            return latest.after
        return machine_value(conn, key, name)
    return None


def machine_value(conn: Db, key: str, name: str) -> Any:
    """What extraction gave for one field of the report ``key``."""
    doc, _, event = key.partition("/")
    row = conn.execute(
        "SELECT type, date, place, actors, targets FROM events WHERE document_id = ? AND id = ?",
        (doc, event),
    ).fetchone()
    if row is None or name == "status":
        return None
    if name == "type":
        return row["type"]
    if name == "date":
        return {"value": row["date"], "precision": precision(row["date"])} if row["date"] else None
    names = by_document(conn, "entities", "name", {doc})
    if name == "place":
        return names.get((doc, row["place"]), row["place"]) if row["place"] else None
    return [names.get((doc, x), x) for x in json.loads(row[name])]


def history(conn: Db, target: str, key: str) -> list[Review]:
    """Every review of one fact, oldest first. A happening's are those made through any
    report it holds now."""
    if target == "happening":
        hid = happening_of(conn, key) or key
        keys = [
            f"{r[0]}/{r[1]}"
            for r in conn.execute(
                "SELECT document_id, id FROM events WHERE happening_id = ?", (hid,)
            )
        ]
        marks = ",".join("?" * len(keys))
        rows = conn.execute(
            f"SELECT * FROM reviews WHERE target = 'happening' AND key IN ({marks}) ORDER BY id",
            keys,
        )
    else:
        rows = conn.execute(
            "SELECT * FROM reviews WHERE target = ? AND key = ? ORDER BY id", (target, key)
        )
    return [_review(r) for r in rows]


def audit(conn: Db, offset: int, limit: int) -> tuple[list[Review], int]:
    """The whole log, newest first, one page of it, and its length."""
    total = int(conn.execute("SELECT count(*) FROM reviews").fetchone()[0])
    rows = conn.execute("SELECT * FROM reviews ORDER BY id DESC LIMIT ? OFFSET ?", (limit, offset))
    return [_review(r) for r in rows], total
