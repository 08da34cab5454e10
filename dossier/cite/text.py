"""Paragraphs and sentences as the cite stage reads them, and span helpers.

Both come from the analyze stage (:class:`~dossier.models.Analysis`): the model's sentences
(spaCy, Natasha) or the rule's (:mod:`dossier.analyze.simple`), and the one paragraph rule
(:func:`dossier.analyze.pieces.paragraphs`). A caller that ran no analysis gets both by rule.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence

from dossier.analyze.pieces import paragraphs
from dossier.analyze.simple import split_sentences
from dossier.models import Sentence, Span


def trim(text: str, start: int, end: int, lead: str, tail: str | None = None) -> Span:
    """``(start, end)`` moved inwards past the characters of ``lead`` and ``tail``
    (``tail`` defaults to ``lead``)."""
    tail = lead if tail is None else tail
    while start < end and text[start] in lead:
        start += 1
    while end > start and text[end - 1] in tail:
        end -= 1
    return start, end


class Layout:
    """Sentences and paragraphs of one text, with offset lookups; either one computed by
    rule when not given."""

    def __init__(
        self, text: str, sentences: Sequence[Sentence], spans: Sequence[Span] = ()
    ) -> None:
        self.text = text
        self.paragraphs: list[Span] = list(spans) or paragraphs(text)
        self.sentences: list[Sentence] = sorted(
            sentences or split_sentences(text, self.paragraphs), key=lambda s: s.start
        )
        self._starts = [s.start for s in self.sentences]
        self._para_starts = [p[0] for p in self.paragraphs]

    def sentence_index(self, offset: int) -> int | None:
        """Index of the sentence that contains ``offset`` (or the last one before it)."""
        i = bisect.bisect_right(self._starts, offset) - 1
        return i if i >= 0 else None

    def paragraph_of(self, offset: int) -> Span:
        i = bisect.bisect_right(self._para_starts, offset) - 1
        return self.paragraphs[max(i, 0)] if self.paragraphs else (0, len(self.text))

    def sentence_span(self, offset: int) -> Span:
        i = self.sentence_index(offset)
        if i is None:
            return (0, 0)
        s = self.sentences[i]
        return (s.start, s.end)
