"""Normalisers of the English rules: from a match and its context to a TIMEX3 value.

Each function takes the match of one pattern of :mod:`dossier.temporal.english` and
returns ``(value, anchored)`` (see :mod:`dossier.temporal.values`) or None to reject it.
"""

from __future__ import annotations

import re

from dossier.lang import get_language
from dossier.temporal import values as v
from dossier.temporal.clause_year import in_named_year, in_year_told
from dossier.temporal.engine import Context, Refer, Result
from dossier.temporal.engine import quoted_span as span_of
from dossier.temporal.lexicon import (
    EN_DECADE_WORDS,
    EN_ORDINALS,
    EN_SEASONS,
    EN_UNITS,
    EN_VAGUE,
    EN_WEEKDAYS,
    number,
)
from dossier.temporal.month_range import opening_year

_ENGLISH = get_language("en")
MONTHS = _ENGLISH.month_words
NUMBERS = _ENGLISH.count_words  # "ten", "a couple of", "a dozen"

_PARTS = {"morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI", "tonight": "NI"}
# a count's noun is on the number's own line: "Ready for 2000" closing a headline is a
# year even when the dateline below opens "NEW YORK"
_COUNTED = re.compile(
    r"[^\S\n]+(?:people|persons|men|women|children|soldiers|troops|migrants|workers|residents|"
    r"cases|units|tons|tonnes|km|kilometers|miles|meters|feet|votes|jobs|members|employees|"
    # ("more" counts, "more than" compares: "during the first 10 months of 2011 more than 674,000
    # migrated" is a year)
    r"deaths|times|homes|families|rubles|dollars|euros|new|more(?!\s+than\b)|or\s+so|and\s+\d)\b",
    re.IGNORECASE,
)
_QUANTIFIED = re.compile(
    r"(?:about|some|nearly|over|than|least|up\s+to|almost|around|roughly|approximately|No\.|"
    r"number|#|[$€£]|\d[.,]|page|pages|Room|Flight|route|Highway|model)\s*$",
    re.IGNORECASE,
)


def _month(m: re.Match[str]) -> int:
    return MONTHS[m.group("month").rstrip(".").lower()]


def full_date(m: re.Match[str], ctx: Context) -> Result:
    return v.stamped(v.explicit_date(int(m["year"]), _month(m), int(m["day"])), m)


def dotted(m: re.Match[str], ctx: Context) -> Result:
    """ "05.03.2024": day first, as the sites that write dots do (the US writes slashes)."""
    return v.stamped(v.explicit_date(int(m["y"]), int(m["mo"]), int(m["d"])), m)


# a date after a possessive names an event, with no tense of its own ("will study the
# minutes of the Fed's Dec. 17 meeting"), as a possessive weekday does
_OWNER = re.compile(r"\w['’]s\s+$")


# the last date of a range, with its year, after a yearless first: "Sept. 21 to Oct. 28, 2022"
_RANGE_LAST = re.compile(
    r"\s*(?:-|\u2013|\u2014|to|until|till|through|and)\s+(?:the\s+)?"
    r"(?:(?P<ma>[A-Z][a-z]+)\.?\s+\d{1,2}(?:st|nd|rd|th)?|\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?"
    r"(?P<mb>[A-Z][a-z]+)\.?),?\s+(?P<y2>1[6-9]\d\d|20\d\d)\b"
)


def month_day(m: re.Match[str], ctx: Context) -> Result:
    if m.groupdict().get("yrel") and ctx.anchor is not None:  # "Jan. 1 next year"
        year = ctx.anchor.year + _YEAR_SHIFT[m["yrel"].lower()]
        return v.explicit_date(year, _month(m), int(m["day"]))
    # "from Sept. 21 to Oct. 28, 2022": the range's year
    last = v.range_end_year(ctx.text, m.end(), _month(m), _RANGE_LAST, MONTHS)
    if last is not None:
        return v.explicit_date(last, _month(m), int(m["day"]))
    owned = _OWNER.search(ctx.text, max(0, m.start() - 4), m.start()) is not None
    return in_named_year(ctx, span_of(m), _month(m), int(m["day"]), neutral=owned)


def iso(m: re.Match[str], ctx: Context) -> Result:
    return v.explicit_date(int(m["y"]), int(m["mo"]), int(m["d"]))


def us_numeric(m: re.Match[str], ctx: Context) -> Result:
    """ "5/3/2024" month first, as the US writes it; "25/03/2024", whose first number cannot be a
    month, day first, as British, South and Central Asian sites write it (round 23)."""
    year = int(m["y"])
    year += 2000 if year < 50 else 1900 if year < 100 else 0
    month, day = int(m["mo"]), int(m["d"])
    if month > 12 >= day:
        month, day = day, month
    return v.stamped(v.explicit_date(year, month, day), m)


def month_year(m: re.Match[str], ctx: Context) -> Result:
    return v.explicit_date(int(m["year"]), _month(m))


_YEAR_SHIFT = {"last": -1, "this": 0, "next": +1}


# a month after a hyphen is a range's second only after another month: "January-February"
_MONTH_HYPHEN = re.compile(r"\b(?:" + "|".join(m.title() for m in MONTHS) + r")\.?-$")


def month_only(m: re.Match[str], ctx: Context) -> Result:
    if ctx.text[m.start() - 1 : m.start()] == "-" and not _MONTH_HYPHEN.search(
        ctx.text, max(0, m.start() - 12), m.start()
    ):
        return None
    if m["yrel"]:  # "in March last year": that year's March, whatever the tense
        if ctx.anchor is None:
            return f"XXXX-{_month(m):02d}", False
        year = ctx.anchor.year + _YEAR_SHIFT[m["yrel"].lower()]
        return v.explicit_date(year, _month(m))[0], True  # type: ignore[index]
    rel = (m["rel"] or "").lower()
    if rel in ("last", "past"):
        return v.month_relative(ctx, _month(m), -1)
    if rel in ("next", "coming"):
        return v.month_relative(ctx, _month(m), +1)
    if rel == "this":
        return v.month_relative(ctx, _month(m), 0)
    # "May" opens many sentences as a modal verb: "May I ...", "May God ..."; after a
    # preposition it is the month ("In May he signed a contract")
    if (
        m["month"] == "May"
        and re.match(r"\s+(?:I|we|you|he|she|it|they|God|be)\b", ctx.text[m.end() :])
        and not _DATE_BEFORE.search(ctx.text, max(0, m.start() - 12), m.start())
    ):
        return None
    # a first name: "chief executive Jan Olsen", "April Ryan said" (a month before a
    # capitalised word is a date only after a preposition: "In May Russia began")
    if (
        not m.group(0)[: m.start("month") - m.start()].strip()
        and (after := _NAME_AFTER.match(ctx.text, m.end())) is not None
        and after.group(1).lower() not in MONTHS
        and not _DATE_BEFORE.search(ctx.text, max(0, m.start() - 12), m.start())
    ):
        return None
    if (range_year := _range_year(m, ctx)) is not None:
        return v.explicit_date(range_year, _month(m))[0], True  # type: ignore[index]
    if (found := _RANGE_NEXT.match(ctx.text, m.end())) and found["m2"].lower() in MONTHS:
        # "January-October data show" with no tense: the last month's year (round 24)
        first = opening_year(ctx, span_of(m), _month(m), MONTHS[found["m2"].lower()])
        if first is not None:
            return v.explicit_date(first, _month(m))[0], True  # type: ignore[index]
    if _STATISTIC.match(ctx.text, m.end()):
        return v.statistic_month(ctx, _month(m))
    if _STATISTIC_FOR.search(ctx.text, max(0, m.start() - 60), m.start()) and (
        ctx.anchor is not None
        and ctx.anchor.month is not None
        and (ctx.anchor.month - _month(m)) % 12 <= 2
    ):
        # "the trade deficit for August is expected": a figure comes out in the weeks
        # after its month, so one of the last three months begun is that month (a month
        # further back or still ahead is left to the tense: "exports for January" in late
        # December are a forecast)
        return v.statistic_month(ctx, _month(m))
    if _DELIVERY.match(ctx.text, m.end()):
        # "crude for October delivery": a futures contract's month is still ahead
        return v.yearless_date(ctx, span_of(m), _month(m), None, ahead=True)
    return v.apposed_month(ctx, span_of(m), _month(m)) or in_named_year(ctx, span_of(m), _month(m))


_RANGE_NEXT = re.compile(r"\s*[-\u2013\u2014]\s*(?P<m2>[A-Z][a-z]{2,8})\b")
# A month that opens a range takes the year named after the range's last month: "from
# January to March of last year", "between June and August 2009", "January-September 2010".
_RANGE_YEAR = re.compile(
    r"\s*(?:[-\u2013\u2014]|(?i:to|through|thru|until|till|and))\s*(?P<m2>[A-Z][a-z]{2,8})\.?"
    r"(?:\s+[0-3]?\d)?,?\s+(?:(?i:of)\s+)?(?:(?P<year>1[6-9]\d\d|20\d\d)(?!\d)|"
    r"(?P<yrel>(?i:last|this|next))\s+year\b)"
)


def _range_year(m: re.Match[str], ctx: Context) -> int | None:
    found = _RANGE_YEAR.match(ctx.text, m.end())
    if found is None or found["m2"].lower() not in MONTHS:
        return None
    if found["year"]:
        return int(found["year"])
    return ctx.anchor.year + _YEAR_SHIFT[found["yrel"].lower()] if ctx.anchor else None


# A month before the name of a figure is the period it measures ("October retail sales",
# "the November jobs report", "May employment"): figures come out once their month has begun.
# So is a month whose level a figure is compared with ("return to March levels", "near May's
# level", round 24).
_STATISTIC = re.compile(
    r"(?i)(?:['\u2019]s)?\s+(?:(?:retail|consumer|producer|industrial|factory|housing|home|car|auto|vehicle|"
    r"jobs?|trade|price|inflation|employment|unemployment|manufacturing|export|import|sales)\s+)*"
    r"(?:sales|figures|data|employment|payrolls|inflation|exports|imports|output|production|"
    r"numbers|statistics|orders|starts|unemployment|jobs\s+report|report|index|trade\s+deficit|"
    r"deficit|surplus|reading|levels?)\b"
)
# The figure's name before the month: "the trade deficit for August", "figures for May",
# "sales of new homes for May" (up to three words of what is measured after "of")
_STATISTIC_FOR = re.compile(
    r"(?i)\b(?:sales|figures|data|employment|payrolls|inflation|exports|imports|output|"
    r"production|numbers|statistics|starts|unemployment|report|index|deficit|surplus|"
    r"reading|results|earnings)(?:\s+of\s+[\w-]+(?:\s+[\w-]+){0,2}?)?\s+for\s+$"
)
_DELIVERY = re.compile(r"(?i)\s+(?:delivery|contracts?|futures)\b")
_NAME_AFTER = re.compile(r"\s+([A-Z][a-z]+)")
_DATE_BEFORE = re.compile(
    r"(?i)\b(?:in|since|until|till|by|from|of|through|during|to|before|after|early|late|mid|"
    r"last|next|this|and|or)[\s-]+$"
)


# "since at least 2008", "back to at least 1995": "at least" before a year after a word of
# time is the year's hedge, not a count's
_HEDGED_YEAR = re.compile(
    r"(?i)\b(?:since|from|until|till|through|to|before|after|in)\s+at\s+least\s+$"
)


def year(m: re.Match[str], ctx: Context) -> Result:
    start = m.start("year")
    if _COUNTED.match(ctx.text, m.end()):
        return None
    if _QUANTIFIED.search(ctx.text, max(0, start - 16), start) and not _HEDGED_YEAR.search(
        ctx.text, max(0, start - 24), start
    ):
        return None
    return v.explicit_date(int(m["year"]))


def decade(m: re.Match[str], ctx: Context) -> Result:
    return v.decade(int(m["dec"])), False


# weather copy gives temperatures in decades: "highs in the sixties"
_TEMPERATURE = re.compile(
    r"(?i)\b(?:highs?|lows?|temperatures?|degrees|readings?|thermometers?)\b[^.;]{0,30}$"
)


def spelled_decade(m: re.Match[str], ctx: Context) -> Result:
    if _TEMPERATURE.search(ctx.text, max(0, m.start() - 50), m.start()):
        return None
    return v.spelled_decade(ctx, EN_DECADE_WORDS[m["dw"].lower()])


# a century named by its place ("the last century") is read by rule relative_unit
_CENTURY_PLACE = ("last", "next", "this", "past", "previous", "coming", "current", "following")


def century(m: re.Match[str], ctx: Context) -> Result:
    word = m["ord"].lower()
    if word in _CENTURY_PLACE:
        return None
    n = EN_ORDINALS.get(word) or int(re.sub(r"\D", "", word) or 0)
    return (v.century(n), False) if n else None


def the_century(m: re.Match[str], ctx: Context) -> Result:
    """ "the worst storm of the century": the century the text is written in."""
    return v.shifted(ctx, "CE", 0)


def the_decade(m: re.Match[str], ctx: Context) -> Result:
    """ "the rest of the decade": the decade the text is written in, as "the century" is."""
    return v.shifted(ctx, "DE", 0)


def season_year(m: re.Match[str], ctx: Context) -> Result:
    return v.season(ctx, span_of(m), EN_SEASONS[m["season"].lower()], int(m["year"]), 0)


def season_of_rel(m: re.Match[str], ctx: Context) -> Result:
    """ "the spring of last year": that season of the year named by its place."""
    if ctx.anchor is None:
        return None
    year = ctx.anchor.year + _YEAR_SHIFT[m["yrel"].lower()]
    return f"{year:04d}-{EN_SEASONS[m['season'].lower()]}", True


_THAT_CONJUNCTION = re.compile(
    r"(?i)\b(?:said|says|say|told|tells|reported|reports|announced|noted|added|stated|"
    r"showed|shows|found|finds|warned|believes?|believed|thinks?|thought|knows?|knew|"
    r"expects?|expected|estimated|predicted|argued|claimed|insisted|hopes?|hoped)\s+$"
)


def that_period(m: re.Match[str], ctx: Context) -> Result:
    """ "that August", "that spring": the month or season of the year the passage tells
    (the latest year named before it, in its paragraph or the one before), else as the
    month or season alone. After a verb of saying or knowing "that" is a conjunction
    ("said that March sales rose"): no match, the month is read alone."""
    if _THAT_CONJUNCTION.search(ctx.text, max(0, m.start() - 24), m.start()):
        return None
    if m["month"]:
        month = _month(m)
        return v.that_period(
            ctx, span_of(m), f"{month:02d}", v.yearless_date(ctx, span_of(m), month, None)
        )
    code = EN_SEASONS[(m["season"] or m["vseason"]).lower()]
    return v.that_period(ctx, span_of(m), code, v.season(ctx, span_of(m), code, None, 0))


def season_rel(m: re.Match[str], ctx: Context) -> Result:
    rel = (m.groupdict().get("rel") or "").lower()
    code = EN_SEASONS[m["season"].lower()]
    if rel == "this" and ctx.anchor is not None:
        return f"{ctx.anchor.year:04d}-{code}", True
    direction = -1 if rel in ("last", "past") else 1 if rel in ("next", "coming") else 0
    return v.season(ctx, span_of(m), code, None, direction)


_REL_SHIFT = {"this": 0, "current": 0, "last": -1, "past": -1, "previous": -1, "next": 1}
_UNIT_CODE = {
    "week": "W",
    "month": "M",
    "year": "Y",
    "decade": "DE",
    "century": "CE",
    "quarter": "Q",
}


def new_year(m: re.Match[str], ctx: Context) -> Result:
    """ "in the new year" (lower case; "New Year" is the holiday): ``values.coming_year``."""
    return v.coming_year(ctx)


def in_the_unit(m: re.Match[str], ctx: Context) -> Result:
    """ "earlier in the week", "later in the month": the week, month or year under way;
    "earlier in the day" the day the passage talks about (P1, as "that day")."""
    if m["unit"].lower() == "day":
        return v.counted(ctx, span_of(m), "D", 0)
    return v.shifted(ctx, _UNIT_CODE[m["unit"].lower()], 0)


def before_last(m: re.Match[str], ctx: Context) -> Result:
    """ "the week before last", "the weekend before last": two units back."""
    unit = m["unit"].lower()
    code = {"week": "W", "weekend": "W", "month": "M", "year": "Y"}[unit]
    value = v.shifted(ctx, code, -2)
    if value is None or unit != "weekend":
        return value
    return f"{value[0]}-WE", value[1]


def relative_unit(m: re.Match[str], ctx: Context) -> Result:
    rel, unit = m["rel"].lower(), m["unit"].lower()
    if unit == "fortnight":
        return "P2W", False, "DURATION"  # "the past fortnight", "the next fortnight"
    if unit == "weekend":
        value = v.shifted(ctx, "W", _REL_SHIFT.get(rel, 1), "XXXX-WXX")
        return (f"{value[0]}-WE", value[1]) if value else None
    if (
        m["the"]
        and rel in ("previous", "following")
        and unit in ("day", "week", "month", "year", "quarter")
    ):
        return None  # "the previous year" counts from the time talked about: rule "counted"
    if m["the"] and rel == "last" and unit == "decade":
        # "the last decade": the decade the text is written in (TimeML annotators' reading)
        return v.shifted(ctx, "DE", 0)
    if m["the"] and rel == "next" and unit == "century":
        # "the next century" is the one after the text's, a date (TimeML), not a stretch
        return v.shifted(ctx, "CE", 1)
    if m["the"] and unit == "quarter" and rel in ("past", "next", "coming", "following"):
        return "P3M", False, "DURATION"  # "over the past quarter": three months, as TimeML writes
    if m["the"] and rel in ("past", "next", "coming", "previous", "following"):
        # "the past year", "the coming decade": a stretch of time, not a calendar unit
        return v.duration(1, *EN_UNITS[unit]), False, "DURATION"
    if rel in ("coming", "following"):
        return None
    return v.quoted_shift(ctx, span_of(m), _UNIT_CODE[unit], _REL_SHIFT[rel])


def part_of_unit(m: re.Match[str], ctx: Context) -> Result:
    """ "the end of the year", "the beginning of last month": that unit (R1), with E1."""
    code = _UNIT_CODE[m["unit"].lower()]
    shift = _REL_SHIFT.get((m["rel"] or "this").lower(), 0)
    return v.shifted(ctx, code, shift + v.end_shift(ctx, span_of(m), m["part"], code, m["rel"]))


def part_of_unit_short(m: re.Match[str], ctx: Context) -> Result:
    """ "mid-month", "midweek", "by year's end": that unit (R1), with E1 for an end."""
    unit = (m["unit"] or m["unit2"]).lower()
    code = _UNIT_CODE[unit]
    part = "end" if m["unit2"] else "middle"
    return v.shifted(ctx, code, v.end_shift(ctx, span_of(m), part, code, None))


def and_a_half(m: re.Match[str], ctx: Context) -> Result:
    """ "two and a half years", "a year and a half ago": the count and a half; with "ago",
    a date counted back in months, at a month's precision, as "half a year ago" is."""
    amount = 1.0 if m.groupdict().get("one") else _amount(m["num"])
    unit = m["unit"].lower()
    unit = "century" if unit.startswith("centur") else unit.rstrip("s")
    code, mult = EN_UNITS[unit]
    if amount is None or amount > 1000:
        return None
    return v.and_a_half(ctx, amount, code, mult, bool(m["ago"]))


def ago(m: re.Match[str], ctx: Context) -> Result:
    amount = _amount(m["num"])
    unit = m["unit"].lower().rstrip("s")
    unit = "century" if unit.startswith("centur") else unit
    code, mult = EN_UNITS.get(unit, ("", 1))
    if amount and unit in ("decade", "century"):
        # "a decade ago" is a decade, at the unit's precision as "a year ago" is a year
        return v.shifted(ctx, _UNIT_CODE[unit], -amount)
    if amount is None or code not in ("Y", "M", "W", "D"):
        return "PAST_REF", False
    # "half a" counts 0 in the word list (its own rule reads "half a year"): here it is 0.5
    exact = 0.5 if re.match(r"(?i)half\s+an?\b", m["num"]) else amount
    if not float(exact * mult).is_integer():
        # "half a year ago": a fraction of a year counted in months, at month precision
        if code != "Y" or not float(exact * mult * 12).is_integer():
            return "PAST_REF", False
        return v.shifted(ctx, "M", -int(exact * mult * 12))
    return v.shifted(ctx, code, -int(exact * mult))


def part_of_date(m: re.Match[str], ctx: Context) -> Result:
    """ "the night of March 3": that part (TNI) of that day, a TIME; "the early hours of" a day
    are its morning (TMO), as "the early hours of Sunday" are."""
    if m["year"]:
        day = v.explicit_date(int(m["year"]), _month(m), int(m["day"]))
    else:
        day = v.yearless_date(ctx, span_of(m), _month(m), int(m["day"]))
    if day is None or not re.fullmatch(r"\d{4}-\d{2}-\d{2}", day[0]):
        return None
    part = re.sub(r"\s+", " ", m["part"].lower())
    return f"{day[0]}T{_PARTS.get(part, 'MO')}", day[1], "TIME"


def _amount(word: str | None) -> int | None:
    if not word:
        return None
    lowered = re.sub(r"\s+", " ", word.lower())
    if lowered in EN_VAGUE:
        return None
    amount = number(lowered, NUMBERS)
    return None if amount is None else int(amount)


_AGE_AFTER = re.compile(r"[\s-]+old\b|\s+ago\b|\s+of\s+age\b|\s+(?:and|or)\s+(?:older|younger)")
_AGE_BEFORE = re.compile(r"\b(?:aged?|ages)\s+$")


def duration(m: re.Match[str], ctx: Context) -> Result:
    groups = m.groupdict()  # "half a year" has no direction groups of its own
    if groups.get("dir") or groups.get("dirb"):
        return counted(m, ctx)
    # ages are not durations: "a 40-year-old", "ages 6 months and older"
    if _AGE_AFTER.match(ctx.text, m.end()):
        return None
    if _AGE_BEFORE.search(ctx.text, max(0, m.start() - 6), m.start()):
        return None
    if _speed(m, ctx):
        return None
    if (m["num"] or "").lower() in ("a", "an") and m.group().lower().endswith("-long"):
        return None  # "a week-long truce": the article stays out (rule "unit_long")
    unit = m["unit"].lower()
    unit = "century" if unit.startswith("centur") else unit.rstrip("s")
    code, mult = EN_UNITS[unit]
    word = m["num"]
    if word and re.match(r"(?i)half\s+a", word):
        return v.duration(0.5, code, mult), False
    amount = _amount(word)
    if amount is None and word and re.sub(r"\s+", " ", word.lower()) not in EN_VAGUE:
        return None
    if amount is not None and amount > 1000:
        return None
    return v.duration(amount, code, mult), False


def unit_long(m: re.Match[str], ctx: Context) -> Result:
    """ "a week-long truce": one unit, the article out of the span."""
    return v.duration(1, *EN_UNITS[m["unit"].lower()]), False


def duration_pair(m: re.Match[str], ctx: Context) -> Result:
    """ "two years and six months": two counts of a larger and a smaller unit, one duration
    (P2Y6M); a vague count or units out of order are not one (values.joined_duration)."""
    parts = []
    for num, unit in ((m["num"], m["unit"]), (m["num2"], m["unit2"])):
        unit = "century" if unit.lower().startswith("centur") else unit.lower().rstrip("s")
        amount = _amount(num)
        if amount is None:
            return None
        parts.append(v.duration(amount, *EN_UNITS[unit]))
    return v.joined_duration(*parts)


def quarter_century(m: re.Match[str], ctx: Context) -> Result:
    return "P25Y", False


def bare_plural(m: re.Match[str], ctx: Context) -> Result:
    unit = (m["unit"] or m["unit2"]).lower() if "unit2" in m.re.groupindex else m["unit"].lower()
    unit = "century" if unit.startswith("centur") else unit.rstrip("s")
    if unit in ("decade", "century"):
        return ("PXDE" if unit == "decade" else "PXCE"), False
    return v.duration(None, EN_UNITS[unit][0]), False


def plural_later(m: re.Match[str], ctx: Context) -> Result:
    """ "Weeks later", "Months earlier": an unknown count of units from the time told, a
    reference value, as "a few weeks later" is (round 23)."""
    return ("FUTURE_REF" if m["dir"].lower() == "later" else "PAST_REF"), False


def unit_ahead(m: re.Match[str], ctx: Context) -> Result:
    """ "the week ahead" one unit (P1W), "the days ahead" an unknown count of them (PXD)."""
    unit = m["unit"].lower()
    code = EN_UNITS[unit.rstrip("s")][0]
    return v.duration(None if unit.endswith("s") else 1, code), False


def day_word(m: re.Match[str], ctx: Context) -> Result:
    word = (m["dw"] or m["dw2"]).lower()
    days = {"today": 0, "yesterday": -1, "tomorrow": 1}.get(word)
    if days is None:
        days = -2 if "before" in word else 2
    part = m["part"]
    if part:
        return v.as_time(v.day_part(ctx, days, _PARTS[part.lower()]))
    return v.shifted(ctx, "D", days, "XXXX-XX-XX")


def this_part(m: re.Match[str], ctx: Context) -> Result:
    word = m["part"].lower()
    days = -1 if (m["rel"] or "").lower() == "last" else 0
    return v.day_part(ctx, days, _PARTS[word])


# A deadline or an appointment: "until Friday", "by Wednesday", "a strike for Monday", "runs
# through Sunday".
_AHEAD = re.compile(r"(?i)\b(?:until|till|by|before|for|through)\s+$")


# a week named right before a weekday: "last week, on Wednesday", "next week on Thursday"
_NAMED_WEEK = re.compile(r"(?i)\b(?P<rel>last|next|this)\s+week,?\s+(?:on\s+)?$")
# or right after it: "on Tuesday last week", "on Friday next week" (round 24)
_WEEK_AFTER = re.compile(r"(?i)\s+(?P<rel>last|next|this)\s+week\b")


def weekday(m: re.Match[str], ctx: Context) -> Result:
    rel = (m["rel"] or "").lower()
    direction = -1 if rel in ("last", "past") else 1 if rel in ("next", "coming") else 0
    part = m["part"]
    wd = EN_WEEKDAYS[m["wd"].lower()]
    span = span_of(m)
    # rule W1: a deadline ahead is on or after the anchor unless the clause is past
    ahead = (
        not direction
        and _AHEAD.search(ctx.text, max(0, span[0] - 8), span[0]) is not None
        and ctx.tense(*span) != "past"
    )
    if (
        not direction
        and not part
        and (
            (week := _NAMED_WEEK.search(ctx.text, max(0, span[0] - 24), span[0]))
            or (week := _WEEK_AFTER.match(ctx.text, span[1]))
        )
    ):
        # "last week, on Wednesday": that week's Wednesday
        return v.weekday_in_week(ctx, _REL_SHIFT[week["rel"].lower()], wd)
    if part:
        result = v.weekday(ctx, span, wd, direction, "T" + _PARTS[part.lower()], future=ahead)
        return v.as_time(result)
    if not direction and (owned := _POSSESSIVE.match(ctx.text, span[1])) is not None:
        # "Monday's holiday", "Tuesday's vote": the weekday names an event, not the time of
        # the clause's verb ("will report Thursday, a day late because of Monday's
        # holiday"): the latest such day up to the anchor, unless the event is one still
        # scheduled ("Friday's scheduled meeting", "Sunday's planned march") or awaited
        # ("ahead of Friday's jobs report")
        awaited = _AWAITED.search(ctx.text, max(0, span[0] - 16), span[0]) is not None
        planned = owned["plan"] is not None or awaited
        return v.weekday(ctx, span, wd, 0, future=planned, tense_free=True)
    if (
        not direction
        and _DECLARED.search(ctx.text, max(0, span[0] - 16), span[0])
        and _DAY_OFF.match(ctx.text, span[1])
    ):
        # "declared Sunday a national day of mourning", "made Friday a public holiday": a day
        # is declared before it comes, whatever the tense of the declaring
        return v.weekday(ctx, span, wd, 0, future=True, tense_free=True)
    return v.weekday(ctx, span, wd, direction, future=ahead)


_DECLARED = re.compile(
    r"(?i)\b(?:declared?|declares|declaring|proclaim(?:ed|s)?|named?|names|designat(?:ed|es?)|"
    r"made|makes?)\s+$"
)
_DAY_OFF = re.compile(r"(?i)\s+(?:as\s+)?(?:an?|the)\s+(?:[\w-]+\s+){0,3}(?:day|holiday)\b")


_AWAITED = re.compile(r"(?i)\bahead\s+of\s+$")
_POSSESSIVE = re.compile(
    r"['’]s\s+(?:(?P<plan>scheduled|planned|upcoming|expected|proposed|promised|coming)\b)?"
)


def clock(m: re.Match[str], ctx: Context) -> Result:
    hour = int(m["h"])
    minute = int(m["min"] or 0)
    ampm = (m["ampm"] or "").lower().replace(".", "")
    if ampm == "pm" and hour < 12:
        hour += 12
    elif ampm == "am" and hour == 12:
        hour = 0
    if hour > 24 or minute > 59:
        return None
    return _on_stated_day(m, ctx, f"T{hour:02d}:{minute:02d}")


_CLOCK_PREPOSITION = re.compile(
    r"(?i)\b(?:at|from|until|till|by|before|after|around|since|to|between|and)\s$"
)


def bare_clock24(m: re.Match[str], ctx: Context) -> Result:
    """ "at 20:00", "from 08:00 to 17:00": a 24-hour clock time after its preposition."""
    if not _CLOCK_PREPOSITION.search(ctx.text, max(0, m.start() - 8), m.start()):
        return None
    return clock(m, ctx)


def military_clock(m: re.Match[str], ctx: Context) -> Result:
    """ "at 1715hrs", "0600 hours": four digits of a clock time before "hrs" or "hours" are one
    when glued to "hrs", when they open with a zero, or after a clock time's preposition; else a
    count of hours ("gave 1500 hours of their time")."""
    glued = ctx.text[m.start("min") + 2 : m.start("min") + 3].isalpha()
    if (
        glued
        or m["h"].startswith("0")
        or _CLOCK_PREPOSITION.search(ctx.text, max(0, m.start() - 8), m.start())
    ):
        return clock(m, ctx)
    return None


def _on_stated_day(m: re.Match[str], ctx: Context, clock: str) -> Result:
    """A clock time on the day stated with it (rule C1): a weekday in the span ("5 p.m.
    Monday"), a date right after it ("at 5 p.m. on Oct. 27"), else its sentence's day."""
    # not every clock pattern has a weekday or a date ("10:05 IST" has neither group)
    groups = m.groupdict()
    if groups.get("wd") or groups.get("wd2"):  # "10 a.m. (1400 GMT) on Thursday": wd2
        day = v.weekday(
            ctx, span_of(m), EN_WEEKDAYS[(groups.get("wd") or groups["wd2"]).lower()], 0
        )
    elif groups.get("hol"):  # "4:30 a.m. on New Year's Day": the holiday, read as it is alone
        from dossier.temporal.english_periods import holiday  # english_periods imports this

        day = holiday(m, ctx)  # type: ignore[assignment]
    elif groups.get("month"):  # "5 p.m. on Oct. 27": that day, read as the date itself is
        if m["year"]:
            day = v.explicit_date(int(m["year"]), _month(m), int(m["day"]))
        else:
            day = v.yearless_date(ctx, m.span("month"), _month(m), int(m["day"]))
    elif ranged := _RANGE_WEEKDAY_AFTER.match(ctx.text, m.end()):
        # "from 2 a.m. until 5:30 a.m. on Saturday": the range's weekday is its first hour's too
        day = v.weekday(ctx, span_of(m), EN_WEEKDAYS[ranged["wd"].lower()], 0)
    elif after := _DAY_WORD_AFTER.match(ctx.text, m.end()):
        day = v.shifted(ctx, "D", _DAY_WORD_SHIFT[after["dw"].lower()], "XXXX-XX-XX")
    else:
        return v.clock_on_stated_day(ctx, span_of(m), clock)
    return (f"{day[0]}{clock}", day[1]) if day else None


# the day word after a clock time, or after the range it opens: "between noon and 4 p.m.
# today", "at 9 a.m. tomorrow" (rule C1: the day written right after it)
_DAY_WORD_AFTER = re.compile(
    r"(?i)(?:\s+(?:and|to|until|till|-|\u2013)\s+(?:about\s+)?[\d:.]{1,5}\s*(?:[ap]\.?m\.?)?"
    r"|\s+(?:and|to|until|till)\s+(?:noon|midnight))?\s+(?P<dw>today|tomorrow|yesterday|tonight)\b"
)
_DAY_WORD_SHIFT = {"today": 0, "tonight": 0, "tomorrow": 1, "yesterday": -1}
# the weekday after the range a clock time opens: "from 2 a.m. until 5:30 a.m. on Saturday"
_RANGE_WEEKDAY_AFTER = re.compile(
    r"(?i)\s+(?:and|to|until|till|-|\u2013)\s+(?:about\s+)?[\d:.]{1,5}\s*(?:[ap]\.?m\.?)?"
    r"\s+(?:on\s+)?(?P<wd>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b"
)


_SET_UNITS = {
    "daily": "P1D", "weekly": "P1W", "monthly": "P1M", "annually": "P1Y", "yearly": "P1Y",
    "hourly": "PT1H", "nightly": "P1D", "biweekly": "P2W", "quarterly": "P3M",
    "day": "P1D", "week": "P1W", "month": "P1M", "quarter": "P3M", "year": "P1Y", "hour": "PT1H",
    "decade": "P10Y", "minute": "PT1M",
}  # fmt: skip


# a distance before "an hour", "per hour" makes a speed, a measure and no time: "winds of
# 120 miles an hour", "300 kilometers per hour"
_SPEED = re.compile(r"(?i)\b(?:miles|kilometers|kilometres|km|knots|feet|meters|metres|yards)\s+$")


def _speed(m: re.Match[str], ctx: Context) -> bool:
    return bool(_SPEED.search(ctx.text, max(0, m.start() - 16), m.start()))


def rate(m: re.Match[str], ctx: Context) -> Result:
    """ "$3,100 a month", "twice a week", "411,000 barrels a day": a rate is a SET only after an
    amount or a counted noun (and not after a distance: a speed)."""
    before = ctx.text[max(0, m.start() - 30) : m.start()]
    if _speed(m, ctx):
        return None
    if (
        m["per"].lower() == "per"
        or m["times"]
        or re.search(
            r"(?:\d|once|twice|thrice|times|percent|dollars|rubles|euros|cents|thousand|million|"
            r"billion|trillion|[$€£₽]\S*)\W*$",
            before,
        )
        # or after a counted noun: "411,000 barrels a day", "1,200 drones a month"
        or re.search(r"\d(?:[\d,.]*\d)?(?:\s+(?:thousand|million|billion))?\s+[a-z]+s\s*$", before)
    ):
        return _SET_UNITS[m["sw"].lower()], False
    return None


def early_hours(m: re.Match[str], ctx: Context) -> Result:
    """ "the early hours of Sunday": that weekday's morning (TMO), found as "Sunday morning"
    is."""
    return v.as_time(v.weekday(ctx, span_of(m), EN_WEEKDAYS[m["wd"].lower()], 0, "TMO"))


def overnight(m: re.Match[str], ctx: Context) -> Result:
    """ "attacked the port overnight": the night that ends on the day of the report (the
    evening before the anchor, TNI, as "в ночь на 5 марта" is); in a future clause ("will
    be closed overnight") the night that begins on the anchor day."""
    ahead = ctx.tense(*span_of(m)) == "future"
    return v.as_time(v.day_part(ctx, 0 if ahead else -1, "NI"))


def ordinal_day(m: re.Match[str], ctx: Context) -> Result:
    """ "on the third day of the talks": ``values.ordinal_day``."""
    word = m["ord"].lower()
    nth = EN_ORDINALS.get(word) or int(re.sub(r"\D", "", word) or 0)
    return v.ordinal_day(ctx, span_of(m), nth) if nth else None


# the event's first day told after it: "the second week of his trial, which opened on Nov. 7"
_OPENED_AFTER = re.compile(
    r"\s+of\s+[^.;]{1,60}?,\s+(?:which|that)\s+(?:opened|began|started)\s+(?:on\s+)?", re.I
)


def ordinal_week(m: re.Match[str], ctx: Context) -> Result:
    """ "in the second week of his trial": ``values.ordinal_day`` in weeks, from the event's
    first day, told before it or in a relative clause right after its noun."""
    word = m["ord"].lower()
    nth = EN_ORDINALS.get(word) or int(re.sub(r"\D", "", word) or 0)
    if not nth:
        return None
    start = None
    opened = _OPENED_AFTER.match(ctx.text, m.end())
    if opened is not None and ctx.anchor is not None:
        from dossier.temporal.tagger import tag  # the date in the clause, read by these rules

        anchor = ctx.anchor.date.isoformat() if ctx.anchor.date else str(ctx.anchor.year)
        told = tag(ctx.text[opened.end() : opened.end() + 40], "en", anchor)
        if told and told[0].start == 0 and re.fullmatch(r"\d{4}-\d{2}-\d{2}", told[0].value):
            start = told[0].value
    return v.ordinal_day(ctx, span_of(m), nth, "W", start)


def weekday_told(m: re.Match[str], ctx: Context) -> Result:
    """ "the following Monday", "the previous Monday", "That Friday": ``values.weekday_told``."""
    wd = EN_WEEKDAYS[m["wd"].lower()]
    fol = (m["fol"] or "").lower()
    step = 1 if fol.endswith("following") else -1 if fol else 0
    return v.weekday_told(ctx, span_of(m), wd, step)


def evening_word(m: re.Match[str], ctx: Context) -> Result:
    """ "resumed at dusk": the evening of the day the passage talks about, as "that evening"."""
    return v.part_of_told_day(ctx, span_of(m), 0, "EV")


def season_counted(m: re.Match[str], ctx: Context) -> Result:
    """ "the following spring", "the previous summer": ``values.season_counted``."""
    direction = 1 if m["dir"].lower() == "following" else -1
    return v.season_counted(ctx, span_of(m), EN_SEASONS[m["season"].lower()], direction)


def morning_word(m: re.Match[str], ctx: Context) -> Result:
    """ "at dawn", "in the early hours": ``values.morning_told``."""
    return v.morning_told(ctx, span_of(m))


def tonight(m: re.Match[str], ctx: Context) -> Result:
    return v.day_part(ctx, 0, "NI")


def noon(m: re.Match[str], ctx: Context) -> Result:
    return _on_stated_day(m, ctx, "T24:00" if m["noon"].lower() == "midnight" else "T12:00")


def weekend(m: re.Match[str], ctx: Context) -> Result:
    """ "this weekend", "last weekend", "over the weekend" (tense-led: W1 for weeks)."""
    rel = (m["rel"] or "").lower()
    shift = {"last": -1, "past": -1, "next": 1, "coming": 1}.get(rel, 0)
    anchor = ctx.anchor
    on_weekday = anchor is not None and anchor.date is not None and anchor.date.weekday() < 5
    if rel == "the" and on_weekday and ctx.tense(*span_of(m)) == "past":
        # a past-tense "the weekend" from a weekday is the one before the anchor's week
        shift = -1
    value = v.shifted(ctx, "W", shift, "XXXX-WXX")
    return (f"{value[0]}-WE", value[1]) if value else None


def every_n(m: re.Match[str], ctx: Context) -> Result:
    """ "every two weeks" -> P2W, "every few years" -> PXY, "every other week" -> P2W."""
    unit = m["unit"].lower()
    unit = "century" if unit.startswith("centur") else unit.rstrip("s")
    code, mult = EN_UNITS[unit]
    return v.duration(2 if m["other"] else _amount(m["num"]), code, mult), False


def ref(m: re.Match[str], ctx: Context) -> Result:
    word = re.sub(r"\s+", " ", m["x"].lower())
    if word == "soon":
        # in a past clause "soon" is shortly after the time told ("the firm soon ran out")
        return None if ctx.tense(*span_of(m)) == "past" else ("FUTURE_REF", False)
    if word in ("the past", "at the time", "recently", "lately"):
        return "PAST_REF", False
    if word.endswith("future") or word == "as soon as possible":
        return "FUTURE_REF", False
    return "PRESENT_REF", False


def at_the_time(m: re.Match[str], ctx: Context) -> Result:
    """ "founded in 1961; at the time, it made screen doors": the time the passage talks
    about, the latest date or period named before it (rule P1), else PAST_REF."""
    return v.latest_named(ctx, span_of(m)[0], "PAST_REF")


# an amount right before a capitalised rate adverb: "$2,000 Monthly", "200,000 Roubles Monthly"
_AMOUNT_BEFORE = re.compile(
    r"\d(?:\s*(?:million|billion|thousand|m|bn|k))?(?:\s+(?:Roubles|Rubles|Dollars|Euros|Tenge|"
    r"Soms|Somoni|Rupees|Sums|Soums))?\s+$",
    re.IGNORECASE,
)


def set_any(m: re.Match[str], ctx: Context) -> Result:
    if m["sw3"] and not _AMOUNT_BEFORE.search(ctx.text, max(0, m.start() - 32), m.start()):
        return None  # "the Daily Mail", "Weekly Standard": names
    word = (m["sw"] or m["sw2"] or m["sw3"]).lower()
    if word in EN_WEEKDAYS:
        return f"XXXX-WXX-{EN_WEEKDAYS[word] + 1}", False
    if word in _PARTS:
        return f"XXXX-XX-XXT{_PARTS[word]}", False
    if word in EN_SEASONS:  # "every spring"
        return f"XXXX-{EN_SEASONS[word]}", False
    if word == "weekend":
        return "XXXX-WXX-WE", False
    if word in MONTHS:  # "every January"
        return f"XXXX-{MONTHS[word]:02d}", False
    value = _SET_UNITS.get(word)
    return (value, False) if value else None


_SIGN = {
    "earlier": -1, "before": -1, "previous": -1, "prior": -1, "preceding": -1, "later": 1,
    "after": 1,
    "following": 1, "next": 1, "same": 0,
}  # fmt: skip


def counted(m: re.Match[str], ctx: Context) -> Result:
    """ "a year earlier", "two weeks later", "the week before", "the previous year" (P1)."""
    groups = m.groupdict()
    if groups.get("dir5"):
        return v.trading_day(ctx, span_of(m), -1)  # "the previous session"
    word = next(groups[g] for g in ("dir", "dirb", "dir2", "dir3", "dir4") if groups.get(g)).lower()
    unit = next(groups[g] for g in ("unit", "unit2", "unit3", "unit4") if groups.get(g)).lower()
    unit = "century" if unit.startswith("centur") else unit.rstrip("s")
    number = groups.get("num")
    amount = _amount(number) if number else 1
    code, mult = EN_UNITS.get(unit, ("", 1))
    if amount is None or code not in ("Y", "M", "W", "D"):
        if number and word in ("earlier", "later"):
            # "a few weeks later": a date, as "two weeks later" is (round 23)
            return ("PAST_REF" if _SIGN[word] < 0 else "FUTURE_REF"), False, "DATE"
        return None
    if amount > 1000:
        return None
    found = v.counted(ctx, span_of(m), code, _SIGN[word] * amount * mult)
    if code == "Y" and (groups.get("dir2") or groups.get("dir3")) and isinstance(found, Refer):
        return found.at_year()  # "the following year" is a calendar year ("a year later" not)
    if unit == "decade" and isinstance(found, Refer):
        return found.at_decade()  # "a decade earlier" at a decade's precision, as "a decade ago"
    return found


def that_unit(m: re.Match[str], ctx: Context) -> Result:
    """ "that day", "that week", "that evening": the day, week or part of the day the
    passage talks about (P1, as "the same day"), "the following morning" the next day's;
    after a verb of saying "that" is a conjunction ("said that day care centers ...")."""
    if not m["next"] and _THAT_CONJUNCTION.search(ctx.text, max(0, m.start() - 24), m.start()):
        return None
    unit = m["unit"].lower()
    if unit in _PARTS:
        # "the following morning": the morning of the day after the one told, "the previous
        # evening" the evening of the day before it
        step = (-1 if re.search(r"(?i)previous|preceding", m["next"]) else 1) if m["next"] else 0
        return v.part_of_told_day(ctx, span_of(m), step, _PARTS[unit])
    if unit == "year":
        # "that year", "later that year": the year told, whatever finer date told it (round 23)
        return v.counted(ctx, span_of(m), "Y", 0).at_year()
    return v.counted(ctx, span_of(m), {"day": "D", "week": "W", "month": "M"}[unit], 0)


def the_night(m: re.Match[str], ctx: Context) -> Result:
    """ "fought the fire through the night": in a past clause, the night of the day the passage
    talks about, as "that night" is; ahead ("trains will run through the night") a service's
    hours, unmarked, as english_dev9 leaves it."""
    if ctx.tense(*span_of(m)) != "past":
        return None
    return v.part_of_told_day(ctx, span_of(m), 0, "NI")


def day_of_every_month(m: re.Match[str], ctx: Context) -> Result:
    """ "on the 15th of every month": ``values.day_of_every_month``."""
    return v.day_of_every_month(int(m["day"]))


def week_of(m: re.Match[str], ctx: Context) -> Result:
    """ "the week of March 6": the ISO week that holds the day; "the weekend of Jan. 24" that
    week's weekend."""
    year = int(m["year"]) if m["year"] else None
    week = v.week_of(ctx, span_of(m), _month(m), int(m["day"]), year)
    if week is None or not m["we"]:
        return week
    return f"{week[0]}-WE", week[1]


def short_decade(m: re.Match[str], ctx: Context) -> Result:
    """ "the '90s": the 1990s, or a 2000s decade already begun by the anchor ("the '20s")."""
    d2 = int(m["d2"])
    year = 2000 + d2 if ctx.anchor is not None and 2000 + d2 <= ctx.anchor.year else 1900 + d2
    return v.decade(year), False


def year_range_tail(m: re.Match[str], ctx: Context) -> Result:
    """ "1957-58": the second year, in the first one's century (or the next: "1999-00")."""
    first, tail = int(m["first"]), int(m["x"])
    year = first // 100 * 100 + tail
    if year <= first:
        year += 100
    return (f"{year:04d}", False) if year - first <= 10 else None


def weekdays(m: re.Match[str], ctx: Context) -> Result:
    """ "closed Mondays", "on Fridays": every such weekday, a SET (XXXX-WXX-1)."""
    return f"XXXX-WXX-{EN_WEEKDAYS[m['wd'].lower()] + 1}", False


def night_of_weekdays(m: re.Match[str], ctx: Context) -> Result:
    """ "the night of Friday to Saturday": the night that begins on the first weekday, read by its
    clause's tense as the weekday alone is (TNI)."""
    found = v.weekday(ctx, span_of(m), EN_WEEKDAYS[m["wd"].lower()], 0, "TNI")
    return v.as_time(found)


def weekday_last(m: re.Match[str], ctx: Context) -> Result:
    """ "on Friday last": "last Friday", the latest such day before the anchor."""
    return v.weekday(ctx, span_of(m), EN_WEEKDAYS[m["wd"].lower()], -1)


def part_told(m: re.Match[str], ctx: Context) -> Result:
    """ "in the early morning", "by mid-afternoon": that part of the day the passage talks about,
    as "at dusk" is its evening."""
    return v.part_of_told_day(ctx, span_of(m), 0, _PARTS[m["part"].lower()])


def same_year(m: re.Match[str], ctx: Context) -> Result:
    """ "Dec. 30 of the same year", "May of that year": ``clause_year.in_year_told``."""
    return in_year_told(ctx, span_of(m), _month(m), int(m["day"]) if m["day"] else None)
