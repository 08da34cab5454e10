"""The quantities of a text, each checked to quote its own span: the round test files share it."""

from __future__ import annotations

from dossier.measure import find_quantities
from dossier.models import Quantity


def quantities(text: str, language: str = "en") -> list[Quantity]:
    found = find_quantities(text, language)
    for q in found:
        assert text[q.start : q.end] == q.text
    return found


def values(text: str, language: str = "en") -> list[float | None]:
    return [q.value for q in quantities(text, language)]
