"""Numbered penal facilities: a colony, a pretrial detention centre or a prison by its number.

The prison service's short form and the name written out are one body: "IK-9" is "Penal
Colony No. 9", "ИК-9" is "исправительная колония №9", "SIZO-1" is "pretrial detention centre
No. 1". A facility is known by its kind and its number (``facility_key``); the kinds' words
are data (``name_rules.yaml``, ``facility_kinds``).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache
from typing import Any, Protocol, TypeVar

from dossier.resolve.name_data import name_rules

# the number after "No.", "#", "№" or the short form's hyphen, ending the name or before its
# owner ("ИК-6 УФСИН России по Саратовской области")
_NUMBER = re.compile(r"(?:No\.|#|№|-)[ \u00a0]*(\d{1,3})(?![\d/])")
# a short form alone: the kind's letters and the number ("IK-9", "СИЗО-1")
_SHORT_FORM = re.compile(r"^[A-ZА-ЯЁ]{2,4}-\d{1,3}$")


class _Clustered(Protocol):
    spans: Any  # a list of spans with a surface


C = TypeVar("C", bound=_Clustered)


@lru_cache(maxsize=1)
def _kinds() -> tuple[tuple[str, tuple[str, ...]], ...]:
    data: Any = name_rules()
    return tuple(
        (str(kind), tuple(str(w).casefold() for w in words))
        for kind, words in data["facility_kinds"].items()
    )


def facility_key(surface: str) -> tuple[str, str] | None:
    """The kind and the number of a numbered penal facility's name, else None."""
    number = _NUMBER.search(surface)
    if number is None:
        return None
    words = re.findall(r"[^\W\d_]+", surface[: number.start()].casefold())
    for kind, starts in _kinds():
        if any(word.startswith(start) for word in words for start in starts):
            return kind, number.group(1)
    return None


def join_short_forms(clusters: list[C]) -> list[C]:
    """``clusters`` with each facility's short form alone ("IK-9", "ИК-9") joined to the one
    cluster of its kind and number whose name is written out ("Penal Colony No. 9"); with two
    such (colonies No. 9 of two regions), it stays apart."""
    absorbed: set[int] = set()
    for short in clusters:
        targets = [t for t in _short_form_targets(short, clusters) if id(t) not in absorbed]
        if len(targets) == 1:
            targets[0].spans.extend(short.spans)
            absorbed.add(id(short))
    return [c for c in clusters if id(c) not in absorbed]


def _short_form_targets(short: _Clustered, others: Sequence[C]) -> list[C]:
    """The clusters a short form alone names in full: those of its kind and number with a
    longer name."""
    surfaces = {span.surface for span in short.spans}
    if not surfaces or not all(_SHORT_FORM.match(s) for s in surfaces):
        return []
    keys = {facility_key(s) for s in surfaces}
    if len(keys) != 1 or None in keys:
        return []
    return [
        other
        for other in others
        if other is not short
        and any(
            not _SHORT_FORM.match(span.surface) and facility_key(span.surface) in keys
            for span in other.spans
        )
    ]
