"""The time error families of round 20 (english_dev13, russian_dev10), one test or a few per
family, English and Russian.

Written from the families' descriptions before the rules that fix them; the sentences are
new, not the development sets'. Anchor: Wed 2013-03-20 unless a test says otherwise.
"""

from __future__ import annotations

import pytest

from .conftest import en, ru

# --- "-ed" after "stay"/"remain" is a state, not a past: "will stay closed on Friday" ------


@pytest.mark.parametrize(
    ("text", "quoted", "value"),
    [
        ("The bridge will stay closed on Friday.", "Friday", "2013-03-22"),
        ("Banks will remain shut until Monday.", "Monday", "2013-03-25"),
        ("The border will stay closed through the end of the week.", "the end of the week",
         "2013-W12"),
    ],
)  # fmt: skip
def test_english_participle_after_stay_is_no_past(
    tagged, text: str, quoted: str, value: str
) -> None:
    assert (quoted, "DATE", value) in en(tagged, text)


def test_english_stayed_is_still_past(tagged) -> None:
    assert ("Friday", "DATE", "2013-03-15") in en(tagged, "The bridge stayed closed on Friday.")


# --- Russian ordinal quarters and halves written in digits with a case ending -------------


@pytest.mark.parametrize(
    ("text", "quoted", "value"),
    [
        ("В 1-м полугодии 2012 г. выручка выросла.", "1-м полугодии 2012 г.", "2012-H1"),
        ("Во 2-м квартале 2012 года продажи упали.", "2-м квартале 2012 года", "2012-Q2"),
        ("В 3-м квартале прибыль выросла на 5%.", "3-м квартале", "2012-Q3"),
        ("По итогам 4-го квартала прошлого года убыток сократился.",
         "4-го квартала прошлого года", "2012-Q4"),
    ],
)  # fmt: skip
def test_russian_digit_ordinal_quarter_and_half(tagged, text: str, quoted: str, value: str) -> None:
    assert (quoted, "DATE", value) in ru(tagged, text)
