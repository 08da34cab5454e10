"""The time error families of round 13 (english_dev6, russian_dev3), one test or a few per
family, English and Russian.

Written from the families' descriptions before the rules that fix them; the sentences are
new, not the development sets'. Anchor: Wed 2013-03-20 unless a test says otherwise.
"""

from __future__ import annotations

import pytest

from .conftest import en, ru

# --- a month after the figure it measures ("the trade deficit for February") -------------


@pytest.mark.parametrize(
    ("text", "quoted", "value"),
    [
        ("The trade deficit for February is expected to narrow.", "February", "2013-02"),
        ("The government will publish figures for January next week.", "January", "2013-01"),
        ("Sales of new homes for February will be reported on Monday.", "February", "2013-02"),
    ],
)
def test_english_month_after_its_figure_is_begun(
    tagged, text: str, quoted: str, value: str
) -> None:
    assert (quoted, "DATE", value) in en(tagged, text)


def test_english_month_after_for_alone_keeps_the_tense(tagged) -> None:
    # not a figure: a plan for a month still ahead
    assert ("May", "DATE", "2013-05") in en(tagged, "The board will vote on a plan for May.")


# --- holidays fixed by a weekday rule ------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "anchor", "quoted", "value"),
    [
        ("Stores will open early on Thanksgiving.", "2013-11-12", "Thanksgiving", "2013-11-28"),
        ("The strike began on Labor Day.", "2013-09-20", "Labor Day", "2013-09-02"),
        ("The parade is set for Memorial Day.", "2013-05-01", "Memorial Day", "2013-05-27"),
    ],
)
def test_english_weekday_holidays(tagged, text: str, anchor: str, quoted: str, value: str) -> None:
    assert (quoted, "DATE", value) in en(tagged, text, anchor)


# --- the year of a market report or a forecast ---------------------------------------------


@pytest.mark.parametrize(
    ("text", "quoted", "value"),
    [
        ("Analysts expect the central bank to cut rates by year-end.", "year-end", "2013"),
        ("The index is down 4 percent for the year.", "the year", "2013"),
        ("The company expects sales to grow 5 percent for the whole year.", "the whole year",
         "2013"),
    ],
)  # fmt: skip
def test_english_the_year_reported(tagged, text: str, quoted: str, value: str) -> None:
    assert (quoted, "DATE", value) in en(tagged, text)


def test_english_for_the_year_ended_is_the_fiscal_year(tagged) -> None:
    found = en(tagged, "Profit for the year ended Sept. 30 rose 8 percent.", "2013-11-05")
    assert ("the year", "DATE", "2013") in found


# --- a deadline granted or a date set, and "must", look ahead ------------------------------


@pytest.mark.parametrize(
    ("text", "quoted", "value"),
    [
        ("The judge gave the defense until April 12 to respond.", "April 12", "2013-04-12"),
        ("On Monday the judge denied the motion and set a hearing for the week of April 8.",
         "the week of April 8", "2013-W15"),
        ("The regulator granted the bank until June to raise capital.", "June", "2013-06"),
        ("Bids must be submitted by Friday, the agency said on Tuesday.", "Friday",
         "2013-03-22"),
    ],
)  # fmt: skip
def test_english_granted_and_set_dates_lie_ahead(
    tagged, text: str, quoted: str, value: str
) -> None:
    assert (quoted, "DATE", value) in en(tagged, text)


def test_english_headline_due_looks_ahead(tagged) -> None:
    text = "Bids Due Friday\nThe board said it would pick a buyer soon."
    assert ("Friday", "DATE", "2013-03-22") in en(tagged, text)


def test_english_must_have_stays_past(tagged) -> None:
    found = en(tagged, "The thieves must have entered the bank on Sunday.")
    assert ("Sunday", "DATE", "2013-03-17") in found


# --- a scheduled present of coming and going ------------------------------------------------


@pytest.mark.parametrize(
    ("text", "quoted", "value"),
    [
        ("Parliament returns Monday from its winter recess.", "Monday", "2013-03-25"),
        ("The president leaves Friday for a tour of Asia.", "Friday", "2013-03-22"),
    ],
)
def test_english_scheduled_present_of_travel(tagged, text: str, quoted: str, value: str) -> None:
    assert (quoted, "DATE", value) in en(tagged, text)


# --- a quarter named by its months ----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "anchor", "quoted", "value"),
    [
        ("Net profit in the April-June quarter rose 12 percent.", "2013-08-01",
         "the April-June quarter", "2013-Q2"),
        ("Sales fell in the October-December quarter.", "2014-02-05",
         "the October-December quarter", "2013-Q4"),
        ("It expects a loss in the July-September period.", "2013-08-01",
         "the July-September period", "2013-Q3"),
    ],
)  # fmt: skip
def test_english_quarter_named_by_months(
    tagged, text: str, anchor: str, quoted: str, value: str
) -> None:
    assert (quoted, "DATE", value) in en(tagged, text, anchor)


def test_english_year_earlier_counts_from_a_month_named_quarter(tagged) -> None:
    text = "Profit in the April-June quarter rose 9 percent from a year earlier."
    assert ("a year earlier", "DATE", "2012-Q2") in en(tagged, text, "2013-08-01")


# --- Russian: "в 22 часа" is a clock time -----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "quoted", "value"),
    [
        ("Заседание начнётся в 10 часов.", "10 часов", "2013-03-20T10:00"),
        ("Во вторник магазин закрылся в 22 часа.", "22 часа", "2013-03-19T22:00"),
    ],
)
def test_russian_v_hours_is_a_clock_time(tagged, text: str, quoted: str, value: str) -> None:
    assert (quoted, "TIME", value) in ru(tagged, text)


def test_russian_hours_without_v_stay_a_duration(tagged) -> None:
    assert ("22 часа", "DURATION", "PT22H") in ru(tagged, "Спасатели работали 22 часа.")


# --- Russian: a month or a period with its year in the genitive, in any case --------------


@pytest.mark.parametrize(
    ("text", "quoted", "value"),
    [
        ("Рост по сравнению с январём прошлого года составил 5 процентов.",
         "январём прошлого года", "2012-01"),
        ("Выпуск сравнялся с мартом прошлого года.", "мартом прошлого года", "2012-03"),
        ("Добыча выросла по сравнению с первым полугодием 2012 года.",
         "первым полугодием 2012 года", "2012-H1"),
        ("Это больше, чем за третьим кварталом 2011 года.", "третьим кварталом 2011 года",
         "2011-Q3"),
    ],
)  # fmt: skip
def test_russian_instrumental_month_and_period_with_year(
    tagged, text: str, quoted: str, value: str
) -> None:
    assert (quoted, "DATE", value) in ru(tagged, text)


# --- Russian: "на неделю раньше обычного" is a comparison --------------------------------


@pytest.mark.parametrize(
    ("text", "quoted", "value"),
    [
        ("Базы закрылись на неделю раньше обычного.", "неделю", "P1W"),
        ("Навигация открылась на две недели позже, чем всегда.", "две недели", "P2W"),
        ("Урожай собрали на месяц раньше срока.", "месяц", "P1M"),
    ],
)
def test_russian_amount_of_earlier_or_later(tagged, text: str, quoted: str, value: str) -> None:
    assert (quoted, "DURATION", value) in ru(tagged, text)


# --- a weekday in the possessive names an event of the days just past ---------------------


@pytest.mark.parametrize(
    ("text", "quoted", "value"),
    [
        ("The agency will publish its report Thursday, a day late because of Monday's holiday.",
         "Monday", "2013-03-18"),
        ("Tuesday's vote in the Senate puts pressure on the House, which must act by June.",
         "Tuesday", "2013-03-19"),
    ],
)  # fmt: skip
def test_english_possessive_weekday_is_the_latest(
    tagged, text: str, quoted: str, value: str
) -> None:
    assert (quoted, "DATE", value) in en(tagged, text)


def test_english_possessive_weekday_of_a_schedule_looks_ahead(tagged) -> None:
    found = en(tagged, "Friday's scheduled meeting will go ahead.")
    assert ("Friday", "DATE", "2013-03-22") in found


# --- a verb after "and" is another predicate's ---------------------------------------------


@pytest.mark.parametrize(
    ("text", "quoted", "value"),
    [
        ("The storm gained strength Monday and could reach the coast by Friday, forecasters said.",
         "Monday", "2013-03-18"),
        ("He was arrested and will appear in court Monday.", "Monday", "2013-03-25"),
    ],
)  # fmt: skip
def test_english_and_parts_predicates(tagged, text: str, quoted: str, value: str) -> None:
    assert (quoted, "DATE", value) in en(tagged, text)


# --- months set out after a dash take the year named before it ----------------------------


@pytest.mark.parametrize(
    ("text", "quoted", "value"),
    [
        ("В прошлом году тарифы повышали дважды — в январе и в июле.", "январе", "2012-01"),
        ("В прошлом году тарифы повышали дважды — в январе и в июле.", "июле", "2012-07"),
        ("В 2010 году завод останавливали дважды: в марте и в октябре.", "октябре", "2010-10"),
    ],
)
def test_russian_months_after_a_dash_take_its_year(
    tagged, text: str, quoted: str, value: str
) -> None:
    assert (quoted, "DATE", value) in ru(tagged, text)


def test_english_months_after_a_dash_take_its_year(tagged) -> None:
    found = en(tagged, "Last year the utility raised rates twice -- in January and in July.")
    assert ("January", "DATE", "2012-01") in found and ("July", "DATE", "2012-07") in found


def test_russian_coordinated_months_without_a_named_year_keep_their_own(tagged) -> None:
    found = ru(tagged, "Тарифы повышали в декабре и в январе.", "2013-03-20")
    assert ("декабре", "DATE", "2012-12") in found and ("январе", "DATE", "2013-01") in found


# --- "that evening", "that week": the time the passage talks about -----------------------


@pytest.mark.parametrize(
    ("text", "quoted", "kind", "value"),
    [
        ("The governor declared an emergency Monday afternoon, and by that evening traffic "
         "was backed up.", "that evening", "TIME", "2013-03-18TEV"),
        ("The plant closed on Jan. 30. That week, the union met twice.", "That week", "DATE",
         "2013-W05"),
        ("The bank failed on Feb. 12, and that day its shares lost half their value.",
         "that day", "DATE", "2013-02-12"),
    ],
)  # fmt: skip
def test_english_that_unit_is_the_time_told(
    tagged, text: str, quoted: str, kind: str, value: str
) -> None:
    assert (quoted, kind, value) in en(tagged, text)


def test_english_said_that_day_care_is_no_timex(tagged) -> None:
    found = en(tagged, "The mayor said that day care centers would reopen.")
    assert not [f for f in found if f[0].lower().startswith("that")]


# --- "the first Wednesday in January" -----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "quoted", "value"),
    [
        ("The legislature convenes on the first Wednesday in January.",
         "the first Wednesday in January", "2014-01-01"),
        ("Voting ends the last Friday of April.", "the last Friday of April", "2013-04-26"),
        ("The vote was held on the second Tuesday of March 2011.",
         "the second Tuesday of March 2011", "2011-03-08"),
    ],
)  # fmt: skip
def test_english_ordinal_weekday_of_a_month(tagged, text: str, quoted: str, value: str) -> None:
    assert (quoted, "DATE", value) in en(tagged, text)


def test_a_clock_time_with_a_zone_never_stops_the_tagging() -> None:
    # a live blog's "10:05 IST:" once raised IndexError (the pattern has no date groups) and
    # cost the whole text its timexes
    from dossier.temporal import tag

    found = tag("Live updates. 10:05 IST: The minister arrived on Monday.", "en", "2025-06-18")
    assert "2025-06-16" in [t.value for t in found]
    assert any(t.text.startswith("10:05") for t in found)
