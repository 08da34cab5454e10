"""Round 19: numbers as real outlets write them (eval/GUIDELINES.md "## Quantities", round 19).

Each test is a family of errors seen on english_quant_dev4 / russian_quant_dev4 or found probing
new phrasing after they were scored, written in new words so that no rule is keyed to the sets'
text.
"""

from __future__ import annotations

import pytest

from .found import quantities as _all
from .found import values as _values


@pytest.mark.parametrize(
    ("text", "language", "values"),
    [
        ('"Just 18 made it home," his brother said.', "en", [18]),
        ("He added: (Another 40 were sent to Donetsk.)", "en", [40]),
        ("Arrests by month:\n- Another 12 in June\n- Still 9 in July", "en", [12, 9]),
        ("«Лишь 18 вернулись домой», — рассказал брат.", "ru", [18]),
        ("— Ещё 40 отправили под Донецк, — добавил он.", "ru", [40]),
        ("Итоги:\n- Выдворены 14, оштрафованы 31", "ru", [14, 31]),
    ],
)
def test_a_word_opening_a_quotation_bracket_or_list_line_names_nothing(
    text: str, language: str, values: list[float]
) -> None:
    assert _values(text, language) == values


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("«В роте нас осталось 12», — говорит Рустам.", [12]),
        ("«Платили нам 90 тысяч», – вспоминает он.", [90000]),
    ],
)
def test_a_quoted_sentence_ending_on_a_number_is_no_name(text: str, values: list[float]) -> None:
    assert _values(text, "ru") == values


@pytest.mark.parametrize(
    ("text", "counted"),
    [
        ("Пятеро граждан Украины покинули лагерь.", "граждан Украины"),
        ("Задержаны 14 граждан Мали и Сенегала.", "граждан Мали"),
        ("Девять уроженцев Кабула получили отказ.", "уроженцев Кабула"),
    ],
)
def test_a_capitalised_genitive_after_a_russian_count_is_part_of_what_it_counts(
    text: str, counted: str
) -> None:
    (q,) = _all(text, "ru")
    assert q.counted is not None and q.counted.startswith(counted)


@pytest.mark.parametrize(
    ("text", "language", "unit"),
    [
        ("Each visa now costs 2,700 manat.", "en", "TMT"),
        ("The Taliban fined him 25,000 afghanis.", "en", "AFN"),
        ("Пошлина выросла до 900 манатов.", "ru", "TMT"),
        ("Семья получила 40 тыс. афгани.", "ru", "AFN"),
    ],
)
def test_manat_and_afghanis(text: str, language: str, unit: str) -> None:
    (q,) = _all(text, language)
    assert q.unit == unit


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("About a quarter of a million Kyrgyz work in Kazakhstan.", 250000),
        ("The bill came to a quarter of a billion dollars.", 250000000),
    ],
)
def test_a_quarter_of_a_scale(text: str, value: float) -> None:
    (q,) = _all(text, "en")
    assert q.value == value


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("За год уехали 300 с лишним тысяч человек.", 300000, None),
        ("Он прожил в Москве 20 с лишним лет.", 20, "year"),
        ("Бюджет программы — 4 с лишним млрд рублей.", 4000000000, "RUB"),
    ],
)
def test_s_lishnim_after_a_number_is_more_than(text: str, value: float, unit: str | None) -> None:
    (q,) = _all(text, "ru")
    assert (q.value, q.unit, q.approx) == (value, unit, "more_than")


def test_a_new_value_in_a_clause_that_leaves_out_its_verb() -> None:
    text = (
        "Тариф поднимут до 4 500 и 3 900 рублей соответственно, в Самаре — до 5 100 рублей, "
        "а в Уфе — до 4 800."
    )
    found = [(q.value, q.unit, q.approx) for q in _all(text, "ru")]
    assert found == [
        (4500, "RUB", None),
        (3900, "RUB", None),
        (5100, "RUB", None),
        (4800, "RUB", None),
    ]


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("В Оше на 10 тыс. жителей приходится 21 врач.", [21]),
        ("В области на 1000 человек приходятся 3 полицейских.", [3]),
        ("Население выросло на 100 тыс. человек.", [100000]),
    ],
)
def test_a_base_before_prikhoditsya_is_no_quantity(text: str, values: list[float]) -> None:
    assert _values(text, "ru") == values


@pytest.mark.parametrize(
    ("text", "language", "values"),
    [
        ("Задержаны 2000 человек.", "ru", [2000]),
        ("В 2023-м на объекте работали 1900 мигрантов.", "ru", [1900]),
        ("К 2030 году их станет вдвое больше, а в 2022 г. было 1 800.", "ru", [1800]),
        ("Отчёт за 2023 финансовый год опубликован.", "ru", []),
        ("В 2021 приехали 300 человек.", "ru", [300]),
        ("Police detained 2000 migrants in Lahore.", "en", [2000]),
        ("The 2024 elections and the 2022 protests changed little.", "en", []),
        ("In 2022 workers sent home $1.1 billion.", "en", [1100000000]),
    ],
)
def test_a_year_shaped_number_before_a_counted_noun_counts(
    text: str, language: str, values: list[float]
) -> None:
    assert _values(text, language) == values


def test_a_year_before_its_shortened_word_stays_a_year() -> None:
    assert _values("2024 г. стал рекордным: выслали 8 тыс. человек.", "ru") == [8000]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Ему 19 лет, его брату — 23.", [(19, "year", None), (23, "year", None)]),
        (
            "Месячная зарплата в Бишкеке — 40 тыс. сомов, в Оше — 28 тыс. сомов.",
            [(40000, "KGS", "month"), (28000, "KGS", "month")],
        ),
        (
            "Патент в Москве стоит 9 тыс. рублей в месяц, в Казани — 6 тыс.",
            [(9000, "RUB", "month"), (6000, "RUB", "month")],
        ),
        ("Погибли 12 человек, в Белгороде — трое.", [(12, None, None), (3, None, None)]),
    ],
)
def test_a_clause_that_leaves_out_its_words_after_a_dash_shares_unit_and_period(
    text: str, found: list[tuple[float, str | None, str | None]]
) -> None:
    assert [(q.value, q.unit, q.per) for q in _all(text, "ru")] == found


def test_a_scale_before_a_dash_takes_the_currency_before_it() -> None:
    text = "Переводы составили 14,8 млрд долларов, из них 11 млрд — из России."
    assert [(q.value, q.unit) for q in _all(text, "ru")] == [
        (14800000000, "USD"),
        (11000000000, "USD"),
    ]


def test_a_clause_after_a_dash_with_a_word_of_its_own_after_the_money_keeps_its_own_period() -> (
    None
):
    text = "Им доплачивают 30 тыс. рублей ежемесячно, а в Казани — до 1 млн рублей разово."
    assert [q.per for q in _all(text, "ru")] == ["month", None]


@pytest.mark.parametrize(
    ("text", "language", "found"),
    [
        (
            '"They paid us 90,000 rubles a month," said Bakyt, 31.',
            "en",
            [(90000, "RUB"), (31, "year")],
        ),
        (
            "Agents took ₹6 lakh from him, his father Gurpreet Singh, 58.",
            "en",
            [(600000, "INR"), (58, "year")],
        ),
        (
            "«Обещали 200 тысяч рублей», — говорит Азамат, 27.",
            "ru",
            [(200000, "RUB"), (27, "year")],
        ),
    ],
)
def test_an_age_set_off_after_a_name_at_a_sentence_end(
    text: str, language: str, found: list[tuple[float, str]]
) -> None:
    assert [(q.value, q.unit) for q in _all(text, language)] == found


@pytest.mark.parametrize(
    ("text", "language", "values"),
    [
        ("Рейтинг: 1) Москва — 1 240; 2) Подмосковье — 612.", "ru", [1240, 612]),
        ("Two steps: 1) register within 7 days; 2) pay 4,000 rubles.", "en", [2, 7, 4000]),
        ("Of the group (all 12) only two came back.", "en", [12, 2]),
    ],
)
def test_a_numbered_item_inside_a_line_is_a_label(
    text: str, language: str, values: list[float]
) -> None:
    assert _values(text, language) == values


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("В роте было человек 40, не больше.", [(40, None, "about")]),
        ("— Лет пять назад я уехал в Москву.", [(5, "year", "about")]),
        ("Из 25 человек 17 погибли.", [(25, None, None), (17, None, None)]),
        ("За 10 лет 300 человек получили гражданство.", [(10, "year", None), (300, None, None)]),
    ],
)
def test_a_russian_noun_before_its_number_is_about(
    text: str, found: list[tuple[float, str | None, str | None]]
) -> None:
    assert [(q.value, q.unit, q.approx) for q in _all(text, "ru")] == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        (
            "Выдворены 96 чел., в т. ч. 14 граждан Таджикистана.",
            [(96, None, None), (14, None, None)],
        ),
        ("Оштрафованы 40 водителей, в т.ч. 6 иностранцев.", [(40, None, None), (6, None, None)]),
        ("На учёте ок. 120 тыс. мигрантов.", [(120000, None, "about")]),
        ("Выдано св. 2,4 млн патентов.", [(2400000, None, "more_than")]),
        ("Ему назначили 160 ч обязательных работ.", [(160, "hour", None)]),
        ("Штраф — 25 тыс. р. с выдворением.", [(25000, "RUB", None)]),
    ],
)
def test_russian_abbreviations_of_official_copy(
    text: str, found: list[tuple[float, str | None, str | None]]
) -> None:
    assert [(q.value, q.unit, q.approx) for q in _all(text, "ru")] == found


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Transfers from Russia reached $4.1 bln last year.", 4100000000),
        ("The state spent 2.7 trln soums on pensions.", 2700000000000),
        ("Exports hit 1.1 bn dollars.", 1100000000),
    ],
)
def test_bln_and_trln_as_central_asian_english_copy_writes_them(text: str, value: float) -> None:
    (q,) = _all(text, "en")
    assert q.value == value


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The 27-yr-old from Jalandhar was sent to the front.", 27),
        ("A 33 yr old farmer and his brother left in May.", 33),
        ("He was jailed for 7 yrs.", 7),
    ],
)
def test_yr_and_yrs_are_years(text: str, value: float) -> None:
    (q,) = _all(text, "en")
    assert (q.value, q.unit) == (value, "year")


@pytest.mark.parametrize(
    ("text", "language", "values"),
    [
        ("Region\tReturned\tShare\nOsh\t215\t4%", "en", [215, 4]),
        ("Город\tВыдворено\tДоля\nОш\t412\t9%", "ru", [412, 9]),
    ],
)
def test_a_name_and_a_number_in_cells_apart_are_no_name(
    text: str, language: str, values: list[float]
) -> None:
    assert _values(text, language) == values


@pytest.mark.parametrize(
    ("text", "language", "found"),
    [
        (
            "The family got 4 million rubles from Moscow and 2 million from the region.",
            "en",
            [(4000000, "RUB"), (2000000, "RUB")],
        ),
        (
            "Семья получила 3 млн рублей от Минобороны и 1,5 млн от области.",
            "ru",
            [(3000000, "RUB"), (1500000, "RUB")],
        ),
        (
            "The war cost $5 billion and 3 million fled abroad.",
            "en",
            [(5000000000, "USD"), (3000000, None)],
        ),
    ],
)
def test_a_scale_alone_before_a_preposition_takes_the_currency_before_it(
    text: str, language: str, found: list[tuple[float, str | None]]
) -> None:
    assert [(q.value, q.unit) for q in _all(text, language)] == found


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("Half a dozen recruiters were charged.", [6]),
        ("Police held half a dozen Tajiks overnight.", [6]),
        ("A couple of hundred relatives came to the airport.", []),
        ("A couple of thousand workers left the site.", []),
    ],
)
def test_half_a_dozen_and_a_couple_of_hundred(text: str, values: list[float]) -> None:
    assert _values(text, "en") == values


@pytest.mark.parametrize(
    ("text", "value", "approx"),
    [
        ("Задержаны порядка полутора сотен иностранцев.", 150, "about"),
        ("Пришли две сотни жильцов.", 200, None),
        ("Сотня мигрантов ждала у входа.", 100, None),
        ("Тридцать с лишним человек пострадали.", 30, "more_than"),
    ],
)
def test_russian_hundreds_in_words(text: str, value: float, approx: str | None) -> None:
    (q,) = _all(text, "ru")
    assert (q.value, q.approx) == (value, approx)


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("Transfers fell 4 pct in March.", 4, "percent"),
        ("The bank cut its rate by 150 basis points.", 150, "basis_point"),
        ("Bond yields jumped 35 bps.", 35, "basis_point"),
    ],
)
def test_pct_and_basis_points(text: str, value: float, unit: str) -> None:
    (q,) = _all(text, "en")
    assert (q.value, q.unit) == (value, unit)


@pytest.mark.parametrize(
    ("text", "language"),
    [("Колония #5 в Мордовии переполнена.", "ru"), ("Shelter #3 in Osh took them in.", "en")],
)
def test_a_number_after_a_hash_is_a_label(text: str, language: str) -> None:
    assert _values(text, language) == []


def test_a_hash_and_a_space_before_a_number_is_no_label() -> None:
    assert _values("# 35 passages were written for it.", "en") == [35]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("На рынке работало тысяч двести человек.", 200000),
        ("Он заработал тысяч сто за два месяца.", 100000),
    ],
)
def test_a_russian_scale_before_its_number_is_about_that_many_thousands(
    text: str, value: float
) -> None:
    q = _all(text, "ru")[0]
    assert (q.value, q.approx) == (value, "about")


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Fact box\nPopulation: 10.2 million\nMigrants abroad: about 1.4 million", "en"),
        ("Справка\nНаселение: 10,2 млн\nМигрантов за рубежом: около 1,4 млн", "ru"),
        ("Итоги года:\n- выдворено 1 200\nоштрафовано 3 400", "ru"),
    ],
)
def test_a_number_on_a_label_or_list_line_counts_nothing_on_the_next_line(
    text: str, language: str
) -> None:
    assert [q.counted for q in _all(text, language)] == [None, None]


def test_a_count_wrapped_onto_the_next_line_still_counts_its_noun() -> None:
    (q,) = _all("Border guards turned back 2,300\nforeign nationals in May.", "en")
    assert q.counted == "foreign nationals"
