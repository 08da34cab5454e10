"""The time error families of round 15 (english_dev8, russian_dev5), one test or a few per
family, English and Russian.

Written from the families' descriptions before the rules that fix them; the sentences are
new, not the development sets'. Anchor: Wed 2013-03-20 unless a test says otherwise.
"""

from __future__ import annotations

import pytest

from .conftest import en, ru

# --- a scheduled event in the plural present: "Polls open Tuesday" ----------------------


@pytest.mark.parametrize(
    ("text", "quoted", "value"),
    [
        ("Polls open Tuesday at 7 a.m. across the state.", "Tuesday", "2013-03-26"),
        ("Most stores close Monday for the holiday.", "Monday", "2013-03-25"),
        ("Classes start Monday after a week of flooding.", "Monday", "2013-03-25"),
        ("The hearings end on Tuesday, the committee said.", "Tuesday", "2013-03-26"),
    ],
)
def test_english_plural_scheduled_present_looks_ahead(
    tagged, text: str, quoted: str, value: str
) -> None:
    assert (quoted, "DATE", value) in en(tagged, text)


def test_english_clock_time_follows_the_scheduled_day(tagged) -> None:
    found = en(tagged, "Polls open Tuesday at 7 a.m. and close at 8 p.m.")
    assert ("7 a.m.", "TIME", "2013-03-26T07:00") in found
    assert ("8 p.m.", "TIME", "2013-03-26T20:00") in found


def test_english_past_verb_and_headline_present_stay_past(tagged) -> None:
    assert ("Monday", "DATE", "2013-03-18") in en(tagged, "Most stores closed Monday.")
    assert ("Monday", "DATE", "2013-03-18") in en(tagged, "Banks Close Monday as Protests Spread")
    # a noun or an adjective before the weekday is no verb
    assert ("Monday", "DATE", "2013-03-18") in en(
        tagged, "Stocks ended at a close Monday of 1,520."
    )


# --- a past clause's clock time is not on a day ahead named earlier ---------------------


def test_english_past_clock_time_passes_over_a_day_ahead(tagged) -> None:
    text = (
        "The agencies will close at midnight Friday unless Congress acts. "
        "Negotiators worked until 3 a.m. on a longer measure."
    )
    found = en(tagged, text)
    assert ("midnight Friday", "TIME", "2013-03-22T24:00") in found
    assert ("3 a.m.", "TIME", "2013-03-20T03:00") in found


def test_english_future_clock_time_keeps_the_day_ahead(tagged) -> None:
    text = "The vote is set for Friday. Debate will begin at 9 a.m."
    assert ("9 a.m.", "TIME", "2013-03-22T09:00") in en(tagged, text)


# --- "since" before a dated event: "since a fire on Oct. 30" -----------------------------


@pytest.mark.parametrize(
    ("text", "anchor", "quoted", "value"),
    [
        (
            "The refinery, shut since a fire on Oct. 30, should reopen by Dec. 1.",
            "1996-11-18",
            "Oct. 30",
            "1996-10-30",
        ),
        (
            "Prices have doubled since the freeze in February, and will keep rising.",
            "2013-03-20",
            "February",
            "2013-02",
        ),
        (
            "Service will resume soon on lines closed since the storm of Nov. 2.",
            "2012-11-20",
            "Nov. 2",
            "2012-11-02",
        ),
    ],
)
def test_english_since_a_dated_event_is_past(
    tagged, text: str, anchor: str, quoted: str, value: str
) -> None:
    assert (quoted, "DATE", value) in en(tagged, text, anchor)


# --- trading, business and working days -------------------------------------------------


@pytest.mark.parametrize(
    ("text", "quoted", "value"),
    [
        (
            "The index lost 200 points over the past two trading days.",
            "the past two trading days",
            "P2D",
        ),
        ("Refunds are paid within 10 business days.", "10 business days", "P10D"),
        ("The board has five working days to answer.", "five working days", "P5D"),
    ],
)
def test_english_trading_and_business_days_are_days(
    tagged, text: str, quoted: str, value: str
) -> None:
    assert (quoted, "DURATION", value) in en(tagged, text)


# --- Russian: the outgoing year, past weekends ------------------------------------------


@pytest.mark.parametrize(
    ("text", "anchor", "quoted", "value"),
    [
        ("Губернатор подвёл итоги уходящего года.", "2025-12-22", "уходящего года", "2025"),
        ("В уходящем году в области построили 11 школ.", "2025-12-22", "уходящем году", "2025"),
        ("Уходящий год стал для отрасли трудным.", "2024-12-27", "Уходящий год", "2024"),
    ],
)
def test_russian_outgoing_year_is_the_anchor_year(
    tagged, text: str, anchor: str, quoted: str, value: str
) -> None:
    assert (quoted, "DATE", value) in ru(tagged, text, anchor)


@pytest.mark.parametrize("word", ["прошедшие", "прошлые"])
def test_russian_past_weekend_words(tagged, word: str) -> None:
    found = ru(tagged, f"В {word} выходные в городе прошла ярмарка.")
    assert (f"{word} выходные", "DATE", "2013-W11-WE") in found


# --- Russian: a soft-stem year tail ("текущего года", "будущего года") joins its period ---


@pytest.mark.parametrize(
    ("text", "quoted", "value"),
    [
        (
            "Во втором полугодии будущего года откроется завод.",
            "втором полугодии будущего года",
            "2014-H2",
        ),
        ("В IV квартале текущего года начнётся стройка.", "IV квартале текущего года", "2013-Q4"),
        (
            "Тарифы не изменятся в первом квартале будущего года.",
            "первом квартале будущего года",
            "2014-Q1",
        ),
        ("В марте текущего года цены выросли.", "марте текущего года", "2013-03"),
    ],
)
def test_russian_soft_stem_year_tail_joins_its_period(
    tagged, text: str, quoted: str, value: str
) -> None:
    assert (quoted, "DATE", value) in ru(tagged, text)


def test_russian_narrative_next_year_stays_apart_in_a_past_clause(tagged) -> None:
    # "в марте следующего года" in a past story counts from the story's year, not the anchor
    found = ru(tagged, "В 2005 году завод закрыли, а в марте следующего года продали.")
    assert ("марте следующего года", "DATE", "2014-03") not in found


# --- Russian: a half-year in Roman numerals ---------------------------------------------


def test_russian_roman_half_year(tagged) -> None:
    found = ru(tagged, "За I полугодие 2012 года прибыль снизилась, во II полугодии выросла.")
    assert ("I полугодие 2012 года", "DATE", "2012-H1") in found
    assert ("II полугодии", "DATE", "2013-H2") in found


# --- "the week ended March 9": the ISO week that holds its end -------------------------


@pytest.mark.parametrize(
    ("text", "anchor", "value"),
    [
        ("Jobless claims fell by 7,000 in the week ended March 9.", "2013-03-20", "2013-W10"),
        (
            "Mortgage applications rose 3% in the week ending Friday, Dec. 28.",
            "2013-01-02",
            "2012-W52",
        ),
        (
            "Sales in the week that ended Jan. 4 were the weakest in a year.",
            "2014-01-09",
            "2014-W01",
        ),
    ],
)
def test_english_week_ended_a_day_is_that_iso_week(
    tagged, text: str, anchor: str, value: str
) -> None:
    assert ("the week", "DATE", value) in en(tagged, text, anchor)


# --- a position word before a day or a part of one keeps its place in the span ---------


@pytest.mark.parametrize(
    ("text", "quoted", "kind", "value"),
    [
        ("The two sides broke off talks earlier today.", "earlier today", "DATE", "2013-03-20"),
        ("Later today the president will speak.", "Later today", "DATE", "2013-03-20"),
        (
            "Earlier this evening, the governor signed the bill.",
            "Earlier this evening",
            "TIME",
            "2013-03-20TEV",
        ),
        ("The Senate voted late tonight.", "late tonight", "TIME", "2013-03-20TNI"),
        ("We will have more later tonight.", "later tonight", "TIME", "2013-03-20TNI"),
        ("The storm moved in early this morning.", "early this morning", "TIME", "2013-03-20TMO"),
    ],
)
def test_english_position_word_before_a_day_part_is_in_the_span(
    tagged, text: str, quoted: str, kind: str, value: str
) -> None:
    assert (quoted, kind, value) in en(tagged, text)


# --- "o'clock": a broadcast's clock time ---------------------------------------------------


@pytest.mark.parametrize(
    ("text", "quoted", "value"),
    [
        ("Good evening. It is 7 o'clock in the East.", "7 o'clock", "2013-03-20T07:00"),
        ("Trading opens at nine o'clock sharp.", "nine o'clock", "2013-03-20T09:00"),
        ("The vote will be held Friday at 10 o'clock.", "10 o'clock", "2013-03-22T10:00"),
    ],
)
def test_english_oclock_is_a_clock_time(tagged, text: str, quoted: str, value: str) -> None:
    assert (quoted, "TIME", value) in en(tagged, text)


# --- Russian past forms with no vowel before -л: "выросла", "истёк", "достигла" --------


@pytest.mark.parametrize(
    ("text", "quoted", "value"),
    [
        ("За январь выручка выросла на 8%.", "январь", "2025-01"),
        ("В январе–сентябре цены выросли на 6%.", "январе", "2025-01"),
        ("Срок договора истёк в декабре.", "декабре", "2024-12"),
        ("В ноябре инфляция достигла 9%.", "ноябре", "2024-11"),
        ("Задолженность возросла в декабре.", "декабре", "2024-12"),
    ],
)
def test_russian_consonant_stem_past_is_past(tagged, text: str, quoted: str, value: str) -> None:
    assert (quoted, "DATE", value) in ru(tagged, text, "2025-10-30")


def test_russian_noun_thicket_is_no_past(tagged) -> None:
    # "заросли" (thickets) is a noun: the clause keeps its future
    found = ru(tagged, "Заросли у реки вырубят в январе.", "2025-10-30")
    assert ("январе", "DATE", "2026-01") in found


# --- Russian month ranges written with a plain hyphen: "январь-сентябрь" ----------------


def test_russian_hyphenated_month_range(tagged) -> None:
    found = ru(tagged, "За январь-сентябрь выручка выросла на 8%.", "2025-10-30")
    assert ("январь", "DATE", "2025-01") in found
    assert ("сентябрь", "DATE", "2025-09") in found
    found = ru(tagged, "В январе-марте 2024 года прибыль снизилась.", "2025-10-30")
    assert ("январе", "DATE", "2024-01") in found
    assert ("марте 2024 года", "DATE", "2024-03") in found


def test_russian_hyphenated_name_is_no_month(tagged) -> None:
    assert ru(tagged, "Компания «Май-Инвест» открыла офис.", "2025-10-30") == []


# --- English irregular pasts: "drew", "froze", "underwent" --------------------------------


@pytest.mark.parametrize(
    ("text", "quoted", "value"),
    [
        ("The fair drew record crowds in May.", "May", "2012-05"),
        ("The harbor froze in April for the first time in decades.", "April", "2012-04"),
        ("The bank underwent a review in June.", "June", "2012-06"),
        ("Thieves stole the painting in July.", "July", "2012-07"),
        ("A dispute arose in June over the contract.", "June", "2012-06"),
    ],
)
def test_english_irregular_past_is_past(tagged, text: str, quoted: str, value: str) -> None:
    assert (quoted, "DATE", value) in en(tagged, text)


def test_english_stuck_is_no_past(tagged) -> None:
    # "are stuck" is a state now: the date ahead keeps its year
    assert ("May", "DATE", "2013-05") in en(tagged, "Talks are stuck until May.")


@pytest.mark.parametrize(
    ("text", "quoted", "value"),
    [
        ("Неизвестные подожгли автомобиль в декабре.", "декабре", "2024-12"),
        ("Вор залез в квартиру в ноябре.", "ноябре", "2024-11"),
        ("Подросток поджёг склад в декабре.", "декабре", "2024-12"),
    ],
)
def test_russian_burn_and_climb_pasts_are_past(tagged, text: str, quoted: str, value: str) -> None:
    assert (quoted, "DATE", value) in ru(tagged, text, "2025-10-30")


# --- "the same month last year": the month the passage talks about, a year back ----------


@pytest.mark.parametrize("tail", ["last year", "a year earlier", "a year ago", "the year before"])
def test_english_same_month_last_year_is_one_date(tagged, tail: str) -> None:
    text = f"Home sales in February rose 3% from the same month {tail}."
    assert (f"the same month {tail}", "DATE", "2012-02") in en(tagged, text)


# --- rule E1 for weeks and months: a past "end of the week" not yet come is last week's ---


@pytest.mark.parametrize(
    ("text", "anchor", "quoted", "value"),
    [
        ("At the end of the week, prices fell.", "2013-03-18", "the end of the week", "2013-W11"),
        ("Prices fell at the end of the month.", "2013-04-02", "the end of the month", "2013-03"),
        ("Prices fell at the end of the month.", "2013-03-29", "the end of the month", "2013-03"),
        (
            "By the end of the week, prices will fall.",
            "2013-03-18",
            "the end of the week",
            "2013-W12",
        ),
        (
            "Prices rose at the beginning of the week.",
            "2013-03-20",
            "the beginning of the week",
            "2013-W12",
        ),
    ],
)
def test_english_past_end_of_week_or_month_not_yet_come(
    tagged, text: str, anchor: str, quoted: str, value: str
) -> None:
    assert (quoted, "DATE", value) in en(tagged, text, anchor)


# --- Russian weekdays joined by "и" under one preposition: "в пятницу и субботу" ---------


def test_russian_second_coordinated_weekday(tagged) -> None:
    found = ru(tagged, "В пятницу и субботу ожидается потепление.", "2025-04-10")
    assert ("пятницу", "DATE", "2025-04-11") in found
    assert ("субботу", "DATE", "2025-04-12") in found
    found = ru(tagged, "Обыски прошли во вторник и среду.", "2025-04-10")
    assert ("среду", "DATE", "2025-04-09") in found


def test_russian_weekday_names_without_preposition_stay_unmarked(tagged) -> None:
    assert ru(tagged, "Суббота и воскресенье у нас выходные дни.", "2025-04-10") == []


# --- Russian present and perfective forms spelled with "ё": "начнётся", "пойдёт" --------


@pytest.mark.parametrize(
    "text",
    [
        "Ремонт дороги начнётся в понедельник.",
        "По новому мосту движение пойдёт в понедельник.",
    ],
)
def test_russian_yo_spelled_future_looks_ahead(tagged, text: str) -> None:
    assert ("понедельник", "DATE", "2025-04-14") in ru(tagged, text, "2025-04-10")


def test_russian_report_noun_is_no_verb(tagged) -> None:
    # "отчёт" is a noun: the past verb decides
    found = ru(tagged, "Губернатор в понедельник представил отчёт.", "2025-04-10")
    assert ("понедельник", "DATE", "2025-04-07") in found


# --- Russian parenthetical attribution: "в понедельник, как сообщили в мэрии, начнётся" --


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("В понедельник, как сообщили в мэрии, начнётся ремонт дороги.", "2025-04-14"),
        (
            "В понедельник, как рассказали в пресс-службе, откроется новая поликлиника.",
            "2025-04-14",
        ),
    ],
)
def test_russian_aside_attribution_leaves_the_clause_its_tense(
    tagged, text: str, value: str
) -> None:
    assert ("понедельник", "DATE", value) in ru(tagged, text, "2025-04-10")


def test_russian_attribution_after_the_clause_still_dates_a_past_day(tagged) -> None:
    found = ru(tagged, "Ремонт дороги начался в понедельник, сообщили в мэрии.", "2025-04-10")
    assert ("понедельник", "DATE", "2025-04-07") in found


# --- "the same day" after a day and a background month (lead's round 15, happenings dev9) ---


@pytest.mark.parametrize(
    ("language", "text", "quoted", "value"),
    [
        # a month told after the day that lies before it is background: the day
        ("ru", "В понедельник МИД потребовал выплатить компенсации семьям граждан, погибших "
         "в декабре. В тот же день в Катманду доставили тело.", "тот же день", "2013-03-18"),
        ("en", "On Monday the ministry asked Moscow to pay the families of men killed in "
         "December. The same day a body was flown home.", "The same day", "2013-03-18"),
        # so is one that holds the day
        ("en", "He applied for a permit there on March 4. He was expelled in March. A friend "
         "signed a contract the same day.", "the same day", "2013-03-04"),
        # a month that moves the story on is the time talked about
        ("ru", "Мигрант погиб 8 января. Тело доставили только в марте, похоронили его в тот "
         "же день.", "тот же день", "2013-03"),
    ],
)  # fmt: skip
def test_the_same_day_after_a_background_month_is_the_day(
    tagged, language: str, text: str, quoted: str, value: str
) -> None:
    found = en(tagged, text) if language == "en" else ru(tagged, text)
    assert (quoted, "DATE", value) in found, found


# --- "the following year" names a calendar year (lead's round 15, happenings dev9) --------


@pytest.mark.parametrize(
    ("text", "quoted", "value"),
    [
        ("He signed in November 2011 and was wounded early the following year.",
         "the following year", "2012"),
        ("The plant opened in June 2010 and closed the year after.", "the year after", "2011"),
        # after a year it was a year already
        ("Profit in the third quarter of 2004 rose from the previous year.",
         "the previous year", "2003"),
    ],
)  # fmt: skip
def test_the_following_year_is_a_calendar_year(tagged, text: str, quoted: str, value: str) -> None:
    assert (quoted, "DATE", value) in en(tagged, text), en(tagged, text)
