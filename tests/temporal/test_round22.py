"""The time error families of round 22 (english_dev15, russian_dev11), one test or a few per
family, English and Russian.

Written from the families' descriptions before the rules that fix them; the sentences are
new, not the development sets'.
"""

from __future__ import annotations

import pytest

from .conftest import en, ru

# --- "в ночь на пятницу": the night that ends on the weekday, one TIME (the evening before,
# TNI), as "в ночь на 5 марта" is; the weekday read by its clause's tense ------------------


@pytest.mark.parametrize(
    ("text", "anchor", "value"),
    [
        ("Склад загорелся в ночь на четверг.", "2024-11-22", "2024-11-20TNI"),
        ("Синоптики обещают заморозки в ночь на субботу.", "2024-11-20", "2024-11-22TNI"),
        ("Авария случилась в ночь на понедельник.", "2024-11-20", "2024-11-17TNI"),
    ],
)
def test_russian_night_on_a_weekday(tagged, text: str, anchor: str, value: str) -> None:
    found = ru(tagged, text, anchor)
    assert len(found) == 1 and found[0][1:] == ("TIME", value)
    assert found[0][0].startswith("ночь на ")


# --- "утро пятницы", "на вечер субботы", "утром понедельника": a part of a named weekday,
# one TIME, as "к вечеру понедельника" is -------------------------------------------------


@pytest.mark.parametrize(
    ("text", "quoted", "value"),
    [
        ("Рейс перенесли на утро пятницы.", "утро пятницы", "2023-03-17TMO"),
        ("Встреча назначена на вечер субботы.", "вечер субботы", "2023-03-18TEV"),
        ("Задержание произошло утром понедельника.", "утром понедельника", "2023-03-13TMO"),
    ],
)
def test_russian_part_of_a_weekday(tagged, text: str, quoted: str, value: str) -> None:
    assert ru(tagged, text, "2023-03-15") == [(quoted, "TIME", value)]


# --- a range of durations with the unit on its last bound: the first bound is a DURATION of
# the same unit ("от [[пяти]] до [[десяти лет]]", "[[five]] to [[10 years]]"), as a day range's
# first day takes the last's month; an age range stays unmarked --------------------------


@pytest.mark.parametrize(
    ("text", "first", "last"),
    [
        ("За это грозит от пяти до десяти лет лишения свободы.", ("пяти", "P5Y"),
         ("десяти лет", "P10Y")),
        ("Ремонт займёт от 3 до 4 недель.", ("3", "P3W"), ("4 недель", "P4W")),
    ],
)  # fmt: skip
def test_russian_duration_range_first_bound(tagged, text: str, first, last) -> None:
    found = ru(tagged, text, "2024-07-18")
    assert [(q, v) for q, _, v in found] == [first, last]
    assert {t for _, t, _ in found} == {"DURATION"}


@pytest.mark.parametrize(
    ("text", "first", "last"),
    [
        ("The offence carries five to 10 years in prison.", ("five", "P5Y"), ("10 years", "P10Y")),
        ("He faces between three and seven years in jail.", ("three", "P3Y"),
         ("seven years", "P7Y")),
        ("Repairs will take from two to three weeks.", ("two", "P2W"), ("three weeks", "P3W")),
    ],
)  # fmt: skip
def test_english_duration_range_first_bound(tagged, text: str, first, last) -> None:
    found = en(tagged, text, "2024-07-18")
    assert [(q, v) for q, _, v in found] == [first, last]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Набирают мужчин в возрасте от 18 до 60 лет.", "ru"),
        ("The scheme is open to men aged 18 to 60 years.", "en"),
    ],
)
def test_age_ranges_give_no_first_bound(tagged, text: str, language: str) -> None:
    found = tagged(text, language, "2024-07-18")
    assert not any(q in ("18",) for q, _, _ in found)


# --- "since the start of the year ... a year earlier": year-to-date is the period the
# passage reports, not a point a comparison starts from -------------------------------------


def test_english_a_year_earlier_after_since_the_start_of_the_year(tagged) -> None:
    text = (
        "The checks will go on until the end of the month.\n"
        "Since the start of the year, 3,000 migrants have been expelled, up from 1,800 a year "
        "earlier."
    )
    found = en(tagged, text, "2024-03-18")
    assert ("a year earlier", "DATE", "2023") in found


def test_english_a_year_earlier_still_passes_over_since_a_year(tagged) -> None:
    text = "Prices rose in December at the fastest pace since 2022, up 4.7% from a year earlier."
    assert ("a year earlier", "DATE", "2022-12") in en(tagged, text, "2024-01-15")


# --- a yearless date before a comma and a count with a thousands comma ("On Jan. 2, 1,300
# migrants", "By March 1, 2,400 had signed up"), as before "300 migrants" ------------------


@pytest.mark.parametrize(
    ("text", "quoted", "value"),
    [
        ("On Jan. 2, 1,300 migrants were deported.", "Jan. 2", "2024-01-02"),
        ("By March 1, 2,400 men had signed contracts.", "March 1", "2024-03-01"),
        ("From Jan. 1 to March 15, 1,200 were deported.", "March 15", "2024-03-15"),
    ],
)
def test_english_date_before_a_comma_and_a_thousands_count(
    tagged, text: str, quoted: str, value: str
) -> None:
    assert (quoted, "DATE", value) in en(tagged, text, "2024-03-18")


def test_english_list_of_days_still_no_date(tagged) -> None:
    found = en(tagged, "Talks were held on May 5, 6 and 7.", "2024-03-18")
    assert ("May 5", "DATE", "2023-05-05") not in found


# --- "year-on-year", "year-over-year": a comparison, no duration ---------------------------


@pytest.mark.parametrize(
    "text",
    ["Sales rose 5% on a year-on-year basis.", "Output fell 3% on a month-over-month basis."],
)
def test_english_year_on_year_is_no_duration(tagged, text: str) -> None:
    assert en(tagged, text, "2024-03-18") == []


# --- "a three month training", "a 10 year sentence": a number and a singular unit before a noun
# are an adjective, the article the noun's, as in "a [[five-year]] sentence" -------------------


@pytest.mark.parametrize(
    ("text", "quoted", "value"),
    [
        ("Recruits get a three month training.", "three month", "P3M"),
        ("He was handed a 10 year sentence.", "10 year", "P10Y"),
    ],
)
def test_english_unhyphenated_adjective_leaves_the_article_out(
    tagged, text: str, quoted: str, value: str
) -> None:
    assert en(tagged, text, "2024-03-18") == [(quoted, "DURATION", value)]


def test_english_the_three_months_keeps_its_article(tagged) -> None:
    found = en(tagged, "Profit for the three months ended Dec. 31 fell.", "2024-03-18")
    assert ("the three months", "DURATION", "P3M") in found


# --- a part of the day set off before its date ("прошла вечером, 2 января"), or written after it
# ("22 сентября утром"), is that part of the dated day, as "утром 12 марта" is ------------------


def test_russian_part_of_day_before_a_date_after_a_comma(tagged) -> None:
    found = ru(tagged, "Проверка прошла вечером, 2 января, на складе.", "2024-01-04")
    assert found == [("вечером", "TIME", "2024-01-02TEV"), ("2 января", "DATE", "2024-01-02")]


@pytest.mark.parametrize(
    ("text", "quoted", "value"),
    [
        ("22 сентября утром в общежитии прошёл обыск.", "22 сентября утром", "2025-09-22TMO"),
        ("Пожар начался 20 сентября вечером.", "20 сентября вечером", "2025-09-20TEV"),
    ],
)
def test_russian_date_then_part_of_day(tagged, text: str, quoted: str, value: str) -> None:
    assert ru(tagged, text, "2025-09-23") == [(quoted, "TIME", value)]


def test_russian_a_day_of_mourning_stays_a_date(tagged) -> None:
    found = ru(tagged, "Президент объявил 24 марта днём траура.", "2024-03-25")
    assert found == [("24 марта", "DATE", "2024-03-24")]


# --- "20 и 21 сентября": the first day takes the month of the last, as "5–7 июля" does ------


def test_russian_first_day_before_and(tagged) -> None:
    found = ru(tagged, "Рейды прошли 20 и 21 сентября.", "2025-09-23")
    assert found == [("20", "DATE", "2025-09-20"), ("21 сентября", "DATE", "2025-09-21")]


# --- "каждые полгода": a SET, as "каждые две недели" is ----------------------------------


def test_russian_every_half_year(tagged) -> None:
    found = ru(tagged, "Патент продлевают каждые полгода.", "2025-09-23")
    assert found == [("каждые полгода", "SET", "P6M")]


# --- "за последний год", "в течение ближайшего месяца", "в ближайшую неделю": one unit up to now
# or from now, a DURATION, as round 17's line reads "за последний год" (P1Y) and "the past
# year" is read -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "quoted", "value"),
    [
        ("За последний год задержаны 300 человек.", "последний год", "P1Y"),
        ("За последнюю неделю задержаны 30 человек.", "последнюю неделю", "P1W"),
        ("В течение последнего месяца шли рейды.", "последнего месяца", "P1M"),
        ("Решение примут в течение ближайшей недели.", "ближайшей недели", "P1W"),
        ("В ближайший год цены вырастут.", "ближайший год", "P1Y"),
    ],
)
def test_russian_last_or_next_unit_is_a_stretch(tagged, text: str, quoted: str, value: str) -> None:
    assert ru(tagged, text, "2024-03-20") == [(quoted, "DURATION", value)]


def test_russian_last_year_of_an_event_is_no_stretch(tagged) -> None:
    assert ru(tagged, "В последний год войны он погиб.", "2024-03-20") == []


# --- "the second week of his trial": the ISO week that holds the event's eighth day (round 20's
# line), as "the third day of the call-up" is counted from its first ---------------------------


def test_english_ordinal_week_of_a_dated_event(tagged) -> None:
    text = "The trial opened on March 4. In the second week of the trial, a witness withdrew."
    found = en(tagged, text, "2024-03-28")
    assert ("the second week", "DATE", "2024-W11") in found


def test_english_ordinal_week_of_a_month_is_unchanged(tagged) -> None:
    found = en(tagged, "Talks resume in the second week of April.", "2024-03-20")
    assert found == [("the second week of April", "DATE", "2024-W15")]


def test_english_ordinal_week_of_an_event_dated_after_it(tagged) -> None:
    text = (
        "Detained in May 2023, the defendant fell ill in the third week of the hearings, which "
        "began on March 4."
    )
    assert ("the third week", "DATE", "2024-W12") in en(tagged, text, "2024-04-10")


# --- a countdown looks ahead: "with two months to go before Jan. 1", "10 days left until March 31"
# (english_dev4's "With less than two months to go before Jan. 1" in a November report) ---------


@pytest.mark.parametrize(
    ("text", "quoted", "value"),
    [
        ("With 10 days to go until March 31, officials said the plan was ready.", "March 31",
         "2000-03-31"),
        ("With weeks left before Jan. 15, the agency said it had hired 200 staff.", "Jan. 15",
         "2000-01-15"),
    ],
)  # fmt: skip
def test_english_countdown_looks_ahead(tagged, text: str, quoted: str, value: str) -> None:
    assert (quoted, "DATE", value) in en(tagged, text, "1999-11-04")


# --- "the week before" in a future clause counts back from the day ahead told before it, not
# from a past month named after that day ---------------------------------------------------


def test_english_week_before_in_a_future_clause_counts_from_the_day_ahead(tagged) -> None:
    text = (
        "The judge set the trial for April 8. The suspect has been held since January. Jury "
        "selection will start the week before."
    )
    assert ("the week before", "DATE", "2024-W14") in en(tagged, text, "2024-03-20")


def test_english_week_before_in_a_past_clause_is_unchanged(tagged) -> None:
    text = "Police raided the hostel on March 12. The owner had been warned the week before."
    assert ("the week before", "DATE", "2024-W10") in en(tagged, text, "2024-03-20")


# --- "the latter half of last year", "the former half": a half-year, as "the second half" is ---


@pytest.mark.parametrize(
    ("text", "quoted", "value"),
    [
        ("Prices rose in the latter half of last year.", "the latter half of last year", "2023-H2"),
        ("Remittances fell in the latter half of 2022.", "the latter half of 2022", "2022-H2"),
    ],
)
def test_english_latter_half(tagged, text: str, quoted: str, value: str) -> None:
    assert en(tagged, text, "2024-03-20") == [(quoted, "DATE", value)]


# --- "в нулевые и десятые годы": the first of two spelled decades shares the noun of the last,
# as "1990-е и 2000-е годы" does ("десятые доли процента" stay tenths) ----------------------


def test_russian_coordinated_noun_decades(tagged) -> None:
    found = ru(tagged, "В нулевые и десятые годы миграция выросла.", "2024-03-20")
    assert found == [("нулевые", "DATE", "200"), ("десятые годы", "DATE", "201")]


def test_russian_tenths_stay_unmarked(tagged) -> None:
    assert ru(tagged, "Рост составил десятые и сотые доли процента.", "2024-03-20") == []


# --- the month after a preposition, and "the same night" (round 22, main) ---------------------


# "May" followed by a pronoun opens a wish or a question as a modal verb ("May he rest in
# peace"); after a preposition it is the month ("In May he signed a contract").
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("In May he signed a contract.", [("May", "DATE", "2023-05")]),
        ("By May they had left the city.", [("May", "DATE", "2023-05")]),
        ("May he rest in peace, his brother wrote.", []),
        ("May God protect them all.", []),
    ],
)
def test_may_after_a_preposition_is_the_month(tagged, text: str, expected: list) -> None:
    assert tagged(text, anchor="2023-09") == expected


# "the same night", "в ту же ночь", "той же ночью": the part of the day the passage told, as
# "that night" and "в ту ночь" already were; "Той же ночью" was the night of the document date.
@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        ("en", "Police raided it on Monday. The same evening six men signed.", "The same evening"),
        ("en", "Police raided it on Monday. That same night six men signed.", "That same night"),
        ("ru", "В понедельник полиция провела рейд. В ту же ночь шестеро подписали.", "ту же ночь"),
        (
            "ru",
            "В понедельник полиция провела рейд. Той же ночью шестеро подписали.",
            "Той же ночью",
        ),
        (
            "ru",
            "В понедельник полиция провела рейд. Тем же вечером шестеро подписали.",
            "Тем же вечером",
        ),
    ],
)
def test_the_same_night_is_the_night_of_the_day_told(
    tagged, language: str, text: str, expected: str
) -> None:
    found = {t: v for t, _, v in tagged(text, language, "2023-09-14")}
    assert found.get(expected, "")[:10] == "2023-09-11", found
