"""Round 23: numbers as real outlets write them (eval/GUIDELINES.md "## Quantities").

Each test is a family of errors seen on english_quant_dev8 / russian_quant_dev8 or found probing
new phrasing after they were scored, written in new words so that no rule is keyed to the sets'
text.
"""

from __future__ import annotations

import pytest

from .found import quantities as _all

# --- an age set off after a name shortened to an initial ("Farrukh S., 31,"), as after a full
# name: privacy-minded outlets write a migrant's surname so ---------------------------------


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Farrukh S., 31, went to Russia to work on building sites.", 31),
        ("Police said Rustam K., 45, had recruited at least ten men.", 45),
        ("Его брат Бахтиёр М., 29, тоже уехал в Россию.", 29),
    ],
)
def test_age_after_a_name_with_an_initial(text: str, value: float) -> None:
    found = _all(text, "ru" if "брат" in text else "en")
    assert (found[0].value, found[0].unit) == (value, "year")


def test_a_number_after_an_abbreviation_stays_a_count() -> None:
    # "Inc., 45 ..." is no person: a company's name is not set off before an age
    found = _all("The deal was signed by Acme Inc., 45 percent of which it owns.", "en")
    assert [(q.value, q.unit) for q in found] == [(45, "percent")]


# --- "из" and the origin after a noun of people ("граждан из стран ближнего зарубежья",
# "человек из бывших союзных республик") belongs to what is counted, as after "выходцев" -----


@pytest.mark.parametrize(
    ("text", "counted"),
    [
        ("Задержаны 240 граждан из стран Центральной Азии.", "граждан из стран Центральной Азии"),
        ("Проверили 900 человек из бывших союзных республик.",
         "человек из бывших союзных республик"),
        ("На стройке работали 35 мигрантов из Узбекистана.", "мигрантов из Узбекистана"),
    ],
)  # fmt: skip
def test_russian_origin_after_a_noun_of_people(text: str, counted: str) -> None:
    assert [q.counted for q in _all(text, "ru")] == [counted]


@pytest.mark.parametrize(
    ("text", "counted"),
    [
        ("Выдворены 12 человек из 40 задержанных.", "человек"),
        ("Пять человек из них получили повестки.", "человек"),
        ("Проверено 300 человек из числа задержанных.", "человек"),
    ],
)  # fmt: skip
def test_russian_part_of_a_whole_is_no_origin(text: str, counted: str) -> None:
    assert _all(text, "ru")[0].counted == counted


# --- a half joined by hyphens ("two-and-a-half years", "a seven-and-a-half-year sentence") is
# the number and a half, as "two and a half years" is ---------------------------------------


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("He served two-and-a-half years in prison.", 2.5, "year"),
        ("The man received a seven-and-a-half-year sentence.", 7.5, "year"),
        ("Talks lasted one-and-a-half hours.", 1.5, "hour"),
    ],
)
def test_hyphenated_half(text: str, value: float, unit: str) -> None:
    assert [(q.value, q.unit) for q in _all(text, "en")] == [(value, unit)]


# --- a bare number added to money before it ("400,000 rubles plus 50,000 from the region", "и
# ещё 100 тыс. от региона") is more of the same money, whatever follows it in its clause -----


@pytest.mark.parametrize(
    ("text", "language", "value", "unit"),
    [
        ("Each recruit gets 400,000 rubles plus 50,000 from the region.", "en", 50000, "RUB"),
        ("A bonus of 195,000 roubles and another 100,000 from the governor was promised.", "en",
         100000, "RUB"),
        ("Контрактникам платят 400 тыс. рублей и ещё 100 тыс. из бюджета области.", "ru", 100000,
         "RUB"),
    ],
)  # fmt: skip
def test_addend_takes_the_currency(text: str, language: str, value: float, unit: str) -> None:
    found = _all(text, language)
    assert (found[-1].value, found[-1].unit) == (value, unit)


def test_a_count_after_money_stays_a_count() -> None:
    found = _all("He was paid 400,000 rubles, plus 5 others were paid less.", "en")
    assert found[-1].unit is None
