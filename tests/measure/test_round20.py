"""Round 20: numbers as real outlets write them (eval/GUIDELINES.md "## Quantities", round 20).

Each test is a family of errors seen on english_quant_dev5 / russian_quant_dev5 or found probing
new phrasing after they were scored, written in new words so that no rule is keyed to the sets'
text.
"""

from __future__ import annotations

import pytest

from .found import quantities as _all
from .found import values as _values


@pytest.mark.parametrize(
    ("text", "counted"),
    [
        ("The post drew 40K likes within a day.", "likes"),
        ("Some 300 workers through the gate were checked.", "workers"),
        ("About 60 families until recently lived there.", "families"),
    ],
)
def test_a_preposition_ends_a_counted_phrase(text: str, counted: str) -> None:
    (q,) = _all(text)
    assert q.counted == counted
    assert q.per is None


@pytest.mark.parametrize(
    ("text", "counted"),
    [
        ("Nearly 900 nationals of Kyrgyzstan were deported.", "nationals of Kyrgyzstan"),
        ("Police questioned 45 residents of Khimki on Friday.", "residents of Khimki"),
    ],
)
def test_of_before_a_capitalised_place_belongs_to_the_counted_noun(text: str, counted: str) -> None:
    (q,) = _all(text)
    assert q.counted == counted


@pytest.mark.parametrize(
    "text",
    [
        "The shelling stopped at 0630 GMT, the ministry said.",
        "Flights resumed by 2200 UTC on Sunday.",
        "Trading closed at 1745 local time.",
    ],
)
def test_a_time_of_day_before_a_time_zone_is_no_quantity(text: str) -> None:
    assert _values(text) == []


@pytest.mark.parametrize(
    ("text", "language", "unit"),
    [
        ("The bonus is now 2.5 million roubles, up from 1.2 million last year.", "en", "RUB"),
        ("Fees reached $310 per head, down from 270 before the war.", "en", "USD"),
        ("Выплата составила 2,5 млн рублей против 1,2 млн годом ранее.", "ru", "RUB"),
    ],
)
def test_an_earlier_value_after_up_or_down_from_takes_the_currency(
    text: str, language: str, unit: str
) -> None:
    found = _all(text, language)
    assert [q.unit for q in found] == [unit, unit]


@pytest.mark.parametrize(
    ("text", "pers"),
    [
        (
            "Средняя месячная зарплата в Кыргызстане во втором квартале составила 41 тыс. сомов.",
            ["month"],
        ),
        (
            "The average monthly wage across Uzbekistan's northern provinces stood at 6.2 million "
            "soums last year.",
            ["month"],
        ),
        (
            "Ежемесячная выплата участникам программы переселения составит 15 тыс. рублей "
            "(около 170 долларов).",
            ["month", "month"],
        ),
    ],
)
def test_a_period_adjective_of_a_wage_noun_reaches_across_its_sentence(
    text: str, pers: list[str]
) -> None:
    language = "en" if text.isascii() else "ru"
    assert [q.per for q in _all(text, language)] == pers


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Аренда койки стоит 6 тыс. рублей в месяц, или около 70 долларов.", "ru"),
        ("A bed costs 1,500 somoni a month, or about $140, in Dushanbe.", "en"),
    ],
)
def test_a_conversion_after_or_takes_the_period(text: str, language: str) -> None:
    assert [q.per for q in _all(text, language)] == ["month", "month"]


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("Квота для мигрантов удвоена — до 60 тыс. человек.", [60000]),
        ("Штраф утроили, до 45 тыс. рублей.", [45000]),
        ("Число заявок выросло на четверть — с 12 тыс. до 15 тыс.", [12000, 15000]),
        ("Экспорт сократился почти вдвое — с 800 до 420 тонн.", [800, 420]),
    ],
)
def test_a_new_value_after_a_change_told_with_a_multiplier_or_a_share(
    text: str, values: list[float]
) -> None:
    found = _all(text, "ru")
    assert [q.value for q in found] == values
    assert found[-1].approx is None
    assert found[-1].value_max is None


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("На митинг пришли пара десятков пенсионеров.", 20),
        ("В списке оказалось пару сотен фамилий.", 200),
    ],
)
def test_a_couple_of_tens_or_hundreds_is_about(text: str, value: float) -> None:
    (q,) = _all(text, "ru")
    assert (q.value, q.approx) == (value, "about")


@pytest.mark.parametrize(
    "text",
    [
        "Most of the men recruited in the village were under 30.",
        "Most of the victims were over 60, the hospital said.",
    ],
)
def test_under_or_over_a_number_after_a_verb_of_being_is_an_age(text: str) -> None:
    (q,) = _all(text)
    assert q.unit == "year"


def test_under_or_over_a_count_is_no_age() -> None:
    (q,) = _all("The injured were under 30 people in all.")
    assert q.unit is None


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Еще 300 тыс. выделяет муниципалитет.", "ru"),
        ("Из них 40 работают на стройках Подмосковья.", "ru"),
        ("Of those recruited, 200-odd remain at the front.", "en"),
        ("About 30 still live in the camp near Rostov.", "en"),
    ],
)
def test_a_verb_or_adverb_right_after_a_number_is_no_counted_noun(text: str, language: str) -> None:
    (q,) = _all(text, language)
    assert q.counted is None


@pytest.mark.parametrize(
    "text",
    [
        "Погибли два человека, еще 14 ранены.",
        "Из 60 опрошенных 9 задержаны повторно.",
        "По итогам рейда 31 выдворены из страны.",
    ],
)
def test_a_russian_short_participle_after_a_number_is_no_counted_noun(text: str) -> None:
    assert [q.counted for q in _all(text, "ru")][-1] is None


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("Kyiv said it had received 640 bodies, Moscow 38.", [640, 38]),
        ("Arrests rose to 212 in Tashkent; Samarkand 57.", [212, 57]),
    ],
)
def test_a_number_after_a_name_opening_a_parallel_clause_counts(
    text: str, values: list[float]
) -> None:
    assert _values(text) == values


@pytest.mark.parametrize(
    "text",
    [
        "The delegation flew to Moscow aboard a chartered Boeing 737.",
        "The airline said its passengers should wait near Gate 7, Terminal 2, before boarding.",
    ],
)
def test_a_name_with_its_number_stays_a_name(text: str) -> None:
    assert _values(text) == []


@pytest.mark.parametrize(
    ("text", "counted"),
    [
        ("At least 700 citizens of Central Asian states were held.", "citizens"),
        ("Some 80 cases of Uzbek workers reached the court.", "cases"),
    ],
)
def test_of_before_a_capitalised_adjective_stays_outside_the_counted_noun(
    text: str, counted: str
) -> None:
    (q,) = _all(text)
    assert q.counted == counted


@pytest.mark.parametrize(
    "text",
    [
        "The hotline logged 3,400 complaints over 48 hours.",
        "Border guards turned back 950 travellers over ten days in June.",
    ],
)
def test_over_a_duration_after_a_counts_noun_is_during(text: str) -> None:
    duration = _all(text)[-1]
    assert duration.unit in ("hour", "day")
    assert duration.approx is None


def test_over_a_duration_after_a_verb_is_more_than() -> None:
    (q,) = _all("He was held without charge for over 48 hours.")
    assert q.approx == "more_than"


@pytest.mark.parametrize(
    ("text", "units"),
    [
        ("Суд приговорил его к 3 годам и 10 месяцам колонии.", ["year", "month"]),
        ("Ранее он был осужден к 2 годам и 3 неделям исправительных работ.", ["year", "week"]),
    ],
)
def test_a_russian_term_in_the_dative_keeps_its_unit(text: str, units: list[str]) -> None:
    assert [q.unit for q in _all(text, "ru")] == units


@pytest.mark.parametrize(
    ("text", "counted"),
    [
        ("At least 2,000 Tajiks hold Russian passports.", "Tajiks"),
        ("Some 300 Nepalis serve in units near Donetsk.", "Nepalis"),
        ("About 90 families say they were never paid.", "families"),
    ],
)
def test_a_present_verb_after_the_counted_noun_ends_it(text: str, counted: str) -> None:
    (q,) = _all(text)
    assert q.counted == counted
