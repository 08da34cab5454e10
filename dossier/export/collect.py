"""Read one consistent snapshot of a store into :class:`~dossier.export.records.ExportData`.

This is the one place an export touches the database. It reads the contracts the store kept,
what linking computed (canonical entities, happenings, copy groups) and the analysts' word
(reviews and judgements), inside one read transaction, so that an ingest running beside it
is seen whole or not at all. Reviews are applied as the workbench applies them
(:func:`dossier.store.review.overrides`): an edited type, date, place or actors replaces the
machine's value, and a happening's status holds for its reports unless a report has its own.
"""

from __future__ import annotations

import json
from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any

from dossier.contract import from_contract
from dossier.events.cluster import mention_spans
from dossier.export.records import (
    ACCEPTED,
    EDITED,
    REJECTED,
    REVIEWED,
    UNREVIEWED,
    CitationRecord,
    Conflict,
    CopyGroupRecord,
    DocumentRecord,
    EntityRecord,
    Evidence,
    ExportData,
    HappeningRecord,
    MentionRecord,
    NumberRecord,
    Party,
    ReportRecord,
    ReviewState,
)
from dossier.models import Event, Extraction, Span
from dossier.settings import get_settings
from dossier.store import review, timeline
from dossier.store.db import Db
from dossier.store.engine import SqlStore
from dossier.store.queries import entities as entity_rows
from dossier.store.queries import lookup_key
from dossier.store.review import Overrides, Review
from dossier.timex import precision as precision_of

Log = dict[tuple[str, str], list[str]]  # (target, key) -> when each review of it was made


def collect(store: SqlStore) -> ExportData:
    """Everything an exporter reads, from one state of the base."""
    conn = store.conn
    conn.execute("BEGIN")  # deferred: a read snapshot that concurrent writers do not change
    try:
        return _collect(store, conn)
    finally:
        conn.execute("COMMIT")  # nothing was written


def _collect(store: SqlStore, conn: Db) -> ExportData:
    contracts = tuple(store.iter_contracts())
    extractions = [from_contract(json.loads(c)) for c in contracts]
    canonical = {
        (r[0], r[1]): str(r[2] or f"{r[0]}/{r[1]}")
        for r in conn.execute("SELECT document_id, local_id, canonical_id FROM entities")
    }
    log = _log(conn, canonical)
    entities = _entities(conn, extractions, canonical, log)
    names = _Names(entities)
    found = review.overrides(conn)
    links = _Links(canonical, names, found, log)
    for r in conn.execute("SELECT document_id, id, happening_id FROM events"):
        links.happening_of[(r[0], r[1])] = r[2]
        if r[2]:  # a happening's reviews are made through any of its reports
            links.happening_reviews[r[2]] += log.get(("happening", f"{r[0]}/{r[1]}"), [])
    for r in conn.execute(
        "SELECT document_id, event_id, local_id FROM event_entities WHERE role = 'named'"
    ):
        links.named[(r[0], r[1])].append(canonical.get((r[0], r[2]), r[2]))
    reports = tuple(_report(x, event, links) for x in extractions for event in x.events)
    return ExportData(
        contracts=contracts,
        documents=_documents(conn, extractions, log),
        entities=entities,
        reports=reports,
        happenings=_happenings(conn, reports, names, found, log),
        citations=tuple(_citations(extractions)),
        copy_groups=_copy_groups(conn, log),
        pack=get_settings().pack,
    )


def _log(conn: Db, canonical: dict[tuple[str, str], str]) -> Log:
    """When each fact was reviewed: merges and splits from the judgements (the CLI's and the
    workbench's alike), everything else from the review log. Entity judgements name a record
    (``<document>/<local id>``); they count for its canonical entity."""
    log: Log = defaultdict(list)
    for r in conn.execute(
        "SELECT target, key, made_at FROM reviews WHERE action NOT IN ('merge', 'split')"
    ):
        log[(r[0], r[1])].append(r[2])
    for r in conn.execute("SELECT target, a, b, made_at FROM judgements"):
        for key in (r[1], r[2]):
            if r[0] == "entity":
                doc, _, local = key.partition("/")
                key = canonical.get((doc, local), key)
            log[("event" if r[0] == "happening" else r[0], key)].append(r[3])
    return log


def _state(made: list[str], status: str, fields: tuple[str, ...] = ()) -> ReviewState:
    return ReviewState(status, fields, len(made), max(made) if made else None)


def _plain_state(made: list[str]) -> ReviewState:
    return _state(made, REVIEWED if made else UNREVIEWED)


def _evidence(extraction: Extraction, span: Span) -> Evidence:
    start, end = span
    return Evidence(extraction.document.id, start, end, extraction.document.text[start:end])


def _entities(
    conn: Db,
    extractions: list[Extraction],
    canonical: dict[tuple[str, str], str],
    log: Log,
) -> tuple[EntityRecord, ...]:
    mentions: dict[str, list[MentionRecord]] = defaultdict(list)
    for x in extractions:
        doc = x.document.id
        for e in x.entities:
            cid = canonical.get((doc, e.id), f"{doc}/{e.id}")
            spans = tuple(_evidence(x, m) for m in e.mentions)
            mentions[cid].append(MentionRecord(cid, doc, e.id, e.name, spans))
    out = []
    for row in entity_rows(conn, None, None):
        found = mentions.get(row.id, [])
        out.append(
            EntityRecord(
                id=row.id, type=row.type, name=row.name, aliases=row.aliases,
                documents=tuple(dict.fromkeys(m.document_id for m in found)),
                lat=row.lat, lon=row.lon, country=row.country, mentions=tuple(found),
                review=_plain_state(log.get(("entity", row.id), [])),
            )
        )  # fmt: skip
    return tuple(out)


class _Names:
    """Parties by entity id, and an analyst's edited name back to an entity when one is
    called that (the one in most documents, a place first for a place)."""

    def __init__(self, entities: tuple[EntityRecord, ...]) -> None:
        self.by_id = {e.id: e for e in entities}
        self.by_key: dict[str, list[EntityRecord]] = defaultdict(list)
        for e in sorted(entities, key=lambda e: -len(e.documents)):
            for name in (e.name, *e.aliases):
                self.by_key[lookup_key(name)].append(e)

    def party(self, entity_id: str) -> Party:
        found = self.by_id.get(entity_id)
        return Party(found.name, found.id) if found else Party(entity_id)

    def named(self, name: str, place: bool = False) -> Party:
        found = self.by_key.get(lookup_key(name), [])
        if place:
            found = sorted(found, key=lambda e: e.type != "PLACE")
        return Party(name, found[0].id if found else None)


def _edits(fields: dict[str, Review]) -> tuple[str, ...]:
    return tuple(n for n, r in fields.items() if n != "status" and r.after is not None)


def _status(fields: dict[str, Review]) -> str | None:
    after = fields["status"].after if "status" in fields else None
    return str(after) if after in (ACCEPTED, REJECTED) else None


@dataclass(slots=True)
class _Links:
    """What a report needs beside its document: how its entities and its event were linked
    across documents, and the analysts' word."""

    canonical: dict[tuple[str, str], str]  # (document, local id) -> canonical entity id
    names: _Names
    found: Overrides
    log: Log
    happening_of: dict[tuple[str, str], str | None] = field(default_factory=dict)
    happening_reviews: dict[str, list[str]] = field(default_factory=lambda: defaultdict(list))
    named: dict[tuple[str, str], list[str]] = field(default_factory=lambda: defaultdict(list))


def _report(x: Extraction, event: Event, links: _Links) -> ReportRecord:
    doc = x.document.id
    key = f"{doc}/{event.id}"
    hid = links.happening_of.get((doc, event.id))
    own = links.found.event.get(key, {})
    edits = _edits(own)
    # a report's own status, else its happening's (rejecting every report hides it too)
    status = _status(own) or _status(links.found.happening.get(hid or "", {}))
    if status is None and hid in links.found.hidden:
        status = REJECTED
    made = links.log.get(("event", key), []) + links.happening_reviews.get(hid or "", [])
    parties = _reviewed_parties(own, links.names, event, lambda i: links.canonical.get((doc, i), i))
    placement = event.placement
    date = own["date"].after["value"] if "date" in edits else event.date
    cited = {c.id: c.source for c in x.citations}
    sources = [cited.get(c, c) for c in event.citations] or [x.document.publisher or ""]
    return ReportRecord(
        key=key, document_id=doc, event_id=event.id, happening_id=hid,
        type=str(own["type"].after) if "type" in edits else event.type,
        date=date, reported=event.reported,
        placement=date if "date" in edits else (placement.value if placement else None),
        placement_basis="reviewed" if "date" in edits else (placement.basis if placement else None),
        precision=precision_of(date) if "date" in edits else (
            placement.precision if placement else None
        ),
        actors=parties[0], targets=parties[1], place=parties[2],
        named=tuple(dict.fromkeys(links.named.get((doc, event.id), []))),
        citations=tuple(event.citations), sources=tuple(s for s in sources if s),
        modality=event.modality, confidence=event.confidence, summary=event.summary,
        evidence=_evidence(x, event.evidence),
        mentions=tuple(_evidence(x, m) for m in mention_spans(event)),
        trigger=_evidence(x, event.trigger) if event.trigger else None,
        numbers=_numbers(x, event),
        review=_state(made, status or (EDITED if edits else UNREVIEWED), edits),
    )  # fmt: skip


def _reviewed_parties(
    fields: dict[str, Review], names: _Names, event: Event, canon: Any
) -> tuple[tuple[Party, ...], tuple[Party, ...], Party | None]:
    """Actors, targets and place: an analyst's names where edited, else the entities."""

    def people(name: str, machine: list[str]) -> tuple[Party, ...]:
        edited = fields.get(name)
        if edited is not None and edited.after is not None:
            return tuple(names.named(str(n)) for n in edited.after)
        return tuple(names.party(canon(i)) for i in machine)

    place_edit = fields.get("place")
    if place_edit is not None and place_edit.after:
        place: Party | None = names.named(str(place_edit.after), place=True)
    else:
        place = names.party(canon(event.place)) if event.place else None
    return people("actors", event.actors), people("targets", event.targets), place


def _numbers(x: Extraction, event: Event) -> tuple[NumberRecord, ...]:
    out = []
    for i in event.quantities:
        if 0 <= i < len(x.quantities) and x.quantities[i].value is not None:
            q = x.quantities[i]
            out.append(
                NumberRecord(
                    float(q.value or 0), q.value_max, q.unit, q.approx, q.counted,
                    _evidence(x, (q.start, q.end)),
                )
            )  # fmt: skip
    return tuple(out)


def _happenings(
    conn: Db,
    reports: tuple[ReportRecord, ...],
    names: _Names,
    found: Overrides,
    log: Log,
) -> tuple[HappeningRecord, ...]:
    by_key = {r.key: r for r in reports}
    members: dict[str, list[str]] = defaultdict(list)
    for r in reports:
        if r.happening_id:
            members[r.happening_id].append(r.key)
    out = []
    for row in conn.execute("SELECT * FROM happenings ORDER BY sort_key IS NULL, sort_key, id"):
        lead = by_key.get(row["lead"])
        if lead is None:
            continue  # linking is behind the documents; the next linking rebuilds it
        out.append(_happening(row, lead, members[row["id"]], by_key, names, found, log))
    return tuple(out)


def _happening(
    row: Any,
    lead: ReportRecord,
    keys: list[str],
    by_key: dict[str, ReportRecord],
    names: _Names,
    found: Overrides,
    log: Log,
) -> HappeningRecord:
    hid = row["id"]
    fields = found.happening.get(hid, {})
    edits = _edits(fields)
    status = _status(fields) or (REJECTED if hid in found.hidden else None)
    date = fields["date"].after if "date" in edits else None
    place = lead.place or next((by_key[k].place for k in keys if by_key[k].place), None)
    if "place" in edits:
        place = names.named(str(fields["place"].after), place=True)
    made = [m for k in keys for t in ("happening", "event") for m in log.get((t, k), [])]
    return HappeningRecord(
        id=hid, type=str(fields["type"].after) if "type" in edits else row["type"],
        modality=row["modality"],
        when=date["value"] if date else row["value"],
        basis="reviewed" if date else row["basis"],
        precision=date["precision"] if date else row["precision"],
        summary=row["summary"] or " ".join(lead.evidence.text.split()),
        lead=lead.key, reports=tuple(sorted(keys)), sources=tuple(json.loads(row["sources"])),
        first_reported=row["first_reported"],
        conflicts=tuple(
            Conflict(c["field"], tuple((str(v), tuple(who)) for v, who in c["values"]))
            for c in json.loads(row["conflicts"])
        ),
        actors=tuple(names.named(str(n)) for n in fields["actors"].after)
        if "actors" in edits else lead.actors,
        targets=tuple(names.named(str(n)) for n in fields["targets"].after)
        if "targets" in edits else lead.targets,
        place=place, evidence=lead.evidence,
        review=_state(made, status or (EDITED if edits else UNREVIEWED), edits),
    )  # fmt: skip


def _documents(conn: Db, extractions: list[Extraction], log: Log) -> tuple[DocumentRecord, ...]:
    urls: dict[str, list[str]] = defaultdict(list)
    for r in conn.execute(
        "SELECT document_id, coalesce(url, origin) FROM origins ORDER BY seen_at, origin"
    ):
        urls[r[0]].append(r[1])
    groups = {r[0]: r[1] for r in conn.execute("SELECT id, copy_group FROM documents")}
    out = []
    for x in extractions:
        d = x.document
        out.append(
            DocumentRecord(
                id=d.id, url=d.url, urls=tuple(dict.fromkeys(urls.get(d.id, []))),
                title=d.title, publisher=d.publisher, author=d.author, published=d.published,
                published_basis=d.published_basis, language=d.language,
                copy_group=groups.get(d.id), text=d.text,
                review=_plain_state(log.get(("copy", d.id), [])),
            )
        )  # fmt: skip
    return tuple(out)


def _citations(extractions: list[Extraction]) -> list[CitationRecord]:
    return [
        CitationRecord(
            document_id=x.document.id, id=c.id, source=c.source, source_entity=c.source_entity,
            kind=c.kind, date=c.date, role=c.role, relay=c.relay,
            evidence=_evidence(x, (c.start, c.end)),
            supports=tuple(_evidence(x, s) for s in c.supports),
        )
        for x in extractions
        for c in x.citations
    ]  # fmt: skip


def _copy_groups(conn: Db, log: Log) -> tuple[CopyGroupRecord, ...]:
    out = []
    for group in timeline.copy_groups(conn):
        made = [m for d in group.documents for m in log.get(("copy", d.id), [])]
        out.append(
            CopyGroupRecord(
                group.group,
                group.original,
                tuple(d.id for d in group.documents),
                _plain_state(made),
            )
        )
    return tuple(out)
