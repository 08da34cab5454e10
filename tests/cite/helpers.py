"""Hand-made timexes for tests that must not depend on the temporal stage."""

from __future__ import annotations

from dossier.models import Timex


def timex(text: str, phrase: str, value: str, occurrence: int = 0) -> Timex:
    start = -1
    for _ in range(occurrence + 1):
        start = text.index(phrase, start + 1)
    return Timex(start, start + len(phrase), phrase, "DATE", value)


def span_text(text: str, span: tuple[int, int]) -> str:
    return text[span[0] : span[1]]
