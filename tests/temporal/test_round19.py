"""The time error families of round 19 (english_dev12, russian_dev9), one test or a few per
family, English and Russian.

Written from the families' descriptions before the rules that fix them; the sentences are
new, not the development sets'. Anchor: Wed 2013-03-20 unless a test says otherwise.
"""

from __future__ import annotations

import pytest

from .conftest import en, ru

# --- "won" after an amount is the currency, not the verb: no past tense ------------------


def test_english_won_after_an_amount_is_no_past(tagged) -> None:
    found = en(tagged, "The bank will pay a dividend of 500 won a share on May 2.", "2019-04-10")
    assert found == [("May 2", "DATE", "2019-05-02")]


def test_english_won_as_a_verb_is_still_past(tagged) -> None:
    found = en(tagged, "The party won a majority on May 2.", "2019-04-10")
    assert found == [("May 2", "DATE", "2018-05-02")]


# --- a dotted clock time with "am"/"pm" (Singapore, Malaysian and British copy) ------------


@pytest.mark.parametrize(
    ("text", "quoted", "value"),
    [
        ("Police said the robbery took place at 5.33am.", "5.33am", "2013-03-20T05:33"),
        ("The fire was put out at about 10.15 pm, officials said.", "about 10.15 pm",
         "2013-03-20T22:15"),
    ],
)  # fmt: skip
def test_english_dotted_clock_with_am_pm(tagged, text: str, quoted: str, value: str) -> None:
    assert (quoted, "TIME", value) in en(tagged, text)


# --- a term told in years and months is one duration --------------------------------------


def test_english_years_and_months_are_one_duration(tagged) -> None:
    found = en(tagged, "The driver was jailed for two years and six months.")
    assert found == [("two years and six months", "DURATION", "P2Y6M")]


def test_english_years_and_months_possessive_term(tagged) -> None:
    found = en(tagged, "He was given five years and three months' jail.")
    assert found == [("five years and three months", "DURATION", "P5Y3M")]


# --- "a quarter of a century" ----------------------------------------------------------------


def test_english_a_quarter_of_a_century(tagged) -> None:
    found = en(tagged, "The dam had stood for more than a quarter of a century.")
    assert found == [("more than a quarter of a century", "DURATION", "P25Y")]


# --- "14.6% more than a year earlier": a comparison, "more than" out ---------------------


def test_english_more_than_after_a_figure_is_a_comparison(tagged) -> None:
    found = en(tagged, "In January, rents were 8% more than a year earlier.")
    assert ("a year earlier", "DATE", "2012-01") in found


def test_english_a_year_earlier_passes_over_the_period_compared_with(tagged) -> None:
    text = (
        "Prices rose 5% in the 12 months to February, up from 4.5% in January, and food "
        "cost 7% more than a year earlier."
    )
    assert ("a year earlier", "DATE", "2012-02") in en(tagged, text)


# --- "the day before" in a past clause is not counted from a day still ahead --------------


def test_english_the_day_before_passes_over_a_day_ahead(tagged) -> None:
    text = (
        "The minister said on Monday that the talks would end by April 2. The day before, "
        "his deputy had said they were stalled."
    )
    assert ("The day before", "DATE", "2013-03-17") in en(tagged, text)


# --- a clock-time range before "today" is on that day ----------------------------------------


def test_english_clock_range_before_today(tagged) -> None:
    text = (
        "The heat will last until Sunday, and people should stay in between noon and 3 p.m. today."
    )
    found = en(tagged, text)
    assert ("noon", "TIME", "2013-03-20T12:00") in found
    assert ("3 p.m.", "TIME", "2013-03-20T15:00") in found


# --- a date a case is listed for lies ahead, though the clause is past --------------------


def test_english_listed_for_hearing_lies_ahead(tagged) -> None:
    found = en(tagged, "The court listed the petition for hearing on Jan. 8.", "2013-11-20")
    assert found == [("Jan. 8", "DATE", "2014-01-08")]


# --- "в ночь со вторника на среду": one night, the first weekday's --------------------------


@pytest.mark.parametrize(
    ("text", "quoted", "value"),
    [
        ("В ночь со вторника на среду загорелся склад.", "ночь со вторника на среду",
         "2013-03-19TNI"),
        ("В ночь с пятницы на субботу полиция задержала водителя.",
         "ночь с пятницы на субботу", "2013-03-15TNI"),
    ],
)  # fmt: skip
def test_russian_night_of_two_weekdays(tagged, text: str, quoted: str, value: str) -> None:
    assert ru(tagged, text) == [(quoted, "TIME", value)]


# --- a spelled ordinal day in the nominative or accusative ---------------------------------


def test_russian_spelled_ordinal_day_accusative(tagged) -> None:
    found = ru(tagged, "Заседание назначено на второе декабря.")
    assert found == [("второе декабря", "DATE", "2013-12-02")]


# --- a dotted date with a two-digit year --------------------------------------------------


def test_russian_dotted_date_with_two_digit_year(tagged) -> None:
    found = ru(tagged, "БИШКЕК, 14.11.23. Кабмин ввёл запрет.", "2023-11-14")
    assert found == [("14.11.23", "DATE", "2023-11-14")]


# --- "раз в квартал" is a SET, as "раз в неделю" is -------------------------------------------


def test_russian_once_a_quarter(tagged) -> None:
    found = ru(tagged, "Совет будет собираться раз в квартал.")
    assert found == [("раз в квартал", "SET", "P3M")]


# --- found probing real-news phrasing after the sets were scored ----------------------------


@pytest.mark.parametrize(
    ("text", "quoted", "value"),
    [
        ("Updated at 1715hrs with this report.", "1715hrs", "2013-03-20T17:15"),
        ("The convoy left at 0600 hours.", "0600 hours", "2013-03-20T06:00"),
    ],
)  # fmt: skip
def test_english_military_clock_time(tagged, text: str, quoted: str, value: str) -> None:
    assert en(tagged, text) == [(quoted, "TIME", value)]


def test_english_a_count_of_hours_is_no_clock_time(tagged) -> None:
    # no preposition of a clock time before it, no leading zero, not glued "hrs"
    found = en(tagged, "Volunteers gave 1500 hours of their time.")
    assert not [t for t in found if t[1] == "TIME"]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Пожар потушили лишь ближе к вечеру.", "2013-03-20TEV"),
        ("В понедельник начался пожар, к вечеру его потушили.", "2013-03-18TEV"),
    ],
)  # fmt: skip
def test_russian_towards_evening(tagged, text: str, value: str) -> None:
    assert ("вечеру", "TIME", value) in ru(tagged, text)


def test_russian_about_noon_keeps_about(tagged) -> None:
    found = ru(tagged, "Около полудня в городе отключили свет.")
    assert found == [("Около полудня", "TIME", "2013-03-20T12:00")]


def test_english_the_previous_weekday_is_one_date(tagged) -> None:
    found = en(
        tagged, "He was arrested on March 7. The previous Monday, police had searched his flat."
    )
    assert ("The previous Monday", "DATE", "2013-03-04") in found


def test_english_the_weekday_before_last(tagged) -> None:
    found = en(tagged, "The fire started the Friday before last, officials said.")
    assert found == [("the Friday before last", "DATE", "2013-03-08")]


def test_english_every_other_week(tagged) -> None:
    assert en(tagged, "The council meets every other week.") == [("every other week", "SET", "P2W")]


def test_russian_the_year_just_ended(tagged) -> None:
    found = ru(tagged, "В истекшем году в области родились 20 тысяч детей.", "2024-01-15")
    assert found == [("истекшем году", "DATE", "2023")]


# --- weekdays ahead: a forecast, a copula before the day, "through" a day ---------------------


@pytest.mark.parametrize(
    ("text", "quoted", "value"),
    [
        ("The storm is forecast to make landfall late Friday.", "late Friday", "2013-03-22"),
        ("Funeral services are Saturday at the parish church.", "Saturday", "2013-03-23"),
        ("The deadline for bids is Monday.", "Monday", "2013-03-25"),
        ("The exhibition runs through Sunday.", "Sunday", "2013-03-24"),
    ],
)  # fmt: skip
def test_english_weekday_ahead(tagged, text: str, quoted: str, value: str) -> None:
    assert (quoted, "DATE", value) in en(tagged, text)


def test_english_a_past_copula_keeps_the_weekday_past(tagged) -> None:
    assert en(tagged, "The deadline for bids was Monday.") == [("Monday", "DATE", "2013-03-18")]


def test_english_plural_weekday_is_a_set(tagged) -> None:
    assert en(tagged, "The museum is closed Mondays.") == [("Mondays", "SET", "XXXX-WXX-1")]


def test_russian_the_twenty_tens_need_their_noun(tagged) -> None:
    assert ru(tagged, "В десятые годы город быстро рос.") == [("десятые годы", "DATE", "201")]
    assert ru(tagged, "Ставка выросла на десятые доли процента.") == []


# --- South Asian copy: "the intervening night of", "Friday last", a zone named IST ------------


@pytest.mark.parametrize(
    ("text", "quoted", "value"),
    [
        ("The theft took place in the intervening night of March 11 and 12.",
         "the intervening night of March 11 and 12", "2013-03-11TNI"),
        ("The attack happened on the intervening night of Sunday and Monday.",
         "the intervening night of Sunday and Monday", "2013-03-17TNI"),
        ("Shelling resumed on the night of Friday to Saturday.",
         "the night of Friday to Saturday", "2013-03-15TNI"),
    ],
)  # fmt: skip
def test_english_night_of_two_days(tagged, text: str, quoted: str, value: str) -> None:
    assert en(tagged, text) == [(quoted, "TIME", value)]


def test_english_weekday_last_after_it(tagged) -> None:
    found = en(tagged, "The accident happened on Wednesday last, police said.")
    assert found == [("Wednesday last", "DATE", "2013-03-13")]


def test_english_clock_time_with_ist_on_a_weekday(tagged) -> None:
    found = en(tagged, "Counting will begin at 8 am IST on Friday.")
    assert found == [("8 am IST", "TIME", "2013-03-22T08:00"), ("Friday", "DATE", "2013-03-22")]


# --- more weekdays ahead: "kicks off", "apply from", "не позднее среды", "в эти выходные" -----


@pytest.mark.parametrize(
    ("text", "quoted", "value"),
    [
        ("The tournament kicks off Friday in Almaty.", "Friday", "2013-03-22"),
        ("The new rules apply from Monday.", "Monday", "2013-03-25"),
    ],
)  # fmt: skip
def test_english_weekday_ahead_of_a_schedule(tagged, text: str, quoted: str, value: str) -> None:
    assert (quoted, "DATE", value) in en(tagged, text)


@pytest.mark.parametrize(
    ("text", "quoted", "value"),
    [
        ("Итоги объявят не позднее пятницы.", "пятницы", "2013-03-22"),
        ("В эти выходные ожидается снег.", "эти выходные", "2013-W12-WE"),
    ],
)  # fmt: skip
def test_russian_weekday_and_weekend_ahead(tagged, text: str, quoted: str, value: str) -> None:
    assert (quoted, "DATE", value) in ru(tagged, text)


def test_english_boxing_day(tagged) -> None:
    found = en(tagged, "The team lost on Boxing Day.", "2025-01-03")
    assert found == [("Boxing Day", "DATE", "2024-12-26")]


# --- "рано утром", "поздно вечером" keep their modifier; "вечером того же дня" -----------------


@pytest.mark.parametrize(
    ("text", "quoted", "value"),
    [
        ("Рано утром во вторник прогремел взрыв.", "Рано утром во вторник", "2013-03-19TMO"),
        ("Поздно вечером 12 марта произошла авария.", "Поздно вечером 12 марта",
         "2013-03-12TEV"),
    ],
)  # fmt: skip
def test_russian_early_and_late_parts_keep_their_modifier(
    tagged, text: str, quoted: str, value: str
) -> None:
    assert ru(tagged, text) == [(quoted, "TIME", value)]


def test_russian_part_of_the_same_day(tagged) -> None:
    text = "В понедельник мужчину допросили. Вечером того же дня его задержали."
    assert ("Вечером того же дня", "TIME", "2013-03-18TEV") in ru(tagged, text)


# --- "in the early morning", "by mid-afternoon": that part of the day told -----------------------


@pytest.mark.parametrize(
    ("text", "quoted", "value"),
    [
        ("The blast occurred in the early morning, police said.", "the early morning",
         "2013-03-20TMO"),
        ("On Monday protesters had gathered by mid-afternoon.", "mid-afternoon", "2013-03-18TAF"),
    ],
)  # fmt: skip
def test_english_part_of_the_day_told(tagged, text: str, quoted: str, value: str) -> None:
    assert (quoted, "TIME", value) in en(tagged, text)


# --- "того же года", "of the same year", "of that year": the year told before --------------------


@pytest.mark.parametrize(
    ("text", "quoted", "value"),
    [
        ("Он находился под арестом с 28 февраля 2014 года по 30 декабря того же года.",
         "30 декабря того же года", "2014-12-30"),
        ("Завод закрыли в 2009 году, а в мае того же года уволили рабочих.",
         "мае того же года", "2009-05"),
    ],
)  # fmt: skip
def test_russian_the_same_year(tagged, text: str, quoted: str, value: str) -> None:
    assert (quoted, "DATE", value) in ru(tagged, text)


@pytest.mark.parametrize(
    ("text", "quoted", "value"),
    [
        ("He was detained on Feb. 28, 2014, and held until Dec. 30 of the same year.",
         "Dec. 30 of the same year", "2014-12-30"),
        ("The firm was founded in 1998, and in May of that year it hired 10 people.",
         "May of that year", "1998-05"),
    ],
)  # fmt: skip
def test_english_the_same_year(tagged, text: str, quoted: str, value: str) -> None:
    assert (quoted, "DATE", value) in en(tagged, text)
