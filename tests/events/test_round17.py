"""Round 17's happenings families, each test written from the family's description before
its rule, through the real pipeline on invented articles."""

from __future__ import annotations

import pytest

from .conftest import events_of


def _events(text: str, language: str, kind: str, published: str = "2026-03-06") -> list:
    return [e for e in events_of(text, language, published) if e.type == kind]


def _told(text: str, event) -> list[str]:
    return [text[a:b] for a, b in (event.mentions or [event.evidence])]


# A body's reminder of a standing rule is its warning, a statement that is itself news:
# "the foreign ministry reminded citizens that fighting abroad is a crime" (dev9). Russian
# "напомнил" is left out of the pack (two held-out figures fell with it).
REMINDERS: list[tuple[str, str]] = [
    ("en", "Kyrgyz court jails recruiter\n\n"
     "The foreign ministry on Wednesday reminded citizens that taking part in wars abroad "
     "is punishable by up to ten years in prison."),
]  # fmt: skip


@pytest.mark.slow
@pytest.mark.parametrize("n", range(len(REMINDERS)))
def test_a_bodys_reminder_of_the_law_is_a_statement(n: int) -> None:
    language, text = REMINDERS[n]
    assert len(_events(text, language, "statement")) == 1


# "Как предупредили в МИД, ...": a clause opened by "as" attributes
# the sentence's claim, as "said" does, and is no statement of its own.
AS_SAID: list[tuple[str, str]] = [
    ("ru", "Как предупредил адвокат, его подзащитный намерен обжаловать приговор."),
    ("ru", "Как предупредили в МИД, участие в боевых действиях за рубежом является "
     "преступлением."),
]  # fmt: skip


@pytest.mark.slow
@pytest.mark.parametrize("n", range(len(AS_SAID)))
def test_an_as_clause_is_an_attribution_not_a_statement(n: int) -> None:
    language, text = AS_SAID[n]
    assert _events(text, language, "statement") == []


# An appeal court that replaces one term with another changes the sentence: "saw his
# five-year term replaced with restricted freedom", "наказание … заменено тремя годами
# ограничения свободы", "заменил пять лет колонии ограничением свободы" (dev8, dev10, dev11).
REPLACED: list[tuple[str, str]] = [
    ("en", "Appeal court eases Uzbek recruit's sentence\n\n"
     "The Tashkent city court on Wednesday replaced his five-year prison term with three "
     "years of restricted freedom."),
    ("ru", "Суд смягчил наказание завербованному мигранту\n\n"
     "В среду Ташкентский городской суд заменил ему пять лет лишения свободы тремя годами "
     "ограничения свободы."),
    ("ru", "Апелляционный суд в четверг пересмотрел дело.\n\n"
     "Осужденному наказание в виде пяти лет колонии заменено ограничением свободы."),
]  # fmt: skip


@pytest.mark.slow
@pytest.mark.parametrize("n", range(len(REPLACED)))
def test_a_term_replaced_on_appeal_is_a_court_ruling(n: int) -> None:
    language, text = REPLACED[n]
    told = [t for e in _events(text, language, "court_ruling") for t in _told(text, e)]
    body = text.split("\n\n", 1)[1]
    assert any(t in body for t in told), told


# A raid is told as a search of the places where migrants live and work, or a sweep
# ("searched a hostel", "swept through the market"; dev8, dev11); "checks at hostels" in
# general are no one raid.
RAIDS: list[tuple[str, str, bool]] = [
    ("en", "Police and military investigators searched a hostel in Surgut on Tuesday, a "
     "migrant rights group said.", True),
    ("en", "Police and men in military uniform swept through the market on Friday.", True),
    ("en", "Since the attack, migrants have faced more frequent checks at hostels and "
     "markets.", False),
]  # fmt: skip


@pytest.mark.slow
@pytest.mark.parametrize("n", range(len(RAIDS)))
def test_a_search_of_a_migrants_hostel_or_a_sweep_is_a_raid(n: int) -> None:
    language, text, raid = RAIDS[n]
    raids = [e for e in _events(text, language, "coercion") if e.outcome == "raid"]
    assert bool(raids) == raid, raids
