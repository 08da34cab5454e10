"""The analysis budget: bounded pieces of text for the NLP models, with their offsets.

Two shapes of input make the models slow far beyond their size, so neither reaches them:

- **A long paragraph.** spaCy keeps a whole ``Doc`` in memory and Natasha's syntax parser is
  quadratic in the length of a sentence: one 990,000-character paragraph took 70 s and 3.1 GB.
  Paragraphs are cut into pieces of at most :data:`MAX_PIECE_CHARS`, after a sentence end
  where the text has one, else at a space.
- **A long run of symbols.** spaCy's tokenizer strips prefixes and suffixes one character at a
  time and copies the rest of the string each time, so a run of punctuation costs the square
  of its length (30,000 ``&`` took 85 s). In the copy a model reads, a space replaces one
  character in every :data:`MAX_SYMBOL_RUN` + 1 of such a run.

The replacement keeps the length, so every offset a model returns is an offset into the
document text; a space is never part of a token, so the token texts are the document's own
characters too. Only the replaced symbols go untokenised, in runs that are never language.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

# Well above news paragraphs (a few hundred characters; long Russian ones reach ~1,500), so
# real paragraphs are never cut; low enough that a sentence of one-character tokens (2,000
# characters, ~1,000 tokens) parses in about 0.1 s with Natasha (4,000 tokens took 0.8 s).
MAX_PIECE_CHARS = 2000
# Prose has runs of at most a few symbols ("?!", "...»"); rules of "=" or "-" in plain text
# reach 80. 24 symbols tokenise in well under a millisecond.
MAX_SYMBOL_RUN = 24

_BLANK_LINES = re.compile(r"\n\s*\n")
_SYMBOL_RUN = re.compile(rf"(?:[^\w\s]|_){{{MAX_SYMBOL_RUN + 1},}}")
# A sentence end: closing punctuation, any closing quotes or brackets, then white space.
_SENTENCE_END = re.compile(r"[.!?…][\"'”»)\]]*\s+")
_SPACE = re.compile(r"\s+")


@dataclass(frozen=True, slots=True)
class Piece:
    offset: int  # of ``text`` in the document
    text: str  # the document's characters
    model_text: str  # what the model reads: same length, symbol runs broken by spaces


def paragraphs(text: str) -> Iterator[tuple[int, str]]:
    """``(offset, paragraph)`` for each run of lines between blank lines.

    A linear scan: each blank-line separator is matched once (a lookahead at every line end,
    as a single regular expression would need, is quadratic on many whitespace lines).
    """
    start = 0
    for match in _BLANK_LINES.finditer(text):
        yield from _paragraph(text, start, match.start())
        start = match.end()
    yield from _paragraph(text, start, len(text))


def _paragraph(text: str, start: int, end: int) -> Iterator[tuple[int, str]]:
    """The paragraph in ``text[start:end]`` without the line breaks around it, if any."""
    while start < end and text[start] == "\n":
        start += 1
    while end > start and text[end - 1] == "\n":
        end -= 1
    if text[start:end].strip():
        yield start, text[start:end]


def pieces(text: str) -> Iterator[Piece]:
    """The document's paragraphs cut into pieces the models can afford, in order."""
    for offset, paragraph in paragraphs(text):
        for start, end in _cuts(paragraph):
            part = paragraph[start:end]
            yield Piece(offset + start, part, break_symbol_runs(part))


def _cuts(paragraph: str) -> Iterator[tuple[int, int]]:
    start = 0
    while len(paragraph) - start > MAX_PIECE_CHARS:
        end = _cut(paragraph, start, start + MAX_PIECE_CHARS)
        yield start, end
        start = end
    yield start, len(paragraph)


def _cut(text: str, start: int, limit: int) -> int:
    """Where to end a piece that starts at ``start``: the last sentence end before
    ``limit``, else the last space, else ``limit`` itself (a run with no space at all)."""
    for pattern in (_SENTENCE_END, _SPACE):
        ends = [match.end() for match in pattern.finditer(text, start + 1, limit)]
        if ends:
            return ends[-1]
    return limit


def break_symbol_runs(text: str) -> str:
    """``text`` with a space for every 25th character of a run of more than 24 symbols.

    Both ends of a run are kept, so an inserted space always has symbols on both sides and
    never doubles a real one.
    """
    runs = list(_SYMBOL_RUN.finditer(text))
    if not runs:
        return text
    chars = list(text)
    for run in runs:
        for index in range(run.start() + MAX_SYMBOL_RUN, run.end() - 1, MAX_SYMBOL_RUN + 1):
            chars[index] = " "
    return "".join(chars)
