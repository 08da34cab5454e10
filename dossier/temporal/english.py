"""English rules: patterns for dates, times, durations and sets (normalisers: english_norm, and
english_periods for quarters, fiscal years and holidays).

Spans follow TimeML: determiners and modifiers that belong to the expression are in
("the past two years", "early December", "late last July"), prepositions are out
("on Friday" quotes "Friday", "over three years" quotes "three years", as TimeBank's
"just over a week" quotes "a week"). A hyphenated adjective leaves its noun's article out
("a three-week break" quotes "three-week").
"""

from __future__ import annotations

import re

from dossier.temporal import english_days as d
from dossier.temporal import english_norm as n
from dossier.temporal import english_periods as p
from dossier.temporal import ranges
from dossier.temporal.engine import Rule

# the language's tense cues, read through this module with its rules
from dossier.temporal.english_tense import TENSE as TENSE
from dossier.temporal.lexicon import (
    EN_DECADE_WORDS,
    EN_SEASONS,
    EN_VAGUE,
    EN_WEEKDAYS,
    alternation,
)

_FULL_MONTHS = [m for m in n.MONTHS if len(m) > 4 or m in ("may", "june", "july")]
_ABBR_MONTHS = [m for m in n.MONTHS if m not in _FULL_MONTHS]
# Month names are matched capitalised only, so the verb "may" and "march" stay out.
MONTH = (
    rf"(?P<month>(?:{alternation(m.title() for m in _FULL_MONTHS)})\b"
    rf"|(?:{alternation(m.title() for m in _ABBR_MONTHS)})\b(?:\.(?=\s*\d))?)"
)
DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?\b"
YEAR = r"(?P<year>1[6-9]\d\d|20\d\d)\b"
MOD = (
    r"(?:(?:early|late|mid|the\s+(?:end|beginning|start|middle|turn|first\s+half|second\s+half)"
    r"\s+of|end\s+of|beginning\s+of|start\s+of|middle\s+of)[\s-]+(?:the\s+)?)?"
)
_SPELLED_DAY = alternation(d.SPELLED_DAYS)
# a clock time keeps its approximation: "about 11 p.m.", "around 0500 GMT" (round 23)
_CLOCK_APPROX = r"(?:(?i:about|around|approximately|roughly)\s+)?"
# "last" before a count, not the verb: "will last three days", "expected to last two weeks"
_LAST = (
    "".join(
        rf"(?<!\b{w}\s)"
        for w in (
            "will",
            "to",
            "would",
            "could",
            "may",
            "might",
            "should",
            "can",
            "must",
            "not",
            "did",
        )
    )
    + "last"
)
MONTH2 = MONTH.replace("?P<month>", "?P<m2>")  # a range's last month, beside its first
SEASON = rf"(?i:(?P<season>{alternation(EN_SEASONS)}))"
WEEKDAY = rf"(?P<wd>{alternation(w.title() for w in EN_WEEKDAYS)})"
UNIT_WORDS = r"years?|months?|weeks?|days?|decades?|centur(?:y|ies)|hours?|minutes?|fortnights?"
UNIT = rf"(?i:(?P<unit>{UNIT_WORDS}))"
NUM = (
    rf"(?P<num>\d[\d,]*(?:\.\d+)?|(?i:{alternation(n.NUMBERS)}|{alternation(EN_VAGUE)}"
    r"|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)-(?:one|two|three|four|five"
    r"|six|seven|eight|nine)))"
)
# "up to", "only", "just", "a mere" stay out of the span ("faces up to [[10 years]]", "only
# [[eight days]] away"), as the development sets' annotators quote them
# after a figure "more than" compares the figure ("rents were 8% more than [[a year earlier]]")
APPROX = (
    r"(?:(?:about|around|nearly|almost|roughly|approximately|"
    r"(?<![\d%]\s)(?<!percent\s)(?:more|less)\s+than|at\s+least)\s+)?"
)


_DIGITS = tuple("0123456789")
_MONTH_GATE = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
# what stands between "the" and "future" when the phrase is a FUTURE_REF ("the near future",
# "the not too distant future", "the immediate future")
_FUTURE_NEAR = r"(?:near|foreseeable|immediate|not[\s-]+(?:too|so)[\s-]+distant)"
_UNIT_GATE = ("year", "month", "week", "day", "decade", "centur", "hour", "minute", "fortnight")
_PLURAL_GATE = ("years", "months", "weeks", "days", "decades", "hours", "minutes", "centuries")
_SEASON_GATE = ("spring", "summer", "fall", "autumn", "winter")
# Words one of which every match of a rule contains (see engine.Rule.gate).
_GATES: dict[str, tuple[str, ...]] = {
    "iso": _DIGITS, "us_numeric": ("/",), "dotted": (".",), "month_day_year": _MONTH_GATE,
    "day_month_year": _MONTH_GATE, "month_day": _MONTH_GATE, "day_month": _MONTH_GATE,
    "range_last_day": _MONTH_GATE, "range_first_day": _MONTH_GATE,
    "weeks_from_weekday": ("weeks from", "week from"),
    "day_of_month": tuple(f"the {d}" for d in "123456789"),
    "ordinal_of_month": ("st of ", "nd of ", "rd of ", "th of "),
    "month_year": _MONTH_GATE, "month": _MONTH_GATE, "year": ("16", "17", "18", "19", "20"),
    "decade": ("0s", "0's"), "spelled_decade": ("ties",), "century": ("century",),
    "the_century": ("century",), "the_decade": ("the decade",),
    "year_to_date": ("to date", "to-date"),
    "this_time_year": ("time last year", "time next year"),
    "split_year": ("season", "school year", "academic year", "fiscal", "financial year", "fy"),
    "season_year": _SEASON_GATE, "season_of_rel": _SEASON_GATE, "season_rel": _SEASON_GATE,
    "season_bare": _SEASON_GATE,
    "that_period": ("that ",),
    "quarter": ("quarter",),
    "q_year": ("q1", "q2", "q3", "q4"),
    "short_period": ("fy", "q1", "q2", "q3", "q4", "h1", "h2", "1q", "2q", "3q", "4q"),
    "new_year": ("new year",), "before_last": ("before last",),
    "in_the_unit": ("in the day", "in the week", "in the month", "in the year"),
    "month_quarter": ("quarter", "period"),
    "half": ("half",), "relative_unit": (*_UNIT_GATE, "quarter"),
    "ago": ("ago", "before now"), "rate": _UNIT_GATE, "duration": _UNIT_GATE,
    # the larger unit right before "and": "two years and six months"
    "duration_pair": tuple(f"{u}{s} and " for u in _UNIT_GATE for s in ("", "s")),
    "duration_range_first": (" to ", " and "),
    "quarter_century": ("quarter",),
    "military_clock": ("hrs", "hours"), "weekday_before_last": ("before last",),
    "weekdays": ("days",), "same_year": ("same year", "that year"),
    "night_of_weekdays": ("night of",), "weekday_last": ("day last",),
    "part_of_unit": ("end", "beginning", "start", "middle", "turn"),
    "part_of_unit_short": ("midweek", "mid-week", "midmonth", "mid-month", "midyear", "mid-year",
                           "'s end", "’s end"),
    "duration_half": ("half",), "unit_long": ("-long",),
    "num_and_half": ("and a half", "and-a-half"),
    "unit_and_half": ("and a half",), "bare_plural": _PLURAL_GATE, "for_plural": _PLURAL_GATE,
    "plural_context": _PLURAL_GATE, "plural_of": _PLURAL_GATE, "unit_ahead": (" ahead",),
    "plural_later": ("later", "earlier"),
    "day_word": ("today", "yesterday", "tomorrow"),
    "tonight": ("tonight",), "early_hours": ("hours of",), "overnight": ("overnight",),
    "morning_word": ("hours", "dawn", "daybreak"), "season_counted": _SEASON_GATE,
    "ordinal_day": (" day",), "the_night": ("the night",), "ordinal_week": (" week of",),
    "weekday_told": ("following", "that ", "previous", "preceding"),
    "evening_word": ("dusk", "nightfall", "sunset"),
    "part_told": ("early morning", "late morning", "early afternoon", "late afternoon",
                  "early evening", "late evening", "mid-", "midmorning", "midafternoon"),
    "day_of_every_month": ("every month", "each month"),
    "this_part": ("morning", "afternoon", "evening", "night"),
    "weekday": ("day",), "clock": ("am", "pm", "a.m", "p.m"), "clock24": (":",),
    "bare_clock24": (":",),
    "clock_hhmm": ("gmt", "utc", "est", "edt", "cst", "cdt", "mst", "mdt", "pst", "pdt", " et",
                   "cet", "bst", "msk", " time"),
    "set_word": ("every", "each", "daily", "weekly", "monthly", "annually", "yearly", "hourly",
                 "nightly", "quarterly"),
    "weekend": ("weekend",), "holiday": ("christmas", "boxing day", "new year", "eve", "halloween",
    "valentine", "independence day", "fourth of july", "thanksgiving", "labor day", "memorial day",
    "king day", "king jr. day", "presidents", "columbus day", "election day", "victory day",
    "black friday", "easter", "good friday", "holy thursday", "maundy thursday", "palm sunday",
    "ash wednesday"),
    "every_n": ("every",),
    "noon": ("noon", "midday", "midnight"),
    "oclock": ("o'clock", "o’clock"), "at_the_time": ("at the time",),
    # "future", not "the future": "the near future", "the foreseeable future"
    "ref": ("now", "current", "present", "moment", "these days", "the past", "future",
            "at the time", "recently", "lately", "soon"),
    "counted": (*(f"{u} {w}" for u in ("day", "week", "month", "year")
                  for w in ("before", "after")), "previous", "prior", "preceding", "following",
                "same day",
                "same week", "same month", "same year", "next day"),
    "business_quarter": ("quarter", "period", "same month", "earlier month", "ago month"),
    "that_unit": ("that ", "following ", "next ", "previous ", "preceding ", "same "),
    "month_named_quarter": ("quarter",),
    "part_of_date": (" of ",),
    "year_earlier_adj": ("year-earlier", "year-ago", "year\u2010earlier", "year\u2010ago"),
    "ordinal_weekday": ("day",),
    "fiscal_year": ("fiscal", "financial year", "year end", "year clos", "year that", "year which"),
    "full_year": ("full year", "full-year", "whole year", "year-end", "year end",
                  "for the year"), "week_of": ("week of", "weekend of"),
    "nth_week": ("week of", "week in"),
    "trading_week": ("the week",), "week_of_dm": ("week of", "weekend of"),
    "week_ended": ("week end", "week clos", "week that", "week which", "week to"),
    "year_range_tail": (*(f"{d}-" for d in "0123456789"), *(f"{d}–" for d in "0123456789")),
    "short_decade": ("0s", "0's", "0’s"),
}  # fmt: skip


def _rule(name: str, pattern: str, kind: str, fn: object, flags: int = 0) -> Rule:
    return Rule(name, re.compile(pattern, flags), kind, fn, _GATES[name])  # type: ignore[arg-type]


_B = r"(?<![\w-])"
# a place in a day kept in the span: "early today", "earlier this evening", "late tonight"
_PLACE = r"(?:(?:early|earlier|late|later)\s+)?"
# "before"/"after" that ends a phrase, not one that governs a noun ("after the attack")
_ALONE = r"(?=[ \t]*(?:[.,;:!?)\u2014]|\n|\Z|and\b|but\b))"
WD = rf"(?:{WEEKDAY},?\s+(?:the\s+)?)?"  # "Monday, March 18" is one date
# a clock time's zone is part of it ("4 p.m. EST", as TempEval-3 quotes "15:00 GMT"), and so is
# a broadcast's US zone name ("8 p.m. Eastern time", "noon Pacific")
# a broadcast's US zone name ("8 p.m. Eastern time", "noon Pacific"), and wire copy's place time
# ("1:30 p.m. Moscow time", "12:00 Astana time"), a capitalised name that is no determiner
PLACE_TIME = (
    r"(?!(?:The|This|That|These|Its|Their|Our|His|Her|Each|Every|Any|No|Some|Same|Next|Last|"
    r"First|Local|Full|Part|Half|Extra|Prime|Play|Over|Lunch|Dinner|Bed)\s)"
    r"[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?\s+time"
)
ZONE = (
    # and Asian zones by their letters ("8 am IST", "PKT", "SGT", "JST", "KST", "HKT")
    rf"(?:(?:[ECMPA][SD]T|ET|GMT|UTC|IST|PKT|SGT|JST|KST|HKT|local\s+time|{PLACE_TIME}|"
    r"(?:Eastern|Central|Mountain|Pacific)(?:\s+time)?)\b)"
)
# a part of a day before "of <date>": "the night of March 3", "the early hours of 3 September"
_PART_OF_DATE = r"morning|afternoon|evening|night|(?:early|small|wee)\s+hours"
HOLIDAY = (
    r"\b(?P<hol>Christmas(?:\s+(?:Day|Eve))?|Boxing\s+Day|New\s+Year['’]s\s+(?:Day|Eve)|Halloween|"
    r"Valentine['’]s\s+Day|Independence\s+Day|(?:the\s+)?Fourth\s+of\s+July|Labor\s+Day|"
    r"Thanksgiving(?:\s+Day)?|"
    r"Memorial\s+Day|Martin\s+Luther\s+King(?:\s+Jr\.)?\s+Day|Presidents['’]?\s+Day|"
    r"Columbus\s+Day|Election\s+Day|Victory\s+Day|Black\s+Friday|"
    # Easter and the days counted from it ("Easter Island", "the Easter Rising" are names)
    r"(?:Good\s+Friday|Holy\s+Thursday|Maundy\s+Thursday|Palm\s+Sunday|Ash\s+Wednesday)|"
    r"Easter(?:\s+(?:Sunday|Monday))?(?!\s+(?:Island|Rising|[Ee]ggs?|[Bb]unny|[Uu]prising)\b))"
    r"(?![\w-])"
)
# what stands before a quarter or a half: "the", "last year's", "1988's", "fiscal 1989's"
PERIOD_OWNER = (
    r"(?:the\s+(?:fiscal\s+)?|(?P<yrel>last|this|next)\s+year['’]s\s+|(?:fiscal\s+)?"
    r"(?P<pyear>1[6-9]\d\d|20\d\d)['’]s\s+)?"
)
# an update or publication stamp's clock time after its date ("Updated: 30.09.2024 14:05", "19
# March 2013, 08:40 GMT"): the two are one TIME
STAMP = rf"(?:,?\s+(?P<h>[0-2]?\d):(?P<min>[0-5]\d)(?![\d:])(?:\s+{ZONE})?)?"
# the day a clock time is stated with, quoted apart: "at 5 p.m. on Oct. 27", "until 4:30 a.m.
# on New Year's Day"
# a converted time in brackets may stand between ("at 10 a.m. (1400 GMT) on Thursday")
_CONVERTED = r"(?:\s+\([^()\n]{1,30}\))?"
STATED_DAY = (
    rf"(?:(?={_CONVERTED}\s+(?:[A-Z]{{2,4}}\b\s*)?(?:on\s+)?{MONTH}\s+{DAY}(?:,?\s+{YEAR})?)"
    rf"|(?={_CONVERTED}\s+on\s+{HOLIDAY})"
    # a weekday after "on" is its own expression, the clock time on it ("at 11 p.m. on [[Friday]]",
    # as english_dev5 and english_dev11 quote it); "midnight Friday" is one TIME
    rf"|(?={_CONVERTED}\s+(?:on\s+|(?<=\)\s)){WEEKDAY.replace('?P<wd>', '?P<wd2>')}\b))?"
)
# A hyphenated adjective is its own expression, without the article of its noun:
# "a [[three-week]] break", "the [[30-year]] bond" (TimeML).
_NO_HYPHENATED = (
    r"(?![\w.,]+-(?:years?|months?|weeks?|days?|hours?|minutes?|decades?)\b)"
    # nor a count before a singular unit, an adjective unhyphenated ("a three month training", "a
    # 10 year sentence"; round 22)
    # (the shape first, a cheap check, before the long list of number words)
    r"(?!(?=[\w.,]+\s+(?i:year|month|week|day|hour|minute|decade)\b(?!-))"
    rf"(?!(?i:an?|one|single)\b){NUM.replace('?P<num>', '?:')}\s+"
    r"(?i:year|month|week|day|hour|minute|decade)\b(?!-))"
)
RULES: list[Rule] = [
    # first, to win over "the first half of" as a year's modifier: a half-year is H1 or H2
    _rule(
        "half",
        # ("the latter half of last year": the second, round 22)
        rf"(?i)\b{PERIOD_OWNER}(?P<ord>first|second|latter)"
        r"[\s-]+half\b(?:\s+of\s+(?:(?:fiscal\s+)?(?P<year>\d{4})\b|(?:the|this)\s+year\b"
        r"|(?P<rel>last|next)\s+year\b)|(?!\s+of\b))",
        "DATE",
        p.half,
    ),
    _rule("iso", r"\b(?P<y>\d{4})-(?P<mo>\d{2})-(?P<d>\d{2})\b", "DATE", n.iso),
    _rule(
        "us_numeric",
        rf"\b(?P<mo>\d{{1,2}})/(?P<d>\d{{1,2}})/(?P<y>\d{{4}}|\d{{2}})\b{STAMP}",
        "DATE",
        n.us_numeric,
    ),
    _rule(
        "month_day_year", rf"{_B}{WD}{MOD}{MONTH}\s+{DAY},?\s+{YEAR}{STAMP}", "DATE", n.full_date
    ),
    _rule(
        "day_month_year",
        rf"{_B}{WD}(?:the\s+)?{DAY}\s+(?:of\s+)?{MONTH},?\s+{YEAR}{STAMP}",
        "DATE",
        n.full_date,
    ),
    _rule(
        "dotted",
        rf"\b(?P<d>[0-3]?\d)\.(?P<mo>[01]?\d)\.(?P<y>(?:1[6-9]|20)\d\d)\b{STAMP}",
        "DATE",
        n.dotted,
    ),
    # "Dec. 30 of the same year", "May of that year": in the year told before it
    _rule(
        "same_year",
        rf"{_B}{MONTH}(?:\s+{DAY})?,?\s+of\s+(?i:the\s+same|that)\s+year\b",
        "DATE",
        n.same_year,
    ),
    _rule(
        "month_day",
        # "Jan. 1 next year", "Nov. 3 last year" are one date, as "November last year" is
        # (not before its year, a clock time or a list of days: "Jan. 2, 2013", "Dec. 1:30",
        # "May 5, 6 and 7"; before a colon or a count it is a date: "Dec. 1: deadline", "Jan. 2,
        # 300 migrants")
        # (a count with a thousands comma is no list: "Jan. 2, 1,300 migrants", round 22)
        rf"{_B}{WD}{MONTH}\s+{DAY}(?!,?\s*\d{{4}}(?!\d)|,?\s*\d{{1,2}}(?:st|nd|rd|th)?\s*(?:,(?!\d{{3}}(?!\d))|and\b|"
        r"or\b|&|[-\u2013\u2014])|\d|:\d)"
        r"(?:\s+(?P<yrel>(?i:last|this|next))\s+year\b)?",
        "DATE",
        n.month_day,
    ),
    # the bare last day of a range: "between April 6 and [[9]]", "May 3-[[6]]" (not a count:
    # "on March 3 and 10 people", "between March 4 and 5 p.m.", "4 and 6 percent")
    _rule(
        "range_last_day",
        # (the connector is matched, the day alone quoted: a row of lookbehinds tried at every
        # character cost ~1 ms an article)
        r"(?<=\d)(?:-|\u2013|\u2014|\s(?:and|to|or|till|until|through)\s)"
        r"(?P<x>(?P<day>[0-3]?\d)(?:st|nd|rd|th)?)"
        r"(?![\w%:\u2013\u2014-]|[.,]\d)(?!\s*(?:[ap]\.?m\b|percent|per\b|o['’]clock|GMT|UTC|"
        r"(?!was\b)[a-z]+s\b|people|men|women|children|million|billion|thousand|hundred|dozen))",
        "DATE",
        d.range_last_day,
    ),
    # "a week from Tuesday", "two weeks from Friday": one DATE (before "duration", which would
    # take "a week" alone)
    _rule(
        "weeks_from_weekday",
        rf"(?i:\b(?P<num>an?|one|two|three|four|\d)\s+weeks?\s+from\s+(?:next\s+)?){WEEKDAY}\b",
        "DATE",
        d.weeks_from_weekday,
    ),
    # a day of the month alone, as court and conflict copy write it: "on [[the 14th]]" (not an
    # ordinal before its noun: "the 14th century", "the 4th floor")
    _rule(
        "day_of_month",
        # (its preposition is checked by d.day_of_month: a literal start scans fast)
        r"the\s+(?P<day>[1-3]?\d)"
        r"(?:st|nd|rd|th)\b(?=\s*(?:[,.;:)\u2014]|$)|\s+(?:and|when|after|before|at|in|but|as|"
        r"while|until|with)\b)",
        "DATE",
        d.day_of_month,
    ),
    # "the first of next month", "the 20th of this month", "the first of March" (a numbered day
    # of a named month, "the 1st of June", is rule "day_month")
    _rule(
        "ordinal_of_month",
        rf"(?i:\bthe\s+(?:(?P<day>[1-3]?\d)(?:st|nd|rd|th)|(?P<oday>{_SPELLED_DAY}))\s+of\s+)"
        rf"(?:(?i:(?P<rel>next|last|this)\s+month\b)|{MONTH}(?:,?\s+{YEAR})?(?!,?\s*\d))",
        "DATE",
        d.ordinal_of_month,
    ),
    # "the night of March 3", "the morning of Dec. 30, 2011": that part of that day
    # "the night of March 12 to 13" is the night that begins on its first day
    _rule(
        "part_of_date",
        # South Asian copy: "the intervening night of June 5 and 6"
        rf"(?i:\bthe\s+(?:intervening\s+)?(?P<part>{_PART_OF_DATE})\s+of\s+)"
        rf"{MONTH}\s+{DAY}(?:(?<=\d)\s*(?:to|into|and|-|\u2013)\s*[0-3]?\d(?!\d))?"
        rf"(?:,?\s+{YEAR})?(?!\d)",
        "TIME",
        n.part_of_date,
    ),
    # day first: "in the early hours of 3 September 2021", "the night of 5 March"
    _rule(
        "part_of_date",
        rf"(?i:\bthe\s+(?P<part>{_PART_OF_DATE})\s+of\s+){DAY}\s+(?:of\s+)?{MONTH}"
        rf"(?:,?\s+{YEAR})?(?!\d)",
        "TIME",
        n.part_of_date,
    ),
    _rule(
        # (after "1-" too: the last day of "1-10 April")
        "day_month",
        rf"(?:{_B}|(?<=\d-)|(?<=\d\u2013))(?:the\s+)?{DAY}\s+(?:of\s+)?{MONTH}(?!,?\s*\d)",
        "DATE",
        n.month_day,
    ),
    # the first day of a day-first range takes the last's month: "from [[1]]-[[10 April]]", as
    # "с 1 по 10 апреля"
    _rule(
        "range_first_day",
        rf"{_B}(?P<day>[0-3]?\d)(?=\s*[-\u2013]\s*[0-3]?\d\s+{MONTH2})",
        "DATE",
        d.range_first_day,
    ),
    _rule("month_year", rf"{_B}{MOD}{MONTH},?\s+(?:of\s+)?{YEAR}", "DATE", n.month_year),
    _rule(
        "month",
        # after a hyphen only after another month (n.month_only checks): "January-February", as
        # statistics releases write a range and "январь-сентябрь" is two months
        rf"(?:{_B}|(?<=[a-z]-))(?i:{MOD}(?:(?P<rel>last|next|this|past|coming)\s+)?){MONTH}"
        r"(?:\s+(?:of\s+)?(?P<yrel>(?i:last|this|next))\s+year\b)?(?!\s*\d)",
        "DATE",
        n.month_only,
    ),
    _rule(
        "year",
        rf"(?<!\w)(?<![^\W\d]-)(?<!\d[.,])(?i:{MOD}(?:fiscal\s+(?:year\s+)?|the\s+year\s+)?){YEAR}(?![\w%]|[.,]\d)",
        "DATE",
        n.year,
    ),
    # "the nineties", "the early eighties" (not "in his forties": an age has no "the")
    _rule(
        "spelled_decade",
        rf"(?i)\bthe\s+(?:(?:early|late|mid)[\s-]+)?(?P<dw>{alternation(EN_DECADE_WORDS)})\b",
        "DATE",
        n.spelled_decade,
    ),
    _rule(
        "decade",
        # "the start of the 1980s" is the decade, its position word kept in
        # (the hyphen or space only after a modifier: "the 1990s and 2000s" quotes "2000s")
        r"(?i)\b(?:the\s+(?:start|beginning|end|middle)\s+of\s+)?(?:the\s+)?"
        r"(?:(?:early|late|mid)[\s-]*)?(?P<dec>1[5-9]\d0|20\d0)'?s\b",
        "DATE",
        n.decade,
    ),
    _rule(
        "century",
        # its modifier or position word in, as a decade's: "the early 20th century", "the
        # mid-19th century", "the middle of the 20th century" (round 23)
        r"(?i)\b(?:the\s+)?(?:(?:early|late|mid)[\s-]+|(?:end|beginning|start|middle|turn)\s+of"
        r"\s+the\s+)?(?P<ord>\d{1,2}(?:st|nd|rd|th)|[a-z]+(?:-first)?)\s+century\b",
        "DATE",
        n.century,
    ),
    _rule(
        "season_year",
        # "the winter of 2011-12" is one season, the first year's
        rf"{_B}(?i:(?:the\s+)?{MOD}){SEASON}\s+(?:of\s+)?{YEAR}(?:[-\u2013/](?:\d\d){{1,2}}(?!\d))?",
        "DATE",
        n.season_year,
    ),
    # "the spring of last year", "the fall of next year"
    _rule(
        "season_of_rel",
        rf"{_B}(?i:(?:the\s+)?{MOD}){SEASON}\s+of\s+(?i:(?P<yrel>last|this|next))\s+year\b",
        "DATE",
        n.season_of_rel,
    ),
    _rule(
        "season_rel",
        rf"(?i){_B}{MOD}(?:this\s+(?=past\b))?(?P<rel>last|this|next|past|coming)\s+{SEASON}\b",
        "DATE",
        n.season_rel,
    ),
    # "that August", "That spring": the one of the year the passage tells (a "fall" or a
    # "spring" that a word other than a comma or a full stop follows is a verb: "shares
    # that fall in value")
    _rule(
        "that_period",
        rf"(?<![\w-])(?i:that)\s+(?:(?P<month>{alternation(m.title() for m in _FULL_MONTHS)})\b"
        rf"|(?i:(?P<season>summer|winter|autumn)\b|(?P<vseason>spring|fall)(?=\s*[,.;]|\s*$)))",
        "DATE",
        n.that_period,
    ),
    # "convicted the following spring", "the previous summer": counted from the time told (P1)
    _rule(
        "season_counted",
        rf"(?i:\bthe\s+(?P<dir>following|previous|preceding)\s+){SEASON}\b",
        "DATE",
        n.season_counted,
    ),
    _rule(
        "season_bare",
        rf"(?i)\b(?:in|during|over|by|through|since|until|till|throughout|for|before|after)\s+"
        rf"(?P<x>(?:the\s+)?{MOD}{SEASON})\b(?!\s+(?:of|[a-z]+ing)\b)"
        # "the fall in prices", "the fall to 2%": a decline, not a season
        r"(?!(?<=fall)\s+(?:in|on|to|from|by)\b)",
        "DATE",
        n.season_rel,
    ),
    _rule(
        "quarter",
        # "the end of the first quarter" is the quarter, its position word kept in
        rf"(?i)\b(?:the\s+(?:end|beginning|start|middle)\s+of\s+)?{PERIOD_OWNER}"
        r"(?P<ord>first|second|third|fourth|final|last|[1-4](?:st|nd|rd|th))[\s-]+"
        r"(?:fiscal\s+|calendar\s+)?quarter\b(?:\s+(?:of\s+)?(?:(?:fiscal\s+)?(?P<year>\d{4})|"
        r"(?P<qrel>this|last|next)\s+year))?",
        "DATE",
        p.quarter,
    ),
    _rule("q_year", r"\b(?P<ord>Q[1-4])\s+(?P<year>\d{4})\b", "DATE", p.quarter),
    # results copy's short forms: "FY2025", "FY 2012", "Q3", "H2", "H1 2012" (a bare "Q3" or
    # "H2" only where a period is meant: p.short_period reads the words around it)
    _rule(
        "short_period",
        r"(?<![\w-])(?:FY\s?(?:(?P<fy>(?:19|20)\d\d)|['’]?(?P<fy2>\d\d))|(?P<q>Q[1-4])|"
        r"(?P<nq>[1-4])Q(?P<qy>\d\d)?|(?P<h>H[12])(?:\s+(?P<hy>(?:19|20)\d\d))?)"
        r"(?![\w-])(?!\s+(?:19|20)\d\d\b(?<=Q\d\s\d{4}))",
        "DATE",
        p.short_period,
    ),
    # a quarter named by its months: "the October-December quarter", "the April-June period"
    _rule(
        "month_quarter",
        r"(?i)\bthe\s+(?P<m1>January|April|July|October)\s*[-–]\s*"
        r"(?P<m2>March|June|September|December)\s+(?:fiscal\s+)?(?:quarter|period)\b"
        r"(?:\s+(?:of\s+)?(?P<year>1[6-9]\d\d|20\d\d)\b)?",
        "DATE",
        p.month_quarter,
    ),
    # a quarter named by its last month: "the June quarter", "the December quarter of 2011"
    _rule(
        "month_named_quarter",
        r"(?i)\bthe\s+(?P<m2>March|June|Sept?\.?|September|December|Dec\.?)\s+(?:fiscal\s+)?"
        r"quarter\b(?:\s+(?:of\s+)?(?P<year>1[6-9]\d\d|20\d\d)\b)?",
        "DATE",
        p.month_named_quarter,
    ),
    _rule(
        "relative_unit",
        r"(?i)\b(?:(?:earlier|later|early|late|mid)[\s-]+)?(?P<the>the\s+)?(?:this\s+(?=past\b))?"
        r"(?P<rel>this|last|next|past|previous|"
        # (British "financial" before "year" as "fiscal", round 24)
        r"coming|current|following)\s+(?:fiscal\s+|financial\s+(?=year\b))?"
        r"(?P<unit>week|month|year|decade|century|weekend"
        # ("this quarter", "last quarter"; not "the last quarter of 2012", an ordinal quarter)
        r"|fortnight|quarter(?!\s+(?:of|century)\b))\b"
        r"(?!['’]s\s+(?:\w+\s+)?(?:of|in)\b)",
        "DATE",
        n.relative_unit,
    ),
    # "in the new year" (lower case: "New Year's Day" is the holiday), "opened the new year
    # higher" (a period's start or end: markets, seasons of play)
    _rule(
        "new_year",
        r"(?:(?<=\bin\s)|(?<=\binto\s)|(?<=\bby\s)|(?<=\buntil\s)|(?<=\bafter\s)|"
        r"(?<=\bbefore\s)|(?<=\bof\s)|(?<=\bopened\s)|(?<=\bopens\s)|(?<=\bbegan\s)|"
        r"(?<=\bbegins\s)|(?<=\bstarted\s)|(?<=\bstarts\s)|(?<=\bkicked\soff\s)|"
        r"(?<=\bentered\s)|(?<=\benters\s))the\s+new\s+year\b(?!['’])",
        "DATE",
        n.new_year,
    ),
    # "earlier in the week", "later in the month": a place in the unit under way, as "earlier
    # this week" is
    _rule(
        "in_the_unit",
        r"(?i)\b(?:earlier|later|early|late)\s+in\s+the\s+(?P<unit>day|week|month|year)\b"
        r"(?!['’]|\s+(?:of|before|after)\b)",
        "DATE",
        n.in_the_unit,
    ),
    _rule(
        "before_last",
        r"(?i)\bthe\s+(?P<unit>week|weekend|month|year)\s+before\s+last\b",
        "DATE",
        n.before_last,
    ),
    _rule(
        "part_of_unit",
        r"(?i)\b(?:the\s+)?(?P<part>end|beginning|start|middle|turn)\s+of\s+(?:the\s+|"
        r"(?P<rel>this|last|next|previous)\s+)?(?P<unit>year|month|week|decade|century)\b(?!\s+\d)",
        "DATE",
        n.part_of_unit,
    ),
    # "mid-month", "midweek", "mid-year", "by month's end", "by year's end": as "the middle of
    # the month", "the end of the year" (round 23)
    _rule(
        "part_of_unit_short",
        r"(?i)(?<![\w-])(?:mid-?(?P<unit>week|month|year)|(?P<unit2>week|month|year)['’]s\s+end)"
        r"\b(?!-)",
        "DATE",
        n.part_of_unit_short,
    ),
    # "up from $3.07 this time last year": the year before, as "a year ago" is
    _rule(
        "this_time_year",
        r"(?i)\b(?:this|the\s+same)\s+time\s+(?P<rel>last|next)\s+year\b",
        "DATE",
        p.this_time_year,
    ),
    # "up 16% year to date": the year under way, as "so far this year" is
    _rule("year_to_date", r"(?i)\byear[-\s]to[-\s]date\b", "DATE", p.year_to_date),
    # "the 2023/24 season", "the 2022-2023 school year": a sports or school year named by its
    # years is one DATE, its first year, as "the winter of 2011-12" is
    _rule(
        "split_year",
        r"(?i:\bthe\s+)?(?P<year>1[6-9]\d\d|20\d\d)\s*[/\u2013-]\s*(?:\d\d|\d{4})"
        r"(?i:\s+(?:season|(?:school|academic|fiscal|financial)\s+year))\b"
        # "fiscal 2024-25", "FY2024-25", "FY 2023/24" (round 23)
        r"|(?i:\b(?:fiscal(?:\s+year)?\s+|FY\s?))(?P<fyear>1[6-9]\d\d|20\d\d)\s*[/\u2013-]\s*"
        r"(?:\d\d|\d{4})(?!\d)",
        "DATE",
        p.split_year,
    ),
    # "the century" alone is the text's century, as "this century" (TimeML)
    _rule(
        "the_century",
        r"(?i)\bthe\s+century\b(?![-'’]|\s+(?:of|before|after|earlier|later|ago)\b)",
        "DATE",
        n.the_century,
    ),
    # "the decade" alone is the text's decade, as "the century" is ("for the rest of the decade")
    _rule(
        "the_decade",
        r"(?i)\bthe\s+decade\b(?![-'’]|\s+(?:of|before|after|earlier|later|ago)\b)",
        "DATE",
        n.the_decade,
    ),
    _rule(
        "ago",
        rf"(?i)\b{APPROX}{NUM}?\s*(?:(?:more|long|short)\s+)?{UNIT}\s+(?:ago|before\s+now)\b",
        "DATE",
        n.ago,
    ),
    # before "duration": on the same span a rate ("$3,100 a month") is a SET
    _rule(
        "rate",
        # "three times a week", and a count of days or shifts in a period: "two days a week",
        # "five nights a week", "24 hours a day" (not "two days a week ago")
        rf"(?i)\b(?P<times>(?:{NUM}\s+(?:times|days|nights|evenings|mornings|shifts|hours)|once|"
        r"twice|thrice)\s+)?(?P<per>a|an|per)\s+"
        r"(?P<sw>day|week|month|year|hour)\b(?!\s+(?:ago|earlier|later|before|after)\b)",
        "SET",
        n.rate,
    ),
    # "two years and six months", "five years and three months' jail": a term told in two units is
    # one duration (P2Y6M), as "трём годам и шести месяцам" is
    _rule(
        "duration_pair",
        rf"{_B}(?i:{APPROX}){NUM}\s+{UNIT}\s+and\s+{NUM.replace('?P<num>', '?P<num2>')}\s+"
        rf"{UNIT.replace('?P<unit>', '?P<unit2>')}\b(?!\s+(?:ago|earlier|later|before|after)\b)",
        "DURATION",
        n.duration_pair,
    ),
    # "[[five]] to [[10 years]]", "between [[three]] and [[seven years]]": the first bound of a
    # range of durations takes the unit of the last (round 22)
    _rule(
        "duration_range_first",
        # (the shape first, a cheap check: a word, then "to" or "and")
        rf"(?:(?<=\bbetween\s)|(?<![\w.,-]))(?<![\d.,]\s)(?=[\w.,-]+\s+(?i:to|and)\s){NUM}"
        rf"(?=\s+(?P<sep>to|and)\s+{NUM.replace('?P<num>', '?P<num2>')}\s+{UNIT}\b)",
        "DURATION",
        ranges.english_first_bound,
        re.IGNORECASE,
    ),
    # a military or South Asian clock time: "at 1715hrs", "0600 hours" (before "duration", which
    # would read 600 hours; n.military_clock keeps "gave 1500 hours of their time" out)
    _rule(
        "military_clock",
        rf"(?<![\w.,:])(?P<h>[01]\d|2[0-3])(?P<min>[0-5]\d)(?:hrs?\b|\s?(?i:hrs?|hours)\b)"
        rf"(?P<ampm>){STATED_DAY}",
        "TIME",
        n.military_clock,
    ),
    # "more than a quarter of a century", "a quarter-century": 25 years (not "... ago")
    _rule(
        "quarter_century",
        rf"{_B}(?i:{APPROX}a\s+quarter(?:\s+of\s+a\s+|[\s-])century)\b(?!\s+ago\b)",
        "DURATION",
        n.quarter_century,
    ),
    _rule(
        "duration",
        rf"{_B}(?i:(?:(?:the|a|another)\s+{_NO_HYPHENATED})?{APPROX}(?:(?:past|{_LAST}|next|first|coming|previous|"
        rf"following|final|recent|entire|whole|full)\s+)?){NUM}[\s-]+"
        # "five straight years", "three consecutive quarters": a run of units
        rf"(?i:(?:straight|consecutive|successive)\s+)?"
        # days of a market or an office: "the past two trading days", "10 business days"
        r"(?i:(?:trading|business|working)\s+(?=days?\b))?"
        # ("year-on-year", "month-over-month" compare, no stretch of time: round 22)
        rf"{UNIT}(?:-long)?\b(?!-(?:on|over)-)"
        # rule P1 on the same scan: "a year earlier", "two weeks later" are dates
        rf"(?:\s+(?i:(?P<dir>earlier|later)(?!\s+than\b)|(?P<dirb>before|after){_ALONE}))?",
        "DURATION",
        n.duration,
    ),
    # "a [[week-long]] ceasefire": the article is the noun's, the adjective one unit (the
    # "duration" rule leaves "a week-long" to this one)
    _rule(
        "unit_long",
        r"(?i:(?<=\ba\s)|(?<=\ban\s))(?P<unit>hour|day|week|month|year|decade)-long\b",
        "DURATION",
        n.unit_long,
    ),
    # "two and a half years (ago)", "a year and a half (ago)": a count and a half
    _rule(
        "num_and_half",
        # (joined by hyphens too: "two-and-a-half years", "a seven-and-a-half-year term")
        rf"(?i){_B}{APPROX}{NUM}[\s-]+and[\s-]+a[\s-]+half[\s-]+{UNIT}(?P<ago>\s+ago\b)?",
        "DURATION",
        n.and_a_half,
    ),
    _rule(
        "unit_and_half",
        # "the past year and a half" too
        rf"(?i){_B}{APPROX}(?P<one>an?|one|the\s+(?:past|last|next|first|previous))\s+{UNIT}\s+and\s+"
        r"a\s+half\b(?P<ago>\s+ago\b)?",
        "DURATION",
        n.and_a_half,
    ),
    _rule(
        "duration_half",
        rf"(?i){_B}(?P<num>half\s+an?)\s+{UNIT}\b",
        "DURATION",
        n.duration,
    ),
    _rule(
        "bare_plural",
        r"(?i)\b(?P<x>(?:(?:the\s+)?(?:past|last|next|coming|"
        r"recent|previous)\s+)(?P<unit>years|months|weeks|days|decades|hours|minutes|centuries))\b",
        "DURATION",
        n.bare_plural,
    ),
    # "Weeks later", "Months earlier": a DATE, as "A few weeks later" is (round 24)
    _rule(
        "plural_later",
        r"(?i)\b(?P<unit>years|months|weeks|days)\s+(?P<dir>later|earlier)\b(?!\s+than\b)",
        "DATE",
        n.plural_later,
    ),
    # "the week ahead", "the days ahead": the stretch to come, as "the coming week(s)" (round 23)
    _rule(
        "unit_ahead",
        r"(?i)\bthe\s+(?P<unit>days?|weeks?|months?|years?)\s+ahead\b",
        "DURATION",
        n.unit_ahead,
    ),
    _rule(
        "for_plural",
        r"(?i)\b(?:for|over|within)\s+(?P<x>(?P<unit>years|months|weeks|days|decades|hours|"
        r"minutes|centuries))\b",
        "DURATION",
        n.bare_plural,
    ),
    _rule(
        "plural_context",
        r"(?i)(?:\b(?:take|takes|took|taking|spent|spend|lasted|lasts|face|faces|faced|facing|"
        r"waited|wait)\s+)(?P<x>(?P<unit>years|months|"
        r"weeks|days|decades|hours|minutes))\b|\b(?P<x2>(?P<unit2>years|months|weeks|days|hours|"
        # "days away": a stretch still to run
        r"minutes))\s+(?:before|after|later|earlier|away)\b",
        "DURATION",
        n.bare_plural,
    ),
    # "after months of turmoil", "despite years of effort": an unstated stretch of time
    _rule(
        "plural_of",
        r"(?i)\b(?:after|following|despite|amid|through|ending|with|from)\s+"
        r"(?P<x>(?P<unit>years|months|weeks|days|decades|hours))\s+of\b",
        "DURATION",
        n.bare_plural,
    ),
    _rule(
        "day_word",
        # "early today", "late yesterday", "earlier today" keep the modifier, as "early this
        # year" does
        rf"(?i)\b{_PLACE}(?P<dw>today|yesterday|tomorrow|the\s+day\s+before\s+yesterday|"
        r"the\s+day\s+after\s+tomorrow)(?:\s+(?P<part>morning|afternoon|evening|night))?\b"
        # "yesterday's decline" is that day's; "today's" is as often the present in general
        r"(?!['’]s\s)|\b(?P<dw2>yesterday|tomorrow)(?=['’]s\s)",
        "DATE",
        n.day_word,
    ),
    # "in the early hours of Sunday": that day's morning, one TIME
    _rule(
        "early_hours",
        rf"(?i:\bthe\s+(?:early|small|wee)\s+hours\s+of\s+){WEEKDAY}\b(?:\s+morning\b)?",
        "TIME",
        n.early_hours,
    ),
    # "on the third day of the talks": counted from the day the story dated the event by
    # (not "the last day of", "the first day of the month": a calendar's day, no count)
    _rule(
        "ordinal_day",
        r"(?i)\bthe\s+(?P<ord>first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|"
        r"[1-9]\d?(?:st|nd|rd|th))\s+day(?=\s+of\s+(?!(?:the\s+)?(?:month|year|week|quarter|"
        r"(?-i:[A-Z][a-z]+)\b))"
        # "got across on the 99th day." (TempEval-3 platinum marks it)
        r"|\s*[.,;:)])",
        "DATE",
        n.ordinal_day,
    ),
    # "in [[the second week]] of his trial": the ISO week holding the event's eighth day (round 22;
    # a month's week, "the second week of April", is read whole by another rule)
    _rule(
        "ordinal_week",
        r"(?i)\bthe\s+(?P<ord>first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|"
        r"[1-9]\d?(?:st|nd|rd|th))\s+week(?=\s+of\s+(?!(?:the\s+)?(?:month|year|quarter|"
        r"(?-i:[A-Z][a-z]+)\b)))",
        "DATE",
        n.ordinal_week,
    ),
    # "fought the fire through the night": the night of the day told (not "the night of March
    # 3", read whole by "part_of_date", nor "the night shift")
    _rule(
        "the_night",
        r"(?i)\b(?:through|throughout|during|into|all|in|for)\s+(?P<x>the\s+night)\b"
        r"(?![-\w'’]|\s+(?:of|before|after|shift|sky|club|watch|train|bus|flight)\b)",
        "TIME",
        n.the_night,
    ),
    # "on the 15th of every month": that day of every month, one SET
    _rule(
        "day_of_every_month",
        r"(?i)\bthe\s+(?P<day>[1-3]?\d)(?:st|nd|rd|th)\s+(?:day\s+)?of\s+(?:every|each)\s+month\b",
        "SET",
        n.day_of_every_month,
    ),
    # "the night of Friday to Saturday", "the intervening night of Sunday and Monday": one TIME,
    # the night that begins on the first weekday, as "в ночь с пятницы на субботу" is
    _rule(
        "night_of_weekdays",
        rf"(?i:\bthe\s+(?:intervening\s+)?night\s+of\s+){WEEKDAY}(?i:\s+(?:and|to|into)\s+)"
        rf"{WEEKDAY.replace('?P<wd>', '?P<wd2>')}\b",
        "TIME",
        n.night_of_weekdays,
    ),
    # "on Friday last" (South Asian copy): last Friday
    _rule(
        "weekday_last",
        rf"\b{WEEKDAY}\s+last\b(?!\s+(?:week|month|year|night|evening|morning|season|time)\b)",
        "DATE",
        n.weekday_last,
    ),
    # "closed Mondays", "on Fridays": a plural weekday is every such day, a SET
    _rule(
        "weekdays",
        rf"\b{WEEKDAY}s\b(?![-'’])",
        "SET",
        n.weekdays,
    ),
    # "the Friday before last": the one a week before last Friday
    _rule(
        "weekday_before_last",
        rf"(?i:\bthe\s+){WEEKDAY}(?i:\s+before\s+last)\b",
        "DATE",
        d.weekday_before_last,
    ),
    # "charged the following Monday", "That Friday, ...": a weekday counted from the day told
    # ("that" only opening a sentence or after "on": "said that Friday was" is a conjunction)
    _rule(
        "weekday_told",
        rf"(?:\b(?P<fol>(?i:the\s+(?:following|previous|preceding)))\s+|(?:(?<=[.!?]\s)|(?<=^)|"
        rf"(?<=\bon\s))(?:That|that)\s+)"
        rf"{WEEKDAY}\b(?![-'’]|\s+(?:morning|afternoon|evening|night)\b)",
        "DATE",
        n.weekday_told,
        re.MULTILINE,
    ),
    # "in the early morning", "in the late evening", "by mid-afternoon": that part of the day told
    _rule(
        "part_told",
        r"(?i)(?:(?<=\bin\s)the\s+(?:early|late)\s+|(?<=\bby\s)mid-?|(?<=\bin\s)the\s+mid-?"
        r"|(?<=\buntil\s)mid-?|(?<=\baround\s)mid-?|(?<=\bat\s)mid-?)"
        r"(?P<part>morning|afternoon|evening)\b(?![-'’]|\s+(?:of|session|trading|edition|show)\b)",
        "TIME",
        n.part_told,
    ),
    # "resumed at dusk": the evening of the day told
    _rule(
        "evening_word",
        r"(?i)\b(?:at|by|after|before|until|till|around|since|from)\s+(?P<x>dusk|nightfall|sunset)\b"
        r"(?!\s+(?:of|on)\b)",
        "TIME",
        n.evening_word,
    ),
    # "in the early hours", "at dawn": a morning, the one that ends a night told before it
    # (prepositions out; not "the early hours of the campaign", "the dawn of a new era")
    _rule(
        "morning_word",
        r"(?i)\b(?:(?:in|into|during|until|till|since|by)\s+(?P<x>the\s+(?:early|small|wee)\s+hours)"
        r"|(?:at|before|by|until|till|after|since|from)\s+(?P<x2>(?:(?:about|around)\s+)?"
        r"(?:dawn|daybreak)))\b(?!\s+(?:of|on)\b)",
        "TIME",
        n.morning_word,
    ),
    # the adverb "overnight" ("struck the port overnight", "Overnight, ..."), not the
    # adjective ("an overnight stay", "the overnight rate")
    _rule(
        "overnight",
        r"(?i)(?<!\ban\s)(?<!\bthe\s)(?<!\ba\s)\bovernight\b(?![-\w])"
        r"(?=\s*(?:[.,;:!?)\u2014]|$)|\s+(?:into|on|in|to|and|as|when|after|before|from|at|while|"
        r"but|with|near|across|over|against|by|the|a|an|local|Russian|Ukrainian|Israeli)\b)",
        "TIME",
        n.overnight,
    ),
    # "late tonight", "earlier this evening" (a broadcast's place in its day)
    _rule("tonight", rf"(?i)\b{_PLACE}(?P<part>tonight)\b", "TIME", n.tonight),
    _rule(
        "this_part",
        rf"(?i)\b{_PLACE}(?P<rel>this|last)\s+(?P<part>morning|afternoon|evening|night)\b",
        "TIME",
        n.this_part,
    ),
    _rule(
        "weekday",
        # (not in a name: "the Sunday Times", "Black Monday", the 1987 crash)
        rf"(?:\b(?i:(?P<rel>last|next|this|coming|past)|early|late)\s+)?(?<!Black\s)(?<!Bloody\s)"
        rf"\b{WEEKDAY}\b(?!\s+(?:Times|Telegraph|Express|Mirror|Post|Herald|Independent|Observer|"
        r"Sport|Star|People)\b)"
        r"(?:\s+(?P<part>morning|afternoon|evening|night))?(?!s)",
        "DATE",
        n.weekday,
    ),
    _rule(
        "clock",
        # "about 11 p.m.", "around 3 a.m." keep the approximation, as durations do
        rf"\b(?:(?i:about|around|approximately|roughly)\s+)?"
        # a dotted clock time in Singapore, Malaysian and British copy: "at about 3.40pm"
        rf"(?P<h>[0-2]?\d)(?:[:.](?P<min>[0-5]\d))?\s*"
        # "5.33am." ends its sentence: the stop is the sentence's, as in "a.m." it is the word's
        rf"(?P<ampm>[aApP]\.[mM]\.?(?!\w)|[aApP][mM](?!\w)|[AP]M\b)"
        rf"(?:\s+{ZONE})?"
        rf"(?:\s+(?:[A-Z]{{2,4}}\b\s*)?{WEEKDAY})?{STATED_DAY}",
        "TIME",
        n.clock,
    ),
    # a broadcast's hour: "It is 7 o'clock", "at ten o'clock" (the hour as said; no a.m./p.m.)
    _rule(
        "oclock",
        r"(?i)\b(?P<h>1[0-2]|[1-9]|one|two|three|four|five|six|seven|eight|nine|ten|eleven|"
        rf"twelve)\s+o['’]clock\b(?:\s+{WEEKDAY})?{STATED_DAY}",
        "TIME",
        p.oclock,
    ),
    _rule(
        "clock24",
        rf"\b{_CLOCK_APPROX}(?P<h>[0-2]?\d):(?P<min>[0-5]\d)(?!:\d)(?P<ampm>)\s*(?:GMT|UTC|local\s+time|"
        rf"{PLACE_TIME}\b|[A-Z]{{3}}\b)(?:\s+{WEEKDAY})?{STATED_DAY}",
        "TIME",
        n.clock,
    ),
    # a 24-hour time with no zone, as Central Asian and European wire copy writes it ("took effect
    # at 00:00 on March 1", "closed at 20:00"): two-digit hours only, after a preposition
    # (n.bare_clock24 checks it: a literal start scans fast); not odds or scores ("at 3:1")
    _rule(
        "bare_clock24",
        rf"(?<![\w:.])(?P<h>[01]\d|2[0-3]):(?P<min>[0-5]\d)(?![:\d])(?P<ampm>)"
        rf"(?!\s*(?:[aApP]\.?[mM]\b|GMT|UTC|local\b))(?:\s+{WEEKDAY})?{STATED_DAY}",
        "TIME",
        n.bare_clock24,
    ),
    # wire copy's 24-hour time without a colon, always with its zone: "1030 GMT", "0000 UTC"
    # (a year is never followed by a zone; the longer span wins over the "year" rule)
    _rule(
        "clock_hhmm",
        rf"\b{_CLOCK_APPROX}(?P<h>[01]\d|2[0-3])(?P<min>[0-5]\d)(?P<ampm>)\s+(?:GMT|UTC|[ECMP][SD]T|ET|CET|CEST|"
        rf"BST|MSK|local\s+time|{PLACE_TIME})\b(?:\s+{WEEKDAY})?{STATED_DAY}",
        "TIME",
        n.clock,
    ),
    _rule(
        "set_word",
        # the adverbs in lower case only: "Daily Mail", "Weekly Standard" are names
        rf"\b(?i:every|each)\s+(?i:(?P<sw>day|week|month|quarter|year|hour|decade|morning|afternoon|"
        # "every spring", "every weekend" (round 18)
        rf"evening|night|weekend|spring|summer|fall|autumn|winter|{alternation(EN_WEEKDAYS)}|"
        # "held every January" (a month's name capitalised: "each may apply" is a verb)
        r"(?-i:January|February|March|April|May|June|July|August|September|October|November|"
        rf"December)))\b|\b(?P<sw2>daily|weekly|monthly|annually|"
        r"yearly|hourly|nightly|biweekly|quarterly)\b"
        # capitalised in a title-case headline, right after its amount (n.set_any checks):
        # "Paid $2,000 Monthly" (round 24)
        r"|(?<=\w\s)(?P<sw3>Daily|Weekly|Monthly|Annually|Yearly|Quarterly)\b",
        "SET",
        n.set_any,
    ),
    _rule(
        "weekend",
        # "the holiday weekend", "the long weekend" are the weekend of the week they name
        r"(?i)\b(?:this\s+(?=past\b))?(?P<rel>this|last|next|past|coming|the)\s+"
        r"(?:(?:holiday|long|three-day|four-day)\s+)?weekend\b",
        "DATE",
        n.weekend,
    ),
    _rule(
        "holiday",
        rf"{HOLIDAY}(?:,?\s+(?P<year>\d{{4}})\b)?",
        "DATE",
        p.holiday,
    ),
    _rule(
        "every_n",
        rf"(?i)\bevery\s+(?:{NUM}|(?P<other>other))\s+{UNIT}\b",
        "SET",
        n.every_n,
    ),
    _rule(
        "noon",
        rf"(?i:\b(?:(?:about|around|approximately|roughly)\s+)?(?P<noon>noon|midday|midnight)\b)(?:\s+{ZONE})?(?:\s+{WEEKDAY}\b)?"
        rf"{STATED_DAY}",
        "TIME",
        n.noon,
    ),
    _rule(
        "ref",
        r"(?i)\b(?P<x>now|currently|nowadays|at\s+present|presently|right\s+now|"
        r"at\s+the\s+moment|these\s+days|(?<=in\s)the\s+past|"
        rf"(?<=in\s)the\s+(?:{_FUTURE_NEAR}\s+|distant\s+)?future|"
        # "for the foreseeable future" (a bare "for the future" is often a noun's: "plans for
        # the future of the plant")
        rf"(?<=for\s)the\s+{_FUTURE_NEAR}\s+future|"
        # British "in future", closing its clause or before the next one's subject ("will face
        # stiffer fines in future", "in future, recruiters …"; not "in future years")
        r"(?<=\bin\s)future(?=\s*[,;.!?)]|\s+(?:it|he|she|they|we|you|the|this|all|any)\b)|"
        r"at\s+the\s+time(?!\s*[,;.)]|\s+(?:and|but)\b)|recently|lately|as\s+soon\s+as\s+possible|"
        # "soon", not "as soon as", "too soon", "soon after the vote"
        r"(?<!\bas\s)(?<!\bso\s)(?<!\btoo\s)(?<!\bhow\s)soon"
        r"(?!\s+(?:after|afterwards?|thereafter|as|enough)\b))\b"
        r"(?!\s+(?:\d|year|month|week|day|decade|few|several|two|three))",
        "DATE",
        n.ref,
    ),
    # rule P1: "at the time," standing alone is the time the passage talks about (before
    # "of", "when" it stays the "ref" rule's PAST_REF). The span keeps "at", as "ref" did:
    # quoting "the time" alone cost TempEval-3 platinum strict F1 0.896 -> 0.889
    _rule(
        "at_the_time",
        r"(?i)\bat\s+the\s+time(?=\s*[,;.)]|\s+(?:and|but)\b)",
        "DATE",
        n.at_the_time,
    ),
    # rule P1: "the week before", "the previous year" ("a year earlier" is read by
    # "duration"); "before"/"after" only when no noun follows ("the day after the attack")
    _rule(
        "counted",
        rf"(?i)\b(?:the|that)\s+(?:(?P<unit2>day|week|month|year)\s+(?P<dir2>before|after){_ALONE}|"
        # ("the previous fiscal year", "the prior financial year", round 24)
        r"(?P<dir3>previous|prior|preceding|following|same)\s+(?:(?:fiscal|financial)\s+(?=year\b))?"
        r"(?P<unit3>day|week|month|year)\b|"
        r"(?P<dir4>next)\s+(?P<unit4>day)\b|"
        # a market report's "the previous session" (not "the previous session of Congress")
        r"(?P<dir5>previous|prior|preceding)\s+(?P<unit5>(?:trading\s+)?session|trading\s+day)\b"
        r"(?!\s+of\b))",
        "DATE",
        n.counted,
    ),
    # rule P1: "that day", "that week", "that evening" (not "that day-care", "that weekend")
    _rule(
        "that_unit",
        # "later that day", "earlier that week" keep their place word, as "earlier today"
        r"(?i)\b(?<![\w-])(?:(?:earlier|later)\s+(?=that\b))?"
        r"(?:that(?:\s+same(?=\s+(?:morning|afternoon|evening|night)))?"
        # "the same night", "the same evening": the part of the day told (round 22)
        r"|the\s+same(?=\s+(?:morning|afternoon|evening|night))"
        r"|(?P<next>(?:the\s+)?(?:following|next|previous|preceding)"
        r"(?=\s+(?:morning|afternoon|evening|night))))\s+(?P<unit>day|week|month|year|morning|afternoon|evening|night)\b(?![-\w])",
        "DATE",
        n.that_unit,
    ),
    # "the first Wednesday in January", "the last Friday of April"
    _rule(
        "ordinal_weekday",
        rf"(?i:\bthe\s+(?P<ord>first|second|third|fourth|last)\s+){WEEKDAY}\s+(?i:in|of)\s+"
        rf"{MONTH}(?:,?\s+{YEAR})?",
        "DATE",
        p.ordinal_weekday,
    ),
    # rule P2: the quarter a business story reports, and the same period a year back
    _rule(
        "business_quarter",
        r"(?i)(?<![\w-])the\s+(?:(?P<latest>latest|most\s+recent|current|fiscal)\s+)*"
        r"(?:(?P<back>year[\s-](?:earlier|ago|before)|prior[\s-]year|previous[\s-]year)\s+)?"
        r"(?:(?P<prior>prior|previous|preceding)\s+(?=(?:fiscal\s+)?quarter\b))?"
        # "the year-earlier month" too, the month the passage reports a year back
        r"(?:fiscal\s+)?(?P<unit>quarter|period|month(?:(?<=earlier[\s-]month)|(?<=ago[\s-]month)))\b"
        r"(?![-\u2010]|\s+of\b)"
        # "from the same month last year": the month the passage reports, a year back
        r"|(?i:the\s+same\s+(?P<unit2>quarter|period|month)\s+"
        r"(?:last\s+year|a\s+year\s+(?:earlier|ago|before)|the\s+year\s+before|"
        # "the same period of 2021": the reported period in that year
        r"the\s+(?:previous|prior)\s+year|(?:of|in)\s+(?P<year>(?:19|20)\d\d)\b))",
        "DATE",
        p.business_quarter,
    ),
    # "from a year-earlier $1.8 billion", "year-ago levels": the hyphenated adjective is a
    # date, the time the passage talks about a year back, as "a year earlier" is (P1); with
    # "quarter" or "period" after it the business_quarter rule quotes the whole
    _rule(
        "year_earlier_adj",
        r"(?i)(?<![\w-])(?P<x>year[-\u2010](?:earlier|ago))(?![-\w])"
        r"(?!\s+(?:fiscal\s+)?(?:quarter|period)\b)",
        "DATE",
        p.year_earlier_adj,
    ),
    _rule(
        "fiscal_year",
        # "the year ended Sept. 30" is a year of account too, quoted apart from its end
        r"(?i:\bthe\s+)(?:(?i:(?:fiscal|financial)\s+year)\b(?!\s*\d)|(?i:year)(?=\s+(?:that\s+|which\s+)?"
        r"(?:ended|ending|ends|closed)\s+(?:on\s+)?[A-Z][a-z]{2,8}\.?\s+[0-3]?\d\b))",
        "DATE",
        p.fiscal_year,
    ),
    _rule(
        "full_year",
        # "the whole year", "by year-end" are the same year of account
        r"(?i)(?<![\w-])(?:the\s+(?:full|whole)\s+year|full-year|year[-\s]end)\b(?!\s*\d)"
        # a market or results report's year: "down 6 percent for the year"
        r"|(?i:\bfor\s+(?P<x>the\s+year)\b(?!['’-]|\s+(?:of|ended|ending|before|after|ahead|"
        r"to|through|that|which|earlier|ago|when|in\s+which)\b))",
        "DATE",
        p.full_year,
    ),
    # jobless claims, store sales: "in the week ended March 9", quoted apart from its end
    _rule(
        "week_ended",
        # ("the week to March 15", as British copy writes it)
        r"(?i:\bthe\s+)(?i:week)(?=\s+(?:that\s+|which\s+)?(?:ended|ending|ends|closed|to)\s+"
        r"(?:on\s+)?(?:[A-Z][a-z]+day,?\s+)?[A-Z][a-z]{2,8}\.?\s+[0-3]?\d\b)",
        "DATE",
        p.week_ended,
    ),
    # a market report's week: "down 1.2% for the week"
    _rule(
        "trading_week",
        r"(?i)\bfor\s+(?P<x>the\s+week)\b(?!['’]s|\s+(?:of|ended|ending|before|after|ahead)\b)",
        "DATE",
        p.trading_week,
    ),
    # "the second week of March", "the last week of June 2012": the ISO week that holds the
    # middle day of that week's seven days (the month's day 7N-3)
    _rule(
        "nth_week",
        rf"(?i:\bthe\s+(?P<ord>first|second|third|fourth|last)\s+week\s+(?:of|in)\s+){MONTH}"
        rf"(?:,?\s+{YEAR})?",
        "DATE",
        p.nth_week,
    ),
    _rule(
        # (and "the weekend of Jan. 24": that week's weekend, round 21)
        "week_of",
        rf"(?i:\bthe\s+week(?P<we>end)?\s+of\s+){MONTH}\s+{DAY}(?:,?\s+{YEAR})?",
        "DATE",
        n.week_of,
    ),
    _rule(
        "week_of_dm",
        rf"(?i:\bthe\s+week(?P<we>end)?\s+of\s+(?:the\s+)?){DAY}\s+(?:of\s+)?{MONTH}(?:,?\s+{YEAR})?",
        "DATE",
        n.week_of,
    ),
    # the second year of a range written short: "the 1957-58 expedition", "2012-13"
    _rule(
        "year_range_tail",
        r"(?<![\w.,-])(?P<first>1[6-9]\d\d|20\d\d)[-–](?P<x>\d\d)(?![\w%-]|[.,]\d)",
        "DATE",
        n.year_range_tail,
    ),
    # "the '90s", "the mid-'80s", and after "and" ("the 1970s and '80s": no word boundary before
    # the apostrophe, round 21)
    _rule(
        "short_decade",
        r"(?i)(?<![\w'’])(?:the\s+)?(?:(?:early|late|mid)[\s-]*)?['’](?P<d2>[0-9]0)s\b",
        "DATE",
        n.short_decade,
    ),
]
