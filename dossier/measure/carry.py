"""What a quantity takes from the text around it beyond its own clause (round 21).

``find`` and ``pairs`` read a quantity's unit and period from its words and its neighbours in
the clause; these read two things told farther away: the currency of an exchange rate given
"per dollar" with no currency of its own ("The tenge weakened to about 490 per dollar"), and the
period of a wage told again in the next sentence through a pronoun ("The average monthly wage
was 398,000 tenge. In Almaty it was 486,000 tenge"), and the currency of a bare number so told
("… was 95,000 roubles; in Kazan it was 120,000", round 24).
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from dossier.measure.lexicon import CURRENCIES, UNITS
from dossier.measure.periods import SENTENCE_STOP
from dossier.models import Quantity

# an exchange rate's base after its number: "490 per dollar", "87,5 за доллар", "12,850 to the
# US dollar"
_PER_BASE = re.compile(
    r"\s+(?:per|a|an|to\s+the|against\s+the|за|к)\s+(?:(?:US|U\.S\.|American)\s+)?"
    r"(?:dollar|euro|доллар\w*|евро)(?!\w)",
    re.IGNORECASE,
)
RATE_LOOKBACK = 160  # characters: the sentence that names the currency whose rate it is
# a pronoun that points back to the subject of the sentence before: "In Almaty it was …",
# "В Алматы она достигла …"
_POINTS_BACK = re.compile(r"(?<!\w)(?:it|она|он|оно)(?!\w)", re.IGNORECASE)


@lru_cache(maxsize=1)
def _currency_words() -> re.Pattern[str]:
    forms = sorted(
        (f for f, code in UNITS.items() if code in CURRENCIES and f[:1].isalpha()),
        key=len,
        reverse=True,
    )
    alternatives = "|".join(re.escape(f).replace("_", r"\s+") for f in forms)
    return re.compile(rf"(?<!\w)(?:{alternatives})(?!\w)", re.IGNORECASE)


def _sentence_before(text: str, start: int, lookback: int) -> tuple[int, str]:
    """The part of ``start``'s sentence before it, at most ``lookback`` characters, and where
    that part begins."""
    floor = max(0, start - lookback)
    stops = list(SENTENCE_STOP.finditer(text, floor, start))
    begin = stops[-1].end() if stops else floor
    return begin, text[begin:start]


def rate_currency(text: str, found: list[Quantity]) -> list[Quantity]:
    """A number with no unit before "per dollar", "за доллар" is a rate of the currency its
    sentence names before it ("The som firmed to 87.5 per dollar": KGS); none named, it stays
    without a unit."""
    out = list(found)
    for i, q in enumerate(out):
        if q.unit is not None or q.counted is not None:
            continue
        base = _PER_BASE.match(text, q.end)
        if base is None:
            continue
        base_code = UNITS.get(base.group().split()[-1].casefold())
        _, before = _sentence_before(text, q.start, RATE_LOOKBACK)
        codes = [
            UNITS.get(m.group().casefold().replace(" ", "_"))
            for m in _currency_words().finditer(before)
        ]
        codes = [c for c in codes if c is not None and c != base_code]
        if codes:
            out[i] = replace(q, unit=codes[-1])
    return out


# a verb of being or amounting right before a sum ("was 95,000 roubles", "составила 90 тыс."),
# and a pronoun with one ("it was 120,000", "она составила 140 тыс.")
_BEING = r"(?:was|were|is|are|stood\s+at|reached|составил[аио]?|составля\w+|достиг(?:ла|ло|ли)?)"
_APPROX = r"(?:(?:about|around|some|nearly|almost|около|примерно|почти)\s+)?"
_BEING_BEFORE = re.compile(rf"(?<!\w){_BEING}\s+{_APPROX}$", re.IGNORECASE)
_PRONOUN_BEING = re.compile(rf"(?<!\w)(?:it|она|он|оно)\s+{_BEING}\s+{_APPROX}$", re.IGNORECASE)


def pronoun_currency(text: str, found: list[Quantity]) -> list[Quantity]:
    """A bare number after a pronoun and a verb of being ("in Kazan it was 120,000", "В Москве
    она составила 140 тыс.") is in the currency of the money right before it, when that money
    was told with the same verb in its own or the sentence before ("The average wage was 95,000
    roubles"); money paid ("paying 200,000 roubles each. In June it was 7,000") gives a count
    no currency."""
    out = list(found)
    for i in range(1, len(out)):
        prev, here = out[i - 1], out[i]
        if here.unit is not None or here.counted is not None or prev.unit not in CURRENCIES:
            continue
        if not _PRONOUN_BEING.search(text, max(0, here.start - 40), here.start):
            continue
        if not _BEING_BEFORE.search(text, max(0, prev.start - 40), prev.start):
            continue
        begin, _ = _sentence_before(text, here.start, here.start + 1)
        if SENTENCE_STOP.search(text, prev.end, max(prev.end, begin - 1)) is not None:
            continue  # more than one sentence back
        out[i] = replace(here, unit=prev.unit)
    return out


def pronoun_period(text: str, found: list[Quantity]) -> list[Quantity]:
    """Money with no period whose sentence points back with a pronoun to the sentence before,
    whose last amount of that currency has a period, takes that period ("The average monthly
    wage was 398,000 tenge, up 12.4%. In Almaty it was 486,000 tenge": a month), and so does
    the same money told after it in its sentence ("…, in the Turkistan region 263,000")."""
    out = list(found)
    for i, here in enumerate(out):
        if here.per is not None or here.unit not in CURRENCIES:
            continue
        begin, before = _sentence_before(text, here.start, here.start + 1)
        earlier = [q for q in out[:i] if q.unit == here.unit and q.end <= begin]
        if not earlier or earlier[-1].per is None or not _POINTS_BACK.search(before):
            continue
        prev = earlier[-1]
        if SENTENCE_STOP.search(text, prev.end, max(prev.end, begin - 1)) is not None:
            continue  # more than one sentence back
        out[i] = replace(here, per=prev.per)
        end = SENTENCE_STOP.search(text, here.end)
        for j in range(i + 1, len(out)):
            after = out[j]
            if end is not None and after.start >= end.start():
                break
            if after.unit == here.unit and after.per is None:
                out[j] = replace(after, per=prev.per)
    return out
