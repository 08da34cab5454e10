"""The storage interface: what the CLI, the web app and a batch job may ask of a store.

SQLite implements it today (:mod:`dossier.store.sqlite`); PostgreSQL will implement the same
protocol. Query results are small frozen records, never database rows.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Literal, Protocol

from dossier.models import Extraction

if TYPE_CHECKING:
    from dossier.store.accounts import User
    from dossier.store.review import Overrides, Review
    from dossier.store.web_queries import (
        CitationEdge,
        Companion,
        DocumentView,
        Place,
        ReportContext,
        TimelinePage,
        TimelineQuery,
    )


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
    happenings: int = 0
    copy_groups: int = 0


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
    """One happening on the timeline, with its lead report (the one its summary comes from)."""

    happening_id: str
    when: str  # TIMEX3 value the row is placed by
    placed_by: str  # "happened", "reported" (a cited report's date) or "published"
    precision: str  # day, week, month, season, quarter, half-year, year, decade
    type: str
    summary: str
    reports: int  # reports of it (events across documents)
    sources: tuple[str, ...]  # independent sources: copies and one outlet's reports count once
    conflicts: tuple[str, ...]  # what the reports give differently: "date", "place", a unit
    first_reported: str | None
    date: str | None  # of the lead report
    reported: str | None
    evidence: str
    document_id: str
    document_title: str | None
    event_id: str
    actors: tuple[str, ...]
    place: str | None
    modality: str
    confidence: float


@dataclass(frozen=True, slots=True)
class ReportRow:
    """One document's report of a happening: its evidence and where it came from."""

    key: str  # "<document id>/<event id>": what `merge --happening` and `split` take
    document_id: str
    event_id: str
    document_title: str | None
    url: str | None
    published: str | None
    language: str | None
    copy_group: str | None
    date: str | None
    reported: str | None
    modality: str
    evidence: str
    mentions: tuple[str, ...]  # every mention's words, the evidence among them
    sources: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class ConflictRow:
    field: str
    values: tuple[tuple[str, tuple[str, ...]], ...]  # (value, the sources that give it)


@dataclass(frozen=True, slots=True)
class HappeningDetail:
    happening: TimelineRow
    reports: tuple[ReportRow, ...]
    conflicts: tuple[ConflictRow, ...]


@dataclass(frozen=True, slots=True)
class CopyDocument:
    id: str
    url: str | None
    urls: tuple[str, ...]  # every origin it was ingested from
    title: str | None
    published: str | None
    language: str | None


@dataclass(frozen=True, slots=True)
class CopyGroupRow:
    group: str
    original: str
    documents: tuple[CopyDocument, ...]


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
    """An entity and, of what names it, the first documents (by id; ``entity.documents`` says
    how many there are) and happenings (by date; ``events_total`` of them)."""

    entity: EntityRow
    documents: tuple[tuple[str, str | None], ...]  # (id, title)
    events: tuple[TimelineRow, ...]
    sources: tuple[str, ...]  # the independent sources of ``events``
    events_total: int = 0  # happenings naming it; a lower bound when ``events_capped``
    events_capped: bool = False  # more happenings name it than were counted


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
    # None: the hits are the best ranked of every matching document; a number: more documents
    # matched than the engine ranks, and the hits are the best of the first this many found
    # (PostgreSQL ranks at most SEARCH_CANDIDATES, see dossier.store.postgres).
    ranked_among: int | None = None


class Store(Protocol):
    """What the verbs, the CLI and the web app may ask of a store, whatever its engine.

    :class:`~dossier.store.engine.SqlStore` implements it on SQLite and PostgreSQL.
    """

    # -- writing and linking
    def write(self, extraction: Extraction, origin: str | None = None) -> WriteResult: ...
    def add_origin(self, document_id: str, origin: str, url: str | None = None) -> None: ...
    def has_document(self, document_id: str) -> bool: ...
    def relink(self, attempts: int = 5, full: bool = False) -> int: ...
    def linked(self) -> bool: ...
    def ensure_linked(self, attempts: int = 5) -> bool: ...
    def judge(
        self,
        kind: Literal["merge", "split"],
        a: str,
        b: str,
        target: Literal["entity", "happening", "copy"] = "entity",
    ) -> tuple[str, str]: ...

    # -- reading
    def counts(self) -> Counts: ...
    def timeline(self, flt: TimelineFilter) -> list[TimelineRow]: ...
    def happening(self, key: str) -> HappeningDetail | None: ...
    def copy_groups(self) -> list[CopyGroupRow]: ...
    def entities(self, type_: str | None = None, limit: int | None = None) -> list[EntityRow]: ...
    def case_file(self, name: str) -> CaseFile | None: ...
    def sources(self) -> list[SourceRow]: ...
    def search(self, query: str, limit: int = 20) -> list[SearchHit]: ...
    def extractions(self) -> list[Extraction]: ...
    def iter_contracts(self) -> list[str]: ...
    def extractor_versions(
        self, document_ids: list[str]
    ) -> dict[str, tuple[str | None, dict[str, Any]]]: ...

    # -- the web workbench: reviewed views, the review log, accounts
    def overrides(self) -> Overrides: ...
    def timeline_page(self, q: TimelineQuery, found: Overrides) -> TimelinePage: ...
    def report_contexts(self, keys: list[str], found: Overrides) -> dict[str, ReportContext]: ...
    def document_view(self, document_id: str, found: Overrides) -> DocumentView | None: ...
    def reviewed_case_file(self, name: str, found: Overrides) -> CaseFile | None: ...
    def companions(self, canonical_id: str) -> list[Companion]: ...
    def citation_graph(self) -> list[CitationEdge]: ...
    def places(self, hidden: set[str]) -> list[Place]: ...
    def record_review(
        self,
        user: str,
        target: str,
        key: str,
        action: str,
        value: Any = None,
        field_name: str | None = None,
        reason: str = "",
    ) -> Review: ...
    def log_review(
        self,
        user: str,
        target: str,
        key: str,
        action: str,
        field_name: str | None,
        before: Any,
        after: Any,
        reason: str,
    ) -> Review: ...
    def undo_review(self, user: str, review_id: int, reason: str = "") -> Review: ...
    def review_history(self, target: str, key: str) -> list[Review]: ...
    def audit(self, offset: int, limit: int) -> tuple[list[Review], int]: ...
    def add_user(self, name: str, role: str, password: str) -> User: ...
    def new_token(self, name: str, label: str = "") -> str: ...
    def sign_in(self, name: str, password: str, hours: int) -> tuple[User, str] | None: ...
    def user_of(self, token: str, kind: str) -> User | None: ...
    def end_session(self, token: str) -> None: ...
    def close(self) -> None: ...
