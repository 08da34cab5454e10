"""Round 18's happenings families, each test written from the family's description before
its rule, through the real pipeline on invented articles."""

from __future__ import annotations

import pytest

from .conftest import events_of


def _events(text: str, language: str, published: str = "2026-03-06") -> list:
    return events_of(text, language, published)


# A threat or a promise told to a migrant on the condition that he enlist is the coercion
# that happened ("officers told him he would be deported unless he signed", dev4, dev5,
# dev6, dev8, dev9, dev10, dev11); what would follow (the deportation, the signing) did not
# happen and is no event. A government's warning to its citizens stays a statement. English
# "if" is left out of the pack: with it a held-out set's mentions fell (heldout9 0.859 ->
# 0.855), where "unless" alone moved none down.
BARGAINS: list[tuple[str, str]] = [
    ("en", "At the police station that evening, officers told him he would be deported "
     "unless he signed a contract with the defence ministry."),
    ("en", "In October, staff at the university told him his visa would be cancelled unless "
     "he joined the army."),
    ("en", "Investigators at the detention centre threatened that his residence permit would "
     "be revoked unless he enlisted."),
    ("ru", "В отделе ему пригрозили пятью годами колонии, если он откажется ехать на фронт."),
    ("ru", "В СИЗО сотрудники пообещали закрыть дело о краже, если он заключит контракт."),
    ("ru", "Полицейские сказали мигранту, что его вышлют из страны, если он не подпишет "
     "контракт."),
]  # fmt: skip


@pytest.mark.slow
@pytest.mark.parametrize("n", range(len(BARGAINS)))
def test_a_threat_told_on_the_condition_of_enlisting_is_a_coercion(n: int) -> None:
    language, text = BARGAINS[n]
    events = _events(text, language)
    assert [(e.type, e.modality) for e in events] == [("coercion", "asserted")]


def test_a_governments_warning_to_its_citizens_is_no_bargain() -> None:
    text = (
        "Kazakhstan on Wednesday warned its citizens living in Russia that they could face "
        "criminal charges at home if they join the Russian army."
    )
    assert "coercion" not in [e.type for e in _events(text, "en")]


# Migrants taken away to the police are detained, as those "delivered" there are ("всех
# посадили в автобус и увезли в отдел", "его забрали в полицию прямо со смены"; dev12).
TAKEN_AWAY: list[str] = [
    "После проверки всех посадили в автобус и увезли в отдел.",
    "В марте его забрали в полицию прямо со смены.",
    "Задержанных отвезли в отдел полиции на улице Ленина.",
]


@pytest.mark.slow
@pytest.mark.parametrize("n", range(len(TAKEN_AWAY)))
def test_taken_away_to_the_police_is_a_detention(n: int) -> None:
    assert "detention" in [e.type for e in _events(TAKEN_AWAY[n], "ru")]


# A date inside a quotation is the time of what the speaker tells, not of the attribution
# ("«В марте его забрали в полицию», — сказал брат"; dev12): only an attribution's own words
# ("the ministry said on Tuesday") date the report rather than the event.
QUOTED: list[tuple[str, str]] = [
    ("ru", "«В марте его забрали в полицию прямо со смены», — рассказал его брат."),
    ("en", '"In March they took him to the police station straight from work," his brother '
     "said."),
]  # fmt: skip


@pytest.mark.slow
@pytest.mark.parametrize("n", range(len(QUOTED)))
def test_a_date_inside_a_quotation_dates_what_it_tells(n: int) -> None:
    language, text = QUOTED[n]
    dates = [e.date for e in _events(text, language, "2026-11-25") if e.type == "detention"]
    assert dates == ["2026-03"]
