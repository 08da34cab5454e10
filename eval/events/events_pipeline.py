"""Run the pipeline stages up to events on one text, through their public functions.

Used by ``evaluate.py`` and by the seed test. A stage whose package is not there (or does
not yet export its function) contributes nothing; ``missing`` names it so that the figures
can say what they were measured without.
"""

from __future__ import annotations

import hashlib
import importlib
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from dossier.analyze import analyze_texts
from dossier.events import find_events
from dossier.models import Analysis, Article, Citation, Entity, Event, Quantity, Timex
from dossier.packs import Pack, get_pack


@dataclass(slots=True)
class Result:
    article: Article
    analysis: Analysis
    timexes: list[Timex]
    quantities: list[Quantity]
    citations: list[Citation]
    entities: list[Entity]
    events: list[Event]
    missing: list[str] = field(default_factory=list)


def _function(module: str, name: str) -> Callable[..., Any] | None:
    try:
        found: Callable[..., Any] | None = getattr(importlib.import_module(module), name, None)
        return found
    except ImportError:
        return None


def _lookup(registry: Any) -> Callable[[str], tuple[str, str] | None] | None:
    """The registry as the ``(id, name)`` look-up that resolve takes."""
    if registry is None:
        return None

    def lookup(name: str) -> tuple[str, str] | None:
        outlet = registry.lookup(name)
        return (outlet.id, outlet.name) if outlet is not None else None

    return lookup


def missing_stages() -> list[str]:
    wanted = [
        ("dossier.temporal", "tag"),
        ("dossier.measure", "find_quantities"),
        ("dossier.cite", "find_citations"),
        ("dossier.resolve", "resolve_document"),
    ]
    return [f"{m}.{n}" for m, n in wanted if _function(m, n) is None]


def run_many(items: list[tuple[str, str, str | None]], pack: Pack | None = None) -> list[Result]:
    """``(text, language, published or None)`` each -> the stages' records and the events."""
    pack = pack or get_pack()
    analyses = analyze_texts([(text, lang) for text, lang, _ in items])
    return [
        run_one(text, lang, published, analysis, pack)
        for (text, lang, published), analysis in zip(items, analyses, strict=True)
    ]


def run_one(
    text: str, language: str, published: str | None, analysis: Analysis, pack: Pack
) -> Result:
    tag = _function("dossier.temporal", "tag")
    infer = _function("dossier.temporal", "infer_published")
    if published is None and infer is not None:
        published = infer(text, language)
    article = Article(
        id=hashlib.sha256(text.encode()).hexdigest()[:16],
        text=text,
        published=published,
        language=language,
    )
    failed: list[str] = []
    timexes: list[Timex] = _call(failed, tag, text, language, published)
    measure = _function("dossier.measure", "find_quantities")
    quantities: list[Quantity] = _call(failed, measure, text, language)
    registry_cls = _function("dossier.cite", "OutletRegistry")
    registry = registry_cls.from_pack(pack) if registry_cls else None  # type: ignore[attr-defined]
    find_citations = _function("dossier.cite", "find_citations") if registry else None
    citations: list[Citation] = _call(
        failed, find_citations, text, language, timexes, analysis.sentences, registry,
        analysis.mentions,
    )  # fmt: skip
    resolve = _function("dossier.resolve", "resolve_document")
    entities: list[Entity] = _call(
        failed, resolve, text, language, analysis.mentions, citations, pack, _lookup(registry)
    )
    events = find_events(article, analysis, timexes, quantities, citations, entities, pack)
    return Result(
        article, analysis, timexes, quantities, citations, entities, events,
        missing_stages() + failed,
    )  # fmt: skip


def _call(failed: list[str], function: Callable[..., Any] | None, *args: Any) -> list[Any]:
    """A neighbouring stage's result; a stage that is absent or raises gives ``[]``.

    Other stages are built in parallel with this one: while one of them is broken, the
    events figures are still measured, and the failure is named in the output.
    """
    if function is None:
        return []
    try:
        return list(function(*args))
    except Exception as exc:
        failed.append(f"{function.__module__}.{function.__name__} raised {exc!r}")
        return []
