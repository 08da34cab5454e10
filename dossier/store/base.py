"""The storage interface: what the CLI, the web app and a batch job may ask of a store.

SQLite implements it today (:mod:`dossier.store.sqlite`); PostgreSQL will implement the same
protocol. Query results are small frozen records, never database rows.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal, Protocol

from dossier.models import Extraction


@dataclass(frozen=True, slots=True)
class WriteResult:
    document_id: str
    created: bool  # False when the document was already stored (a copy or a re-ingest)


@dataclass(frozen=True, slots=True)
class Counts:
    documents: int
    copies: int  # origins beyond the first per document (republished copies, re-ingests)
    entities: int  # canonical entities across documents
    events: int
    citations: int
    sources: int


@dataclass(frozen=True, slots=True)
class TimelineFilter:
    entity: str | None = None  # a name, alias or entity id; matches actors, targets, place
    types: tuple[str, ...] = ()
    since: str | None = None  # TIMEX3 prefix bounds, inclusive
    until: str | None = None
    source: str | None = None
    include_unasserted: bool = False  # negated, planned, hypothetical events
    limit: int | None = None


@dataclass(frozen=True, slots=True)
class TimelineRow:
    when: str  # TIMEX3 value the row is placed by
    placed_by: str  # "happened" or "reported"
    date: str | None
    reported: str | None
    type: str
    summary: str
    evidence: str
    document_id: str
    document_title: str | None
    event_id: str
    sources: tuple[str, ...]
    actors: tuple[str, ...]
    place: str | None
    modality: str
    confidence: float


@dataclass(frozen=True, slots=True)
class EntityRow:
    id: str  # canonical id across documents
    type: str
    name: str
    aliases: tuple[str, ...]
    documents: int
    mentions: int
    lat: float | None = None
    lon: float | None = None
    country: str | None = None


@dataclass(frozen=True, slots=True)
class CaseFile:
    entity: EntityRow
    documents: tuple[tuple[str, str | None], ...]  # (id, title)
    events: tuple[TimelineRow, ...]
    sources: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class SourceRow:
    source: str
    source_entity: str | None
    claims: int
    first_date: str | None
    last_date: str | None
    documents: tuple[str, ...] = field(default_factory=tuple)


@dataclass(frozen=True, slots=True)
class SearchHit:
    document_id: str
    title: str | None
    snippet: str  # matched words in [brackets]
    rank: float
    # (start, end) of each matched word in ``snippet``, brackets excluded: the brackets alone
    # cannot tell a match from a bracket in the article.
    marks: tuple[tuple[int, int], ...] = ()


class Store(Protocol):
    def write(self, extraction: Extraction, origin: str | None = None) -> WriteResult: ...
    def has_document(self, document_id: str) -> bool: ...
    def counts(self) -> Counts: ...
    def timeline(self, flt: TimelineFilter) -> list[TimelineRow]: ...
    def entities(self, type_: str | None = None, limit: int | None = None) -> list[EntityRow]: ...
    def case_file(self, name: str) -> CaseFile | None: ...
    def sources(self) -> list[SourceRow]: ...
    def search(self, query: str, limit: int = 20) -> list[SearchHit]: ...
    def extractions(self) -> list[Extraction]: ...
    def relink(self) -> int: ...
    def judge(self, kind: Literal["merge", "split"], a: str, b: str) -> tuple[str, str]: ...
    def close(self) -> None: ...
