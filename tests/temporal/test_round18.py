"""The time error families of round 18 (english_dev11, russian_dev8), one test or a few per
family, English and Russian.

Written from the families' descriptions before the rules that fix them; the sentences are
new, not the development sets'. Anchor: Wed 2013-03-20 unless a test says otherwise.
"""

from __future__ import annotations

import pytest

from .conftest import en, ru

# --- a clock time before "on <weekday>": two expressions, the clock time on that day --------


def test_english_clock_time_before_on_weekday_is_two_expressions(tagged) -> None:
    found = en(tagged, "The fire broke out at 11 p.m. on Friday, officials said.")
    assert ("11 p.m.", "TIME", "2013-03-15T23:00") in found
    assert ("Friday", "DATE", "2013-03-15") in found


def test_english_midnight_on_weekday_ahead(tagged) -> None:
    found = en(tagged, "Voting will close at midnight on Thursday.")
    assert ("midnight", "TIME", "2013-03-21T24:00") in found
    assert ("Thursday", "DATE", "2013-03-21") in found


def test_english_midnight_weekday_without_on_stays_one(tagged) -> None:
    found = en(tagged, "The strike will begin at midnight Friday.")
    assert found == [("midnight Friday", "TIME", "2013-03-22T24:00")]


# --- dawn, the early hours, "под утро": a morning, the one that ends a night told ----------


@pytest.mark.parametrize(
    ("text", "quoted", "value"),
    [
        ("Drones struck the port in the early hours, officials said.", "the early hours",
         "2013-03-20TMO"),
        ("Rescuers reached the village at dawn.", "dawn", "2013-03-20TMO"),
        ("The storm broke on Monday evening and the rain stopped only at dawn.", "dawn",
         "2013-03-19TMO"),
    ],
)  # fmt: skip
def test_english_morning_words(tagged, text: str, quoted: str, value: str) -> None:
    assert (quoted, "TIME", value) in en(tagged, text)


@pytest.mark.parametrize(
    ("text", "quoted", "value"),
    [
        ("На рассвете спасатели вышли к селу.", "рассвете", "2013-03-20TMO"),
        ("Пожар вспыхнул вечером в пятницу, потушить его удалось лишь под утро.", "под утро",
         "2013-03-16TMO"),
    ],
)  # fmt: skip
def test_russian_morning_words(tagged, text: str, quoted: str, value: str) -> None:
    assert (quoted, "TIME", value) in ru(tagged, text)


def test_english_early_hours_of_a_campaign_is_no_time(tagged) -> None:
    found = en(tagged, "He was a volunteer in the early hours of the campaign.")
    assert not [t for t in found if "hours" in t[0]]


# --- an ordinal day of a dated event ---------------------------------------------------------


def test_english_ordinal_day_of_a_dated_event(tagged) -> None:
    text = "Talks opened on March 4, and on the third day of the talks the envoys walked out."
    assert ("the third day", "DATE", "2013-03-06") in en(tagged, text)


def test_russian_ordinal_day_of_a_dated_event(tagged) -> None:
    text = "Забастовка началась 4 марта. Уже на третий день забастовки завод остановился."
    assert ("третий день", "DATE", "2013-03-06") in ru(tagged, text)


def test_ordinal_day_without_a_date_is_an_unknown_day(tagged) -> None:
    # (round 18, later: TempEval-3 platinum marks "got across on the 99th day" XXXX-XX-XX)
    found = en(tagged, "On the first day of trading, shares rose 12%.")
    assert found == [("the first day", "DATE", "XXXX-XX-XX")]
    found = ru(tagged, "На второй день торгов акции выросли на 12%.")
    assert found == [("второй день", "DATE", "XXXX-XX-XX")]
    found = en(tagged, "We planned 100 days, and we got across on the 99th day.")
    assert ("the 99th day", "DATE", "XXXX-XX-XX") in found


def test_english_ordinal_day_in_apposition_is_that_day(tagged) -> None:
    text = "Workers marched again on Monday, the third day of the strike."
    assert ("the third day", "DATE", "2013-03-18") in en(tagged, text)


# --- "the following spring", "the previous evening": counted from the time told --------------


def test_english_following_season(tagged) -> None:
    text = "He was arrested on Aug. 3, 2011 and convicted the following spring."
    assert ("the following spring", "DATE", "2012-SP") in en(tagged, text)


def test_english_previous_evening(tagged) -> None:
    text = "Police said on Monday that shots had been heard the previous evening."
    assert ("the previous evening", "TIME", "2013-03-17TEV") in en(tagged, text)


def test_english_previous_winter_before_a_spring_month(tagged) -> None:
    text = "The dam failed in March 2013; engineers had warned the previous winter."
    assert ("the previous winter", "DATE", "2012-WI") in en(tagged, text)


# --- "a year earlier" does not count from the period after "since" --------------------------


def test_english_year_earlier_passes_over_a_since_period(tagged) -> None:
    text = (
        "Prices rose in December at their fastest pace since late 2022 and were 4.7% higher "
        "than a year earlier."
    )
    assert ("a year earlier", "DATE", "2023-12") in en(tagged, text, "2025-01-03")


# --- a day declared a day of mourning lies ahead; "днём траура" is no time of day ------------


def test_english_weekday_declared_a_day_of_mourning_lies_ahead(tagged) -> None:
    text = "The president declared Sunday a national day of mourning."
    assert ("Sunday", "DATE", "2013-03-24") in en(tagged, text)


def test_russian_dnyom_before_a_genitive_is_no_time_of_day(tagged) -> None:
    found = ru(tagged, "Президент объявил 24 марта днём общенационального траура.")
    assert found == [("24 марта", "DATE", "2013-03-24")]


def test_english_declared_on_a_weekday_keeps_the_past(tagged) -> None:
    text = "The president declared Sunday that the crisis was over."
    assert ("Sunday", "DATE", "2013-03-17") in en(tagged, text)


# --- "through the night": the night of the day told --------------------------------------------


def test_english_through_the_night(tagged) -> None:
    text = "The fire started on Monday evening and firefighters fought it through the night."
    assert ("the night", "TIME", "2013-03-18TNI") in en(tagged, text)


def test_english_night_shift_is_no_time(tagged) -> None:
    assert en(tagged, "She worked during the night shift at the plant.") == []
    assert en(tagged, "Trains will run through the night.") == []


# --- a day of every month ------------------------------------------------------------------------


def test_russian_day_of_every_month_is_a_set(tagged) -> None:
    found = ru(tagged, "Пособия выплачивают 24-го числа каждого месяца.")
    assert found == [("24-го числа каждого месяца", "SET", "XXXX-XX-24")]


def test_english_day_of_every_month_is_a_set(tagged) -> None:
    found = en(tagged, "Pensions are paid on the 15th of every month.")
    assert found == [("the 15th of every month", "SET", "XXXX-XX-15")]


# --- "around midnight" keeps its approximation, as "about 11 p.m." does ------------------------


def test_english_around_midnight_keeps_around(tagged) -> None:
    found = en(tagged, "The blast was heard around midnight on Friday.")
    assert ("around midnight", "TIME", "2013-03-15T24:00") in found


# --- Russian probes of phrasing the sets lack: "минувшей ночью", "в 20-х числах марта",
# "24-го числа" -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "quoted", "value"),
    [
        ("Минувшей ночью дроны атаковали НПЗ.", "Минувшей ночью", "2013-03-19TNI"),
        ("Прошлой ночью в городе отключили свет.", "Прошлой ночью", "2013-03-19TNI"),
        ("Этой ночью ожидаются заморозки до минус пяти.", "Этой ночью", "2013-03-20TNI"),
        ("Этой ночью ПВО сбила над регионом шесть дронов.", "Этой ночью", "2013-03-19TNI"),
        ("Вчерашним вечером на трассе столкнулись две машины.", "Вчерашним вечером",
         "2013-03-19TEV"),
    ],
)  # fmt: skip
def test_russian_night_named_by_a_relative_word(tagged, text: str, quoted: str, value: str) -> None:
    assert (quoted, "TIME", value) in ru(tagged, text)


def test_russian_days_of_a_month_are_that_month(tagged) -> None:
    found = ru(tagged, "В 20-х числах марта ожидается потепление.")
    assert found == [("20-х числах марта", "DATE", "2013-03")]
    found = ru(tagged, "Выплаты начнутся в первых числах апреля.")
    assert found == [("первых числах апреля", "DATE", "2013-04")]


def test_russian_day_of_the_month_alone(tagged) -> None:
    assert ru(tagged, "Зарплату перечислят 24-го числа.") == [("24-го числа", "DATE", "2013-03-24")]
    found = ru(tagged, "Его задержали 25 числа.")
    assert found == [("25 числа", "DATE", "2013-02-25")]


# --- English probes of phrasing the sets lack -------------------------------------------------


def test_english_date_with_a_relative_year_is_one(tagged) -> None:
    found = en(tagged, "The law takes effect on Jan. 1 next year.")
    assert found == [("Jan. 1 next year", "DATE", "2014-01-01")]
    found = en(tagged, "He was detained on Nov. 3 last year.")
    assert found == [("Nov. 3 last year", "DATE", "2012-11-03")]


def test_english_military_time_with_a_place_zone(tagged) -> None:
    found = en(tagged, "Air raid sirens sounded at 0600 Moscow time on March 19.")
    assert ("0600 Moscow time", "TIME", "2013-03-19T06:00") in found


def test_english_early_hours_of_a_weekday_morning(tagged) -> None:
    found = en(tagged, "Strikes continued in the early hours of Tuesday morning.")
    assert found == [("the early hours of Tuesday morning", "TIME", "2013-03-19TMO")]


# --- Russian probes, second batch: dotted clock times, noon, "8-9 марта", "по настоящее время" --


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Заседание начнётся в 14.00.", [("14.00", "TIME", "2013-03-20T14:00")]),
        ("Приём ведётся с 9.00 до 18.00.",
         [("9.00", "TIME", "2013-03-20T09:00"), ("18.00", "TIME", "2013-03-20T18:00")]),
        ("Цены выросли в 1.5 раза.", []),
        ("В полдень в пятницу объявили эвакуацию.",
         [("полдень", "TIME", "2013-03-15T12:00"), ("пятницу", "DATE", "2013-03-15")]),
        ("Акция прошла 8-9 марта.",
         [("8", "DATE", "2013-03-08"), ("9 марта", "DATE", "2013-03-09")]),
        ("С 2022 года по настоящее время он под стражей.",
         [("2022 года", "DATE", "2022"), ("настоящее время", "DATE", "PRESENT_REF")]),
    ],
)  # fmt: skip
def test_russian_probes_second_batch(
    tagged, text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert ru(tagged, text) == expected


# --- a weekday inside a name is no date ------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "He told the Sunday Times that he would resign.",
        "The Sunday Telegraph reported the deal.",
        "Markets crashed on Black Monday.",
    ],
)
def test_english_weekday_in_a_name_is_no_date(tagged, text: str) -> None:
    assert not [t for t in en(tagged, text) if "day" in t[0]]


# --- Russian court terms with a decimal comma, year ranges with a plain hyphen -----------------


def test_russian_term_with_a_decimal_comma(tagged) -> None:
    found = ru(tagged, "Суд приговорил его к 8,5 года колонии.")
    assert found == [("8,5 года", "DURATION", "P8.5Y")]


def test_russian_year_range_with_a_plain_hyphen(tagged) -> None:
    found = ru(tagged, "В 2011-2012 годах цены росли.")
    assert found == [("2011", "DATE", "2011"), ("2012 годах", "DATE", "2012")]


def test_russian_term_of_years_and_months_without_i(tagged) -> None:
    found = ru(tagged, "Его приговорили к 9 годам 6 месяцам колонии строгого режима.")
    assert found == [("9 годам 6 месяцам", "DURATION", "P9Y6M")]
    found = ru(tagged, "Он получил 2 года 10 дней назад.")
    assert ("2 года", "DURATION", "P2Y") in found


# --- narrative anchors: "later that day", "the following Monday", "that Friday", dusk ---------


def test_english_later_that_day_keeps_later(tagged) -> None:
    found = en(tagged, "He was arrested on March 5. Later that day, he was charged.")
    assert ("Later that day", "DATE", "2013-03-05") in found


def test_english_following_weekday_counts_from_the_day_told(tagged) -> None:
    found = en(tagged, "He was arrested on Feb. 27 and charged the following Monday.")
    assert ("the following Monday", "DATE", "2013-03-04") in found


def test_english_that_weekday_is_in_the_week_told(tagged) -> None:
    found = en(tagged, "The raid took place on Feb. 13. That Friday, officials resigned.")
    assert ("That Friday", "DATE", "2013-02-15") in found


def test_english_past_year_and_a_half(tagged) -> None:
    found = en(tagged, "Prices have doubled over the past year and a half.")
    assert found == [("the past year and a half", "DURATION", "P1.5Y")]


def test_english_dusk_is_the_evening_told(tagged) -> None:
    found = en(tagged, "The shelling began on Monday and resumed at dusk.")
    assert ("dusk", "TIME", "2013-03-18TEV") in found


# --- Russian narrative anchors: "к утру", "в тот вечер"; "днём и ночью" an idiom -------------


def test_russian_k_utru_is_the_morning_after_the_night_told(tagged) -> None:
    found = ru(tagged, "Пожар начался вечером в пятницу, к утру его потушили.")
    assert ("утру", "TIME", "2013-03-16TMO") in found


def test_russian_that_evening_is_the_day_told(tagged) -> None:
    found = ru(tagged, "Его задержали 5 марта. В тот вечер он успел позвонить адвокату.")
    assert ("тот вечер", "TIME", "2013-03-05TEV") in found
    found = ru(tagged, "Его задержали 5 марта. В тот день шёл снег.")
    assert ("тот день", "DATE", "2013-03-05") in found


def test_russian_day_and_night_is_an_idiom(tagged) -> None:
    assert ru(tagged, "Спасатели работали днём и ночью.") == []


# --- an English 24-hour clock time without a zone, after its preposition ----------------------


def test_english_24_hour_clock_without_a_zone(tagged) -> None:
    found = en(tagged, "The ceasefire took effect at 00:00 on March 1.")
    assert ("00:00", "TIME", "2013-03-01T00:00") in found
    found = en(tagged, "Polls opened on Sunday at 08:00 and closed at 20:00.")
    assert ("08:00", "TIME", "2013-03-17T08:00") in found
    assert ("20:00", "TIME", "2013-03-17T20:00") in found


def test_english_odds_and_scores_are_no_clock(tagged) -> None:
    assert en(tagged, "The bookmakers put him at 3:1 to win.") == []


# --- every spring, every weekend: sets --------------------------------------------------------


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        ("en", "The river floods every spring.", [("every spring", "SET", "XXXX-SP")]),
        ("en", "The market opens every weekend.", [("every weekend", "SET", "XXXX-WXX-WE")]),
        ("ru", "Каждую весну река разливается.", [("Каждую весну", "SET", "XXXX-SP")]),
        ("ru", "Каждое лето в город приезжают туристы.", [("Каждое лето", "SET", "XXXX-SU")]),
    ],
)
def test_every_season_and_weekend_are_sets(tagged, language: str, text: str, expected) -> None:
    assert tagged(text, language, "2013-03-20") == expected
