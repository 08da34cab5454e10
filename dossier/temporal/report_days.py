"""The day a report was made is not the week its passage talks about (rule P1).

"Police checked 2,000 foreigners last week, the city said on Monday. The week before, they
raided hostels": the week before is counted from last week, the week the passage tells, not
from Monday, the day the city spoke. A day right after a verb of reporting
(``TenseCues.reporting``: "said on", "told Reuters", "сообщили в") that follows a week told in
its paragraph or the one before is left out of what a count of weeks goes back from; with no
week told, the report's day is still the only time named, and counts (round 24).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from dossier.models import Timex
from dossier.temporal.engine import Context

_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_WEEK = re.compile(r"^\d{4}-W\d{2}$")
# how far before a day its verb of reporting may stand ("told the state news agency on")
_REACH = 48


def without_report_days(ctx: Context, before: Sequence[Timex]) -> list[Timex]:
    """``before`` less the days of a report made after a week told (see the module)."""
    pattern = ctx.cues.reporting
    if pattern is None:
        return list(before)
    kept: list[Timex] = []
    for t in before:
        if (
            _DAY.match(t.value)
            and pattern.search(ctx.text, max(0, t.start - _REACH), t.start)
            and _week_told(ctx, kept, t.start)
        ):
            continue
        kept.append(t)
    return kept


def _week_told(ctx: Context, told: Sequence[Timex], start: int) -> bool:
    floor = ctx.paragraph_before(start)
    return any(t.start >= floor and _WEEK.match(t.value) for t in told)
