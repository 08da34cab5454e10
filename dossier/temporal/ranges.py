"""The first bound of a range of durations whose unit is written on the last bound only: "от
[[пяти]] до [[десяти лет]]", "[[five]] to [[10 years]]", "between [[three]] and [[seven
years]]" (round 22). The bound is a DURATION of the last bound's unit, as a day range's first
day takes the last's month ("с [[1]] по [[10 апреля]]"); an age range ("в возрасте от 18 до 60
лет", "aged 18 to 60 years") is no duration, as an age is not."""

from __future__ import annotations

import re

from dossier.temporal import english_norm as en
from dossier.temporal import russian_norm as ru
from dossier.temporal import values as v
from dossier.temporal.engine import Context, Result
from dossier.temporal.lexicon import EN_UNITS, RU_UNITS

_COUNTED_AFTER = re.compile(r"(?i)\s+(?:назад|спустя|ранее|раньше|позже|позднее)(?![\w-])")
# a count of people before "to": "sentenced the two to 10 years" names who, not how long
_WHO_BEFORE = re.compile(r"(?i)(?:\bthe|sentenced|jailed|condemned|ordered)\s+$")


def russian_first_bound(m: re.Match[str], ctx: Context) -> Result:
    """ "от [[пяти]] до десяти лет": the first bound, in the last's unit."""
    code, mult = RU_UNITS[m["unit"].lower()]
    if code == "Q":
        code, mult = "M", 3 * mult
    amount = ru._amount(m["num"])
    if amount is None or amount > 1000:
        return None
    if any(
        ru._AGE_BEFORE.search(ctx.text, max(0, end - 30), end) for end in (m.start(), m.start() - 3)
    ):
        return None  # "в возрасте от 18 до 60 лет", "Им от 18 до 25 лет"
    if _COUNTED_AFTER.match(ctx.text, m.end("unit")):
        return None  # "от 3 до 7 лет назад": a range of dates, counted back
    return v.duration(amount, code, mult), False


def english_first_bound(m: re.Match[str], ctx: Context) -> Result:
    """ "[[five]] to 10 years", "between [[three]] and seven years": the first bound, in the
    last's unit."""
    before = ctx.text[max(0, m.start() - 20) : m.start()]
    if m["sep"].lower() == "and" and not re.search(r"(?i)\bbetween\s+$", before):
        return None  # "two and a half years", "one and two years": no range without "between"
    if en._AGE_BEFORE.search(re.sub(r"(?i)\s*(?:between|from)\s+$", " ", before)):
        return None  # "aged 18 to 60 years", "aged between 18 and 60 years"
    if _WHO_BEFORE.search(before) or en._AGE_AFTER.match(ctx.text, m.end("unit")):
        return None
    unit = m["unit"].lower()
    unit = "century" if unit.startswith("centur") else unit.rstrip("s")
    code, mult = EN_UNITS[unit]
    amount = en._amount(m["num"])
    if amount is None or amount > 1000:
        return None
    return v.duration(amount, code, mult), False
