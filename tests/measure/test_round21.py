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


# --- An adjective standing for the noun before a dash shares the quantity's unit: "Средний срок —
# 5 лет, максимальный — 10" --------------------------------------------------------------------


def test_russian_adjective_clause_after_a_dash_shares_the_unit() -> None:
    (_, q) = _all("Обычный штраф — 5 тыс. рублей, повышенный — 20 тыс.", "ru")
    assert q.unit == "RUB"
    (_, q) = _all("Минимальный срок — 3 года, максимальный — 8.", "ru")
    assert q.unit == "year"
