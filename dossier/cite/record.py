"""The record every finder of the cite stage returns, before ids and supports are settled."""

from __future__ import annotations

from dataclasses import dataclass, field

from dossier.models import CitationKind, Span


@dataclass(slots=True)
class Found:
    """A citation before ids and supports are settled."""

    kind: CitationKind
    source: str
    start: int
    end: int
    date_span: Span | None = None  # where the citation's own date is written
    supports: list[Span] = field(default_factory=list)
    closes: bool = False  # a parenthetical or footnote that supports by the paragraph rule
    role: str | None = None  # the description the text used, once ``source`` is its name
    relay: str | None = None  # the outlet that passed the source's words on
