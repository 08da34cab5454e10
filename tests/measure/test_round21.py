"""Round 21: numbers as real outlets write them (eval/GUIDELINES.md "## Quantities").

Each test is a family of errors seen on english_quant_dev6 / russian_quant_dev6 or found probing
new phrasing after they were scored, written in new words so that no rule is keyed to the sets'
text.
"""

from __future__ import annotations

import pytest

from .found import quantities as _all
from .found import values as _values

# --- Russian collective numerals in every case count people: "восьмерых", "девятерым",
# "десятерых", "с пятерыми" ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Полиция задержала восьмерых мигрантов.", 8),
        ("Девятерым гражданам вручили повестки.", 9),
        ("Семьи десятерых мужчин обратились в МИД.", 10),
        ("Он снимал комнату вместе с пятерыми земляками.", 5),
        ("Двоим задержанным предъявили обвинение.", 2),
    ],
)
def test_russian_collective_numerals_in_every_case(text: str, value: float) -> None:
    assert _values(text, "ru") == [value]


# --- "N times" before "what", "as", "more", "higher" is a multiplier, no quantity; a count of
# times stays a count ---------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Recruits were paid three times what they earned at home.",
        "Prices rose four times as fast as wages.",
        "The fine is five times higher than last year's.",
    ],
)
def test_times_before_a_comparison_is_a_multiplier(text: str) -> None:
    assert _values(text) == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The video was viewed 40,000 times.", 40000),
        ("He was detained three times last year.", 3),
    ],
)
def test_a_count_of_times_stays_a_count(text: str, value: float) -> None:
    assert value in _values(text)


# --- Russian "до" after a noun of change ("замедления инфляции до 5–6%", "снижение ставки до
# 12%") is the new value, no ceiling; an approximation before it is kept ("ослаб примерно до 95
# рублей") ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "approx"),
    [
        ("ЦБ ожидает замедления инфляции до 5–6% в следующем году.", None),
        ("Аналитики прогнозируют снижение ставки до 12%.", None),
        ("Рубль ослаб примерно до 95 рублей за доллар.", "about"),
        ("Штраф составит до 500 тыс. рублей.", "at_most"),
    ],
)
def test_russian_do_after_a_change_is_the_new_value(text: str, approx: str | None) -> None:
    (q,) = _all(text, "ru")
    assert q.approx == approx


# --- A rate "per dollar", "за доллар" with no currency of its own takes the currency its sentence
# names: "The tenge weakened to about 490 per dollar" ---------------------------------------


@pytest.mark.parametrize(
    ("text", "language", "unit"),
    [
        ("The tenge has weakened since June, to about 490 per dollar.", "en", "KZT"),
        ("The som firmed to 87.5 per dollar on Monday.", "en", "KGS"),
        ("Сом укрепился до 87,5 за доллар.", "ru", "KGS"),
    ],
)
def test_a_rate_per_dollar_takes_its_sentences_currency(
    text: str, language: str, unit: str
) -> None:
    (q,) = [q for q in _all(text, language) if q.value in (490, 87.5)]
    assert q.unit == unit


# --- A wage's period carries to the next sentence when its subject points back ("The average
# monthly wage was X. In Almaty it was Y"), and a bare amount after "of which" takes the unit and
# period of the amount it is part of --------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "language", "value"),
    [
        ("The average monthly wage rose to 398,000 tenge. In Almaty it was 486,000 tenge.", "en",
         486000),
        ("Среднемесячная зарплата составила 398 тыс. тенге. В Алматы она достигла 486 тыс. тенге.",
         "ru", 486000),
    ],
)  # fmt: skip
def test_a_wages_period_carries_to_a_pronoun_in_the_next_sentence(
    text: str, language: str, value: float
) -> None:
    (q,) = [q for q in _all(text, language) if q.value == value]
    assert q.per == "month"


def test_the_next_sentence_with_its_own_subject_keeps_no_period() -> None:
    text = "The average monthly wage rose to 398,000 tenge. The bank lent 486,000 tenge."
    (q,) = [q for q in _all(text) if q.value == 486000]
    assert q.per is None


def test_a_bare_amount_after_of_which_takes_the_whole_amounts_unit_and_period() -> None:
    text = "A cook earns 90,000 roubles a month, of which he sends home 40,000."
    (q,) = [q for q in _all(text) if q.value == 40000]
    assert (q.unit, q.per) == ("RUB", "month")


# --- A Russian average's period compound ("среднемесячная зарплата", "среднегодовой доход") gives
# money its period, as "месячная" does -----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "per"),
    [
        ("Среднемесячная зарплата составила 398 тыс. тенге.", "month"),
        ("Среднегодовой доход семьи составил 2 млн рублей.", "year"),
    ],
)
def test_russian_average_period_compounds(text: str, per: str) -> None:
    (q,) = _all(text, "ru")
    assert q.per == per


# --- "from" before a rate of money with no upper bound is its floor, as "от" is ("promise recruits
# from 190,000 roubles a month"); not the old value of a change --------------------------------


def test_from_before_a_rate_of_money_is_a_floor() -> None:
    (q,) = [q for q in _all("Ads promise drivers from 120,000 roubles a month.") if q.value]
    assert q.approx == "at_least"


def test_from_after_a_change_is_the_old_value() -> None:
    text = "Pay rose to 250,000 roubles a month from 190,000 roubles a month."
    (q,) = [q for q in _all(text) if q.value == 190000]
    assert q.approx is None


# --- An adjective standing for the noun before a dash shares the quantity's unit: "Средний срок —
# 5 лет, максимальный — 10" --------------------------------------------------------------------


def test_russian_adjective_clause_after_a_dash_shares_the_unit() -> None:
    (_, q) = _all("Обычный штраф — 5 тыс. рублей, повышенный — 20 тыс.", "ru")
    assert q.unit == "RUB"
    (_, q) = _all("Минимальный срок — 3 года, максимальный — 8.", "ru")
    assert q.unit == "year"


def test_a_wages_period_passes_over_a_share_and_reaches_the_money_told_after_it() -> None:
    text = (
        "The average monthly wage reached 398,000 tenge, up 12.4%. In Almaty it was 486,000 tenge, "
        "in the Turkistan region 263,000."
    )
    assert [q.per for q in _all(text) if q.value in (486000, 263000)] == ["month", "month"]
