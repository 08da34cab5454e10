"""Inferring a document's date from its own text, when nobody says when it appeared.

The evidence is every date the text states, tagged without an anchor:

1. Dated evidence fixes the *latest stated year*: explicit dates with a month, a
   season, a quarter or a half (``2023-06``, ``2022-11-08``, ``2022-SU``), and bare
   years in a past-tense sentence ("In 2022, 83 percent came from ..."). A date in a
   future-tense sentence ("will open on May 1, 2025") may lie ahead of the writing and
   is no evidence; nor is a bare year without a past verb ("elections in 2024").
2. Yearless dates ("(Kloop.kg, August 30)", "On July 19") are the writer's current
   year: a writer drops the year of this year's dates. They belong to the latest
   stated year, or to the year after it when an explicit date of that year comes later
   in the calendar than every yearless date (the year has turned since).
3. The document appeared on or after its latest piece of evidence; we give the month
   of that evidence (``2023-09``) and not its day, since the report may be days old.
   With no month to go on we give the year; with no evidence, None.
"""

from __future__ import annotations

import re

from dossier.lang import get_language
from dossier.models import Timex
from dossier.temporal.engine import Context
from dossier.temporal.tagger import tag

_EXPLICIT = re.compile(r"^(\d{4})-(\d{2})(?:-(\d{2}))?$")
_STAMP_TIME = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$")
_PERIOD = re.compile(r"^(\d{4})-(SP|SU|FA|WI|Q[1-4]|H[12])$")
_YEARLESS = re.compile(r"^XXXX-(\d{2})(?:-(\d{2}))?$")
_YEAR = re.compile(r"^(\d{4})$")
# The first month of a period: a season, quarter or half is evidence from its start on.
_PERIOD_MONTH = {
    "SP": 3, "SU": 6, "FA": 9, "WI": 12, "Q1": 1, "Q2": 4, "Q3": 7, "Q4": 10, "H1": 1, "H2": 7,
}  # fmt: skip

Point = tuple[int, int, int]  # year, month, day (0 when not given)


# A line near the top that holds nothing but a full date, maybe a time, a word like
# "Published" or "Обновлено", or a dateline's city before it ("Душанбе, 15 июня 2023 года"),
# is the page's own timestamp ("30 августа 2023, 18:12").
_STAMP_LINES = 6
_STAMP_REST = re.compile(
    r"^(?:\w[\w.\- ]{0,30}[,—–]\s*)?[\W\d_]*"
    r"(?:(?:published|updated|posted|опубликовано|обновлено|года?)\W*)?$",
    re.IGNORECASE,
)


def dateline(text: str, language: str) -> str | None:
    """The date of a timestamp line near the top of the text (a day), or None."""
    head_end, lines = 0, 0
    for line in text.splitlines(keepends=True):
        head_end += len(line)
        lines += bool(line.strip())
        if lines >= _STAMP_LINES:
            break
    head = text[:head_end]
    for timex in tag(head, language, None):
        day = _day_of(timex)
        if day is None or not (m := _EXPLICIT.match(day)) or not m[3]:
            continue
        start = head.rfind("\n", 0, timex.start) + 1
        end = head.find("\n", timex.end)
        rest = head[start : timex.start] + head[timex.end : end if end >= 0 else len(head)]
        if _STAMP_REST.match(rest.strip()):
            return day
    return None


def _day_of(timex: Timex) -> str | None:
    """A DATE's value, or the day of a stamp's TIME ("30 августа 2023, 18:12" is one TIME)."""
    if timex.type == "DATE":
        return timex.value
    if timex.type == "TIME" and _STAMP_TIME.match(timex.value):
        return timex.value[:10]
    return None


def infer_published(text: str, language: str) -> str | None:
    """The document's date as a TIMEX3 value (a month, or a year), or None without evidence."""
    rules = get_language(language).temporal()
    if rules is None:
        return None
    ctx = Context(text, None, rules.TENSE)
    dated: list[Point] = []
    yearless: list[tuple[int, int]] = []
    years: list[int] = []
    for timex in tag(text, language, None):
        value = _day_of(timex)
        if value is None:
            continue
        tense = ctx.tense(timex.start, timex.end)
        if tense == "future":
            continue
        if m := _EXPLICIT.match(value):
            dated.append((int(m[1]), int(m[2]), int(m[3] or 0)))
        elif m := _PERIOD.match(value):
            dated.append((int(m[1]), _PERIOD_MONTH[m[2]], 0))
        elif m := _YEARLESS.match(value):
            yearless.append((int(m[1]), int(m[2] or 0)))
        elif (m := _YEAR.match(value)) and tense == "past":
            years.append(int(m[1]))
    candidates = [p[0] for p in dated] + years
    if not candidates:
        return None
    year = max(candidates)
    in_year = [p[1:] for p in dated if p[0] == year]
    if yearless and in_year and max(yearless) < max(in_year):
        # every yearless date falls earlier in the calendar than the latest explicit
        # one: the writer's current year is the next one
        return f"{year + 1:04d}-{max(yearless)[0]:02d}"
    months = in_year + yearless
    if not months:
        return f"{year:04d}"
    return f"{year:04d}-{max(months)[0]:02d}"
