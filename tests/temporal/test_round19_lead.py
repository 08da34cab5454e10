"""The time error families of round 19 found by the lead (dev13 of the happenings gold), one
test or a few per family, English and Russian.

Written from the families' descriptions before the rules that fix them; the sentences are
new, not the development sets'. Anchor: Wed 2013-03-20 unless a test says otherwise.
"""

from __future__ import annotations

import pytest

from .conftest import en, ru

# --- a count of days from a week told before it: that week, not a day ----------------------
# "raided a hostel earlier this week, and two men signed contracts the next day": the text
# gives the week, so the next day is a day of that week (as "the following day" after "in
# September" is in September), not the Tuesday counted from the week's Monday.


@pytest.mark.parametrize(
    ("language", "text", "quoted", "value"),
    [
        ("en", "Police raided a hostel earlier this week, and two men signed contracts the next "
         "day.", "the next day", "2013-W12"),
        ("en", "The men were detained last week. The following day they were taken to court.",
         "The following day", "2013-W11"),
        ("ru", "На прошлой неделе полиция провела рейд в общежитии. На следующий день двое "
         "рабочих подписали контракт.", "следующий день", "2013-W11"),
    ],
)  # fmt: skip
def test_a_count_of_days_from_a_week_is_in_that_week(
    tagged, language: str, text: str, quoted: str, value: str
) -> None:
    found = (en if language == "en" else ru)(tagged, text)
    assert (quoted, "DATE", value) in found, found
