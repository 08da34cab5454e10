"""The period of an amount told before or after it: "a monthly salary of $900", "Rs 30,000
p.m.", "about 40 cases a month", "Средняя месячная зарплата … составила 41 тыс. сомов".

``find`` reads the period written right after an amount ("$900 a month"); these are the ones
told around it: a period adjective before money, "p.m." after it, and a period after a count's
noun.
"""

from __future__ import annotations

import re
from functools import lru_cache

from dossier.measure.lexicon import (
    COUNT_NOT_A_RATE_AFTER,
    MONEY_PER_MONTH_AFTER,
    PERIOD_ADJECTIVES,
    PERIODS,
    WAGE_NOUNS,
    alternation,
)

PERIOD_LOOKBACK = 60  # characters before money searched for "monthly"; a clause, not more
WORD = re.compile(r"[^\W\d_][\w’'-]*|\d+")
SENTENCE_STOP = re.compile(r"[.!?;]\s|\n")


_PER_MENSEM = re.compile(rf"\s+(?:{MONEY_PER_MONTH_AFTER})(?!\w)", re.IGNORECASE)


def money_period(text: str, match: re.Match[str], money_end: int) -> str | None:
    """The period of money with none of its own words: "Rs 30,000 p.m." (per mensem), else a
    period adjective before it ("a monthly salary of $900")."""
    if _PER_MENSEM.match(text, match.end()):
        return "month"
    return period_before(text, match.start(), money_end)


@lru_cache(maxsize=1)
def _count_period_pattern() -> re.Pattern[str]:
    periods = alternation(PERIODS).replace(r"\s+", r"[\s-]+")
    not_rate = alternation(COUNT_NOT_A_RATE_AFTER)
    return re.compile(rf"\s+(?P<per>{periods})(?!\w)(?!\s+(?:{not_rate})\b)", re.IGNORECASE)


def count_period(text: str, end: int, counted: str) -> str | None:
    """The period after a count's noun is its rate: "about 40 cases a month", "50 автомобилей
    в час" (round 18), as it is money's right after the amount."""
    at = text.find(counted, end)
    found = _count_period_pattern().match(text, at + len(counted)) if 0 <= at - end < 8 else None
    return PERIODS.get(re.sub(r"[\s-]+", "_", found["per"].casefold())) if found else None


def period_before(text: str, start: int, money_end: int = 0) -> str | None:
    """The period of a period adjective before money ("a monthly salary of $900"), not
    reaching back past other money ("monthly pay of $900, he saved $4,000": $4,000 has none)."""
    window = text[max(0, start - PERIOD_LOOKBACK, money_end) : start]
    stops = list(SENTENCE_STOP.finditer(window))
    if stops:
        window = window[stops[-1].end() :]
    for word in reversed(WORD.findall(window.casefold())):
        for stem, period in PERIOD_ADJECTIVES.items():
            if word.startswith(stem):
                return period
    return _wage_period(text, start, money_end)


WAGE_LOOKBACK = 160  # characters: a sentence whose subject is a wage, told with its place and time
_WAGE = re.compile(
    rf"(?<!\w)(?P<adj>{'|'.join(PERIOD_ADJECTIVES)})\w*\s+(?:{WAGE_NOUNS})(?!\w)", re.IGNORECASE
)


def _wage_period(text: str, start: int, money_end: int) -> str | None:
    """The period of a wage told as its sentence's subject, farther back than PERIOD_LOOKBACK:
    "The average monthly wage across the three northern provinces stood at 6.2 million soums"
    (round 20); not past other money or the sentence's start."""
    window = text[max(0, start - WAGE_LOOKBACK, money_end) : start]
    stops = list(SENTENCE_STOP.finditer(window))
    if stops:
        window = window[stops[-1].end() :]
    found = _WAGE.search(window)
    return PERIOD_ADJECTIVES[found["adj"].casefold()] if found else None
