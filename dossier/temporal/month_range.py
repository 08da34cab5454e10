"""The first month of a month range with no year and no tense (round 24).

"January-October data show 2,000 deportations", "В январе–октябре число мигрантов составляет":
the range ends in the occurrence of its last month nearest the anchor (rule Y2), so it opens in
that year, or the year before when its first month comes later ("November-January"), as a
range's first month takes the year written after its last (round 15). A clause with a tense,
or a sentence that names a year before the range, is left to the month's own rules.
"""

from __future__ import annotations

import re

from dossier.temporal import calendar as cal
from dossier.temporal.engine import Context

_YEAR = re.compile(r"(?<!\d)(?:1[6-9]|20)\d\d(?!\d)")


def opening_year(ctx: Context, span: tuple[int, int], first: int, last: int) -> int | None:
    """The year of a range's ``first`` month, read from its ``last``; None where the clause
    has a tense or the sentence names a year before the span."""
    if ctx.anchor is None or ctx.tense(*span) is not None:
        return None
    if _YEAR.search(ctx.text, ctx.clause(*span)[0], span[0]):
        return None
    year = cal.year_for_month(ctx.anchor, last, None, None)
    if year is None:
        return None
    return year if first <= last else year - 1
