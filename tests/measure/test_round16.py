"""Round 16: numbers as real outlets write them (eval/GUIDELINES.md "## Quantities").

Each test is a family of errors seen on english_quant_dev / russian_quant_dev, written in new
words so that no rule is keyed to the sets' text.
"""

from __future__ import annotations

import pytest

from .found import quantities as _all
from .found import values as _values


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("For help, families can call +7 903 118 42 07 at any hour.", "en"),
        ("Справки по телефону 8 495 600 12 34 в рабочие дни.", "ru"),
        ("Телефон доверия: 8-800-555-35-35.", "ru"),
        ("Он служил в в/ч 54321 под Белгородом.", "ru"),
        ("The office at 27 Pushkin Street was searched.", "en"),
    ],
)
def test_phone_unit_and_house_numbers_are_no_quantities(text: str, language: str) -> None:
    assert _all(text, language) == []


def test_a_thousands_grouped_russian_number_is_still_one_number() -> None:
    assert _values("выплатили 1 250 000 рублей", "ru") == [1250000]


@pytest.mark.parametrize(
    ("text", "unit", "value", "value_max", "per"),
    [
        ("Recruits were offered ₹1.5 lakh a month.", "INR", 150000, None, "month"),
        ("Agents charged ₹2 lakh to ₹5 lakh per person.", "INR", 200000, 500000, None),
        ("Each course costs 900,000 soums.", "UZS", 900000, None, None),
    ],
)
def test_rupee_sign_and_soums(
    text: str, unit: str, value: float, value_max: float | None, per: str | None
) -> None:
    (q,) = _all(text)
    assert (q.unit, q.value, q.value_max, q.per) == (unit, value, value_max, per)


def test_a_rupee_takes_the_country_of_a_currency_code_in_the_text() -> None:
    found = _all("He lost 450,000 rupees and now earns NPR 40,000 a month in Butwal.")
    assert [q.unit for q in found] == ["NPR", "NPR"]


@pytest.mark.parametrize(
    ("text", "value", "value_max", "unit"),
    [
        ("Inflation was between 7.5% and 8.2% in the spring.", 7.5, 8.2, "percent"),
        ("sentences ranging from 6 years to 9 years", 6, 9, "year"),
    ],
)
def test_a_range_whose_unit_stands_on_both_bounds(
    text: str, value: float, value_max: float, unit: str
) -> None:
    (q,) = _all(text)
    assert (q.value, q.value_max, q.unit) == (value, value_max, unit)


def test_a_year_does_not_swallow_the_number_after_it() -> None:
    found = _all("Applications dropped from 95,000 in 2021 to 70,000 last year.")
    assert [q.value for q in found] == [95000, 70000]


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        (
            "Sales climbed from 43,000 to 48,000 units.",
            "en",
            [(43000, None, None), (48000, None, None)],
        ),
        (
            "The rent went up from 20,000 to 26,000 rubles a month.",
            "en",
            [(20000, "RUB", "month"), (26000, "RUB", "month")],
        ),
        (
            "Цена билета выросла с 4,2 тысячи до 5,1 тысячи рублей.",
            "ru",
            [(4200, "RUB", None), (5100, "RUB", None)],
        ),
        (
            "Число мигрантов сократилось с 870 до 640 тысяч.",
            "ru",
            [(870000, None, None), (640000, None, None)],
        ),
    ],
)
def test_a_change_from_one_value_to_another_is_two_quantities(
    text: str, language: str, expected: list[tuple[float, str | None, str | None]]
) -> None:
    found = _all(text, language)
    assert [(q.value, q.unit, q.per) for q in found] == expected
    assert all(q.value_max is None and q.approx is None for q in found)


def test_do_after_a_verb_of_change_is_the_new_value_not_a_ceiling() -> None:
    (q,) = _all("Пошлина увеличится до 15 тысяч рублей.", "ru")
    assert (q.value, q.approx) == (15000, None)
    (q,) = _all("Штраф составит до 15 тысяч рублей.", "ru")
    assert q.approx == "at_most"


@pytest.mark.parametrize(
    ("text", "value", "approx", "counted"),
    [
        ("Задержали около десятка человек.", 10, "about", None),
        ("Три десятка рабочих не вышли на смену.", 30, None, "рабочих"),
        ("Десяток мигрантов ждали у входа.", 10, None, "мигрантов"),
    ],
)
def test_desyatok_is_ten(text: str, value: float, approx: str | None, counted: str | None) -> None:
    (q,) = _all(text, "ru")
    assert (q.value, q.approx) == (value, approx)
    assert counted is None or (q.counted or "").endswith(counted)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Цены выросли в два раза.", "ru"),
        ("Доходы упали в полтора раза.", "ru"),
        ("Расходы выросли в четыре с лишним раза.", "ru"),
        ("The fine is three times higher.", "en"),
        ("One in four migrants sends money home.", "en"),
        ("Nine out of ten respondents agreed.", "en"),
    ],
)
def test_multipliers_and_shares_are_no_quantities(text: str, language: str) -> None:
    assert _all(text, language) == []


def test_a_partitive_of_two_numbers_stays_two_quantities() -> None:
    assert _values("Troops shot down 40 of 52 drones.") == [40, 52]


@pytest.mark.parametrize(
    ("text", "language", "value", "approx"),
    [
        ("Most of the dead were older than 35.", "en", 35, "more_than"),
        ("Все погибшие были старше 25 лет.", "ru", 25, "more_than"),
        ("Один из них был младше 18 лет.", "ru", 18, "less_than"),
    ],
)
def test_older_and_younger_than_are_bounds(
    text: str, language: str, value: float, approx: str
) -> None:
    (q,) = _all(text, language)
    assert (q.value, q.approx) == (value, approx)


def test_the_youngest_and_the_oldest_were_ages() -> None:
    found = _all("The youngest recruit was 18, and the oldest, a grandfather, was 61.")
    assert [(q.value, q.unit) for q in found] == [(18, "year"), (61, "year")]
    (q,) = _all("The death toll was 61.")
    assert q.unit is None


def test_odd_after_a_number_is_about() -> None:
    (q,) = _all("Some officials put it at 300-odd.")
    assert (q.value, q.approx) == (300, "about")


def test_a_period_adjective_belongs_to_the_money_after_it_not_to_later_money() -> None:
    found = _all("With a monthly salary of $900, he saved $4,000 in total.")
    assert [q.per for q in found] == ["month", None]
    found = _all("Им платят 40 тысяч рублей ежемесячно, а премия — 300 тысяч рублей.", "ru")
    assert [q.per for q in found] == ["month", None]


def test_a_bare_number_taking_the_currency_takes_the_period_adjective_too() -> None:
    found = _all("Ему обещали премию 500 тысяч рублей и ежемесячную выплату в 190 тысяч.", "ru")
    assert [(q.unit, q.per) for q in found] == [("RUB", None), ("RUB", "month")]


def test_a_period_after_a_conversion_in_brackets_covers_both_amounts() -> None:
    found = _all("Он отправлял по 2 тысячи сомони (около 190 долларов) в месяц.", "ru")
    assert [(q.unit, q.per) for q in found] == [("TJS", "month"), ("USD", "month")]


def test_a_count_of_times_stays_a_count() -> None:
    assert _values("The clip was shared more than 9,000 times.") == [9000]
    assert _values("Его вызывали на допрос три раза.", "ru") == [3]


def test_a_conversion_in_brackets_shares_the_period_adjective_before_it() -> None:
    found = _all("They offered a weekly wage of 30,000 rubles (about $330).")
    assert [(q.unit, q.per) for q in found] == [("RUB", "week"), ("USD", "week")]


def test_a_change_keeps_the_qualifiers_of_its_values() -> None:
    found = _all("The number of recruits grew from about 300 to more than 1,000.")
    assert [(q.value, q.approx) for q in found] == [(300, "about"), (1000, "more_than")]


@pytest.mark.parametrize(
    "text",
    [
        "Net profit fell to $2.1 million from $3.4 million a year earlier.",
        "Output rose 4% to 1.2 million tonnes from 1.1 million tonnes a year ago.",
    ],
)
def test_a_year_earlier_after_money_is_no_rate(text: str) -> None:
    assert all(q.per is None for q in _all(text))


@pytest.mark.parametrize(
    "text",
    [
        "Дело возбуждено за нарушение, подпадающее под статью 322.1 УК РФ.",
        "Протокол составлен по пункту 3 статьи 18.8 КоАП.",
        "Он нарушил требования, предусмотренные частью 4 статьи 18.8.",
    ],
)
def test_russian_labels_in_every_case_are_no_quantities(text: str) -> None:
    assert _all(text, "ru") == []


@pytest.mark.parametrize(
    ("text", "value", "value_max"),
    [
        ("Men aged 20 to 40 were stopped at the border.", 20, 40),
        ("Recruits aged between 21 and 35 were preferred.", 21, 35),
    ],
)
def test_a_range_after_aged_without_years_has_no_unit(
    text: str, value: float, value_max: float
) -> None:
    """gold.yaml and english_dev4 annotate "aged between 22 and 47" without a unit."""
    (q,) = _all(text)
    assert (q.value, q.value_max, q.unit) == (value, value_max, None)


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("Each family received 3,000 US dollars.", 3000, "USD"),
        ("The agent took Tk 4 lakh from each man in Dhaka.", 400000, "BDT"),
        ("Relatives in Nairobi paid Sh350,000 to the broker.", 350000, "KES"),
    ],
)
def test_more_currency_forms(text: str, value: float, unit: str) -> None:
    (q,) = _all(text)
    assert (q.value, q.unit) == (value, unit)


@pytest.mark.parametrize(
    ("text", "language", "value", "approx"),
    [
        ("Семье выплатили миллион рублей.", "ru", 1e6, None),
        ("На площадь пришла тысяча человек.", "ru", 1000, None),
        ("Более тысячи человек задержаны.", "ru", 1000, "more_than"),
        ("Около полумиллиона мигрантов уехали.", "ru", 5e5, "about"),
        ("В акции участвовали полсотни добровольцев.", "ru", 50, None),
        ("Nearly half a million people left.", "en", 5e5, "about"),
        ("A million more may follow.", "en", 1e6, None),
        ("About a thousand people came.", "en", 1000, "about"),
    ],
)
def test_a_scale_word_alone_is_a_number(
    text: str, language: str, value: float, approx: str | None
) -> None:
    (q,) = _all(text, language)
    assert (q.value, q.approx) == (value, approx)


@pytest.mark.parametrize(
    "text",
    [
        "Тысячи мигрантов уехали.",
        "Сотни тысяч мигрантов уехали.",
        "Несколько тысяч человек вышли на улицы.",
        "Миллионы людей смотрели трансляцию.",
    ],
)
def test_vague_plurals_of_scales_are_no_numbers(text: str) -> None:
    assert _all(text, "ru") == []


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("He served 2½ years in a penal colony.", 2.5, "year"),
        ("The trip took 3¼ hours.", 3.25, "hour"),
    ],
)
def test_a_vulgar_fraction_after_digits(text: str, value: float, unit: str) -> None:
    (q,) = _all(text)
    assert (q.value, q.unit) == (value, unit)


def test_an_abbreviated_month_is_a_period() -> None:
    (q,) = _all("Водителям обещают 120 тыс. рублей в мес. и жилье.", "ru")
    assert (q.value, q.unit, q.per) == (120000, "RUB", "month")


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("The court sat at 10 a.m. and rose at 4 p.m.", "en"),
        ("The plane, a Boeing 737, landed at Gate 7.", "en"),
        ("He flew on Flight SU 1854 to Domodedovo.", "en"),
        ("The bill passed 312-98, and the club won 3–1.", "en"),
        ("Офис находится по адресу: проспект Победы, 21.", "ru"),
        ("Обыск прошел в доме 7, корпус 2, квартира 15, кабинет 101.", "ru"),
        ("Его ИНН 123456789012 указан в реестре.", "ru"),
    ],
)
def test_clock_times_names_scores_and_addresses_are_no_quantities(text: str, language: str) -> None:
    assert _all(text, language) == []


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("Police told Reuters 300 people had been detained.", [300]),
        ("Officials said Tuesday 15 were killed.", [15]),
        ("Reporters counted 40 of them; Kumar, 23, was among them.", [40, 23]),
        ("Between 2 and 3 p.m. 400 migrants were checked.", [400]),
    ],
)
def test_numbers_after_names_that_are_amounts_stay(text: str, values: list[float]) -> None:
    assert _values(text) == values


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("Russia Recruited 15,000 Nepalis\n\nThe report said so.", [15000]),
        ("Moscow Police Detain 400\n\nThe raid took place on Tuesday.", [400]),
    ],
)
def test_a_title_case_headline_keeps_its_numbers(text: str, values: list[float]) -> None:
    assert _values(text) == values


def test_nepali_rupees_written_nrs() -> None:
    (q,) = _all("Agents took NRs 900,000 from each family.")
    assert (q.value, q.unit) == (900000, "NPR")


@pytest.mark.parametrize(
    ("text", "value", "value_max", "unit"),
    [
        ("Призыву подлежат мужчины с 18 до 30 лет.", 18, 30, "year"),
        ("Зарплаты в вакансиях — с 80 до 120 тысяч рублей.", 80000, 120000, "RUB"),
    ],
)
def test_s_do_without_a_verb_of_change_is_a_range(
    text: str, value: float, value_max: float, unit: str
) -> None:
    (q,) = _all(text, "ru")
    assert (q.value, q.value_max, q.unit, q.approx) == (value, value_max, unit, None)


@pytest.mark.parametrize(
    ("text", "language", "value", "unit"),
    [
        ("Each was promised 3 lakh Nepali rupees.", "en", 300000, "NPR"),
        ("He paid 1.5 million Pakistani rupees in Lahore.", "en", 1.5e6, "PKR"),
        ("The fine is 50,000 Kyrgyz soms.", "en", 50000, "KGS"),
        ("Семье выплатили 800 тысяч индийских рупий.", "ru", 800000, "INR"),
        ("Штраф составил 20 тысяч кыргызских сомов.", "ru", 20000, "KGS"),
    ],
)
def test_a_currency_with_its_country_adjective(
    text: str, language: str, value: float, unit: str
) -> None:
    (q,) = _all(text, language)
    assert (q.value, q.unit) == (value, unit)


def test_an_age_in_brackets_after_a_name() -> None:
    found = _all("Police held Suresh Gurung (37) and Anil (22), both from Pokhara.")
    assert [(q.value, q.unit) for q in found] == [(37, "year"), (22, "year")]
    assert all(q.unit is None for q in _all("The bill got 74 (of 120) votes."))
