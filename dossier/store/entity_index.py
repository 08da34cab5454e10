"""What linking keeps per entity so that an entity's timeline and case file read an index
instead of every record that names it.

- ``entity_happenings``: every happening with a report that names the entity (as actor,
  target or place, or in the words of a mention: the rows of ``event_entities``), with the
  happening's sort key, type and modality, so that "this entity's happenings, in date order,
  of these types" is one ordered index range (``entity_happenings_order`` and ``_type``).
- ``entity_summary``: each canonical entity as :func:`dossier.store.queries.entity_row`
  makes it from its records (name, type, aliases, documents, mentions, place), with the tally
  it is made from (:class:`dossier.store.queries.EntityTally`), to which a scoped linking
  adds the new records instead of reading the old ones.
- ``entity_lookup``: the lookup key of each of an entity's names and aliases, so that a name
  finds its entities without reading every record that carries it.

Linking writes them in its write transaction: a full linking rebuilds them (:func:`rebuild`),
a scoped one refreshes what it changed (:func:`refresh`). An entity named in two thirds of a
base of 100,000 documents has some 70,000 records and 200,000 happenings: reading them took
0.8-2 s a case file; the first page of its timeline now reads the first rows of the index.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Collection, Iterable, Mapping
from typing import Any

from dossier.store.base import EntityRow
from dossier.store.db import Db, values_in
from dossier.store.queries import EntityTally, entity_row, lookup_key

# The version of what this module writes; linking rebuilds the tables when the stored one
# differs (a base from before they existed, or written by an older Dossier).
VERSION = "4"

_INVOLVED = (
    "SELECT DISTINCT n.canonical_id, e.happening_id, h.sort_key, h.type, h.modality "
    "FROM events e JOIN happenings h ON h.id = e.happening_id JOIN event_entities x "
    "ON x.document_id = e.document_id AND x.event_id = e.id JOIN entities n "
    "ON n.document_id = x.document_id AND n.local_id = x.local_id "
    "WHERE n.canonical_id IS NOT NULL"
)
_RECORDS = (
    "SELECT canonical_id, document_id, local_id, type, name, aliases, mentions, lat, lon, "
    "country FROM entities"
)


def rebuild(conn: Db) -> None:
    """The three tables anew from the linked base; the caller holds the write transaction."""
    conn.execute("DELETE FROM entity_happenings")
    conn.execute(
        "INSERT INTO entity_happenings (canonical_id, happening_id, sort_key, type, modality) "
        + _INVOLVED
    )
    conn.execute("DELETE FROM entity_summary")
    conn.execute("DELETE FROM entity_lookup")
    groups: dict[str, list[Any]] = defaultdict(list)
    for row in conn.execute(_RECORDS):
        groups[row["canonical_id"]].append(row)
    _write_entities(conn, {cid: EntityTally().add(rows) for cid, rows in groups.items()})


def refresh(
    conn: Db,
    happenings: Collection[str],
    renamed: Mapping[str, str],
    documents: Collection[str],
) -> None:
    """After a scoped linking wrote its groups: the rows of the ``happenings`` it replaced or
    wrote, of the entities ``renamed`` (old id -> new), and the summaries of the entities
    that the new ``documents`` name; the caller holds the write transaction.

    A renamed entity is made again from its records, whatever the renaming was (a merge into
    another entity, a split, ids swapped). Any other entity the new documents name has their
    records added to its stored tally, so an ingest costs the same whether the entity was
    named in ten documents or in 70,000.
    """
    again = set(renamed) | set(renamed.values())
    _involving_again(conn, "canonical_id", "n.canonical_id", again)
    _involving_again(conn, "happening_id", "e.happening_id", happenings)
    fresh: dict[str, list[Any]] = defaultdict(list)
    for row in conn.execute(
        _RECORDS + f" WHERE document_id IN ({values_in(conn, '?')})",
        (json.dumps(sorted(set(documents))),),
    ):
        fresh[row["canonical_id"]].append(row)
    grown = tallies(conn, set(fresh) - again)
    # New entities have no records but the new ones; one without a tally (never summarised)
    # is made from all of its records, as a renamed one.
    again |= {cid for cid in fresh if cid not in grown and cid not in again}
    for cid in grown:
        grown[cid].add(fresh[cid])
    # Summaries are written anew for both; lookup keys only for those made again (a grown
    # entity keeps its keys, and _write_entities adds the new ones).
    for table, ids in (("entity_summary", again | set(grown)), ("entity_lookup", again)):
        conn.execute(
            f"DELETE FROM {table} WHERE canonical_id IN ({values_in(conn, '?')})",
            (json.dumps(sorted(ids)),),
        )
    grown |= {cid: EntityTally().add(rows) for cid, rows in _records_of(conn, again).items()}
    _write_entities(conn, grown)


def tallies(conn: Db, canonical_ids: Collection[str]) -> dict[str, EntityTally]:
    """The stored tallies of these entities (none for one linking has not summarised)."""
    return {
        r[0]: EntityTally.from_json(r[1])
        for r in conn.execute(
            "SELECT canonical_id, tally FROM entity_summary "
            f"WHERE tally IS NOT NULL AND canonical_id IN ({values_in(conn, '?')})",
            (json.dumps(sorted(set(canonical_ids))),),
        )
    }


def named(conn: Db, keys: Collection[str]) -> set[str]:
    """The entities with a name or alias of one of these lookup keys."""
    return {
        r[0]
        for r in conn.execute(
            "SELECT DISTINCT canonical_id FROM entity_lookup "
            f"WHERE key IN ({values_in(conn, '?')})",
            (json.dumps(sorted(set(keys))),),
        )
    }


def _involving_again(conn: Db, column: str, source: str, ids: Collection[str]) -> None:
    """The entity_happenings rows whose ``column`` is one of ``ids``, made again from the
    linked base (``source``: that column in :data:`_INVOLVED`)."""
    if not ids:
        return
    wanted = json.dumps(sorted(ids))
    conn.execute(
        f"DELETE FROM entity_happenings WHERE {column} IN ({values_in(conn, '?')})", (wanted,)
    )
    conn.execute(
        "INSERT OR IGNORE INTO entity_happenings "
        "(canonical_id, happening_id, sort_key, type, modality) "
        + _INVOLVED
        + f" AND {source} IN ({values_in(conn, '?')})",
        (wanted,),
    )


def _records_of(conn: Db, canonical_ids: Iterable[str]) -> dict[str, list[Any]]:
    groups: dict[str, list[Any]] = defaultdict(list)
    for row in conn.execute(
        _RECORDS + f" WHERE canonical_id IN ({values_in(conn, '?')})",
        (json.dumps(sorted(set(canonical_ids))),),
    ):
        groups[row["canonical_id"]].append(row)
    return groups


def summaries_from_records(conn: Db, canonical_ids: Iterable[str]) -> dict[str, EntityRow]:
    """Entities as their records make them (what :func:`rebuild` stores)."""
    return {cid: entity_row(cid, rows) for cid, rows in _records_of(conn, canonical_ids).items()}


def summaries(conn: Db, canonical_ids: Collection[str]) -> dict[str, EntityRow]:
    """The stored summaries of some entities; one linking has not summarised yet (a base
    not linked since it was written) is made from its records."""
    out: dict[str, EntityRow] = {}
    for r in conn.execute(
        "SELECT canonical_id, name, type, aliases, documents, mentions, lat, lon, country "
        f"FROM entity_summary WHERE canonical_id IN ({values_in(conn, '?')})",
        (json.dumps(sorted(canonical_ids)),),
    ):
        out[r[0]] = EntityRow(
            id=r[0], name=r[1], type=r[2], aliases=tuple(json.loads(r[3])),
            documents=int(r[4]), mentions=int(r[5]), lat=r[6], lon=r[7], country=r[8],
        )  # fmt: skip
    missing = set(canonical_ids) - set(out)
    if missing:
        out |= summaries_from_records(conn, missing)
    return out


def first_documents(conn: Db, canonical_id: str, limit: int) -> list[str]:
    """The first ``limit`` documents (by id) that name an entity, read off the index."""
    rows = conn.execute(
        "SELECT DISTINCT document_id FROM entities WHERE canonical_id = ? "
        "ORDER BY document_id LIMIT ?",
        (canonical_id, limit),
    )
    return [r[0] for r in rows]


def _write_entities(conn: Db, by_entity: Mapping[str, EntityTally]) -> None:
    """The summary, tally and lookup keys of each entity; a lookup key already stored for it
    stays."""
    key_of: dict[str, str] = {}  # lookup keys, computed once per distinct name

    def key(name: str) -> str:
        return key_of.get(name) or key_of.setdefault(name, lookup_key(name))

    rows = [(tally.row(cid), tally) for cid, tally in by_entity.items()]
    conn.executemany(
        "INSERT INTO entity_summary "
        "(canonical_id, name, type, aliases, documents, mentions, lat, lon, country, tally) "
        "VALUES (?,?,?,?,?,?,?,?,?,?)",
        [
            (e.id, e.name, e.type, json.dumps(list(e.aliases), ensure_ascii=False),
             e.documents, e.mentions, e.lat, e.lon, e.country, tally.to_json())
            for e, tally in rows
        ],
    )  # fmt: skip
    conn.executemany(
        "INSERT OR IGNORE INTO entity_lookup (key, canonical_id) VALUES (?, ?)",
        [
            (k, cid)
            for cid, tally in by_entity.items()
            for k in sorted({key(a) for a in tally.aliases})
        ],
    )
