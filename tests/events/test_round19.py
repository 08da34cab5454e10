"""Round 19's happenings families, each test written from the family's description before
its rule, through the real pipeline on invented articles."""

from __future__ import annotations

import pytest

from .conftest import events_of


def _events(text: str, language: str, published: str = "2026-10-28") -> list:
    return events_of(text, language, published)


# Taken to the police ("доставлены в отдел полиции", "увезли в отдел", "were taken to a
# police station", "held him on suspicion") is an arrest: the detention outcome of the pack,
# not a detention of no outcome, which the linker counts as a rival of every outcome (a
# court's expulsion order the same day would have no report alone of its kind: dev13).
TAKEN: list[tuple[str, str]] = [
    ("ru", "Двадцать три иностранца доставлены в отдел полиции для разбирательства."),
    ("ru", "Всех посадили в автобус и увезли в отдел."),
    ("ru", "Рабочего забрали в полицию прямо со смены."),
    ("en", "About 23 people were taken to a police station after the raid."),
    ("en", "Police held him on suspicion of recruiting mercenaries."),
]  # fmt: skip


@pytest.mark.slow
@pytest.mark.parametrize("n", range(len(TAKEN)))
def test_taken_to_the_police_is_an_arrest(n: int) -> None:
    language, text = TAKEN[n]
    events = _events(text, language)
    assert [(e.type, e.outcome) for e in events] == [("detention", "detain/VERB")]


# A date in a clause that a trailing attribution follows ("Сотрудники ... во вторник провели
# рейд в общежитии ..., сообщили агентству в пресс-службе УМВД", dev13's wire) is the
# clause's, even where the parser hangs it on the attribution's verb after the comma: the
# raid happened on Tuesday, and a raid left undated does not go with the summonses served
# in it. A date after the attribution's verb stays the report's.
TRAILING: list[tuple[str, str, str]] = [
    ("ru", "Сотрудники военного следственного отдела и полиции во вторник провели рейд в "
     "общежитии комбината в Конакове, сообщили агентству в пресс-службе УМВД.", "2026-10-27"),
]  # fmt: skip


@pytest.mark.slow
@pytest.mark.parametrize("n", range(len(TRAILING)))
def test_a_date_before_a_trailing_attribution_is_the_clauses(n: int) -> None:
    language, text, value = TRAILING[n]
    events = _events(text, language)
    assert [(e.type, e.date) for e in events] == [("coercion", value)]
