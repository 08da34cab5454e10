"""The time error families of round 12 (english_dev5, russian_dev2), one test or a few per
family, English and Russian.

Written from the families' descriptions before the rules that fix them; the sentences are
new, not the development sets'. Anchor: Wed 2013-03-20 unless a test says otherwise.
"""

from __future__ import annotations

import pytest

from .conftest import en, ru

# --- a date something is put off or extended to lies ahead ------------------------------


@pytest.mark.parametrize(
    ("text", "quoted", "value"),
    [
        ("The judge on Monday postponed the hearing until May.", "May", "2013-05"),
        ("The council delayed the vote to Feb. 4.", "Feb. 4", "2014-02-04"),
        ("The board adjourned the meeting until Tuesday.", "Tuesday", "2013-03-26"),
        ("Lawmakers pushed back the deadline for the filings to Jan. 15.", "Jan. 15", "2014-01-15"),
    ],
)
def test_english_deferred_date_is_ahead(tagged, text: str, quoted: str, value: str) -> None:
    assert (quoted, "DATE", value) in en(tagged, text)


@pytest.mark.parametrize(
    ("text", "quoted", "value"),
    [
        ("Суд продлил арест бизнесмена до 2 февраля.", "2 февраля", "2014-02-02"),
        ("Заседание отложили до 12 марта.", "12 марта", "2014-03-12"),
        ("Рассмотрение дела перенесли на 11 января.", "11 января", "2014-01-11"),
    ],
)
def test_russian_deferred_date_is_ahead(tagged, text: str, quoted: str, value: str) -> None:
    assert (quoted, "DATE", value) in ru(tagged, text)


def test_a_deferral_verb_does_not_move_its_own_date(tagged) -> None:
    assert ("March", "DATE", "2013-03") in en(tagged, "The vote was delayed in March.")
    assert ("Monday", "DATE", "2013-03-18") in en(tagged, "The judge on Monday postponed it.")


# --- a cue before the span beyond a subordinating word is another clause's --------------


def test_russian_main_verb_before_chto_leaves_the_date_to_its_own_clause(tagged) -> None:
    assert ("пятницу", "DATE", "2013-03-22") in ru(
        tagged, "Министр заявил, что в пятницу мост откроют."
    )
    assert ("мае", "DATE", "2014-05") in ru(
        tagged, "Врачи говорят, что в мае больница заработает снова.", "2013-06-20"
    )


def test_english_main_verb_before_before_leaves_the_date_to_its_own_clause(tagged) -> None:
    text = "Leaders said they hoped to pass the bill before the new rules take effect on Jan. 1."
    assert ("Jan. 1", "DATE", "2014-01-01") in en(tagged, text, "2013-12-18")


def test_a_lone_cue_beyond_a_subordinating_word_still_counts(tagged) -> None:
    assert ("мае", "DATE", "2012-05") in ru(
        tagged, "Он рассказал, что в мае был в Москве.", "2013-03-20"
    )
    assert ("пятницу", "DATE", "2013-03-15") in ru(tagged, "Он сказал, что в пятницу устал.")


# --- the verb right before the span's preposition governs it ----------------------------


def test_english_relative_clause_verb_before_the_preposition_governs(tagged) -> None:
    text = "A bank that failed in November will close its last branches."
    assert ("November", "DATE", "2012-11") in en(tagged, text)
    assert ("May", "DATE", "2013-05") in en(tagged, "The plant will reopen in May.")


@pytest.mark.parametrize(
    ("text", "quoted", "value"),
    [
        ("Закон, принятый в июне, вступит в силу через год.", "июне", "2012-06"),
        ("Дома, построенные в мае, заселят осенью.", "мае", "2012-05"),
    ],
)
def test_russian_past_participle_before_the_span_is_past(
    tagged, text: str, quoted: str, value: str
) -> None:
    assert (quoted, "DATE", value) in ru(tagged, text)


# --- "the fiscal year ending June 30": a period still running ends ahead -----------------


def test_a_period_ending_on_a_day_ends_ahead_of_a_past_clause(tagged) -> None:
    text = "The company said it expects a loss for the fiscal year ending June 30."
    found = en(tagged, text)
    assert ("the fiscal year", "DATE", "2013") in found
    assert ("June 30", "DATE", "2013-06-30") in found
    text = "Corvin raised its forecast for the fiscal year ending Jan. 31."
    found = en(tagged, text, "2013-10-30")
    assert ("the fiscal year", "DATE", "2014") in found
    assert ("Jan. 31", "DATE", "2014-01-31") in found


def test_a_period_ended_on_a_day_is_over(tagged) -> None:
    text = "Revenue for the quarter ended March 31 rose 5%, the company said."
    assert ("March 31", "DATE", "2013-03-31") in en(tagged, text, "2013-04-10")


# --- a month that names a statistic's period is one already begun -----------------------


@pytest.mark.parametrize(
    ("text", "anchor", "quoted", "value"),
    [
        (
            "The government will publish its October jobs report on Friday.",
            "2013-11-05",
            "October",
            "2013-10",
        ),
        (
            "Traders await the March retail sales figures, due Friday.",
            "2013-04-10",
            "March",
            "2013-03",
        ),
        (
            "The bureau will release November inflation data next week.",
            "2013-11-28",
            "November",
            "2013-11",
        ),
    ],
)
def test_a_month_naming_a_statistic_is_not_ahead(
    tagged, text: str, anchor: str, quoted: str, value: str
) -> None:
    assert (quoted, "DATE", value) in en(tagged, text, anchor)


def test_a_month_of_a_future_event_stays_ahead(tagged) -> None:
    assert ("October", "DATE", "2014-10") in en(
        tagged, "Exports will rise in October.", "2013-11-05"
    )


# --- "that August", "that spring": the month or season of the year the passage tells ----


def test_that_month_takes_the_year_the_passage_tells(tagged) -> None:
    text = "Auditors found the gaps in the summer of 2009. The clerk resigned that August."
    assert ("that August", "DATE", "2009-08") in en(tagged, text)


def test_that_season_takes_the_year_the_passage_tells(tagged) -> None:
    text = "The court threw out the map in 2010. That spring, lawmakers drew a new one."
    assert ("That spring", "DATE", "2010-SP") in en(tagged, text)


def test_that_fall_as_a_verb_is_no_season(tagged) -> None:
    found = en(tagged, "In 2010 the firm sold shares that fall in value.")
    assert not any("fall" in quoted for quoted, _, _ in found)


def test_that_after_a_speech_verb_is_a_conjunction(tagged) -> None:
    text = "Prices rose in 2009. Officials said that March sales were strong."
    assert ("March", "DATE", "2013-03") in en(tagged, text)


def test_a_participle_used_as_a_noun_is_no_cue_for_a_date_it_does_not_govern(tagged) -> None:
    text = "Выплаты пострадавшим жителям должны завершиться к концу июня."
    assert ("концу июня", "DATE", "2013-06") in ru(tagged, text)


# --- Russian case forms the rules missed: soft-stem "-его", the dative month, weekends ---


@pytest.mark.parametrize(
    ("text", "quoted", "value"),
    [
        ("В начале текущего года цены выросли.", "начале текущего года", "2013"),
        ("Работы завершат в конце следующего месяца.", "конце следующего месяца", "2013-04"),
        ("К декабрю число жалоб снизилось.", "декабрю", "2012-12"),
        ("Мост откроют к маю.", "маю", "2013-05"),
        ("Дожди прекратятся не раньше выходных.", "выходных", "2013-W12-WE"),
        ("Ремонт продлится до выходных.", "выходных", "2013-W12-WE"),
    ],
)
def test_russian_case_forms(tagged, text: str, quoted: str, value: str) -> None:
    assert (quoted, "DATE", value) in ru(tagged, text)


# --- "Накануне" before a preposition is the adverb ---------------------------------------


@pytest.mark.parametrize(
    "text",
    ["Накануне в Томске ввели карантин.", "Накануне на трассе столкнулись два автобуса."],
)
def test_russian_eve_before_a_preposition_is_the_day_before(tagged, text: str) -> None:
    assert ("Накануне", "DATE", "2013-03-19") in ru(tagged, text)


def test_russian_eve_before_a_noun_stays_a_preposition(tagged) -> None:
    assert ru(tagged, "Накануне выборов в городе усилили охрану.") == []


# --- "за неделю", "за сутки": a stretch of one unit -------------------------------------


@pytest.mark.parametrize(
    ("text", "quoted", "value"),
    [
        ("Уровень воды за сутки поднялся на метр.", "сутки", "P1D"),
        ("Цены за неделю выросли на 2 процента.", "неделю", "P1W"),
        ("За месяц в городе открылись три школы.", "месяц", "P1M"),
    ],
)
def test_russian_over_one_unit_is_a_duration(tagged, text: str, quoted: str, value: str) -> None:
    assert (quoted, "DURATION", value) in ru(tagged, text)


# --- a rate after a counted noun: "100 тысяч человек в год" -----------------------------


def test_russian_rate_after_a_counted_noun(tagged) -> None:
    text = "Музей принимал около 100 тысяч человек в год."
    assert ("в год", "SET", "P1Y") in ru(tagged, text)
    assert ("в год", "SET", "P1Y") in ru(tagged, "Завод выпускал 5 миллионов тонн стали в год.")


# --- modals look ahead: "should ease by Sunday", "may not come until July" ----------------


@pytest.mark.parametrize(
    ("text", "quoted", "value"),
    [
        ("The cold should ease by Sunday, forecasters said Tuesday.", "Sunday", "2013-03-24"),
        (
            "Forecasters said relief may not come until the middle of February.",
            "the middle of February",
            "2014-02",
        ),
        ("Factory Could Close Friday\nThe owners met with the union.", "Friday", "2013-03-22"),
    ],
)
def test_modals_look_ahead(tagged, text: str, quoted: str, value: str) -> None:
    assert (quoted, "DATE", value) in en(tagged, text)


def test_modal_with_have_looks_back(tagged) -> None:
    assert ("Monday", "DATE", "2013-03-18") in en(tagged, "The ship may have sunk Monday.")


def test_a_relative_clause_verb_governs_through_a_prepositional_phrase(tagged) -> None:
    text = "Snow that fell across the region on Sunday should melt by Friday."
    found = en(tagged, text)
    assert ("Sunday", "DATE", "2013-03-17") in found
    assert ("Friday", "DATE", "2013-03-22") in found


# --- what was agreed, asked or urged to be done lies ahead -------------------------------


def test_an_infinitive_after_agreed_or_urged_looks_ahead(tagged) -> None:
    found = en(tagged, "The two sides agreed Monday to meet again, probably Thursday.")
    assert ("Monday", "DATE", "2013-03-18") in found
    assert ("Thursday", "DATE", "2013-03-21") in found
    text = "Officials urged residents to stay indoors until Jan. 2."
    assert ("Jan. 2", "DATE", "2014-01-02") in en(tagged, text, "2013-12-28")


def test_expected_to_have_looks_back(tagged) -> None:
    text = "Sales are expected to have fallen in February."
    assert ("February", "DATE", "2013-02") in en(tagged, text)


def test_a_day_between_the_verb_and_its_infinitive_dates_the_verb(tagged) -> None:
    text = "The committee voted 9-4 Monday to approve the bill."
    assert ("Monday", "DATE", "2013-03-18") in en(tagged, text)


def test_a_plain_in_phrase_after_the_infinitive_may_date_the_agreeing(tagged) -> None:
    text = "The bank agreed to sell its stake to a rival in October."
    assert ("October", "DATE", "2012-10") in en(tagged, text)


# --- "two days a week", "five nights a week": a count of days in a period is a SET --------


@pytest.mark.parametrize(
    ("text", "quoted", "value"),
    [
        ("Watering is limited to two days a week.", "two days a week", "P1W"),
        ("He worked five nights a week at the port.", "five nights a week", "P1W"),
        ("The pumps ran 24 hours a day.", "24 hours a day", "P1D"),
    ],
)
def test_a_count_of_days_in_a_period_is_a_set(tagged, text: str, quoted: str, value: str) -> None:
    assert (quoted, "SET", value) in en(tagged, text)


def test_a_count_before_a_week_ago_is_no_set(tagged) -> None:
    found = en(tagged, "The strike lasted two days a week ago.")
    assert not any(kind == "SET" for _, kind, _ in found)


# --- "к вечеру понедельника": a part of a named weekday ----------------------------------


def test_russian_part_of_a_weekday_by_its_genitive(tagged) -> None:
    text = "Свет вернули только к вечеру понедельника."
    assert ("вечеру понедельника", "TIME", "2013-03-18TEV") in ru(tagged, text)
    text = "Дорогу откроют к утру пятницы."
    assert ("утру пятницы", "TIME", "2013-03-22TMO") in ru(tagged, text)


# --- Russian "с" before a date in a clause that is not future is "since" ----------------


@pytest.mark.parametrize(
    ("text", "anchor", "quoted", "value"),
    [
        ("Работы на станции идут с весны.", "2013-12-28", "весны", "2013-SP"),
        ("Режим ЧС действует с 10 мая.", "2013-03-20", "10 мая", "2012-05-10"),
        ("С 1 июня проезд подорожает.", "2013-03-20", "1 июня", "2013-06-01"),
    ],
)
def test_russian_s_before_a_date_is_since_unless_the_clause_is_future(
    tagged, text: str, anchor: str, quoted: str, value: str
) -> None:
    assert (quoted, "DATE", value) in ru(tagged, text, anchor)


# --- a deadline in a clause that is not past lies ahead ----------------------------------


@pytest.mark.parametrize(
    ("text", "quoted", "value"),
    [
        (
            "Officials said last week that they need a ruling by mid-February.",
            "mid-February",
            "2014-02",
        ),
        (
            "Lawmakers have until Monday to pass the budget, after they rejected a plan.",
            "Monday",
            "2013-03-25",
        ),
    ],
)
def test_a_deadline_in_a_present_clause_lies_ahead(
    tagged, text: str, quoted: str, value: str
) -> None:
    assert (quoted, "DATE", value) in en(tagged, text)


def test_a_deadline_in_a_past_clause_stays_past(tagged) -> None:
    text = "The company had sold the plant by February."
    assert ("February", "DATE", "2013-02") in en(tagged, text)


def test_a_deadline_seen_from_the_past_stays_neutral(tagged) -> None:
    text = "Work began in 2010 and was due to finish by Dec. 1."
    assert ("Dec. 1", "DATE", "2013-12-01") in en(tagged, text, "2013-12-27")


# --- "days away": a stretch still to run ---------------------------------------------------


def test_bare_plural_before_away_is_a_duration(tagged) -> None:
    assert ("days", "DURATION", "PXD") in en(tagged, "The city is days away from running dry.")


# --- a delivery month of a futures contract lies ahead -----------------------------------


@pytest.mark.parametrize(
    ("text", "anchor", "value"),
    [
        ("Crude oil for October delivery rose 40 cents.", "2013-09-12", "2013-10"),
        ("Wheat for March delivery fell 3 cents a bushel.", "2013-12-04", "2014-03"),
    ],
)
def test_a_delivery_month_lies_ahead(tagged, text: str, anchor: str, value: str) -> None:
    quoted = text.split(" for ")[1].split()[0]
    assert (quoted, "DATE", value) in en(tagged, text, anchor)


# --- "в ночь на 5 марта": the night that begins on the evening before --------------------


@pytest.mark.parametrize(
    ("text", "anchor", "quoted", "value"),
    [
        (
            "В ночь на 17 марта в Омске горел рынок.",
            "2013-03-20",
            "ночь на 17 марта",
            "2013-03-16TNI",
        ),
        ("Взрыв прогремел в ночь на 1 марта.", "2013-03-20", "ночь на 1 марта", "2013-02-28TNI"),
        (
            "Метро будет работать в ночь на 1 января.",
            "2013-12-27",
            "ночь на 1 января",
            "2013-12-31TNI",
        ),
        (
            "Кражу совершили в ночь на 2 мая 2011 года.",
            "2013-03-20",
            "ночь на 2 мая 2011 года",
            "2011-05-01TNI",
        ),
    ],
)
def test_russian_night_before_a_day_is_the_evening_before(
    tagged, text: str, anchor: str, quoted: str, value: str
) -> None:
    assert (quoted, "TIME", value) in ru(tagged, text, anchor)
