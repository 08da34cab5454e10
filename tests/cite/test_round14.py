"""Round 14's sources families (english_dev7, russian_dev8: issue 10's families as real
reporting shows them), each test written from the family's description before its fix, in
sentences of our own.

Mentions are given by hand, as the analyze stage would give them, so these tests do not
depend on a model.
"""

from __future__ import annotations

import pytest

from dossier.cite import OutletRegistry

from .test_families import _cites

# -- a time between a Russian impersonal verb and the body it names ----------------------


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Суд арестовал двоих вербовщиков, сообщили в среду в пресс-службе суда.",
         "пресс-служба суда"),
        ("Задержанных уже отпустили, рассказали накануне в посольстве Таджикистана.",
         "посольство Таджикистана"),
        ("Проверка продолжается, уточнили во вторник в региональном управлении СК.",
         "региональное управление СК"),
    ],
)  # fmt: skip
def test_a_time_after_an_impersonal_verb_leaves_its_body_the_source(
    registry: OutletRegistry, text: str, source: str
) -> None:
    cites = _cites(text, registry, "ru")
    assert [(c.kind, c.source) for c in cites] == [("reported", source)]
