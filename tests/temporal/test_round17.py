"""The time error families of round 17 (english_dev10, russian_dev7), one test or a few per
family, English and Russian.

Written from the families' descriptions before the rules that fix them; the sentences are
new, not the development sets'. Anchor: Wed 2013-03-20 unless a test says otherwise.
"""

from __future__ import annotations

import re

import pytest

from .conftest import en, ru

# --- wire copy's clock times: a zone named by its place, a 24-hour time without a colon -----


@pytest.mark.parametrize(
    ("text", "quoted", "value"),
    [
        ("Trading resumes on March 25 at 10 a.m. Kyiv time.", "10 a.m. Kyiv time",
         "2013-03-25T10:00"),
        ("Polls close on March 24 at 20:00 Tbilisi time.", "20:00 Tbilisi time",
         "2013-03-24T20:00"),
        ("The talks will start at 1400 GMT on March 22.", "1400 GMT", "2013-03-22T14:00"),
        ("The rocket lifted off at 0630 UTC on March 19.", "0630 UTC", "2013-03-19T06:30"),
    ],
)  # fmt: skip
def test_english_clock_time_zones(tagged, text: str, quoted: str, value: str) -> None:
    assert (quoted, "TIME", value) in en(tagged, text)


def test_english_converted_clock_time_in_brackets(tagged) -> None:
    found = en(tagged, "Voting ends on March 24 at 8 p.m. Moscow time (1700 GMT).")
    assert ("8 p.m. Moscow time", "TIME", "2013-03-24T20:00") in found
    assert ("1700 GMT", "TIME", "2013-03-24T17:00") in found


def test_english_year_before_a_zone_word_stays_a_year(tagged) -> None:
    # a year is no clock time: "1800 GMT" is, "in 1800 Greenwich" and "1990 UTC rules" are not
    found = en(tagged, "The observatory was founded in 1800 and moved in 1990.")
    assert ("1800", "DATE", "1800") in found
    assert ("1990", "DATE", "1990") in found


def test_english_zone_after_pm_ends_no_sentence(tagged) -> None:
    # "p.m. Moscow time": the full stop of "p.m." before a zone ends no sentence, so the
    # converted time keeps the date its sentence names, under the attribution's past tense
    found = en(
        tagged, "The bank will decide on March 27 at 1:30 p.m. Moscow time (1030 GMT), it said."
    )
    assert ("1030 GMT", "TIME", "2013-03-27T10:30") in found


# --- a day range whose last day is bare: "between April 6 and 9", "May 3-6" ----------------


@pytest.mark.parametrize(
    ("text", "first", "last"),
    [
        ("The committee met between March 4 and 7 in Geneva.", ("March 4", "2013-03-04"),
         ("7", "2013-03-07")),
        ("The summit will be held May 3-6.", ("May 3", "2013-05-03"), ("6", "2013-05-06")),
        ("Voting will run from April 10 through 12.", ("April 10", "2013-04-10"),
         ("12", "2013-04-12")),
        ("The Fed's Jan. 29\u201330 meeting ended with no change.", ("Jan. 29", "2013-01-29"),
         ("30", "2013-01-30")),
    ],
)  # fmt: skip
def test_english_range_last_day_takes_the_first_days_month(
    tagged, text: str, first: tuple[str, str], last: tuple[str, str]
) -> None:
    found = en(tagged, text)
    assert (first[0], "DATE", first[1]) in found
    assert (last[0], "DATE", last[1]) in found


@pytest.mark.parametrize(
    "text",
    [
        "Police detained 40 people on March 3 and 10 people on March 4.",
        "Shares rose 4% between March 4 and 5 p.m.",
        "Prices climbed on March 4 and 6 percent more on March 5.",
    ],
)
def test_english_a_count_after_a_date_is_no_range(tagged, text: str) -> None:
    assert not [t for t in en(tagged, text) if t[0] in ("10", "5", "6")]


# --- a day of the month alone: "on the 14th" -------------------------------------------


@pytest.mark.parametrize(
    ("text", "anchor", "value"),
    [
        # the DCT's month, or the month before when a past clause names a later day
        ("The judge denied the motion on the 14th.", "2013-03-20", "2013-03-14"),
        ("The judge denied the motion on the 24th.", "2013-03-20", "2013-02-24"),
        ("The hearing will resume on the 4th.", "2013-03-20", "2013-04-04"),
        # the month the passage talks about
        ("Shelling began in early May; the worst day came on the 9th.", "2013-06-20",
         "2013-05-09"),
    ],
)  # fmt: skip
def test_english_day_of_month_alone(tagged, text: str, anchor: str, value: str) -> None:
    days = [t for t in en(tagged, text, anchor) if re.fullmatch(r"the \d+(?:st|nd|rd|th)", t[0])]
    assert [t[1:] for t in days] == [("DATE", value)]


@pytest.mark.parametrize(
    "text",
    ["The ship sank in the 14th century.", "He lives on the 4th floor.",
     "It was the 3rd time this year.", "The 9th Brigade moved on the town."],
)  # fmt: skip
def test_english_an_ordinal_before_its_noun_is_no_day(tagged, text: str) -> None:
    assert not [
        t for t in en(tagged, text) if t[0] in ("the 14th", "the 4th", "the 3rd", "The 9th")
    ]


# --- update and publication stamps: a date with its clock time is one TIME ----------------


@pytest.mark.parametrize(
    ("text", "quoted", "value"),
    [
        ("Updated: 19.03.2013 14:05", "19.03.2013 14:05", "2013-03-19T14:05"),
        ("Last updated 19 March 2013, 08:40 GMT", "19 March 2013, 08:40 GMT", "2013-03-19T08:40"),
        ("Published March 19, 2013 16:20", "March 19, 2013 16:20", "2013-03-19T16:20"),
    ],
)  # fmt: skip
def test_english_stamps(tagged, text: str, quoted: str, value: str) -> None:
    assert en(tagged, text) == [(quoted, "TIME", value)]


def test_english_dotted_date_is_day_first(tagged) -> None:
    assert en(tagged, "The decree of 05.03.2013 took effect.") == [
        ("05.03.2013", "DATE", "2013-03-05")
    ]


@pytest.mark.parametrize(
    ("text", "quoted", "value"),
    [
        ("Опубликовано 19 марта 2013, 09:12", "19 марта 2013, 09:12", "2013-03-19T09:12"),
        ("Обновлено: 19.03.2013 17:45", "19.03.2013 17:45", "2013-03-19T17:45"),
    ],
)  # fmt: skip
def test_russian_stamps(tagged, text: str, quoted: str, value: str) -> None:
    assert ru(tagged, text) == [(quoted, "TIME", value)]


# --- a yearless month or day in a sentence that names the year it talks about --------------


@pytest.mark.parametrize(
    ("text", "quoted", "value"),
    [
        ("In 2009, sales peaked in March.", "March", "2009-03"),
        ("Last year, the coldest weather came in late January.", "late January", "2012-01"),
        ("In 2011 the plant closed on July 4 after a fire.", "July 4", "2011-07-04"),
        ("Sales in 2010 peaked in November, the company said.", "November", "2010-11"),
    ],
)  # fmt: skip
def test_english_month_in_the_year_its_sentence_names(
    tagged, text: str, quoted: str, value: str
) -> None:
    assert (quoted, "DATE", value) in en(tagged, text)


@pytest.mark.parametrize(
    ("text", "quoted", "value"),
    [
        ("В 2009 году самые сильные морозы были в январе.", "январе", "2009-01"),
        ("В 2010 году ледоход начался 12 апреля.", "12 апреля", "2010-04-12"),
    ],
)  # fmt: skip
def test_russian_month_in_the_year_its_sentence_names(
    tagged, text: str, quoted: str, value: str
) -> None:
    assert (quoted, "DATE", value) in ru(tagged, text)


@pytest.mark.parametrize(
    "text",
    [
        # a year that modifies a noun names no time of the clause
        "The 2009 law takes effect in May.",
        # another time stands between: the month is the clause's own
        "Prices have risen since 2009, and the next increase comes in May.",
        # a year in an aside dates the aside
        "The tariff, set in 2009, will rise in May.",
    ],
)
def test_english_a_year_that_is_no_time_of_the_clause_leaves_the_month(tagged, text) -> None:
    assert ("May", "DATE", "2013-05") in en(tagged, text)


def test_russian_the_year_of_a_figure_dates_no_clause(tagged) -> None:
    # "за 2012 год" names the period a report covers, not the time of publishing it
    found = ru(tagged, "Отчётность за 2012 год компания опубликует в апреле.")
    assert ("апреле", "DATE", "2013-04") in found


# --- extents: a position word in the nominative, "the new year" after a verb, a bare plural
# after "face" ----------------------------------------------------------------------------


def test_russian_position_word_in_any_case_is_in_the_span(tagged) -> None:
    assert ("конец января", "DATE", "2013-01") in ru(tagged, "Пик пришёлся на конец января.")
    assert ("концом мая", "DATE", "2013-05") in ru(tagged, "Работы завершат перед концом мая.")


def test_english_the_new_year_after_a_verb(tagged) -> None:
    found = en(tagged, "Stocks opened the new year higher.", "2013-01-02")
    assert ("the new year", "DATE", "2013") in found


def test_english_bare_plural_after_face(tagged) -> None:
    found = en(tagged, "Residents could face weeks without heat, officials said.")
    assert ("weeks", "DURATION", "PXW") in found


# --- the same period of a named year ------------------------------------------------------


def test_english_same_period_of_a_named_year(tagged) -> None:
    found = en(tagged, "Profit in the fourth quarter rose from the same period of 2010.")
    assert ("the same period of 2010", "DATE", "2010-Q4") in found


def test_russian_same_period_of_a_named_year(tagged) -> None:
    text = "В IV квартале продажи вернулись к уровню аналогичного периода 2010 года."
    assert ("аналогичного периода 2010 года", "DATE", "2010-Q4") in ru(tagged, text)


# --- tense: a plural present "expect", an urging with a long object -----------------------


def test_english_plural_expect_looks_ahead(tagged) -> None:
    found = en(tagged, "Economists polled last week expect a rate cut in the second half.")
    assert ("the second half", "DATE", "2013-H2") in found


def test_english_did_not_expect_is_still_reported_speech(tagged) -> None:
    found = en(tagged, "Traders said they did not expect a cut before the second half.")
    assert ("the second half", "DATE", "2013-H2") in found


def test_english_urging_with_a_long_object_looks_ahead(tagged) -> None:
    text = "Officials urged residents of the flooded town of Marlow to leave before winter."
    assert ("winter", "DATE", "2013-WI") in en(tagged, text, "2013-11-20")


def test_english_a_date_set_for_a_trial_lies_ahead(tagged) -> None:
    # the appointment's date, not the setting's: ahead even in a sentence told in the past
    text = "The judge denied the motion, and on Monday she set a trial date of Feb. 4."
    assert ("Feb. 4", "DATE", "2014-02-04") in en(tagged, text, "2013-12-20")
    text = "Prosecutors met the deadline, and the court set a deadline of Jan. 9 for the defense."
    assert ("Jan. 9", "DATE", "2014-01-09") in en(tagged, text, "2013-12-20")


def test_english_a_date_after_a_possessive_names_an_event_with_no_tense(tagged) -> None:
    # "the Fed's Dec. 17 meeting": the meeting's date, nearest the anchor, not the clause's
    text = "Investors will study the minutes of the Fed's Dec. 17 meeting next week."
    assert ("Dec. 17", "DATE", "2013-12-17") in en(tagged, text, "2014-01-02")
    text = "Investors will study the minutes of the Fed's Dec. 17-18 meeting next week."
    assert ("18", "DATE", "2013-12-18") in en(tagged, text, "2014-01-02")


# --- a quarter or half without a year in a results story that names its year -------------


def test_english_half_in_the_year_its_paragraph_reports(tagged) -> None:
    text = "Sales fell 4% in 2012. In the first half, the decline was steeper."
    assert ("the first half", "DATE", "2012-H1") in en(tagged, text, "2013-02-01")


def test_russian_half_in_the_year_its_paragraph_reports(tagged) -> None:
    text = "По итогам 2012 года продажи упали на 4%. В первом полугодии спад был сильнее."
    assert ("первом полугодии", "DATE", "2012-H1") in ru(tagged, text, "2013-02-01")


def test_an_old_year_in_the_paragraph_leaves_the_half_to_the_tense(tagged) -> None:
    text = "The firm was founded in 1998. In the second half, sales rose 5%."
    assert ("the second half", "DATE", "2012-H2") in en(tagged, text, "2013-02-01")


# --- "a week from Tuesday": one DATE, counted from the coming weekday ----------------------


@pytest.mark.parametrize(
    ("text", "quoted", "value"),
    [
        ("He hopes to hold a vote a week from Tuesday.", "a week from Tuesday", "2013-04-02"),
        ("The strike begins two weeks from Friday.", "two weeks from Friday", "2013-04-05"),
    ],
)  # fmt: skip
def test_english_weeks_from_a_weekday(tagged, text: str, quoted: str, value: str) -> None:
    found = en(tagged, text)
    assert (quoted, "DATE", value) in found
    assert len(found) == 1


def test_russian_future_in_atsya_is_a_tense_cue(tagged) -> None:
    # "продержатся", "удержатся": a perfective future in -атся beats the past of the clause
    # before it, as "продлятся" does
    text = "Занятия отменили, а морозы продержатся до конца недели."
    assert ("конца недели", "DATE", "2013-W12") in ru(tagged, text, "2013-03-18")


# --- a converted time in brackets between a clock time and its day ------------------------


def test_english_converted_time_between_clock_and_weekday(tagged) -> None:
    found = en(tagged, "Voting will start at 10 a.m. (1400 GMT) on Thursday.")
    assert ("10 a.m.", "TIME", "2013-03-21T10:00") in found
    assert ("1400 GMT", "TIME", "2013-03-21T14:00") in found
    assert ("Thursday", "DATE", "2013-03-21") in found


def test_english_converted_time_between_clock_and_date(tagged) -> None:
    found = en(tagged, "The rate decision is due at 1:30 p.m. (1030 GMT) on March 22.")
    assert ("1:30 p.m.", "TIME", "2013-03-22T13:30") in found
    assert ("1030 GMT", "TIME", "2013-03-22T10:30") in found


def test_english_military_time_in_local_time(tagged) -> None:
    found = en(tagged, "Rebels attacked the base at 0400 local time on March 17.")
    assert ("0400 local time", "TIME", "2013-03-17T04:00") in found


# --- Russian: an age is no time; "через год после X" counts from an event -------------------


@pytest.mark.parametrize(
    "text",
    ["Он скончался в возрасте 67 лет.", "Ей исполнилось 18 лет.", "Ему 23 года, он студент."],
)
def test_russian_ages_are_not_marked(tagged, text: str) -> None:
    assert ru(tagged, text) == []


def test_russian_a_sentence_in_years_is_still_marked(tagged) -> None:
    found = ru(tagged, "Ему грозит до 10 лет лишения свободы.")
    assert ("10 лет", "DURATION", "P10Y") in found


def test_russian_count_after_an_event_is_a_duration(tagged) -> None:
    # "через неделю после выборов": the time after an event, as "a month after X" is
    found = ru(tagged, "Через неделю после выборов президент ушёл в отставку.")
    assert found == [("неделю", "DURATION", "P1W")]
    assert ru(tagged, "Через два года завод закроют.") == [("два года", "DATE", "2015")]


def test_russian_a_term_given_to_him_is_marked(tagged) -> None:
    found = ru(tagged, "Суд назначил ему четыре года колонии.")
    assert ("четыре года", "DURATION", "P4Y") in found


def test_english_midnight_with_a_converted_time_takes_its_day(tagged) -> None:
    found = en(tagged, "The ceasefire takes effect at midnight (2200 GMT) on Sunday.")
    assert ("midnight", "TIME", "2013-03-24T24:00") in found
    assert ("2200 GMT", "TIME", "2013-03-24T22:00") in found


def test_english_month_range_with_a_hyphen_is_two_months(tagged) -> None:
    # as "январь-сентябрь" (round 15): both months are marked
    found = en(tagged, "Exports rose 4% in January-February, the ministry said.")
    assert ("January", "DATE", "2013-01") in found
    assert ("February", "DATE", "2013-02") in found


# --- tense: a past that looks like a present, a past after "since" and a gerund -------------


def test_english_which_hit_is_a_past(tagged) -> None:
    text = "The jobless rate, which hit a low of 7.7 percent in November, is expected to fall."
    assert ("November", "DATE", "2012-11") in en(tagged, text)


def test_english_since_a_gerund_dates_a_past_event(tagged) -> None:
    text = "Shares have lost 35 percent since hitting a record high in September."
    assert ("September", "DATE", "2012-09") in en(tagged, text)


def test_english_a_present_verb_blocks_an_asides_past(tagged) -> None:
    # "faces" is the clause's verb; the aside's "passed" is not the April vote's tense
    text = "The bill, passed by the House in January, faces a Senate vote in April."
    found = en(tagged, text)
    assert ("January", "DATE", "2013-01") in found
    assert ("April", "DATE", "2013-04") in found


# --- Russian past participles: sentence-initial, and with an agent before the date ---------


def test_russian_capitalised_participle_is_a_past_cue(tagged) -> None:
    text = "Задержанный в понедельник мужчина предстанет перед судом в четверг."
    found = ru(tagged, text)
    assert ("понедельник", "DATE", "2013-03-18") in found
    assert ("четверг", "DATE", "2013-03-21") in found


def test_russian_participle_with_its_agent_is_a_past_cue(tagged) -> None:
    text = "Законопроект, принятый Госдумой в январе, рассмотрят в Совфеде в апреле."
    found = ru(tagged, text)
    assert ("январе", "DATE", "2013-01") in found
    assert ("апреле", "DATE", "2013-04") in found


def test_a_contrast_after_the_named_year_opens_a_new_time(tagged) -> None:
    # "а"/"but" turns from the year named to another time: the month is left to rule Y1
    text = "В 2012 году экономика выросла на 3,4%, а в январе замедлилась."
    assert ("январе", "DATE", "2013-01") in ru(tagged, text)
    text = "In 2012 the economy grew 3.4%, but in January it slowed."
    assert ("January", "DATE", "2013-01") in en(tagged, text)


def test_english_sentence_opening_participle_is_a_past_cue(tagged) -> None:
    found = en(tagged, "Arrested Monday, the man will appear in court Thursday.")
    assert ("Monday", "DATE", "2013-03-18") in found
    assert ("Thursday", "DATE", "2013-03-21") in found


# --- narrative days: "the following morning", "earlier in the day" ------------------------


def test_english_the_following_morning_is_the_next_days_morning(tagged) -> None:
    found = en(tagged, "Police detained him on March 3. The following morning, he was released.")
    assert ("The following morning", "TIME", "2013-03-04TMO") in found


def test_english_earlier_in_the_day_is_the_day_told(tagged) -> None:
    found = en(tagged, "Talks resumed on Tuesday. Earlier in the day, police fired tear gas.")
    assert ("Earlier in the day", "DATE", "2013-03-19") in found


# --- Russian: "на следующее утро", "каждые выходные", a figure's month after "за" -----------


def test_russian_the_following_morning(tagged) -> None:
    found = ru(tagged, "Его задержали 3 марта, а на следующее утро отпустили.")
    assert ("следующее утро", "TIME", "2013-03-04TMO") in found


def test_russian_every_weekend_is_a_set(tagged) -> None:
    assert ru(tagged, "Каждые выходные волонтёры убирают парк.") == [
        ("Каждые выходные", "SET", "XXXX-WXX-WE")
    ]


@pytest.mark.parametrize(
    ("text", "quoted", "value"),
    [
        ("Данные за январь опубликуют в конце марта.", "январь", "2013-01"),
        ("Зарплату за март выплатят в апреле.", "март", "2013-03"),
        ("Отчёт за декабрь представят на следующей неделе.", "декабрь", "2012-12"),
    ],
)  # fmt: skip
def test_russian_a_figures_month_after_za_is_the_latest_begun(
    tagged, text: str, quoted: str, value: str
) -> None:
    # "за январь" is the period a figure covers: the latest such month begun, whatever the
    # tense of publishing it, as English "January figures" is
    assert (quoted, "DATE", value) in ru(tagged, text)


def test_english_a_year_after_since_at_least_is_a_year(tagged) -> None:
    assert ("2008", "DATE", "2008") in en(tagged, "The scheme has run since at least 2008.")
    assert ("1995", "DATE", "1995") in en(tagged, "The custom dates back to at least 1995.")
    assert en(tagged, "At least 2008 people were injured.") == []


def test_english_results_due_lie_ahead(tagged) -> None:
    # "are due": "are" is the future's auxiliary here, not a present that blocks it
    found = en(tagged, "Third-quarter results are due on Oct. 24.")
    assert ("Third-quarter", "DATE", "2013-Q3") in found


def test_english_ahead_of_an_event_lies_ahead(tagged) -> None:
    found = en(tagged, "Trading was light ahead of Friday's jobs report.")
    assert ("Friday", "DATE", "2013-03-22") in found


# --- Russian clock times with their day after them; the coming weekend; a quarter's end ----


@pytest.mark.parametrize(
    ("text", "quoted", "value"),
    [
        ("Около 23:00 в понедельник поступил вызов.", "Около 23:00", "2013-03-18T23:00"),
        ("Режим ЧС введён с 8 утра 19 марта.", "8 утра", "2013-03-19T08:00"),
        ("Заседание начнётся в 10:00 25 марта.", "10:00", "2013-03-25T10:00"),
    ],
)  # fmt: skip
def test_russian_clock_time_takes_the_day_after_it(
    tagged, text: str, quoted: str, value: str
) -> None:
    assert (quoted, "TIME", value) in ru(tagged, text)


def test_russian_the_coming_weekend(tagged) -> None:
    found = ru(tagged, "В ближайшие выходные ожидается потепление.")
    assert ("ближайшие выходные", "DATE", "2013-W12-WE") in found


def test_russian_position_word_before_a_quarter_is_in_the_span(tagged) -> None:
    found = ru(tagged, "Ремонт завершат до конца первого квартала.")
    assert ("конца первого квартала", "DATE", "2013-Q1") in found


def test_english_day_first_range_takes_the_last_days_month(tagged) -> None:
    # "from 1-10 April", as South Asian and British copy write it, and as "с 1 по 10 апреля"
    found = en(tagged, "The fair will run from 1-10 April.")
    assert ("1", "DATE", "2013-04-01") in found
    assert ("10 April", "DATE", "2013-04-10") in found


def test_english_the_week_to_a_day_is_the_week_ended_then(tagged) -> None:
    # "in the week to March 15", as British and wire copy write "the week ended March 15"
    found = en(tagged, "Jobless claims fell in the week to March 15, data showed.")
    assert ("the week", "DATE", "2013-W11") in found
    assert ("March 15", "DATE", "2013-03-15") in found
