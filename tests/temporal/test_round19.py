"""The time error families of round 19 (english_dev12, russian_dev9), one test or a few per
family, English and Russian.

Written from the families' descriptions before the rules that fix them; the sentences are
new, not the development sets'. Anchor: Wed 2013-03-20 unless a test says otherwise.
"""

from __future__ import annotations

import pytest

from .conftest import en

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
