"""A count back or forward with its date in apposition: "Two years earlier, in 2021, he had
served a term", "Тремя годами ранее, в 2019 году, он уже был судим". The writer names the same
time twice, and the explicit year is the one a reader takes: the count's value becomes the
apposed date's, at the count's own precision (round 23)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from dossier.models import Timex

# a count relative to another time: "two years earlier", "a month later", "год назад"
_COUNT = re.compile(
    r"(?i)(?<![\w-])(?:earlier|later|before|after|ago|ранее|раньше|позже|спустя|назад)(?![\w-])"
)
# what sets the apposition off: ", in 2021", ", в 2019 году", ", in March 2021"
_APPOSED = re.compile(r"\s*,\s+(?:in|during|в|во)\s+$", re.IGNORECASE)
_YEAR = re.compile(r"(?<!\d)(?:1[6-9]|20)\d\d(?!\d)")
# a value at year, month or day precision (no quarter, week or season)
_CALENDAR = re.compile(r"^\d{4}(?:-\d{2}(?:-\d{2})?)?$")


def apposed(found: Sequence[Timex], text: str) -> list[Timex]:
    """``found`` with each count whose date follows in apposition given that date's value: a
    counted one at its own precision when the date gives its year; a vague one ("Several months
    later, in May,", a reference value) the date's whole value; an unknown one ("A year later"
    with no time told, ``XXXX``) is a counted one."""
    out = list(found)
    for k in range(len(out) - 1):
        count, named = out[k], out[k + 1]
        if (
            count.type != "DATE"
            or not _COUNT.search(count.text)
            or not _CALENDAR.match(named.value)
            or not _APPOSED.fullmatch(text, count.end, named.start)
        ):
            continue
        if count.value in ("PAST_REF", "FUTURE_REF"):
            out[k] = replace(count, value=named.value, anchored=named.anchored)
        elif (
            _CALENDAR.match(count.value.replace("X", "0"))
            and len(named.value) >= len(count.value)
            and _YEAR.search(named.text)
        ):
            out[k] = replace(count, value=named.value[: len(count.value)], anchored=named.anchored)
    return out
