"""Typed records that every stage reads and writes.

Every extracted value keeps its evidence: character offsets into ``Article.text``
(Python string indices, so ``text[start:end]`` is the quoted evidence) and the
name and version of the extractor that produced it. Dates are TimeML TIMEX3
value strings (``2023-08-30``, ``2023-05``, ``2022-SU``, ``2023``) so that their
precision travels with them; nothing here turns them into ``datetime``.

The records are plain dataclasses with no behaviour beyond small helpers, so
the same objects pass through the CLI, the web app and a batch job, and
serialise with :func:`dataclasses.asdict`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

Span = tuple[int, int]

EntityType = Literal["PERSON", "ORG", "PLACE", "OUTLET", "GROUP"]
TimexType = Literal["DATE", "TIME", "DURATION", "SET"]
PublishedBasis = Literal["metadata", "text", "inferred", "given"]
Approx = Literal["at_least", "at_most", "about", "more_than", "less_than"]
CitationKind = Literal["parenthetical", "according_to", "reported", "quote", "see_also"]
Modality = Literal["asserted", "negated", "planned", "hypothetical", "generic"]
PlacementBasis = Literal["happened", "reported", "published"]


@dataclass(frozen=True, slots=True)
class RawDocument:
    """Bytes as acquired, with where they came from and any metadata the source gave."""

    origin: str  # a path or URL, as the user named it (for messages)
    content: bytes
    content_type: str | None = None  # MIME type when known ("text/html", "text/plain")
    url: str | None = None
    title: str | None = None
    published: str | None = None  # as the source gave it; normalised in parse
    text: str | None = None  # ready text (JSON lines "text"); bypasses HTML parsing
    charset: str | None = None  # declared character set (HTTP header), a hint for decoding


@dataclass(slots=True)
class Article:
    """One document's main text and metadata, the base every offset refers to."""

    id: str  # content hash of ``text``: the same text is the same document
    text: str
    url: str | None = None
    title: str | None = None
    publisher: str | None = None
    author: str | None = None
    published: str | None = None  # TIMEX3 value
    published_basis: PublishedBasis | None = None
    language: str | None = None
    origin: str | None = None
    content_format: Literal["html", "text"] = "text"


@dataclass(frozen=True, slots=True)
class Token:
    """A token with its syntax, language-neutral (spaCy and Natasha both map to it)."""

    i: int
    start: int
    end: int
    text: str
    lemma: str
    pos: str  # Universal POS tag
    dep: str  # Universal dependency relation, lower case
    head: int  # index of the head token within the document; root points to itself
    sentence: int


@dataclass(frozen=True, slots=True)
class Sentence:
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Mention:
    """A named-entity span as a tagger saw it, before resolution."""

    start: int
    end: int
    text: str
    label: str  # the tagger's own label: PERSON, ORG, GPE, LOC, PER, NORP, ...
    extractor: str


@dataclass(slots=True)
class Analysis:
    language: str
    sentences: list[Sentence]
    tokens: list[Token]
    mentions: list[Mention]
    extractor: str
    # the one paragraph rule (:func:`dossier.analyze.pieces.paragraphs`); no sentence crosses one
    paragraphs: list[Span] = field(default_factory=list)


@dataclass(slots=True)
class Timex:
    start: int
    end: int
    text: str
    type: TimexType
    value: str
    extractor: str = "dossier.temporal"
    anchored: bool = False  # True when the value came from the document date, not the text alone


@dataclass(slots=True)
class Quantity:
    start: int
    end: int
    text: str
    value: float | None
    unit: str | None
    per: str | None = None
    approx: Approx | None = None
    value_max: float | None = None  # upper bound of a range ("20 to 30")
    counted: str | None = None  # the counted noun phrase, when there is one
    extractor: str = "dossier.measure"


@dataclass(slots=True)
class Citation:
    id: str
    source: str
    kind: CitationKind
    start: int
    end: int
    source_entity: str | None = None
    date: str | None = None  # TIMEX3 value of the cited report
    supports: list[Span] = field(default_factory=list)
    extractor: str = "dossier.cite"
    # how the text describes the source when ``source`` is the name it stands for
    # ("the official", "мэр"); None when the text names the source itself
    role: str | None = None
    relay: str | None = None  # the outlet that passes the source's words on ("…, X told TASS")


@dataclass(slots=True)
class Geo:
    lat: float
    lon: float
    country: str | None = None


@dataclass(slots=True)
class Entity:
    id: str
    type: EntityType
    name: str
    aliases: list[str] = field(default_factory=list)
    mentions: list[Span] = field(default_factory=list)
    geo: Geo | None = None
    extractor: str = "dossier.resolve"


@dataclass(frozen=True, slots=True)
class Placement:
    """Where an event sits on a timeline, and why there.

    ``basis`` is "happened" when the text dates the happening itself, "reported" when only
    the report it is attributed to is dated, and "published" when the article (itself a
    report) gives the only date. ``precision`` names the value's grain
    (:func:`dossier.timex.precision`).
    """

    value: str  # TIMEX3
    basis: PlacementBasis
    precision: str


@dataclass(slots=True)
class Event:
    """One happening as one document reports it: every mention of it is one event.

    ``evidence`` is the most informative mention (the sentence with the most arguments);
    ``mentions`` holds every evidence span (the headline, the lead, a recap), in text order.
    """

    id: str
    type: str
    evidence: Span
    trigger: Span | None = None
    date: str | None = None  # when it happened (TIMEX3)
    reported: str | None = None  # when the cited report was made (TIMEX3)
    actors: list[str] = field(default_factory=list)
    targets: list[str] = field(default_factory=list)
    place: str | None = None
    quantities: list[int] = field(default_factory=list)
    citations: list[str] = field(default_factory=list)
    modality: Modality = "asserted"
    confidence: float = 0.5
    summary: str | None = None
    mentions: list[Span] = field(default_factory=list)
    placement: Placement | None = None
    # which of its type's outcomes the trigger tells, where the pack tells them apart
    # (events.yaml ``outcomes``, named by a group's first entry: "kill", "wound/VERB",
    # "bury", "body return"); two reports of two outcomes are two happenings
    outcome: str | None = None
    extractor: str = "dossier.events"


@dataclass(slots=True)
class Extraction:
    """Everything the pipeline found in one document: the unit of storage and export."""

    document: Article
    entities: list[Entity] = field(default_factory=list)
    timexes: list[Timex] = field(default_factory=list)
    quantities: list[Quantity] = field(default_factory=list)
    citations: list[Citation] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    analysis: Analysis | None = None  # not part of the contract; kept for later stages
    # what made it: stage extractors, library and model versions, the pack (dossier.versions)
    extractors: dict[str, str] = field(default_factory=dict)
