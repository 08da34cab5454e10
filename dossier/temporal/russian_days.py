"""Russian days and hours: weekdays (rule W1, with a date beside them, a range's end, a
deadline), a part of a named weekday, the first day of a day range, and clock times. Split
from russian_norm, whose helpers they share."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence

from dossier.models import Timex
from dossier.temporal import values as v
from dossier.temporal.engine import Context, Refer, Result
from dossier.temporal.lexicon import RU_WEEKDAYS
from dossier.temporal.russian_norm import MONTHS, PARTS, REL_SHIFT, _amount, _month

_F = re.IGNORECASE


# "до понедельника", "к пятнице", "перенесли на пятницу", "продлили по пятницу" (not "в ночь
# на субботу")
_DEADLINE = re.compile(
    r"(?<![\w-])(?:до|к|ко|по|(?<!ночь\s)на|не\s+(?:позднее|позже|раньше|ранее))\s$", _F
)


# The end of a span of days: "в ночь с четверга на пятницу", "с субботы по понедельник"
_RANGE_END = re.compile(r"(?<![\w-])со?\s+(?P<first>\w+)\s+(?:на|по|до)\s+$", _F)


def range_first_day(m: re.Match[str], ctx: Context) -> Result:
    """ "с 1 по 10 апреля": the range's first day, in the month (and year) of its last."""
    if m["year"]:
        return v.explicit_date(int(m["year"]), _month(m), int(m["day"]))
    return v.yearless_date(ctx, m.span(), _month(m), int(m["day"]))


# an agency's dateline shortens the month: "МОСКВА, 14 ноя — РИА Новости" (round 24)
ABBREVIATED_MONTHS = {
    "янв": 1, "фев": 2, "мар": 3, "апр": 4, "июн": 6, "июл": 7, "авг": 8, "сен": 9, "сент": 9,
    "окт": 10, "ноя": 11, "дек": 12,
}  # fmt: skip


def dateline_day(m: re.Match[str], ctx: Context) -> Result:
    """ "14 ноя — РИА Новости": a yearless day of the shortened month (rule Y1)."""
    return v.yearless_date(ctx, m.span(), ABBREVIATED_MONTHS[m["abbr"].lower()], int(m["day"]))


# a date in apposition to a weekday: "в четверг, 28 марта"
_APPOSED_DATE = re.compile(r",\s*(?P<day>[0-3]?\d)\s+(?P<month>[а-яё]+)(?:\s+(?P<year>\d{4}))?")


def _apposed_date(m: re.Match[str], ctx: Context, wd: int) -> Result:
    """The date written beside a weekday, if it falls on that weekday."""
    found = _APPOSED_DATE.match(ctx.text, m.end())
    month = MONTHS.get(found["month"].lower()) if found else None
    if found is None or month is None:
        return None
    if found["year"]:
        value = v.explicit_date(int(found["year"]), month, int(found["day"]))
    else:
        value = v.yearless_date(ctx, found.span(), month, int(found["day"]))
    if value is None or not re.fullmatch(r"\d{4}-\d{2}-\d{2}", value[0]):
        return None
    return value if dt.date.fromisoformat(value[0]).weekday() == wd else None


# "в пятницу и [субботу]": the weekday before "и" stands under a preposition of its own
_COORDINATED = re.compile(
    r"(?i)(?<![\w-])(?:в|во|до|с|со|к|ко|на|по)\s+(?:[а-яё]+\s+)?"
    rf"(?:{'|'.join(sorted(RU_WEEKDAYS, key=len, reverse=True))})"
    r"(?:\s+(?:утром|днём|днем|вечером|ночью))?\s+и\s+$"
)


# a week named right before a weekday: "на прошлой неделе, в среду"
_NAMED_WEEK = re.compile(
    r"(?<![\w-])на\s+(?P<rel>прошл|следующ|эт|текущ|будущ)(?:ой|ей)\s+неделе,?\s+(?:в|во)\s+$",
    _F,
)
# or right after it: "во вторник на прошлой неделе" (round 24)
_WEEK_AFTER = re.compile(
    r"\s+на\s+(?P<rel>прошл|следующ|эт|текущ|будущ)(?:ой|ей)\s+неделе(?![\w-])", _F
)


def weekday(m: re.Match[str], ctx: Context) -> Result:
    if ctx.text[m.start() - 3 : m.start()] == " и " and not _COORDINATED.search(
        ctx.text, max(0, m.start() - 40), m.start()
    ):
        return None  # "Суббота и воскресенье — выходные": names of days, not dates
    rel = m["rel"]
    direction = REL_SHIFT[rel.lower()] if rel else 0
    wd = RU_WEEKDAYS[m["wd"].lower()]
    span = _RANGE_END.search(ctx.text, max(0, m.start() - 30), m.start())
    if not direction and span and span["first"].lower() in RU_WEEKDAYS:
        # the span's last day is the first such day after its first: the night "с четверга
        # на пятницу" ends on the Friday after that Thursday, not on next week's Friday
        first = v.weekday(ctx, span.span("first"), RU_WEEKDAYS[span["first"].lower()], 0)
        return v.weekday_after(first[0], wd) if first else None
    if not direction and _DEADLINE.search(ctx.text, max(0, m.start() - 10), m.start()):
        # "до понедельника", "к пятнице": a deadline ahead, on or after the anchor
        return v.weekday(ctx, m.span(), wd, 0, future=True)
    part = m["part"]
    if (
        not direction
        and not part
        and (
            (week := _NAMED_WEEK.search(ctx.text, max(0, m.start() - 40), m.start()))
            or (week := _WEEK_AFTER.match(ctx.text, m.end()))
        )
    ):
        # "на прошлой неделе, в среду": that week's Wednesday
        return v.weekday_in_week(ctx, REL_SHIFT[week["rel"].lower()], wd)
    if not part and (apposed := _apposed_date(m, ctx, wd)) is not None:
        return apposed
    if part:
        result = v.weekday(ctx, m.span(), wd, direction, "T" + PARTS[part.lower()])
        return v.as_time(result)
    return v.weekday(ctx, m.span(), wd, direction)


_PART_OF = {"утру": "MO", "утра": "MO", "вечеру": "EV", "вечера": "EV", "ночи": "NI"}
# the part of the day before a weekday in the genitive, in the other cases: "на утро пятницы",
# "вечер субботы", "утром понедельника" (round 22)
_PART_NAMED = {"утро": "MO", "утром": "MO", "вечер": "EV", "вечером": "EV"}


def part_of_weekday(m: re.Match[str], ctx: Context) -> Result:
    """ "утро пятницы", "на вечер субботы", "утром понедельника": that part of the weekday, one
    TIME, as "к вечеру понедельника" is; after a deadline word ("перенесли на утро пятницы") it
    lies ahead unless its clause is past, otherwise the weekday is read by its clause's tense."""
    wd = RU_WEEKDAYS[m["wd"].lower()]
    part = "T" + _PART_NAMED[m["part"].lower()]
    if _DEADLINE.search(ctx.text, max(0, m.start() - 10), m.start()):
        past = ctx.tense(*m.span()) == "past"
        return v.as_time(v.weekday(ctx, m.span(), wd, 0, part, future=not past))
    return v.as_time(v.weekday(ctx, m.span(), wd, 0, part))


def every_half_year(m: re.Match[str], ctx: Context) -> Result:
    """ "каждые полгода": every six months, a SET."""
    return "P6M", False


def night_on_weekday(m: re.Match[str], ctx: Context) -> Result:
    """ "в ночь на пятницу": the night that ends on the weekday, one TIME (the evening before,
    TNI), as "в ночь на 5 марта" is; the weekday is read by its clause's tense, as alone."""
    found = v.weekday(ctx, m.span(), RU_WEEKDAYS[m["wd"].lower()], 0)
    if found is None or not re.fullmatch(r"\d{4}-\d{2}-\d{2}", found[0]):
        return None
    day = dt.date.fromisoformat(found[0]) - dt.timedelta(days=1)
    return f"{day.isoformat()}TNI", found[1], "TIME"


def night_weekdays(m: re.Match[str], ctx: Context) -> Result:
    """ "в ночь со вторника на среду": the night that begins on the first weekday, read by its
    clause's tense as the weekday alone is (TNI, as "в ночь с 2 на 3 марта")."""
    return v.as_time(v.weekday(ctx, m.span(), RU_WEEKDAYS[m["wd"].lower()], 0, "TNI"))


def part_weekday(m: re.Match[str], ctx: Context) -> Result:
    """ "к вечеру понедельника": that part of the weekday; a deadline ahead unless its
    clause is past ("свет вернули к вечеру понедельника" is the Monday just gone)."""
    wd = RU_WEEKDAYS[m["wd"].lower()]
    part = "T" + _PART_OF[m["part"].lower()]
    past = ctx.tense(*m.span()) == "past"
    return v.as_time(v.weekday(ctx, m.span(), wd, 0, part, future=not past))


# the day a clock time is stated with after it: "около 23:00 в понедельник", "с 8 утра 19 марта"
_DAY_AFTER = re.compile(
    rf"\s+(?:в\s+(?P<wd>{'|'.join(RU_WEEKDAYS)})|(?P<day>[0-3]?\d)\s+(?P<month>[а-яё]+)"
    r"(?:\s+(?P<year>\d{4}))?)(?![\w-])",
    re.IGNORECASE,
)


def _on_day(m: re.Match[str], ctx: Context, clock: str) -> Result:
    """A clock time on the weekday or date written right after it (or in its span: "23:00
    воскресенья"), read as that day alone is; else on the day the passage talks about (rule
    C1)."""
    after = _DAY_AFTER.match(ctx.text, m.end())
    day: Result = None
    if m.groupdict().get("wdg"):  # "с 23:00 воскресенья": the weekday in the span
        day = v.weekday(ctx, m.span(), RU_WEEKDAYS[m["wdg"].lower()], 0)
    elif after is not None and after["wd"]:
        day = v.weekday(ctx, m.span(), RU_WEEKDAYS[after["wd"].lower()], 0)
    elif after is not None and (month := MONTHS.get(after["month"].lower())) is not None:
        if after["year"]:
            day = v.explicit_date(int(after["year"]), month, int(after["day"]))
        else:
            day = v.yearless_date(ctx, after.span(), month, int(after["day"]))
    if isinstance(day, tuple) and re.fullmatch(r"\d{4}-\d{2}-\d{2}", day[0]):
        return f"{day[0]}{clock}", day[1]
    return v.clock_on_stated_day(ctx, m.span(), clock)


def clock(m: re.Match[str], ctx: Context) -> Result:
    hour, minute = int(m["h"]), int(m["min"] or 0)
    if hour > 24:
        return None
    return _on_day(m, ctx, f"T{hour:02d}:{minute:02d}")


_CLOCK_PREPOSITION = re.compile(r"(?i)(?<![\w-])(?:в|с|со|до|к|около|после)\s$")


def dotted_clock(m: re.Match[str], ctx: Context) -> Result:
    """ "в 14.00", "с 9.00 до 18.00": a clock time after its preposition, read as "14:00"."""
    if not _CLOCK_PREPOSITION.search(ctx.text, max(0, m.start() - 7), m.start()):
        return None
    return clock(m, ctx)


def v_hours(m: re.Match[str], ctx: Context) -> Result:
    """ "в 22 часа", "с 22 часов 13 ноября": a clock hour on the day written right after it,
    else on the day the passage talks about (as "22:00" is; after a night named by its day, on
    the evening the night begins)."""
    hour = int(m["h"])
    return _on_day(m, ctx, f"T{hour % 24:02d}:00")


# "трёх часов ночи" is 03:00, "семи часов вечера" 19:00, "двенадцати часов ночи" 00:00
_HOUR_PART = {"ночи": 0, "утра": 0, "дня": 12, "вечера": 12}


def spelled_clock(m: re.Match[str], ctx: Context) -> Result:
    """ "около трёх часов ночи", "к семи часам утра": a clock hour named by its count and
    the part of the day, on the day the passage talks about (as "02:30" is)."""
    hour = _amount(m["num"])
    if hour is None or not float(hour).is_integer() or not 1 <= hour <= 12:
        return None
    part = m["part"].lower()
    hour = int(hour) % 12 + _HOUR_PART[part] if part in ("ночи", "дня", "вечера") else int(hour)
    if part == "дня" and hour > 18:
        return None  # "девяти часов дня" is not said: a count, not a clock
    return _on_day(m, ctx, f"T{hour:02d}:00")


def holiday(m: re.Match[str], ctx: Context) -> Result:
    """A holiday named as the time of an event: "День Победы" (9 May), "Новый год" (1
    January), "Старый Новый год" (14 January), in the year rule Y1 gives."""
    if m["nye"]:
        # "в новогоднюю ночь": the night of 31 December, the evening's day with TNI
        day = v.yearless_date(ctx, m.span(), 12, 31)
        return None if day is None else (f"{day[0]}TNI", day[1], "TIME")
    month, day_ = (5, 9) if m["victory"] else (1, 14 if m["old"] else 1)
    if m["eve"]:
        # "в канун Нового года": the day before the holiday (1 January's eve is 31 December)
        eve = dt.date(2001, month, day_) - dt.timedelta(days=1)
        month, day_ = eve.month, eve.day
    return v.yearless_date(ctx, m.span(), month, day_)


def midnight(m: re.Match[str], ctx: Context) -> Result:
    """ "в полночь", "около полуночи": 24:00 on the day the passage talks about; "в полдень"
    12:00, on a weekday or date written right after it as a clock time is ("в полдень в
    пятницу")."""
    if m.group().lower().rstrip().endswith(("полдень", "полудня")):
        return _on_day(m, ctx, "T12:00")
    return v.clock_on_stated_day(ctx, m.span(), "T24:00")


_NEXT_PARTS = {"утро": "MO", "вечер": "EV", "ночь": "NI"}


def next_part(m: re.Match[str], ctx: Context) -> Result:
    """ "на следующее утро", "на следующий вечер": that part of the day after the one the
    passage talks about (P1), one TIME, as "the following morning" is."""
    day = v.counted(ctx, m.span(), "D", 1)
    part = _NEXT_PARTS[m["part"].lower()]

    def resolve(before: Sequence[Timex]) -> tuple[str, bool] | None:
        found = day.resolve(before)
        if found is None or not re.match(r"^\d{4}-\d{2}-\d{2}$", found[0]):
            return None
        return f"{found[0]}T{part}", found[1]

    return Refer(resolve, "TIME")
