"""What an export reads: one consistent snapshot of the base as small frozen records.

:func:`dossier.export.collect.collect` fills an :class:`ExportData` from a store in one read
transaction; every exporter is a function of it alone. Each fact keeps its evidence (an
:class:`Evidence`: document, offsets into the stored text, the quoted words) and the
analysts' word on it (a :class:`ReviewState`). Values that an analyst edited are given as
edited; the machine's values stay in the ``jsonl`` export and in the review log.
"""

from __future__ import annotations

from dataclasses import dataclass

# The review states of a happening or a report, in the order they take precedence: a status
# an analyst set (accepted, rejected), else "edited" when some field was changed.
ACCEPTED, REJECTED, EDITED, UNREVIEWED = "accepted", "rejected", "edited", "unreviewed"
# Entities, documents and copy groups are merged, split or annotated, never accepted.
REVIEWED = "reviewed"


@dataclass(frozen=True, slots=True)
class Evidence:
    """Words of one document that support a fact: ``text == document.text[start:end]``."""

    document_id: str
    start: int
    end: int
    text: str


@dataclass(frozen=True, slots=True)
class ReviewState:
    status: str = UNREVIEWED  # accepted, rejected, edited, reviewed or unreviewed
    fields: tuple[str, ...] = ()  # the fields an analyst edited (type, date, place, ...)
    reviews: int = 0  # reviews in the log for this fact, notes, merges and splits included
    last_reviewed: str | None = None  # when the latest of them was made (UTC, ISO 8601)


UNREVIEWED_STATE = ReviewState()


@dataclass(frozen=True, slots=True)
class Party:
    """An actor, target or place of a fact: the name shown, and its entity when known."""

    name: str
    entity_id: str | None = None


@dataclass(frozen=True, slots=True)
class DocumentRecord:
    id: str
    url: str | None
    urls: tuple[str, ...]  # every place it was ingested from
    title: str | None
    publisher: str | None
    author: str | None
    published: str | None  # TIMEX3
    published_basis: str | None
    language: str | None
    copy_group: str | None
    text: str
    review: ReviewState = UNREVIEWED_STATE


@dataclass(frozen=True, slots=True)
class MentionRecord:
    """One document's entity (its local record) and every span that names it there."""

    entity_id: str  # canonical, across documents
    document_id: str
    local_id: str
    name: str  # as this document names it
    spans: tuple[Evidence, ...]


@dataclass(frozen=True, slots=True)
class EntityRecord:
    id: str  # canonical id across documents
    type: str  # PERSON, ORG, PLACE, OUTLET, GROUP
    name: str
    aliases: tuple[str, ...]
    documents: tuple[str, ...]
    lat: float | None
    lon: float | None
    country: str | None  # ISO 3166-1 alpha-2
    mentions: tuple[MentionRecord, ...]
    review: ReviewState = UNREVIEWED_STATE


@dataclass(frozen=True, slots=True)
class NumberRecord:
    """A quantity a report gives ("at least 93"); ``unit`` None for a count of things."""

    value: float
    value_max: float | None
    unit: str | None
    approx: str | None
    counted: str | None
    evidence: Evidence


@dataclass(frozen=True, slots=True)
class ReportRecord:
    """One document's report of a happening (an event of the contract), reviews applied."""

    key: str  # "<document id>/<event id>"
    document_id: str
    event_id: str
    happening_id: str | None
    type: str
    date: str | None  # when it happened (TIMEX3), as reviewed
    reported: str | None  # when the report it is attributed to was made
    placement: str | None  # where it sits on a timeline, and why (happened, reported, ...)
    placement_basis: str | None
    precision: str | None
    actors: tuple[Party, ...]
    targets: tuple[Party, ...]
    place: Party | None
    named: tuple[str, ...]  # entity ids its mentions name, beside its roles
    citations: tuple[str, ...]  # citation ids of its document
    sources: tuple[str, ...]  # who it is attributed to; its outlet when unattributed
    modality: str
    confidence: float
    summary: str | None
    evidence: Evidence
    mentions: tuple[Evidence, ...]  # every evidence span, the evidence among them
    trigger: Evidence | None
    numbers: tuple[NumberRecord, ...]
    review: ReviewState = UNREVIEWED_STATE


@dataclass(frozen=True, slots=True)
class Conflict:
    field: str
    values: tuple[tuple[str, tuple[str, ...]], ...]  # (value, the sources that give it)


@dataclass(frozen=True, slots=True)
class HappeningRecord:
    """One happening across documents, placed and summarised as the timeline shows it."""

    id: str
    type: str
    modality: str
    when: str | None  # TIMEX3 value it is placed by
    basis: str | None  # happened, reported, published, or reviewed (an analyst's date)
    precision: str | None
    summary: str
    lead: str  # the report key its summary and evidence come from
    reports: tuple[str, ...]  # report keys
    sources: tuple[str, ...]  # independent sources
    first_reported: str | None
    conflicts: tuple[Conflict, ...]
    actors: tuple[Party, ...]
    targets: tuple[Party, ...]
    place: Party | None
    evidence: Evidence
    review: ReviewState = UNREVIEWED_STATE


@dataclass(frozen=True, slots=True)
class CitationRecord:
    document_id: str
    id: str
    source: str
    source_entity: str | None
    kind: str
    date: str | None  # TIMEX3 of the cited report
    role: str | None
    relay: str | None
    evidence: Evidence
    supports: tuple[Evidence, ...]


@dataclass(frozen=True, slots=True)
class CopyGroupRecord:
    id: str
    original: str
    documents: tuple[str, ...]  # the original first
    review: ReviewState = UNREVIEWED_STATE


@dataclass(frozen=True, slots=True)
class ExportData:
    """Everything an exporter may read, from one state of the base."""

    contracts: tuple[str, ...]  # each document's contract JSON, as stored (version 2)
    documents: tuple[DocumentRecord, ...]
    entities: tuple[EntityRecord, ...]
    reports: tuple[ReportRecord, ...]
    happenings: tuple[HappeningRecord, ...]
    citations: tuple[CitationRecord, ...]
    copy_groups: tuple[CopyGroupRecord, ...]
    pack: str = "recruitment"  # the domain pack whose event types the base uses


def entity_index(data: ExportData) -> dict[str, EntityRecord]:
    """Entities by id, for exporters that follow a fact's parties to their coordinates."""
    return {e.id: e for e in data.entities}
