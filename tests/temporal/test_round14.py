"""The time error families of round 14 (english_dev7, russian_dev4), one test or a few per
family, English and Russian.

Written from the families' descriptions before the rules that fix them; the sentences are
new, not the development sets'. Anchor: Wed 2013-03-20 unless a test says otherwise.
"""

from __future__ import annotations

import pytest

from .conftest import en, ru

# --- "the near future", "the foreseeable future" ----------------------------------------


@pytest.mark.parametrize(
    ("text", "quoted"),
    [
        ("The agency said it would issue new rules in the near future.", "the near future"),
        ("Prices will stay high for the foreseeable future.", "the foreseeable future"),
        ("Such a mission may be possible in the distant future.", "the distant future"),
    ],
)
def test_english_qualified_future_is_future_ref(tagged, text: str, quoted: str) -> None:
    assert (quoted, "DATE", "FUTURE_REF") in en(tagged, text)


# --- "the previous session", "the prior quarter": one unit before the reported time -----


@pytest.mark.parametrize(
    ("text", "anchor", "quoted", "value"),
    [
        (
            "Shares of the airline fell 4% Tuesday after rising 2% in the previous session.",
            "2013-03-20",
            "the previous session",
            "2013-03-18",
        ),
        (
            # a Monday's previous session is the Friday before
            "The index slipped Monday, giving back a gain from the prior session.",
            "2013-03-19",
            "the prior session",
            "2013-03-15",
        ),
    ],
)
def test_english_previous_session_is_the_trading_day_before(
    tagged, text: str, anchor: str, quoted: str, value: str
) -> None:
    assert (quoted, "DATE", value) in en(tagged, text, anchor)


@pytest.mark.parametrize(
    ("text", "anchor", "quoted", "value"),
    [
        (
            "The bank said third-quarter profit rose 9%. Loan losses fell from the prior quarter.",
            "2013-10-20",
            "the prior quarter",
            "2013-Q2",
        ),
        (
            # no quarter named: the one before the last quarter that ended
            "Margins narrowed from the previous quarter, the retailer said.",
            "2013-08-01",
            "the previous quarter",
            "2013-Q1",
        ),
    ],
)
def test_english_prior_quarter_is_before_the_reported_one(
    tagged, text: str, anchor: str, quoted: str, value: str
) -> None:
    assert (quoted, "DATE", value) in en(tagged, text, anchor)


def test_english_clock_time_skips_a_comparison_day(tagged) -> None:
    # the previous session is what the day is compared with, not the day the passage tells
    text = (
        "Stocks rose Tuesday after a loss in the previous session. Trading was heavy, "
        "and the index hit its high at 2 p.m. EDT."
    )
    assert ("2 p.m. EDT", "TIME", "2013-03-19T14:00") in en(tagged, text)


def test_english_clock_time_keeps_the_day_its_sentence_names(tagged) -> None:
    text = "The day before, the plant shut down at 3 p.m."
    found = en(tagged, "Workers struck on Monday. " + text)
    assert ("3 p.m.", "TIME", "2013-03-17T15:00") in found


# --- what is expected, forecast or recommended to happen lies ahead -----------------------


@pytest.mark.parametrize(
    ("text", "anchor", "quoted", "value"),
    [
        (
            "The company said it expects sales to recover in the second half.",
            "2013-02-10",
            "the second half",
            "2013-H2",
        ),
        (
            "The steelmaker said it forecasts shipments to rise in the first half.",
            "2013-08-10",
            "the first half",
            "2014-H1",
        ),
        (
            "The board proposed to pay a special dividend by the end of the year.",
            "2013-03-20",
            "the end of the year",
            "2013",
        ),
    ],
)
def test_english_expected_or_recommended_lies_ahead(
    tagged, text: str, anchor: str, quoted: str, value: str
) -> None:
    assert (quoted, "DATE", value) in en(tagged, text, anchor)


def test_english_past_expectation_keeps_its_past(tagged) -> None:
    # the verb of expecting is past and governs the date through no infinitive
    assert ("the second half", "DATE", "2012-H2") in en(
        tagged, "Sales fell in the second half, the company said.", "2013-02-10"
    )


@pytest.mark.parametrize(
    ("text", "quoted", "value"),
    [
        ("Совет директоров рекомендовал выплатить дивиденды до конца года.", "конца года", "2013"),
        ("Губернатор поручил достроить школу до конца года.", "конца года", "2013"),
        ("Суд обязал компанию вернуть долг до конца года.", "конца года", "2013"),
    ],
)
def test_russian_what_was_ordered_lies_ahead(tagged, text: str, quoted: str, value: str) -> None:
    assert (quoted, "DATE", value) in ru(tagged, text)


def test_russian_past_end_of_year_stays_past(tagged) -> None:
    assert ("конца года", "DATE", "2012") in ru(
        tagged, "Компания выплатила дивиденды до конца года."
    )


# --- "в новом году" -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("anchor", "value"),
    [("2013-12-20", "2014"), ("2013-11-02", "2014"), ("2013-01-15", "2013")],
)
def test_russian_new_year_is_the_coming_year_late_in_the_year(
    tagged, anchor: str, value: str
) -> None:
    text = "Власти обещают, что в новом году в городе откроют три поликлиники."
    assert ("новом году", "DATE", value) in ru(tagged, text, anchor)


# --- a century with its position word ------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "quoted", "value"),
    [
        ("Дом построили в начале XIX века.", "начале XIX века", "18"),
        ("Церковь перестроили в конце XVIII века.", "конце XVIII века", "17"),
        ("Завод работал с середины XX века.", "середины XX века", "19"),
    ],
)
def test_russian_century_keeps_its_position_word(
    tagged, text: str, quoted: str, value: str
) -> None:
    assert (quoted, "DATE", value) in ru(tagged, text)


# --- a Russian sentence that opens with its verb ------------------------------------------


@pytest.mark.parametrize(
    ("text", "quoted", "value"),
    [
        ("Потеплеет, по словам синоптиков, лишь в пятницу.", "пятницу", "2013-03-22"),
        ("Закроют мост на ремонт в пятницу, сообщили в мэрии.", "пятницу", "2013-03-22"),
        ("Откроется выставка в Доме художника в четверг.", "четверг", "2013-03-21"),
    ],
)
def test_russian_sentence_opening_perfective_future(
    tagged, text: str, quoted: str, value: str
) -> None:
    assert (quoted, "DATE", value) in ru(tagged, text, "2013-03-18")


def test_russian_sentence_opening_noun_is_no_cue(tagged) -> None:
    # "Кабинет" has a present's ending but is a noun: the past verb decides
    text = "Кабинет министров одобрил проект в пятницу."
    assert ("пятницу", "DATE", "2013-03-15") in ru(tagged, text, "2013-03-18")


# --- "the end of this year" is this year's, whatever the clause ---------------------------


@pytest.mark.parametrize(
    ("text", "quoted", "value"),
    [
        (
            "Shares have doubled since January, and a split is planned by the end of this year.",
            "the end of this year",
            "2013",
        ),
        (
            "Prices rose at the start of this month, dealers said.",
            "the start of this month",
            "2013-03",
        ),
    ],
)
def test_english_part_of_this_unit_is_this_one(tagged, text: str, quoted: str, value: str) -> None:
    assert (quoted, "DATE", value) in en(tagged, text)


# --- "a year-earlier $1.8 billion": a date, not "a year" -----------------------------------


@pytest.mark.parametrize(
    ("text", "anchor", "value"),
    [
        ("Revenue rose to $2.1 billion from a year-earlier $1.8 billion.", "2013-03-20", "2012"),
        (
            "Third-quarter sales rose 6% from year-earlier levels, the company said.",
            "2013-10-20",
            "2012-Q3",
        ),
        ("Exports were 4% above year-ago figures.", "2013-03-20", "2012"),
    ],
)
def test_english_year_earlier_adjective_is_a_date(
    tagged, text: str, anchor: str, value: str
) -> None:
    found = en(tagged, text, anchor)
    quoted = "year-ago" if "year-ago" in text else "year-earlier"
    assert (quoted, "DATE", value) in found
    assert not any(t == "DURATION" for _, t, _ in found)


# --- "early today", "late yesterday" keep the modifier -------------------------------------


@pytest.mark.parametrize(
    ("text", "quoted", "value"),
    [
        ("Shares traded late yesterday at $14.", "late yesterday", "2013-03-19"),
        ("The vote is expected early tomorrow.", "early tomorrow", "2013-03-21"),
        ("Early today, the index fell.", "Early today", "2013-03-20"),
    ],
)
def test_english_early_late_day_word_keeps_its_modifier(
    tagged, text: str, quoted: str, value: str
) -> None:
    assert (quoted, "DATE", value) in en(tagged, text)


# --- a speed is a measure, not a time -----------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Winds reached 120 miles an hour as the storm came ashore.",
        "The train runs at 300 kilometers per hour.",
        "The ship was making 12 knots an hour.",
    ],
)
def test_english_speed_has_no_timex(tagged, text: str) -> None:
    assert en(tagged, text) == []


def test_english_pay_rate_stays_a_set(tagged) -> None:
    assert ("an hour", "SET", "PT1H") in en(tagged, "Cleaners earn $8 an hour.")


def test_russian_speed_has_no_timex(tagged) -> None:
    text = "Автобус ехал со скоростью 90 километров в час, порывы ветра достигали 25 м/с."
    assert ru(tagged, text) == []


def test_russian_output_rate_stays_a_set(tagged) -> None:
    assert ("в сутки", "SET", "P1D") in ru(tagged, "Завод выпускает 300 машин в сутки.")


# --- a part of the day before its day: "вечером в пятницу", "утром 17 марта" ---------------


@pytest.mark.parametrize(
    ("text", "quoted", "value"),
    [
        (
            "Вечером в пятницу на трассе столкнулись два грузовика.",
            "Вечером в пятницу",
            "2013-03-15TEV",
        ),
        ("Пожар вспыхнул ночью во вторник.", "ночью во вторник", "2013-03-19TNI"),
        ("Утром 12 марта в городе отключили свет.", "Утром 12 марта", "2013-03-12TMO"),
        ("Заморозки ожидаются утром 25 марта.", "утром 25 марта", "2013-03-25TMO"),
    ],
)
def test_russian_part_of_day_before_its_day(tagged, text: str, quoted: str, value: str) -> None:
    assert (quoted, "TIME", value) in ru(tagged, text)


# --- a month range shares the year named after its last month ------------------------------


@pytest.mark.parametrize(
    ("text", "quoted", "value"),
    [
        ("From January to March of last year, output fell.", "January", "2012-01"),
        ("Between June and August 2009, prices doubled.", "June", "2009-06"),
        ("Sales rose in January-September 2010.", "January", "2010-01"),
    ],
)
def test_english_month_range_shares_its_year(tagged, text: str, quoted: str, value: str) -> None:
    assert (quoted, "DATE", value) in en(tagged, text)


@pytest.mark.parametrize(
    ("text", "quoted", "value"),
    [
        ("За январь–сентябрь прошлого года выпуск вырос.", "январь", "2012-01"),
        ("С января по март 2010 года цены росли.", "января", "2010-01"),
        ("В июне–августе 2009 года работы приостановили.", "июне", "2009-06"),
    ],
)
def test_russian_month_range_shares_its_year(tagged, text: str, quoted: str, value: str) -> None:
    assert (quoted, "DATE", value) in ru(tagged, text)


def test_month_range_without_year_keeps_the_tense(tagged) -> None:
    assert ("January", "DATE", "2013-01") in en(tagged, "Prices rose from January to March.")


# --- "a year and a half ago", "полтора года назад": at a month's precision ---------------


@pytest.mark.parametrize(
    ("text", "quoted", "kind", "value"),
    [
        ("A year and a half ago, the plant closed.", "A year and a half ago", "DATE", "2011-09"),
        (
            "Two and a half years ago the mine flooded.",
            "Two and a half years ago",
            "DATE",
            "2010-09",
        ),
        ("The strike lasted a year and a half.", "a year and a half", "DURATION", "P1.5Y"),
        ("Talks went on for two and a half years.", "two and a half years", "DURATION", "P2.5Y"),
        ("The hearing took an hour and a half.", "an hour and a half", "DURATION", "PT1.5H"),
    ],
)
def test_english_and_a_half(tagged, text: str, quoted: str, kind: str, value: str) -> None:
    assert (quoted, kind, value) in en(tagged, text)


@pytest.mark.parametrize(
    ("text", "quoted", "kind", "value"),
    [
        ("Полтора года назад завод закрыли.", "Полтора года назад", "DATE", "2011-09"),
        (
            "Два с половиной года назад мост закрыли.",
            "Два с половиной года назад",
            "DATE",
            "2010-09",
        ),
        ("Ремонт длился два с половиной года.", "два с половиной года", "DURATION", "P2.5Y"),
        # a whole count stays at the year's precision
        ("Год назад завод закрыли.", "Год назад", "DATE", "2012"),
    ],
)
def test_russian_and_a_half(tagged, text: str, quoted: str, kind: str, value: str) -> None:
    assert (quoted, kind, value) in ru(tagged, text)


def test_russian_clock_keeps_its_zone(tagged) -> None:
    found = ru(tagged, "Об этом сообщили в 11:30 мск, взрыв прогремел в 10:15 МСК.")
    assert ("11:30 мск", "TIME", "2013-03-20T11:30") in found
    assert ("10:15 МСК", "TIME", "2013-03-20T10:15") in found


# --- rule Y1a across the year's end: a day just ahead in January --------------------------


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Banks said their systems were ready for Jan. 1.", "2014-01-01"),
        ("The company said it had extended its offer to Jan. 6.", "2014-01-06"),
    ],
)
def test_english_day_just_ahead_across_the_year_end(tagged, text: str, value: str) -> None:
    found = en(tagged, text, "2013-12-30")
    assert any(t == "DATE" and v == value for _, t, v in found)


def test_english_day_far_ahead_in_a_past_clause_stays_last_year(tagged) -> None:
    found = en(tagged, "The company said sales peaked on Jan. 20.", "2013-12-30")
    assert ("Jan. 20", "DATE", "2013-01-20") in found


def test_russian_day_just_ahead_across_the_year_end(tagged) -> None:
    found = ru(tagged, "В мэрии сообщили, что каток был готов к 3 января.", "2013-12-28")
    assert ("3 января", "DATE", "2014-01-03") in found


# --- "the night of March 3": one TIME -------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "quoted", "value"),
    [
        ("The attack happened on the night of March 3.", "the night of March 3", "2013-03-03TNI"),
        ("Police arrived on the morning of March 4.", "the morning of March 4", "2013-03-04TMO"),
        (
            "The fire started on the evening of Dec. 30, 2011.",
            "the evening of Dec. 30, 2011",
            "2011-12-30TEV",
        ),
    ],
)
def test_english_part_of_a_dated_day(tagged, text: str, quoted: str, value: str) -> None:
    assert (quoted, "TIME", value) in en(tagged, text)


def test_english_clock_with_local_time_takes_its_weekday(tagged) -> None:
    found = en(tagged, "Voting ends at 8 p.m. local time Tuesday.")
    assert ("8 p.m. local time Tuesday", "TIME", "2013-03-26T20:00") in found


# --- a quarter named by its last month, or by the day it ends -----------------------------


@pytest.mark.parametrize(
    ("text", "anchor", "quoted", "value"),
    [
        (
            "Profit fell in the June quarter, the miner said.",
            "2013-08-20",
            "the June quarter",
            "2013-Q2",
        ),
        (
            "Results for the December quarter will be reported in January.",
            "2013-11-02",
            "the December quarter",
            "2013-Q4",
        ),
        (
            "Sales in the March quarter of 2011 rose.",
            "2013-08-20",
            "the March quarter of 2011",
            "2011-Q1",
        ),
        (
            "Analysts expect a loss for the quarter ending Dec. 31.",
            "2013-11-02",
            "the quarter",
            "2013-Q4",
        ),
        ("Revenue rose 4% in the quarter ended June 30.", "2013-08-20", "the quarter", "2013-Q2"),
    ],
)
def test_english_quarter_by_its_month_or_end(
    tagged, text: str, anchor: str, quoted: str, value: str
) -> None:
    assert (quoted, "DATE", value) in en(tagged, text, anchor)


# --- Russian weekdays and day ranges ------------------------------------------------------


def test_russian_weekday_in_apposition_to_a_date(tagged) -> None:
    # written on a Thursday: the weekday is the date beside it, not the anchor's day
    found = ru(tagged, "Суд рассмотрит дело в четверг, 28 марта.", "2013-03-21")
    assert ("четверг", "DATE", "2013-03-28") in found
    assert ("28 марта", "DATE", "2013-03-28") in found


def test_russian_this_weekday(tagged) -> None:
    found = ru(tagged, "Митинг пройдёт в эту пятницу.")
    assert ("эту пятницу", "DATE", "2013-03-22") in found


@pytest.mark.parametrize(
    ("text", "quoted", "value"),
    [
        ("Приём заявок продлится с 1 по 10 апреля.", "1", "2013-04-01"),
        ("Фестиваль пройдёт 5–7 июля в Казани.", "5", "2013-07-05"),
    ],
)
def test_russian_first_day_of_a_range(tagged, text: str, quoted: str, value: str) -> None:
    assert (quoted, "DATE", value) in ru(tagged, text)


# --- a hope, an aim or an expected event lies ahead -----------------------------------------


@pytest.mark.parametrize(
    ("text", "quoted", "value"),
    [
        ("Officials hope to finish the count Thursday.", "Thursday", "2013-03-21"),
        ("The union wants to resume talks Friday.", "Friday", "2013-03-22"),
        ("The board aims to approve the plan in April.", "April", "2013-04"),
        (
            "The final results, expected Thursday, will be certified later.",
            "Thursday",
            "2013-03-21",
        ),
    ],
)
def test_english_hope_aim_and_expected_day_look_ahead(
    tagged, text: str, quoted: str, value: str
) -> None:
    assert (quoted, "DATE", value) in en(tagged, text)


def test_english_had_expected_stays_past(tagged) -> None:
    found = en(tagged, "Analysts had expected a loss in January.")
    assert ("January", "DATE", "2013-01") in found


@pytest.mark.parametrize(
    ("text", "quoted", "value"),
    [
        ("Власти надеются завершить ремонт в четверг.", "четверг", "2013-03-21"),
        ("Депутаты хотят рассмотреть закон в пятницу.", "пятницу", "2013-03-22"),
        ("Компания рассчитывает запустить линию в пятницу.", "пятницу", "2013-03-22"),
    ],
)
def test_russian_hope_and_want_look_ahead(tagged, text: str, quoted: str, value: str) -> None:
    assert (quoted, "DATE", value) in ru(tagged, text)


def test_russian_although_is_no_wish(tagged) -> None:
    # "Хотя" is a conjunction: the past verb decides
    found = ru(tagged, "Хотя закрыть мост пытались в пятницу, движение не остановилось.")
    assert ("пятницу", "DATE", "2013-03-15") in found


# --- US zone names in broadcast copy ---------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "quoted", "value"),
    [
        ("Join us again at 8:00 p.m. Eastern time.", "8:00 p.m. Eastern time", "2013-03-20T20:00"),
        (
            "The hearing resumes at 10 a.m. Pacific Friday.",
            "10 a.m. Pacific Friday",
            "2013-03-22T10:00",
        ),
        (
            "The summit opens at noon Eastern on Monday.",
            # (round 18: a weekday after "on" is its own expression, as english_dev5 quotes it)
            "noon Eastern",
            "2013-03-25T12:00",
        ),
    ],
)
def test_english_clock_with_us_zone_name(tagged, text: str, quoted: str, value: str) -> None:
    assert (quoted, "TIME", value) in en(tagged, text)


# --- decades spelled out ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "quoted", "value"),
    [
        ("In the eighties, the company grew fast.", "the eighties", "198"),
        ("Prices fell in the early nineties.", "the early nineties", "199"),
        ("The Sixties changed the town.", "The Sixties", "196"),
    ],
)
def test_english_spelled_decade(tagged, text: str, quoted: str, value: str) -> None:
    assert (quoted, "DATE", value) in en(tagged, text)


def test_english_age_in_decades_is_no_date(tagged) -> None:
    assert en(tagged, "The suspect, in his forties, was arrested.") == []


@pytest.mark.parametrize(
    ("text", "quoted", "value"),
    [
        ("В девяностые годы завод простаивал.", "девяностые годы", "199"),
        ("В восьмидесятых годах здесь был рынок.", "восьмидесятых годах", "198"),
        ("В нулевые годы завод модернизировали.", "нулевые годы", "200"),
    ],
)
def test_russian_spelled_decade(tagged, text: str, quoted: str, value: str) -> None:
    assert (quoted, "DATE", value) in ru(tagged, text)


def test_russian_zero_rate_is_no_decade(tagged) -> None:
    assert ru(tagged, "Банк сохранил нулевые ставки по вкладам.") == []


def test_english_temperature_in_the_sixties_is_no_decade(tagged) -> None:
    assert en(tagged, "Highs will be in the sixties, with lows in the forties.") == []


# --- a part of a century or decade; "через полтора года" ------------------------------------


@pytest.mark.parametrize(
    ("text", "quoted", "value"),
    [
        ("В середине прошлого века здесь был рынок.", "середине прошлого века", "19"),
        ("В конце прошлого десятилетия завод закрыли.", "конце прошлого десятилетия", "200"),
        ("Через полтора года мост откроют.", "полтора года", "2014-09"),
    ],
)
def test_russian_part_of_century_and_fractional_future(
    tagged, text: str, quoted: str, value: str
) -> None:
    assert (quoted, "DATE", value) in ru(tagged, text)
