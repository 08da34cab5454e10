"""The time error families of round 16 (english_dev9, russian_dev6), one test or a few per
family, English and Russian.

Written from the families' descriptions before the rules that fix them; the sentences are
new, not the development sets'. Anchor: Wed 2013-03-20 unless a test says otherwise (Easter
2013 fell on March 31).
"""

from __future__ import annotations

import pytest

from .conftest import en, ru

# --- holidays as anchors: movable feasts, Black Friday, Victory Day ---------------------


@pytest.mark.parametrize(
    ("text", "quoted", "value"),
    [
        ("The bishop will lead the Good Friday procession.", "Good Friday", "2013-03-29"),
        ("Churches expect large crowds on Easter Sunday.", "Easter Sunday", "2013-03-31"),
        ("The museum will be closed over Easter.", "Easter", "2013-03-31"),
        ("Retailers will offer deep discounts on Black Friday.", "Black Friday", "2013-11-29"),
        ("Veterans will march on Victory Day.", "Victory Day", "2013-05-09"),
    ],
)
def test_english_holidays_ahead(tagged, text: str, quoted: str, value: str) -> None:
    assert (quoted, "DATE", value) in en(tagged, text)


def test_english_past_holiday_is_the_last_one(tagged) -> None:
    found = en(tagged, "Sales fell on Black Friday, the trade group said.")
    assert ("Black Friday", "DATE", "2012-11-23") in found


@pytest.mark.parametrize(
    ("text", "anchor", "quoted", "value"),
    [
        ("Парад пройдёт в День Победы.", "2013-03-20", "День Победы", "2013-05-09"),
        ("К Новому году мэрия украсила улицы.", "2024-01-09", "Новому году", "2024-01-01"),
        ("Каток закроют после Старого Нового года.", "2024-01-09", "Старого Нового года",
         "2024-01-14"),
    ],
)  # fmt: skip
def test_russian_holidays(tagged, text: str, anchor: str, quoted: str, value: str) -> None:
    assert (quoted, "DATE", value) in ru(tagged, text, anchor)


def test_russian_holiday_periods_and_the_new_year_are_not_holidays(tagged) -> None:
    found = ru(tagged, "На майских праздниках и в новом году цены вырастут.", "2013-11-20")
    assert ("новом году", "DATE", "2014") in found
    assert not [t for t in found if "праздник" in t[0]]


# --- abbreviated periods: "FY2025", "Q3", "H2" --------------------------------------------


@pytest.mark.parametrize(
    ("text", "quoted", "value"),
    [
        ("The company cut its outlook for FY2014 on Tuesday.", "FY2014", "2014"),
        ("Sales in FY 2012 were flat.", "FY 2012", "2012"),
        ("Deliveries fell 8% in Q3, the company said.", "Q3", "2012-Q3"),
        ("Management sees demand picking up in H2.", "H2", "2013-H2"),
        ("Revenue in H1 2012 rose 4%.", "H1 2012", "2012-H1"),
    ],
)
def test_english_abbreviated_periods(tagged, text: str, quoted: str, value: str) -> None:
    assert (quoted, "DATE", value) in en(tagged, text)


def test_english_q_and_h_need_a_period_context(tagged) -> None:
    # a grade, a road or a model is no quarter
    assert not [t for t in en(tagged, "The Audi Q3 and the H2 hydrogen bus were shown.")
                if t[0] in ("Q3", "H2")]  # fmt: skip


# --- nights and parts of the night ---------------------------------------------------------


def test_english_overnight_is_the_night_before_the_report(tagged) -> None:
    found = en(tagged, "Drones attacked the port overnight, the governor said.")
    assert ("overnight", "TIME", "2013-03-19TNI") in found


def test_english_overnight_adjective_is_no_time(tagged) -> None:
    found = en(tagged, "He stayed at an overnight shelter.")
    assert not [t for t in found if t[0] == "overnight"]


def test_english_early_hours_of_a_day(tagged) -> None:
    found = en(tagged, "A missile hit the plant in the early hours of Sunday.")
    assert ("the early hours of Sunday", "TIME", "2013-03-17TMO") in found


def test_english_night_of_two_days(tagged) -> None:
    found = en(tagged, "On the night of March 12 to 13, debris fell on a school.")
    assert ("the night of March 12 to 13", "TIME", "2013-03-12TNI") in found


def test_russian_night_from_one_day_to_the_next(tagged) -> None:
    found = ru(tagged, "В ночь с 15 на 16 марта над областью сбили беспилотник.")
    assert ("ночь с 15 на 16 марта", "TIME", "2013-03-15TNI") in found


@pytest.mark.parametrize(
    ("text", "quoted", "value"),
    [
        ("Во второй половине дня мэр осмотрел мост.", "второй половине дня", "2013-03-20TAF"),
        ("В первой половине дня прошёл дождь.", "первой половине дня", "2013-03-20TMO"),
    ],
)
def test_russian_half_of_the_day(tagged, text: str, quoted: str, value: str) -> None:
    assert (quoted, "TIME", value) in ru(tagged, text)


# --- small Russian forms: a half of a year with "половине", "почти месяц" ------------------


@pytest.mark.parametrize(
    ("text", "quoted", "value"),
    [
        ("Во второй половине 2011 года цены выросли.", "второй половине 2011 года", "2011-H2"),
        ("В первой половине 2014 года откроют мост.", "первой половине 2014 года", "2014-H1"),
    ],
)
def test_russian_half_of_a_year_with_polovina(tagged, text: str, quoted: str, value: str) -> None:
    assert (quoted, "DATE", value) in ru(tagged, text)


@pytest.mark.parametrize(
    ("text", "quoted", "value"),
    [
        ("Жители ждали отопления почти месяц.", "почти месяц", "P1M"),
        ("Ремонт занял около года.", "около года", "P1Y"),
        ("Переговоры шли больше недели.", "больше недели", "P1W"),
        ("Поиски продолжались почти год.", "почти год", "P1Y"),
    ],
)
def test_russian_approximate_single_unit(tagged, text: str, quoted: str, value: str) -> None:
    assert (quoted, "DURATION", value) in ru(tagged, text)


# --- the Nth week of a month ----------------------------------------------------------------


def test_english_nth_week_of_a_month(tagged) -> None:
    # January 2014's second seven days hold Jan. 11, ISO week 2; March 2013's Mar. 11, week 11
    assert ("the second week of January", "DATE", "2014-W02") in en(
        tagged, "A trial date was set for the second week of January."
    )
    assert ("the second week of March", "DATE", "2013-W11") in en(
        tagged, "Sales peaked in the second week of March."
    )
    # the last seven days of June 2012 hold June 27, ISO week 26
    assert ("the last week of June 2012", "DATE", "2012-W26") in en(
        tagged, "The plant closed in the last week of June 2012."
    )


# --- the end of a term: "арестовал на два месяца, до 12 апреля" --------------------------


@pytest.mark.parametrize(
    ("text", "quoted", "value"),
    [
        ("Суд арестовал его на два месяца, до 12 мая.", "12 мая", "2013-05-12"),
        ("Суд продлил арест на три месяца, до 1 июня.", "1 июня", "2013-06-01"),
        ("Его отправили под домашний арест сроком на 30 суток, до 15 апреля.", "15 апреля",
         "2013-04-15"),
    ],
)  # fmt: skip
def test_russian_term_end_lies_ahead(tagged, text: str, quoted: str, value: str) -> None:
    assert (quoted, "DATE", value) in ru(tagged, text)


def test_russian_past_deadline_without_a_term_stays_past(tagged) -> None:
    assert ("12 мая", "DATE", "2012-05-12") in ru(tagged, "Работы шли до 12 мая.")


# --- "полгода назад" ------------------------------------------------------------------------


def test_russian_half_a_year_ago(tagged) -> None:
    assert ("Полгода назад", "DATE", "2012-09") in ru(tagged, "Полгода назад завод закрыли.")


# --- a past hope, plan or expectation in reported speech still looks ahead ------------------


@pytest.mark.parametrize(
    ("text", "anchor", "quoted", "value"),
    [
        ("Leaders said Tuesday they hoped to pass the bill before the August recess.",
         "2013-07-12", "August", "2013-08"),
        ("The company said it did not expect a recovery until the spring.", "2013-10-24",
         "the spring", "2014-SP"),
        ("Officials said they planned to reopen the bridge in January.", "2013-10-24",
         "January", "2014-01"),
    ],
)  # fmt: skip
def test_english_reported_hope_looks_ahead(
    tagged, text: str, anchor: str, quoted: str, value: str
) -> None:
    assert (quoted, "DATE", value) in en(tagged, text, anchor)


def test_english_unrealised_hope_stays_past(tagged) -> None:
    found = en(tagged, "They had hoped to finish in May.", "2013-07-12")
    assert ("May", "DATE", "2013-05") in found


# --- a bare season after "before", "after"; a holiday weekend --------------------------------


@pytest.mark.parametrize(
    ("text", "anchor", "quoted", "value"),
    [
        ("The grid may not be fully repaired before spring.", "2022-12-20", "spring", "2023-SP"),
        ("Work will resume after winter, the mayor said.", "2013-03-20", "winter", "2013-WI"),
    ],
)
def test_english_bare_season_after_before_or_after(
    tagged, text: str, anchor: str, quoted: str, value: str
) -> None:
    assert (quoted, "DATE", value) in en(tagged, text, anchor)


@pytest.mark.parametrize(
    ("text", "quoted", "value"),
    [
        ("Shoppers expect to spend less over the holiday weekend.", "the holiday weekend",
         "2013-W12-WE"),
        ("Traffic will be heavy over the long weekend.", "the long weekend", "2013-W12-WE"),
    ],
)  # fmt: skip
def test_english_holiday_weekend(tagged, text: str, quoted: str, value: str) -> None:
    assert (quoted, "DATE", value) in en(tagged, text)


def test_english_passive_with_an_adverb_is_no_past(tagged) -> None:
    found = en(tagged, "The bridge will be fully reopened by Friday.")
    assert ("Friday", "DATE", "2013-03-22") in found
    found = en(tagged, "The line should be partly restored on Monday.")
    assert ("Monday", "DATE", "2013-03-25") in found


# --- the year's turn and short forms found probing news phrasing ---------------------------


@pytest.mark.parametrize(
    ("text", "anchor", "quoted", "value"),
    [
        ("Prices will rise in the new year.", "2013-11-20", "the new year", "2014"),
        ("Talks resumed early in the new year.", "2013-02-20", "the new year", "2013"),
    ],
)
def test_english_the_new_year(tagged, text: str, anchor: str, quoted: str, value: str) -> None:
    assert (quoted, "DATE", value) in en(tagged, text, anchor)


def test_english_season_of_a_year_range_is_one_season(tagged) -> None:
    found = en(tagged, "Gas use fell in the winter of 2011-12.")
    assert ("the winter of 2011-12", "DATE", "2011-WI") in found
    assert not [t for t in found if t[0] == "12"]


@pytest.mark.parametrize(
    ("text", "quoted", "value"),
    [
        ("FY13 revenue was flat.", "FY13", "2013"),
        ("The bank posted 3Q earnings on Tuesday.", "3Q", "2012-Q3"),
        ("Sales fell in 4Q12.", "4Q12", "2012-Q4"),
    ],
)
def test_english_more_short_periods(tagged, text: str, quoted: str, value: str) -> None:
    assert (quoted, "DATE", value) in en(tagged, text)


def test_english_weekend_before_last_and_fortnight(tagged) -> None:
    assert ("the weekend before last", "DATE", "2013-W10-WE") in en(
        tagged, "The vote was held the weekend before last."
    )
    assert ("the past fortnight", "DURATION", "P2W") in en(
        tagged, "It has rained for the past fortnight."
    )


@pytest.mark.parametrize(
    ("text", "quoted", "type_", "value"),
    [
        ("Около полуночи на складе произошёл взрыв.", "Около полуночи", "TIME",
         "2013-03-20T24:00"),
        ("Перемирие вступит в силу в полночь.", "полночь", "TIME", "2013-03-20T24:00"),
        ("За минувшие сутки сбили 12 беспилотников.", "минувшие сутки", "DURATION", "P1D"),
        ("За последние сутки выпало 20 мм осадков.", "последние сутки", "DURATION", "P1D"),
        ("В новогоднюю ночь на площади собрались 20 тысяч человек.", "новогоднюю ночь", "TIME",
         "2012-12-31TNI"),
    ],
)  # fmt: skip
def test_russian_midnight_day_and_new_year_night(
    tagged, text: str, quoted: str, type_: str, value: str
) -> None:
    assert (quoted, type_, value) in ru(tagged, text)


def test_english_preposition_before_the_span_opens_no_clause(tagged) -> None:
    # "before the August recess": "before" governs the span, it opens no clause that would
    # part it from "hoped to"
    text = (
        "Leaders said they hoped to bring the bill to the floor before the August recess, "
        "and the leader scheduled a vote."
    )
    assert ("August", "DATE", "2013-08") in en(tagged, text, "2013-07-12")


# --- TimeBank-style business copy: "a decade earlier", "the fiscal third quarter" ----------


def test_english_decade_earlier_is_a_decade(tagged) -> None:
    # counted at the unit's precision, as "a decade ago" is
    assert ("A decade earlier", "DATE", "200") in en(
        tagged, "A decade earlier, the firm had 10 workers."
    )


def test_english_the_fiscal_quarter_keeps_its_article(tagged) -> None:
    found = en(tagged, "Profit in the fiscal third quarter rose 5%.")
    assert ("the fiscal third quarter", "DATE", "2012-Q3") in found


# --- a weekday in a week named before it ----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "language", "quoted", "value"),
    [
        ("Last week, on Wednesday, the court ruled.", "en", "Wednesday", "2013-03-13"),
        ("The court ruled last week on Monday.", "en", "Monday", "2013-03-11"),
        ("The talks resume next week, on Thursday.", "en", "Thursday", "2013-03-28"),
        ("На прошлой неделе, в среду, суд вынес приговор.", "ru", "среду", "2013-03-13"),
        ("На следующей неделе, в четверг, пройдёт суд.", "ru", "четверг", "2013-03-28"),
    ],
)
def test_weekday_in_a_named_week(tagged, text: str, language: str, quoted: str, value: str) -> None:
    assert (quoted, "DATE", value) in tagged(text, language, "2013-03-20")


# --- Russian: "в 7 утра", "каждые две недели", "в этот четверг", "в 2019-м", "зимой 2022/23" --


@pytest.mark.parametrize(
    ("text", "quoted", "type_", "value"),
    [
        ("Магазин откроется в 7 утра.", "7 утра", "TIME", "2013-03-20T07:00"),
        ("Концерт начнётся в восемь вечера.", "восемь вечера", "TIME", "2013-03-20T20:00"),
        ("Автобусы будут ходить каждые две недели.", "каждые две недели", "SET", "P2W"),
        ("В этот четверг пройдёт собрание.", "этот четверг", "DATE", "2013-03-21"),
        ("Завод закрыли ещё в 2009-м.", "2009-м", "DATE", "2009"),
        ("В 2011-м году открыли школу.", "2011-м году", "DATE", "2011"),
        ("Зимой 2011/12 года трубы замёрзли.", "Зимой 2011/12 года", "DATE", "2011-WI"),
    ],
)
def test_russian_clock_words_sets_and_year_forms(
    tagged, text: str, quoted: str, type_: str, value: str
) -> None:
    assert (quoted, type_, value) in ru(tagged, text)


# --- a clock time on a holiday; a season of a year named by its place ----------------------


def test_english_clock_time_on_a_holiday(tagged) -> None:
    found = en(tagged, "Rides will be free until 4:30 a.m. on New Year's Day.", "2013-12-30")
    assert ("4:30 a.m.", "TIME", "2014-01-01T04:30") in found
    assert ("New Year's Day", "DATE", "2014-01-01") in found


@pytest.mark.parametrize(
    ("text", "quoted", "value"),
    [
        (
            "The plan was announced in the spring of last year.",
            "the spring of last year",
            "2012-SP",
        ),
        ("Work will start in the fall of next year.", "the fall of next year", "2014-FA"),
    ],
)
def test_english_season_of_a_relative_year(tagged, text: str, quoted: str, value: str) -> None:
    assert (quoted, "DATE", value) in en(tagged, text)


# --- extents: "the year-earlier month", "this past fall", "в 2021–2022 годах" --------------


@pytest.mark.parametrize(
    ("text", "language", "quoted", "value"),
    [
        ("Sales in December rose 2% from the year-earlier month.", "en",
         "the year-earlier month", "2011-12"),
        ("Voters were dropped from the rolls this past fall.", "en", "this past fall", "2012-FA"),
        ("Дороги ремонтировали в 2010–2011 годах.", "ru", "2011 годах", "2011"),
        ("Бюджет на 2014–2016 годы утвердили.", "ru", "2016 годы", "2016"),
    ],
)  # fmt: skip
def test_extent_of_periods(tagged, text: str, language: str, quoted: str, value: str) -> None:
    assert (quoted, "DATE", value) in tagged(text, language, "2013-03-20")


# --- extents as the development sets' annotators quote them -------------------------------


@pytest.mark.parametrize(
    ("text", "language", "quoted"),
    [
        ("Output has fallen since the start of the 1980s.", "en", "the start of the 1980s"),
        ("The blast came at about 11 p.m.", "en", "about 11 p.m."),
        ("Debt was $4 billion at the end of the first quarter.", "en",
         "the end of the first quarter"),
        ("He faces up to 10 years in prison.", "en", "10 years"),
        ("The vote is only eight days away.", "en", "eight days"),
        ("Дом пустует почти полгода.", "ru", "почти полгода"),
    ],
)  # fmt: skip
def test_extents_of_the_development_sets(tagged, text: str, language: str, quoted: str) -> None:
    assert quoted in [t[0] for t in tagged(text, language, "2013-03-20")]


# --- "earlier in the week", "later this month"'s plain-preposition twin ---------------------


@pytest.mark.parametrize(
    ("text", "quoted", "value"),
    [
        ("Earlier in the week, the dollar fell.", "Earlier in the week", "2013-W12"),
        ("The report is due later in the month.", "later in the month", "2013-03"),
        ("Prices rose early in the year.", "early in the year", "2013"),
    ],
)
def test_english_place_in_the_unit_under_way(tagged, text: str, quoted: str, value: str) -> None:
    assert (quoted, "DATE", value) in en(tagged, text)


# --- a Russian deadline in a clause with no tense lies ahead, as an English one does --------


@pytest.mark.parametrize(
    ("text", "quoted", "value"),
    [
        ("Музей работает до 31 декабря.", "31 декабря", "2013-12-31"),
        ("Приём заявок открыт до 5 февраля.", "5 февраля", "2014-02-05"),
    ],
)
def test_russian_deadline_without_tense_lies_ahead(
    tagged, text: str, quoted: str, value: str
) -> None:
    assert (quoted, "DATE", value) in ru(tagged, text)


def test_russian_past_deadline_stays_past(tagged) -> None:
    assert ("5 февраля", "DATE", "2013-02-05") in ru(tagged, "Приём заявок длился до 5 февраля.")
