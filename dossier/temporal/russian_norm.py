"""Normalisers of the Russian rules: from a match and its context to a TIMEX3 value.

Each function takes the match of one pattern of :mod:`dossier.temporal.russian` and
returns ``(value, anchored)`` (see :mod:`dossier.temporal.values`) or None to reject it.
"""

from __future__ import annotations

import datetime as dt
import re

from dossier.lang import get_language
from dossier.temporal import values as v
from dossier.temporal.clause_year import in_named_year, in_year_told, period_in_named_year
from dossier.temporal.engine import Context, Plain, Result
from dossier.temporal.lexicon import (
    RU_DAY_ORDINALS,
    RU_DECADE_STEMS,
    RU_ORDINAL_DAYS,
    RU_ORDINAL_STEMS,
    RU_SEASONS,
    RU_UNITS,
    RU_VAGUE,
    RU_WEEKDAYS,
    number,
)
from dossier.temporal.month_range import opening_year

_F = re.IGNORECASE
_RUSSIAN = get_language("ru")
MONTHS = _RUSSIAN.month_words
# "двух", "полтора" (1.5), "пару"; but not "семью", in news far more often "the family"
# than "seven" ("вернулся в семью год назад", "кормил семью годами").
NUMBERS = {word: n for word, n in _RUSSIAN.count_words.items() if word != "семью"}
# "уходящий год" is the year a December article looks back on ("итоги уходящего года");
# "прошедшие выходные" are "минувшие выходные", "в истекшем году" is "в минувшем году"
REL_SHIFT: dict[str, int] = {
    "позапрошл": -2, "прошл": -1, "минувш": -1, "прошедш": -1, "истекш": -1, "предыдущ": -1,
    "эт": 0,
    "текущ": 0, "нынешн": 0, "уходящ": 0, "следующ": 1, "будущ": 1, "наступающ": 1,
}  # fmt: skip
PARTS = {"утром": "MO", "днём": "AF", "днем": "AF", "вечером": "EV", "ночью": "NI"}
_UNIT_CODE = {"Y": "Y", "M": "M", "W": "W", "D": "D"}
# "следующий", "предыдущий" count from the narrative's time in a past clause (P1)
_NARRATIVE = frozenset({"следующ", "предыдущ"})


def _month(m: re.Match[str]) -> int:
    return MONTHS[m["month"].lower()]


def _day(m: re.Match[str]) -> int:
    if m["day"]:
        return int(m["day"])
    return RU_ORDINAL_DAYS[re.sub(r"\s+", " ", m["dayw"].lower())]


def full(m: re.Match[str], ctx: Context) -> Result:
    return v.stamped(v.explicit_date(int(m["year"]), _month(m), _day(m)), m)


def numeric(m: re.Match[str], ctx: Context) -> Result:
    if m["y"] is None:
        # a two-digit year is the century's that puts it no later than the year after the DCT
        year = 2000 + int(m["y2"])
        if ctx.anchor is not None and year > ctx.anchor.year + 1:
            year -= 100
        return v.explicit_date(year, int(m["mo2"]), int(m["d2"]))
    return v.stamped(v.explicit_date(int(m["y"]), int(m["mo"]), int(m["d"])), m)


def _year_of(m: re.Match[str], ctx: Context) -> tuple[int | None, bool]:
    """The year a "прошлого года" / "этого года" tail names, if any."""
    rel = m["yrel"]
    if not rel:
        return None, False
    shift = REL_SHIFT[rel.lower()]
    if ctx.anchor is None:
        return None, False
    if rel.lower() in _NARRATIVE and ctx.tense(*m.span()) == "past":
        # "в январе следующего года погиб": the year after one told, which no anchor gives;
        # the month or season is read alone (round 23)
        return None, False
    return ctx.anchor.year + shift, True


# the end of a term set by a court or an order: "арестовал на два месяца, до 12 апреля",
# "сроком на 30 суток, до 15 мая" (the term runs from the clause's event, so its end lies
# ahead whatever the clause's tense)
_TERM_END = re.compile(
    r"(?<![\w-])на\s+(?:[\w-]+\s+){0,2}(?:месяц\w*|суток|сутки|дн(?:я|ей)|недел[юиь]\w*|"
    r"год(?:а)?|лет)\s*,\s*(?:то\s+есть\s+)?до\s+$",
    re.IGNORECASE,
)


# the last date of a range, with its year, after a yearless first: "с 3 марта по 5 апреля 2021 года"
_RANGE_LAST = re.compile(
    r"\s*(?:-|\u2013|\u2014|по|до)\s+(?P<ma>)\d{1,2}\s+(?P<mb>[а-яё]+)\s+(?P<y2>1[6-9]\d\d|20\d\d)"
    r"(?!\d)",
    re.IGNORECASE,
)


def day_month(m: re.Match[str], ctx: Context) -> Result:
    """ "12 апреля", "12 апреля прошлого года": a yearless day in the year its sentence names
    (rule Y3), or the year of the range's last date after it ("с 3 марта по 5 апреля 2021
    года"), else by rule Y1."""
    if (
        not m["yrel"]
        and (year := v.range_end_year(ctx.text, m.end(), _month(m), _RANGE_LAST, MONTHS))
        is not None
    ):
        return v.explicit_date(year, _month(m), _day(m))
    if _year_of(m, ctx)[0] is not None or _TERM_END.search(
        ctx.text, max(0, m.start() - 40), m.start()
    ):
        return _day_month(m, ctx)
    return in_named_year(ctx, m.span(), _month(m), _day(m))


def _day_month(m: re.Match[str], ctx: Context) -> Plain:
    year, anchored = _year_of(m, ctx)
    if year is not None:
        result = v.explicit_date(year, _month(m), _day(m))
        return (result[0], anchored) if result else None
    ahead = _TERM_END.search(ctx.text, max(0, m.start() - 40), m.start()) is not None
    return v.yearless_date(ctx, m.span(), _month(m), _day(m), ahead=ahead)


def part_then_date(m: re.Match[str], ctx: Context) -> Result:
    """ "утром 12 марта": that part of the day the date gives (a TIME)."""
    day = full(m, ctx) if m["year"] else _day_month(m, ctx)
    if not isinstance(day, tuple) or not re.fullmatch(r"\d{4}-\d{2}-\d{2}", day[0]):
        return None
    return f"{day[0]}T{PARTS[m['part'].lower()]}", day[1], "TIME"


def night_on(m: re.Match[str], ctx: Context) -> Result:
    """ "в ночь на 5 марта": the night that begins on the evening of the 4th, a TIME (the
    evening's day with TNI, as "Monday night" is Monday's); the day takes its year as a
    day alone would ("в ночь на 1 января" in late December is the coming one)."""
    if m["year"]:
        result: Result = v.explicit_date(int(m["year"]), _month(m), _day(m))
    else:
        result = _day_month(m, ctx)
    if not isinstance(result, tuple) or not re.match(r"^\d{4}-\d{2}-\d{2}$", result[0]):
        return None
    day = dt.date.fromisoformat(result[0]) - dt.timedelta(days=1)
    return f"{day.isoformat()}TNI", result[1], "TIME"


_HYPHENED = re.compile(r"([а-яё]+)-$", re.IGNORECASE)


def _range_second(m: re.Match[str], ctx: Context) -> bool | None:
    """Whether a month after a hyphen closes a range ("январь-сентябрь"); None when no
    hyphen comes before it."""
    if ctx.text[m.start() - 1 : m.start()] != "-":
        return None
    before = _HYPHENED.search(ctx.text, max(0, m.start() - 12), m.start())
    return before is not None and before.group(1).lower() in MONTHS


def month_year(m: re.Match[str], ctx: Context) -> Result:
    if _range_second(m, ctx) is False:
        return None
    return v.explicit_date(int(m["year"]), _month(m))


# "за январь", and the second month of "за январь–февраль"; a month whose level a figure is
# compared with ("на уровне мая", "к уровню марта", round 24)
_FOR_FIGURE = re.compile(
    r"(?<![\w-])(?:за|уровн(?:е|ю|я|ем))\s+(?:[а-яё]+\s*[-\u2013\u2014]\s*)?$", re.IGNORECASE
)


def month_only(m: re.Match[str], ctx: Context) -> Result:
    # Russian writes months in lower case: a capitalised one before another capitalised
    # word is a name ("Марта Иванова")
    if m["month"][0].isupper() and re.match(r"\s+[А-ЯЁ]", ctx.text[m.end() :]):
        return None
    if _range_second(m, ctx) is False:
        return None
    year, anchored = _year_of(m, ctx)
    if year is not None:
        return v.ym_value(year, _month(m), anchored)
    if (found := _RANGE_YEAR.match(ctx.text, m.end())) and found["m2"].lower() in MONTHS:
        # "январь–сентябрь прошлого года", "с января по март 2010 года": a month that opens a
        # range takes the year named after the range's last month
        if found["year"]:
            return v.ym_value(int(found["year"]), _month(m), False)
        if ctx.anchor is not None:
            return v.ym_value(ctx.anchor.year + REL_SHIFT[found["yrel"].lower()], _month(m), True)
    if (found := _RANGE_NEXT.match(ctx.text, m.end())) and found["m2"].lower() in MONTHS:
        # "в январе–октябре" with no tense: the year of the range's last month (round 24)
        first = opening_year(ctx, m.span(), _month(m), MONTHS[found["m2"].lower()])
        if first is not None:
            return v.ym_value(first, _month(m), True)
    if _FOR_FIGURE.search(ctx.text, max(0, m.start() - 24), m.start()):
        # "данные за январь", "зарплату за март", "за январь–февраль": the period a figure
        # covers, the latest such month begun whatever the tense, as "January figures" is
        return v.statistic_month(ctx, _month(m))
    return v.apposed_month(ctx, m.span(), _month(m)) or in_named_year(ctx, m.span(), _month(m))


_RANGE_NEXT = re.compile(r"\s*[-\u2013\u2014]\s*(?P<m2>[а-яё]{3,9})(?![\w-])", re.IGNORECASE)
_RANGE_YEAR = re.compile(
    r"\s*(?:[-\u2013\u2014]|по|до|и)\s*(?P<m2>[а-яё]{3,9})\s+(?:(?P<year>1[6-9]\d\d|20\d\d)(?!\d)|"
    rf"(?P<yrel>{'|'.join(sorted(REL_SHIFT, key=len, reverse=True))})(?:ого|его)\s+года)",
    re.IGNORECASE,
)


def school_year(m: re.Match[str], ctx: Context) -> Result:
    """ "в 2023/24 учебном году": valued at its first year, as "зимой 2022/23 года" is."""
    return f"{int(m['year']):04d}", False


def year(m: re.Match[str], ctx: Context) -> Result:
    start = m.start("year")
    before = ctx.text[max(0, start - 12) : start]
    if re.search(r"(?:№|номер\w*|\d[.,]|[$€₽])\s*$", before):
        return None
    after = ctx.text[m.end() : m.end() + 14]
    if not m.group(0)[4:].strip() and re.match(r"\s*(?:человек|рубл|доллар|евро|тонн|км|%)", after):
        return None
    if half := _YEAR_HALF.match(m.group(0)):
        # "в первой половине 2025 года" is the half, as "в первом полугодии 2025 года" is
        return f"{int(m['year']):04d}-H{1 if half['ord'].lower() == 'перв' else 2}", False
    return v.explicit_date(int(m["year"]))


_YEAR_HALF = re.compile(r"(?P<ord>перв|втор)(?:ой|ую)\s+половин", re.IGNORECASE)


def decade(m: re.Match[str], ctx: Context) -> Result:
    digits = m["dec"]
    year = int(digits) if len(digits) == 4 else 1900 + int(digits)
    return v.decade(year), False


def spelled_decade(m: re.Match[str], ctx: Context) -> Result:
    stem = (m["dw0"] or m["dw1"] or m["dw"]).lower()
    return v.spelled_decade(ctx, RU_DECADE_STEMS[stem])


_ROMAN = {"XIX": 19, "XX": 20, "XXI": 21, "XVIII": 18}


def century(m: re.Match[str], ctx: Context) -> Result:
    raw = m["ord"].upper()
    n = _ROMAN.get(raw) or (int(raw) if raw.isdigit() else 0)
    return (v.century(n), False) if n else None


def season(m: re.Match[str], ctx: Context) -> Result:
    code = RU_SEASONS[m["season"].lower()]
    if m["year"]:
        return v.season(ctx, m.span(), code, int(m["year"]), 0)
    year, anchored = _year_of(m, ctx)
    if year is not None:
        return f"{year:04d}-{code}", anchored
    rel = (m["rel"] or "").lower()
    if rel in ("эт", "текущ", "нынешн") and ctx.anchor is not None:
        return f"{ctx.anchor.year:04d}-{code}", True
    return v.season(ctx, m.span(), code, None, REL_SHIFT[rel] if rel else 0)


def quarter(m: re.Match[str], ctx: Context) -> Result:
    word = m["ord"].lower()
    q = next((n for stem, n in RU_ORDINAL_STEMS.items() if word.startswith(stem)), 0)
    if not q and word[0].isdigit():
        q = int(word[0])
    q = q or {"i": 1, "ii": 2, "iii": 3, "iv": 4}.get(word, 0)
    if not 1 <= q <= 4:
        return None
    if m["year"]:
        return v.quarter(ctx, m.span(), q, int(m["year"]))
    year, anchored = _year_of(m, ctx)
    if year is not None:
        return f"{year:04d}-Q{q}", anchored
    return period_in_named_year(ctx, m.span(), f"Q{q}", v.quarter(ctx, m.span(), q, None))


def half(m: re.Match[str], ctx: Context) -> Result:
    word = m["ord"].lower()
    h = 1 if word.startswith(("перв", "1")) or word == "i" else 2
    if m["year"]:
        return f"{m['year']}-H{h}", False
    year, anchored = _year_of(m, ctx)
    if year is None and m["part"].lower().startswith("полугод") and ctx.anchor is not None:
        # "во втором полугодии": of the year the story is in, or in a past clause the one its
        # paragraph reports ("первая половина" alone is half of anything)
        plain = f"{ctx.anchor.year:04d}-H{h}", True
        return period_in_named_year(ctx, m.span(), f"H{h}", plain)
    if year is None:
        return None
    return f"{year:04d}-H{h}", anchored


def relative_unit(m: re.Match[str], ctx: Context) -> Result:
    code, mult = RU_UNITS[m["unit"].lower()]
    shift = REL_SHIFT[m["rel"].lower()]
    narrative = m["rel"].lower() in _NARRATIVE and code in _UNIT_CODE and mult == 1
    if narrative and (shift < 0 or ctx.tense(*m.span()) == "past"):
        # "на следующий день его задержали", "в предыдущем месяце": counted from the time
        # the passage talks about (P1), as "the following day" is
        return v.counted(ctx, m.span(), code, shift)
    if code == "Y" and mult == 10:
        return v.shifted(ctx, "DE", shift)
    if code == "Y" and mult == 100:
        return v.shifted(ctx, "CE", shift)
    if code not in _UNIT_CODE:
        return None
    return v.quoted_shift(ctx, m.span(), code, shift)


def relative_quarter(m: re.Match[str], ctx: Context) -> Result:
    """ "в прошлом квартале", "в текущем квартале": the anchor's quarter moved (rule R1); "в
    предыдущем квартале" the one before the quarter a results story reports (P2)."""
    rel = m["rel"].lower()
    if rel == "предыдущ":
        return v.quarter_before_reported(ctx)
    if rel in _NARRATIVE and ctx.tense(*m.span()) == "past":
        return None  # "в следующем квартале выросла": counted from a quarter told, not known
    return v.shifted(ctx, "Q", REL_SHIFT[rel], "XXXX-QX")


def relative_half(m: re.Match[str], ctx: Context) -> Result:
    """ "в прошлом полугодии", "в текущем полугодии": the anchor's half-year moved, as
    ``relative_quarter`` moves its quarter."""
    rel = m["rel"].lower()
    if rel == "предыдущ" or (rel in _NARRATIVE and ctx.tense(*m.span()) == "past"):
        return None  # counted from a half-year told, not known
    return v.shifted(ctx, "H", REL_SHIFT[rel], "XXXX-HX")


def new_year(m: re.Match[str], ctx: Context) -> Result:
    """ "в новом году" (``values.coming_year``)."""
    return v.coming_year(ctx)


def _amount(word: str | None) -> float | None:
    if not word:
        return 1
    lowered = word.lower()
    if lowered in RU_VAGUE:
        return None
    if re.fullmatch(r"\d+,\d", lowered):  # "8,5 года": a decimal comma
        return float(lowered.replace(",", "."))
    return number(re.sub(r"\s", "", lowered), NUMBERS)


def ago(m: re.Match[str], ctx: Context) -> Result:
    if m["half"]:
        return v.shifted(ctx, "M", -6)  # "полгода назад", at a month's precision
    code, mult = RU_UNITS[m["unit"].lower()]
    amount = _amount(m["num"])
    if (
        amount is not None
        and code == "Y"
        and mult == 1
        and not float(amount).is_integer()
        and float(amount * 12).is_integer()
    ):
        # "полтора года назад": a fraction of a year counted in months, at a month's
        # precision, as "half a year ago" is
        return v.shifted(ctx, "M", -int(amount * 12))
    if amount is None or code not in _UNIT_CODE or not float(amount).is_integer():
        return "PAST_REF", False
    return v.shifted(ctx, code, -int(amount) * mult)


def and_a_half(m: re.Match[str], ctx: Context) -> Result:
    """ "два с половиной года": the count and a half; with "назад" a date, as "полтора года
    назад" is."""
    code, mult = RU_UNITS[m["unit"].lower()]
    amount = _amount(m["num"])
    if amount is None or amount > 1000:
        return None
    return v.and_a_half(ctx, amount, code, mult, bool(m["ago"]))


_AFTER_EVENT = re.compile(r"\s+после(?![\w-])", re.IGNORECASE)


def in_future(m: re.Match[str], ctx: Context) -> Result:
    """ "через два года", "через полгода": the anchor moved forward (R1); in a past clause
    ("Через пять недель он погиб") the time the passage talks about moved forward (P1)."""
    # the span follows "через ", itself a future cue: the tense is the clause's other words
    past = ctx.tense(m.start() - len("через "), m.end()) == "past"
    if _AFTER_EVENT.match(ctx.text, m.end()):
        # "через неделю после выборов": the time after an event, a duration, as "a month
        # after the vote" is (TimeBank)
        if m["unit"] is None:
            return "P6M", False, "DURATION"
        code, mult = RU_UNITS[m["unit"].lower()]
        code, mult = ("M", 3 * mult) if code == "Q" else (code, mult)
        return v.duration(_amount(m["num"]), code, mult), False, "DURATION"
    # the count's span with its "через", so that the past is read past that future cue: with no
    # time told before it, a past "через неделю" is an unknown week, not the anchor's next
    told = (m.start() - len("через "), m.end())
    if m["unit"] is None:
        return v.counted(ctx, told, "M", 6) if past else v.shifted(ctx, "M", 6, "XXXX-XX")
    code, mult = RU_UNITS[m["unit"].lower()]
    amount = _amount(m["num"])
    # "через полтора года": a fraction of a year counted in months, as "полтора года назад" is
    if (
        amount is not None
        and code == "Y"
        and mult == 1
        and not past
        and not float(amount).is_integer()
        and float(amount * 12).is_integer()
    ):
        return v.shifted(ctx, "M", int(amount * 12))
    if amount is None or code not in _UNIT_CODE or not float(amount).is_integer():
        return "FUTURE_REF", False
    if past:
        return v.counted(ctx, told, code, int(amount) * mult)
    return v.shifted(ctx, code, int(amount) * mult)


_THAT_PARTS = {"вечер": "EV", "утро": "MO", "ночь": "NI"}
_SAME_PARTS = {"вечером": "EV", "утром": "MO", "ночью": "NI"}


def that_part(m: re.Match[str], ctx: Context) -> Result:
    """ "в тот день", "в тот вечер", "в ту ночь", "в ту же ночь", "той же ночью": the day the
    passage talks about (P1), or that part of it, as "that evening" is."""
    if m["x2"]:
        return v.part_of_told_day(ctx, m.span("x2"), 0, _SAME_PARTS[m["part2"].lower()])
    if m["x3"]:
        # "в том году", "в том месяце": the year or month told, as English "that year"
        unit = (m["unit3"] or m["unit4"]).lower()
        if unit.startswith("год"):
            return v.counted(ctx, m.span("x3"), "Y", 0).at_year()
        return v.counted(ctx, m.span("x3"), "M", 0)
    word = m["part"].lower()
    if word == "день":
        return v.counted(ctx, m.span("x"), "D", 0)
    return v.part_of_told_day(ctx, m.span("x"), 0, _THAT_PARTS[word])


def same_unit(m: re.Match[str], ctx: Context) -> Result:
    """ "в тот же день", "в том же месяце": the time the passage talks about (P1)."""
    code, mult = RU_UNITS[m["unit"].lower()]
    if code not in _UNIT_CODE or mult != 1:
        return None
    return v.counted(ctx, m.span(), code, 0)


def part_of(m: re.Match[str], ctx: Context) -> Result:
    """ "начала года", "конца недели": the current unit (or the one "прошлого" names). In a
    past-tense clause, a month without "этого" or "прошлого" is the month the passage talks
    about (P1): "узнали в конце августа ... погиб в середине месяца" is mid-August."""
    code, mult = RU_UNITS[m["unit"].lower()]
    if code == "Y" and mult in (10, 100):
        # "в середине прошлого века", "в конце прошлого десятилетия": that century or decade
        shift = REL_SHIFT[m["rel"].lower()] if m["rel"] else 0
        return v.shifted(ctx, "CE" if mult == 100 else "DE", shift)
    if code == "M" and not m["rel"] and ctx.tense(*m.span()) == "past":
        return v.counted(ctx, m.span(), code, 0)
    shift = REL_SHIFT[m["rel"].lower()] if m["rel"] else 0
    part = m.group(0)[:3].lower()
    return v.shifted(ctx, code, shift + v.end_shift(ctx, m.span(), part, code, m["rel"]))


def weekend(m: re.Match[str], ctx: Context) -> Result:
    """ "в выходные", "на прошлых выходных": the weekend of the anchor's week; in a past
    clause written on a weekday, the weekend just gone (the week before)."""
    shift = REL_SHIFT[m["rel"].lower()] if m["rel"] else 0
    day = ctx.anchor.date if ctx.anchor is not None else None
    if m["near"]:
        # "в ближайшие выходные": the coming weekend, the next week's when written on a Sunday
        shift = 1 if day is not None and day.weekday() == 6 else 0
    elif m["this"]:
        shift = 0
    elif not m["rel"] and day is not None and day.weekday() < 5 and ctx.tense(*m.span()) == "past":
        shift = -1
    value = v.shifted(ctx, "W", shift, "XXXX-WXX")
    return (f"{value[0]}-WE", value[1]) if value else None


# an age is no time (the guidelines leave ages unmarked, as "a 40-year-old"): "в возрасте 67
# лет", "ей исполнилось 18 лет", "Ему 23 года"
# ("ему" opens its clause: "Суд назначил ему четыре года" is a term, russian_dev)
_AGE_BEFORE = re.compile(
    r"(?i)(?:(?<![\w-])в\s+возрасте(?:\s+(?:от|до|около|почти|свыше|старше))?|исполнил(?:ось|ся|ась)|"
    r"исполнится|исполняется|(?:^|(?<=[.!?,\u2014\u2013\n])\s*|(?<=\s[-\u2014\u2013])\s*)"
    r"(?:ему|ей|им)(?:\s+(?:было|будет|уже|всего|почти))?)\s+$"
)
# a term, not an age: "10 лет лишения свободы", "четыре года колонии"
_TERM_AFTER = re.compile(r"\s+(?:лишения|колони|тюрьм|заключени|условно|строгого|общего)", re.I)


def duration(m: re.Match[str], ctx: Context) -> Result:
    code, mult = RU_UNITS[m["unit"].lower()]
    if code == "Q":
        code, mult = "M", 3 * mult
    amount = _amount(m["num"])
    if amount is not None and amount > 1000:
        return None
    if re.match(r"\s+назад", ctx.text[m.end() :]):
        return None
    if (
        code == "Y"
        and _AGE_BEFORE.search(ctx.text, max(0, m.start() - 30), m.start())
        and not _TERM_AFTER.match(ctx.text, m.end())
    ):
        return None
    return v.duration(amount, code, mult), False


def duration_pair(m: re.Match[str], ctx: Context) -> Result:
    """ "трём годам и шести месяцам", "9 годам 6 месяцам": two counts of a larger and a smaller
    unit, one duration (P3Y6M); a vague count, units out of order or, without "и", a first
    count past 99 (a year's number: "в 2023 году 5 месяцев") are not one."""
    if " и " not in m.group() and (_amount(m["num"]) or 0) > 99:
        return None
    parts = []
    for num, unit in ((m["num"], m["unit"]), (m["num2"], m["unit2"])):
        code, mult = RU_UNITS[unit.lower()]
        amount = _amount(num)
        if amount is None:
            return None
        parts.append(
            v.duration(amount, "M", 3 * mult) if code == "Q" else v.duration(amount, code, mult)
        )
    return v.joined_duration(*parts)


def half_year(m: re.Match[str], ctx: Context) -> Result:
    return "P6M", False


def day_word(m: re.Match[str], ctx: Context) -> Result:
    days = {"сегодня": 0, "вчера": -1, "накануне": -1, "завтра": 1, "позавчера": -2,
            "послезавтра": 2}  # fmt: skip
    shift = days[m["dw"].lower()]
    part = m["part"]
    if part:
        return v.as_time(v.day_part(ctx, shift, PARTS[part.lower()]))
    return v.shifted(ctx, "D", shift, "XXXX-XX-XX")


def eve_before_word(m: re.Match[str], ctx: Context) -> Result:
    """ "накануне" before a word: the day before, unless that word may be the genitive a
    preposition "накануне" governs ("накануне выборов")."""
    from dossier.temporal.russian import may_be_genitive  # the morphology lives there

    if m["next"].lower() not in _PREPOSITIONS and may_be_genitive(m["next"]):
        return None
    return v.shifted(ctx, "D", -1, "XXXX-XX-XX")


# Prepositions: "накануне" before one is the adverb ("Накануне в Томске ввели карантин"); some
# read as a genitive noun too ("в" as volts), which the genitive test would keep.
_PREPOSITIONS = frozenset(
    [
        "в",
        "во",
        "на",
        "у",
        "с",
        "со",
        "к",
        "ко",
        "по",
        "из",
        "за",
        "под",
        "над",
        "о",
        "об",
        "обо",
        "при",
        "от",
        "до",
        "для",
        "без",
        "через",
        "около",
        "после",
    ]
)


_SET_STEMS = {
    "ежедневн": "P1D", "еженедельн": "P1W", "ежемесячн": "P1M", "ежегодн": "P1Y",
    "ежечасн": "PT1H", "ежеквартальн": "P3M",
}  # fmt: skip
_SET_UNITS = {
    "день": "P1D", "сутки": "P1D", "неделю": "P1W", "месяц": "P1M", "год": "P1Y", "час": "PT1H",
    "квартал": "P3M", "полгода": "P6M",
}  # fmt: skip


def set_adverb(m: re.Match[str], ctx: Context) -> Result:
    word = m["sw"].lower()
    return next(((val, False) for stem, val in _SET_STEMS.items() if word.startswith(stem)), None)


# "по понедельникам", "по утрам": a repeated day or part of day
PLURAL_SETS = {
    "понедельникам": "XXXX-WXX-1", "вторникам": "XXXX-WXX-2", "средам": "XXXX-WXX-3",
    "четвергам": "XXXX-WXX-4", "пятницам": "XXXX-WXX-5", "субботам": "XXXX-WXX-6",
    "воскресеньям": "XXXX-WXX-7", "утрам": "XXXX-XX-XXTMO", "вечерам": "XXXX-XX-XXTEV",
    "ночам": "XXXX-XX-XXTNI", "выходным": "XXXX-WXX-WE",
}  # fmt: skip


def day_of_every_month(m: re.Match[str], ctx: Context) -> Result:
    """ "24-го числа каждого месяца": ``values.day_of_every_month``."""
    return v.day_of_every_month(int(m["day"]))


def day_of_month(m: re.Match[str], ctx: Context) -> Result:
    """ "24-го числа": ``values.day_of_told_month``, as "on the 14th" is."""
    return v.day_of_told_month(ctx, m.span(), int(m["day"]))


# the night, evening or morning a relative word names: "минувшей ночью" the night before the
# anchor's day ends (as "overnight" is); "этой ночью" that night too in a past clause, else the
# coming one; "вчерашним вечером" the day before's evening, "этим утром" the anchor's morning
_REL_PART_BACK = ("прошлой", "минувшей", "вчерашней", "прошлым", "вчерашним")


def rel_part(m: re.Match[str], ctx: Context) -> Result:
    part = PARTS[m["part"].lower()]
    rel = m["rel"].lower()
    back = rel in _REL_PART_BACK or (part == "NI" and ctx.tense(*m.span()) == "past")
    return v.day_part(ctx, -1 if back else 0, part)


_EVERY_SEASON = {"весну": "SP", "лето": "SU", "осень": "FA", "зиму": "WI"}


def set_every(m: re.Match[str], ctx: Context) -> Result:
    if m["sp"]:
        return PLURAL_SETS[m["sp"].lower()], False
    word = m["sw"].lower()
    if word in RU_WEEKDAYS:
        return f"XXXX-WXX-{RU_WEEKDAYS[word] + 1}", False
    if word == "утро":
        return "XXXX-XX-XXTMO", False
    if word == "вечер":
        return "XXXX-XX-XXTEV", False
    if word == "выходные":
        return "XXXX-WXX-WE", False
    if word in _EVERY_SEASON:  # "каждую весну"
        return f"XXXX-{_EVERY_SEASON[word]}", False
    if word in MONTHS:  # "каждый январь"
        return f"XXXX-{MONTHS[word]:02d}", False
    return _SET_UNITS.get(word), False  # type: ignore[return-value]


# an amount, perhaps with what it counts: "3100 долларов в месяц", "100 тысяч человек в год",
# "5 миллионов тонн стали в год"
_AMOUNT_BEFORE = re.compile(
    r"(?:\d|рубл\w*|доллар\w*|евро|сом\w*|[$€₽]|тысяч\w*|миллион\w*|миллиард\w*|млн|млрд|"
    r"процент\w*)\W*(?:\s+[а-яё]+){0,2}\s+$",
    _F,
)
_AMOUNT_AFTER = re.compile(r"\s+(?:[а-яё]+\s+){0,2}\d|\s+(?:около|более|менее|почти)\s", _F)


def every_n(m: re.Match[str], ctx: Context) -> Result:
    """ "раз в два года" -> P2Y: a rate over several units."""
    code, mult = RU_UNITS[m["unit"].lower()]
    if code == "Q":
        code, mult = "M", 3 * mult
    return v.duration(_amount(m["num"]), code, mult), False


# a distance before "в час" makes a speed, a measure and no time ("90 километров в час")
_SPEED = re.compile(r"(?i)(?<![\w-])(?:километр\w*|км|метр\w*|миль|милях|милям|узл\w*)\s+$")


def rate(m: re.Match[str], ctx: Context) -> Result:
    """ "3100 долларов в месяц", "раз в неделю", "в год около семи миллионов": a rate
    needs a count ("раз") or an amount next to it, and is no speed."""
    before = ctx.text[max(0, m.start() - 32) : m.start()]
    if _SPEED.search(before):
        return None
    if m["times"] or _AMOUNT_BEFORE.search(before) or _AMOUNT_AFTER.match(ctx.text, m.end()):
        return _SET_UNITS[m["sw"].lower()], False
    return None


_PAST_REFS = ("прошлом", "недавно", "днях", "последнее время")
_FUTURE_REFS = ("будущем", "скорее", "ближайшее время", "скором времени")


def ref(m: re.Match[str], ctx: Context) -> Result:
    word = re.sub(r"\s+", " ", m["x"].lower())
    if word.endswith(_PAST_REFS):
        return "PAST_REF", False
    if word.endswith(_FUTURE_REFS):
        return "FUTURE_REF", False
    return "PRESENT_REF", False


def counted(m: re.Match[str], ctx: Context) -> Result:
    """ "годом ранее", "двумя годами позже", "три года спустя": the time the passage talks
    about moved by that many units (rule P1)."""
    if m["dir"].lower() == "спустя" and _AFTER_EVENT.match(ctx.text, m.end()):
        return None  # "спустя год после наводнения": a duration (rule "counted_before_event")
    code, mult = RU_UNITS[m["unit"].lower()]
    amount = _amount(m["num"])
    sign = -1 if m["dir"].lower() in ("ранее", "раньше") else 1
    if code not in _UNIT_CODE or amount is None or not float(amount).is_integer():
        return ("PAST_REF" if sign < 0 else "FUTURE_REF"), False
    return v.counted(ctx, m.span(), code, sign * int(amount) * mult)


def same_period(m: re.Match[str], ctx: Context) -> Result:
    """ "аналогичный период прошлого года", "тот же квартал прошлого года" (rule P2)."""
    quarter = m["unit"].lower().startswith("квартал")
    year = int(m["year"]) if m["year"] else None
    return v.year_earlier_period(ctx, m.start(), quarter_only=quarter, year=year)


def vague(m: re.Match[str], ctx: Context) -> Result:
    """ "ближайшие дни", "годами": an unspecified number of the unit (PXD, PXY); decades and
    centuries as English writes them ("десятилетиями", "for decades": PXDE)."""
    code, mult = RU_UNITS[m["unit"].lower()]
    if code == "Y" and mult in (10, 100):
        return ("PXDE" if mult == 10 else "PXCE"), False
    return v.duration(None, code), False


def half_of_day(m: re.Match[str], ctx: Context) -> Result:
    """ "во второй половине дня": the afternoon (TAF) of the anchor day, "в первой половине
    дня" its morning (TMO), as "днём", "утром" are."""
    return v.as_time(v.day_part(ctx, 0, "MO" if m["ord"].lower() == "перв" else "AF"))


def ordinal_day(m: re.Match[str], ctx: Context) -> Result:
    """ "на третий день мобилизации": ``values.ordinal_day``."""
    return v.ordinal_day(ctx, m.span("x"), RU_DAY_ORDINALS[m["ord"].lower()])


def morning_word(m: re.Match[str], ctx: Context) -> Result:
    """ "на рассвете", "под утро": ``values.morning_told``."""
    quoted = "x" if m["x"] else "x2" if m["x2"] else 0
    return v.morning_told(ctx, m.span(quoted))


def evening_word(m: re.Match[str], ctx: Context) -> Result:
    """ "к вечеру": the evening of the day the passage talks about, as "at dusk" is."""
    return v.part_of_told_day(ctx, m.span("x"), 0, "EV")


def part_same_day(m: re.Match[str], ctx: Context) -> Result:
    """ "вечером того же дня": that part of the day the passage talks about."""
    return v.part_of_told_day(ctx, m.span(), 0, PARTS[m["part"].lower()])


# a date set off after a part of the day: "прошла вечером, 2 января" (round 22)
_DATE_AFTER_COMMA = re.compile(r",\s*(?P<day>[0-3]?\d)\s+(?P<month>[а-яё]+)(?:\s+(?P<year>\d{4}))?")


def part_of_day(m: re.Match[str], ctx: Context) -> Result:
    """ "Ночью ожидается снег": that part of the anchor day; before a date set off by a comma
    ("прошла вечером, 2 января"), that part of the date's day."""
    part = PARTS[m["part"].lower()]
    after = _DATE_AFTER_COMMA.match(ctx.text, m.end())
    month = MONTHS.get(after["month"].lower()) if after else None
    if after is not None and month is not None:
        if after["year"]:
            day = v.explicit_date(int(after["year"]), month, int(after["day"]))
        else:
            day = v.yearless_date(ctx, after.span(), month, int(after["day"]))
        if isinstance(day, tuple) and re.fullmatch(r"\d{4}-\d{2}-\d{2}", day[0]):
            return f"{day[0]}T{part}", day[1], "TIME"
    return v.day_part(ctx, 0, part)


def same_year(m: re.Match[str], ctx: Context) -> Result:
    """ "30 декабря того же года", "в мае того же года": ``clause_year.in_year_told``."""
    day = _day(m) if m["day"] or m["dayw"] else None
    return in_year_told(ctx, m.span(), _month(m), day)
