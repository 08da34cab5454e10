"""The blocking keys the store keeps for incremental linking, in the ``link_keys`` table.

Each linker compares only what shares a blocking key: entity records their name keys
(:func:`dossier.resolve.link.record_keys`), documents their copy fingerprint's keys
(:func:`dossier.group.copies.blocking_keys`), reports their happening keys (person,
organisation, copy group, place or number with a month...). Kept by item, they let linking
after an ingest look up, by index, what the new documents may join, instead of reading the
whole base (:mod:`dossier.store.linking`).

Rows are ``(kind, key, document_id, item)``: kind ``e`` with the entity's local id, ``c`` with
an empty item, ``h`` with the event id. Entity and copy keys depend on one document alone and
are written with it; report keys depend on linking (canonical ids, copy groups) and are
written by it.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from typing import Any

from dossier.group.copies import Fingerprint, blocking_keys
from dossier.group.happenings import Report, _block_keys
from dossier.models import Extraction
from dossier.resolve.link import EntityRecord, record_keys
from dossier.store.db import Db

CHUNK = 500  # ids or keys per IN (...) list


def entity_record(
    document_id: str, local_id: str, type_: str, name: str, aliases: Sequence[str]
) -> EntityRecord:
    return EntityRecord(f"{document_id}/{local_id}", type_, name, tuple(aliases))  # type: ignore[arg-type]


def report_keys(report: Report) -> set[str]:
    """The blocks a report enters: its type with each of its happening keys."""
    return {f"{report.type}|{key}" for key in _block_keys(report)}


def document_rows(extraction: Extraction, fp: Fingerprint) -> list[tuple[str, str, str, str]]:
    """The entity and copy keys of one document, as it is stored."""
    doc = extraction.document.id
    rows = [
        ("e", key, doc, e.id)
        for e in extraction.entities
        for key in record_keys(entity_record(doc, e.id, e.type, e.name, e.aliases))
    ]
    rows += [("c", key, doc, "") for key in blocking_keys(fp)]
    return rows


def insert(conn: Db, rows: Iterable[tuple[str, str, str, str]]) -> None:
    conn.executemany(
        "INSERT OR IGNORE INTO link_keys (kind, key, document_id, item) VALUES (?, ?, ?, ?)",
        list(rows),
    )


def chunks(values: Iterable[Any], size: int = CHUNK) -> Iterator[list[Any]]:
    batch: list[Any] = []
    for value in values:
        batch.append(value)
        if len(batch) == size:
            yield batch
            batch = []
    if batch:
        yield batch


def rows_in(conn: Db, sql: str, values: Iterable[Any], params: Sequence[Any] = ()) -> Iterator[Any]:
    """Rows of ``sql`` with its ``{in}`` replaced by ``(?, ?, ...)`` for each chunk of ``values``
    (``params`` come first)."""
    for batch in chunks(sorted(set(values))):
        yield from conn.execute(sql.format(marks=",".join("?" * len(batch))), [*params, *batch])


def small_keys(conn: Db, kind: str, keys: Iterable[str], limit: int) -> set[str]:
    """Those of ``keys`` held by at most ``limit`` items: a larger block is not compared by the
    linker (its ``MAX_BLOCK``), so it brings no candidates."""
    sql = (
        "SELECT key FROM link_keys WHERE kind = ? AND key IN ({marks}) "
        "GROUP BY key HAVING count(*) > ?"
    )
    wanted = set(keys)
    for batch in chunks(sorted(wanted)):
        marks = ",".join("?" * len(batch))
        wanted -= {r[0] for r in conn.execute(sql.format(marks=marks), [kind, *batch, limit])}
    return wanted


def holders(conn: Db, kind: str, keys: Iterable[str]) -> set[tuple[str, str]]:
    """(document, item) of everything holding one of ``keys``."""
    return {
        (r[0], r[1])
        for r in rows_in(
            conn,
            "SELECT document_id, item FROM link_keys WHERE kind = ? AND key IN ({marks})",
            keys,
            [kind],
        )
    }
