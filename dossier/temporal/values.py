"""Value builders shared by the English and Russian rules.

Each builder takes what the words said (a month, a day, a direction, a unit) and the
context, and returns ``(value, anchored)``: the TIMEX3 value at the precision the
words give, and whether the anchor was needed to get it. Without a usable anchor a
relative expression keeps only what the text gives (``XXXX-08-30``, ``XXXX-WXX-5``).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping, Sequence

from dossier.models import Timex
from dossier.temporal import calendar as cal
from dossier.temporal.engine import Context, Plain, Refer, Result
from dossier.temporal.months_to import period_ending
from dossier.temporal.report_days import without_report_days


def explicit_date(year: int, month: int | None = None, day: int | None = None) -> Plain:
    if month is None:
        return f"{year:04d}", False
    if not 1 <= month <= 12:
        return None
    if day is None:
        return cal.ym(year, month), False
    if not cal.valid_day(year, month, day):
        return None
    return f"{year:04d}-{month:02d}-{day:02d}", False


def stamped(found: Plain, m: re.Match[str]) -> Plain:
    """A date with the clock time its stamp writes after it ("Updated: 30.09.2024 14:05",
    "Опубликовано 5 марта 2024, 09:12") is one TIME; without one, the date as it is."""
    hour = m.groupdict().get("h")
    if found is None or hour is None or int(hour) > 24:
        return found
    return f"{found[0]}T{int(hour):02d}:{m['min']}", found[1], "TIME"


def yearless_date(
    ctx: Context,
    span: tuple[int, int],
    month: int,
    day: int | None,
    ahead: bool = False,
    neutral: bool = False,
) -> Plain:
    """ "August 30", "In May", "30 августа": the year comes from the anchor and tense (Y1);
    ``ahead`` where the words put the date in the future whatever the clause ("for October
    delivery"), ``neutral`` where they name an event with no tense of its own (Y2: "the
    Fed's Dec. 17 meeting")."""
    if not 1 <= month <= 12 or (day is not None and not 1 <= day <= 31):
        return None
    tense: cal.Tense = "future" if ahead else None if neutral else ctx.tense(*span)
    year = cal.year_for_month(ctx.anchor, month, day, tense)
    if year is None:
        tail = f"-{day:02d}" if day is not None else ""
        return f"XXXX-{month:02d}{tail}", False
    if day is not None and not cal.valid_day(year, month, day):
        return None
    return explicit_date(year, month, day)[0], True  # type: ignore[index]


# ", а именно в", ", namely in": what follows narrows the expression before it
_APPOSED = re.compile(
    r"(?i)[,(\u2014]\s*(?:а\s+именно|то\s+есть|в\s+частности|точнее|namely|specifically|"
    r"that\s+is|more\s+precisely|in\s+particular)\s*,?\s*(?:в|во|in)?\s*$"
)
_HAS_YEAR = re.compile(r"^(\d{4})(?:$|-(?:SP|SU|FA|WI|Q[1-4]|H[12])$)")


# a dash or a colon sets out what the sentence said before it: "в прошлом году тарифы
# повышали дважды — в январе и в июле", "twice last year -- in January and in July"
_SET_OUT = re.compile(r"(?:\s[\u2014\u2013]|\s--|:)\s*(?:в|во|in)?\s*$")
# a month coordinated with one so set out: "... — в январе и в июле"
_COORDINATED = re.compile(r"(?i)(?:\s(?:и|или|and|or)|,)\s*(?:в|во|in)?\s*$")
_MONTH_VALUE = re.compile(r"^(\d{4})-\d{2}$")
_PLAIN_YEAR = re.compile(r"^\d{4}$")
# only a comma and a preposition between a year and its month: "2023, in February"
_AFTER_YEAR = re.compile(r"(?i)\s*,\s*(?:в|во|in|during)\s+")


def apposed_month(ctx: Context, span: tuple[int, int], month: int) -> Refer | None:
    """A yearless month in apposition to a year or a season of a year ("летом 2022 года,
    а именно в июне", "in the spring of 2009, namely in April"), or set out after a dash
    or a colon in the sentence that names the year ("в прошлом году ... дважды — в январе и
    в июле"): that year's month, not the anchor's (rule Y1 is for a month the text gives
    no year); a month coordinated with such a month takes its year. None when no such
    word stands before it."""
    near = max(0, span[0] - 30)
    apposed = _APPOSED.search(ctx.text, near, span[0]) is not None
    set_out = _SET_OUT.search(ctx.text, near, span[0]) is not None
    coordinated = _COORDINATED.search(ctx.text, max(0, span[0] - 8), span[0]) is not None
    if not (apposed or set_out or coordinated):
        return None
    sentence = ctx.clause(*span)[0]

    def resolve(before: Sequence[Timex]) -> tuple[str, bool] | None:
        last = before[-1] if before else None
        named = _HAS_YEAR.match(last.value) if last else None
        if (
            last is not None
            and named is not None
            and ((apposed and last.end >= span[0] - 30) or (set_out and last.end >= sentence))
        ):
            return cal.ym(int(named.group(1)), month), False
        if (
            coordinated
            and last is not None
            and not last.anchored
            and (same := _MONTH_VALUE.match(last.value)) is not None
            and last.end >= sentence
        ):
            return cal.ym(int(same.group(1)), month), False
        if (
            coordinated
            and last is not None
            and not last.anchored
            and _PLAIN_YEAR.match(last.value)
            and _AFTER_YEAR.fullmatch(ctx.text, last.end, span[0])
        ):
            # "In 2023, in February, he was detained", "В 2023 году, в феврале,": the year's
            # month, set off by a comma as by a dash (round 23)
            return cal.ym(int(last.value), month), False
        plain = yearless_date(ctx, span, month, None)
        return None if plain is None else (plain[0], plain[1])

    return Refer(resolve)


def statistic_month(ctx: Context, month: int) -> Plain:
    """A month that names a figure's period ("October retail sales", "the November jobs
    report"): the latest such month begun by the anchor, whatever the tense (a figure is
    published once its month has begun: "will release October figures" in November)."""
    year = cal.year_for_month(ctx.anchor, month, None, "past")
    if year is None:
        return f"XXXX-{month:02d}", False
    return cal.ym(year, month), True


def month_relative(ctx: Context, month: int, direction: int) -> Plain:
    """ "last May" (-1), "next May" (+1), "this May" (0) (rule M1)."""
    if direction == 0:
        year = ctx.anchor.year if ctx.anchor else None
    else:
        year = cal.relative_month(ctx.anchor, month, direction)
    if year is None:
        return f"XXXX-{month:02d}", False
    return cal.ym(year, month), True


def coming_year(ctx: Context) -> Plain:
    """ "in the new year", "в новом году": the coming year when written in the year's last
    quarter (the December promise "в новом году откроют"), else the year under way."""
    if ctx.anchor is None:
        return None
    late = ctx.anchor.month is not None and ctx.anchor.month >= 10
    return f"{ctx.anchor.year + late:04d}", True


def season(
    ctx: Context, span: tuple[int, int], code: str, year: int | None, direction: int
) -> Plain:
    if year is not None:
        return f"{year:04d}-{code}", False
    resolved = cal.season_year(ctx.anchor, code, direction, ctx.tense(*span))
    if resolved is None:
        return f"XXXX-{code}", False
    return f"{resolved:04d}-{code}", True


def quarter(ctx: Context, span: tuple[int, int], q: int, year: int | None) -> Plain:
    """ "the third quarter", "third-quarter profit" without a year (rule Q1): in a past
    clause the latest such quarter begun by the anchor; in a future one the quarter that
    has just ended or a later one (a quarter's results come out after it ends: "third-
    quarter figures will be released" in October is this year's); with no tense the
    occurrence nearest the anchor's quarter, the earlier on a tie."""
    if year is not None:
        return f"{year:04d}-Q{q}", False
    anchor = ctx.anchor
    if anchor is None:
        return f"XXXX-Q{q}", False
    if anchor.month is None:
        return f"{anchor.year:04d}-Q{q}", True
    here = anchor.year * 4 + (anchor.month - 1) // 3
    options = [y * 4 + q - 1 for y in (anchor.year - 1, anchor.year, anchor.year + 1)]
    tense = ctx.tense(*span)
    if tense == "past":
        chosen = max(i for i in options if i <= here)
    elif tense == "future":
        chosen = min(i for i in options if i >= here - 1)
    else:
        chosen = min(options, key=lambda i: (abs(i - here), i))
    return f"{chosen // 4:04d}-Q{q}", True


def half(ctx: Context, span: tuple[int, int], h: int) -> Plain:
    """ "the second half" without a year (rule Q1 for halves): in a past clause the latest
    such half begun by the anchor ("closed three plants in the second half", written in
    February: last year's), in a future one the first not yet over, with no tense the
    anchor's year."""
    anchor = ctx.anchor
    if anchor is None:
        return f"XXXX-H{h}", False
    tense = ctx.tense(*span)
    if anchor.month is None or tense is None:
        return f"{anchor.year:04d}-H{h}", True
    here = anchor.year * 2 + (anchor.month - 1) // 6
    options = [y * 2 + h - 1 for y in (anchor.year - 1, anchor.year, anchor.year + 1)]
    if tense == "past":
        chosen = max(i for i in options if i <= here)
    else:
        chosen = min(i for i in options if i >= here)
    return f"{chosen // 2:04d}-H{h}", True


def weekday(
    ctx: Context,
    span: tuple[int, int],
    wd: int,
    direction: int,
    part: str = "",
    future: bool = False,
    tense_free: bool = False,
) -> Plain:
    """A weekday by its clause's tense; ``future`` puts it ahead whatever the clause, and
    ``tense_free`` reads it with no tense (the latest such day up to the anchor)."""
    tense: cal.Tense = "future" if future else None if tense_free else ctx.tense(*span)
    value = cal.weekday_date(ctx.anchor, wd, direction, tense)
    if value is None:
        return f"XXXX-WXX-{wd + 1}{part}", False
    return value + part, True


def weekday_in_week(ctx: Context, weeks: int, wd: int) -> Plain:
    """A weekday in the week ``weeks`` from the anchor's, named before it ("last week, on
    Wednesday", "на прошлой неделе, в среду"): that week's day, whatever the tense."""
    anchor = ctx.anchor.date if ctx.anchor else None
    if anchor is None:
        return None
    monday = anchor - dt.timedelta(days=anchor.weekday()) + dt.timedelta(weeks=weeks)
    return cal.ymd(monday + dt.timedelta(days=wd)), True


def weekday_told(ctx: Context, span: tuple[int, int], wd: int, step: int) -> Refer:
    """ "charged the following Monday" (``step`` 1): the first such weekday after the day the
    passage talks about (P1), "the previous Monday" (-1) the last one before it; "That Friday"
    (0): that weekday in the told day's week. With no day told, the weekday read by its clause's
    tense ("the previous Monday" as "last Monday")."""

    def resolve(before: Sequence[Timex]) -> tuple[str, bool] | None:
        ref = reference(ctx, before, span[0], periods_first=False)
        told = cal.Anchor.parse(ref) if ref and _DAY.match(ref[:10]) else None
        day = told.date if told else None
        if day is None:
            found = weekday(ctx, span, wd, min(step, 0))
            return (found[0], found[1]) if found else None
        if step > 0:
            ahead = (wd - day.weekday() - 1) % 7 + 1
            return cal.ymd(day + dt.timedelta(days=ahead)), True
        if step < 0:
            back = (day.weekday() - wd - 1) % 7 + 1
            return cal.ymd(day - dt.timedelta(days=back)), True
        return cal.ymd(day + dt.timedelta(days=wd - day.weekday())), True

    return Refer(resolve, "DATE")


def weekday_after(first: str, wd: int) -> Plain:
    """The first day of weekday ``wd`` after the day ``first`` (a span's last day: "с
    четверга на пятницу"), as "next Friday" is counted from an anchor; an unresolved
    ``first`` leaves the weekday unresolved too."""
    value = cal.weekday_date(cal.Anchor.parse(first), wd, 1, "past")
    return (value, True) if value else (f"XXXX-WXX-{wd + 1}", False)


_UNKNOWN = {"M": "XXXX-XX", "Q": "XXXX-QX", "W": "XXXX-WXX", "D": "XXXX-XX-XX"}


def shifted(ctx: Context, unit: str, amount: int, fallback: str | None = None) -> tuple[str, bool]:
    """The anchor moved by ``amount`` units at that unit's precision (R1); without a
    fine enough anchor, the unit's unspecified value (``XXXX-XX`` for a month)."""
    value = cal.shift(ctx.anchor, unit, amount)
    if value is None:
        return fallback or _UNKNOWN.get(unit, "XXXX"), False
    return value, True


def end_shift(ctx: Context, span: tuple[int, int], part: str, unit: str, rel: str | None) -> int:
    """Rule E1: the end of a unit in a past-tense sentence, written before that end has
    come, is the end of the unit before: "the flu peaked by the end of the year" in March,
    "prices fell at the end of the week" on a Monday, "at the end of the month" on the 2nd.
    A year ends in December, a month in its last ten days, a week on Thursday."""
    anchor = ctx.anchor
    if rel or anchor is None or anchor.month is None:
        return 0
    if not part.lower().startswith(("end", "кон")):
        return 0
    come = {
        "Y": anchor.month == 12,
        # an anchor with no day cannot say (taken as come)
        "M": anchor.day is None or anchor.day > 20,
        "W": anchor.date is None or anchor.date.weekday() >= 3,
    }.get(unit, True)
    if come or ctx.tense(*span) != "past":
        return 0
    return -1


def day_part(ctx: Context, days: int, part: str) -> Plain:
    """ "this morning", "last night", "вчера вечером": a day with its part (TMO, TAF, TEV, TNI)."""
    value = cal.shift(ctx.anchor, "D", days)
    if value is None:
        return f"XXXX-XX-XXT{part}", False
    return f"{value}T{part}", True


def and_a_half(ctx: Context, amount: float, unit: str, multiplier: int, ago: bool) -> Result | None:
    """A count and a half ("two and a half years", "полтора года"): a duration; with "ago"
    or "назад", a date counted back in months at a month's precision, as "half a year ago"
    is; decades and centuries in whole years at a year's precision (other units: the past at
    large)."""
    amount += 0.5
    if not ago:
        return duration(amount, unit, multiplier), False
    if unit == "Y" and multiplier == 1:
        back = shifted(ctx, "M", -int(amount * 12))
        return (back[0], back[1], "DATE") if back else None
    if unit == "Y" and float(amount * multiplier).is_integer():
        # "a decade and a half ago": 15 years back, at a year's precision
        back = shifted(ctx, "Y", -int(amount * multiplier))
        return (back[0], back[1], "DATE") if back else None
    return "PAST_REF", False, "DATE"


def duration(amount: float | None, unit: str, multiplier: int = 1) -> str:
    """A TIMEX3 duration: ``P10Y``, ``PT3H``, ``PXM`` (amount unknown)."""
    time = unit.startswith("T")
    code = unit[1:] if time else unit
    if amount is None:
        n = "X"
    else:
        total = amount * multiplier
        n = str(int(total)) if float(total).is_integer() else f"{total:g}"
    return f"PT{n}{code}" if time else f"P{n}{code}"


_DURATION_ORDER = "YMWD"
_TIME_ORDER = "HMS"
_DURATION_PART = re.compile(r"^P(?:(\d+)([YMWD]))?(?:T(\d+)([HMS]))?$")


def joined_duration(first: str, second: str) -> Plain:
    """Two durations written as one ("three years and six months": P3Y + P6M = P3Y6M),
    the larger unit first; None when the units repeat or come smaller first."""
    a, b = _DURATION_PART.match(first), _DURATION_PART.match(second)
    if a is None or b is None:
        return None
    date = [(n, u) for n, u in (a.group(1, 2), b.group(1, 2)) if u]
    time = [(n, u) for n, u in (a.group(3, 4), b.group(3, 4)) if u]
    if time and date and a[4] and b[2]:
        return None  # "two hours and a day": the day would come first
    ranks = [_DURATION_ORDER.index(u) for _, u in date] + [_TIME_ORDER.index(u) for _, u in time]
    if (len(date) == 2 and ranks[0] >= ranks[1]) or (len(time) == 2 and ranks[-2] >= ranks[-1]):
        return None
    value = "P" + "".join(f"{n}{u}" for n, u in date)
    if time:
        value += "T" + "".join(f"{n}{u}" for n, u in time)
    return value, False


def decade(year: int) -> str:
    """ "the 1990s" -> ``199``: TimeML writes a decade as the year's first three digits."""
    return f"{year // 10:03d}"


def spelled_decade(ctx: Context, tens: int) -> Plain:
    """ "the nineties", "нулевые годы": the latest such decade begun by the anchor (a
    writer in 2013 means the 1990s and the 2000s), without an anchor the 20th century's."""
    if ctx.anchor is None:
        return decade(1900 + 10 * tens), False
    year = ctx.anchor.year // 100 * 100 + 10 * tens
    return decade(year if year <= ctx.anchor.year else year - 100), True


def century(ordinal: int) -> str:
    """ "the 20th century" -> ``19``: TimeML writes a century as its first two digits."""
    return f"{ordinal - 1:02d}"


def as_time(result: Plain) -> Plain:
    """The same value typed TIME ("Friday afternoon", "вчера вечером")."""
    return None if result is None else (result[0], result[1], "TIME")


def ym_value(year: int, month: int, anchored: bool) -> Plain:
    return cal.ym(year, month), anchored


# --- values counted from the time the passage talks about (rule P1) --------------------

_CALENDAR = re.compile(r"^(\d{4})(?:-(Q[1-4]|H[12]|SP|SU|FA|WI|\d{2}|W\d{2}))?(?:-(\d{2}))?$")
_PERIOD = re.compile(r"^\d{4}(?:-(?:Q[1-4]|H[12]|SP|SU|FA|WI|\d{2}))?$")
_QUARTER = re.compile(r"^\d{4}-Q[1-4]$")
_FINE_REFERENCE = re.compile(r"^\d{4}-(?:\d{2}(?:-\d{2})?|W\d{2})(?:$|T)")
# the reported quarter is one the story names ("the third quarter", "в третьем квартале"),
# not one counted back from it ("a year earlier", "the year-earlier quarter")
_NAMED_QUARTER = re.compile(r"(?i)quarter|квартал|\bQ[1-4]\b")
_BACK = re.compile(r"(?i)earlier|ago|prior|previous|before|last|прошл|предыдущ|аналогичн|ранее")


# where a comparison starts, not the period a passage reports: "since late 2022", "up from 9.9%
# in August", "compared with 2.1% in May", "против 7,5% в августе"
_SINCE = re.compile(
    r"(?i)(?:\bsince|(?:\bfrom|\bcompared\s+with|\bagainst|против)\s+[^\s,;]{1,12}"
    r"(?:\s+(?:percent|per\s+cent|процент\w*))?\s+(?:in|в))\s+$"
)


# "since the start of the year": the year so far, the period the passage reports (round 22)
_START_OF = re.compile(r"(?i)^(?:the\s+)?(?:start|beginning)\s+of\b")


def _year_to_date(ctx: Context, t: Timex) -> bool:
    """ "Since the start of the year, 3,000 were expelled, up from 1,800 a year earlier": a
    period after "since" that opens the anchor's own year is the year to date, which the
    passage reports, not a point a comparison starts from."""
    anchor = ctx.anchor.date if ctx.anchor else None
    return anchor is not None and t.value == f"{anchor.year:04d}" and bool(_START_OF.match(t.text))


def reference(
    ctx: Context,
    before: Sequence[Timex],
    start: int,
    periods_first: bool = True,
    same_day: bool = False,
) -> str | None:
    """The time a passage talks about at ``start`` (rule P1): the latest period named
    before it in its paragraph or the one before (a year, half, quarter, season or month:
    "profit in the third quarter rose from a year earlier"), else the latest date there
    ("detained on May 3, 2020; a year earlier"), else None (the anchor is the reference).
    Two paragraphs, as a text with one sentence per line (a treebank's) gives a sentence's
    comparison its period in the sentence before. A count of days, weeks or months
    (``periods_first`` False) follows the narrative instead: the latest date or period
    told before it ("signed this spring and was sent to the front on July 9. About five
    weeks later" counts from July 9)."""
    floor = ctx.paragraph_before(start)
    told = [t for t in before if t.start >= floor and t.type in ("DATE", "TIME")]
    here = [t.value for t in told]
    if same_day and here:
        # "the same day" after a day and a month told later that lies before it or holds
        # it ("В среду МИД потребовал компенсаций семьям погибших в декабре. В тот же
        # день"; "on April 10. He was expelled late last month. A friend signed the same
        # day"): the day; a month that moves the story on ("погиб 8 марта. Тело доставили
        # только в мае, похоронили в тот же день") is the time talked about
        days = [value[:10] for value in here if _DAY.match(value[:10])]
        if days and here[-1][:10] != days[-1] and here[-1][:7] <= days[-1][:7]:
            return days[-1]
    if periods_first:
        # a period after "since" is where a comparison starts, not the one the passage
        # reports ("rose in December at the fastest pace since late 2022 and were 4.7% higher
        # than a year earlier" counts back from December)
        for t in reversed(told):
            ending = period_ending(ctx.text, before, t)
            if ending is not None:
                return ending  # "the three months through September": the third quarter
            if _PERIOD.match(t.value) and (
                not _SINCE.search(ctx.text, max(0, t.start - 40), t.start) or _year_to_date(ctx, t)
            ):
                return t.value
    if not periods_first:
        # a count of days or weeks goes from a day, week or month told before it, not from
        # the year a background clause names ("живет в стране с 2017 года. Днем ранее")
        for value in reversed(here):
            if _FINE_REFERENCE.match(value):
                return value[:10]
    for value in reversed(here):
        if _PERIOD.match(value) or _CALENDAR.match(value[:10]):
            return value if _PERIOD.match(value) else value[:10]
    return None


def latest_named(ctx: Context, start: int, fallback: str) -> Refer:
    """The latest date, period or time named before ``start`` in its paragraph or the one
    before ("at the time" after "in 1961" is 1961), at its own precision; else
    ``fallback`` (a reference value)."""

    def resolve(before: Sequence[Timex]) -> tuple[str, bool]:
        floor = _paragraph_before(ctx, start)
        for t in reversed(before):
            if t.start < floor:
                break
            if t.type in ("DATE", "TIME") and _CALENDAR.match(t.value[:10]):
                return t.value[:10], True
        return fallback, False

    return Refer(resolve)


def year_back(value: str, years: int) -> str:
    """A year, half, quarter, season or month moved by whole years: 2019-Q3 -> 2018-Q3."""
    return f"{int(value[:4]) + years:04d}{value[4:]}"


def counted(ctx: Context, span: tuple[int, int], unit: str, amount: int) -> Refer:
    """ "a year earlier", "two weeks later", "the week before", "годом ранее": the time the
    passage talks about moved by ``amount`` units (P1). Whole years keep a period's
    precision ("2018-Q3"); otherwise the unit's precision, counted from the reference's
    day or month, or from the anchor when the paragraph names no date (unless the clause
    is past and the count goes forward: then the value is unknown). A reference coarser
    than the unit keeps its own precision: "the following day" after "in September" is in
    September (counted from the month's middle), after "this spring" in that spring, after
    "earlier this week" in that week. "The
    same day" is the day told before it when a month told after that day lies before it or
    holds it (a background month: "В среду МИД потребовал компенсаций семьям погибших в декабре. В
    тот же день ..." is Wednesday, not December)."""
    same_day = unit == "D" and amount == 0

    def resolve(before: Sequence[Timex]) -> tuple[str, bool] | None:
        tense = ctx.tense(*span) if amount < 0 else None
        if tense == "past":
            before = _told_by_now(ctx, before)
        elif tense == "future" and unit != "Y":
            # "Jury selection will start the week before": before the day ahead told, not a
            # past month named after it (round 22)
            before = _told_ahead(ctx, before) or before
        if unit == "W" and amount < 0:
            before = without_report_days(ctx, before)
        ref = reference(ctx, before, span[0], periods_first=unit == "Y", same_day=same_day)
        if ref is None and same_day:
            ref = _day_further_back(ctx, before, span[0])
        if ref is None and amount > 0 and ctx.tense(*span) == "past":
            # "two years later, he resigned" with no date before it: when is unknown
            return _UNKNOWN.get(unit, "XXXX"), False
        if ref is not None and unit == "Y" and _PERIOD.match(ref):
            return year_back(ref, amount), True
        if ref is not None and unit in ("W", "D") and _PERIOD.match(ref):
            return _coarse(ref, unit, amount), True
        in_weeks = ref is not None and "-W" in ref
        if ref is not None and in_weeks:
            ref = cal.week_monday(ref)
        value = cal.shift(cal.Anchor.parse(ref), unit, amount) if ref else None
        if in_weeks and unit == "D" and value is not None:
            # days counted from a week told ("earlier this week ... the next day"): a day of
            # that week, as the text gives it, not the one counted from its Monday
            value = cal.iso_week(dt.date.fromisoformat(value))
        if value is None:
            value = cal.shift(ctx.anchor, unit, amount)
        if value is None:
            return _UNKNOWN.get(unit, "XXXX"), False
        return value, True

    return Refer(resolve)


def _day_further_back(ctx: Context, before: Sequence[Timex], start: int) -> str | None:
    """The latest day told in the two paragraphs before those rule P1 reads, for "the same
    day" when they name no time: a wire tells the raid "в четверг", then a paragraph of
    counts, then "в тот же день заключили контракт" (Thursday, not the dateline's day)."""
    floor = start
    for _ in range(3):  # the paragraph before, and the two before that
        floor = ctx.paragraph_before(floor)
    days = [t.value[:10] for t in before if t.start >= floor and _DAY.match(t.value[:10])]
    return days[-1] if days else None


def _told_by_now(ctx: Context, before: Sequence[Timex]) -> list[Timex]:
    """The days told before a count back in a past clause, less those after the anchor: "The
    day before, his deputy had said" is not counted from a deadline still ahead ("would end
    by June 1"), but from the day told before it."""
    today = ctx.anchor.date if ctx.anchor else None
    if today is None:
        return list(before)
    now = today.isoformat()
    return [t for t in before if not (_DAY.match(t.value[:10]) and t.value[:10] > now)]


def _told_ahead(ctx: Context, before: Sequence[Timex]) -> list[Timex]:
    """The days told before a count back in a future clause that lie after the anchor, if any:
    "set the trial for April 8. ... held since January. Jury selection will start the week
    before" counts from April 8."""
    today = ctx.anchor.date if ctx.anchor else None
    if today is None:
        return []
    now = today.isoformat()
    return [t for t in before if _DAY.match(t.value[:10]) and t.value[:10] > now]


def _coarse(ref: str, unit: str, amount: int) -> str:
    """A count of days or weeks from a month, season, quarter or year: a month's middle
    moved by the count, as a month; a longer period stays itself."""
    anchor = cal.Anchor.parse(ref)
    if not re.fullmatch(r"\d{4}-\d{2}", ref) or anchor is None or anchor.month is None:
        return ref
    moved = cal.shift(
        cal.Anchor(anchor.year, anchor.month, 15), "D", amount * (7 if unit == "W" else 1)
    )
    return moved[:7] if moved else ref


def reported_quarter(ctx: Context, before: Sequence[Timex]) -> tuple[str, bool]:
    """The quarter a business story reports: the latest quarter it named before, else the
    last quarter that ended before the anchor ("the latest quarter" in late July is Q2)."""
    for t in reversed(before):
        if _QUARTER.match(t.value) and _NAMED_QUARTER.search(t.text) and not _BACK.search(t.text):
            return t.value, True
    value = cal.shift(ctx.anchor, "Q", -1)
    return (value, True) if value else ("XXXX-QX", False)


def reporting_quarter(ctx: Context) -> Refer:
    """ "the quarter", "the latest quarter" (rule P2)."""
    return Refer(lambda before: reported_quarter(ctx, before))


def quarter_before_reported(ctx: Context) -> Refer:
    """ "the prior quarter", "the previous quarter" (P2): the quarter before the one the
    story reports (a results story compares its quarter with the one just before it)."""

    def resolve(before: Sequence[Timex]) -> tuple[str, bool] | None:
        value, anchored = reported_quarter(ctx, before)
        if not _QUARTER.match(value):
            return "XXXX-QX", False
        year, q = int(value[:4]), int(value[-1])
        year, q = (year, q - 1) if q > 1 else (year - 1, 4)
        return f"{year:04d}-Q{q}", anchored

    return Refer(resolve)


def trading_day(ctx: Context, span: tuple[int, int], amount: int) -> Refer:
    """ "the previous session" of a market report (P1): the day the passage reports moved
    by ``amount`` days, passing over a weekend (markets do not trade then: a Monday's
    previous session is the Friday before)."""
    day = counted(ctx, span, "D", amount)

    def resolve(before: Sequence[Timex]) -> tuple[str, bool] | None:
        found = day.resolve(before)
        if found is None or not _DAY.match(found[0]):
            return found
        date = dt.date.fromisoformat(found[0])
        while date.weekday() >= 5:
            date += dt.timedelta(days=1 if amount > 0 else -1)
        return date.isoformat(), found[1]

    return Refer(resolve)


def year_earlier_period(
    ctx: Context, start: int, quarter_only: bool, year: int | None = None
) -> Refer:
    """ "the year-earlier quarter", "the year-ago period", "аналогичный период прошлого
    года" (P2): the reported quarter, or for a period the period the passage talks about,
    a year back; a period with none named before it is the anchor's year before. With a
    ``year`` ("the same period of 2021", "аналогичного периода 2021 года"), that year's."""

    def resolve(before: Sequence[Timex]) -> tuple[str, bool] | None:
        if quarter_only:
            ref = reported_quarter(ctx, before)[0]
        else:
            ref = reference(ctx, before, start) or ""
            if not _PERIOD.match(ref):
                ref = cal.shift(ctx.anchor, "Y", 0) or ""
        if year is not None:
            return (
                f"{year:04d}{ref[4:]}" if ref and not ref.startswith("X") else f"{year:04d}"
            ), True
        if not ref or ref.startswith("X"):
            return "XXXX", False
        return year_back(ref, -1), True

    return Refer(resolve)


_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def clock_on_stated_day(ctx: Context, span: tuple[int, int], clock: str) -> Refer:
    """A time of day with no day of its own ("halted at 11:42 a.m."): on the day its
    sentence names before it ("Yesterday, trading was halted at 11:42 a.m."), else on the
    latest day its paragraph names before it (the day the passage talks about: "Trading
    resumed at 2 p.m."), passing over a day named in an earlier sentence only as what
    another is compared with ("the previous session"), and, in a past clause, a day of an
    earlier sentence that lies after the anchor ("will close at midnight Friday.
    Negotiators worked until 3 a.m." is the anchor's night, not Friday's), else on the
    anchor's day. A morning hour after a night is on the night's next day ("в ночь на 12
    марта ... в 02:30" is the 12th)."""

    def resolve(before: Sequence[Timex]) -> tuple[str, bool]:
        left = ctx.paragraph(span[0])[0]
        sentence = ctx.clause(*span)[0]
        past = None
        for t in reversed(before):
            if t.start < left:
                break
            if t.start < sentence and _COMPARED.search(t.text):
                continue  # "rose Tuesday after a loss in the previous session. ... at 2 p.m."
            if t.start < sentence and _after_anchor(ctx, t.value):
                past = ctx.tense(*span) == "past" if past is None else past
                if past:
                    continue  # a past event's hour is not on a day still ahead
            if t.type in ("DATE", "TIME") and _DAY.match(t.value[:10]):
                if _RANGE_INTO_MORNING.match(ctx.text, t.end, span[0]) and _overnight(t, clock):
                    next_day = cal.shift(cal.Anchor.parse(t.value[:10]), "D", 1)
                    return f"{next_day}{clock}", t.anchored
                if t.type == "TIME" and not t.value.endswith("TNI"):
                    return f"{t.value[:10]}{clock}", t.anchored
                if t.type == "TIME" and int(clock[1:3]) < 12:
                    next_day = cal.shift(cal.Anchor.parse(t.value[:10]), "D", 1)
                    return f"{next_day}{clock}", t.anchored
                return f"{t.value[:10]}{clock}", t.anchored
        day = shifted(ctx, "D", 0, "XXXX-XX-XX")
        return f"{day[0]}{clock}", day[1]

    return Refer(resolve, "TIME")


# quotation marks, English and Russian ("...", “...”, «...»): an odd count before a span opens
_QUOTE_MARK = re.compile(r'["\u201c\u201d\u00ab\u00bb]')


def quoted_shift(ctx: Context, span: tuple[int, int], unit: str, amount: int) -> Plain | Refer:
    """ "next month" in words quoted from a speaker whom the sentence dates before the quote
    ("When the mayor spoke to us on Oct. 28, she promised the shelters would open "next
    month""): counted from that day, not the anchor; elsewhere as ``shifted`` (rule R1)."""
    left = ctx.clause(*span)[0]
    marks = [m.start() for m in _QUOTE_MARK.finditer(ctx.text, left, span[0])]
    if len(marks) % 2 == 0 or ctx.anchor is None or ctx.anchor.date is None:
        return shifted(ctx, unit, amount)
    opening, today = marks[-1], cal.ymd(ctx.anchor.date)

    def resolve(before: Sequence[Timex]) -> tuple[str, bool] | None:
        for t in reversed(before):
            if t.start < left:
                break
            day = t.value[:10]
            if t.end <= opening and t.type in ("DATE", "TIME") and _DAY.match(day) and day < today:
                value = cal.shift(cal.Anchor.parse(day), unit, amount)
                return (value, t.anchored) if value else None
        plain = cal.shift(ctx.anchor, unit, amount)
        return (plain, True) if plain else None

    return Refer(resolve, "DATE")


def range_end_year(
    text: str, end: int, month: int, last: re.Pattern[str], months: Mapping[str, int]
) -> int | None:
    """The year of a range whose yearless first date ends at ``end`` and whose last date, with
    its year, follows ("from Sept. 21 to Oct. 28, 2022", "с 3 марта по 5 апреля 2021 года"):
    the last's year, or the one before when the first's month comes later ("Dec. 20 to Jan.
    10, 2022"). ``last`` matches the connector and the last date (groups ``ma`` or ``mb``, the
    month word, and ``y2``, the year)."""
    found = last.match(text, end)
    if found is None:
        return None
    word = (found["ma"] or found["mb"] or "").rstrip(".").lower()
    if word not in months:
        return None
    year = int(found["y2"])
    return year - 1 if month > months[word] else year


# what a morning after it ends: a night, an evening or a clock time from 6 p.m. to midnight
_NIGHT_TOLD = re.compile(r"T(?:NI|EV|1[89]:\d\d|2\d:\d\d)$")
# a range from a late hour to a morning one: "с 23:00 воскресенья до 5 утра", "from 11 p.m.
# Sunday until 5 a.m." (the range's end is on the next day)
_RANGE_INTO_MORNING = re.compile(
    r"(?i)\s*(?:-|\u2013|\u2014|до|по|to|until|till|through)\s+(?:(?:about|around|около)\s+)?$"
)


def _overnight(told: Timex, clock: str) -> bool:
    """A late clock time told (6 p.m. to midnight) and a morning hour after it."""
    return (
        told.type == "TIME"
        and _NIGHT_TOLD.search(told.value) is not None
        and not told.value.endswith(("NI", "EV"))
        and int(clock[1:3]) < 12
    )


def morning_told(ctx: Context, span: tuple[int, int]) -> Refer:
    """ "at dawn", "in the early hours", "на рассвете", "под утро": the morning (TMO) of the
    latest day its paragraph names before it, the next day's when a night, an evening or a
    late clock time was told on that day ("broke out around midnight on Friday ... put out at
    dawn" is Saturday's), else the anchor's morning."""

    def resolve(before: Sequence[Timex]) -> tuple[str, bool]:
        left = ctx.paragraph(span[0])[0]
        told = [t for t in before if t.start >= left and t.type in ("DATE", "TIME")]
        days = [t.value[:10] for t in told if _DAY.match(t.value[:10])]
        if not days:
            today = cal.shift(ctx.anchor, "D", 0)
            return (f"{today}TMO", True) if today else ("XXXX-XX-XXTMO", False)
        night = any(t.value[:10] == days[-1] and _NIGHT_TOLD.search(t.value) for t in told)
        day = cal.shift(cal.Anchor.parse(days[-1]), "D", 1) if night else days[-1]
        return f"{day}TMO", True

    return Refer(resolve, "TIME")


# what stands between a day and an ordinal day in apposition to it ("on Tuesday, the third
# day of the strike"): the day is the ordinal day itself
_APPOSED_DAY = re.compile(r"^\s*[,(\u2014]\s*(?:(?:на|в|on)\s+)?$")


def ordinal_day(
    ctx: Context, span: tuple[int, int], nth: int, unit: str = "D", start: str | None = None
) -> Refer:
    """ "on the third day of the talks", "на третий день мобилизации": the day counted from the
    latest day its paragraph or the one before names (day one), when one is named (the start of
    the event the story dated); that day itself when the ordinal stands in apposition to it; an
    unknown day when none is named ("got across on the 99th day", as TempEval-3 platinum marks
    it: ``XXXX-XX-XX``). With ``unit`` "W", "the second week of his trial": the ISO week that
    holds the event's eighth day (round 22; ``XXXX-WXX`` when no day is named); ``start``, the
    event's first day when the text dates it after the ordinal ("of his trial, which opened on
    Nov. 7")."""

    def resolve(before: Sequence[Timex]) -> tuple[str, bool] | None:
        if start is not None:
            counted = cal.shift(cal.Anchor.parse(start), unit, nth - 1)
            return (counted, True) if counted else None
        floor = _paragraph_before(ctx, span[0])
        for t in reversed(before):
            if t.start < floor:
                break
            if t.type in ("DATE", "TIME") and _DAY.match(t.value[:10]):
                apposed = unit == "D" and _APPOSED_DAY.match(ctx.text[t.end : span[0]])
                value = cal.shift(cal.Anchor.parse(t.value[:10]), unit, 0 if apposed else nth - 1)
                return (value, t.anchored) if value else None
        return ("XXXX-XX-XX" if unit == "D" else "XXXX-WXX"), False

    return Refer(resolve, "DATE")


# the month each season begins and ends in (a winter ends in its next year's February)
_SEASON_MONTHS = {"SP": (3, 5), "SU": (6, 8), "FA": (9, 11), "WI": (12, 14)}


def season_counted(ctx: Context, span: tuple[int, int], code: str, direction: int) -> Refer:
    """ "convicted the following spring", "the previous summer": the first such season that
    begins after the time the passage talks about (P1), or the latest that ended before it; a
    year told alone gives the next or the previous year's season. With nothing told, the
    anchor is the reference."""
    first, last = _SEASON_MONTHS[code]

    def resolve(before: Sequence[Timex]) -> tuple[str, bool] | None:
        ref = reference(ctx, before, span[0], periods_first=False)
        told = cal.Anchor.parse(ref) if ref else ctx.anchor
        if told is None:
            return None
        month = told.month
        if month is None:
            return f"{told.year + direction:04d}-{code}", True
        told_month = told.year * 12 + month
        # the first whose first month comes after the month told, or the latest whose last
        # month came before it
        after, ended = (told_month - first) // 12 + 1, (told_month - last - 1) // 12
        year = after if direction > 0 else ended
        return f"{year:04d}-{code}", True

    return Refer(resolve, "DATE")


def day_of_every_month(day: int) -> Plain | None:
    """ "on the 15th of every month", "24-го числа каждого месяца": a SET of that day."""
    return (f"XXXX-XX-{day:02d}", False) if 1 <= day <= 31 else None


# a value's month, when it has one: "2024-03", "2024-03-05", "2024-03-05T14:00"
_MONTH_OF_DAY = re.compile(r"^(?P<ym>\d{4}-\d{2})(?:-\d{2}(?:T.*)?)?$")


def day_of_told_month(ctx: Context, span: tuple[int, int], day: int) -> Refer:
    """ "on the 14th", "24-го числа": that day of the month the passage talks about, the latest
    month named before it in its paragraph; else the anchor's month, or the month before when a
    past clause names a day after the anchor's (the month after when a future one names one
    before it)."""
    left = ctx.paragraph(span[0])[0]

    def resolve(before: Sequence[Timex]) -> tuple[str, bool] | None:
        for t in reversed(before):
            if t.start < left:
                break
            found = _MONTH_OF_DAY.match(t.value) if t.type in ("DATE", "TIME") else None
            if found:
                year, month = (int(x) for x in found["ym"].split("-"))
                return (
                    (f"{found['ym']}-{day:02d}", t.anchored)
                    if cal.valid_day(year, month, day)
                    else None
                )
        anchor = ctx.anchor.date if ctx.anchor else None
        if anchor is None:
            return f"XXXX-XX-{day:02d}", False
        year, month = anchor.year, anchor.month
        tense = ctx.tense(*span)
        step = (
            -1
            if tense == "past" and day > anchor.day
            else 1
            if tense == "future" and day < anchor.day
            else 0
        )
        month += step
        year, month = (
            (year - 1, 12) if month == 0 else (year + 1, 1) if month == 13 else (year, month)
        )
        return (
            (f"{year:04d}-{month:02d}-{day:02d}", True) if cal.valid_day(year, month, day) else None
        )

    return Refer(resolve, "DATE")


def part_of_told_day(ctx: Context, span: tuple[int, int], step: int, part: str) -> Refer:
    """A part of the day the passage talks about (P1), moved by ``step`` days: "that evening",
    "the following morning", "в тот вечер"."""
    day = counted(ctx, span, "D", step)

    def resolve(before: Sequence[Timex]) -> tuple[str, bool] | None:
        found = day.resolve(before)
        if found is None or not _DAY.match(found[0]):
            return None
        return f"{found[0]}T{part}", found[1]

    return Refer(resolve, "TIME")


def _after_anchor(ctx: Context, value: str) -> bool:
    """Whether a value of day precision lies after the anchor's day."""
    if ctx.anchor is None or ctx.anchor.date is None or not _DAY.match(value[:10]):
        return False
    return value[:10] > ctx.anchor.date.isoformat()


# a day named as what another is compared with ("the previous session", "a day earlier")
# is not the day a later sentence's clock time is on
_COMPARED = re.compile(r"(?i)\b(?:previous|prior|preceding|earlier|before)\b")
_WEEK = re.compile(r"^\d{4}-W\d{2}$")


def reported_week(ctx: Context, start: int) -> Refer:
    """ "for the week" in a market report ("down 1.2% for the week"): the ISO week of the
    latest day before the anchor named in the paragraph or the one before (a week's result
    is told once the trading is done: "Stocks fell Friday ... for the week"), or of a
    week named there that is over, else the anchor's week."""

    def resolve(before: Sequence[Timex]) -> tuple[str, bool]:
        anchor = ctx.anchor
        today = anchor.date if anchor is not None else None
        if today is None:
            return shifted(ctx, "W", 0, "XXXX-WXX")
        floor = _paragraph_before(ctx, start)
        for t in reversed(before):
            if t.start < floor:
                break
            if t.type != "DATE":
                continue
            if _DAY.match(t.value) and t.value < cal.ymd(today):
                return cal.iso_week(dt.date.fromisoformat(t.value)), True
            if _WEEK.match(t.value) and t.value < cal.iso_week(today):
                return t.value, True
        return cal.iso_week(today), True

    return Refer(resolve)


def full_year(ctx: Context, span: tuple[int, int]) -> Plain:
    """ "the full year", "full-year" (P3): the anchor's year; in a past-tense clause written
    in January to March (annual results are out then) the year before."""
    anchor = ctx.anchor
    if anchor is None:
        return "XXXX", False
    if anchor.month is not None and anchor.month <= 3 and ctx.tense(*span) == "past":
        return f"{anchor.year - 1:04d}", True
    return f"{anchor.year:04d}", True


def week_of(ctx: Context, span: tuple[int, int], month: int, day: int, year: int | None) -> Plain:
    """ "the week of March 6": the ISO week holding that day (its year by rule Y1; the
    anchor's own week whatever the tense)."""
    if year is not None:
        if not cal.valid_day(year, month, day):
            return None
        return cal.iso_week(dt.date(year, month, day)), False
    anchor = ctx.anchor
    if anchor is not None and anchor.date is not None and cal.valid_day(anchor.year, month, day):
        week = cal.iso_week(dt.date(anchor.year, month, day))
        if week == cal.iso_week(anchor.date):
            return week, True
    resolved = yearless_date(ctx, span, month, day)
    if resolved is None or resolved[0].startswith("X"):
        return "XXXX-WXX", False
    return cal.iso_week(dt.date.fromisoformat(resolved[0])), resolved[1]


def _paragraph_before(ctx: Context, start: int) -> int:
    """Where the paragraph before the one holding ``start`` begins (its own, for the first):
    how far back a time told by reference ("at the time", "that week") looks for its date."""
    floor = ctx.paragraph(start)[0]
    return ctx.paragraph(floor - 1)[0] if floor > 0 else floor


_YEAR_OF = re.compile(r"^(\d{4})(?:$|-)")


def that_period(ctx: Context, span: tuple[int, int], code: str, alone: Plain) -> Refer:
    """ "that August" (code ``08``), "that spring" (``SP``): that month or season of the
    latest year named before it in its paragraph or the one before ("resigned in 2004 ...
    that August"); with none, ``alone`` (the month or season read without "that")."""

    def resolve(before: Sequence[Timex]) -> tuple[str, bool] | None:
        floor = _paragraph_before(ctx, span[0])
        for t in reversed(before):
            if t.start < floor:
                break
            named = _YEAR_OF.match(t.value) if t.type in ("DATE", "TIME") else None
            if named is not None:
                return f"{named.group(1)}-{code}", t.anchored
        return None if alone is None else (alone[0], alone[1])

    return Refer(resolve)
