"""A Russian ministry's compound short name joined to the ministry named in full.

Russian news shortens a ministry to "Мин" and the first letters of its field ("Минтруда",
"Минюста", "Минфина", "Минздрава"), often with its country in the genitive ("Минтруда
Казахстана"), and writes the same ministry out elsewhere in the story ("Министерство труда и
социальной защиты населения Республики Казахстан"). The short name is a mention of the one
ministry written out whose field opens with the same letters and whose country, where both
name one, is the same (round 22, families_dev17). A ministry the pack's aliases know
("Минобороны") is theirs already.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Protocol, TypeVar

# "Минтруда", "Минюста": the compound's field, after "Мин" (not "Министерство" itself)
_COMPOUND = re.compile(r"^Мин(?!истерств)(?P<field>[а-яё]{3,})$")
_FULL = re.compile(r"^[Мм]инистерств[а-яё]*$")
# the letters of a field or a country two names must share
_PREFIX = 3
_COUNTRY_PREFIX = 5


class _Span(Protocol):
    @property
    def surface(self) -> str: ...


class _Clustered(Protocol):
    @property
    def spans(self) -> Sequence[_Span]: ...

    @property
    def alias(self) -> object: ...

    @property
    def outlet(self) -> object: ...


C = TypeVar("C", bound=_Clustered)


def join_ministry_compounds(clusters: list[C]) -> list[C]:
    """``clusters`` with each compound short name's cluster joined to the one ministry written
    out that it names; with none or two, it stays apart."""
    absorbed: set[int] = set()
    for short in clusters:
        if short.alias or short.outlet:
            continue
        shapes = {_compound(span.surface) for span in short.spans}
        if len(shapes) != 1 or None in shapes:
            continue
        field, country = next(iter(shapes))  # type: ignore[misc]
        targets = [
            other
            for other in clusters
            if other is not short
            and id(other) not in absorbed
            and any(_names_it(span.surface, field, country) for span in other.spans)
        ]
        if len(targets) == 1:
            targets[0].spans.extend(short.spans)  # type: ignore[attr-defined]
            absorbed.add(id(short))
    return [c for c in clusters if id(c) not in absorbed]


def _compound(surface: str) -> tuple[str, str] | None:
    """(the field's first letters, the country's) of a compound short name, or None."""
    words = surface.split()
    found = _COMPOUND.match(words[0]) if words else None
    if found is None or len(words) > 3:
        return None
    country = words[-1][:_COUNTRY_PREFIX].lower() if len(words) > 1 else ""
    return found.group("field")[:_PREFIX].lower(), country


def _names_it(surface: str, field: str, country: str) -> bool:
    """A ministry written out whose field opens with ``field`` and that names ``country``
    (any, when the short name names none)."""
    words = surface.split()
    if len(words) < 2 or not _FULL.match(words[0]):
        return False
    if not words[1].lower().startswith(field):
        return False
    return not country or any(w.lower().startswith(country) for w in words[2:])
