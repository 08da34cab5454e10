"""The time error families of issue 10, one test (or a few) per family, English and Russian.

Written from the families' descriptions before the rules that fix them. Anchor: Wed
2013-03-20 unless a test says otherwise (ISO week 12).
"""

from __future__ import annotations

import pytest

from .conftest import en, ru

# --- weekdays when the nearest verb does not tell the tense ---------------------------


def test_weekday_in_a_trailing_attribution_is_past(tagged) -> None:
    text = "The mine will close next year, the company said Monday, citing losses."
    assert ("Monday", "DATE", "2013-03-18") in en(tagged, text)


@pytest.mark.parametrize(
    "text",
    [
        "Ministers are set to meet Friday to discuss the plan.",
        "Dockers to Strike Friday",
        "The vote is scheduled for Friday.",
        "The rebels have until Friday to hand in their weapons.",
    ],
)
def test_weekday_ahead_when_the_clause_looks_ahead(tagged, text: str) -> None:
    assert ("Friday", "DATE", "2013-03-22") in en(tagged, text)


def test_weekday_in_a_present_tense_headline_is_past(tagged) -> None:
    assert en(tagged, "Storm Cuts Power to Thousands Monday") == [("Monday", "DATE", "2013-03-18")]


def test_russian_weekday_ahead(tagged) -> None:
    assert ru(tagged, "Слушания перенесли на пятницу.") == [("пятницу", "DATE", "2013-03-22")]
    assert ru(tagged, "Школы откроются в понедельник.") == [("понедельник", "DATE", "2013-03-25")]
    assert ru(tagged, "Об этом в понедельник сообщили в мэрии.") == [
        ("понедельник", "DATE", "2013-03-18")
    ]


# --- "a year ago", "a year earlier" ---------------------------------------------------


def test_ago_is_a_date_at_the_unit_precision(tagged) -> None:
    text = "A year ago the plant shut; a month ago it reopened; two weeks ago it hired."
    assert en(tagged, text) == [
        ("A year ago", "DATE", "2012"),
        ("a month ago", "DATE", "2013-02"),
        ("two weeks ago", "DATE", "2013-W10"),
    ]


def test_a_year_earlier_without_a_period_is_the_year_before(tagged) -> None:
    assert en(tagged, "Sales rose 5% from a year earlier.") == [("a year earlier", "DATE", "2012")]


def test_a_year_earlier_keeps_the_period_it_compares(tagged) -> None:
    text = "Profit in the fourth quarter fell to $3 million from $5 million a year earlier."
    assert en(tagged, text) == [
        ("the fourth quarter", "DATE", "2012-Q4"),
        ("a year earlier", "DATE", "2011-Q4"),
    ]
    assert en(tagged, "Prices rose 3% in February from a year earlier.") == [
        ("February", "DATE", "2013-02"),
        ("a year earlier", "DATE", "2012-02"),
    ]


def test_the_week_before_follows_the_week_talked_about(tagged) -> None:
    assert en(tagged, "Cases rose last week, after falling the week before.") == [
        ("last week", "DATE", "2013-W11"),
        ("the week before", "DATE", "2013-W10"),
    ]


def test_russian_ago_and_earlier(tagged) -> None:
    assert ru(tagged, "Год назад мост закрыли.") == [("Год назад", "DATE", "2012")]
    assert ru(tagged, "В 2012 году цены выросли на 9%, годом ранее — на 4%.") == [
        ("2012 году", "DATE", "2012"),
        ("годом ранее", "DATE", "2011"),
    ]
    # "спустя" before its count, as after it ("три года спустя")
    assert ru(tagged, "В мае 2012 года его задержали. Спустя два месяца начался суд.") == [
        ("мае 2012 года", "DATE", "2012-05"),
        ("Спустя два месяца", "DATE", "2012-07"),
    ]


# --- dates counted from another happening (round 5) ------------------------------------


def test_a_count_of_days_follows_the_narrative_date_not_a_period_before_it(tagged) -> None:
    text = (
        "He signed a contract this spring and was sent to the front on July 9. "
        "About five weeks later he was killed."
    )
    assert en(tagged, text, "2025-10-07")[-1] == ("About five weeks later", "DATE", "2025-W33")


def test_a_count_of_days_from_a_month_stays_in_that_month(tagged) -> None:
    text = "The coordinator was detained in September. A Russian was arrested the following day."
    assert en(tagged, text, "2026-02-26")[-1] == ("the following day", "DATE", "2025-09")


def test_the_same_day_and_the_next_day(tagged) -> None:
    assert en(
        tagged,
        "Three men pleaded guilty on Monday. Police raided a hostel the same day.",
        "2025-08-06",
    )[-1] == ("the same day", "DATE", "2025-08-04")
    assert en(
        tagged,
        "Police raided a market on June 3. The next day, 40 men were detained.",
        "2025-08-06",
    )[-1] == ("The next day", "DATE", "2025-06-04")


def test_a_count_of_days_skips_a_background_year(tagged) -> None:
    text = (
        "Полиция в минувший четверг задержала гражданина России, который живет в стране "
        "с 2017 года. Днем ранее задержали координатора."
    )
    assert ru(tagged, text, "2025-09-29")[-1] == ("Днем ранее", "DATE", "2025-09-24")


def test_russian_counts_forward_in_a_past_narrative(tagged) -> None:
    story = "9 июля его отправили на фронт. Через пять недель он погиб под Покровском."
    assert ru(tagged, story, "2025-10-06")[-1] == ("пять недель", "DATE", "2025-W33")
    assert ru(tagged, "Суд начнется через два дня.", "2025-08-06") == [
        ("два дня", "DATE", "2025-08-08")
    ]
    story = (
        "Полиция в минувший четверг задержала россиянина. На следующий день задержали координатора."
    )
    assert ru(tagged, story, "2025-09-29")[-1] == ("следующий день", "DATE", "2025-09-26")
    assert ru(tagged, "Суд продолжится на следующей неделе.", "2025-08-06") == [
        ("следующей неделе", "DATE", "2025-W33")
    ]
    # the year and the week before last
    assert ru(tagged, "В позапрошлом году его завербовали.", "2025-03-05") == [
        ("позапрошлом году", "DATE", "2023")
    ]
    assert ru(tagged, "В мае позапрошлого года его задержали.", "2025-03-05") == [
        ("мае позапрошлого года", "DATE", "2023-05")
    ]
    assert ru(tagged, "Накануне вечером его задержали.", "2025-03-05") == [
        ("Накануне вечером", "TIME", "2025-03-04TEV")
    ]
    story = "12 июля полиция провела рейд на рынке. В тот же день задержали 40 человек."
    assert ru(tagged, story, "2025-08-06")[-1] == ("тот же день", "DATE", "2025-07-12")


# --- business-news periods ------------------------------------------------------------


def test_the_year_earlier_quarter(tagged) -> None:
    text = "Net income in the fourth quarter rose from the year-earlier quarter."
    assert en(tagged, text) == [
        ("the fourth quarter", "DATE", "2012-Q4"),
        ("the year-earlier quarter", "DATE", "2011-Q4"),
    ]


def test_the_latest_quarter_is_the_last_one_ended(tagged) -> None:
    assert en(tagged, "Revenue in the latest quarter fell 4%.") == [
        ("the latest quarter", "DATE", "2012-Q4")
    ]


def test_the_quarter_refers_back(tagged) -> None:
    text = "Shares rose after third-quarter results. In the quarter, profit doubled."
    assert en(tagged, text, anchor="2019-10-24") == [
        ("third-quarter", "DATE", "2019-Q3"),
        ("the quarter", "DATE", "2019-Q3"),
    ]


def test_a_just_ended_quarter_in_a_future_clause_is_this_year(tagged) -> None:
    text = "Third-quarter figures will be released next week."
    assert ("Third-quarter", "DATE", "2019-Q3") in en(tagged, text, anchor="2019-10-24")


def test_fiscal_and_full_year(tagged) -> None:
    assert en(tagged, "It expects growth in the fiscal year.") == [
        ("the fiscal year", "DATE", "2013")
    ]
    text = "For the full year, profit fell by a third."
    assert en(tagged, text, anchor="2024-01-16") == [("the full year", "DATE", "2023")]
    text = "The company raised its forecast for the full year."
    assert en(tagged, text, anchor="2019-10-24") == [("the full year", "DATE", "2019")]


def test_russian_same_period_last_year(tagged) -> None:
    text = "Выручка в третьем квартале выросла по сравнению с аналогичным периодом прошлого года."
    assert ru(tagged, text, anchor="2019-10-24") == [
        ("третьем квартале", "DATE", "2019-Q3"),
        ("аналогичным периодом прошлого года", "DATE", "2018-Q3"),
    ]


# --- reference values -----------------------------------------------------------------


def test_past_present_and_future_references(tagged) -> None:
    text = "Prices have risen recently; talks may resume in the future, as soon as possible."
    assert en(tagged, text) == [
        ("recently", "DATE", "PAST_REF"),
        ("the future", "DATE", "FUTURE_REF"),
        ("as soon as possible", "DATE", "FUTURE_REF"),
    ]


def test_russian_references(tagged) -> None:
    text = "Недавно цены выросли. Дело рассмотрят в ближайшее время, как можно скорее."
    assert ru(tagged, text) == [
        ("Недавно", "DATE", "PAST_REF"),
        ("ближайшее время", "DATE", "FUTURE_REF"),
        ("как можно скорее", "DATE", "FUTURE_REF"),
    ]
    assert ru(tagged, "В последнее время таких дел больше.") == [
        ("последнее время", "DATE", "PAST_REF")
    ]


# --- weeks ----------------------------------------------------------------------------


def test_the_week_of_a_day_is_its_iso_week(tagged) -> None:
    assert en(tagged, "Hearings are planned for the week of March 25.") == [
        ("the week of March 25", "DATE", "2013-W13")
    ]
    assert en(tagged, "Prices fell in the week of March 4.") == [
        ("the week of March 4", "DATE", "2013-W10")
    ]


def test_russian_weeks(tagged) -> None:
    assert ru(tagged, "На прошлой неделе прошли рейды; неделю назад — обыски.") == [
        ("прошлой неделе", "DATE", "2013-W11"),
        ("неделю назад", "DATE", "2013-W11"),
    ]


# --- yearless days across a year boundary ---------------------------------------------


def test_yearless_day_across_the_year_boundary(tagged) -> None:
    assert en(tagged, "The tariffs take effect Dec. 1.", anchor="2019-11-07") == [
        ("Dec. 1", "DATE", "2019-12-01")
    ]
    assert en(tagged, "The line opens on Jan. 5.", anchor="2013-12-27") == [
        ("Jan. 5", "DATE", "2014-01-05")
    ]


def test_since_puts_a_yearless_date_in_the_past(tagged) -> None:
    assert en(tagged, "The border has been closed since Feb. 2.", anchor="2020-12-30") == [
        ("Feb. 2", "DATE", "2020-02-02")
    ]


def test_future_in_the_past_takes_the_nearest_year(tagged) -> None:
    text = "The line was due to open by Dec. 1."
    assert en(tagged, text, anchor="2013-12-27") == [("Dec. 1", "DATE", "2013-12-01")]


# --- decades and centuries ------------------------------------------------------------


def test_decades_are_three_digits(tagged) -> None:
    assert en(tagged, "In the 1990s many left; in the late 1980s few did.") == [
        ("the 1990s", "DATE", "199"),
        ("the late 1980s", "DATE", "198"),
    ]
    assert ru(tagged, "В 90-е годы завод закрылся.") == [("90-е годы", "DATE", "199")]


def test_the_last_decade_is_the_current_one(tagged) -> None:
    assert en(tagged, "Over the last decade exports doubled.", anchor="2019-07-30") == [
        ("the last decade", "DATE", "201")
    ]
    assert ru(tagged, "В прошлом десятилетии население сократилось.") == [
        ("прошлом десятилетии", "DATE", "200")
    ]


def test_this_month_and_this_century_are_dates(tagged) -> None:
    assert en(tagged, "It is the worst drought this century, and prices rose this month.") == [
        ("this century", "DATE", "20"),
        ("this month", "DATE", "2013-03"),
    ]
    assert ru(tagged, "В этом веке и в этом месяце.") == [
        ("этом веке", "DATE", "20"),
        ("этом месяце", "DATE", "2013-03"),
    ]


def test_half_a_unit_is_a_duration_and_does_not_crash() -> None:
    from dossier import temporal

    (found,) = temporal.tag("He was released in half a year.", "en", "2024-03-04")
    assert (found.text, found.type, found.value) == ("half a year", "DURATION", "P0.5Y")
