"""The JSON extraction contract ``dossier.extraction/2``: serialise, read back, validate.

The JSON Schema is published in ``dossier/schema/extraction-2.schema.json``. Besides the
schema, :func:`validate` checks what a schema cannot: every span lies inside the text, and a
record's ``text`` equals ``document.text[start:end]``.

Version 2 made an event one happening as the document reports it: ``events[].mentions``
lists every evidence span of it and ``events[].placement`` says where it sits on a timeline.
:func:`from_contract` still reads version 1 (databases and exports written before), giving
each event its evidence as its one mention and no placement.
"""

from __future__ import annotations

import json
from dataclasses import asdict
from functools import lru_cache
from importlib import resources
from typing import Any

from dossier.errors import ContractError
from dossier.events.cluster import place
from dossier.models import (
    Article,
    Citation,
    Entity,
    Event,
    Extraction,
    Geo,
    Placement,
    Quantity,
    Timex,
)

SCHEMA_ID = "dossier.extraction/2"
SCHEMA_FILE = "extraction-2.schema.json"
READABLE = frozenset({"dossier.extraction/1", SCHEMA_ID})

_DOCUMENT_FIELDS = (
    "id", "url", "title", "publisher", "author", "published", "published_basis",
    "language", "origin", "text",
)  # fmt: skip


@lru_cache(maxsize=1)
def schema() -> dict[str, Any]:
    text = resources.files("dossier.schema").joinpath(SCHEMA_FILE).read_text(encoding="utf-8")
    loaded: dict[str, Any] = json.loads(text)
    return loaded


def to_contract(extraction: Extraction) -> dict[str, Any]:
    doc = extraction.document
    extractors: dict[str, str] = {}
    if extraction.analysis is not None:
        extractors["analyze"] = extraction.analysis.extractor
    for name, records in (
        ("temporal", extraction.timexes),
        ("measure", extraction.quantities),
        ("cite", extraction.citations),
        ("resolve", extraction.entities),
        ("events", extraction.events),
    ):
        if records:
            extractors[name] = records[0].extractor
    extractors.update(extraction.extractors)
    return {
        "schema": SCHEMA_ID,
        "extractor": extractors,
        "document": {name: getattr(doc, name) for name in _DOCUMENT_FIELDS},
        "entities": [_entity(e) for e in extraction.entities],
        "timexes": [_plain(asdict(t)) for t in extraction.timexes],
        "quantities": [_plain(asdict(q)) for q in extraction.quantities],
        "citations": [_plain(asdict(c)) for c in extraction.citations],
        "events": [_event(e) for e in extraction.events],
    }


def _entity(entity: Entity) -> dict[str, Any]:
    data = _plain(asdict(entity))
    data["geo"] = asdict(entity.geo) if entity.geo else None
    return data


def _event(event: Event) -> dict[str, Any]:
    data = _plain(asdict(event))
    # An event built by hand (a test, an older stage) is its own one mention.
    data["mentions"] = [list(m) for m in event.mentions or [event.evidence]]
    return data


def _plain(data: dict[str, Any]) -> dict[str, Any]:
    """Tuples become lists (JSON arrays) so that a round trip compares equal."""
    return {key: _listify(value) for key, value in data.items() if key != "extractor"}


def _listify(value: Any) -> Any:
    if isinstance(value, tuple | list):
        return [_listify(v) for v in value]
    return value


def from_contract(data: dict[str, Any]) -> Extraction:
    """Records back from contract JSON (as stored or exported), version 1 or 2."""
    if data.get("schema") not in READABLE:
        raise ContractError(f"unknown extraction schema {data.get('schema')!r}")
    doc = data["document"]
    article = Article(**{name: doc.get(name) for name in _DOCUMENT_FIELDS})
    extraction = Extraction(
        extractors=dict(data.get("extractor") or {}),
        document=article,
        entities=[_entity_from(e) for e in data["entities"]],
        timexes=[Timex(**t) for t in data["timexes"]],
        quantities=[Quantity(**q) for q in data["quantities"]],
        citations=[
            Citation(**{**c, "supports": [tuple(s) for s in c["supports"]]})
            for c in data["citations"]
        ],
        events=[_event_from(e) for e in data["events"]],
    )
    if data["schema"] != SCHEMA_ID:  # version 1 events had no placement of their own
        for event in extraction.events:
            event.placement = place(event, article.published)
    return extraction


def _entity_from(data: dict[str, Any]) -> Entity:
    geo = Geo(**data["geo"]) if data.get("geo") else None
    mentions = [(int(s), int(e)) for s, e in data["mentions"]]
    return Entity(**{**data, "geo": geo, "mentions": mentions})


def _event_from(data: dict[str, Any]) -> Event:
    fields = dict(data)
    fields["evidence"] = tuple(fields["evidence"])
    if fields.get("trigger") is not None:
        fields["trigger"] = tuple(fields["trigger"])
    fields["mentions"] = [(int(s), int(e)) for s, e in fields.get("mentions") or [data["evidence"]]]
    placement = fields.get("placement")
    fields["placement"] = Placement(**placement) if placement else None
    return Event(**fields)


def validate(data: dict[str, Any]) -> None:
    """Raise :class:`ContractError` naming the first problem; return quietly when valid."""
    import jsonschema

    try:
        jsonschema.validate(data, schema())
    except jsonschema.ValidationError as exc:
        where = "/".join(str(p) for p in exc.absolute_path) or "(root)"
        message = f"extraction does not match the schema at {where}: {exc.message}"
        raise ContractError(message) from exc
    _check_spans(data)


def _check_spans(data: dict[str, Any]) -> None:
    text = data["document"]["text"]
    size = len(text)

    def inside(start: int, end: int, what: str) -> None:
        if not 0 <= start <= end <= size:
            raise ContractError(f"{what}: span [{start}, {end}] outside the text (0..{size})")

    for kind in ("timexes", "quantities"):
        for n, rec in enumerate(data[kind]):
            inside(rec["start"], rec["end"], f"{kind}[{n}]")
            if text[rec["start"] : rec["end"]] != rec["text"]:
                raise ContractError(f"{kind}[{n}]: text {rec['text']!r} is not at its offsets")
    for n, ent in enumerate(data["entities"]):
        for start, end in ent["mentions"]:
            inside(start, end, f"entities[{n}].mentions")
    for n, cit in enumerate(data["citations"]):
        inside(cit["start"], cit["end"], f"citations[{n}]")
        for start, end in cit["supports"]:
            inside(start, end, f"citations[{n}].supports")
    for n, event in enumerate(data["events"]):
        start, end = event["evidence"]
        inside(start, end, f"events[{n}].evidence")
        for start, end in event["mentions"]:
            inside(start, end, f"events[{n}].mentions")
        if list(event["evidence"]) not in [list(m) for m in event["mentions"]]:
            raise ContractError(f"events[{n}]: evidence is not one of its mentions")
