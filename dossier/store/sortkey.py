"""Sortable keys for TIMEX3 values, so a timeline can order dates of mixed precision.

A coarser value sorts before the finer values inside it ("2023" < "2023-05" < "2023-05-14"),
and seasons, quarters, halves and weeks sort by their first month ("2022-SU" with June).
"""

from __future__ import annotations

import re
from datetime import date

_PART_MONTH = {
    "SP": "03", "SU": "06", "FA": "09", "WI": "12",
    "Q1": "01", "Q2": "04", "Q3": "07", "Q4": "10",
    "H1": "01", "H2": "07",
}  # fmt: skip
_WEEK = re.compile(r"(\d{4})-W(\d{2})")


def sort_key(value: str | None) -> str | None:
    if not value or not value[:4].isdigit():
        return None
    year, _, rest = value.partition("-")
    if not rest:
        return year
    part = rest[:2]
    if part in _PART_MONTH:
        return f"{year}-{_PART_MONTH[part]}"
    week = _WEEK.match(value)
    if week:
        monday = date.fromisocalendar(int(week.group(1)), int(week.group(2)), 1)
        return monday.isoformat()
    return value[:10]
