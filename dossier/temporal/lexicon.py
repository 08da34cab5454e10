"""Words the rules need: month, weekday, season, unit and number names (en, ru).

Russian forms are listed in every case the rules meet them in news text
("август", "августа", "августе"), so the patterns stay plain regexes and no
morphological analyser runs per call.
"""

from __future__ import annotations

import re

EN_MONTHS: dict[str, int] = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6,
    "july": 7, "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8,
    "sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12,
}  # fmt: skip

EN_WEEKDAYS: dict[str, int] = {
    "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3,
    "friday": 4, "saturday": 5, "sunday": 6,
}  # fmt: skip

EN_SEASONS: dict[str, str] = {
    "spring": "SP", "summer": "SU", "fall": "FA", "autumn": "FA", "winter": "WI",
}  # fmt: skip

# TIMEX3 duration unit codes; decades and centuries are written in years (P10Y), as
# the TempEval-3 gold does for "a decade".
EN_UNITS: dict[str, tuple[str, int]] = {
    "year": ("Y", 1), "month": ("M", 1), "week": ("W", 1), "day": ("D", 1),
    "decade": ("Y", 10), "century": ("Y", 100), "centurie": ("Y", 100),
    "hour": ("TH", 1), "minute": ("TM", 1), "second": ("TS", 1),
    "fortnight": ("W", 2), "quarter": ("Q", 1),
}  # fmt: skip

EN_NUMBERS: dict[str, int] = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
    "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17,
    "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
    "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100,
    "a hundred": 100, "a couple of": 2, "a couple": 2, "couple of": 2, "a dozen": 12,
    "dozen": 12, "half a": 0, "single": 1,
}  # fmt: skip

# Vague counts give an unspecified amount: "several years" is PXY.
EN_VAGUE = ("several", "a few", "few", "many", "some", "numerous", "a number of")

EN_ORDINALS: dict[str, int] = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6,
    "seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12,
    "nineteenth": 19, "twentieth": 20, "twenty-first": 21, "last": 4, "final": 4,
}  # fmt: skip

RU_MONTHS: dict[str, int] = {}
_forms: tuple[str, ...]
for _i, _stem in enumerate(
    ("январ", "феврал", "март", "апрел", "ма", "июн", "июл", "август",
     "сентябр", "октябр", "ноябр", "декабр"),
    start=1,
):  # fmt: skip
    _forms = ("ь", "я", "е", "ем") if _stem[-1] in "рл" else ("", "а", "е", "ом")
    if _stem == "ма":
        _forms = ("й", "я", "е", "ем")
    if _stem in ("июн", "июл"):
        _forms = ("ь", "я", "е", "ем")
    for _f in _forms:
        RU_MONTHS[_stem + _f] = _i

RU_WEEKDAYS: dict[str, int] = {
    "понедельник": 0, "вторник": 1, "среду": 2, "среда": 2, "четверг": 3,
    "пятницу": 4, "пятница": 4, "субботу": 5, "суббота": 5, "воскресенье": 6,
    "понедельника": 0, "вторника": 1, "среды": 2, "четверга": 3, "пятницы": 4,
    "субботы": 5, "воскресенья": 6, "понедельнику": 0, "вторнику": 1, "среде": 2,
    "четвергу": 3, "пятнице": 4, "субботе": 5, "воскресенью": 6,
}  # fmt: skip

# Day numbers written as ordinals in the genitive: "первого апреля".
RU_ORDINAL_DAYS: dict[str, int] = {}
for _n, _w in enumerate(
    ("первого", "второго", "третьего", "четвёртого", "пятого", "шестого", "седьмого",
     "восьмого", "девятого", "десятого", "одиннадцатого", "двенадцатого", "тринадцатого",
     "четырнадцатого", "пятнадцатого", "шестнадцатого", "семнадцатого", "восемнадцатого",
     "девятнадцатого"),
    start=1,
):  # fmt: skip
    RU_ORDINAL_DAYS[_w] = _n
    if _n < 10:
        RU_ORDINAL_DAYS[f"двадцать {_w}"] = 20 + _n
RU_ORDINAL_DAYS.update({"четвертого": 4, "двадцатого": 20, "тридцатого": 30,
                        "тридцать первого": 31, "двадцать четвертого": 24})  # fmt: skip

RU_SEASONS: dict[str, str] = {
    "весной": "SP", "весна": "SP", "весну": "SP", "весны": "SP", "весне": "SP",
    "летом": "SU", "лето": "SU", "лета": "SU", "лете": "SU", "лету": "SU",
    "осенью": "FA", "осень": "FA", "осени": "FA",
    "зимой": "WI", "зима": "WI", "зиму": "WI", "зимы": "WI", "зиме": "WI",
}  # fmt: skip

# Unit stems with every case and number form news text uses.
RU_UNITS: dict[str, tuple[str, int]] = {}
for _forms, _unit in (
    (
        ("год", "года", "году", "годом", "годы", "годов", "годам", "годах", "годами", "лет"),
        ("Y", 1),
    ),
    (
        (
            "месяц",
            "месяца",
            "месяцу",
            "месяце",
            "месяцем",
            "месяцы",
            "месяцев",
            "месяцах",
            "месяцами",
        ),
        ("M", 1),
    ),
    (
        (
            "неделя",
            "недели",
            "неделю",
            "неделе",
            "недель",
            "неделям",
            "неделях",
            "неделями",
            "неделей",
        ),
        ("W", 1),
    ),
    (
        ("день", "дня", "дню", "днём", "днем", "дни", "дней", "днях", "днями", "сутки", "суток"),
        ("D", 1),
    ),
    (
        (
            "десятилетие",
            "десятилетия",
            "десятилетий",
            "десятилетиями",
            "десятилетии",
            "десятилетию",
            "десятилетием",
        ),
        ("Y", 10),
    ),
    (("век", "века", "веков", "веке", "веку", "веком"), ("Y", 100)),
    (("час", "часа", "часов", "часы"), ("TH", 1)),
    (("минута", "минуты", "минут", "минуту"), ("TM", 1)),
    (("квартал", "квартала", "кварталов"), ("Q", 1)),
):
    for _f in _forms:
        RU_UNITS[_f] = _unit

RU_NUMBERS: dict[str, int] = {}
for _value, _forms in (
    (1, ("один", "одна", "одно", "одного", "одной", "одну", "одном")),
    (2, ("два", "две", "двух", "двум", "двумя")),
    (3, ("три", "трех", "трёх", "трем", "трём", "тремя")),
    (4, ("четыре", "четырех", "четырёх", "четырем", "четырьмя")),
    (5, ("пять", "пяти", "пятью")),
    (6, ("шесть", "шести")),
    (7, ("семь", "семи")),
    (8, ("восемь", "восьми")),
    (9, ("девять", "девяти")),
    (10, ("десять", "десяти")),
    (11, ("одиннадцать", "одиннадцати")),
    (12, ("двенадцать", "двенадцати")),
    (15, ("пятнадцать", "пятнадцати")),
    (20, ("двадцать", "двадцати")),
    (30, ("тридцать", "тридцати")),
    (40, ("сорок", "сорока")),
    (50, ("пятьдесят", "пятидесяти")),
    (100, ("сто", "ста")),
    (2, ("пару", "пара", "пары")),
):
    for _f in _forms:
        RU_NUMBERS[_f] = _value

RU_VAGUE = ("несколько", "нескольких", "многие", "многих", "много", "немало", "ряд")

RU_ORDINAL_STEMS: dict[str, int] = {
    "перв": 1, "втор": 2, "трет": 3, "четвёрт": 4, "четверт": 4, "последн": 4,
}  # fmt: skip


def alternation(words: object) -> str:
    """A regex alternation of the given words, longest first so that none shadows another."""
    items = sorted((str(w) for w in words), key=len, reverse=True)  # type: ignore[attr-defined]
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in items)


def number(word: str, table: dict[str, int]) -> int | None:
    """The integer a numeral gives: digits ("10", "3,000") or a listed word ("ten")."""
    cleaned = word.replace(",", "").replace("\u00a0", "").strip().lower()
    if cleaned.isdigit():
        return int(cleaned)
    cleaned = re.sub(r"\s+", " ", cleaned)
    if cleaned in table:
        return table[cleaned]
    head, _, tail = cleaned.partition("-")  # "twenty-five"
    if tail and head in table and tail in table:
        return table[head] + table[tail]
    return None
