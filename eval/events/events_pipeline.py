"""Run the real pipeline (``dossier.pipeline.extract_articles``) on texts, for the events eval.

Used by ``evaluate.py`` and by the seed test, so that what is measured is exactly what
``dossier extract`` and ``dossier ingest`` do. A text with a publication date is anchored to
it (``published_basis: "given"``); without one, the pipeline infers it as it does for users.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from dossier.models import Analysis, Article, Citation, Entity, Event, Quantity, Timex
from dossier.parse import document_id
from dossier.pipeline import Options, extract_articles


@dataclass(slots=True)
class Result:
    article: Article
    analysis: Analysis | None
    timexes: list[Timex]
    quantities: list[Quantity]
    citations: list[Citation]
    entities: list[Entity]
    events: list[Event]
    missing: list[str] = field(default_factory=list)


def missing_stages() -> list[str]:
    """Stages the figures were measured without: none, now that the pipeline is whole."""
    return []


def run_many(items: list[tuple[str, str, str | None]]) -> list[Result]:
    """``(text, language, published or None)`` each -> the pipeline's records."""
    articles = [
        Article(
            id=document_id(text),
            text=text,
            language=language,
            published=published,
            published_basis="given" if published else None,
        )
        for text, language, published in items
    ]
    return [
        Result(e.document, e.analysis, e.timexes, e.quantities, e.citations, e.entities, e.events)
        for e in extract_articles(articles, Options())
    ]
