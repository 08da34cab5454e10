"""The time error families of round 11 (english_dev4, russian_dev), one test or a few per
family, English and Russian.

Written from the families' descriptions before the rules that fix them; the sentences are
new, not the development sets'. Anchor: Wed 2013-03-20 unless a test says otherwise.
"""

from __future__ import annotations

import pytest

from .conftest import en, ru

# --- "a decade ago": the Ago rule at a decade's precision -------------------------------


def test_decades_ago_are_decades(tagged) -> None:
    assert ("a decade ago", "DATE", "200") in en(tagged, "The plant shut a decade ago.")
    assert ("two decades ago", "DATE", "199") in en(tagged, "It opened two decades ago.")


# --- "straight" and "consecutive" between the count and the unit ------------------------


@pytest.mark.parametrize(
    ("text", "quoted", "value"),
    [
        ("Exports have fallen for four consecutive years.", "four consecutive years", "P4Y"),
        ("The index rose for six straight months.", "six straight months", "P6M"),
    ],
)
def test_straight_and_consecutive_counts_are_durations(
    tagged, text: str, quoted: str, value: str
) -> None:
    assert (quoted, "DURATION", value) in en(tagged, text)


# --- Russian decades with a position word -----------------------------------------------


@pytest.mark.parametrize(
    ("text", "quoted", "value"),
    [
        ("Завод закрыли в конце 1980-х.", "конце 1980-х", "198"),
        ("Дом построили в начале 1970-х годов.", "начале 1970-х годов", "197"),
    ],
)
def test_russian_decade_keeps_its_position_word(tagged, text: str, quoted: str, value: str) -> None:
    assert ru(tagged, text) == [(quoted, "DATE", value)]


# --- Russian durations: "сутки" after a modifier, a compound count, "дважды в год" -----


def test_russian_approximate_day_and_night(tagged) -> None:
    assert ru(tagged, "Дождь шёл почти сутки.") == [("почти сутки", "DURATION", "P1D")]


def test_russian_compound_duration(tagged) -> None:
    text = "Суд приговорил его к двум годам и трём месяцам колонии."
    assert ru(tagged, text) == [("двум годам и трём месяцам", "DURATION", "P2Y3M")]


def test_russian_twice_a_year_is_a_set(tagged) -> None:
    assert ru(tagged, "Отчёт публикуют трижды в год.") == [("трижды в год", "SET", "P1Y")]


# --- centuries and decades named by a noun alone ---------------------------------------


def test_the_century_and_the_next_century(tagged) -> None:
    assert ("the century", "DATE", "20") in en(tagged, "It was the worst storm of the century.")
    text = "Few expect the law to last into the next century."
    assert ("the next century", "DATE", "21") in en(tagged, text)


def test_the_end_of_the_decade(tagged) -> None:
    text = "Sales could double by the end of the decade, the group said."
    assert ("the end of the decade", "DATE", "201") in en(tagged, text)


# --- clock times on the day the passage talks about --------------------------------------


def test_clock_time_takes_the_day_of_an_earlier_sentence(tagged) -> None:
    text = "Yesterday, the exchange halted trading at 9:40 a.m. Trading resumed at 3 p.m."
    assert ("3 p.m.", "TIME", "2013-03-19T15:00") in en(tagged, text)


def test_russian_clock_in_words_is_a_time_on_the_day_named(tagged) -> None:
    text = "По данным следствия, 20 мая 2012 года около четырёх часов утра он вышел из дома."
    assert ("около четырёх часов утра", "TIME", "2012-05-20T04:00") in ru(tagged, text)
    text = "Вчера пожар потушили к девяти часам вечера."
    assert ("девяти часам вечера", "TIME", "2013-03-19T21:00") in ru(tagged, text)


def test_small_hours_after_a_night_are_the_next_day(tagged) -> None:
    # Wed 2013-03-20: "Monday night" is 2013-03-18TNI, its small hours the 19th
    text = "Rebels shelled the town Monday night. The guns fell silent at 3 a.m."
    assert ("3 a.m.", "TIME", "2013-03-19T03:00") in en(tagged, text)


def test_russian_clock_takes_the_day_named_before(tagged) -> None:
    text = "Трубу прорвало 8 марта. Бригада приехала на место в 01:40."
    assert ("01:40", "TIME", "2013-03-08T01:40") in ru(tagged, text)


# --- a yearless month in apposition to a period that gives the year --------------------


def test_month_in_apposition_takes_the_year_of_its_period(tagged) -> None:
    text = "Осенью 2011 года, а именно в октябре, он уволился с завода."
    assert ("октябре", "DATE", "2011-10") in ru(tagged, text)
    text = "He left the firm in the summer of 2009, namely in July, after a dispute."
    assert ("July", "DATE", "2009-07") in en(tagged, text)


# --- a Russian weekend in a past clause is the one just gone ------------------------------


def test_russian_weekend_in_a_past_clause(tagged) -> None:
    # Wed 2013-03-20: the weekend just gone is 16-17 March, ISO week 11
    text = "В выходные в городе прошли массовые гуляния."
    assert ru(tagged, text) == [("выходные", "DATE", "2013-W11-WE")]
    text = "В выходные в городе пройдут массовые гуляния."
    assert ru(tagged, text) == [("выходные", "DATE", "2013-W12-WE")]


# --- "at the time": the time the passage talks about -------------------------------------


def test_at_the_time_is_the_time_named_before(tagged) -> None:
    text = "At the time, nobody objected."
    assert en(tagged, text) == [("At the time", "DATE", "PAST_REF")]
    text = "The club was founded in 1952; at the time, it had 12 members."
    assert ("at the time", "DATE", "1952") in en(tagged, text)
