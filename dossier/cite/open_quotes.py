"""Quotations over several paragraphs: a paragraph that opens with a quotation mark and is
left open, followed by a paragraph that opens with the same mark, is quoted whole (the
typographic convention of English and Russian copy: the mark reopens each paragraph, and
only the last one closes). The speaker is the one of the paragraph before
(:func:`dossier.cite.quotes.continue_speakers`), as for a quotation standing alone; where the
paragraph before cites no one, the one who closes the quotation in the next paragraph
(:func:`closing_speakers`, round 24).
"""

from __future__ import annotations

from collections.abc import Sequence
from itertools import pairwise

from dossier.cite.record import Found
from dossier.cite.text import Layout
from dossier.models import Span


def open_paragraphs(
    text: str, layout: Layout, marks: Sequence[tuple[str, str]], body_end: int
) -> list[Found]:
    """Quotes with no speaker yet, one per paragraph left open before the next one opens."""
    found: list[Found] = []
    paras = [p for p in layout.paragraphs if p[0] < body_end]
    for (start, end), (next_start, next_end) in pairwise(paras):
        first = _first_char(text, start, end)
        if first is None:
            continue
        for open_mark, close_mark in marks:
            if text[first] != open_mark or text.find(close_mark, first + 1, end) >= 0:
                continue
            following = _first_char(text, next_start, next_end)
            if following is not None and text[following] == open_mark:
                last = len(text[:end].rstrip())
                found.append(Found("quote", "", first, last, supports=[(first + 1, last)]))
            break
    return found


def closing_speakers(
    layout: Layout, found: Sequence[Found], open_quotes: Sequence[Found]
) -> list[Found]:
    """Each open paragraph with no speaker yet takes the speaker of the quote that opens
    the next paragraph ("Адвокат X защищает … / «… / «…», — добавила X."): the quotation
    runs on to where its speaker is named (round 24, russian_dev18, english_dev17). A
    continuing quotation keeps no role or relay of its own (round 23, eval/GUIDELINES.md).
    Later paragraphs first, so that a quotation over three paragraphs reaches back."""
    text = layout.text
    out: list[Found] = []
    quotes = [f for f in found if f.kind == "quote" and f.source]
    for orphan in sorted(open_quotes, key=lambda f: f.start, reverse=True):
        if orphan.source:
            continue
        _, end = layout.paragraph_of(orphan.start)
        following = next((p for p in layout.paragraphs if p[0] >= end), None)
        if following is None:
            continue
        first = _first_char(text, *following)
        closing = [q for q in (*quotes, *out) if first is not None and q.start == first]
        if closing:
            orphan.source = closing[0].source
            out.append(orphan)
    return out


def inside(spans: Sequence[Found], span: Span) -> bool:
    return any(f.start <= span[0] and span[1] <= f.end for f in spans)


def _first_char(text: str, start: int, end: int) -> int | None:
    stripped = len(text[start:end]) - len(text[start:end].lstrip())
    at = start + stripped
    return at if at < end else None
