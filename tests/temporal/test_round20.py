"""The time error families of round 20 (english_dev13, russian_dev10), one test or a few per
family, English and Russian.

Written from the families' descriptions before the rules that fix them; the sentences are
new, not the development sets'. Anchor: Wed 2013-03-20 unless a test says otherwise.
"""

from __future__ import annotations

import pytest

from .conftest import en, ru

# --- "-ed" after "stay"/"remain" is a state, not a past: "will stay closed on Friday" ------


@pytest.mark.parametrize(
    ("text", "quoted", "value"),
    [
        ("The bridge will stay closed on Friday.", "Friday", "2013-03-22"),
        ("Banks will remain shut until Monday.", "Monday", "2013-03-25"),
        ("The border will stay closed through the end of the week.", "the end of the week",
         "2013-W12"),
    ],
)  # fmt: skip
def test_english_participle_after_stay_is_no_past(
    tagged, text: str, quoted: str, value: str
) -> None:
    assert (quoted, "DATE", value) in en(tagged, text)


def test_english_stayed_is_still_past(tagged) -> None:
    assert ("Friday", "DATE", "2013-03-15") in en(tagged, "The bridge stayed closed on Friday.")


# --- Russian ordinal quarters and halves written in digits with a case ending -------------


@pytest.mark.parametrize(
    ("text", "quoted", "value"),
    [
        ("В 1-м полугодии 2012 г. выручка выросла.", "1-м полугодии 2012 г.", "2012-H1"),
        ("Во 2-м квартале 2012 года продажи упали.", "2-м квартале 2012 года", "2012-Q2"),
        ("В 3-м квартале прибыль выросла на 5%.", "3-м квартале", "2012-Q3"),
        ("По итогам 4-го квартала прошлого года убыток сократился.",
         "4-го квартала прошлого года", "2012-Q4"),
    ],
)  # fmt: skip
def test_russian_digit_ordinal_quarter_and_half(tagged, text: str, quoted: str, value: str) -> None:
    assert (quoted, "DATE", value) in ru(tagged, text)


# --- a rate after a counted noun is a SET: "411,000 barrels a day" ----------------------


@pytest.mark.parametrize(
    ("text", "quoted", "value"),
    [
        ("The cartel will add 400,000 barrels a day to supply.", "a day", "P1D"),
        ("Russia launched about 1,200 drones a month at the city.", "a month", "P1M"),
        ("The airline flies 14 flights a week to Almaty.", "a week", "P1W"),
    ],
)  # fmt: skip
def test_english_rate_after_a_counted_noun(tagged, text: str, quoted: str, value: str) -> None:
    assert (quoted, "SET", value) in en(tagged, text)


def test_english_counted_noun_before_a_day_ago_is_no_rate(tagged) -> None:
    assert ("a day ago", "DATE", "2013-03-19") in en(tagged, "He fired 12 shots a day ago.")


# --- "the Fourth of July" is a holiday --------------------------------------------------


def test_english_fourth_of_july_is_a_holiday(tagged) -> None:
    found = en(tagged, "Prices are expected to climb until the Fourth of July.")
    assert found == [("the Fourth of July", "DATE", "2013-07-04")]


# --- "the early hours of" a date is that day's morning -----------------------------------


@pytest.mark.parametrize(
    ("text", "quoted", "value"),
    [
        ("He was arrested in the early hours of 3 September 2011.",
         "the early hours of 3 September 2011", "2011-09-03TMO"),
        ("The fire broke out in the early hours of March 12.", "the early hours of March 12",
         "2013-03-12TMO"),
    ],
)  # fmt: skip
def test_english_early_hours_of_a_date(tagged, text: str, quoted: str, value: str) -> None:
    assert (quoted, "TIME", value) in en(tagged, text)


# --- "year to date" is the DCT's year, as "so far this year" is --------------------------


@pytest.mark.parametrize(
    "text",
    ["Its shares are up 16% year to date.", "The index has gained 9% year-to-date."],
)
def test_english_year_to_date(tagged, text: str) -> None:
    found = en(tagged, text)
    assert len(found) == 1 and found[0][1:] == ("DATE", "2013")


# --- a sports or school year named by its years is one DATE, the first year -------------


@pytest.mark.parametrize(
    ("text", "quoted"),
    [
        ("Kazakhstan opens the 2012-2013 school year on Monday.", "the 2012-2013 school year"),
        ("City began the 2012/13 season with a win.", "the 2012/13 season"),
        ("The 2012-13 academic year was cut short.", "The 2012-13 academic year"),
    ],
)  # fmt: skip
def test_english_season_named_by_its_years(tagged, text: str, quoted: str) -> None:
    assert (quoted, "DATE", "2012") in en(tagged, text)


def test_russian_school_year_named_by_its_years(tagged) -> None:
    found = ru(tagged, "В 2012/13 учебном году в школы пойдут 6 млн учеников.")
    assert found == [("2012/13 учебном году", "DATE", "2012")]


# --- a sports fixture in the present lies ahead: "host Newcastle on Saturday" -------------


@pytest.mark.parametrize(
    "text",
    [
        "The champions, who won the cup in May, host Newcastle on Saturday.",
        "City play Arsenal on Saturday.",
        "The Lakers face the Celtics on Saturday.",
    ],
)
def test_english_sports_fixture_in_the_present_is_ahead(tagged, text: str) -> None:
    assert ("Saturday", "DATE", "2013-03-23") in en(tagged, text)


# --- Russian: a bare unit after a verb of lasting is a duration ("продлятся неделю") -------


@pytest.mark.parametrize(
    ("text", "quoted", "value"),
    [
        ("Каникулы начнутся 4 ноября и продлятся неделю.", "неделю", "P1W"),
        ("Ремонт продлится месяц.", "месяц", "P1M"),
        ("Учения длились сутки.", "сутки", "P1D"),
    ],
)  # fmt: skip
def test_russian_bare_unit_after_lasting_verb(tagged, text: str, quoted: str, value: str) -> None:
    assert (quoted, "DURATION", value) in ru(tagged, text)


# --- Russian: a clock time before a genitive weekday is one TIME ("23:00 воскресенья") -----


def test_russian_clock_time_before_genitive_weekday(tagged) -> None:
    found = ru(tagged, "Атаки продолжались с 23:00 воскресенья до 5 утра, сообщили в понедельник.",
               "2013-03-18")  # fmt: skip
    assert ("23:00 воскресенья", "TIME", "2013-03-17T23:00") in found


# --- a range from a late hour to a morning one ends on the next day ----------------------


@pytest.mark.parametrize(
    ("text", "language", "quoted", "value"),
    [
        ("Обстрел шёл с 23:00 воскресенья до 5 утра, сообщили в понедельник.", "ru", "5 утра",
         "2013-03-18T05:00"),
        ("The curfew ran from 10 p.m. Sunday until 6 a.m., police said Monday.", "en", "6 a.m.",
         "2013-03-18T06:00"),
    ],
)  # fmt: skip
def test_range_from_a_late_hour_to_a_morning_one(
    tagged, text: str, language: str, quoted: str, value: str
) -> None:
    assert (quoted, "TIME", value) in tagged(text, language, "2013-03-18")


def test_range_within_one_day_stays_on_it(tagged) -> None:
    found = tagged("Shops were open from 9 a.m. Sunday until 11 a.m.", "en", "2013-03-18")
    assert ("11 a.m.", "TIME", "2013-03-17T11:00") in found


# --- a month after "agreed to <verb> ... in" may date either verb: no tense, the nearest ---


@pytest.mark.parametrize(
    "text",
    [
        "The cartel agreed to raise output in May.",
        "Oil fell after the cartel agreed to add supply in May and as tariffs announced late "
        "Wednesday rattled markets.",
    ],
)
def test_english_month_after_agreed_infinitive_is_nearest(tagged, text: str) -> None:
    assert ("May", "DATE", "2013-05") in en(tagged, text)


def test_english_month_before_the_infinitive_dates_the_agreeing(tagged) -> None:
    found = en(tagged, "The cartel agreed in November to raise output.")
    assert found == [("November", "DATE", "2012-11")]


# --- a span in a relative clause takes its past verb's tense, not the main verb's after it --


@pytest.mark.parametrize(
    ("text", "quoted", "value"),
    [
        ("Storms that left 40,000 homes without power over the weekend are expected to return.",
         "the weekend", "2013-W11-WE"),
        ("The fire that broke out on Monday will be investigated.", "Monday", "2013-03-18"),
    ],
)  # fmt: skip
def test_english_span_in_a_past_relative_clause(tagged, text: str, quoted: str, value: str) -> None:
    assert (quoted, "DATE", value) in en(tagged, text)


def test_english_relative_verb_before_a_future_is_not_the_spans(tagged) -> None:
    found = en(tagged, "The storm that hit Florida will reach Georgia on Friday.")
    assert found == [("Friday", "DATE", "2013-03-22")]


# --- a relative time quoted from a speaker the sentence dates earlier counts from that day --


def test_english_quoted_relative_time_counts_from_the_interview(tagged) -> None:
    text = 'When the mayor spoke to us on Feb. 25, she said the shelters would open "next month".'
    assert ("next month", "DATE", "2013-03") in en(tagged, text)


def test_english_relative_time_outside_quotes_counts_from_the_anchor(tagged) -> None:
    text = "When the mayor spoke to us on Feb. 25, she said the shelters would open next month."
    assert ("next month", "DATE", "2013-04") in en(tagged, text)


def test_russian_quoted_relative_time_counts_from_the_interview(tagged) -> None:
    text = (
        "Когда мы говорили с мэром 25 февраля, она пообещала: «В следующем месяце откроем приюты»."
    )
    assert ("следующем месяце", "DATE", "2013-03") in ru(tagged, text)


# --- Russian: a scheduled event in the present lies ahead, as English "begins" does -------


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Приём заявок начинается в понедельник.", "2013-03-25"),
        ("Срок подачи документов истекает в пятницу.", "2013-03-22"),
        ("Выставка завершается в воскресенье.", "2013-03-24"),
    ],
)  # fmt: skip
def test_russian_scheduled_present_is_ahead(tagged, text: str, value: str) -> None:
    found = ru(tagged, text)
    assert len(found) == 1 and found[0][1:] == ("DATE", value)


def test_russian_past_of_a_scheduled_verb_stays_past(tagged) -> None:
    assert ru(tagged, "Выставка открылась в воскресенье.") == [
        ("воскресенье", "DATE", "2013-03-17")
    ]


# --- a release in the present lies ahead: "the company reports results on Thursday" -------


@pytest.mark.parametrize(
    "text",
    [
        "The chipmaker reports fourth-quarter results on Thursday after the bell.",
        "The statistics office publishes the inflation figures on Thursday.",
    ],
)
def test_english_scheduled_release_in_the_present_is_ahead(tagged, text: str) -> None:
    assert ("Thursday", "DATE", "2013-03-21") in en(tagged, text)


def test_english_media_reports_noun_is_no_release(tagged) -> None:
    found = en(tagged, "Media reports on Monday said the plant had closed.")
    assert found == [("Monday", "DATE", "2013-03-18")]


# --- Russian: a ten-day part of a month keeps its words, valued as the month ---------------


@pytest.mark.parametrize(
    ("text", "quoted"),
    [
        ("В первой декаде апреля ожидается потепление.", "первой декаде апреля"),
        ("Выплаты начнутся в последней декаде апреля.", "последней декаде апреля"),
    ],
)  # fmt: skip
def test_russian_dekada_of_a_month(tagged, text: str, quoted: str) -> None:
    assert ru(tagged, text) == [(quoted, "DATE", "2013-04")]


# --- a yearless first date of a range takes the year of the last ------------------------


@pytest.mark.parametrize(
    ("text", "language", "quoted", "value"),
    [
        ("Voting ran from Sept. 21 to Oct. 28, 2011.", "en", "Sept. 21", "2011-09-21"),
        ("The talks lasted from Dec. 20 to Jan. 10, 2011.", "en", "Dec. 20", "2010-12-20"),
        ("The mobilization lasted from 21 September to 28 October 2011.", "en", "21 September",
         "2011-09-21"),
        ("Выставка проходила с 3 марта по 5 апреля 2011 года.", "ru", "3 марта", "2011-03-03"),
        ("Мобилизация шла с 21 сентября по 28 октября 2011 г.", "ru", "21 сентября", "2011-09-21"),
    ],
)  # fmt: skip
def test_range_first_date_takes_the_last_dates_year(
    tagged, text: str, language: str, quoted: str, value: str
) -> None:
    assert (quoted, "DATE", value) in tagged(text, language)


def test_range_first_date_with_its_own_year_keeps_it(tagged) -> None:
    found = en(tagged, "Talks were held on Dec. 30, 2011, and Jan. 2, 2012.")
    assert ("Dec. 30, 2011", "DATE", "2011-12-30") in found


# --- Russian: the hour a span starts from or ends at is a clock time, not a stretch -------


@pytest.mark.parametrize(
    ("text", "quoted", "value"),
    [
        ("С 22 часов 13 марта в районе действует режим КТО.", "22 часов", "2013-03-13T22:00"),
        ("Вчера магазины работали с 8 до 22 часов.", "22 часов", "2013-03-19T22:00"),
    ],
)  # fmt: skip
def test_russian_hour_a_span_starts_or_ends_at(tagged, text: str, quoted: str, value: str) -> None:
    assert (quoted, "TIME", value) in ru(tagged, text)


def test_russian_hours_worked_stay_a_stretch(tagged) -> None:
    assert ru(tagged, "Спасатели работали 22 часа.") == [("22 часа", "DURATION", "PT22H")]


# --- Russian: "на протяжении года", "в ближайшие сутки" are stretches ----------------------


@pytest.mark.parametrize(
    ("text", "quoted", "value"),
    [
        ("На протяжении года цены росли.", "года", "P1Y"),
        ("В ближайшие сутки ожидается сильный ветер.", "ближайшие сутки", "P1D"),
    ],
)  # fmt: skip
def test_russian_stretch_phrases(tagged, text: str, quoted: str, value: str) -> None:
    assert ru(tagged, text) == [(quoted, "DURATION", value)]


# --- "a week-long truce": the article is out; "this time last year" is one DATE ----------


@pytest.mark.parametrize(
    ("text", "quoted", "value"),
    [
        ("A week-long ceasefire took effect.", "week-long", "P1W"),
        ("It was an hour-long speech.", "hour-long", "PT1H"),
    ],
)  # fmt: skip
def test_english_unit_long_leaves_the_article_out(
    tagged, text: str, quoted: str, value: str
) -> None:
    assert en(tagged, text) == [(quoted, "DURATION", value)]


def test_english_this_time_last_year(tagged) -> None:
    found = en(tagged, "Drivers paid $5.01 a gallon, up from $3.07 this time last year.")
    assert ("this time last year", "DATE", "2012") in found


# --- Russian: "спустя год после X" is a duration; a participle reaches over one phrase -----


@pytest.mark.parametrize(
    ("text", "quoted", "value"),
    [
        ("Спустя год после наводнения многие остаются без жилья.", "год", "P1Y"),
        ("Спустя два месяца после ареста его отпустили.", "два месяца", "P2M"),
    ],
)  # fmt: skip
def test_russian_spustya_after_an_event_is_a_duration(
    tagged, text: str, quoted: str, value: str
) -> None:
    assert ru(tagged, text) == [(quoted, "DURATION", value)]


def test_russian_participle_over_a_prepositional_phrase(tagged) -> None:
    found = ru(tagged, "Президент, вступивший в должность в январе, посетит Киев в пятницу.",
               "2013-11-14")  # fmt: skip
    assert ("январе", "DATE", "2013-01") in found


# --- "every January" is a SET; a rule in force "until" a date lies ahead ------------------


def test_english_every_month_is_a_set(tagged) -> None:
    found = en(tagged, "The festival, held every January, drew 10,000 people.")
    assert found == [("every January", "SET", "XXXX-01")]


def test_english_each_may_the_verb_is_no_set(tagged) -> None:
    assert en(tagged, "Each may apply for a permit.") == []


def test_english_rules_in_force_until_a_date_after_a_past(tagged) -> None:
    found = en(tagged, "The rules took effect on Jan. 1 and apply until the end of June.",
               "2013-01-03")  # fmt: skip
    assert ("the end of June", "DATE", "2013-06") in found


def test_russian_every_month_is_a_set(tagged) -> None:
    assert ru(tagged, "Фестиваль проходит каждый январь.") == [("каждый январь", "SET", "XXXX-01")]


# --- a year before "more than" is a year, not a count ("of 2011 more than 674,000") -------


def test_english_year_before_more_than(tagged) -> None:
    found = en(tagged, "During the first 10 months of 2011 more than 674,000 people left.")
    assert ("2011", "DATE", "2011") in found


def test_english_count_before_more_stays_a_count(tagged) -> None:
    assert en(tagged, "The army sent 2011 more troops.") == []


# --- a clock range's first hour takes the weekday written after the range ---------------


def test_english_clock_range_first_hour_takes_the_weekday_after(tagged) -> None:
    found = en(tagged, "Air raid alerts lasted from 2 a.m. until 5:30 a.m. on Saturday.",
               "2013-03-17")  # fmt: skip
    assert ("2 a.m.", "TIME", "2013-03-16T02:00") in found


# --- a present passive is no past; a plan that was changed is no future ---------------------


def test_english_present_passive_is_no_past(tagged) -> None:
    found = en(tagged, "He faces 20 years when he is sentenced in June.", "2013-04-10")
    assert ("June", "DATE", "2013-06") in found


def test_english_expected_to_have_is_still_a_past(tagged) -> None:
    found = en(tagged, "Sales are expected to have slipped in May.", "2013-04-10")
    assert ("May", "DATE", "2012-05") in found


def test_english_originally_set_for_is_no_future(tagged) -> None:
    found = en(tagged, "The hearing, originally set for April 2, was moved to April 16.",
               "2013-04-10")  # fmt: skip
    assert ("April 2", "DATE", "2013-04-02") in found
