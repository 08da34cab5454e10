"""Happening queries over the SQLite schema: the timeline, one happening, the copy groups.

The timeline has one row per happening (the ``happenings`` table that linking rebuilds),
placed by its happened date, else its earliest report date. Filters on an entity or a source
select happenings through their reports (``events.happening_id``).
"""

from __future__ import annotations

import json
from collections import defaultdict
from typing import Any

from dossier.store.base import (
    ConflictRow,
    CopyDocument,
    CopyGroupRow,
    HappeningDetail,
    ReportRow,
    TimelineFilter,
    TimelineRow,
)
from dossier.store.db import Db, values_in
from dossier.store.queries import by_document, canonical_ids

_LEAD = (
    "SELECT h.*, e.document_id, e.id AS event_id, e.date, e.reported, e.actors, e.place, "
    "e.confidence, d.title, substr(d.text, e.evidence_start + 1, "
    "e.evidence_end - e.evidence_start) AS evidence FROM happenings h "
    # the lead's two key parts, so that the events' primary key serves the join
    "JOIN events e ON e.document_id = substr(h.lead, 1, instr(h.lead, '/') - 1) "
    "AND e.id = substr(h.lead, instr(h.lead, '/') + 1) "
    "JOIN documents d ON d.id = e.document_id"
)


# A case file shows this many of its entity's documents (by id) and happenings (by date), a
# timeline page's worth, links to the rest on the timeline, and counts its happenings up to
# COUNT_CAP: its cost then stays bounded however often the entity is named (68,000
# documents and 200,000 happenings for the most frequent of a 100,000-document base).
CASE_ROWS = 50
COUNT_CAP = 1000


def timeline(conn: Db, flt: TimelineFilter) -> list[TimelineRow]:
    found = _where(conn, flt)
    if found is None:
        return []
    where, params = found
    sql = _LEAD + f" WHERE {where} ORDER BY h.sort_key, h.id"
    if flt.limit and not flt.source:
        sql += " LIMIT ?"  # (a source filter is applied below, row by row)
        params = [*params, flt.limit]
    rows = conn.execute(sql, params).fetchall()
    names = _names(conn, {r["document_id"] for r in rows})
    out: list[TimelineRow] = []
    for row in rows:
        sources = tuple(json.loads(row["sources"]))
        if flt.source and not any(flt.source.casefold() in s.casefold() for s in sources):
            continue
        out.append(_row(conn, row, sources, names))
        if flt.limit and len(out) >= flt.limit:
            break
    return out


def count(conn: Db, flt: TimelineFilter, cap: int) -> tuple[int, bool]:
    """How many happenings ``timeline`` would list (without a source filter), counted up to
    ``cap``: (the count, whether there are more)."""
    found = _where(conn, flt)
    if found is None:
        return 0, False
    where, params = found
    n = int(
        conn.execute(
            f"SELECT count(*) FROM (SELECT 1 FROM happenings h WHERE {where} LIMIT ?) AS c",
            [*params, cap + 1],
        ).fetchone()[0]
    )
    return min(n, cap), n > cap


def _where(conn: Db, flt: TimelineFilter) -> tuple[str, list[object]] | None:
    """The WHERE clause over happenings ``h`` of a timeline filter (its source aside), or
    None when nothing can match."""
    sql = "h.sort_key IS NOT NULL"
    params: list[object] = []
    if flt.types:
        sql += f" AND h.type IN ({','.join('?' * len(flt.types))})"
        params += flt.types
    if flt.since:
        sql += " AND h.sort_key >= ?"
        params.append(flt.since)
    if flt.until:
        # "until 2023" includes all of 2023: every key whose prefix is at most the value.
        sql += " AND h.sort_key < ?"
        params.append(past_prefix(flt.until))
    if not flt.include_unasserted:
        sql += " AND h.modality IN ('asserted', 'generic')"
    if flt.entity:
        # Happenings with a report that names the entity: as actor, target or place, or in
        # the words of one of its mentions (kept by linking, dossier.store.entity_index).
        canon = canonical_ids(conn, flt.entity)
        if not canon:
            return None
        sql += (
            " AND h.id IN (SELECT happening_id FROM entity_happenings "
            f"WHERE canonical_id IN ({values_in(conn, '?')}))"
        )
        params.append(json.dumps(sorted(canon)))
    return sql, params


def past_prefix(value: str) -> str:
    """The least string above every one whose first ``len(value)`` characters are at most
    ``value``: ``key < past_prefix(v)`` is ``substr(key, 1, len(v)) <= v``, as a range."""
    return value[:-1] + chr(ord(value[-1]) + 1)


def _names(conn: Db, document_ids: set[str]) -> dict[tuple[str, str], str]:
    """``(document, local id) -> name`` of the entities of some documents, in one query."""
    if not document_ids:
        return {}
    rows = conn.execute(
        "SELECT document_id, local_id, name FROM entities "
        f"WHERE document_id IN ({values_in(conn, '?')})",
        (json.dumps(sorted(document_ids)),),
    )
    return {(r[0], r[1]): r[2] for r in rows}


def _row(
    conn: Db, r: Any, sources: tuple[str, ...], names: dict[tuple[str, str], str] | None = None
) -> TimelineRow:
    doc = r["document_id"]
    actors = json.loads(r["actors"])
    if names is None:
        names = by_document(conn, "entities", "name", {doc})
    evidence = " ".join(r["evidence"].split())
    return TimelineRow(
        happening_id=r["id"],
        when=r["value"],
        placed_by=r["basis"],
        precision=r["precision"],
        type=r["type"],
        summary=r["summary"] or evidence,
        reports=int(r["reports"]),
        sources=sources,
        conflicts=tuple(c["field"] for c in json.loads(r["conflicts"])),
        first_reported=r["first_reported"],
        date=r["date"],
        reported=r["reported"],
        evidence=evidence,
        document_id=doc,
        document_title=r["title"],
        event_id=r["event_id"],
        actors=tuple(names.get((doc, a), a) for a in actors),
        place=names.get((doc, r["place"]), r["place"]) if r["place"] else None,
        modality=r["modality"],
        confidence=float(r["confidence"]),
    )


def happening(conn: Db, key: str) -> HappeningDetail | None:
    """A happening by its id, or the happening of a report key ("<document>/<event>")."""
    document_id, _, event_id = key.partition("/")
    found = conn.execute(
        "SELECT happening_id FROM events WHERE (document_id = ? AND id = ?) "
        "OR happening_id = ? LIMIT 1",
        (document_id, event_id, key),
    ).fetchone()
    if found is None or found[0] is None:
        return None
    row = conn.execute(_LEAD + " WHERE h.id = ?", (found[0],)).fetchone()
    if row is None:
        return None
    head = _row(conn, row, tuple(json.loads(row["sources"])))
    conflicts = tuple(
        ConflictRow(c["field"], tuple((v, tuple(who)) for v, who in c["values"]))
        for c in json.loads(row["conflicts"])
    )
    return HappeningDetail(head, tuple(_reports(conn, found[0])), conflicts)


def _reports(conn: Db, happening_id: str) -> list[ReportRow]:
    rows = conn.execute(
        "SELECT e.*, d.title, d.url, d.published, d.language, d.copy_group, d.publisher, "
        "d.text FROM events e JOIN documents d ON d.id = e.document_id "
        "WHERE e.happening_id = ? ORDER BY coalesce(e.reported, d.published), e.document_id",
        (happening_id,),
    ).fetchall()
    cited = by_document(conn, "citations", "source", {r["document_id"] for r in rows})
    out = []
    for r in rows:
        text, doc = r["text"], r["document_id"]
        mentions = tuple(" ".join(text[s:e].split()) for s, e in json.loads(r["mentions"]))
        sources = [cited.get((doc, c), c) for c in json.loads(r["citations"])]
        if not sources and r["publisher"]:
            sources = [r["publisher"]]  # an unattributed report is its outlet's own
        out.append(
            ReportRow(
                key=f"{doc}/{r['id']}", document_id=doc, event_id=r["id"],
                document_title=r["title"], url=r["url"], published=r["published"],
                language=r["language"], copy_group=r["copy_group"], date=r["date"],
                reported=r["reported"], modality=r["modality"],
                evidence=" ".join(text[r["evidence_start"] : r["evidence_end"]].split()),
                mentions=mentions,
                sources=tuple(dict.fromkeys(sources)),
            )
        )  # fmt: skip
    return out


def copy_groups(conn: Db) -> list[CopyGroupRow]:
    """Every copy group, its original first, with every place each copy came from."""
    urls: dict[str, list[str]] = defaultdict(list)
    for r in conn.execute(
        "SELECT o.document_id, coalesce(o.url, o.origin) FROM origins o JOIN documents d "
        "ON d.id = o.document_id WHERE d.copy_group IS NOT NULL ORDER BY o.seen_at, o.origin"
    ):
        urls[r[0]].append(r[1])
    groups: dict[str, list[CopyDocument]] = defaultdict(list)
    originals = {r[0]: r[1] for r in conn.execute("SELECT id, original FROM copy_groups")}
    for r in conn.execute(
        "SELECT id, url, title, published, language, copy_group FROM documents "
        "WHERE copy_group IS NOT NULL ORDER BY copy_group, published, id"
    ):
        groups[r["copy_group"]].append(
            CopyDocument(
                r["id"], r["url"], tuple(dict.fromkeys(urls[r["id"]])), r["title"],
                r["published"], r["language"],
            )
        )  # fmt: skip
    out = []
    for group, docs in groups.items():
        original = originals.get(group, docs[0].id)
        docs.sort(key=lambda d: d.id != original)
        out.append(CopyGroupRow(group, original, tuple(docs)))
    return out
