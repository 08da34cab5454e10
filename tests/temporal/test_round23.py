"""The time error families of round 23 (english_dev16, russian_dev12 and probing the families
issue 10 names), one test or a few per family, English and Russian.

Written from the families' descriptions before the rules that fix them; the sentences are
new, not the development sets'.
"""

from __future__ import annotations

import pytest

from .conftest import en, ru

# --- "и" before a verb opens another predicate: a past date keeps its clause's past though a
# future follows ("вступил в силу 1 марта и будет действовать до конца года"), as English "and"
# before a verb parts predicates ---------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "quoted", "value"),
    [
        ("Закон вступил в силу 1 марта и будет действовать до конца следующего года.",
         "1 марта", "2024-03-01"),
        ("Запрет ввели 20 февраля и продлят до лета.", "20 февраля", "2024-02-20"),
        ("Мигранта задержали 2 марта и могут выдворить уже в апреле.", "2 марта", "2024-03-02"),
    ],
)  # fmt: skip
def test_russian_and_before_a_verb_parts_predicates(
    tagged, text: str, quoted: str, value: str
) -> None:
    assert (quoted, "DATE", value) in ru(tagged, text, "2024-03-14")


def test_russian_and_between_two_dates_still_one_clause(tagged) -> None:
    # "и" between two spans, no verb after it: the future binds both
    found = ru(tagged, "Выплаты будут перечислены 5 и 20 марта.", "2024-03-14")
    assert ("20 марта", "DATE", "2024-03-20") in found


# --- "в канун Нового года": the day before the holiday, its eve in the preposition's case
# ("канун" in, "в" out), as English "New Year's Eve" is 31 December --------------------------


@pytest.mark.parametrize(
    ("text", "anchor", "quoted", "value"),
    [
        ("Он звонил матери в канун Нового года.", "2025-01-09", "канун Нового года",
         "2024-12-31"),
        ("Рейды пройдут в канун Нового года.", "2024-12-20", "канун Нового года", "2024-12-31"),
        ("Ветеранов поздравили в канун Дня Победы.", "2024-05-12", "канун Дня Победы",
         "2024-05-08"),
    ],
)  # fmt: skip
def test_russian_eve_of_a_holiday(tagged, text: str, anchor: str, quoted: str, value: str) -> None:
    assert ru(tagged, text, anchor) == [(quoted, "DATE", value)]


# --- "the preceding week", "the preceding year": the unit before the one the passage talks
# about, as "the previous week" is ------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "quoted", "value"),
    [
        ("Last week a court jailed a returnee; the preceding week another man was acquitted.",
         "the preceding week", "2024-W44"),
        ("Exports fell in 2023 after rising in the preceding year.", "the preceding year", "2022"),
    ],
)  # fmt: skip
def test_english_the_preceding_unit(tagged, text: str, quoted: str, value: str) -> None:
    assert (quoted, "DATE", value) in en(tagged, text, "2024-11-14")


# --- a day of the month by its ordinal before "of" and a month: "the first of next month",
# "the 20th of this month", "the fifth of last month", "the first of March" -----------------


@pytest.mark.parametrize(
    ("text", "quoted", "value"),
    [
        ("The law enters into force on the first of next month.", "the first of next month",
         "2025-05-01"),
        ("The deadline is the 20th of this month.", "the 20th of this month", "2025-04-20"),
        ("They last met on the fifth of last month.", "the fifth of last month", "2025-03-05"),
        ("He was arrested on the first of March.", "the first of March", "2025-03-01"),
        ("Talks resume on the twenty-second of May, 2025.", "the twenty-second of May, 2025",
         "2025-05-22"),
    ],
)  # fmt: skip
def test_english_ordinal_day_of_a_month(tagged, text: str, quoted: str, value: str) -> None:
    assert (quoted, "DATE", value) in en(tagged, text, "2025-04-30")


def test_english_first_of_the_month_stays_unmarked(tagged) -> None:
    # "the first of the month" names no month: left alone, as before
    assert en(tagged, "Rent is due on the first of the month.", "2025-04-30") == []


# --- "the three months through September" is the quarter the passage reports, "the six months
# to June" the half: "the same period a year earlier", "a year earlier" count back from it ----


@pytest.mark.parametrize(
    ("text", "anchor", "quoted", "value"),
    [
        ("Net income for the three months through September was $41 million, down from $50 "
         "million in the same period a year earlier.", "2019-10-22",
         "the same period a year earlier", "2018-Q3"),
        ("Net profit in the three months ended March 31 rose 5% from a year earlier.",
         "2025-04-30", "a year earlier", "2024-Q1"),
        ("Revenue in the six months to June rose 4% from the year-earlier period.", "2024-08-10",
         "the year-earlier period", "2023-H1"),
    ],
)  # fmt: skip
def test_english_months_to_a_month_are_the_reported_period(
    tagged, text: str, anchor: str, quoted: str, value: str
) -> None:
    assert (quoted, "DATE", value) in en(tagged, text, anchor)


def test_english_twelve_months_to_october_keep_the_month(tagged) -> None:
    text = "Inflation in the 12 months to October was 8.5%, up from 7% a year earlier."
    assert ("a year earlier", "DATE", "2023-10") in en(tagged, text, "2024-11-14")


# --- a count back or forward with its date in apposition: "Two years earlier, in 2021,", "Тремя
# годами ранее, в 2019 году," name the same time, and the apposed year decides it --------------


@pytest.mark.parametrize(
    ("text", "language", "quoted", "value"),
    [
        ("Two years earlier, in 2021, he had served a prison term.", "en", "Two years earlier",
         "2021"),
        ("Тремя годами ранее, в 2019 году, он уже был судим.", "ru", "Тремя годами ранее", "2019"),
        ("Месяцем ранее, в марте 2021 года, его задержали.", "ru", "Месяцем ранее", "2021-03"),
        ("Два года назад, в 2021 году, он уехал в Россию.", "ru", "Два года назад", "2021"),
    ],
)  # fmt: skip
def test_count_with_its_date_in_apposition(
    tagged, text: str, language: str, quoted: str, value: str
) -> None:
    assert (quoted, "DATE", value) in tagged(text, language, "2024-11-14")


def test_count_before_a_yearless_apposition_unchanged(tagged) -> None:
    found = en(tagged, "A year later, in March, he was sent to the front.", "2024-11-14")
    assert found[0][:2] == ("A year later", "DATE") and found[0][2] != "2024-03"


# --- "last" as a verb before a duration ("will last three days", "expected to last two weeks")
# is no part of it: the duration alone, as "lasted three days" gives ----------------------------


@pytest.mark.parametrize(
    ("text", "quoted", "value"),
    [
        ("The talks, which begin Monday, will last three days.", "three days", "P3D"),
        ("The hearing is expected to last two weeks.", "two weeks", "P2W"),
        ("The ban could last six months.", "six months", "P6M"),
    ],
)
def test_english_last_as_a_verb_before_a_duration(
    tagged, text: str, quoted: str, value: str
) -> None:
    assert (quoted, "DURATION", value) in en(tagged, text, "2024-11-14")


def test_english_the_last_three_days_keeps_its_modifier(tagged) -> None:
    found = en(tagged, "Police detained 30 people over the last three days.", "2024-11-14")
    assert ("the last three days", "DURATION", "P3D") in found


# --- a relative clause of time after a dated year ("December 2019, when he was detained on Dec.
# 12", "в 2015 году, когда в мае ...") is in that year: the clause dates itself by it ------------


@pytest.mark.parametrize(
    ("text", "language", "quoted", "value"),
    [
        ("The case dates to December 2019, when he was first detained on Dec. 12.", "en",
         "Dec. 12", "2019-12-12"),
        ("He left in 2015, when in May the first contracts were offered.", "en", "May",
         "2015-05"),
        ("Он уехал в Россию в 2019 году, когда 12 марта подписал контракт.", "ru", "12 марта",
         "2019-03-12"),
    ],
)  # fmt: skip
def test_when_clause_after_a_dated_year(
    tagged, text: str, language: str, quoted: str, value: str
) -> None:
    assert (quoted, "DATE", value) in tagged(text, language, "2024-11-14")


# --- "last quarter" without "the" is the quarter before the anchor's, as "last month" is ("the
# last quarter of 2012" stays the fourth); Russian "в прошлом квартале", "в этом квартале", "в
# следующем квартале", "в текущем квартале" likewise ----------------------------------------


@pytest.mark.parametrize(
    ("text", "language", "quoted", "value"),
    [
        ("Profits fell last quarter.", "en", "last quarter", "2024-Q3"),
        ("Last quarter, remittances fell 5%.", "en", "Last quarter", "2024-Q3"),
        ("В прошлом квартале число мигрантов выросло.", "ru", "прошлом квартале", "2024-Q3"),
        ("В текущем квартале ЦБ ожидает роста.", "ru", "текущем квартале", "2024-Q4"),
        ("В следующем квартале переводы снизятся.", "ru", "следующем квартале", "2025-Q1"),
    ],
)  # fmt: skip
def test_relative_quarter(tagged, text: str, language: str, quoted: str, value: str) -> None:
    assert (quoted, "DATE", value) in tagged(text, language, "2024-11-14")


def test_english_the_last_quarter_of_a_year_stays_the_fourth(tagged) -> None:
    found = en(tagged, "Sales rose in the last quarter of 2023.", "2024-11-14")
    assert ("the last quarter of 2023", "DATE", "2023-Q4") in found


# --- "that year", "later that year": the year the passage talks about (P1), as "that month"
# is its month ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "quoted", "value"),
    [
        ("He left for Russia in 2019. That year, thousands of Kyrgyz did the same.", "That year",
         "2019"),
        ("He was detained in March 2021 and later that year signed a contract.",
         "later that year", "2021"),
    ],
)  # fmt: skip
def test_english_that_year(tagged, text: str, quoted: str, value: str) -> None:
    assert (quoted, "DATE", value) in en(tagged, text, "2024-11-14")


def test_english_said_that_year_stays_a_conjunction(tagged) -> None:
    found = en(tagged, "The ministry said that year-end figures would be late.", "2024-11-14")
    assert not any(q.lower().startswith("that year") for q, _, _ in found)


# --- a month set off by a comma right after a year ("In 2023, in February,", "В 2023 году, в
# феврале,") is that year's month, as one set out after a dash is ---------------------------


@pytest.mark.parametrize(
    ("text", "language", "quoted", "value"),
    [
        ("In 2023, in February, he was detained in Moscow.", "en", "February", "2023-02"),
        ("В 2023 году, в феврале, его задержали в Москве.", "ru", "феврале", "2023-02"),
    ],
)
def test_month_set_off_after_a_year(
    tagged, text: str, language: str, quoted: str, value: str
) -> None:
    assert (quoted, "DATE", value) in tagged(text, language, "2024-11-14")


def test_month_after_a_year_and_a_comma_in_a_list_keeps_its_year(tagged) -> None:
    # a list of periods ("in 2022, in March and in May") is read the same way; a year that
    # only counts ("since 2015, in March") is no apposition
    found = en(tagged, "Prices rose in 2022, in March and in May.", "2024-11-14")
    assert ("March", "DATE", "2022-03") in found


# --- a century's modifier and position word are in, as a decade's are ("the early 2000s", "the
# start of the 1980s"): "the early 20th century", "the mid-19th century", "the middle of the
# 20th century" ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "quoted", "value"),
    [
        ("In the early 20th century, the region was part of the empire.",
         "the early 20th century", "19"),
        ("The mid-19th century saw the conquest.", "The mid-19th century", "18"),
        ("Since the middle of the 20th century, it has grown.", "the middle of the 20th century",
         "19"),
        ("In the late nineteenth century, the region was conquered.",
         "the late nineteenth century", "18"),
    ],
)  # fmt: skip
def test_english_century_keeps_its_modifier(tagged, text: str, quoted: str, value: str) -> None:
    assert (quoted, "DATE", value) in en(tagged, text, "2024-11-14")


# --- Russian decades of unknown count: "в последние десятилетия", "Десятилетиями" are PXDE, as
# English "in recent decades", "for decades" are ----------------------------------------------


@pytest.mark.parametrize(
    ("text", "quoted"),
    [
        ("В последние десятилетия миллионы уехали на заработки.", "последние десятилетия"),
        ("За последние десятилетия многое изменилось.", "последние десятилетия"),
        ("Десятилетиями они отправляли деньги домой.", "Десятилетиями"),
    ],
)
def test_russian_decades_of_unknown_count(tagged, text: str, quoted: str) -> None:
    assert ru(tagged, text, "2024-11-14") == [(quoted, "DURATION", "PXDE")]


# --- "в том году", "в тот год", "в том месяце": the year or month the passage talks about
# (P1), as "в тот день" is its day and English "that year" its year ------------------------


@pytest.mark.parametrize(
    ("text", "quoted", "value"),
    [
        ("Он уехал в Россию в 2019 году. В том году так поступили тысячи.", "том году", "2019"),
        ("Он уехал в Россию в 2019 году. В тот год так поступили тысячи.", "тот год", "2019"),
        ("Он уехал в марте 2019 года. В том месяце уехали многие.", "том месяце", "2019-03"),
    ],
)
def test_russian_that_year_or_month(tagged, text: str, quoted: str, value: str) -> None:
    assert (quoted, "DATE", value) in ru(tagged, text, "2024-11-14")


def test_russian_v_tom_chisle_is_no_time(tagged) -> None:
    assert ru(tagged, "Задержаны 40 человек, в том числе пятеро граждан Таджикистана.") == []


# --- "следующего года" after a month or a season is one DATE with it, as "прошлого года" is:
# "Весной следующего года", "в январе следующего года" (the year after the anchor's, where the
# clause looks ahead) ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "quoted", "value"),
    [
        ("Весной следующего года закон вступит в силу.", "Весной следующего года", "2025-SP"),
        ("В январе следующего года закон вступит в силу.", "январе следующего года", "2025-01"),
        ("Выплаты начнутся 15 марта следующего года.", "15 марта следующего года", "2025-03-15"),
    ],
)
def test_russian_next_year_tail(tagged, text: str, quoted: str, value: str) -> None:
    assert ru(tagged, text, "2024-11-14") == [(quoted, "DATE", value)]


# --- "через неделю" in a past clause with no time told before it counts forward from an unknown
# time, as "two years later, he resigned" does: not from the anchor, into the future ---------


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Через неделю его отправили на фронт.", "XXXX-WXX"),
        ("Через два месяца он погиб под Курском.", "XXXX-XX"),
    ],
)
def test_russian_later_in_a_past_clause_without_a_reference(tagged, text: str, value: str) -> None:
    found = ru(tagged, text, "2024-11-14")
    assert [(t, v) for _, t, v in found] == [("DATE", value)]


def test_russian_later_in_a_past_clause_counts_from_the_day_told(tagged) -> None:
    found = ru(tagged, "Его задержали 3 мая, а через неделю отправили на фронт.", "2024-11-14")
    assert ("неделю", "DATE", "2024-W19") in found


# --- a half joined by hyphens ("two-and-a-half years", "a seven-and-a-half-year sentence") is a
# count and a half, as "two and a half years" is -------------------------------------------


@pytest.mark.parametrize(
    ("text", "quoted", "value"),
    [
        ("He served two-and-a-half years in prison.", "two-and-a-half years", "P2.5Y"),
        ("The man received a seven-and-a-half-year sentence.", "seven-and-a-half-year", "P7.5Y"),
    ],
)
def test_english_hyphenated_half(tagged, text: str, quoted: str, value: str) -> None:
    assert en(tagged, text, "2024-11-14") == [(quoted, "DURATION", value)]


# --- a slashed date whose first number cannot be a month is day first ("25/03/2024", "Updated
# 14/11/2024 09:15", as British, South and Central Asian sites write it); "5/3/2024" stays US --


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("The decree was signed on 25/03/2024.", [("25/03/2024", "DATE", "2024-03-25")]),
        ("Updated 14/11/2024 09:15", [("14/11/2024 09:15", "TIME", "2024-11-14T09:15")]),
        ("The decree was signed on 5/3/2024.", [("5/3/2024", "DATE", "2024-05-03")]),
    ],
)
def test_english_day_first_slashed_date(tagged, text: str, found) -> None:
    assert en(tagged, text, "2024-11-14") == found


# --- "mid-month", "mid-year", "midweek", "by month's end", "by year's end": the unit's middle
# or end, as "the middle of the month", "the end of the year" are -----------------------------


@pytest.mark.parametrize(
    ("text", "quoted", "value"),
    [
        ("He was detained mid-month.", "mid-month", "2024-11"),
        ("The rules take effect mid-year.", "mid-year", "2024"),
        ("The talks were held midweek.", "midweek", "2024-W46"),
        ("By year's end, 500 will have been deported.", "year's end", "2024"),
        ("They were to be deported by month's end.", "month's end", "2024-11"),
    ],
)
def test_english_short_part_of_unit(tagged, text: str, quoted: str, value: str) -> None:
    assert en(tagged, text, "2024-11-14") == [(quoted, "DATE", value)]


# --- "would" in speech reported on a day or month told ("reported on March 15 that the ministry
# would start a campaign on April 1") is a future seen from that day and names no tense, as "was
# due to" does: the yearless date is the nearest, not the next after the anchor ----------------


@pytest.mark.parametrize(
    ("text", "quoted", "value"),
    [
        ("RFE/RL reported on March 15 that the ministry would start a campaign on April 1.",
         "April 1", "2023-04-01"),
        ("The ministry said in March that it would open a recruitment office in April.",
         "April", "2023-04"),
        ("Officials told reporters on Dec. 1 that the checks would end on Dec. 20.", "Dec. 20",
         "2022-12-20"),
    ],
)  # fmt: skip
def test_english_would_in_speech_reported_on_a_day(
    tagged, text: str, quoted: str, value: str
) -> None:
    assert (quoted, "DATE", value) in en(tagged, text, "2023-05-09")


@pytest.mark.parametrize(
    ("text", "quoted", "value"),
    [
        ("The bill would take effect on Jan. 1 if passed.", "Jan. 1", "2024-01-01"),
        ("The ministry said it would open a recruitment office in April.", "April", "2024-04"),
    ],
)
def test_english_would_with_no_day_of_speech_still_looks_ahead(
    tagged, text: str, quoted: str, value: str
) -> None:
    assert (quoted, "DATE", value) in en(tagged, text, "2023-05-09")


# --- a vague count back or forward ("Several months later", "A few weeks later") is a DATE, as
# a counted one is; with a date in apposition ("Несколько месяцев спустя, в мае,") it is that
# date --------------------------------------------------------------------------------------


def test_english_vague_count_later_is_a_date(tagged) -> None:
    text = "He was detained in January 2023. A few weeks later, he was released."
    found = en(tagged, text, "2023-09-14")
    assert ("A few weeks later", "DATE", "FUTURE_REF") in found


@pytest.mark.parametrize(
    ("text", "language", "quoted"),
    [
        ("He was detained in January 2023. Several months later, in May, he was convicted.", "en",
         "Several months later"),
        ("Его задержали в январе 2023 года. Несколько месяцев спустя, в мае, его осудили.", "ru",
         "Несколько месяцев спустя"),
    ],
)  # fmt: skip
def test_vague_count_with_its_date_in_apposition(tagged, text: str, language: str, quoted: str):
    assert (quoted, "DATE", "2023-05") in tagged(text, language, "2023-09-14")


def test_unknown_count_with_a_dated_apposition(tagged) -> None:
    found = en(tagged, "A year later, in March 2021, he was sent to the front.", "2024-11-14")
    assert ("A year later", "DATE", "2021") in found


# --- a 24-hour clock time with its zone keeps its approximation, as "about 11 p.m." does:
# "around 0500 GMT", "about 14:30 GMT" ---------------------------------------------------


@pytest.mark.parametrize(
    ("text", "quoted", "value"),
    [
        ("The raid began at around 0500 GMT.", "around 0500 GMT", "2024-11-14T05:00"),
        ("The plane landed at about 14:30 local time.", "about 14:30 local time",
         "2024-11-14T14:30"),
    ],
)  # fmt: skip
def test_english_zoned_clock_keeps_its_approximation(
    tagged, text: str, quoted: str, value: str
) -> None:
    assert en(tagged, text, "2024-11-14") == [(quoted, "TIME", value)]


# --- "the week ahead", "the days ahead", "the months ahead": the stretch to come, as "the coming
# week" (P1W) and "the coming weeks" (PXW) are -----------------------------------------------


@pytest.mark.parametrize(
    ("text", "quoted", "value"),
    [
        ("In the week ahead, officials will meet twice.", "the week ahead", "P1W"),
        ("In the days ahead, more raids are expected.", "the days ahead", "PXD"),
        ("Prices will rise in the months ahead.", "the months ahead", "PXM"),
        ("The year ahead will be difficult.", "The year ahead", "P1Y"),
    ],
)
def test_english_the_unit_ahead(tagged, text: str, quoted: str, value: str) -> None:
    assert en(tagged, text, "2024-11-14") == [(quoted, "DURATION", value)]


# --- a fiscal year named by the two years it straddles ("the 2023-24 fiscal year", "fiscal
# 2024-25", "FY2024-25", as South Asian copy writes it) is one DATE, its first year, as "the
# 2023/24 season" is -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "quoted", "value"),
    [
        ("Remittances rose 8% in the 2023-24 fiscal year.", "the 2023-24 fiscal year", "2023"),
        ("In fiscal 2024-25, the government expects growth of 6%.", "fiscal 2024-25", "2024"),
        ("The budget for FY2024-25 was approved in July.", "FY2024-25", "2024"),
        ("Exports fell in FY 2023/24.", "FY 2023/24", "2023"),
    ],
)
def test_english_split_fiscal_year(tagged, text: str, quoted: str, value: str) -> None:
    assert (quoted, "DATE", value) in en(tagged, text, "2024-11-14")
    assert not any(q in ("24", "25") for q, _, _ in en(tagged, text, "2024-11-14"))
