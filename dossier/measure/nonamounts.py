"""Numbers that are no amount although they look like one: clock times, phone and house numbers,
multipliers ("three times higher", "в 2-3 раза", "a four-fold jump"), fractions ("two-thirds",
"две трети"), ranks ("в первую десятку"), the two numbers of a share ("one in four", "3 из 10")
and the base of a rate ("per 100,000")."""

from __future__ import annotations

import math
import re

from dossier.measure.lexicon import (
    CLOCK_AFTER,
    FOLD_AFTER,
    FRACTION_AFTER,
    MULTIPLIER_AFTER,
    MULTIPLIER_AROUND,
    RANK_ORDINAL,
    RATE_BASE_BEFORE,
    RATE_POPULATION_AFTER,
    RATE_SPREAD_VERBS,
    RU_FRACTION_AFTER,
    RU_STREET_WORDS,
    SHARE_WHOLE_WORD,
    SHARE_WHOLES,
    SHARE_WORDS,
    STREET_WORDS,
    TENS_WORDS,
)
from dossier.measure.numbers import YEAR, parse_number

_CLOCK = re.compile(rf"\s*(?:{CLOCK_AFTER})(?!\w)", re.IGNORECASE)
_RANK = re.compile(rf"\b{RANK_ORDINAL}\s+$", re.IGNORECASE)
_FOLD = re.compile(FOLD_AFTER, re.IGNORECASE)
_FRACTION = re.compile(FRACTION_AFTER, re.IGNORECASE)
_RU_FRACTION = re.compile(RU_FRACTION_AFTER, re.IGNORECASE)
_RATE_BEFORE = re.compile(rf"(?<!\w)(?:{RATE_BASE_BEFORE})\s+$", re.IGNORECASE)
# a bare "на" after a count and its noun: "54 случая на | 100 тысяч населения"
_RATE_BEFORE_RU = re.compile(r"\d(?:[\d\s.,]*\d)?(?:\s+[^\W\d_]+){1,2}\s+на\s+$", re.IGNORECASE)
_RATE_TAIL = re.compile(r"(?:per|every|кажд\w+|на)\s+$", re.IGNORECASE)
_POPULATION_AFTER = re.compile(rf"\s+(?:{RATE_POPULATION_AFTER})", re.IGNORECASE)
# a bare "на" before the base and its population, then the verb that spreads the count over it
_BARE_NA = re.compile(r"(?<!\w)на\s+$", re.IGNORECASE)
_POPULATION_SPREAD = re.compile(
    rf"\s+(?:{RATE_POPULATION_AFTER})\s+(?:{RATE_SPREAD_VERBS})(?!\w)", re.IGNORECASE
)
_WHOLE_AFTER = re.compile(rf"\s+{SHARE_WHOLE_WORD}\s+(?P<other>\d+)(?!\w|[.,]\d)", re.IGNORECASE)
_PART_BEFORE = re.compile(rf"(?<![\w,.])(?P<other>\d+)\s+{SHARE_WHOLE_WORD}\s+$", re.IGNORECASE)
_RU_ADDRESS = re.compile(rf"(?:{RU_STREET_WORDS})\s+[\w.-]+(?:\s+[\w.-]+)?,\s*$", re.IGNORECASE)
_PHONE = re.compile(r"\+?\d+(?:[ -]\(?\d+\)?){3,}")
_MULTIPLIER = re.compile(rf"\s+(?:{MULTIPLIER_AFTER})\b", re.IGNORECASE)
_MULTIPLIER_BEFORE = re.compile(MULTIPLIER_AROUND[0], re.IGNORECASE)
_MULTIPLIER_RU = re.compile(rf"\s+{MULTIPLIER_AROUND[1]}\b", re.IGNORECASE)
_SHARE_AFTER = re.compile(rf"\s+(?:{SHARE_WORDS})\s+(?P<other>[\w,.-]+)", re.IGNORECASE)
_SHARE_BEFORE = re.compile(rf"(?P<other>[\w,.-]+)\s+(?:{SHARE_WORDS})\s+$", re.IGNORECASE)
_STREET = re.compile(rf"\s+[A-Z][\w-]+\s+(?:{STREET_WORDS})(?!\w)")


def no_amount(text: str, match: re.Match[str]) -> bool:
    """Numbers that are no amount: a phone number ("+7 912 345 67 89", "8-800-555-35-35"),
    a house number ("14 Lenin Street"), a multiplier ("в два раза", "three times") and the two
    numbers of a share ("one in four", "nine out of ten")."""
    start, end = match.start("n1"), match.end("n1")
    if _phone(text, start) or _STREET.match(text, end):
        return True
    if not (match.group("cur") or match.group("unit")) and _CLOCK.match(text, match.end()):
        return True  # "at 10 p.m."; but "Rs 30,000 p.m." is a monthly sum
    if match.end() == end and (_FRACTION.match(text, end) or _RU_FRACTION.match(text, end)):
        return True  # "two-thirds", "две трети"
    if _rate_base(text, match):
        return True  # "88 cases per 100,000 people"
    if _RU_ADDRESS.search(text, max(0, start - 40), start):
        return True  # "проспект Победы, 21"
    if match.end() == end and _FOLD.match(text, end):
        return True  # "a four-fold jump"
    if match.group("n1").strip().casefold() in TENS_WORDS and _RANK.search(
        text, max(0, start - 16), start
    ):
        return True  # "в первую десятку": a rank
    if _share_of_ten(text, match):
        return True
    # the number, or a range of numbers ("в 2-3 раза"), with no unit or period after it
    if not (match.group("unit") or match.group("per")) and (
        _MULTIPLIER.match(text, match.end())
        or (
            _MULTIPLIER_RU.match(text, match.end())
            and _MULTIPLIER_BEFORE.search(text, max(0, start - 4), start)
        )
    ):
        return True  # "three times higher", "в два раза", "в 2-3 раза"
    here = parse_number(match.group("n1"), "en")
    after = _SHARE_AFTER.match(text, end)
    before = _SHARE_BEFORE.search(text, max(0, start - 30), start)
    for found, here_first in ((after, True), (before, False)):
        other = parse_number(found["other"].rstrip(",."), "en") if found else None
        if (
            here is None
            or other is None
            or YEAR.match(found["other"].rstrip(",.") if found else "")
        ):
            continue
        if (here < other) if here_first else (other < here):
            return True  # a share names a part before its whole
    return False


def _rate_base(text: str, match: re.Match[str]) -> bool:
    """ "per 100,000", "на каждые 1000", "на 100 тысяч населения": a round base a rate is
    counted over (a power of ten), no quantity of its own."""
    if match.group("cur") or match.group("qual"):
        return False
    start = match.start("n1")
    if not _RATE_TAIL.search(text, max(0, start - 12), start):
        return False  # the cheap test first: most numbers follow no rate's word
    if not (
        _RATE_BEFORE.search(text, max(0, start - 20), start)
        or (
            _RATE_BEFORE_RU.search(text, max(0, start - 60), start)
            and _POPULATION_AFTER.match(text, match.end())
        )
        or (
            _BARE_NA.search(text, max(0, start - 4), start)
            and _POPULATION_SPREAD.match(text, match.end())
        )
    ):
        return False
    value = parse_number(match.group("n1"), "en")
    return (
        value is not None
        and math.isfinite(value)
        and 10 <= value <= 1e9
        and 10 ** round(math.log10(value)) == value
    )


def _share_of_ten(text: str, match: re.Match[str]) -> bool:
    """ "3 из 10 опрошенных": a part of ten, a hundred or a thousand is a share, both numbers
    none; "двое из пятерых задержанных" is a part of a group and counts."""
    start, end = match.start("n1"), match.end("n1")
    here = parse_number(match.group("n1"), "ru")
    after = _WHOLE_AFTER.match(text, end) if match.end() == end else None
    if after is not None and here is not None and float(after["other"]) in SHARE_WHOLES:
        return here < float(after["other"])
    before = _PART_BEFORE.search(text, max(0, start - 12), start)
    return before is not None and here in SHARE_WHOLES and float(before["other"]) < here


def _phone(text: str, start: int) -> bool:
    """Whether ``start`` lies in a phone number: four or more groups of digits, opened by
    "+", joined by hyphens, or not all of three digits as thousands are ("1 250 000")."""
    for found in _PHONE.finditer(text, max(0, start - 24), start + 40):
        if found.start() <= start < found.end():
            run = found.group(0)
            groups = re.split(r"[ -]", run.lstrip("+").replace("(", "").replace(")", ""))
            return run.startswith("+") or "-" in run or any(len(g) != 3 for g in groups[1:])
    return False
