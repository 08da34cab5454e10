"""Round 17: numbers as real outlets write them (eval/GUIDELINES.md "## Quantities", round 17).

Each test is a family of errors seen on english_quant_dev2 / russian_quant_dev2, written in new
words so that no rule is keyed to the sets' text.
"""

from __future__ import annotations

import pytest

from .found import quantities as _all
from .found import values as _values


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("Each paid Rs 4 lakh to the agent, and a further ₹60,000 for tickets.", "INR"),
        ("The two brothers from Kerala paid Rs 6.2 lakh for the journey.", "INR"),
        ("KARACHI - Police said the suspects had taken Rs2.1m from the victims.", "PKR"),
    ],
)
def test_a_rupee_takes_the_country_of_a_sign_a_state_or_a_city(text: str, unit: str) -> None:
    assert _all(text)[-1].unit == unit


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The agency paid ₹3,75,000 to each family.", 375000),
        ("Investigators traced ₹1,20,00,000 through the accounts.", 12000000),
        ("He was promised 210 000 rubles a month.", 210000),
    ],
)
def test_indian_grouping_and_spaced_thousands_in_english(text: str, value: float) -> None:
    (q,) = _all(text)
    assert q.value == value


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        (
            "Водители получают 95, 87 и 80 тысяч рублей в месяц соответственно.",
            "ru",
            [(95000, "RUB", "month"), (87000, "RUB", "month"), (80000, "RUB", "month")],
        ),
        (
            "The two men were jailed for 8 and 11 years.",
            "en",
            [(2, None, None), (8, "year", None), (11, "year", None)],
        ),
        (
            "У нее двое сыновей — четырёх и семи лет.",
            "ru",
            [(2, None, None), (4, "year", None), (7, "year", None)],
        ),
    ],
)
def test_a_list_shares_the_scale_unit_and_period_of_its_last_number(
    text: str, language: str, expected: list[tuple[float, str | None, str | None]]
) -> None:
    assert [(q.value, q.unit, q.per) for q in _all(text, language)] == expected


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("A few hundred migrants queued outside the centre.", "en"),
        ("Several hundred workers were questioned.", "en"),
        ("The region is among the top 5 destinations.", "en"),
        ("Область вошла в первую десятку по числу патентов.", "ru"),
        ("По данным опроса, 4 из 10 опрошенных собираются уехать.", "ru"),
        ("Profit saw a four-fold jump.", "en"),
        ("The court heard of a three-fold rise in such cases.", "en"),
    ],
)
def test_vague_counts_ranks_shares_and_multipliers_are_no_quantities(
    text: str, language: str
) -> None:
    assert _all(text, language) == []


def test_a_part_of_a_group_still_counts() -> None:
    assert _values("Двое из пятерых задержанных отпущены.", "ru") == [2, 5]
    assert _values("Of the 30 men, 12 have returned, up from three in 2021.") == [30, 12, 3]


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("Штраф увеличат втрое — до 600 тысяч рублей.", 600000, "RUB"),
        ("Аналитики ждут роста цен на патенты до 12 тысяч рублей.", 12000, "RUB"),
    ],
)
def test_the_new_value_after_a_change_is_no_ceiling(text: str, value: float, unit: str) -> None:
    (q,) = _all(text, "ru")
    assert (q.value, q.unit, q.approx) == (value, unit, None)


def test_a_new_value_after_a_difference_is_no_ceiling() -> None:
    first, second = _all("Доля выросла на 1,5 процентного пункта, до 9,2%.", "ru")
    assert (first.value, first.unit) == (1.5, "percentage_point")
    assert (second.value, second.unit, second.approx) == (9.2, "percent", None)


def test_a_range_with_a_minus_sign() -> None:
    (q,) = _all("Курс составит 92−94 рубля.", "ru")
    assert (q.value, q.value_max, q.unit) == (92, 94, "RUB")


@pytest.mark.parametrize(
    ("text", "language", "approx"),
    [
        ("Зарплату выше 50 тысяч рублей получает треть мигрантов.", "ru", "more_than"),
        ("Безработица осталась ниже 5%.", "ru", "less_than"),
        ("Turnout was above 60% in every district.", "en", "more_than"),
    ],
)
def test_above_and_below(text: str, language: str, approx: str) -> None:
    (q,) = _all(text, language)
    assert q.approx == approx


@pytest.mark.parametrize(
    ("text", "language", "unit", "value"),
    [
        ("Residents within 200 metres were moved.", "en", "m", 200),
        ("Склад площадью 450 квадратных метров сгорел.", "ru", "m2", 450),
        ("The family sold 5 acres of land.", "en", "acre", 5),
        ("Ставка снизилась на 3 процентных пункта.", "ru", "percentage_point", 3),
        ("Ставка снизилась на 0,5 процентного пункта.", "ru", "percentage_point", 0.5),
    ],
)
def test_metres_areas_acres_and_points(text: str, language: str, unit: str, value: float) -> None:
    (q,) = _all(text, language)
    assert (q.value, q.unit) == (value, unit)


def test_a_number_in_words_and_digits_is_one_quantity() -> None:
    (q,) = _all("Мигранты перевели 2 миллиарда 150 миллионов рублей.", "ru")
    assert (q.value, q.unit) == (2150000000, "RUB")


def test_half_a_billion_in_one_word() -> None:
    (q,) = _all("На центр потратят полмиллиарда рублей.", "ru")
    assert (q.value, q.unit) == (500000000, "RUB")


def test_a_conversion_said_as_equivalent_shares_its_period() -> None:
    first, second = _all("Her monthly wage is 4,500 somoni (equivalent to $410).")
    assert (first.unit, first.per, second.unit, second.per) == ("TJS", "month", "USD", "month")


@pytest.mark.parametrize(
    ("text", "language", "counted"),
    [
        ("Около 30 выходцев из Киргизии задержаны.", "ru", "выходцев из Киргизии"),
        (
            "Около 20 выходцев из Непала, служивших по контракту, вернулись.",
            "ru",
            "выходцев из Непала",
        ),
        ("Some 25 natives of Kerala were sent to the front.", "en", "natives of Kerala"),
    ],
)
def test_an_origin_noun_keeps_its_origin(text: str, language: str, counted: str) -> None:
    (q,) = _all(text, language)
    assert q.counted == counted


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Цены на аренду выросли в 2-3 раза.", "ru"),
        ("Trading volumes jumped nearly five-folds.", "en"),
    ],
)
def test_a_multiplier_range_and_plural_folds_are_no_quantities(text: str, language: str) -> None:
    assert _all(text, language) == []


@pytest.mark.parametrize(
    ("text", "language", "unit", "value"),
    [
        ("Лагерь находится в 15 километрах от границы.", "ru", "km", 15),
        ("The fire destroyed a 2,000-square-metre warehouse.", "en", "m2", 2000),
        ("The reserve covers 1,200 sq km.", "en", "km2", 1200),
        ("Площадь пожара составила 3 квадратных километра.", "ru", "km2", 3),
        ("The bank closed at HK$7.49.", "en", "HKD", 7.49),
        ("It made a profit of S$2 million.", "en", "SGD", 2000000),
        ("She took 30,000 tenges to the bank.", "en", "KZT", 30000),
    ],
)
def test_more_units_and_currencies(text: str, language: str, unit: str, value: float) -> None:
    (q,) = _all(text, language)
    assert (q.value, q.unit) == (value, unit)


def test_v_rayone_before_a_number_is_about() -> None:
    (q,) = _all("Курс будет в районе 95 рублей.", "ru")
    assert (q.value, q.unit, q.approx) == (95, "RUB", "about")


@pytest.mark.parametrize(
    ("text", "value", "unit", "per"),
    [
        ("The job in Delhi paid Rs 30,000 p.m. and lodging.", 30000, "INR", "month"),
        ("Nurses in India earn ₹25,000 pm on average.", 25000, "INR", "month"),
        ("Guards were offered $2,800/month.", 2800, "USD", "month"),
        ("Cleaners earn $12/hour.", 12, "USD", "hour"),
        ("He was promised a Rs 45,000-a-month job in Kerala.", 45000, "INR", "month"),
    ],
)
def test_pay_per_period_as_south_asian_papers_and_ads_write_it(
    text: str, value: float, unit: str, per: str
) -> None:
    (q,) = _all(text)
    assert (q.value, q.unit, q.per) == (value, unit, per)


@pytest.mark.parametrize(
    ("text", "language", "value", "unit", "per"),
    [
        ("Вакансия: 65 тыс. руб./мес., жильё.", "ru", 65000, "RUB", "month"),
        ("Оплата 3 тыс.руб. за смену.", "ru", 3000, "RUB", None),
        ("The agent took Rs 2.5 lacs from him in India.", "en", 250000, "INR", None),
        ("Police seized Rs 1.5cr in Mumbai.", "en", 15000000, "INR", None),
        ("Inflation reached 9pc in March.", "en", 9, "percent", None),
    ],
)
def test_glued_and_short_scales(
    text: str, language: str, value: float, unit: str, per: str | None
) -> None:
    (q,) = _all(text, language)
    assert (q.value, q.unit, q.per) == (value, unit, per)


@pytest.mark.parametrize(
    "text", ["Two-thirds of the recruits were Nepali.", "One-fifth of them returned."]
)
def test_fractions_in_words_are_no_quantities(text: str) -> None:
    assert _all(text) == []


def test_ages_listed_after_aged_are_all_ages() -> None:
    found = _all("The three brothers, aged 19, 22 and 26, were detained.")
    assert [(q.value, q.unit) for q in found] == [
        (3, None),
        (19, "year"),
        (22, "year"),
        (26, "year"),
    ]


def test_a_clock_time_is_still_none() -> None:
    assert _all("The raid began at 10 p.m. and ended around 2 am.") == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Утром 12 марта 40 мигрантов задержали на рынке.", 40),
        ("В феврале 15 человек получили патенты.", 15),
    ],
)
def test_a_count_after_a_russian_month_is_no_day(text: str, value: float) -> None:
    assert _values(text, "ru") == [value]


def test_a_table_cell_stops_the_counted_phrase() -> None:
    first, _ = _all("Moscow 1,240 | Kazan 415")
    assert first.counted is None


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Он служил в 58-й армии, затем в 810-й бригаде.", "ru"),
        ("Банк проверили по закону 115-ФЗ.", "ru"),
        ("Об этом сообщил телеграм-канал «112».", "ru"),
        ("Выручка в 3 квартале и за 1 полугодие выросла.", "ru"),
        ("They were charged under Sections 370 and 420 of the IPC.", "en"),
        ("Их обвинили по статьям 359 и 208 УК РФ.", "ru"),
        ("He is accused under articles 208, 359 and 361.", "en"),
    ],
)
def test_ordinals_labels_and_quoted_numbers_are_no_quantities(text: str, language: str) -> None:
    assert _all(text, language) == []


def test_money_elided_before_a_time_adverb() -> None:
    found = _all("A year ago 1,000 rubles bought 140,000 soums, but only 126,000 now.")
    assert [(q.value, q.unit) for q in found] == [(1000, "RUB"), (140000, "UZS"), (126000, "UZS")]


@pytest.mark.parametrize(
    ("text", "value", "value_max", "unit"),
    [
        ("Задержали два-три человека.", 2, 3, None),
        ("Он пробыл на фронте пять-шесть месяцев.", 5, 6, "month"),
        ("Погибли двадцать-тридцать человек.", 20, 30, None),
    ],
)
def test_russian_number_words_joined_by_a_hyphen_are_a_range(
    text: str, value: float, value_max: float, unit: str | None
) -> None:
    (q,) = _all(text, "ru")
    assert (q.value, q.value_max, q.unit) == (value, value_max, unit)


def test_a_compound_number_word_is_still_one_number() -> None:
    assert _values("Двадцать пять человек и twenty-five men.", "ru")[:1] == [25]
    assert _values("Twenty-five men were held.") == [25]


@pytest.mark.parametrize(
    ("text", "language", "value", "unit"),
    [
        ("Им заплатили по двух с половиной тысяч рублей.", "ru", 2500, "RUB"),
        ("About two and a half million people left.", "en", 2500000, None),
    ],
)
def test_a_half_before_a_scale(text: str, language: str, value: float, unit: str | None) -> None:
    (q,) = _all(text, language)
    assert (q.value, q.unit) == (value, unit)


@pytest.mark.parametrize(
    ("text", "language", "unit"),
    [
        ("Сделка оценена в 300 млн юаней.", "ru", "CNY"),
        ("He was promised 50,000 hryvnias.", "en", "UAH"),
        ("Родным выплатили 100 тысяч гривен.", "ru", "UAH"),
        ("Agents charged 8,000 dirhams for a visa.", "en", "AED"),
        ("The fee is AED 5,000.", "en", "AED"),
        ("He earned 4,000 riyals a month in Riyadh.", "en", "SAR"),
        ("Штраф составит 150 000 ₸.", "ru", "KZT"),
        ("The fine is ₸150,000.", "en", "KZT"),
    ],
)
def test_more_currencies(text: str, language: str, unit: str) -> None:
    assert _all(text, language)[0].unit == unit


def test_a_plural_label_word_before_a_comma_is_no_label() -> None:
    assert _values("The site ran 12 articles, 5 of them on the raids.") == [12, 5]
