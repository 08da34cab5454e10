"""Round 18: numbers as real outlets write them (eval/GUIDELINES.md "## Quantities", round 18).

Each test is a family of errors seen on english_quant_dev3 / russian_quant_dev3, written in new
words so that no rule is keyed to the sets' text.
"""

from __future__ import annotations

import pytest

from dossier.measure import find_quantities
from dossier.models import Quantity


def _all(text: str, language: str = "en") -> list[Quantity]:
    found = find_quantities(text, language)
    for q in found:
        assert text[q.start : q.end] == q.text
    return found


def _values(text: str, language: str = "en") -> list[float | None]:
    return [q.value for q in _all(text, language)]


@pytest.mark.parametrize(
    ("text", "language", "values"),
    [
        ("HIV incidence rose to 23 cases per 100,000 residents in 2023.", "en", [23]),
        ("The region has 7.1 doctors per 1,000 people and 41 beds per 10,000.", "en", [7.1, 41]),
        ("Смертность составила 12 случаев на 100 тыс. жителей.", "ru", [12]),
        ("Заболеваемость — 54 случая на 100 тысяч населения, в 2020-м было 61.", "ru", [54, 61]),
        ("На каждые 1000 новорождённых приходится 9 смертей.", "ru", [9]),
    ],
)
def test_the_base_of_a_rate_is_no_quantity(text: str, language: str, values: list[float]) -> None:
    assert _values(text, language) == values


@pytest.mark.parametrize(
    ("text", "value", "counted"),
    [
        ("За неделю границу пересекли 3 тыс. 412 человек.", 3412, "человек"),
        ("Всего эвакуировано 45 тыс. 800 жителей.", 45800, "жителей"),
        ("С начала года вернулись 1 тысяча 205 мигрантов.", 1205, "мигрантов"),
        ("Выдано 2 тысячи 16 патентов.", 2016, "патентов"),
    ],
)
def test_thousands_written_before_the_rest_are_one_number(
    text: str, value: float, counted: str
) -> None:
    (q,) = _all(text, "ru")
    assert (q.value, q.counted) == (value, counted)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("В Курской области развернута 50-тысячная группировка.", 50000),
        ("На площадь вышел 5-тысячный митинг.", 5000),
        ("Город с 300-тысячным населением остался без воды.", 300000),
        ("Это 2-миллионный город.", 2000000),
    ],
)
def test_a_russian_compound_of_thousands_counts(text: str, value: float) -> None:
    (q,) = _all(text, "ru")
    assert q.value == value


@pytest.mark.parametrize(
    "text",
    [
        "Две трети опрошенных не собираются возвращаться.",
        "Три четверти выплат так и не поступили.",
        "Почти две пятых бюджета ушло на оборону.",
    ],
)
def test_a_russian_fraction_in_words_is_no_quantity(text: str) -> None:
    assert _all(text, "ru") == []


@pytest.mark.parametrize(
    ("text", "language", "per"),
    [
        ("The clinic sees about 60 patients a day.", "en", "day"),
        ("Its three volunteers answer 200 calls a week.", "en", "week"),
        ("Через пункт проходят до 300 грузовиков в сутки.", "ru", "day"),
        ("Волонтеры принимают около 25 обращений в неделю.", "ru", "week"),
    ],
)
def test_a_period_after_a_counted_noun_is_the_counts_rate(
    text: str, language: str, per: str
) -> None:
    q = [q for q in _all(text, language) if q.counted][-1]
    assert q.per == per


def test_a_period_of_time_after_a_count_is_no_rate() -> None:
    (q,) = _all("Police questioned 40 people a week earlier.")
    assert q.per is None


@pytest.mark.parametrize(
    ("text", "approx"),
    [
        ("Agents charged as much as $12,000 a person.", "at_most"),
        ("Perhaps 500 men from the district have gone.", "about"),
        ("Officials put the figure at maybe 2,000.", "about"),
    ],
)
def test_more_qualifiers(text: str, approx: str) -> None:
    assert _all(text)[0].approx == approx


@pytest.mark.parametrize(
    ("text", "counted"),
    [
        ("Kyiv said 90 prisoners of war had been returned.", "prisoners of war"),
        ("At least 30 members of parliament signed the letter.", "members of parliament"),
        ("Some 12 workers of the plant were injured.", "workers"),
    ],
)
def test_a_counted_noun_keeps_a_bare_of_complement(text: str, counted: str) -> None:
    (q,) = _all(text)
    assert q.counted == counted


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The state raised the allowance for the families of the dead from $4,000 to $9,000.",
            [(4000, None), (9000, None)],
        ),
        (
            "The bank cut its forecast for growth this year from 4.1% to 3.2%.",
            [(4.1, None), (3.2, None)],
        ),
        ("Applicants must be from 20 to 35 years old.", [(20, 35)]),
    ],
)
def test_a_change_keeps_its_two_values_past_a_long_object(
    text: str, expected: list[tuple[float, float | None]]
) -> None:
    assert [(q.value, q.value_max) for q in _all(text)] == expected
