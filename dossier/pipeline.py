"""The pipeline: parsed articles in, extractions out, each stage a plain function.

    parse -> analyze (batched) -> temporal -> measure -> cite -> resolve -> events

:func:`extract_articles` is the one entry point the CLI, the web app and a batch job share.
It takes a batch so that the NLP models see many documents at once; every other stage works
on one document at a time and depends only on the typed records of :mod:`dossier.models`.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import lru_cache

from dossier import temporal, versions
from dossier.analyze import analyze_texts, detect_language
from dossier.cite import OutletRegistry, find_citations
from dossier.events import find_events
from dossier.measure import find_quantities
from dossier.models import Analysis, Article, Extraction
from dossier.packs import Pack, get_pack
from dossier.resolve import resolve_document
from dossier.settings import get_settings


@dataclass(frozen=True, slots=True)
class Options:
    published: str | None = None  # overrides the document's own date (basis "given")
    language: str | None = None  # skips language identification
    pack: str | None = None  # domain pack name or path (default: settings)


@lru_cache(maxsize=8)
def _registry(pack: Pack) -> OutletRegistry:
    return OutletRegistry.from_pack(pack)


def extract_articles(articles: Sequence[Article], options: Options = Options()) -> list[Extraction]:
    """Run every stage after parsing over a batch of articles; output keeps input order."""
    settings = get_settings()
    pack = get_pack(options.pack or settings.pack)
    for article in articles:
        article.language = options.language or article.language or detect_language(article.text)
        if options.published:
            article.published, article.published_basis = options.published, "given"
    analyses = analyze_texts(
        [(a.text, a.language or "und") for a in articles], batch_size=settings.batch_size
    )
    return [
        _extract_one(article, analysis, pack)
        for article, analysis in zip(articles, analyses, strict=True)
    ]


def _extract_one(article: Article, analysis: Analysis, pack: Pack) -> Extraction:
    text, language = article.text, article.language or "und"
    if article.published is None and (stamped := temporal.dateline(text, language)):
        article.published, article.published_basis = stamped, "text"
    if article.published is None:
        inferred = temporal.infer_published(text, language)
        if inferred:
            article.published, article.published_basis = inferred, "inferred"
    timexes = temporal.tag(text, language, article.published)
    quantities = find_quantities(text, language)
    registry = _registry(pack)
    citations = find_citations(
        text,
        language,
        timexes,
        analysis.sentences,
        registry,
        analysis.mentions,
        analysis.paragraphs,
    )
    entities = resolve_document(
        text,
        language,
        analysis.mentions,
        citations,
        pack,
        _outlet_lookup(registry),
        publisher=article.publisher,
        paragraphs=analysis.paragraphs,
    )
    events = find_events(article, analysis, timexes, quantities, citations, entities, pack)
    return Extraction(
        extractors={"analyze": analysis.extractor, **versions.current(language, pack)},
        document=article,
        entities=entities,
        timexes=timexes,
        quantities=quantities,
        citations=citations,
        events=events,
        analysis=analysis,
    )


def _outlet_lookup(registry: OutletRegistry) -> Callable[[str], tuple[str, str] | None]:
    def lookup(name: str) -> tuple[str, str] | None:
        outlet = registry.lookup(name)
        return (outlet.id, outlet.name) if outlet else None

    return lookup
