"""Calendar arithmetic over TIMEX3 values, at the precision the anchor really has.

The anchor (document creation time) may be a day (``2023-09-11``), a month
(``2023-09``) or a year (``2023``). Every helper here answers ``None`` when the
anchor is too coarse for the question, so that a caller falls back to the
unanchored value (``XXXX-08-30``) instead of inventing a month or a day.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import Literal

from dossier.timex import iso_week as iso_week  # re-exported: the callers say cal.iso_week

Tense = Literal["past", "future"] | None

_ANCHOR = re.compile(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?")

# First month of each season (northern meteorological seasons); winter starts in
# December of the year that names it, as TimeML's ``2022-WI`` is the winter 2022/23.
SEASON_START = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}


@dataclass(frozen=True, slots=True)
class Anchor:
    year: int
    month: int | None = None
    day: int | None = None

    @classmethod
    def parse(cls, value: str | None) -> Anchor | None:
        """The year/month/day an anchor value gives; ``None`` for no usable anchor."""
        if not value:
            return None
        m = _ANCHOR.match(value)
        if not m:
            return None
        month = int(m.group(2)) if m.group(2) else None
        day = int(m.group(3)) if m.group(3) else None
        if month is not None and not 1 <= month <= 12:
            month = day = None  # an impossible month says nothing finer than the year
        if day is not None and not valid_day(int(m.group(1)), month or 1, day):
            day = None
        return cls(int(m.group(1)), month, day)

    @property
    def date(self) -> dt.date | None:
        if self.month is None or self.day is None:
            return None
        try:
            return dt.date(self.year, self.month, self.day)
        except ValueError:
            return None


def easter(year: int) -> dt.date:
    """Western Easter Sunday of a Gregorian year (the anonymous Gregorian computus), the day
    Good Friday and Easter Monday are counted from."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = divmod(b, 4)
    g = (8 * b + 13) // 25
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    ell = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 19 * ell) // 433
    month = (h + ell - 7 * m + 90) // 25
    return dt.date(year, month, (h + ell - 7 * m + 33 * month + 19) % 32)


def ymd(date: dt.date) -> str:
    return f"{date.year:04d}-{date.month:02d}-{date.day:02d}"


def ym(year: int, month: int) -> str:
    return f"{year:04d}-{month:02d}"


def shift_month(year: int, month: int, delta: int) -> tuple[int, int]:
    index = year * 12 + (month - 1) + delta
    return index // 12, index % 12 + 1


def valid_day(year: int, month: int, day: int) -> bool:
    try:
        dt.date(year, month, day)
    except ValueError:
        return False
    return True


def year_for_month(anchor: Anchor | None, month: int, day: int | None, tense: Tense) -> int | None:
    """The year of a yearless month (and day): the anchor's year, moved by tense.

    Rule Y1: a yearless date falls in the anchor's year, unless the sentence is in the
    past tense and the date lies after the anchor (then the year before), or it is in
    the future tense and the date lies before the anchor (then the year after).
    """
    if anchor is None:
        return None
    if anchor.month is None:
        return anchor.year
    if day is None or anchor.day is None:
        after, before = month > anchor.month, month < anchor.month
    else:
        after = (month, day) > (anchor.month, anchor.day)
        before = (month, day) < (anchor.month, anchor.day)
    if tense == "past" and after and not _days_ahead(anchor, month, day):
        return anchor.year - 1
    if tense == "past" and before and _days_ahead(anchor, month, day, anchor.year + 1):
        # Y1a across the year's end: "said they were ready for Jan. 1", written Dec. 30
        return anchor.year + 1
    if tense == "future" and before:
        return anchor.year + 1
    if tense is None:
        # Rule Y2: with no tense cue, the occurrence nearest the anchor ("8 января" in a
        # late-December text is next January; "October" in March is last October)
        distance = month - anchor.month
        if distance > 6:
            return anchor.year - 1
        if distance < -6:
            return anchor.year + 1
    return anchor.year


# Rule Y1a: a day named in a past clause at most this many days after the anchor, in its
# year, is a deadline or an appointment set then ("said it extended the offer to Oct. 27",
# written Oct. 17), not a day almost a year back, which a writer would give its year. Two
# weeks: the reach of the deadlines in the round-10 development set (10 days).
_DEADLINE_DAYS = 14


def _days_ahead(anchor: Anchor, month: int, day: int | None, year: int | None = None) -> bool:
    """True when the day (in ``year``, else the anchor's) lies at most _DEADLINE_DAYS after
    the anchor."""
    date, year = anchor.date, year or anchor.year
    if day is None or date is None or not valid_day(year, month, day):
        return False
    return 0 < (dt.date(year, month, day) - date).days <= _DEADLINE_DAYS


def relative_month(anchor: Anchor | None, month: int, direction: int) -> int | None:
    """Year of "last May" (direction -1) or "next May" (+1): strictly before/after the anchor."""
    if anchor is None or anchor.month is None:
        return None
    if direction < 0:
        return anchor.year if month < anchor.month else anchor.year - 1
    return anchor.year if month > anchor.month else anchor.year + 1


def season_year(anchor: Anchor | None, season: str, direction: int, tense: Tense) -> int | None:
    """Year of "last summer" (-1), "next winter" (+1) or "this/the summer" (0, tense-led).

    Rule S1: "last <season>" is the latest such season that is over by the anchor
    month; "next" the first one that starts after it; a bare season in a past-tense
    sentence is the latest one begun by the anchor month, in a future one the first
    one not over, and with no tense the one whose middle lies nearest the anchor.
    """
    if anchor is None:
        return None
    if anchor.month is None:
        return anchor.year + direction if direction else anchor.year
    start = SEASON_START[season]
    # a non-winter season is over once three months have passed since it began
    over_this_year = anchor.month >= start + 3
    if direction < 0:
        if season == "WI":
            return anchor.year - 1 if anchor.month >= 3 else anchor.year - 2
        return anchor.year if over_this_year else anchor.year - 1
    if direction > 0:
        return anchor.year if anchor.month < start else anchor.year + 1
    here = anchor.year * 12 + anchor.month
    starts = [(year, year * 12 + start) for year in (anchor.year - 1, anchor.year, anchor.year + 1)]
    if tense == "past":
        # the latest such season that has begun by the anchor month
        return max(year for year, first in starts if first <= here)
    if tense == "future":
        # the first such season that is not over by the anchor month
        return min(year for year, first in starts if first + 2 >= here)
    # no tense: the season whose middle month lies nearest the anchor
    return min(starts, key=lambda s: abs(s[1] + 1 - here))[0]


def weekday_date(anchor: Anchor | None, weekday: int, direction: int, tense: Tense) -> str | None:
    """Date of "Friday" (0: tense-led), "last Friday" (-1), "next Friday" (+1).

    Rule W1: a bare weekday is the nearest such day on or before the anchor in a past
    or tenseless sentence (news reports what happened), on or after it in a future one.
    "last"/"next" move strictly before/after the anchor.
    """
    if anchor is None or anchor.date is None:
        return None
    base = anchor.date
    back = (base.weekday() - weekday) % 7
    ahead = (weekday - base.weekday()) % 7
    if direction < 0:
        days = -(back or 7)
    elif direction > 0:
        days = ahead or 7
    else:
        days = ahead if tense == "future" else -back
    moved = _moved(base, days)
    return ymd(moved) if moved else None


def shift(anchor: Anchor | None, unit: str, amount: int) -> str | None:
    """The anchor moved by ``amount`` units, written at that unit's precision.

    Rule R1: "last week", "two years ago", "в прошлом месяце" keep the precision of
    their unit: a year for years, a month for months, an ISO week for weeks, a day for
    days; decades and centuries give ``201``-style and ``20``-style values.
    """
    if anchor is None:
        return None
    if unit in ("Y", "DE", "CE"):
        year = anchor.year + amount * {"Y": 1, "DE": 10, "CE": 100}[unit]
        if unit == "DE":
            return f"{year // 10:03d}"
        if unit == "CE":
            return f"{year // 100:02d}"
        return f"{year:04d}"
    if unit == "Q":
        if anchor.month is None:
            return None
        quarter = (anchor.month - 1) // 3 + amount
        year = anchor.year + quarter // 4
        return f"{year:04d}-Q{quarter % 4 + 1}"
    if unit == "H":
        if anchor.month is None:
            return None
        half = (anchor.month - 1) // 6 + amount
        return f"{anchor.year + half // 2:04d}-H{half % 2 + 1}"
    if unit == "M":
        if anchor.month is None:
            return None
        return ym(*shift_month(anchor.year, anchor.month, amount))
    base = anchor.date
    if base is None:
        return None
    if unit not in ("W", "D"):
        return None
    moved = _moved(base, amount * 7 if unit == "W" else amount)
    if moved is None:
        return None
    return iso_week(moved) if unit == "W" else ymd(moved)


def week_monday(value: str) -> str:
    """The Monday of an ISO week value (``2013-W11`` -> ``2013-03-11``)."""
    monday = dt.date.fromisocalendar(int(value[:4]), int(value[6:8]), 1)
    return ymd(monday)


def _moved(base: dt.date, days: int) -> dt.date | None:
    """``base`` moved by ``days``; None past the calendar's ends (years 1 and 9999).

    An anchor such as ``9999-12-31`` (a CMS's "never" date) or a large count ("300000
    days ago") must not raise: the caller keeps the unanchored value instead.
    """
    try:
        return base + dt.timedelta(days=days)
    except OverflowError:
        return None
