"""A results period written as a count of months up to a month: "the three months through
September", "the three months ended March 31", "the six months to June". Such a stretch is the
quarter or half that ends in that month (the year, for twelve months to December), the period a
results story reports: "the same period a year earlier", "a year earlier" count back from it
(rule P1), as they do from "the third quarter". Split from values, which is at its size."""

from __future__ import annotations

import re
from collections.abc import Sequence

from dossier.models import Timex

# what joins the count of months to its last month: "through", "to", "ended", "ending"
_TO = re.compile(r"(?i)\s+(?:through|thru|to|ended|ending|to\s+end)\s+$")
_MONTH_OF = re.compile(r"^(?P<year>\d{4})-(?P<month>\d{2})(?:-\d{2})?$")
# months counted -> the period's code by its last month
_PERIODS = {
    "P3M": {3: "Q1", 6: "Q2", 9: "Q3", 12: "Q4"},
    "P6M": {6: "H1", 12: "H2"},
    "P12M": {12: ""},
    "P1Y": {12: ""},
}


def period_ending(text: str, before: Sequence[Timex], told: Timex) -> str | None:
    """The quarter, half or year a count of months ends in at ``told`` (a month or a day right
    after "the three months through"), or None when no such count stands before it or the
    month ends no such period ("the 12 months to October" stays October)."""
    found = _MONTH_OF.match(told.value)
    if found is None:
        return None
    for t in reversed(before):
        if t.end > told.start:
            continue
        if t.type != "DURATION" or t.value not in _PERIODS:
            return None
        if not _TO.fullmatch(text, t.end, told.start):
            return None
        code = _PERIODS[t.value].get(int(found["month"]))
        if code is None:
            return None
        return found["year"] + (f"-{code}" if code else "")
    return None
