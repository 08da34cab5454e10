"""Cross-document entity linking inside the store, and the analyst's merge/split judgements.

Each stored entity is a record keyed ``<document id>/<local id>``. :func:`relink` hands all
records and all judgements to :func:`dossier.resolve.link` and writes the canonical ids back,
so a judgement is applied again on every ingest. A judgement names entities by name or alias;
it is stored by record key, which stays the same when the same document is ingested again.
"""

from __future__ import annotations

import json
import sqlite3
from typing import Literal

from dossier.errors import DossierError
from dossier.resolve import EntityRecord, Judgement, link
from dossier.store.queries import lookup_key


def relink(conn: sqlite3.Connection) -> int:
    """Recompute every canonical id; returns the number of canonical entities."""
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
    judgements = [
        Judgement(r["kind"], r["a"], r["b"])
        for r in conn.execute("SELECT kind, a, b FROM judgements ORDER BY id")
    ]
    canonical = link(records, judgements)
    conn.execute("BEGIN IMMEDIATE")
    try:
        conn.executemany(
            "UPDATE entities SET canonical_id = ? WHERE document_id = ? AND local_id = ?",
            [(canonical[f"{r['document_id']}/{r['local_id']}"], r["document_id"], r["local_id"])
             for r in rows],
        )  # fmt: skip
        conn.execute("COMMIT")
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    return len(set(canonical.values()))


def record_key(conn: sqlite3.Connection, name: str) -> str:
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


def judge(
    conn: sqlite3.Connection, kind: Literal["merge", "split"], a: str, b: str
) -> tuple[str, str]:
    """Record the analyst's judgement between two entities; returns the two keys.

    The caller relinks (:meth:`dossier.store.sqlite.SQLiteStore.judge`), so that the linking
    it runs is recorded as done.
    """
    key_a, key_b = record_key(conn, a), record_key(conn, b)
    if key_a == key_b:
        raise DossierError(f"{a!r} and {b!r} name the same entity record; nothing to {kind}")
    conn.execute("INSERT INTO judgements (kind, a, b) VALUES (?, ?, ?)", (kind, key_a, key_b))
    return key_a, key_b
