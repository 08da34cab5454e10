"""Calendar arithmetic and anchors of every precision."""

from __future__ import annotations

from dossier.temporal import tag
from dossier.temporal.calendar import Anchor, season_year, shift, weekday_date, year_for_month


def test_anchor_precision() -> None:
    assert Anchor.parse("2023-09-11") == Anchor(2023, 9, 11)
    assert Anchor.parse("2023-09") == Anchor(2023, 9)
    assert Anchor.parse("2023") == Anchor(2023)
    assert Anchor.parse("2023-13-40") == Anchor(2023)
    assert Anchor.parse(None) is None
    assert Anchor.parse("PRESENT_REF") is None


def test_shift_keeps_unit_precision_and_refuses_finer_than_the_anchor() -> None:
    day = Anchor(2023, 1, 2)
    assert shift(day, "W", -1) == "2022-W52"
    assert shift(day, "M", -1) == "2022-12"
    assert shift(day, "D", -2) == "2022-12-31"
    assert shift(day, "Q", -1) == "2022-Q4"
    assert shift(day, "DE", 0) == "202"
    assert shift(Anchor(2023), "M", -1) is None
    assert shift(Anchor(2023, 5), "D", -1) is None


def test_year_for_month_rules() -> None:
    anchor = Anchor(2023, 9, 12)
    assert year_for_month(anchor, 11, None, "past") == 2022
    assert year_for_month(anchor, 3, None, "future") == 2024
    assert year_for_month(anchor, 9, 30, "past") == 2022
    assert year_for_month(anchor, 9, 30, None) == 2023
    assert year_for_month(Anchor(2023, 12, 28), 1, 8, None) == 2024
    assert year_for_month(Anchor(2023), 11, None, "past") == 2023


def test_winter_belongs_to_the_year_it_begins() -> None:
    assert season_year(Anchor(2023, 3, 1), "WI", 0, "past") == 2022
    assert season_year(Anchor(2023, 1, 15), "WI", -1, None) == 2021
    assert season_year(Anchor(2023, 10), "SU", -1, None) == 2023


def test_weekday_needs_a_day() -> None:
    assert weekday_date(Anchor(2023, 9), 4, 0, None) is None
    assert weekday_date(Anchor(2023, 9, 15), 4, 0, "past") == "2023-09-15"
    assert weekday_date(Anchor(2023, 9, 15), 4, -1, None) == "2023-09-08"


def test_anchor_at_the_calendar_end_does_not_overflow() -> None:
    # Found by tests/test_robustness.py: a "9999-12-31" published date (a CMS's "never")
    # with "через неделю" raised OverflowError and lost the whole document.
    end, start = Anchor(9999, 12, 31), Anchor(1, 1, 1)
    assert shift(end, "W", 1) is None
    assert shift(end, "D", 1) is None
    assert shift(start, "D", -1) is None
    assert shift(Anchor(2023, 9, 15), "D", -(10**12)) is None
    assert weekday_date(end, 4, 1, None) is None
    assert weekday_date(start, 4, -1, None) is None
    assert shift(end, "D", -1) == "9999-12-30"


def test_tag_with_an_end_of_calendar_anchor_keeps_the_words() -> None:
    timexes = tag("Через неделю и в пятницу; next week, on Friday.", "ru", "9999-12-31")
    assert timexes and all(t.value for t in timexes)
    english = tag("He will go next week and return next Friday.", "en", "9999-12-31")
    assert [t.text for t in english] == ["next week", "next Friday"]


def test_tense_cues_are_read_within_a_bounded_reach() -> None:
    # Found by tests/test_robustness.py: 2,000 dates in one unpunctuated run took 18 s, as
    # each timex scanned the whole "sentence" for tense cues. The scan now stops at
    # _CLAUSE_REACH characters either side (its speed is a benchmark matter, not a test's).
    from dossier.temporal.engine import _CLAUSE_REACH

    near = "In May the council" + " and the board" * 5 + " will decide."
    far = "In May the council" + " and the board" * 40 + " will decide."
    assert len(near) < _CLAUSE_REACH < len(far) - len("In May")
    assert tag(near, "en", "2023-08-30")[0].value == "2024-05"
    assert tag(far, "en", "2023-08-30")[0].value == "2023-05"
    assert len(tag("May " * 1500 + "said", "en", "2023-08-30")) == 1500
    assert tag("It said, on May 3, that it will act.", "en", "2023-08-30")[0].value == "2023-05-03"
