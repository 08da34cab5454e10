"""Rule Y3: a yearless month or day in a sentence that names the year it talks about ("In
2009, sales peaked in March", "В прошлом году морозы пришлись на конец января") is in that
year, not in the one the anchor and the tense give (rule Y1 is for a date the text gives no
year). Split from values, which is at its size."""

from __future__ import annotations

import re
from collections.abc import Sequence

from dossier.models import Timex
from dossier.temporal import calendar as cal
from dossier.temporal.engine import Context, Plain, Refer, Result
from dossier.temporal.values import yearless_date

# a year that dates its clause comes after a preposition ("in 2009", "during 2010", "в 2009
# году"), not as a noun's modifier ("the 2009 law", "2009 levels") nor as the period of a
# figure ("Отчётность за 2025 год опубликует в марте", russian_dev5)
_DATING = re.compile(r"(?i)(?:\b(?:in|during|throughout)|(?<![\w-])(?:в|во))\s+$")
# or it is a relative year, which dates its clause wherever it stands ("Last year, ...")
_RELATIVE = re.compile(
    r"(?i)^(?:(?:last|this|the\s+past|the\s+previous)\s+year|(?:прошл|позапрошл|эт|текущ|"
    r"нынешн|минувш|истекш|уходящ)\w*\s+год\w*)$"
)
# the year opens its sentence: only a preposition before it
_OPENS = re.compile(r"(?i)\s*(?:(?:in|during|в|во)\s+)?")
# what parts the year's clause from the date's: punctuation, or a conjunction before a new
# predicate ("Work began in 2010 and was due to finish by Dec. 1": the deadline's own year)
_BREAK = re.compile(
    r"[,;:\u2014\u2013(]|\s-\s|\s--\s|\s(?:and|but|while|и|а|но)\s(?!(?:in|on|by|в|во|к)\s)"
)
# a contrast turns from the year named to another time ("В 2012 году экономика выросла, а в
# январе замедлилась", "grew in 2012, but in January it slowed")
_CONTRAST = re.compile(r"(?i)(?<![\w-])(?:а|но|однако|but|while|whereas|however)(?![\w-])")
_YEAR = re.compile(r"\d{4}")


def in_named_year(
    ctx: Context,
    span: tuple[int, int],
    month: int,
    day: int | None = None,
    neutral: bool = False,
) -> Refer:
    """The month (or day) in the year its sentence names before it, when the nearest time
    before it in the sentence is that year, dating the clause: it opens the sentence ("In
    2009, ...", "Last year, ...") or stands in the month's own clause, no comma between;
    a past year gives no future clause its month, nor a later year a past one. Else rule Y1
    (Y2 where ``neutral``)."""
    sentence = ctx.clause(*span)[0]

    def resolve(before: Sequence[Timex]) -> tuple[str, bool] | None:
        last = before[-1] if before else None
        if (
            last is not None
            and last.start >= sentence
            and (_dates(ctx, last, sentence, span) or _when_clause(ctx, last, span))
        ):
            year = int(last.value[:4])
            if day is None:
                return cal.ym(year, month), last.anchored
            if cal.valid_day(year, month, day):
                return f"{year:04d}-{month:02d}-{day:02d}", last.anchored
        plain = yearless_date(ctx, span, month, day, neutral=neutral)
        return None if plain is None else (plain[0], plain[1])

    return Refer(resolve)


def _dates(ctx: Context, year: Timex, sentence: int, span: tuple[int, int]) -> bool:
    """Whether ``year`` is a year that dates the clause of the date at ``span``."""
    if year.type != "DATE" or not _YEAR.fullmatch(year.value):
        return False
    lead = ctx.text[max(sentence, year.start - 12) : year.start]
    if not (_DATING.search(lead) or _RELATIVE.match(year.text)):
        return False
    anchor = ctx.anchor.year if ctx.anchor else None
    if anchor is not None and int(year.value) != anchor:
        tense = ctx.tense(*span)
        if (tense == "future") == (int(year.value) < anchor) and tense is not None:
            return False
    if _CONTRAST.search(ctx.text, year.end, span[0]):
        return False
    opens = _OPENS.fullmatch(ctx.text, sentence, year.start) is not None
    return opens or _BREAK.search(ctx.text, year.end, span[0]) is None


# a relative clause of time after the date it hangs on: "December 2019, when he was first
# detained on Dec. 12", "в 2019 году, когда 12 марта подписал" (round 23)
_WHEN = re.compile(r"(?i)\s*,\s+(?:when|когда)\s[^,;:.!?\u2014]*")
_EXPLICIT_MONTH_OR_YEAR = re.compile(r"^\d{4}(?:-\d{2})?$")


def _when_clause(ctx: Context, named: Timex, span: tuple[int, int]) -> bool:
    """Whether the date at ``span`` stands in a "when" clause right after ``named``, a year or
    a month the text gives with its year: the clause is of that time."""
    return (
        named.type == "DATE"
        and not named.anchored
        and _EXPLICIT_MONTH_OR_YEAR.match(named.value) is not None
        and _YEAR.search(named.text) is not None
        and _WHEN.fullmatch(ctx.text, named.end, span[0]) is not None
    )


# the first month of a quarter or a half
_PERIOD_START = {"Q1": 1, "Q2": 4, "Q3": 7, "Q4": 10, "H1": 1, "H2": 7}
# a year named as a year ("в 2022 году", "for 2012"), not the year of a day ("Nov. 15, 1989")
_EXPLICIT_YEAR = re.compile(r"^(\d{4})$")


def period_in_named_year(ctx: Context, span: tuple[int, int], code: str, fallback: Plain) -> Result:
    """Rule Y3 for a quarter or a half without a year in a past clause ("Q3", "H1"): the
    latest year its paragraph names before it, as a year, as a results story
    tells its year first ("По итогам 2022 года ... В первом полугодии спад был сильнее",
    written in February 2023), when that is the anchor's year or the one before and the
    period had begun by the anchor (an older year is history, not the year reported: "The
    firm was founded in 1998. In the second half, ..."); else ``fallback`` (rule Q1)."""
    anchor = ctx.anchor
    if fallback is None or anchor is None or ctx.tense(*span) != "past":
        return fallback
    left = ctx.paragraph(span[0])[0]

    def resolve(before: Sequence[Timex]) -> tuple[str, bool]:
        for t in reversed(before):
            if t.start < left:
                break
            found = None if t.anchored else _EXPLICIT_YEAR.match(t.value)
            if found is None:
                continue
            year = int(found.group(1))
            begun = (year, _PERIOD_START[code]) <= (anchor.year, anchor.month or 12)
            if anchor.year - 1 <= year <= anchor.year and begun:
                return f"{year:04d}-{code}", False
            break
        return fallback[0], fallback[1]

    return Refer(resolve)


# the latest year told before a date: its own value's first four digits
_TOLD_YEAR = re.compile(r"^(\d{4})(?:$|-)")


def in_year_told(ctx: Context, span: tuple[int, int], month: int, day: int | None) -> Refer:
    """ "Dec. 30 of the same year", "в мае того же года": the month or day in the year of the
    latest date or period told before it in its paragraph or the one before ("held from Feb.
    28, 2014, until Dec. 30 of the same year" is 2014), else in the anchor's year."""

    def resolve(before: Sequence[Timex]) -> tuple[str, bool] | None:
        floor = ctx.paragraph(span[0])[0]
        floor = ctx.paragraph(floor - 1)[0] if floor > 0 else floor
        year = None
        for t in reversed(before):
            if t.start < floor:
                break
            if t.type in ("DATE", "TIME") and (found := _TOLD_YEAR.match(t.value)):
                year = int(found[1])
                break
        if year is None:
            if ctx.anchor is None:
                return None
            year = ctx.anchor.year
        value = f"{year:04d}-{month:02d}" + (f"-{day:02d}" if day else "")
        if day and not cal.valid_day(year, month, day):
            return None
        return value, True

    return Refer(resolve, "DATE")
