"""The time error families of round 17 (english_dev10, russian_dev7), one test or a few per
family, English and Russian.

Written from the families' descriptions before the rules that fix them; the sentences are
new, not the development sets'. Anchor: Wed 2013-03-20 unless a test says otherwise.
"""

from __future__ import annotations

import pytest

from .conftest import en

# --- wire copy's clock times: a zone named by its place, a 24-hour time without a colon -----


@pytest.mark.parametrize(
    ("text", "quoted", "value"),
    [
        ("Trading resumes on March 25 at 10 a.m. Kyiv time.", "10 a.m. Kyiv time",
         "2013-03-25T10:00"),
        ("Polls close on March 24 at 20:00 Tbilisi time.", "20:00 Tbilisi time",
         "2013-03-24T20:00"),
        ("The talks will start at 1400 GMT on March 22.", "1400 GMT", "2013-03-22T14:00"),
        ("The rocket lifted off at 0630 UTC on March 19.", "0630 UTC", "2013-03-19T06:30"),
    ],
)  # fmt: skip
def test_english_clock_time_zones(tagged, text: str, quoted: str, value: str) -> None:
    assert (quoted, "TIME", value) in en(tagged, text)


def test_english_converted_clock_time_in_brackets(tagged) -> None:
    found = en(tagged, "Voting ends on March 24 at 8 p.m. Moscow time (1700 GMT).")
    assert ("8 p.m. Moscow time", "TIME", "2013-03-24T20:00") in found
    assert ("1700 GMT", "TIME", "2013-03-24T17:00") in found


def test_english_year_before_a_zone_word_stays_a_year(tagged) -> None:
    # a year is no clock time: "1800 GMT" is, "in 1800 Greenwich" and "1990 UTC rules" are not
    found = en(tagged, "The observatory was founded in 1800 and moved in 1990.")
    assert ("1800", "DATE", "1800") in found
    assert ("1990", "DATE", "1990") in found


def test_english_zone_after_pm_ends_no_sentence(tagged) -> None:
    # "p.m. Moscow time": the full stop of "p.m." before a zone ends no sentence, so the
    # converted time keeps the date its sentence names, under the attribution's past tense
    found = en(
        tagged, "The bank will decide on March 27 at 1:30 p.m. Moscow time (1030 GMT), it said."
    )
    assert ("1030 GMT", "TIME", "2013-03-27T10:30") in found
