"""Calendar arithmetic and anchors of every precision."""

from __future__ import annotations

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
    assert shift(day, "DE", 0) == "202X"
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
