"""Cross-document entity linking inside the store, and the analyst's merge/split judgements.

Each stored entity is a record keyed ``<document id>/<local id>``. :func:`relink` hands all
records and all judgements to :func:`dossier.resolve.link` and writes the canonical ids back,
so a judgement is applied again on every ingest. A judgement names entities by name or alias;
it is stored by record key, which stays the same when the same document is ingested again.
"""

from __future__ import annotations

import json
from typing import Literal

from dossier.errors import DossierError
from dossier.resolve import EntityRecord, link
from dossier.store import grouping
from dossier.store.db import Db
from dossier.store.queries import lookup_key


class Stale(Exception):
    """Another command stored a document or a judgement while linking read and computed."""


def relink(conn: Db, state: str, state_sql: str) -> int:
    """Recompute every canonical id, copy group and happening; returns the entity count.

    Everything is read and computed first, then written in one write transaction, so a
    reader never sees entities linked but happenings not. ``state`` is what ``state_sql``
    gave before reading: if it gives anything else once the write lock is held, another
    command wrote meanwhile, and :class:`Stale` is raised with nothing written. Otherwise
    the state is recorded as linked in the same transaction.
    """
    rows = conn.execute(
        "SELECT document_id, local_id, type, name, aliases FROM entities"
    ).fetchall()
    records = [
        EntityRecord(
            key=f"{r['document_id']}/{r['local_id']}",
            type=r["type"],
            name=r["name"],
            aliases=tuple(json.loads(r["aliases"])),
        )
        for r in rows
    ]
    canonical = link(records, grouping.judgements(conn, "entity"))
    grouped = grouping.compute(conn, canonical)
    conn.execute("BEGIN IMMEDIATE")
    try:
        if str(conn.execute(f"SELECT {state_sql}").fetchone()[0]) != state:
            raise Stale(state)
        conn.executemany(
            "UPDATE entities SET canonical_id = ? WHERE document_id = ? AND local_id = ?",
            [(canonical[f"{r['document_id']}/{r['local_id']}"], r["document_id"], r["local_id"])
             for r in rows],
        )  # fmt: skip
        grouping.write(conn, grouped)
        conn.execute(
            "INSERT INTO meta (key, value) VALUES ('linked', ?) "
            "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            (state,),
        )
        conn.execute("COMMIT")
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    return len(set(canonical.values()))


def record_key(conn: Db, name: str) -> str:
    """The record that best stands for ``name``: an exact name before an alias, most mentions.

    A canonical id (``<document>/<local id>``) is accepted as it is.
    """
    if conn.execute(
        "SELECT 1 FROM entities WHERE document_id || '/' || local_id = ?", (name,)
    ).fetchone():
        return name
    # The very spelling first ("Kubanychbek-uulu" and "Kubanychbek uulu" normalise alike),
    # then the name before an alias, then the record mentioned most.
    row = conn.execute(
        "SELECT n.document_id || '/' || n.local_id FROM entity_names n JOIN entities e "
        "ON e.document_id = n.document_id AND e.local_id = n.local_id WHERE n.key = ? "
        "ORDER BY n.verbatim = ? DESC, n.is_name DESC, e.mentions DESC, 1 DESC LIMIT 1",
        (lookup_key(name), name),
    ).fetchone()
    if row is None:
        raise DossierError(f"no entity named {name!r} (try `dossier entities`)")
    return str(row[0])


def judge(conn: Db, kind: Literal["merge", "split"], a: str, b: str) -> tuple[str, str]:
    """Record the analyst's judgement between two entities; returns the two keys.

    The caller relinks (:meth:`dossier.store.sqlite.SQLiteStore.judge`), so that the linking
    it runs is recorded as done.
    """
    key_a, key_b = record_key(conn, a), record_key(conn, b)
    if key_a == key_b:
        raise DossierError(f"{a!r} and {b!r} name the same entity record; nothing to {kind}")
    conn.execute("INSERT INTO judgements (kind, a, b) VALUES (?, ?, ?)", (kind, key_a, key_b))
    return key_a, key_b


def judge_group(
    conn: Db, target: Literal["happening", "copy"], kind: str, a: str, b: str
) -> tuple[str, str]:
    """Record the analyst's judgement between two happenings (report keys or happening ids)
    or two documents (ids or the URLs they came from); the caller relinks."""
    find = _report_key if target == "happening" else _document_id
    key_a, key_b = find(conn, a), find(conn, b)
    if key_a == key_b:
        raise DossierError(f"{a!r} and {b!r} name the same {target}; nothing to {kind}")
    conn.execute(
        "INSERT INTO judgements (kind, a, b, target) VALUES (?, ?, ?, ?)",
        (kind, key_a, key_b, target),
    )
    return key_a, key_b


def _report_key(conn: Db, key: str) -> str:
    """A report key as given, or the lead report of the happening with that id."""
    document_id, _, event_id = key.partition("/")
    row = (
        conn.execute(
            "SELECT document_id || '/' || id FROM events WHERE document_id = ? AND id = ?",
            (document_id, event_id),
        ).fetchone()
        or conn.execute("SELECT lead FROM happenings WHERE id = ?", (key,)).fetchone()
    )
    if row is None:
        raise DossierError(f"no happening or report {key!r} (try `dossier timeline --json`)")
    return str(row[0])


def _document_id(conn: Db, name: str) -> str:
    """A document by its id, a unique prefix of it, or an address it was ingested from."""
    rows = conn.execute(
        "SELECT DISTINCT d.id FROM documents d LEFT JOIN origins o ON o.document_id = d.id "
        "WHERE d.id = ? OR substr(d.id, 1, length(?)) = ? OR o.origin = ? OR o.url = ? "
        "OR d.url = ? LIMIT 2",
        (name, name, name, name, name, name),
    ).fetchall()
    if len(rows) != 1:
        problem = "no document" if not rows else "more than one document"
        raise DossierError(f"{problem} matches {name!r} (try `dossier copies --json`)")
    return str(rows[0][0])
