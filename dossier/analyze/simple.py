"""Sentence splitting for languages without a model: enough for citations and timexes.

Sentences never cross a piece of :mod:`.pieces`, as with the models: later stages scan a
sentence at a time, and an unbounded one (text with no full stop) made their work quadratic.
"""

from __future__ import annotations

import re

from dossier.analyze.pieces import pieces
from dossier.models import Analysis, Sentence

# A sentence ends at . ! ? (optionally followed by closing quotes/brackets) before whitespace,
# or at a blank line. Abbreviations are not handled: this is only the fallback path.
_BOUNDARY = re.compile(r"(?<=[.!?])[\"'”»)\]]*\s+|\n\s*\n")


def split_sentences(text: str) -> list[Sentence]:
    sentences: list[Sentence] = []
    for piece in pieces(text):
        start, end = piece.offset, piece.offset + len(piece.text)
        for match in _BOUNDARY.finditer(text, start, end):
            _append_stripped(text, start, match.start(), sentences)
            start = match.end()
        _append_stripped(text, start, end, sentences)
    return sentences


def _append_stripped(text: str, start: int, end: int, out: list[Sentence]) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        out.append(Sentence(start, end))


def analyze_simple(text: str, language: str) -> Analysis:
    return Analysis(
        language=language,
        sentences=split_sentences(text),
        tokens=[],
        mentions=[],
        extractor="dossier.analyze.simple/1",
    )
