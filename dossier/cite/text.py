"""Paragraphs and sentences as the cite stage needs them.

The analyze stage gives real sentences (spaCy, Natasha); when it gives none, a simple
rule splits them here: a sentence ends at ``.``, ``!``, ``?`` or ``…`` (with any closing
quote or bracket) followed by space and a capital, digit, quote or bracket, except after
a short list of abbreviations; a line break always ends one.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence

from dossier.models import Sentence, Span

_BLANK_LINE = re.compile(r"\n[ \t\r\f\v]*\n")
_LINE = re.compile(r"\n")
# closing quotes, brackets and footnote markers ("2022.[1]", "2022.²") stay with the sentence
_SENTENCE_END = re.compile(
    r"[.!?…]+(?:[\"'”»’)\]]|\[\d{1,3}\]|[⁰¹²³⁴⁵⁶⁷⁸⁹])*(?=\s+[\"'“«„(\[A-ZА-ЯЁ0-9—–-])"
)
_ABBREV = re.compile(
    r"(?:\b(?:Mr|Mrs|Ms|Dr|Prof|Gen|Col|Lt|Sgt|St|Jr|Sr|No|Nos|vs|etc|Inc|Ltd|Co|Corp|"
    r"Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|approx|cf|ibid|pp?|vol|art|ch|"
    r"г|гг|т|тыс|млн|млрд|руб|ул|им|см|ст|ч|п|др|пр|с|стр|рис|т\.е|т\.д|т\.п)"
    r"|\b[A-ZА-ЯЁ])\.$"
)


def paragraphs(text: str) -> list[Span]:
    """Paragraph spans: blank-line separated when the text has blank lines, else lines."""
    splitter = _BLANK_LINE if _BLANK_LINE.search(text) else _LINE
    spans: list[Span] = []
    pos = 0
    for match in splitter.finditer(text):
        spans.append((pos, match.start()))
        pos = match.end()
    spans.append((pos, len(text)))
    return [_strip(text, s, e) for s, e in spans if text[s:e].strip()]


def split_sentences(text: str) -> list[Sentence]:
    """Sentences by the simple rule in the module docstring."""
    out: list[Sentence] = []
    for para_start, para_end in _lines(text):
        pos = para_start
        for match in _SENTENCE_END.finditer(text, para_start, para_end):
            head = text[max(para_start, match.start() - 12) : match.start() + 1]
            if _ABBREV.search(head):
                continue
            out.append(Sentence(*_strip(text, pos, match.end())))
            pos = match.end()
        if text[pos:para_end].strip():
            out.append(Sentence(*_strip(text, pos, para_end)))
    return [s for s in out if s.end > s.start]


def _lines(text: str) -> list[Span]:
    spans = []
    pos = 0
    for match in _LINE.finditer(text):
        spans.append((pos, match.start()))
        pos = match.end()
    spans.append((pos, len(text)))
    return [(s, e) for s, e in spans if text[s:e].strip()]


def _strip(text: str, start: int, end: int) -> Span:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


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
    """Sentences and paragraphs of one text, with offset lookups."""

    def __init__(self, text: str, sentences: Sequence[Sentence]) -> None:
        self.text = text
        self.sentences: list[Sentence] = sorted(
            sentences or split_sentences(text), key=lambda s: s.start
        )
        self._starts = [s.start for s in self.sentences]
        self.paragraphs = paragraphs(text)
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
