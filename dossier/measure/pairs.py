"""Quantities read together: a change from one value to another, and money with its
conversion in brackets.

The pattern in ``find`` reads one quantity at a time; these are what two neighbours tell
each other (eval/GUIDELINES.md "## Quantities"):

- after a verb of change, "from X to Y" and "с X до Y" are two values, the old and the new:
  each takes the other's missing unit and period, the first takes the second's scale
  ("с 412 до 361 тысячи"), and "до" is the new value, no ceiling ("вырастет до 10 млн");
- without a verb of change, "с X до Y" is one range, as "от X до Y" is ("мужчины с 18 до 30
  лет");
- an amount and its conversion in brackets are one sum: a period before it ("a monthly payment
  of 180,000 rubles (about 2,000 euros)") or after the brackets ("по 3 тысячи сомони (около 280
  долларов) в месяц") is both amounts'.
"""

from __future__ import annotations

import re
from dataclasses import replace

from dossier.measure.lexicon import (
    CHANGE_OBJECT,
    CHANGE_VERBS,
    CONVERSION_WORDS,
    CURRENCIES,
    PARALLEL_OPENERS,
    PERIODS,
    SCALES,
)
from dossier.models import Quantity

# The words before the first value: a verb of change, at most two words (its size told as a
# share or multiplier, round 20: "сократилось на треть — с 1,1 млн до 740 тыс.") and a dash or
# comma, then "from"/"с".
_CHANGE_FROM = re.compile(
    rf"\b(?:{CHANGE_VERBS})(?:\s+[^\W\d]+){{0,2}}\s*[,—–-]?\s+(?:from|со?)\s+$", re.IGNORECASE
)
# A verb or noun of change before "до Y" (the qualifier is inside Y's text), with at most three
# words and a dash between: "выросла до", "поднимут вдвое — до", "роста курса доллара до".
# A multiplier's number may be among the words: "сократилось в 1,5 раза, до 4,2 млн" (round 18).
_CHANGE_TO = re.compile(
    rf"\b(?:{CHANGE_VERBS})(?:\s+(?:[^\W\d]+|\d+(?:[.,]\d+)?)){{0,3}}\s*[,—–-]?\s+$",
    re.IGNORECASE,
)
# A difference after a verb of change, before ", до Y": "выросла на 2,4 пункта, до 11,8%".
_DIFFERENCE_BEFORE = re.compile(
    rf"\b(?:{CHANGE_VERBS})(?:\s+[^\W\d]+){{0,2}}\s+(?:на|by)\s+$", re.IGNORECASE
)
# "from" read as the first value's qualifier: the verb of change and its object before it
# ("raised the allowance for the families of the dead | from $4,000 to $9,000")
_CHANGE_OBJECT_BEFORE = re.compile(rf"\b(?:{CHANGE_VERBS}){CHANGE_OBJECT}\s+$", re.IGNORECASE)
_OBJECT_LOOKBACK = 120  # characters: the verb and an object of a dozen words
_DASH_OR_COMMA = re.compile(r"\s*[,—–-]?\s*")
# The difference's own noun may stand before the dash: "на 80 тыс. человек — до 2,1 млн", "на
# 150 базисных пунктов, до 17%" (round 18).
_NOUN_THEN_DASH = re.compile(r"(?:\s+[^\W\d_]+){0,2}\s*[,—–-]?\s*")
# Between two numbers of a list: "142, 118 и 109 тысяч", "13 and 14 years".
_LIST_JOIN = re.compile(r"\s*,\s*|\s*,?\s+(?:and|or|и|или)\s+", re.IGNORECASE)
_BETWEEN = re.compile(r"\s+(?:to\s+)?$", re.IGNORECASE)
_NEW_VALUE = re.compile(r"^(?:до|to)\s", re.IGNORECASE)
_LOOKBACK = 60  # characters searched for the verb of change: a clause, not more
_PERIOD_AFTER = re.compile(
    r"\s*\)\s+(?P<per>"
    + "|".join(re.escape(p).replace("_", r"\s+") for p in sorted(PERIODS, key=len, reverse=True))
    + r")(?!\w)",
    re.IGNORECASE,
)


def read_pairs(text: str, found: list[Quantity]) -> list[Quantity]:
    """``found`` with what neighbouring quantities tell each other (see the module)."""
    out = _lists(text, _ranges(text, list(found)))
    new_value_end = -1  # where the last "до Y" told as a new value ends
    for i, here in enumerate(out):
        if _NEW_VALUE.match(here.text) and (
            _CHANGE_TO.search(text, max(0, here.start - _LOOKBACK), here.start)
            or (i > 0 and _after_difference(text, out[i - 1], here))
            or _elided_change(text, new_value_end, here)
        ):
            out[i] = here = replace(here, approx=None)  # "вырастет до 10 млн сумов"
            new_value_end = here.end
        if i == 0:
            continue
        prev = out[i - 1]
        if _is_change(text, prev, here):
            out[i - 1], out[i] = _share(prev, here)
        elif prev.unit in CURRENCIES and here.unit in CURRENCIES:
            out[i - 1], out[i] = _conversion(text, prev, here)
    return _parallels(text, out)


# A clause that leaves out its noun and verb: a comma, a place or a person it is told of, and a
# dash before the number (", в Оше — 28 тыс. сомов", ", его брату — 23"); ", а премия — 300
# тысяч" names a thing of its own.
_PARALLEL_BEFORE = re.compile(
    rf",\s+(?:(?:а|и)\s+)?(?:{PARALLEL_OPENERS})\s+(?:[^\W\d_][\w-]*\s+){{0,3}}[—–]\s*$"
    # an adjective standing for the noun before ("Средний срок — 5 лет, максимальный — 10",
    # round 21)
    r"|,\s+(?:(?:а|и)\s+)?[^\W\d_]+(?:ый|ий|ой|ая|яя|ое|ее|ые|ие)\s*[—–]\s*$",
    re.IGNORECASE,
)


_ENDS_CLAUSE = re.compile(r"\s*(?:[.,;:!?)]|$)")


def _parallels(text: str, found: list[Quantity]) -> list[Quantity]:
    """ "Ему 19 лет, его брату — 23", "Месячная зарплата в Бишкеке — 40 тыс. сомов, в Оше — 28
    тыс. сомов": a number in a clause that leaves out its noun and verb after a dash takes the
    unit of the quantity before it in its sentence when it has none, and money its period
    (round 19)."""
    out = list(found)
    for i in range(1, len(out)):
        prev, here = out[i - 1], out[i]
        if prev.unit is None or _SENTENCE_END.search(text, prev.end, here.start):
            continue
        if not _PARALLEL_BEFORE.search(text, max(0, here.start - 60), here.start):
            continue
        if not _ENDS_CLAUSE.match(text, here.end):
            continue  # "а в Татарстане — до 1,2 млн рублей единовременно": its own period
        if here.unit is None and here.counted is None and here.value_max is None:
            out[i] = replace(here, unit=prev.unit, per=here.per or prev.per)
        elif here.per is None and here.unit in CURRENCIES and prev.unit in CURRENCIES:
            out[i] = replace(here, per=prev.per)
    return out


_DASH_BEFORE = re.compile(r"[—–]\s*$")
_SENTENCE_END = re.compile(r"[.!?;]\s|\n")


def _elided_change(text: str, new_value_end: int, here: Quantity) -> bool:
    """ "вырастет до 4 500 рублей, в Самаре — до 5 100": a dash stands for the verb of change
    told earlier in the sentence, and "до" after it is a new value too (round 19)."""
    return (
        new_value_end >= 0
        and _DASH_BEFORE.search(text, max(0, here.start - 3), here.start) is not None
        and _SENTENCE_END.search(text, new_value_end, here.start) is None
    )


def _after_difference(text: str, prev: Quantity, here: Quantity) -> bool:
    """ "выросла на 2,4 процентного пункта, до 11,8%": the new value after a change's size."""
    return bool(
        _NOUN_THEN_DASH.fullmatch(text, prev.end, here.start)
        and _DIFFERENCE_BEFORE.search(text, max(0, prev.start - _LOOKBACK), prev.start)
    )


def _lists(text: str, found: list[Quantity]) -> list[Quantity]:
    """ "142, 118 и 109 тысяч рублей в месяц", "13 and 14 years", "трёх и пяти лет": bare numbers
    listed before one with a unit or a scale take its unit, period and scale (the last number
    of a list carries them for all)."""
    out = list(found)
    for i in range(len(out) - 1, 0, -1):
        last = out[i]
        if last.unit is None and _scale_word(last.text) is None:
            continue
        j = i - 1
        while (
            j >= 0
            and _bare(out[j], qualified=True)
            and _LIST_JOIN.fullmatch(text, out[j].end, out[j + 1].start)
        ):
            listed = out[j]
            value = listed.value
            scale = _scale_word(last.text)
            if value is not None and scale and value < 1000:
                value *= SCALES[scale]
            out[j] = replace(listed, value=value, unit=last.unit, per=listed.per or last.per)
            j -= 1
    return _ages_listed(text, out)


_AGED = re.compile(r"\baged\s+$", re.IGNORECASE)


def _ages_listed(text: str, found: list[Quantity]) -> list[Quantity]:
    """ "aged 19, 22 and 26", "The two brothers, 29 and 33,": the numbers listed after an age
    told by "aged" or set off after a noun (a bare number read as years) are ages too."""
    out = list(found)
    for i, first in enumerate(out):
        if first.unit != "year" or not (
            _AGED.search(text, max(0, first.start - 8), first.start)
            or (first.text.isdigit() and text[max(0, first.start - 2) : first.start] == ", ")
        ):
            continue
        k = i + 1
        while (
            k < len(out)
            and _bare(out[k])
            and _LIST_JOIN.fullmatch(text, out[k - 1].end, out[k].start)
        ):
            out[k] = replace(out[k], unit="year")
            k += 1
    return out


def _bare(q: Quantity, qualified: bool = False) -> bool:
    """A number with nothing of its own: no unit, scale, range, qualifier or counted noun; a
    list's number may keep a qualifier when ``qualified`` ("до 4 500 и 3 900 рублей", round 19)."""
    return (
        q.unit is None
        and q.counted is None
        and q.value_max is None
        and (q.approx is None or qualified)
        and _scale_word(q.text) is None
    )


_S_BEFORE = re.compile(r"(?<!\w)со?\s+$", re.IGNORECASE)


def _ranges(text: str, found: list[Quantity]) -> list[Quantity]:
    """ "с 18 до 30 лет" with no verb of change before it: one range, X with Y's scale."""
    out: list[Quantity] = []
    for here in found:
        prev = out[-1] if out else None
        if (
            prev is not None
            and prev.value is not None
            and here.value is not None
            and _NEW_VALUE.match(here.text)
            and not text[prev.end : here.start].strip()
            and (opener := _S_BEFORE.search(text, max(0, prev.start - 4), prev.start))
            and not _CHANGE_FROM.search(text, max(0, prev.start - _LOOKBACK), prev.start)
        ):
            low, _ = _share(prev, here)
            if low.value is not None and low.value <= here.value:
                out[-1] = replace(
                    here,
                    start=opener.start(),
                    text=text[opener.start() : here.end],
                    value=low.value,
                    value_max=here.value,
                    approx=None,
                    unit=here.unit or prev.unit,
                )
                continue
        out.append(here)
    return out


def _is_change(text: str, old: Quantity, new: Quantity) -> bool:
    """Whether ``old`` and ``new`` are "from X to Y" or "с X до Y" after a verb of change."""
    between = text[old.end : new.start]
    if not _BETWEEN.fullmatch(between) or (not between.strip() and not _NEW_VALUE.match(new.text)):
        return False
    head = re.match(r"(?:from|со?)\s+", old.text, re.IGNORECASE)
    cut = old.start + (head.end() if head else 0)
    if head is not None:  # "from" read as the first value's qualifier: judge the words before
        return bool(
            _CHANGE_TO.search(text, max(0, old.start - _LOOKBACK), old.start)
            or _CHANGE_OBJECT_BEFORE.search(
                text, clause_start(text, old.start, _OBJECT_LOOKBACK), old.start
            )
        )
    return bool(_CHANGE_FROM.search(text, max(0, cut - _LOOKBACK), cut))


def clause_start(text: str, end: int, lookback: int) -> int:
    """Where the clause ending at ``end`` starts, at most ``lookback`` characters back: a verb
    and its object hold no punctuation, and a window cut there keeps a long search short."""
    low = max(0, end - lookback)
    return max(low, *(text.rfind(c, low, end) + 1 for c in ".,;:!?()\n"))


def _share(old: Quantity, new: Quantity) -> tuple[Quantity, Quantity]:
    """Each value takes the other's missing unit and period, the old its scale; each keeps
    its own qualifier ("from about 300 to more than 1,000")."""
    value = old.value
    scale = _scale_word(new.text)
    if value is not None and scale and _scale_word(old.text) is None and value < 1000:
        value *= SCALES[scale]
    old_out = replace(old, value=value, unit=old.unit or new.unit, per=old.per or new.per)
    new_out = replace(
        new,
        unit=new.unit or old.unit,
        per=new.per or old.per,
        approx=None if _NEW_VALUE.match(new.text) else new.approx,  # "до": the new value
    )
    return old_out, new_out


def _scale_word(raw: str) -> str | None:
    words: list[str] = re.findall(r"[^\W\d_]+\.?", raw.casefold())
    return next((w for w in words if SCALES.get(w, 0.0) >= 1000), None)


# In brackets, or set off by a comma and "or" (round 20: "6 тыс. рублей в месяц, или около 70
# долларов")
_CONVERSION_BETWEEN = re.compile(
    rf"\s*\(\s*(?:(?:{CONVERSION_WORDS})\s+)?|\s*,\s*(?:or|или)\s+", re.IGNORECASE
)


def _conversion(text: str, first: Quantity, second: Quantity) -> tuple[Quantity, Quantity]:
    """ "3 тысячи сомони (около 280 долларов) в месяц", "1,500 somoni a month, or about $140": one
    sum, one period."""
    between = _CONVERSION_BETWEEN.fullmatch(text[first.end : second.start])
    if between is None or ("(" not in between.group(0) and first.unit == second.unit):
        return first, second  # "5,000 roubles, or 8,000 roubles with a family": a choice
    after = _PERIOD_AFTER.match(text, second.end)
    per = first.per or second.per
    if after is not None:
        per = per or PERIODS.get(re.sub(r"\s+", "_", after["per"].casefold()))
    return replace(first, per=first.per or per), replace(second, per=second.per or per)
