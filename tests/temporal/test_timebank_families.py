"""Round 10: error families of a development set in the style of TimeBank/AQUAINT news
(WSJ business copy, AP world news), one test (or a few) per family, written before the
rules that fix them. Sentences are our own. Anchor: Wed 2013-03-20 (ISO week 12) unless
a test says otherwise.
"""

from __future__ import annotations

import pytest

from .conftest import en

# --- the tense of the clause ----------------------------------------------------------


def test_due_before_a_weekday_looks_ahead(tagged) -> None:
    text = "Stocks slipped as traders waited for a trade report due Friday."
    assert ("Friday", "DATE", "2013-03-22") in en(tagged, text)


def test_payable_looks_ahead(tagged) -> None:
    text = "The board declared a dividend of 12 cents, payable May 15 to holders of record May 1."
    assert en(tagged, text) == [("May 15", "DATE", "2013-05-15"), ("May 1", "DATE", "2013-05-01")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Lawmakers approved the budget for the year that begins July 1.", "2013-07-01"),
        (
            "Bankers expected rates to stay unchanged when the board meets on April 2.",
            "2013-04-02",
        ),
    ],
)
def test_a_scheduled_present_looks_ahead(tagged, text: str, expected: str) -> None:
    assert expected in [value for _, _, value in en(tagged, text)]


@pytest.mark.parametrize(
    "text", ["Schools reopen Monday.", "The hearings begin Monday.", "The licences expire Monday."]
)
def test_a_scheduled_plural_present_looks_ahead(tagged, text: str) -> None:
    assert en(tagged, text) == [("Monday", "DATE", "2013-03-25")]


@pytest.mark.parametrize(
    "text",
    [
        "A ruling is expected Friday.",
        "The envoy arrives in the capital on Friday.",
        "The delegation departs Friday.",
    ],
)
def test_an_expected_or_travel_present_looks_ahead(tagged, text: str) -> None:
    assert en(tagged, text) == [("Friday", "DATE", "2013-03-22")]


def test_this_past_weekend_is_quoted_whole(tagged) -> None:
    assert en(tagged, "Monitors left the region this past weekend.") == [
        ("this past weekend", "DATE", "2013-W11-WE")
    ]


def test_a_cue_in_a_subordinate_clause_after_the_date_binds_less(tagged) -> None:
    text = (
        "The pilots said they will stage a one-day walkout at every hub on April 30 "
        "unless the carrier restores pay it slashed."
    )
    assert ("April 30", "DATE", "2013-04-30") in en(tagged, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The union said it will strike at 12:01 a.m. on April 25 unless the airline "
            "restores the wages it slashed.",
            ("April 25", "DATE", "2013-04-25"),
        ),
        ("The board will hear Mr. Lee on Friday.", ("Friday", "DATE", "2013-03-22")),
    ],
)
def test_an_abbreviation_does_not_end_the_sentence(tagged, text: str, expected) -> None:
    assert expected in en(tagged, text)


def test_a_day_just_ahead_in_a_past_clause_is_a_deadline(tagged) -> None:
    assert en(tagged, "The bidder said it extended its offer to March 29.") == [
        ("March 29", "DATE", "2013-03-29")
    ]
    # further ahead, a past clause still means the year before
    assert en(tagged, "The bidder said it raised its offer on May 29.") == [
        ("May 29", "DATE", "2012-05-29")
    ]


def test_starting_looks_ahead(tagged) -> None:
    assert ("Monday", "DATE", "2013-03-25") in en(tagged, "Starting Monday, buses run hourly.")
    # in a past clause the start is after the deciding, not before the anchor: nearest year
    text = "The board voted on Monday to lengthen the school day starting in August."
    assert ("August", "DATE", "2013-08") in en(tagged, text)


# --- a clock time takes the day it is stated with -------------------------------------


def test_a_clock_time_before_on_a_date_takes_that_day(tagged) -> None:
    assert en(tagged, "The offer expires at 5 p.m. on April 12.") == [
        ("5 p.m.", "TIME", "2013-04-12T17:00"),
        ("April 12", "DATE", "2013-04-12"),
    ]


def test_a_clock_time_takes_the_day_named_earlier_in_its_sentence(tagged) -> None:
    text = "Yesterday, the exchange halted trading in the shares at 10:15 a.m. for an hour."
    assert ("10:15 a.m.", "TIME", "2013-03-19T10:15") in en(tagged, text)
    assert ("9 a.m.", "TIME", "2013-03-20T09:00") in en(tagged, "Trading resumes at 9 a.m.")


# --- business periods -----------------------------------------------------------------


def test_a_half_in_a_past_clause_is_the_latest_begun(tagged) -> None:
    text = "The company said it closed two mills in the second half."
    assert en(tagged, text, anchor="2013-02-20") == [("the second half", "DATE", "2012-H2")]
    text = "It expects sales to grow in the first half and to slow in the second half."
    assert en(tagged, text, anchor="2013-01-09") == [
        ("the first half", "DATE", "2013-H1"),
        ("the second half", "DATE", "2013-H2"),
    ]


@pytest.mark.parametrize("word", ["every", "each"])
def test_every_quarter_is_a_set(tagged, word: str) -> None:
    text = f"The utility reviews its rates {word} quarter."
    assert en(tagged, text) == [(f"{word} quarter", "SET", "P3M")]


# --- seasons, plurals, references, weeks, headline years ------------------------------


def test_a_season_after_for(tagged) -> None:
    text = "The drought left farmers unable to plan planting for the spring."
    assert en(tagged, text) == [("the spring", "DATE", "2013-SP")]
    assert en(tagged, "Cheap imports accounted for the fall in prices.") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The talks collapsed after months of wrangling.", ("months", "DURATION", "PXM")),
        ("The plan failed despite years of effort.", ("years", "DURATION", "PXY")),
    ],
)
def test_a_bare_plural_before_of_is_a_duration(tagged, text: str, expected) -> None:
    assert en(tagged, text) == [expected]


def test_soon_is_the_future(tagged) -> None:
    assert en(tagged, "Officials said a decision would come soon.") == [
        ("soon", "DATE", "FUTURE_REF")
    ]
    assert en(tagged, "Soon after the vote, the minister resigned.") == []
    assert en(tagged, "The firm soon ran out of cash.") == []
    assert en(tagged, "Aid must arrive as soon as possible.") == [
        ("as soon as possible", "DATE", "FUTURE_REF")
    ]


def test_for_the_week_in_a_market_report_is_the_trading_week(tagged) -> None:
    text = "Shares slid on Friday, leaving the index down 2% for the week."
    assert en(tagged, text, anchor="2013-03-25") == [
        ("Friday", "DATE", "2013-03-22"),
        ("the week", "DATE", "2013-W12"),
    ]
    # a week told about in the future is no trading week yet: "this week", then the anchor's
    text = "Traders expect a quiet market this week; the index rose 1% for the week."
    assert ("the week", "DATE", "2013-W13") in en(tagged, text, anchor="2013-03-25")


def test_a_bare_year_closing_a_headline(tagged) -> None:
    text = "Utilities Say They Are Ready for 2000\nNEW YORK (AP) -- Utilities said on Thursday."
    assert ("2000", "DATE", "2000") in en(tagged, text, anchor="1999-12-30")


# --- extents and types ------------------------------------------------------------------


def test_a_hyphenated_duration_leaves_its_article_out(tagged) -> None:
    assert en(tagged, "Talks resume after a three-week break.") == [
        ("three-week", "DURATION", "P3W")
    ]
    assert en(tagged, "He served a 10-year term.") == [("10-year", "DURATION", "P10Y")]
    assert en(tagged, "The cut lasts a year.") == [("a year", "DURATION", "P1Y")]


def test_over_before_a_duration_is_a_preposition(tagged) -> None:
    assert en(tagged, "The tax falls by a point over three years.") == [
        ("three years", "DURATION", "P3Y")
    ]


@pytest.mark.parametrize("amount", ["$8 million", "$2 billion", "90 cents"])
def test_a_rate_after_a_large_amount_is_a_set(tagged, amount: str) -> None:
    assert en(tagged, f"The plan would cost about {amount} a year.") == [("a year", "SET", "P1Y")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The deadline passed at midnight Monday.",
            ("midnight Monday", "TIME", "2013-03-18T24:00"),
        ),
        ("Yesterday the ultimatum expired at midnight.", ("midnight", "TIME", "2013-03-19T24:00")),
        ("The truce begins at noon on April 2.", ("noon", "TIME", "2013-04-02T12:00")),
        ("Markets were calm at midday.", ("midday", "TIME", "2013-03-20T12:00")),
    ],
)
def test_noon_and_midnight_take_their_stated_day(tagged, text: str, expected) -> None:
    assert expected in en(tagged, text)


def test_the_year_ended_a_date_is_that_year(tagged) -> None:
    assert en(tagged, "Sales were $3 billion in the year ended Sept. 30.") == [
        ("the year", "DATE", "2012"),
        ("Sept. 30", "DATE", "2012-09-30"),
    ]
    assert en(tagged, "The year ends badly for the firm.") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The dam was built half a century ago.", ("half a century ago", "DATE", "1963")),
        ("The firm left the city half a year ago.", ("half a year ago", "DATE", "2012-09")),
    ],
)
def test_half_a_unit_ago_is_counted_back(tagged, text: str, expected) -> None:
    assert en(tagged, text) == [expected]
