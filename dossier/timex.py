"""TIMEX3 values as extents of time: their grain, the days they cover, whether two can agree.

A value keeps the precision the text gave (``2023``, ``2023-05``, ``2022-SU``,
``2023-08-30``). Stages that compare dates — mentions of one happening, reports of it in
several documents — ask whether two values *can* name the same time: ``2023-05`` and
``2023-05-14`` can, ``2023-05`` and ``2023-06`` cannot, ``2022-SU`` and ``2022-07`` can.
Values the calendar cannot place (``XXXX-08-30``, ``PAST_REF``) agree with anything, since
they say nothing against it.
"""

from __future__ import annotations

import calendar
import re
from datetime import date, timedelta
from functools import lru_cache

# Meteorological seasons, as the temporal stage writes them; winter runs into the next year.
_SEASON_MONTHS = {"SP": (3, 5), "SU": (6, 8), "FA": (9, 11), "WI": (12, 14)}
_PART_MONTHS = {
    "Q1": (1, 3), "Q2": (4, 6), "Q3": (7, 9), "Q4": (10, 12), "H1": (1, 6), "H2": (7, 12),
}  # fmt: skip
_GRAINS = {4: "year", 7: "month", 10: "day"}
_DAY = re.compile(r"^(\d{4})-(\d{2})-(\d{2})")
_MONTH = re.compile(r"^(\d{4})-(\d{2})$")
_WEEK = re.compile(r"^(\d{4})-W(\d{2})")

Extent = tuple[date, date]  # first and last day, inclusive


def precision(value: str | None) -> str:
    """The grain of a value: day, week, month, season, quarter, half-year, year or decade."""
    if not value:
        return ""
    part = value[5:7]
    if part in _SEASON_MONTHS:
        return "season"
    if part.startswith("Q"):
        return "quarter"
    if part.startswith("H"):
        return "half-year"
    if part.startswith("W"):
        return "week"
    if len(value) == 3 and value.isdigit():
        return "decade"
    return _GRAINS.get(len(value), "day" if len(value) > 10 and value[10] == "T" else "")


def without_time(value: str | None) -> str | None:
    """A value with its time of day left out ("2024-08-23TMO" -> "2024-08-23"): a
    happening is placed by the day at finest, and one day told twice must compare equal.
    A weekend stays ("2024-W21-WE"): it is two days, not a time of one."""
    if value is not None and len(value) > 10 and value[10] == "T":
        return value[:10]
    return value


@lru_cache(maxsize=65_536)
def extent(value: str | None) -> Extent | None:
    """The days a value covers, or None when the calendar cannot place it (kept per value:
    linking compares the same few thousand values millions of times)."""
    if not value:
        return None
    try:
        return _extent(value)
    except ValueError:  # a malformed value ("2023-02-30") places nothing
        return None


def _extent(value: str) -> Extent | None:
    if len(value) == 3 and value.isdigit():
        return date(int(value) * 10, 1, 1), date(int(value) * 10 + 9, 12, 31)
    if not value[:4].isdigit():
        return None
    year = int(value[:4])
    if len(value) == 4:
        return date(year, 1, 1), date(year, 12, 31)
    if day := _DAY.match(value):
        one = date(year, int(day.group(2)), int(day.group(3)))
        return one, one
    if month := _MONTH.match(value):
        return _months(year, int(month.group(2)), int(month.group(2)))
    if week := _WEEK.match(value):
        monday = date.fromisocalendar(year, int(week.group(2)), 1)
        return monday, monday + timedelta(days=6)
    part = value[5:7]
    if part in _SEASON_MONTHS:
        return _months(year, *_SEASON_MONTHS[part])
    if part in _PART_MONTHS:
        return _months(year, *_PART_MONTHS[part])
    return None


def _months(year: int, first: int, last: int) -> Extent:
    """Months ``first``..``last`` of ``year``; a month past 12 runs into the next year."""
    end_year, end_month = year + (last - 1) // 12, (last - 1) % 12 + 1
    days = calendar.monthrange(end_year, end_month)[1]
    return date(year, first, 1), date(end_year, end_month, days)


def season_of(value: str | None) -> str | None:
    """The season ("2026-SU") a day's or a month's value falls in; a winter is named by the
    year of its December ("2025-WI" holds January 2026)."""
    if precision(value) not in {"day", "month"}:
        return None
    year, month = int((value or "")[:4]), int((value or "")[5:7])
    for name, (first, last) in _SEASON_MONTHS.items():
        if first <= month <= last:
            return f"{year}-{name}"
        if first <= month + 12 <= last:
            return f"{year - 1}-{name}"
    return None


def compatible(a: str | None, b: str | None) -> bool:
    """True when the two values can name the same time (their extents overlap)."""
    ea, eb = extent(a), extent(b)
    if ea is None or eb is None:
        return True
    return ea[0] <= eb[1] and eb[0] <= ea[1]


def not_after(a: str | None, b: str | None) -> bool:
    """True unless ``a`` lies wholly after ``b`` (what is reported on a day happened by then)."""
    ea, eb = extent(a), extent(b)
    return ea is None or eb is None or ea[0] <= eb[1]


def finer(a: str, b: str) -> bool:
    """True when ``a`` covers fewer days than ``b`` (the more precise of two values)."""
    ea, eb = extent(a), extent(b)
    if ea is None:
        return False
    if eb is None:
        return True
    return (ea[1] - ea[0]) < (eb[1] - eb[0])


def iso_week(day: date) -> str:
    """The ISO week of a day, as a value ("2026-W42")."""
    year, week, _ = day.isocalendar()
    return f"{year:04d}-W{week:02d}"
