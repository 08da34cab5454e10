"""``csv`` and ``parquet``: one file per table, for pandas, DuckDB and Datasette.

The tables, one row per record:

- ``documents``   a stored document, where it came from, its copy group
- ``entities``    a canonical entity across documents, with its first mention's span
- ``mentions``    one document's record of an entity, one row per span that names it
- ``happenings``  a happening as the timeline places it, with its lead report's evidence
- ``reports``     one document's report of a happening (an event of the contract)
- ``citations``   a claim's attribution to a source, with the spans it supports
- ``copy_groups`` one row per document of a copy group, the original marked

Every row with evidence has ``evidence_start``, ``evidence_end`` and ``evidence_text`` (or
``start``, ``end``, ``text``): offsets into the document's stored text, and the words there.
Every row has ``review_status`` (see :mod:`dossier.export.records`). Lists (names, keys,
spans written "start-end") are Parquet lists of strings, and JSON arrays in a CSV cell.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from dossier.export.base import FolderExporter
from dossier.export.records import (
    UNREVIEWED,
    Evidence,
    ExportData,
    Party,
    ReviewState,
    entity_index,
)

Row = tuple[Any, ...]


@dataclass(frozen=True, slots=True)
class Table:
    name: str
    columns: tuple[tuple[str, str], ...]  # (name, kind): str, int, float, bool or list
    rows: list[Row]


def _columns(spec: str) -> tuple[tuple[str, str], ...]:
    """ "id url:str urls:list n:int" -> ((id, str), (url, str), (urls, list), (n, int))."""
    return tuple(
        (name, kind or "str") for name, _, kind in (part.partition(":") for part in spec.split())
    )


_REVIEW = "review_status reviewed_fields:list reviews:int last_reviewed"
_EVIDENCE = "evidence_document evidence_start:int evidence_end:int evidence_text"
COLUMNS = {
    "documents": _columns(
        "id url urls:list title publisher author published published_basis language "
        f"copy_group characters:int {_REVIEW}"
    ),
    "entities": _columns(
        "id type name aliases:list documents:int mentions:int lat:float lon:float country "
        f"{_EVIDENCE} {_REVIEW}"
    ),
    "mentions": _columns(
        "entity_id document_id local_id name start:int end:int text review_status"
    ),
    "happenings": _columns(
        "id type modality date precision date_basis summary actors:list actor_ids:list "
        "targets:list target_ids:list place place_id lat:float lon:float country reports:int "
        "report_keys:list sources:list independent_sources:int first_reported conflicts:list "
        f"{_EVIDENCE} {_REVIEW}"
    ),
    "reports": _columns(
        "key happening_id document_id event_id type date reported placement placement_basis "
        "precision actors:list actor_ids:list targets:list target_ids:list place place_id "
        "named_ids:list sources:list citation_ids:list modality confidence:float summary "
        f"{_EVIDENCE} mention_spans:list trigger_start:int trigger_end:int numbers:list "
        f"{_REVIEW}"
    ),
    "citations": _columns(
        "document_id id source source_entity kind date role relay start:int end:int text "
        "supports:list review_status"
    ),
    "copy_groups": _columns(
        "copy_group original document_id is_original:bool url title published language "
        "review_status"
    ),
}


def tables(data: ExportData) -> list[Table]:
    return [Table(name, COLUMNS[name], rows(data)) for name, rows in _ROWS.items()]


def _review(state: ReviewState) -> Row:
    return (state.status, list(state.fields), state.reviews, state.last_reviewed)


def _evidence(e: Evidence | None) -> Row:
    return (e.document_id, e.start, e.end, e.text) if e else (None, None, None, None)


def _spans(spans: Iterable[Evidence]) -> list[str]:
    return [f"{s.start}-{s.end}" for s in spans]


def _names(parties: Iterable[Party]) -> tuple[list[str], list[str]]:
    parties = list(parties)
    return [p.name for p in parties], [p.entity_id or "" for p in parties]


def _documents(data: ExportData) -> list[Row]:
    return [
        (d.id, d.url, list(d.urls), d.title, d.publisher, d.author, d.published,
         d.published_basis, d.language, d.copy_group, len(d.text), *_review(d.review))
        for d in data.documents
    ]  # fmt: skip


def _entities(data: ExportData) -> list[Row]:
    out = []
    for e in data.entities:
        first = next((s for m in e.mentions for s in m.spans), None)
        out.append(
            (e.id, e.type, e.name, list(e.aliases), len(e.documents),
             sum(len(m.spans) for m in e.mentions), e.lat, e.lon, e.country, *_evidence(first),
             *_review(e.review))
        )  # fmt: skip
    return out


def _mentions(data: ExportData) -> list[Row]:
    return [
        (e.id, m.document_id, m.local_id, m.name, s.start, s.end, s.text, e.review.status)
        for e in data.entities
        for m in e.mentions
        for s in m.spans
    ]


def _happenings(data: ExportData) -> list[Row]:
    entities = entity_index(data)
    out = []
    for h in data.happenings:
        place = entities.get(h.place.entity_id or "") if h.place else None
        out.append(
            (h.id, h.type, h.modality, h.when, h.precision, h.basis, h.summary,
             *_names(h.actors), *_names(h.targets), h.place.name if h.place else None,
             h.place.entity_id if h.place else None, place.lat if place else None,
             place.lon if place else None, place.country if place else None, len(h.reports),
             list(h.reports), list(h.sources), len(h.sources), h.first_reported,
             [c.field for c in h.conflicts], *_evidence(h.evidence), *_review(h.review))
        )  # fmt: skip
    return out


def _reports(data: ExportData) -> list[Row]:
    return [
        (r.key, r.happening_id, r.document_id, r.event_id, r.type, r.date, r.reported,
         r.placement, r.placement_basis, r.precision, *_names(r.actors), *_names(r.targets),
         r.place.name if r.place else None, r.place.entity_id if r.place else None,
         list(r.named), list(r.sources), list(r.citations), r.modality, r.confidence,
         r.summary, *_evidence(r.evidence), _spans(r.mentions),
         r.trigger.start if r.trigger else None, r.trigger.end if r.trigger else None,
         [n.evidence.text for n in r.numbers], *_review(r.review))
        for r in data.reports
    ]  # fmt: skip


def _citations(data: ExportData) -> list[Row]:
    # Citations are not reviewed in the workbench (yet): their reports are.
    return [
        (c.document_id, c.id, c.source, c.source_entity, c.kind, c.date, c.role, c.relay,
         c.evidence.start, c.evidence.end, c.evidence.text, _spans(c.supports), UNREVIEWED)
        for c in data.citations
    ]  # fmt: skip


def _copy_groups(data: ExportData) -> list[Row]:
    documents = {d.id: d for d in data.documents}
    out = []
    for g in data.copy_groups:
        for doc_id in g.documents:
            d = documents.get(doc_id)
            out.append(
                (g.id, g.original, doc_id, doc_id == g.original, d.url if d else None,
                 d.title if d else None, d.published if d else None, d.language if d else None,
                 g.review.status)
            )  # fmt: skip
    return out


_ROWS: dict[str, Callable[[ExportData], list[Row]]] = {
    "documents": _documents, "entities": _entities, "mentions": _mentions,
    "happenings": _happenings, "reports": _reports, "citations": _citations,
    "copy_groups": _copy_groups,
}  # fmt: skip


def write_csv(data: ExportData, folder: Path) -> dict[str, int]:
    written = {}
    for table in tables(data):
        name = f"{table.name}.csv"
        with (folder / name).open("w", encoding="utf-8", newline="") as handle:
            writer = csv.writer(handle)
            writer.writerow([c for c, _ in table.columns])
            writer.writerows(_csv_row(row, table.columns) for row in table.rows)
        written[name] = len(table.rows)
    return written


def _csv_row(row: Row, columns: Sequence[tuple[str, str]]) -> list[Any]:
    return [
        "" if value is None else json.dumps(value, ensure_ascii=False) if kind == "list" else value
        for value, (_, kind) in zip(row, columns, strict=True)
    ]


def write_parquet(data: ExportData, folder: Path) -> dict[str, int]:
    import pyarrow as pa  # imported here: the other formats do not need it
    import pyarrow.parquet as pq

    types = {
        "str": pa.string(), "int": pa.int64(), "float": pa.float64(), "bool": pa.bool_(),
        "list": pa.list_(pa.string()),
    }  # fmt: skip
    written = {}
    for table in tables(data):
        schema = pa.schema([(name, types[kind]) for name, kind in table.columns])
        columns = list(zip(*table.rows, strict=True)) if table.rows else [()] * len(schema)
        arrays = [pa.array(list(v), type=f.type) for v, f in zip(columns, schema, strict=True)]
        arrow = pa.table(arrays, schema=schema)
        name = f"{table.name}.parquet"
        pq.write_table(arrow, folder / name)
        written[name] = len(table.rows)
    return written


CSV = FolderExporter("csv", 1, "one CSV file per table, in a folder", write_csv)
PARQUET = FolderExporter("parquet", 1, "one Parquet file per table, in a folder", write_parquet)
