"""Sentences by rule, for languages without a model and for callers that ran no model.

This is the one rule-based sentence splitter. A sentence ends at ``.``, ``!``, ``?`` or ``…``
(with any closing quote, bracket or footnote marker) followed by space and a capital, digit,
quote or bracket, except after a short list of abbreviations; a line break always ends one.

Sentences never cross a piece of :mod:`.pieces`, as with the models: later stages scan a
sentence at a time, and an unbounded one (text with no full stop) made their work quadratic.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from dossier.analyze.pieces import paragraphs, pieces, strip
from dossier.models import Analysis, Sentence, Span

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


def split_sentences(text: str, spans: Sequence[Span] | None = None) -> list[Sentence]:
    """Sentences by the rule in the module docstring, within the paragraphs ``spans``
    (default: :func:`~dossier.analyze.pieces.paragraphs`)."""
    out: list[Sentence] = []
    for piece in pieces(text, spans):
        for line_start, line_end in _lines(text, piece.offset, piece.offset + len(piece.text)):
            pos = line_start
            for match in _SENTENCE_END.finditer(text, line_start, line_end):
                head = text[max(line_start, match.start() - 12) : match.start() + 1]
                if _ABBREV.search(head):
                    continue
                out.append(Sentence(*strip(text, pos, match.end())))
                pos = match.end()
            if text[pos:line_end].strip():
                out.append(Sentence(*strip(text, pos, line_end)))
    return [s for s in out if s.end > s.start]


def _lines(text: str, start: int, end: int) -> list[Span]:
    spans = []
    for match in _LINE.finditer(text, start, end):
        spans.append((start, match.start()))
        start = match.end()
    spans.append((start, end))
    return spans


def analyze_simple(text: str, language: str) -> Analysis:
    spans = paragraphs(text)
    return Analysis(
        language=language,
        sentences=split_sentences(text, spans),
        tokens=[],
        mentions=[],
        extractor="dossier.analyze.simple/2",  # 2: the cite stage's rule, one per line
        paragraphs=spans,
    )
