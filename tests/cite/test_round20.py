"""Round 20's sources families (english_dev13, russian_dev14: forms real Russian-language
reporting uses that the older sets lack), each test written from the family's description
before its fix, in sentences of our own.

Mentions are given by hand, as the analyze stage would give them, so these tests do not
depend on a model.
"""

from __future__ import annotations

import pytest

from dossier.cite import OutletRegistry

from .test_families import _cites

# -- "Со слов X", "С его слов" are "по словам X": X's according_to, X in the nominative -------


@pytest.mark.parametrize(
    ("text", "tagged", "source"),
    [
        ("Со слов его сестры Айгуль, брат уехал в Москву на стройку, а в августе позвонил и "
         "сказал, что подписал контракт.", [("Айгуль", "PER")], "сестра Айгуль"),
        ("Со слов очевидцев, людей выводили из павильонов и сажали в автобусы.", [],
         "очевидцы"),
        ("Со слов адвоката Ивана Ершова, задержанных избили в отделе.",
         [("Ивана Ершова", "PER")], "адвокат Иван Ершов"),
    ],
)  # fmt: skip
def test_words_taken_from_someone_are_his(
    registry: OutletRegistry, text: str, tagged: list[tuple[str, str]], source: str
) -> None:
    cites = _cites(text, registry, "ru", tagged)
    assert [c.kind for c in cites] == ["according_to"], cites
    # "его сестра Айгуль", as "по словам его сестры" gives, names her too
    assert cites[0].source.endswith(source), cites


def test_words_taken_from_him_are_the_man_named_before(registry: OutletRegistry) -> None:
    text = "Эрлан Исаков вернулся домой в мае. С его слов, из отряда вернулись только трое."
    cites = _cites(text, registry, "ru", [("Эрлан Исаков", "PER")])
    assert ("according_to", "Эрлан Исаков") in [(c.kind, c.source) for c in cites], cites
