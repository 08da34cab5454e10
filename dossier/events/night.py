"""A night named by the day it ends in dates a happening to that day.

Russian news dates a night's raid or arrival by the day the night runs into: "В ночь на 14
октября ОМОН провел рейд", "в ночь на среду". The temporal stage gives "ночь на 14 октября"
its TimeML value, the night that begins on the evening before (``2026-10-13TNI``, as the
guidelines' Time section has it), and tags "в ночь на среду" as the Wednesday alone. For
*when a happening happened*, the guidelines of the happenings (and every outlet that retells
such a raid as "on October 14" or "on Wednesday") take the day the night ends in: both forms
are that day here, so that two outlets' reports of one raid share their date. So is "в тот
же день" told after such a night, which the temporal stage puts on the night's first day.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from datetime import date, timedelta

from dossier.models import Timex
from dossier.timex import precision

# "ночь на 14 октября" (the preposition "в" is outside a timex's span); not "ночь с 13 на
# 14 октября", whose first day the text names as well
_NIGHT_ON = re.compile(r"(?i)^ноч(?:ь|и|ью)\s+на\s")
_NIGHT_VALUE = re.compile(r"^\d{4}-\d{2}-\d{2}TNI$")
# "в тот же день", "the same day", "that day": the day the passage told
_SAME_DAY = re.compile(r"(?i)(?:т(?:от|ом|ого)\s+же\s+д(?:ень|ня|не)|same\s+day|that\s+day)")


def nights_to_days(timexes: Sequence[Timex]) -> list[Timex]:
    """``timexes`` with each "ночь на <day>" dated to the day the night ends in, and "в тот
    же день" told after it (which the temporal stage puts on the night's first day) too."""
    out = []
    told: tuple[str, str] | None = None  # the last night's first day and the day it ends in
    for timex in sorted(timexes, key=lambda t: t.start):
        if _NIGHT_ON.match(timex.text) and _NIGHT_VALUE.match(timex.value):
            night = date.fromisoformat(timex.value[:10])
            day = (night + timedelta(days=1)).isoformat()
            told = (night.isoformat(), day)
            out.append(replace(timex, value=day))
            continue
        if told is not None and _SAME_DAY.search(timex.text) and timex.value == told[0]:
            out.append(replace(timex, value=told[1]))
            continue
        if timex.type in {"DATE", "TIME"} and precision(timex.value) == "day":
            told = None  # another day told since the night
        out.append(timex)
    return out
