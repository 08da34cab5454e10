"""English named periods and days: quarters and halves, the quarter a results story reports
(rule P2), fiscal and full years, a market report's week, "year-earlier" as an adjective,
holidays and "the first Wednesday in January", a broadcast's "7 o'clock". Split from
english_norm, whose helpers they share."""

from __future__ import annotations

import calendar
import datetime as dt
import re

from dossier.temporal import calendar as cal
from dossier.temporal import values as v
from dossier.temporal.clause_year import period_in_named_year
from dossier.temporal.engine import Context, Plain, Result
from dossier.temporal.engine import quoted_span as span_of
from dossier.temporal.english_norm import MONTHS, NUMBERS, _month, _on_stated_day
from dossier.temporal.lexicon import EN_ORDINALS, EN_WEEKDAYS


def quarter(m: re.Match[str], ctx: Context) -> Result:
    word = (m["ord"] or "").lower()
    q = EN_ORDINALS.get(word) or int(re.sub(r"\D", "", word) or 0)
    if not 1 <= q <= 4:
        return None
    owned = m["year"] or m["pyear"] or m["yrel"] or m["qrel"]
    if word in ("last", "final") and not m.group().lower().startswith("the") and not owned:
        return None  # "profits fell last quarter": the one before, rule "relative_unit"
    if m["year"] or m["pyear"]:
        # "the third quarter of 1988", "1988's third quarter"
        return v.quarter(ctx, span_of(m), q, int(m["year"] or m["pyear"]))
    if m["yrel"] and ctx.anchor is not None:
        # "last year's third quarter"
        shift = {"last": -1, "next": 1}.get(m["yrel"].lower(), 0)
        return f"{ctx.anchor.year + shift:04d}-Q{q}", True
    if m["qrel"]:
        year = v.shifted(ctx, "Y", {"last": -1, "next": 1}.get(m["qrel"].lower(), 0))
        if year and year[1]:
            return f"{year[0]}-Q{q}", True
    return period_in_named_year(ctx, span_of(m), f"Q{q}", v.quarter(ctx, span_of(m), q, None))


def month_quarter(m: re.Match[str], ctx: Context) -> Result:
    """ "the October-December quarter": Q4, its year as for "the fourth quarter"; only a
    range of the three months of one quarter."""
    first, last = MONTHS[m["m1"].lower()], MONTHS[m["m2"].lower()]
    if last != first + 2:
        return None
    q = (first - 1) // 3 + 1
    return v.quarter(ctx, span_of(m), q, int(m["year"]) if m["year"] else None)


def month_named_quarter(m: re.Match[str], ctx: Context) -> Result:
    """ "the June quarter": the quarter that ends with that month, its year as for "the
    second quarter" (Q1) unless stated."""
    month = MONTHS.get(m["m2"].lower().rstrip("."))
    if month is None or month % 3:
        return None
    return v.quarter(ctx, span_of(m), month // 3, int(m["year"]) if m["year"] else None)


def half(m: re.Match[str], ctx: Context) -> Result:
    """ "the first half of 1989", "the second half" (of the year the story tells), "last
    year's first half": H1 or H2."""
    h = 1 if m["ord"].lower() == "first" else 2
    if m["year"] or m["pyear"]:
        return f"{m['year'] or m['pyear']}-H{h}", False
    rel = (m["rel"] or m["yrel"] or "").lower()
    if not rel and " of " not in m.group(0):
        # "the second half": the year the paragraph reports, else left to the tense
        return period_in_named_year(ctx, span_of(m), f"H{h}", v.half(ctx, span_of(m), h))
    shift = {"last": -1, "next": 1}.get(rel, 0)
    year = v.shifted(ctx, "Y", shift)
    if year is None or not year[1]:
        return f"XXXX-H{h}", False
    return f"{year[0]}-H{h}", True


# the words a bare "Q3" or "H2" follows or comes before when it is a period of account, not
# a model, a road or a grade ("the Audi Q3", "the H2 hydrogen bus")
_PERIOD_BEFORE = re.compile(
    r"(?i)(?:\b(?:in|for|during|of|from|since|by|until|through|over|than|versus|vs\.?)\s+"
    r"(?:(?:the|its|their|this|last|next)\s+)?|\b(?:and|or|to)\s+|[,(]\s*)$"
)
_PERIOD_AFTER = re.compile(
    r"(?i)\s*(?:[.,;:)]|$|(?:results?|earnings|sales|revenues?|profits?|loss(?:es)?|"
    r"deliveries|shipments|figures|numbers|guidance|growth|margins?|output|report|net|"
    r"income|ebitda|gdp)\b)"
)


def _two_digit_year(yy: int, ctx: Context) -> int:
    """The year "13" names: in the anchor's century, or the one before or after when that
    lies nearer the anchor (no anchor: 20xx)."""
    base = ctx.anchor.year if ctx.anchor else 2000
    century = base // 100 * 100
    return min(
        (c + yy for c in (century - 100, century, century + 100)), key=lambda y: abs(y - base)
    )


def short_period(m: re.Match[str], ctx: Context) -> Result:
    """ "FY2025" is fiscal 2025; "Q3", "H2" are the third quarter, the second half (rule Q1
    gives the year), "H1 2012" that year's half. A bare "Q3" or "H2" must stand where a
    period does: after a preposition, or before a results noun or a pause."""
    if m["fy"]:
        return v.explicit_date(int(m["fy"]))
    if m["fy2"] or m["qy"]:
        # "FY13", "4Q12": the two digits in the century that puts them nearest the anchor
        year = _two_digit_year(int(m["fy2"] or m["qy"]), ctx)
        return (f"{year:04d}-Q{m['nq']}" if m["qy"] else f"{year:04d}"), False
    if m["hy"]:
        return f"{m['hy']}-{m['h']}", False
    before = ctx.text[max(0, m.start() - 30) : m.start()]
    if not (_PERIOD_BEFORE.search(before) or _PERIOD_AFTER.match(ctx.text, m.end())):
        return None
    if m["q"] or m["nq"]:
        return v.quarter(ctx, span_of(m), int((m["q"] or "Q" + m["nq"])[1]), None)
    return v.half(ctx, span_of(m), int(m["h"][1]))


def year_earlier_adj(m: re.Match[str], ctx: Context) -> Result:
    """ "a year-earlier $1.8 billion", "year-ago levels": a year before the time the passage
    talks about, keeping a period's precision ("third-quarter sales ... year-earlier
    levels" is last year's third quarter), as "a year earlier" (P1)."""
    return v.counted(ctx, span_of(m), "Y", -1)


def business_quarter(m: re.Match[str], ctx: Context) -> Result:
    """ "the quarter", "the latest quarter", "the year-earlier quarter", "the same period
    last year", "the prior quarter" (P2)."""
    unit = (m["unit"] or m["unit2"]).lower()
    latest = (m["latest"] or "").lower()
    if m["unit2"] or m["back"]:
        year = int(m["year"]) if m["year"] else None
        return v.year_earlier_period(ctx, m.start(), quarter_only=unit == "quarter", year=year)
    if m["prior"]:
        return v.quarter_before_reported(ctx)
    if unit == "quarter" and not (latest or m["back"]) and (end := _quarter_end(m, ctx)):
        return end  # "the quarter ending Dec. 31": the quarter that day ends
    if unit == "period":
        return None  # "the period" alone is not a time
    if latest == "current":
        return v.shifted(ctx, "Q", 0, "XXXX-QX")
    return v.reporting_quarter(ctx)


_FISCAL_END = re.compile(
    # (the end may be told in an aside: "the fiscal year, which ended Sept. 30")
    r",?\s+(?:that\s+|which\s+)?(?:ended|ends|ending|to\s+end|closed|to)\s+(?:on\s+)?"
    r"(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?\s+)?"
    r"(?P<month>[A-Z][a-z]{2,8})\.?\s+(?P<day>[0-3]?\d)\b(?:,?\s+(?P<year>\d{4}))?"
)


def _end_day(m: re.Match[str], ctx: Context) -> Plain:
    """The day a period's stated end names ("the week ended March 9"), read as the date
    itself is; None without such a day or with no year to give it."""
    end = _FISCAL_END.match(ctx.text, m.end())
    month = MONTHS.get(end["month"].lower()) if end else None
    if end is None or month is None:
        return None
    if end["year"]:
        return v.explicit_date(int(end["year"]), month, int(end["day"]))
    value = v.yearless_date(ctx, end.span("month"), month, int(end["day"]))
    if value is None or value[0].startswith("X"):
        return None
    return value


def week_ended(m: re.Match[str], ctx: Context) -> Result:
    """ "the week ended March 9" (jobless claims, store sales): the ISO week that holds
    its stated end, as "the week of March 9" is."""
    end = _end_day(m, ctx)
    if end is None:
        return None
    return cal.iso_week(dt.date.fromisoformat(end[0][:10])), end[1]


def _quarter_end(m: re.Match[str], ctx: Context) -> Plain:
    """The quarter a stated end day closes ("the quarter ended June 30": Q2), in that day's
    year; None without such a day."""
    end = _end_day(m, ctx)
    if end is None:
        return None
    month = int(end[0][5:7])
    return f"{end[0][:4]}-Q{(month - 1) // 3 + 1}", end[1]


# a fiscal year's end told by its month alone: "the fiscal year ending next June", "that ended in
# June", "ends in March 1991"
_FISCAL_MONTH_END = re.compile(
    r",?\s+(?:that\s+|which\s+)?(?P<verb>ended|ends|ending|to\s+end|closed|closes)\s+(?:in\s+)?"
    r"(?:(?P<rel>next|this|last)\s+)?(?P<month>[A-Z][a-z]{2,8})\b\.?(?!\s*[0-3]?\d\b)"
    r"(?:,?\s+(?P<year>\d{4})\b)?"
)


def _end_month_year(m: re.Match[str], ctx: Context) -> Plain:
    """The year of a fiscal year's end told by its month: a stated year, else the month's
    place ("next June"), else behind the anchor after a past ("ended in June"), ahead of it
    after a present ("ending in June"); None without such an end."""
    end = _FISCAL_MONTH_END.match(ctx.text, m.end())
    month = MONTHS.get(end["month"].lower()) if end else None
    if end is None or month is None:
        return None
    if end["year"]:
        return end["year"], False
    if ctx.anchor is None or ctx.anchor.month is None:
        return None
    year, now = ctx.anchor.year, ctx.anchor.month
    rel = (end["rel"] or "").lower()
    if rel == "this":
        return f"{year:04d}", True
    if rel == "next" or (not rel and end["verb"] not in ("ended", "closed")):
        ahead = month > now if rel else month >= now
        return f"{year if ahead else year + 1:04d}", True
    behind = month < now if rel else month <= now
    return f"{year if behind else year - 1:04d}", True


def fiscal_year(m: re.Match[str], ctx: Context) -> Result:
    """ "the fiscal year" (P3): the year its stated end falls in ("ended June 30", "ending next
    June"), else the anchor's year."""
    end = _end_day(m, ctx) or _end_month_year(m, ctx)
    if end is not None:
        return end[0][:4], end[1]
    return v.shifted(ctx, "Y", 0)


def full_year(m: re.Match[str], ctx: Context) -> Result:
    return v.full_year(ctx, span_of(m))


def trading_week(m: re.Match[str], ctx: Context) -> Result:
    return v.reported_week(ctx, m.start("x"))


_HOLIDAYS = {
    "christmas": (12, 25), "christmas day": (12, 25), "christmas eve": (12, 24),
    "boxing day": (12, 26),
    "new year's day": (1, 1), "new year's eve": (12, 31), "halloween": (10, 31),
    "valentine's day": (2, 14), "independence day": (7, 4), "victory day": (5, 9),
    "the fourth of july": (7, 4), "fourth of july": (7, 4),
}  # fmt: skip

# Holidays a number of days from a movable one: Western Easter (``calendar.easter``) or
# Thanksgiving (Black Friday, the day after it)
_EASTER_HOLIDAYS = {
    "easter": 0, "easter sunday": 0, "easter monday": 1, "good friday": -2, "holy thursday": -3,
    "maundy thursday": -3, "palm sunday": -7, "ash wednesday": -46,
}  # fmt: skip


# Holidays that fall on a weekday of their month (month, weekday Monday=0, which: 1st..4th,
# -1 the last): US federal holidays and Election Day (the Tuesday after the first Monday)
_WEEKDAY_HOLIDAYS = {
    "labor day": (9, 0, 1), "thanksgiving": (11, 3, 4), "thanksgiving day": (11, 3, 4),
    "memorial day": (5, 0, -1), "martin luther king day": (1, 0, 3),
    "martin luther king jr. day": (1, 0, 3), "presidents day": (2, 0, 3),
    "presidents' day": (2, 0, 3), "columbus day": (10, 0, 2), "election day": (11, 1, 0),
}  # fmt: skip


def _weekday_holiday(year: int, month: int, wd: int, which: int) -> int:
    """The day of the month of a holiday on a weekday ("the fourth Thursday of November";
    ``which`` 0: Election Day, the Tuesday after the first Monday)."""
    first = (wd - calendar.weekday(year, month, 1)) % 7 + 1
    if which == 0:
        monday = (0 - calendar.weekday(year, month, 1)) % 7 + 1
        return monday + 1
    if which > 0:
        return first + 7 * (which - 1)
    last = calendar.monthrange(year, month)[1]
    return last - (calendar.weekday(year, month, last) - wd) % 7


def _weekday_of_month(m: re.Match[str], ctx: Context, month: int, wd: int, which: int) -> Result:
    """A weekday of a month ("the first Wednesday in January", Thanksgiving): in the year
    given, else in the year rule Y1 gives the day it falls on in the anchor's year."""
    if m["year"]:
        year = int(m["year"])
        return v.explicit_date(year, month, _weekday_holiday(year, month, wd, which))
    if ctx.anchor is None:
        return f"XXXX-{month:02d}-XX", False
    near = _weekday_holiday(ctx.anchor.year, month, wd, which)
    found = v.yearless_date(ctx, span_of(m), month, near)
    if found is None or not found[1]:
        return found
    year = int(found[0][:4])
    day = _weekday_holiday(year, month, wd, which)
    return f"{year:04d}-{month:02d}-{day:02d}", True


_WHICH = {"first": 1, "second": 2, "third": 3, "fourth": 4, "last": -1}


def ordinal_weekday(m: re.Match[str], ctx: Context) -> Result:
    """ "the first Wednesday in January", "the last Friday of April"."""
    wd = EN_WEEKDAYS[m["wd"].lower()]
    return _weekday_of_month(m, ctx, _month(m), wd, _WHICH[m["ord"].lower()])


def _movable_day(name: str, year: int) -> dt.date:
    if name == "black friday":
        return dt.date(year, 11, _weekday_holiday(year, 11, 3, 4) + 1)
    return cal.easter(year) + dt.timedelta(days=_EASTER_HOLIDAYS[name])


def _movable(m: re.Match[str], ctx: Context, name: str) -> Result:
    """A holiday whose day moves from year to year ("Good Friday", "Black Friday"): in the
    year given, else in the year rule Y1 gives its day in the anchor's year, as
    ``_weekday_of_month`` does for Thanksgiving."""
    if m["year"]:
        day = _movable_day(name, int(m["year"]))
        return v.explicit_date(day.year, day.month, day.day)
    if ctx.anchor is None:
        return "XXXX-XX-XX", False
    near = _movable_day(name, ctx.anchor.year)
    found = v.yearless_date(ctx, span_of(m), near.month, near.day)
    if found is None or not found[1]:
        return found
    return cal.ymd(_movable_day(name, int(found[0][:4]))), True


def _middle_of_week(year: int, month: int, which: int) -> dt.date:
    """The middle day of a month's Nth seven days (the 11th for the second), or of its last
    seven."""
    last = calendar.monthrange(year, month)[1]
    return dt.date(year, month, 7 * which - 3 if which > 0 else last - 3)


def nth_week(m: re.Match[str], ctx: Context) -> Result:
    """ "the second week of March": the ISO week holding the middle of the month's second
    seven days, in the year given or the year rule Y1 gives that day."""
    month, which = _month(m), _WHICH[m["ord"].lower()]
    if m["year"]:
        return cal.iso_week(_middle_of_week(int(m["year"]), month, which)), False
    if ctx.anchor is None:
        return "XXXX-WXX", False
    near = _middle_of_week(ctx.anchor.year, month, which)
    found = v.yearless_date(ctx, span_of(m), month, near.day)
    if found is None or not found[1]:
        return "XXXX-WXX", False
    return cal.iso_week(_middle_of_week(int(found[0][:4]), month, which)), True


def holiday(m: re.Match[str], ctx: Context) -> Result:
    name = re.sub(r"\s+", " ", m["hol"].lower()).replace("’", "'")
    if name in _EASTER_HOLIDAYS or name == "black friday":
        return _movable(m, ctx, name)
    if name in _WEEKDAY_HOLIDAYS:
        return _weekday_of_month(m, ctx, *_WEEKDAY_HOLIDAYS[name])
    month, day = _HOLIDAYS[name]
    if m["year"]:
        return v.explicit_date(int(m["year"]), month, day)
    return v.yearless_date(ctx, span_of(m), month, day)


def oclock(m: re.Match[str], ctx: Context) -> Result:
    """ "7 o'clock", "at ten o'clock": the hour as said, on its stated day (rule C1)."""
    word = m["h"].lower()
    hour = int(word) if word.isdigit() else int(NUMBERS.get(word, 0))
    if not 1 <= hour <= 12:
        return None
    return _on_stated_day(m, ctx, f"T{hour:02d}:00")


def year_to_date(m: re.Match[str], ctx: Context) -> Result:
    """ "year to date": the year under way (TimeML values "so far this year" so)."""
    return v.shifted(ctx, "Y", 0)


def split_year(m: re.Match[str], ctx: Context) -> Result:
    """ "the 2023/24 season": a year that straddles two is valued at its first, as "the winter
    of 2011-12" is; a fiscal year so named too ("the 2023-24 fiscal year", "FY2024-25")."""
    return v.explicit_date(int(m["year"] or m["fyear"]))


def this_time_year(m: re.Match[str], ctx: Context) -> Result:
    """ "this time last year": the year before, at a year's precision as "a year ago" is (the
    words give no day)."""
    return v.shifted(ctx, "Y", -1 if m["rel"].lower() == "last" else 1)
