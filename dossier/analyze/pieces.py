"""Paragraphs, and the analysis budget: bounded pieces of text for the NLP models.

**Paragraphs** are the runs of lines between blank lines when the text has a blank line,
else its single lines: plain-text articles often put each paragraph on one line with no
blank line between. This is the one paragraph rule: the analyze stage computes them once
(:attr:`~dossier.models.Analysis.paragraphs`), the models read one paragraph at a time, so
no sentence crosses a paragraph end, and the cite stage's paragraph rules (what a citation
supports, who speaks in a quoted paragraph) read the same paragraphs.

Two shapes of input make the models slow far beyond their size, so neither reaches them:

- **A long paragraph.** spaCy keeps a whole ``Doc`` in memory and Natasha's syntax parser is
  quadratic in the length of a sentence: one 990,000-character paragraph took 70 s and 3.1 GB.
  Paragraphs are cut into pieces of at most :data:`MAX_PIECE_CHARS`, after a sentence end
  where the text has one, else at a space.
- **A long run of symbols.** spaCy's tokenizer strips prefixes and suffixes one character at a
  time and copies the rest of the string each time, so a run of punctuation costs the square
  of its length (30,000 ``&`` took 85 s). In the copy a model reads, a space replaces one
  character in every :data:`MAX_SYMBOL_RUN` + 1 of such a run.

A paragraph that opens with a wire **dateline** ("MOSCOW, Aug 6 (Eurasia Wire) - Police
detained ...", "БИШКЕК, 5 марта —") is read as two pieces, the dateline and the rest: the
models read "MOSCOW, Aug 6 (...) - Police detained" as one sentence whose subject is the city,
so the lead, the sentence every report opens with, lost its actor.

The replacement keeps the length, so every offset a model returns is an offset into the
document text; a space is never part of a token, so the token texts are the document's own
characters too. Only the replaced symbols go untokenised, in runs that are never language.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from dossier.models import Span

# Well above news paragraphs (a few hundred characters; long Russian ones reach ~1,500), so
# real paragraphs are never cut; low enough that a sentence of one-character tokens (2,000
# characters, ~1,000 tokens) parses in about 0.1 s with Natasha (4,000 tokens took 0.8 s).
MAX_PIECE_CHARS = 2000
# Prose has runs of at most a few symbols ("?!", "...»"); rules of "=" or "-" in plain text
# reach 80. 24 symbols tokenise in well under a millisecond.
MAX_SYMBOL_RUN = 24

# a blank line may hold spaces or tabs; a run of them gives empty paragraphs, dropped
_BLANK_LINE = re.compile(r"\n[ \t\r\f\v]*\n")
_LINE = re.compile(r"\n")
_SYMBOL_RUN = re.compile(rf"(?:[^\w\s]|_){{{MAX_SYMBOL_RUN + 1},}}")
# A sentence end: closing punctuation, any closing quotes or brackets, then white space.
_SENTENCE_END = re.compile(r"[.!?…][\"'”»)\]]*\s+")
_SPACE = re.compile(r"\s+")
# A wire dateline: a city in capitals, then a date, an agency in brackets or both, then a
# dash ("KATHMANDU, Dec 6 (Kathmandu Wire) - ", "COLOMBO (Reuters) — ", "ДУШАНБЕ, 4 окт — ",
# "DUSHANBE -- ").
_DATELINE = re.compile(
    r"[A-ZА-ЯЁ][A-ZА-ЯЁ'’.]+(?:[ -][A-ZА-ЯЁ'’.]+){0,3}"
    r"(?:,[^\S\n]*[\w. ]{1,24}?)?[^\S\n]*(?:\([^()\n]{1,60}\))?[^\S\n]*[-—–]+[^\S\n]+(?=\S)"
)

# The city alone in capitals and a long dash, before the lead's first word in capitals (round
# 24: read with the lead, "COLOMBO — The magistrate on Monday remanded ..." made the city the
# sentence's root and the act a modifier of the magistrate in 6 of the 47 such English leads of
# the happenings sets, and in none of the 55 with a hyphen, "TASHKENT - A court ..."). Where a
# dateline stands: one of the document's first paragraphs (the wire rule of
# dossier.resolve.rules reads the place there).
DATELINE_PARAGRAPHS = 3
# a dateline's city in capitals, of up to three words ("BISHKEK", "NEW DELHI"); the resolve
# stage reads it as a place
DATELINE_CITY = r"[A-ZА-ЯЁ]{3,}(?:[ -][A-ZА-ЯЁ]{3,}){0,2}"
_CITY_DATELINE = re.compile(rf"{DATELINE_CITY}[^\S\n]+[—–][^\S\n]+(?=[A-ZА-ЯЁ\"“«])")


@dataclass(frozen=True, slots=True)
class Piece:
    offset: int  # of ``text`` in the document
    text: str  # the document's characters
    model_text: str  # what the model reads: same length, symbol runs broken by spaces


def paragraphs(text: str) -> list[Span]:
    """Paragraph spans, without the space around them: blank-line separated when the text
    has a blank line, else its lines."""
    splitter = _BLANK_LINE if _BLANK_LINE.search(text) else _LINE
    spans: list[Span] = []
    pos = 0
    for match in splitter.finditer(text):
        spans.append((pos, match.start()))
        pos = match.end()
    spans.append((pos, len(text)))
    return [strip(text, start, end) for start, end in spans if text[start:end].strip()]


def strip(text: str, start: int, end: int) -> Span:
    """``(start, end)`` without the white space at either end."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def pieces(text: str, spans: Sequence[Span] | None = None) -> Iterator[Piece]:
    """The document's paragraphs (``spans``, or :func:`paragraphs`) cut into pieces the
    models can afford, in order."""
    for number, (offset, paragraph_end) in enumerate(paragraphs(text) if spans is None else spans):
        paragraph = text[offset:paragraph_end]
        opening = dateline_end(paragraph)
        if not opening and number < DATELINE_PARAGRAPHS:
            opening = _city_dateline_end(paragraph)
        if opening:
            dateline = paragraph[:opening]
            yield Piece(offset, dateline, break_symbol_runs(dateline))
        for start, end in _cuts(paragraph, opening):
            part = paragraph[start:end]
            yield Piece(offset + start, part, break_symbol_runs(part))


def dateline_end(paragraph: str) -> int:
    """Where a wire dateline opening ``paragraph`` ends (0 when it has none): after its
    dash and the space, where the lead's first word begins. A dateline holds a date or an
    agency, or its dash is two hyphens ("DUSHANBE -- Relatives ...", as Radio Free Europe
    and older wire copy write it): a capitalised acronym and a dash alone ("NATO - ...",
    "НАТО — военный блок") is not one."""
    m = _DATELINE.match(paragraph)
    if m is None:
        return 0
    found = m.group()
    if "," not in found and "(" not in found and "--" not in found:
        return 0
    return m.end()


def _city_dateline_end(paragraph: str) -> int:
    """Where a dateline of a city alone in capitals and a long dash ends ("COLOMBO — The
    magistrate ...", "БИШКЕК — Суд ..."), before the capital that opens the lead; 0 when
    there is none. Only one of the first paragraphs opens so (:data:`DATELINE_PARAGRAPHS`):
    further down, "NATO — The alliance ..." is a sentence."""
    m = _CITY_DATELINE.match(paragraph)
    return m.end() if m is not None else 0


def _cuts(paragraph: str, start: int = 0) -> Iterator[tuple[int, int]]:
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
