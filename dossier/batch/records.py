"""Batch output records: one flat table per record kind, and the way back to an Extraction.

Each kind has a fixed Arrow schema, so every Parquet part of a kind has the same columns (an
empty part too) and DuckDB or pandas read a kind's folder as one table. Records keep their
spans (``start``/``end`` columns, lists of ``[start, end]`` pairs) and carry their
``document_id``. The documents table also carries each document's contract JSON, from which
:func:`rebuild` gives back the Extraction exactly as the pipeline made it: :func:`to_contract`
of the rebuilt record equals the contract written.
"""

from __future__ import annotations

import json
from typing import Any

import pyarrow as pa

from dossier.contract import from_contract
from dossier.models import Analysis, Extraction

_SPANS = pa.list_(pa.list_(pa.int64()))
_STRINGS = pa.list_(pa.string())

SCHEMAS: dict[str, pa.Schema] = {
    # input and item: where the document came in (the input's number in the plan, the item's
    # number within it), the order that `dossier load` writes documents in
    "documents": pa.schema(
        [
            ("id", pa.string()), ("input", pa.int64()), ("item", pa.int64()),
            ("origin", pa.string()), ("url", pa.string()), ("title", pa.string()),
            ("publisher", pa.string()), ("author", pa.string()), ("published", pa.string()),
            ("published_basis", pa.string()), ("language", pa.string()), ("text", pa.string()),
            ("contract", pa.string()),
        ]
    ),
    # every place a document came from, its own first origin included (copies: the same text
    # found again)
    "origins": pa.schema(
        [("document_id", pa.string()), ("origin", pa.string()), ("url", pa.string())]
    ),
    "entities": pa.schema(
        [
            ("document_id", pa.string()), ("id", pa.string()), ("type", pa.string()),
            ("name", pa.string()), ("aliases", _STRINGS), ("mentions", _SPANS),
            ("lat", pa.float64()), ("lon", pa.float64()), ("country", pa.string()),
        ]
    ),
    "timexes": pa.schema(
        [
            ("document_id", pa.string()), ("start", pa.int64()), ("end", pa.int64()),
            ("text", pa.string()), ("type", pa.string()), ("value", pa.string()),
            ("anchored", pa.bool_()),
        ]
    ),
    "quantities": pa.schema(
        [
            ("document_id", pa.string()), ("start", pa.int64()), ("end", pa.int64()),
            ("text", pa.string()), ("value", pa.float64()), ("unit", pa.string()),
            ("per", pa.string()), ("approx", pa.string()), ("value_max", pa.float64()),
            ("counted", pa.string()),
        ]
    ),
    "citations": pa.schema(
        [
            ("document_id", pa.string()), ("id", pa.string()), ("source", pa.string()),
            ("source_entity", pa.string()), ("date", pa.string()), ("kind", pa.string()),
            ("start", pa.int64()), ("end", pa.int64()), ("supports", _SPANS),
            ("role", pa.string()), ("relay", pa.string()),
        ]
    ),
    "events": pa.schema(
        [
            ("document_id", pa.string()), ("id", pa.string()), ("type", pa.string()),
            ("date", pa.string()), ("reported", pa.string()), ("actors", _STRINGS),
            ("targets", _STRINGS), ("place", pa.string()), ("quantities", pa.list_(pa.int64())),
            ("citations", _STRINGS), ("evidence_start", pa.int64()),
            ("evidence_end", pa.int64()), ("mentions", _SPANS), ("trigger_start", pa.int64()),
            ("trigger_end", pa.int64()), ("placement_value", pa.string()),
            ("placement_basis", pa.string()), ("placement_precision", pa.string()),
            ("modality", pa.string()), ("confidence", pa.float64()), ("summary", pa.string()),
        ]
    ),
    # stage: acquire (the input could not be read), parse (no article in it), extract (a stage
    # of the pipeline failed on it), worker (the worker failed on the whole unit)
    "failures": pa.schema(
        [
            ("input", pa.int64()), ("item", pa.int64()), ("origin", pa.string()),
            ("stage", pa.string()), ("reason", pa.string()),
        ]
    ),
}  # fmt: skip

KINDS = tuple(SCHEMAS)
# What one Extraction yields; the documents row comes from the contract as a whole.
_RECORD_KINDS = ("entities", "timexes", "quantities", "citations", "events")


def flatten(contract_json: str, input_no: int, item: int) -> dict[str, list[dict[str, Any]]]:
    """The rows of every kind for one document's contract JSON (its origins aside)."""
    contract = json.loads(contract_json)
    doc = contract["document"]
    rows: dict[str, list[dict[str, Any]]] = {kind: [] for kind in ("documents", *_RECORD_KINDS)}
    rows["documents"].append(
        {
            **{name: doc.get(name) for name in SCHEMAS["documents"].names if name in doc},
            "input": input_no,
            "item": item,
            "contract": contract_json,
        }
    )
    doc_id = doc["id"]
    for entity in contract["entities"]:
        geo = entity.get("geo") or {}
        rows["entities"].append(
            {**entity, "document_id": doc_id, **{k: geo.get(k) for k in ("lat", "lon", "country")}}
        )
    for kind in ("timexes", "quantities", "citations"):
        rows[kind] = [{**record, "document_id": doc_id} for record in contract[kind]]
    rows["events"] = [_event_row(event, doc_id) for event in contract["events"]]
    return rows


def _event_row(event: dict[str, Any], doc_id: str) -> dict[str, Any]:
    trigger = event.get("trigger") or (None, None)
    placement = event.get("placement") or {}
    return {
        **event,
        "document_id": doc_id,
        "evidence_start": event["evidence"][0],
        "evidence_end": event["evidence"][1],
        "trigger_start": trigger[0],
        "trigger_end": trigger[1],
        "placement_value": placement.get("value"),
        "placement_basis": placement.get("basis"),
        "placement_precision": placement.get("precision"),
    }


def table(kind: str, rows: list[dict[str, Any]]) -> pa.Table:
    """Rows of ``kind`` as a table of its schema (keys outside the schema are left out)."""
    schema = SCHEMAS[kind]
    return pa.Table.from_pylist(
        [{name: row.get(name) for name in schema.names} for row in rows], schema=schema
    )


def rebuild(contract_json: str) -> Extraction:
    """The Extraction a documents row carries, with the extractor names it was made by."""
    data = json.loads(contract_json)
    extraction = from_contract(data)
    names: dict[str, str] = data.get("extractor") or {}
    # from_contract gives each record its class's default extractor; the contract names the
    # one that made it, and a store writes the contract again from these records.
    for stage, records in (
        ("temporal", extraction.timexes),
        ("measure", extraction.quantities),
        ("cite", extraction.citations),
        ("resolve", extraction.entities),
        ("events", extraction.events),
    ):
        if stage in names:
            for record in records:
                record.extractor = names[stage]
    if "analyze" in names:
        language = extraction.document.language or "und"
        extraction.analysis = Analysis(language, [], [], [], extractor=names["analyze"])
    return extraction
