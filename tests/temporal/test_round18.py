"""The time error families of round 18 (english_dev11, russian_dev8), one test or a few per
family, English and Russian.

Written from the families' descriptions before the rules that fix them; the sentences are
new, not the development sets'. Anchor: Wed 2013-03-20 unless a test says otherwise.
"""

from __future__ import annotations

from .conftest import en

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
