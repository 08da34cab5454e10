"""Value builders shared by the English and Russian rules.

Each builder takes what the words said (a month, a day, a direction, a unit) and the
context, and returns ``(value, anchored)``: the TIMEX3 value at the precision the
words give, and whether the anchor was needed to get it. Without a usable anchor a
relative expression keeps only what the text gives (``XXXX-08-30``, ``XXXX-WXX-5``).
"""

from __future__ import annotations

from dossier.temporal import calendar as cal
from dossier.temporal.engine import Context, Result


def explicit_date(year: int, month: int | None = None, day: int | None = None) -> Result:
    if month is None:
        return f"{year:04d}", False
    if not 1 <= month <= 12:
        return None
    if day is None:
        return cal.ym(year, month), False
    if not cal.valid_day(year, month, day):
        return None
    return f"{year:04d}-{month:02d}-{day:02d}", False


def yearless_date(ctx: Context, span: tuple[int, int], month: int, day: int | None) -> Result:
    """ "August 30", "In May", "30 августа": the year comes from the anchor and tense (Y1)."""
    if not 1 <= month <= 12 or (day is not None and not 1 <= day <= 31):
        return None
    year = cal.year_for_month(ctx.anchor, month, day, ctx.tense(*span))
    if year is None:
        tail = f"-{day:02d}" if day is not None else ""
        return f"XXXX-{month:02d}{tail}", False
    if day is not None and not cal.valid_day(year, month, day):
        return None
    return explicit_date(year, month, day)[0], True  # type: ignore[index]


def month_relative(ctx: Context, month: int, direction: int) -> Result:
    """ "last May" (-1), "next May" (+1), "this May" (0) (rule M1)."""
    if direction == 0:
        year = ctx.anchor.year if ctx.anchor else None
    else:
        year = cal.relative_month(ctx.anchor, month, direction)
    if year is None:
        return f"XXXX-{month:02d}", False
    return cal.ym(year, month), True


def season(
    ctx: Context, span: tuple[int, int], code: str, year: int | None, direction: int
) -> Result:
    if year is not None:
        return f"{year:04d}-{code}", False
    resolved = cal.season_year(ctx.anchor, code, direction, ctx.tense(*span))
    if resolved is None:
        return f"XXXX-{code}", False
    return f"{resolved:04d}-{code}", True


def quarter(ctx: Context, span: tuple[int, int], q: int, year: int | None) -> Result:
    """ "the third quarter": the anchor's year, or the year before when it lies ahead (Q1)."""
    if year is not None:
        return f"{year:04d}-Q{q}", False
    anchor = ctx.anchor
    if anchor is None:
        return f"XXXX-Q{q}", False
    resolved = anchor.year
    if anchor.month is not None:
        current = (anchor.month - 1) // 3 + 1
        tense = ctx.tense(*span)
        if q > current and tense == "past":
            resolved -= 1
        elif q < current and tense == "future":
            resolved += 1
    return f"{resolved:04d}-Q{q}", True


def weekday(
    ctx: Context,
    span: tuple[int, int],
    wd: int,
    direction: int,
    part: str = "",
    future: bool = False,
) -> Result:
    tense: cal.Tense = "future" if future else ctx.tense(*span)
    value = cal.weekday_date(ctx.anchor, wd, direction, tense)
    if value is None:
        return f"XXXX-WXX-{wd + 1}{part}", False
    return value + part, True


_UNKNOWN = {"M": "XXXX-XX", "Q": "XXXX-QX", "W": "XXXX-WXX", "D": "XXXX-XX-XX"}


def shifted(ctx: Context, unit: str, amount: int, fallback: str | None = None) -> Result:
    """The anchor moved by ``amount`` units at that unit's precision (R1); without a
    fine enough anchor, the unit's unspecified value (``XXXX-XX`` for a month)."""
    value = cal.shift(ctx.anchor, unit, amount)
    if value is None:
        return fallback or _UNKNOWN.get(unit, "XXXX"), False
    return value, True


def end_shift(ctx: Context, span: tuple[int, int], part: str, unit: str, rel: str | None) -> int:
    """Rule E1: "the end of the year" in a past-tense sentence, written before December,
    is the end of the year before ("the flu peaked by the end of the year", in March)."""
    anchor = ctx.anchor
    if rel or unit != "Y" or anchor is None or anchor.month is None or anchor.month == 12:
        return 0
    if not part.lower().startswith(("end", "кон")) or ctx.tense(*span) != "past":
        return 0
    return -1


def day_part(ctx: Context, days: int, part: str) -> Result:
    """ "this morning", "last night", "вчера вечером": a day with its part (TMO, TAF, TEV, TNI)."""
    value = cal.shift(ctx.anchor, "D", days)
    if value is None:
        return f"XXXX-XX-XXT{part}", False
    return f"{value}T{part}", True


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


def decade(year: int) -> str:
    """ "the 1990s" -> ``199X``: the decade, with its last digit unspecified."""
    return f"{year // 10:03d}X"


def century(ordinal: int) -> str:
    """ "the 20th century" -> ``19``: TimeML writes a century as its first two digits."""
    return f"{ordinal - 1:02d}"


def as_time(result: Result) -> Result:
    """The same value typed TIME ("Friday afternoon", "вчера вечером")."""
    return None if result is None else (result[0], result[1], "TIME")


def ym_value(year: int, month: int, anchored: bool) -> Result:
    return cal.ym(year, month), anchored
