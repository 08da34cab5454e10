"""Quotations over several paragraphs: a paragraph that opens with a quotation mark and is
left open, followed by a paragraph that opens with the same mark, is quoted whole (the
typographic convention of English and Russian copy: the mark reopens each paragraph, and
only the last one closes). The speaker is the one of the paragraph before
(:func:`dossier.cite.quotes.continue_speakers`), as for a quotation standing alone.
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


def inside(spans: Sequence[Found], span: Span) -> bool:
    return any(f.start <= span[0] and span[1] <= f.end for f in spans)


def _first_char(text: str, start: int, end: int) -> int | None:
    stripped = len(text[start:end]) - len(text[start:end].lstrip())
    at = start + stripped
    return at if at < end else None
