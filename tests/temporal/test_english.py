"""English rules, one test per anchoring rule of ``dossier.temporal`` (anchor: Tue 2023-09-12)."""

from __future__ import annotations

import pytest

from dossier.temporal import tag


def test_explicit_dates_need_no_anchor(tagged) -> None:
    text = "It began on February 24, 2022, and in June 2022; on 4 April 2022; on 2022-11-08."
    assert tagged(text, anchor=None) == [
        ("February 24, 2022", "DATE", "2022-02-24"),
        ("June 2022", "DATE", "2022-06"),
        ("4 April 2022", "DATE", "2022-04-04"),
        ("2022-11-08", "DATE", "2022-11-08"),
    ]


def test_y1_yearless_day_takes_the_anchor_year(tagged) -> None:
    assert tagged("On August 30, the court held a hearing.") == [
        ("August 30", "DATE", "2023-08-30")
    ]


def test_y1_yearless_day_without_anchor_keeps_what_the_text_gives() -> None:
    [timex] = tag("On August 30, the court held a hearing.", "en", None)
    assert (timex.value, timex.anchored) == ("XXXX-08-30", False)


def test_y1_past_tense_month_after_anchor_is_last_year(tagged) -> None:
    assert tagged("In May, he was found guilty.", anchor="2023-09") == [("May", "DATE", "2023-05")]
    assert tagged("In November, he was found guilty.", anchor="2023-09") == [
        ("November", "DATE", "2022-11")
    ]


def test_y1_irregular_past_forms_are_past(tagged) -> None:
    # Short irregular pasts ("died", "shot") have no "-ed" of three letters before it.
    assert tagged("He died while fighting near Bakhmut in March.", anchor="2025-01-08") == [
        ("March", "DATE", "2024-03")
    ]
    assert tagged("A guard shot him in November.", anchor="2023-09") == [
        ("November", "DATE", "2022-11")
    ]


def test_y1_future_tense_month_before_anchor_is_next_year(tagged) -> None:
    assert tagged("The trial will resume in March.") == [("March", "DATE", "2024-03")]
    assert tagged("The trial will resume in October.") == [("October", "DATE", "2023-10")]


def test_y1_passive_participle_is_not_past(tagged) -> None:
    assert tagged("A book is due to be published in May.", anchor="2013-03-22") == [
        ("May", "DATE", "2013-05")
    ]


def test_m1_last_and_next_month_name(tagged) -> None:
    assert tagged("He died last June.", anchor="2013-03-22") == [("last June", "DATE", "2012-06")]
    assert tagged("She left last May.") == [("last May", "DATE", "2023-05")]
    assert tagged("It opens next May.") == [("next May", "DATE", "2024-05")]


def test_month_modifiers_stay_in_the_span(tagged) -> None:
    assert tagged("The season started in early December.", anchor="2013-03-22") == [
        ("early December", "DATE", "2012-12")
    ]


def test_w1_weekday_past_and_future(tagged) -> None:
    assert tagged("The ministry said on Friday that talks failed.") == [
        ("Friday", "DATE", "2023-09-08")
    ]
    assert tagged("The court will meet on Friday.") == [("Friday", "DATE", "2023-09-15")]
    assert tagged("He left last Tuesday.") == [("last Tuesday", "DATE", "2023-09-05")]


def test_w1_weekday_on_the_anchor_day_is_that_day(tagged) -> None:
    assert tagged("Officials said Tuesday.") == [("Tuesday", "DATE", "2023-09-12")]


def test_w1_weekday_needs_a_day_anchor(tagged) -> None:
    assert tagged("Officials said Friday.", anchor="2023-09") == [("Friday", "DATE", "XXXX-WXX-5")]


def test_r1_relative_units(tagged) -> None:
    text = "Last week police raided mosques; last year 83 percent came; next month a vote."
    assert tagged(text) == [
        ("Last week", "DATE", "2023-W36"),
        ("last year", "DATE", "2022"),
        ("next month", "DATE", "2023-10"),
    ]


def test_r1_earlier_this_month(tagged) -> None:
    assert tagged("Earlier this month the court ruled.") == [
        ("Earlier this month", "DATE", "2023-09")
    ]


def test_r1_ago_keeps_the_unit_precision(tagged) -> None:
    text = "Two years ago he left; three months ago he wrote; ten days ago he called."
    assert tagged(text) == [
        ("Two years ago", "DATE", "2021"),
        ("three months ago", "DATE", "2023-06"),
        ("ten days ago", "DATE", "2023-09-02"),
    ]


def test_r1_month_unit_needs_a_month_anchor(tagged) -> None:
    assert tagged("He left last month.", anchor="2023") == [("last month", "DATE", "XXXX-XX")]


def test_s1_seasons(tagged) -> None:
    text = "In the summer of 2022 Wagner began; starting from the fall of 2022 men died."
    assert tagged(text, anchor=None) == [
        ("the summer of 2022", "DATE", "2022-SU"),
        ("the fall of 2022", "DATE", "2022-FA"),
    ]
    assert tagged("He came back last summer.", anchor="2013-03-22") == [
        ("last summer", "DATE", "2012-SU")
    ]
    assert tagged("He came back last summer.") == [("last summer", "DATE", "2023-SU")]
    assert tagged("The fall of Kabul shocked many.") == []


def test_q1_quarters(tagged) -> None:
    assert tagged("Profit rose in the third quarter of 2022.") == [
        ("the third quarter of 2022", "DATE", "2022-Q3")
    ]
    assert tagged("Profit rose in the fourth quarter.") == [
        ("the fourth quarter", "DATE", "2022-Q4")
    ]


def test_h1_half_years(tagged) -> None:
    assert tagged("Profit rose in the first half of 2022.") == [
        ("the first half of 2022", "DATE", "2022-H1")
    ]
    assert tagged("Demand slowed in the second half and fell in next year's first half.") == [
        ("the second half", "DATE", "2023-H2"),
        ("next year's first half", "DATE", "2024-H1"),
    ]
    # half of something else is no time
    assert tagged("The first half of the match was dull.") == []


def test_a_year_before_a_possessive_names_the_period(tagged) -> None:
    assert tagged("Net fell from 2021's third quarter and from 2021's first half.") == [
        ("2021's third quarter", "DATE", "2021-Q3"),
        ("2021's first half", "DATE", "2021-H1"),
    ]


def test_yesterday_as_a_possessive_and_the_prior_year(tagged) -> None:
    assert tagged("Yesterday's decline followed the prior year's gains.") == [
        ("Yesterday", "DATE", "2023-09-11"),
        ("the prior year", "DATE", "2022"),
    ]
    # "today's" is as often the present in general
    assert tagged("Today's world is complex.") == []


def test_d1_day_words(tagged) -> None:
    assert tagged("Yesterday the court met; today it ruled; tomorrow it rests.") == [
        ("Yesterday", "DATE", "2023-09-11"),
        ("today", "DATE", "2023-09-12"),
        ("tomorrow", "DATE", "2023-09-13"),
    ]
    assert tagged("He spoke yesterday evening.") == [("yesterday evening", "TIME", "2023-09-11TEV")]


def test_durations(tagged) -> None:
    text = "He was sentenced to ten years; the past two years; several months; a decade; 24 hours."
    assert tagged(text) == [
        ("ten years", "DURATION", "P10Y"),
        ("the past two years", "DURATION", "P2Y"),
        ("several months", "DURATION", "PXM"),
        ("a decade", "DURATION", "P10Y"),
        ("24 hours", "DURATION", "PT24H"),
    ]


def test_ages_are_not_durations(tagged) -> None:
    assert tagged("A 40-year-old man and children ages 6 months and older.") == []


def test_sets(tagged) -> None:
    text = (
        "Hundreds of calls daily, a salary of $3,100 a month, meetings every Monday, paid per year."
    )
    assert tagged(text) == [
        ("daily", "SET", "P1D"),
        ("a month", "SET", "P1M"),
        ("every Monday", "SET", "XXXX-WXX-1"),
        ("per year", "SET", "P1Y"),
    ]


def test_present_ref_and_years(tagged) -> None:
    text = "Currently, raids go on; in 2022 many came; the 1990s; the 20th century."
    assert tagged(text) == [
        ("Currently", "DATE", "PRESENT_REF"),
        ("2022", "DATE", "2022"),
        ("the 1990s", "DATE", "199"),
        ("the 20th century", "DATE", "19"),
    ]


@pytest.mark.parametrize(
    "text",
    ["He paid $2022 for it.", "About 2000 people came.", "Flight 2014 landed.", "May I ask?"],
)
def test_numbers_and_modals_are_not_dates(tagged, text: str) -> None:
    assert tagged(text) == []


def test_clock_times(tagged) -> None:
    assert tagged("The vote closes at 8 p.m. tonight.") == [
        ("8 p.m.", "TIME", "2023-09-12T20:00"),
        ("tonight", "TIME", "2023-09-12TNI"),
    ]


def test_other_languages_give_nothing() -> None:
    assert tag("Le 30 août", "fr", "2023-09") == []


def test_y2_no_tense_takes_the_nearest_year(tagged) -> None:
    assert tagged("Exports for January look strong.", anchor="2023-12-28") == [
        ("January", "DATE", "2024-01")
    ]
    assert tagged("Exports for October look strong.", anchor="2013-03-22") == [
        ("October", "DATE", "2012-10")
    ]


def test_t0_cited_report_dates_are_past(tagged) -> None:
    text = "He promised to help (Kaktus Media, November 1)."
    assert tagged(text, anchor="2023-09") == [("November 1", "DATE", "2022-11-01")]


def test_weekday_prefixed_date_is_one_timex(tagged) -> None:
    assert tagged("They met on Monday, March 18, 2013.") == [
        ("Monday, March 18, 2013", "DATE", "2013-03-18")
    ]


def test_weekend(tagged) -> None:
    assert tagged("Over the weekend protests grew.", anchor="2013-03-20") == [
        ("the weekend", "DATE", "2013-W11-WE")
    ]
    assert tagged("Rallies are planned this weekend.", anchor="2013-03-20") == [
        ("this weekend", "DATE", "2013-W12-WE")
    ]


def test_holidays_and_sets(tagged) -> None:
    assert tagged("He will be home by Christmas.") == [("Christmas", "DATE", "2023-12-25")]
    assert tagged("Buses run every two weeks.") == [("every two weeks", "SET", "P2W")]


def test_s1_this_season_is_the_anchor_year(tagged) -> None:
    assert tagged("This summer was hot.", anchor="2013-03-22") == [
        ("This summer", "DATE", "2013-SU")
    ]


def test_names_are_not_sets(tagged) -> None:
    assert tagged("The Daily Mail reported it.") == []


def test_e1_end_of_year_in_a_past_sentence_is_last_year(tagged) -> None:
    assert tagged("The flu peaked by the end of the year.", anchor="2013-03-22") == [
        ("the end of the year", "DATE", "2012")
    ]
    assert tagged("The court will rule by the end of the year.", anchor="2013-03-22") == [
        ("the end of the year", "DATE", "2013")
    ]


def test_rates_keep_their_count_and_ranges_their_years(tagged) -> None:
    assert tagged("The board meets eight times a year.") == [("eight times a year", "SET", "P1Y")]
    assert tagged("He served from 2000 to 2008.") == [
        ("2000", "DATE", "2000"),
        ("2008", "DATE", "2008"),
    ]


def test_t1_a_promise_made_on_a_date_is_past(tagged) -> None:
    # the date comes before the promise verb: it dates the promising, not what was promised
    text = "On September 3, the mayor, who faces re-election, promised to repair the bridge."
    assert tagged(text) == [("September 3", "DATE", "2023-09-03")]
    # after the verb it dates what was promised, which lies ahead
    assert tagged("The mayor promised to repair the bridge by September 3.") == [
        ("September 3", "DATE", "2024-09-03")
    ]


def test_m1_month_with_last_or_next_year(tagged) -> None:
    text = "Police stopped him in March last year and again in June this year."
    assert tagged(text, anchor="2024-06-13") == [
        ("March last year", "DATE", "2023-03"),
        ("June this year", "DATE", "2024-06"),
    ]
    assert tagged("The law takes effect in January next year.") == [
        ("January next year", "DATE", "2024-01")
    ]
