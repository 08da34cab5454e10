"""The time error families of round 24 (english_dev17, russian_dev13 and probing the families
issue 10 names), one test or a few per family, English and Russian.

Written from the families' descriptions before the rules that fix them; the sentences are
new, not the development sets'.
"""

from __future__ import annotations

import pytest

from .conftest import en, ru

# --- a decade in "-х" before the noun "число" (a number, not days of a month): "в середине
# 2010-х число мигрантов выросло" is the 2010s; "в 20-х числах марта" stays days of a month ---


@pytest.mark.parametrize(
    ("text", "quoted", "value"),
    [
        ("К середине 2010-х число мигрантов выросло.", "середине 2010-х", "201"),
        ("В 1990-х число уехавших росло.", "1990-х", "199"),
        ("В середине 90-х число рабочих мест сократилось.", "середине 90-х", "199"),
        ("В конце 2000-х число патентов удвоилось.", "конце 2000-х", "200"),
    ],
)  # fmt: skip
def test_russian_decade_before_the_noun_number(tagged, text: str, quoted: str, value: str) -> None:
    assert ru(tagged, text, "2024-11-20") == [(quoted, "DATE", value)]


def test_russian_days_of_a_month_in_their_twenties_stay_the_month(tagged) -> None:
    found = ru(tagged, "Рейды прошли в 20-х числах марта.", "2024-04-10")
    assert found == [("20-х числах марта", "DATE", "2024-03")]


# --- the perfective future of "дать" and its kin ends in "-даст", outside the regular endings:
# "подаст жалобу в пятницу", "передаст дело в суд на следующей неделе" look ahead -----------


@pytest.mark.parametrize(
    ("text", "quoted", "value"),
    [
        ("Адвокат подаст жалобу в пятницу.", "пятницу", "2026-02-27"),
        ("Следователь передаст дело в суд в понедельник.", "понедельник", "2026-03-02"),
        ("Его задержали 12 января. Адвокат заявил, что подаст жалобу на следующей неделе.",
         "следующей неделе", "2026-W10"),
    ],
)  # fmt: skip
def test_russian_future_of_dat_looks_ahead(tagged, text: str, quoted: str, value: str) -> None:
    assert (quoted, "DATE", value) in ru(tagged, text, "2026-02-25")


# --- a month whose level a figure is compared with names the figure's period, the latest such
# month begun whatever the tense, as "January figures" and "данные за январь" do: "return to
# March levels", "stay near May's level", "вернутся к уровню марта", "на уровне мая" -------


@pytest.mark.parametrize(
    ("text", "quoted", "value"),
    [
        ("Officials expect arrivals to return to March levels.", "March", "2024-03"),
        ("Remittances will stay near May's level, the bank said.", "May", "2024-05"),
    ],
)  # fmt: skip
def test_english_month_of_a_level(tagged, text: str, quoted: str, value: str) -> None:
    assert en(tagged, text, "2024-07-26") == [(quoted, "DATE", value)]


@pytest.mark.parametrize(
    ("text", "quoted", "value"),
    [
        ("Аналитики ожидают, что цены вернутся к уровню марта.", "марта", "2024-03"),
        ("Переводы в третьем квартале останутся на уровне мая.", "мая", "2024-05"),
    ],
)  # fmt: skip
def test_russian_month_of_a_level(tagged, text: str, quoted: str, value: str) -> None:
    assert (quoted, "DATE", value) in ru(tagged, text, "2024-07-26")


# --- "the week before" after a week told and then the day it was reported on ("checked 3,000
# migrants last week ..., the committee said on Monday. The week before, ..."): the day of a
# report is not the week the passage talks about, so the count goes back from the week told -


@pytest.mark.parametrize(
    ("text", "quoted", "value"),
    [
        ("Police checked 2,000 foreigners at markets last week, the city said on Monday. "
         "The week before, they raided hostels.", "The week before", "2025-W21"),
        ("Officers detained 40 migrants last week, police said Monday. "
         "The previous week, 25 were detained.", "The previous week", "2025-W21"),
        ("На прошлой неделе полиция проверила 500 мигрантов, сообщили в понедельник в МВД. "
         "Неделей ранее рейд прошёл на рынке.", "Неделей ранее", "2025-W21"),
    ],
)  # fmt: skip
def test_week_before_a_week_told_not_the_report_day(
    tagged, text: str, quoted: str, value: str
) -> None:
    language = "ru" if text.startswith("На") else "en"
    assert (quoted, "DATE", value) in tagged(text, language, "2025-06-02")


def test_week_before_the_report_day_when_no_week_is_told(tagged) -> None:
    # no week told: the report's day is the only time named, as before
    found = en(tagged, "Police said on Monday they had checked 2,000 foreigners. "
               "The week before, they raided hostels.", "2025-06-02")  # fmt: skip
    assert ("The week before", "DATE", "2025-W22") in found


# --- a short passive participle is a past verb ("подписан 3 декабря", "задержан 28 декабря",
# "вынесен 20 декабря"), so a future later in the sentence no longer moves its date a year
# ahead; not after "будет"/"быть", nor a state up to a deadline ("открыт до 15 января") ------


@pytest.mark.parametrize(
    ("text", "anchor", "quoted", "value"),
    [
        ("Закон подписан 3 декабря и вступит в силу 10 января.", "2024-12-27", "3 декабря",
         "2024-12-03"),
        ("Мигрант задержан 28 декабря, его выдворят в феврале.", "2024-01-05", "28 декабря",
         "2023-12-28"),
        ("Приговор вынесен 20 декабря, он вступит в силу в январе.", "2024-12-27", "20 декабря",
         "2024-12-20"),
    ],
)  # fmt: skip
def test_russian_short_participle_is_past(
    tagged, text: str, anchor: str, quoted: str, value: str
) -> None:
    assert (quoted, "DATE", value) in ru(tagged, text, anchor)


@pytest.mark.parametrize(
    ("text", "anchor", "quoted", "value"),
    [
        ("Приём заявок открыт до 15 января.", "2024-03-10", "15 января", "2025-01-15"),
        ("Закон будет подписан 3 декабря.", "2024-11-20", "3 декабря", "2024-12-03"),
        ("Очередной рейд намечен на октябрь.", "2024-03-13", "октябрь", "2024-10"),
    ],
)  # fmt: skip
def test_russian_short_participle_of_a_state_or_a_future(
    tagged, text: str, anchor: str, quoted: str, value: str
) -> None:
    assert (quoted, "DATE", value) in ru(tagged, text, anchor)


# --- "в прошлом" before an adjective or noun it agrees with is no PAST_REF: "в прошлом
# финансовом году" is the year before, "в текущем финансовом году" this one, "в прошлом
# полугодии" the half-year before the anchor's; "В прошлом он работал" stays PAST_REF --------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("В прошлом финансовом году прибыль компании выросла.",
         [("прошлом финансовом году", "DATE", "2023")]),
        ("В текущем финансовом году выручка вырастет.",
         [("текущем финансовом году", "DATE", "2024")]),
        ("В прошлом полугодии переводы сократились.", [("прошлом полугодии", "DATE", "2024-H1")]),
        ("В следующем полугодии переводы вырастут.", [("следующем полугодии", "DATE", "2025-H1")]),
        ("В прошлом отчётном периоде убыток сократился.", []),
        ("В прошлом он работал на стройке в Москве.", [("прошлом", "DATE", "PAST_REF")]),
    ],
)  # fmt: skip
def test_russian_past_before_a_period(tagged, text: str, expected: list) -> None:
    assert ru(tagged, text, "2024-11-14") == expected


# --- "в обозримом будущем", "в недалёком будущем", "в отдалённом будущем": FUTURE_REF, the
# adjective in, as "в ближайшем будущем" and English "the foreseeable future" are ----------


@pytest.mark.parametrize(
    ("text", "quoted"),
    [
        ("В обозримом будущем правила въезда не изменятся.", "обозримом будущем"),
        ("В недалёком будущем патенты подорожают.", "недалёком будущем"),
        ("Такой закон могут принять лишь в отдалённом будущем.", "отдалённом будущем"),
    ],
)  # fmt: skip
def test_russian_future_with_its_adjective(tagged, text: str, quoted: str) -> None:
    assert ru(tagged, text, "2024-11-14") == [(quoted, "DATE", "FUTURE_REF")]


# --- an arrest's term ends ahead though the arrest is told in the past ("арестовали на два
# месяца — до 12 января", "заключил под стражу до 5 февраля"), as "продлил арест до" and
# "ordered held in custody until May 22" do (round 18) ------------------------------------


@pytest.mark.parametrize(
    ("text", "anchor", "quoted", "value"),
    [
        ("Мигранта арестовали на два месяца — до 12 января.", "2024-11-14", "12 января",
         "2025-01-12"),
        ("Суд заключил его под стражу до 5 февраля.", "2024-12-20", "5 февраля", "2025-02-05"),
        ("Его арестовали 5 января в Москве.", "2024-01-10", "5 января", "2024-01-05"),
    ],
)  # fmt: skip
def test_russian_arrest_term_ends_ahead(
    tagged, text: str, anchor: str, quoted: str, value: str
) -> None:
    assert (quoted, "DATE", value) in ru(tagged, text, anchor)


# --- a weekday right before a named week is that week's day ("on Tuesday last week", "во
# вторник на прошлой неделе", "on Wednesday next week"), as one right after it is ------------


@pytest.mark.parametrize(
    ("text", "language", "quoted", "value"),
    [
        ("Police raided a hostel on Tuesday last week.", "en", "Tuesday", "2024-11-05"),
        ("The ministry will reply on Friday next week.", "en", "Friday", "2024-11-22"),
        ("Во вторник на прошлой неделе полиция проверила хостел.", "ru", "вторник",
         "2024-11-05"),
        ("В пятницу на следующей неделе министерство ответит.", "ru", "пятницу", "2024-11-22"),
    ],
)  # fmt: skip
def test_weekday_before_a_named_week(
    tagged, text: str, language: str, quoted: str, value: str
) -> None:
    assert (quoted, "DATE", value) in tagged(text, language, "2024-11-14")


# --- "всего", "лишь", "только" before a count are "only", "just": out of the span, as
# English "only", "just" are (round 16: "only [[eight days]] away") ------------------------


@pytest.mark.parametrize(
    ("text", "quoted", "value"),
    [
        ("Всего год назад таких рейдов не было.", "год назад", "2023"),
        ("Его продержали в отделе всего три дня.", "три дня", "P3D"),
    ],
)  # fmt: skip
def test_russian_only_is_out(tagged, text: str, quoted: str, value: str) -> None:
    assert [(t[0], t[2]) for t in ru(tagged, text, "2024-11-14")] == [(quoted, value)]


# --- "за последнее десятилетие", "в последнее десятилетие", "в течение последнего
# десятилетия": one decade up to now (P10Y), kin of "за последний год" (round 22) and of "the
# past decade" --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "quoted"),
    [
        ("За последнее десятилетие гражданство получили 700 тысяч таджиков.",
         "последнее десятилетие"),
        ("В последнее десятилетие мигрантов из Киргизии стало больше.", "последнее десятилетие"),
        ("В течение последнего десятилетия переводы росли.", "последнего десятилетия"),
    ],
)  # fmt: skip
def test_russian_the_last_decade_is_a_stretch(tagged, text: str, quoted: str) -> None:
    assert ru(tagged, text, "2024-11-14") == [(quoted, "DURATION", "P10Y")]


# --- "forecasts", "projections" as the nouns a result is compared with ("H1 results beat
# forecasts", "profit topped analysts' forecasts", "missed projections") are no verb of
# forecasting: the clause keeps its past ----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "quoted", "value"),
    [
        ("The bank's H1 results beat forecasts.", "H1", "2024-H1"),
        ("First-half profit topped analysts' forecasts.", "First-half", "2024-H1"),
        ("Second-half sales missed projections.", "Second-half", "2024-H2"),
    ],
)  # fmt: skip
def test_english_forecasts_as_nouns(tagged, text: str, quoted: str, value: str) -> None:
    assert en(tagged, text, "2024-11-14") == [(quoted, "DATE", value)]


def test_english_forecasts_as_a_verb_still_looks_ahead(tagged) -> None:
    found = en(tagged, "The bank forecasts a recovery in the first half.", "2024-11-14")
    assert found == [("the first half", "DATE", "2025-H1")]


# --- "fiscal" and British "financial" between a relative word and "year": "the previous fiscal
# year" is the year before the one the passage talks about, "the last financial year" the
# year before the anchor's, "the financial year ended March 31" as "the fiscal year" --------


@pytest.mark.parametrize(
    ("text", "anchor", "quoted", "value"),
    [
        ("Sales in the previous fiscal year rose 5%.", "2024-11-14", "the previous fiscal year",
         "2023"),
        ("Revenue for fiscal 2023 rose 4%; in the prior fiscal year it fell.", "2025-02-10",
         "the prior fiscal year", "2022"),
        ("Profit in the last financial year rose 5%.", "2024-11-14", "the last financial year",
         "2023"),
        ("Profit for the financial year ended March 31 rose 8%.", "2024-05-20",
         "the financial year", "2024"),
    ],
)  # fmt: skip
def test_english_fiscal_and_financial_years(
    tagged, text: str, anchor: str, quoted: str, value: str
) -> None:
    assert (quoted, "DATE", value) in en(tagged, text, anchor)


# --- an agency's dateline shortens the month ("МОСКВА, 14 ноя — РИА Новости", "12 мар 2024"):
# a DATE, as "БИШКЕК, 14 ноября — Sputnik" is (round 17) -----------------------------------


@pytest.mark.parametrize(
    ("text", "anchor", "quoted", "value"),
    [
        ("МОСКВА, 14 ноя — РИА Новости. Полиция задержала 40 мигрантов.", "2024-11-14",
         "14 ноя", "2024-11-14"),
        ("ТАШКЕНТ, 30 дек — Sputnik. Суд вынес приговор вербовщику.", "2025-01-02", "30 дек",
         "2024-12-30"),
    ],
)  # fmt: skip
def test_russian_dateline_with_a_shortened_month(
    tagged, text: str, anchor: str, quoted: str, value: str
) -> None:
    assert ru(tagged, text, anchor)[0] == (quoted, "DATE", value)


def test_russian_shortened_month_word_alone_is_no_date(tagged) -> None:
    assert ru(tagged, "Экономист Амартья Сен выступил в Москве.", "2024-11-14") == []


# --- "Десятки лет назад", "Сотни лет назад": a vague count, PAST_REF, as "Много лет назад" is
# (the plural "лет" never stands for one year) ------------------------------------------


@pytest.mark.parametrize(
    ("text", "quoted"),
    [
        ("Десятки лет назад его отец тоже работал в Москве.", "Десятки лет назад"),
        ("Сотни лет назад здесь проходил торговый путь.", "Сотни лет назад"),
    ],
)  # fmt: skip
def test_russian_tens_of_years_ago(tagged, text: str, quoted: str) -> None:
    assert ru(tagged, text, "2024-11-14") == [(quoted, "DATE", "PAST_REF")]


# --- a bare plural before "later"/"earlier" ("Weeks later he was sent to the front", "Months
# earlier, he had been detained") is a DATE, as "A few weeks later" is (round 23) -----------


@pytest.mark.parametrize(
    ("text", "quoted", "value"),
    [
        ("He signed a contract in May. Weeks later he was sent to the front.", "Weeks later",
         "FUTURE_REF"),
        ("He returned in March. Months earlier, he had been wounded.", "Months earlier",
         "PAST_REF"),
    ],
)  # fmt: skip
def test_english_bare_plural_later(tagged, text: str, quoted: str, value: str) -> None:
    assert en(tagged, text, "2024-11-14")[-1] == (quoted, "DATE", value)


# --- a short passive participle after its date is the clause's verb too ("В январе–октябре
# выдворено 2 тыс. человек", "28 декабря задержаны трое"): its past dates the span --------


@pytest.mark.parametrize(
    ("text", "anchor", "quoted", "value"),
    [
        ("В январе–октябре выдворено 2 тыс. иностранцев.", "2024-11-14", "январе", "2024-01"),
        ("28 декабря задержаны трое мигрантов, их выдворят в феврале.", "2024-01-05",
         "28 декабря", "2023-12-28"),
    ],
)  # fmt: skip
def test_russian_short_participle_after_its_date(
    tagged, text: str, anchor: str, quoted: str, value: str
) -> None:
    assert (quoted, "DATE", value) in ru(tagged, text, anchor)


# --- the first month of a month range takes the year of the range's last month also where the
# clause has no tense ("January-October data show", "В январе–октябре число мигрантов
# составляет"): the range ends in the nearest October, so it opens in that year's January --


@pytest.mark.parametrize(
    ("text", "language", "quoted", "value"),
    [
        ("January-October data show 2,000 deportations.", "en", "January", "2024-01"),
        ("В январе–октябре число мигрантов составляет 2 млн.", "ru", "январе", "2024-01"),
        ("Ноябрь–январь — самый тихий сезон на стройках.", "ru", "Ноябрь", "2024-11"),
    ],
)  # fmt: skip
def test_month_range_opens_in_the_last_months_year(
    tagged, text: str, language: str, quoted: str, value: str
) -> None:
    assert (quoted, "DATE", value) in tagged(text, language, "2024-11-14")


# --- a rate's adverb capitalised in a title-case headline right after its amount ("Says He Was
# Paid $2,000 Monthly", "200,000 Roubles Monthly"), as "paid $2,000 monthly" is a
# SET; names ("the Daily Mail", "Weekly Standard") stay unmarked ---------------------------


@pytest.mark.parametrize(
    ("text", "quoted", "value"),
    [
        ("Kyrgyz Fighter Says He Was Paid $2,000 Monthly", "Monthly", "P1M"),
        ("Recruits Get 200,000 Roubles Monthly, Official Says", "Monthly", "P1M"),
    ],
)  # fmt: skip
def test_english_capitalised_rate_after_an_amount(
    tagged, text: str, quoted: str, value: str
) -> None:
    assert en(tagged, text, "2024-11-14") == [(quoted, "SET", value)]


def test_english_capitalised_paper_name_stays_unmarked(tagged) -> None:
    assert en(tagged, "The story ran in the Daily Mail.", "2024-11-14") == []
