"""The time error families of round 21 (issue 10's families, english_dev14 and probes of the
phrasings real news uses), one test or a few per family.

Written from the families' descriptions before the rules that fix them; the sentences are new,
not the development set's. Anchor: Wed 2013-03-20 (ISO week 12) unless a test says otherwise.
"""

from __future__ import annotations

import pytest

from .conftest import en

# --- A participle used as an adjective ("of banned agencies", "the revised law") is no past
# verb: the clause keeps the tense of its verb ("would publish … on Monday") -----------------


@pytest.mark.parametrize(
    ("text", "quoted", "value"),
    [
        ("The ministry said it would publish the names of banned agencies on Monday.", "Monday",
         "2013-03-25"),
        ("He said he would sign the revised law on Friday.", "Friday", "2013-03-22"),
        ("Kazakhstan to publish list of banned recruiters Monday", "Monday", "2013-03-25"),
        ("The embassy will hand over the detained men on Thursday.", "Thursday", "2013-03-21"),
    ],
)  # fmt: skip
def test_english_attributive_participle_is_no_past(
    tagged, text: str, quoted: str, value: str
) -> None:
    assert (quoted, "DATE", value) in en(tagged, text)


@pytest.mark.parametrize(
    ("text", "quoted", "value"),
    [
        ("The blast that killed 10 people on Monday shook the city.", "Monday", "2013-03-18"),
        ("The government banned the group on Monday.", "Monday", "2013-03-18"),
        ("Police detained the men on Thursday.", "Thursday", "2013-03-14"),
    ],
)  # fmt: skip
def test_english_participle_as_verb_stays_past(tagged, text: str, quoted: str, value: str) -> None:
    assert (quoted, "DATE", value) in en(tagged, text)


# --- A scheduled event in the present, as news copy writes what is on the calendar: "the court
# hears the appeal on Monday", "lawmakers vote Thursday", "markets are closed Friday" ---------


@pytest.mark.parametrize(
    ("text", "quoted", "value"),
    [
        ("The court hears the appeal on Monday.", "Monday", "2013-03-25"),
        ("Lawmakers debate the bill Thursday.", "Thursday", "2013-03-21"),
        ("Lawmakers vote on the bill Thursday.", "Thursday", "2013-03-21"),
        ("Nepal's cabinet decides on Friday whether to ban travel to Russia.", "Friday",
         "2013-03-22"),
        ("Markets are closed Friday for the holiday.", "Friday", "2013-03-22"),
        ("The Supreme Court rules on the case Tuesday.", "Tuesday", "2013-03-26"),
    ],
)  # fmt: skip
def test_english_scheduled_present_looks_ahead(tagged, text: str, quoted: str, value: str) -> None:
    assert (quoted, "DATE", value) in en(tagged, text)


@pytest.mark.parametrize(
    ("text", "quoted", "value"),
    [
        ("The votes Thursday showed a narrow lead.", "Thursday", "2013-03-14"),
        ("The court heard the appeal on Monday.", "Monday", "2013-03-18"),
        ("The new rules Monday drew protests.", "Monday", "2013-03-18"),
    ],
)  # fmt: skip
def test_english_noun_or_past_is_no_scheduled_present(
    tagged, text: str, quoted: str, value: str
) -> None:
    assert (quoted, "DATE", value) in en(tagged, text)


# --- Centuries, quarters and decades by their place: "the last century" is the one before the
# text's, "this quarter" the text's; a decade after "and" is quoted without the space -------


@pytest.mark.parametrize(
    ("text", "quoted", "value"),
    [
        ("Nothing like it happened in the last century.", "the last century", "19"),
        ("Profit should recover this quarter.", "this quarter", "2013-Q1"),
        ("Sales fell in the current quarter.", "the current quarter", "2013-Q1"),
        ("Migration grew in the 1990s and 2000s.", "2000s", "200"),
    ],
)  # fmt: skip
def test_english_century_quarter_decade_by_place(
    tagged, text: str, quoted: str, value: str
) -> None:
    assert (quoted, "DATE", value) in en(tagged, text)


# --- The future as a reference value: British "in future", "the not too distant future", "the
# immediate future" (FUTURE_REF, as "the future" and "the near future" are) ----------------


@pytest.mark.parametrize(
    ("text", "quoted"),
    [
        ("Recruiters will face stiffer fines in future.", "future"),
        ("The centre will open in the not too distant future.", "the not too distant future"),
        ("No new call-up is planned for the immediate future.", "the immediate future"),
    ],
)  # fmt: skip
def test_english_future_reference(tagged, text: str, quoted: str) -> None:
    assert (quoted, "DATE", "FUTURE_REF") in en(tagged, text)


def test_english_future_as_noun_is_not_marked(tagged) -> None:
    assert en(tagged, "The future of migration is uncertain.") == []
    assert en(tagged, "Future talks are possible.") == []


# --- Decades: "the decade" alone is the text's, as "the century" is; a decade in two digits
# after an apostrophe ("the '80s") is the such decade nearest the document date ---------------


@pytest.mark.parametrize(
    ("text", "anchor", "quoted", "value"),
    [
        ("Demand should grow for the rest of the decade.", "1989-10-26", "the decade", "198"),
        ("It was the worst drought of the decade.", "2013-03-20", "the decade", "201"),
        ("Prices rose in the 1970s and '80s.", "1989-10-26", "'80s", "198"),
        ("Analysts see slower growth in the '90s.", "1989-10-26", "the '90s", "199"),
        ("He made his name in the late '60s.", "2013-03-20", "the late '60s", "196"),
    ],
)  # fmt: skip
def test_english_decade_alone_and_in_two_digits(
    tagged, text: str, anchor: str, quoted: str, value: str
) -> None:
    assert (quoted, "DATE", value) in en(tagged, text, anchor)


def test_english_decade_long_is_no_decade(tagged) -> None:
    assert [t for t in en(tagged, "the decade-long war") if t[0] == "the decade"] == []


# --- The fiscal year by its stated end, told in an aside or by its month: "the fiscal year,
# which ended Sept. 30", "the fiscal year ending next June" -----------------------------------


@pytest.mark.parametrize(
    ("text", "anchor", "value"),
    [
        ("Earnings for the fiscal year, which ended Sept. 30, rose 5%.", "1990-01-15", "1989"),
        ("In the fiscal year ending next June, sales should rise.", "1989-10-26", "1990"),
        ("Sales in the fiscal year that ended in June fell.", "1989-10-26", "1989"),
        ("The fiscal year ends in March 1991.", "1989-10-26", "1991"),
    ],
)  # fmt: skip
def test_english_fiscal_year_by_its_stated_end(tagged, text: str, anchor: str, value: str) -> None:
    found = [t for t in en(tagged, text, anchor) if t[0].lower().endswith("fiscal year")]
    assert found and found[0][2] == value


# --- A denied expectation still looks ahead: "a decision is not expected before Wednesday" ----


@pytest.mark.parametrize(
    ("text", "quoted", "value"),
    [
        ("A decision is not expected before Thursday.", "Thursday", "2013-03-21"),
        ("Results are not expected until Friday.", "Friday", "2013-03-22"),
    ],
)  # fmt: skip
def test_english_denied_expectation_looks_ahead(tagged, text: str, quoted: str, value: str) -> None:
    assert (quoted, "DATE", value) in en(tagged, text)


# --- "a decade and a half ago" is a date, the years counted back at a year's precision, as "a
# year and a half ago" is a month ------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "quoted", "value"),
    [
        ("The plant closed a decade and a half ago.", "a decade and a half ago", "1998"),
        ("The war ended two and a half decades ago.", "two and a half decades ago", "1988"),
    ],
)  # fmt: skip
def test_english_decades_and_a_half_ago(tagged, text: str, quoted: str, value: str) -> None:
    assert (quoted, "DATE", value) in en(tagged, text)


# --- A month and day before a colon or before a comma and a count: a chronology's line ("Dec. 1:
# deadline for applications"), "Between Dec. 20 and Jan. 2, 300 migrants were detained" -------


@pytest.mark.parametrize(
    ("text", "anchor", "quoted", "value"),
    [
        ("Dec. 1: deadline for applications", "2013-11-20", "Dec. 1", "2013-12-01"),
        ("March 3: talks open in Astana.", "2013-02-20", "March 3", "2013-03-03"),
        ("Between Dec. 20 and Jan. 2, 300 migrants were detained.", "2014-01-03", "Jan. 2",
         "2014-01-02"),
        ("On Nov. 5, 41 people were hurt.", "2013-11-20", "Nov. 5", "2013-11-05"),
    ],
)  # fmt: skip
def test_english_month_day_before_a_colon_or_a_count(
    tagged, text: str, anchor: str, quoted: str, value: str
) -> None:
    assert (quoted, "DATE", value) in en(tagged, text, anchor)


def test_english_month_day_with_its_year_stays_one_date(tagged) -> None:
    assert ("Jan. 2, 2013", "DATE", "2013-01-02") in en(tagged, "It began Jan. 2, 2013.")
    assert ("Jan. 2, 2013", "DATE", "2013-01-02") in en(tagged, "Jan. 2, 2013: talks begin")


# --- "the weekend of Jan. 24" is one DATE, the weekend of the ISO week that holds that day, as
# "the week of March 6" is that week ---------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "anchor", "quoted", "value"),
    [
        ("Protests were held the weekend of Jan. 24.", "1998-02-06", "the weekend of Jan. 24",
         "1998-W04-WE"),
        ("The fair is planned for the weekend of 14 June.", "2025-05-20", "the weekend of 14 June",
         "2025-W24-WE"),
    ],
)  # fmt: skip
def test_english_weekend_of_a_day(tagged, text: str, anchor: str, quoted: str, value: str) -> None:
    assert (quoted, "DATE", value) in en(tagged, text, anchor)
