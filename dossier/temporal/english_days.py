"""English days named by their number alone: the bare last day of a range ("between April 6
and [[9]]", "May 3-[[6]]") and a day of the month ("on [[the 14th]]"), as court and wire copy
write them; and a day counted in weeks from a weekday ("[[a week from Tuesday]]"). Split from
english_norm, which is at its size."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence

from dossier.models import Timex
from dossier.temporal import values as v
from dossier.temporal.calendar import valid_day, ymd
from dossier.temporal.engine import Context, Refer, Result
from dossier.temporal.engine import quoted_span as span_of
from dossier.temporal.english_norm import MONTHS, NUMBERS
from dossier.temporal.lexicon import EN_WEEKDAYS, number

_MONTH_WORD = "|".join(sorted((m.title() for m in MONTHS), key=len, reverse=True))
# what opens a range before its bare last day: "May 3-", "between April 6 and ", "from June
# 10 through "
_RANGE_HEAD = re.compile(
    rf"\b(?:{_MONTH_WORD})\.?\s+(?P<first>[0-3]?\d)(?:st|nd|rd|th)?"
    r"\s*(?:-|\u2013|\u2014|\s(?:and|to|through|until|till|or)\s)\s*$"
)
# "on the 14th", "by the 3rd": a day of the month after its preposition
_DAY_PREPOSITION = re.compile(r"(?<![\w-])(?:on|by|until|since|before|after|from|till|through)\s$")
_MONTH_VALUE = re.compile(r"^(?P<ym>\d{4}-\d{2})-\d{2}")


def range_last_day(m: re.Match[str], ctx: Context) -> Result:
    """The bare last day of a range is in the month and year of its first, as the reader
    takes "May 3-6": the first day's value, already resolved, with the last day put in."""
    start = m.start("x")
    head = _RANGE_HEAD.search(ctx.text, max(0, start - 24), start)
    day = int(m["day"])
    if head is None or not int(head["first"]) < day <= 31:
        return None

    def resolve(before: Sequence[Timex]) -> tuple[str, bool] | None:
        first = before[-1] if before else None
        found = _MONTH_VALUE.match(first.value) if first and first.type == "DATE" else None
        if first is None or found is None or first.end < head.start():
            return None
        year, month = (int(x) for x in found["ym"].split("-"))
        return (f"{found['ym']}-{day:02d}", first.anchored) if valid_day(year, month, day) else None

    return Refer(resolve, "DATE")


def day_of_month(m: re.Match[str], ctx: Context) -> Result:
    """ "on the 14th": that day of the month the passage talks about, the latest month named
    before it in its paragraph; else the anchor's month, or the month before when a past
    clause names a day after the anchor's (the month after when a future one names one
    before it)."""
    if not _DAY_PREPOSITION.search(ctx.text, max(0, m.start() - 9), m.start()):
        return None
    return v.day_of_told_month(ctx, span_of(m), int(m["day"]))


def weeks_from_weekday(m: re.Match[str], ctx: Context) -> Result:
    """ "a week from Tuesday", "two weeks from Friday": the coming such weekday (an
    appointment is ahead), moved on by the weeks; one DATE, as a reader counts it."""
    weeks = 1 if m["num"].lower() in ("a", "an") else number(m["num"], NUMBERS)
    day = v.weekday(ctx, span_of(m), EN_WEEKDAYS[m["wd"].lower()], 0, future=True)
    if weeks is None or day is None or not day[1]:
        return None
    return (dt.date.fromisoformat(day[0]) + dt.timedelta(weeks=int(weeks))).isoformat(), True


def range_first_day(m: re.Match[str], ctx: Context) -> Result:
    """ "from 1-10 April": a day-first range's first day, in its last day's month, the year
    read as the first day alone would be."""
    month = MONTHS.get(m["m2"].rstrip(".").lower())
    if month is None:
        return None
    return v.yearless_date(ctx, span_of(m), month, int(m["day"]))


_UNITS = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth"]
_TEENS = [
    "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth",
    "seventeenth", "eighteenth", "nineteenth", "twentieth",
]  # fmt: skip
# spelled ordinal days: "first" 1 ... "thirty-first" 31
SPELLED_DAYS: dict[str, int] = {
    **{w: i + 1 for i, w in enumerate(_UNITS)},
    **{w: i + 10 for i, w in enumerate(_TEENS)},
    **{f"twenty-{w}": 21 + i for i, w in enumerate(_UNITS)},
    "thirtieth": 30,
    "thirty-first": 31,
}
_REL_MONTH = {"last": -1, "this": 0, "next": 1}


def ordinal_of_month(m: re.Match[str], ctx: Context) -> Result:
    """ "the first of next month", "the 20th of this month", "the first of March": that day of
    the month named, a relative month counted from the anchor (R1), a bare month read as "March
    1" is (Y1)."""
    day = int(m["day"]) if m["day"] else SPELLED_DAYS[m["oday"].lower()]
    if m["rel"]:
        month, anchored = v.shifted(ctx, "M", _REL_MONTH[m["rel"].lower()])
        if not anchored:
            return f"XXXX-XX-{day:02d}", False
        year, number = (int(x) for x in month.split("-"))
        return (f"{month}-{day:02d}", True) if valid_day(year, number, day) else None
    number = MONTHS[m["month"].rstrip(".").lower()]
    if m["year"]:
        return v.explicit_date(int(m["year"]), number, day)
    return v.yearless_date(ctx, span_of(m), number, day)


def weekday_before_last(m: re.Match[str], ctx: Context) -> Result:
    """ "the Friday before last": a week before last Friday, as "the week before last" is two
    weeks back."""
    last = v.weekday(ctx, span_of(m), EN_WEEKDAYS[m["wd"].lower()], -1)
    if last is None or not last[1]:
        return last
    day = dt.date.fromisoformat(last[0]) - dt.timedelta(weeks=1)
    return ymd(day), True
