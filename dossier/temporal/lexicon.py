"""Words only the temporal rules need: weekday, season, unit, ordinal and vague-count
names (en, ru), and the helpers that build patterns and read numerals.

Month and number words are the language's own (``month_words``, ``count_words`` of its
:class:`~dossier.lang.Language`, from ``dossier/lang/<code>/words.yaml``), shared with
the other stages. Russian forms are listed in every case the rules meet them in news
text ("вторник", "вторника", "вторнику"), so the patterns stay plain regexes and no
morphological analyser runs per call.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping

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

# Vague counts give an unspecified amount: "several years" is PXY.
EN_VAGUE = ("several", "a few", "few", "many", "some", "numerous", "a number of")

EN_ORDINALS: dict[str, int] = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6,
    "seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12,
    "nineteenth": 19, "twentieth": 20, "twenty-first": 21, "last": 4, "final": 4,
}  # fmt: skip

# Decades spelled out, by their tens: "the nineties", "девяностые годы"
EN_DECADE_WORDS: dict[str, int] = {
    "twenties": 2, "thirties": 3, "forties": 4, "fifties": 5, "sixties": 6,
    "seventies": 7, "eighties": 8, "nineties": 9,
}  # fmt: skip
RU_DECADE_STEMS: dict[str, int] = {
    "нулев": 0, "десят": 1, "двадцат": 2, "тридцат": 3, "сороков": 4, "пятидесят": 5,
    "шестидесят": 6, "семидесят": 7, "восьмидесят": 8, "девяност": 9,
}  # fmt: skip

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
# and in the accusative and the dative: "на первое ноября", "к пятнадцатому мая"
for _w, _n in list(RU_ORDINAL_DAYS.items()):
    _stem = _w[:-4] + "ь" if _w.endswith("тьего") else _w[:-3]  # "третьего" -> "треть"
    RU_ORDINAL_DAYS[_stem + ("е" if _w.endswith("тьего") else "ое")] = _n
    RU_ORDINAL_DAYS[_stem + ("ему" if _w.endswith("тьего") else "ому")] = _n

RU_SEASONS: dict[str, str] = {
    "весной": "SP", "весна": "SP", "весну": "SP", "весны": "SP", "весне": "SP",
    "летом": "SU", "лето": "SU", "лета": "SU", "лете": "SU", "лету": "SU",
    "осенью": "FA", "осень": "FA", "осени": "FA",
    "зимой": "WI", "зима": "WI", "зиму": "WI", "зимы": "WI", "зиме": "WI",
}  # fmt: skip

# Unit stems with every case and number form news text uses.
RU_UNITS: dict[str, tuple[str, int]] = {}
_forms: tuple[str, ...]
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
            "месяцам",
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
        (
            "день",
            "дня",
            "дню",
            "днём",
            "днем",
            "дни",
            "дней",
            "днях",
            "днями",
            "дням",
            "сутки",
            "суток",
        ),
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

# ("десятки лет назад", "сотни лет назад": vague, round 24)
RU_VAGUE = (
    "несколько", "нескольких", "многие", "многих", "много", "немало", "ряд", "десятки", "десятков",
    "сотни", "сотен",
)  # fmt: skip

# "на третий день мобилизации": an ordinal day of an event, in the accusative after "на"/"в"
RU_DAY_ORDINALS: dict[str, int] = {
    "первый": 1, "второй": 2, "третий": 3, "четвёртый": 4, "четвертый": 4, "пятый": 5,
    "шестой": 6, "седьмой": 7, "восьмой": 8, "девятый": 9, "десятый": 10,
}  # fmt: skip

RU_ORDINAL_STEMS: dict[str, int] = {
    "перв": 1, "втор": 2, "трет": 3, "четвёрт": 4, "четверт": 4, "последн": 4,
}  # fmt: skip


Trie = dict[str, "Trie"]


def alternation(words: Iterable[str]) -> str:
    """A regex alternation of the given words, a space in one standing for any run of
    spaces, as a trie ("два|двух|двадцать" -> "дв(?:а(?:дцать)?|ух)"): Python's ``re``
    tries every branch of a flat alternation at every position, and the number words of a
    language are ~150 forms (a flat one cost the Russian rules 20% of their time). A
    longer word is tried before its prefix, so that none shadows another."""
    trie: Trie = {}
    for word in words:
        node = trie
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}  # a word ends here
    return _branches(trie)


def _branches(node: Trie) -> str:
    ends = "" in node
    parts = [
        (r"\s+" if char == " " else re.escape(char)) + _branches(child)
        for char, child in node.items()
        if char
    ]
    if not parts:
        return ""
    if len(parts) == 1 and not ends:
        return parts[0]
    return f"(?:{'|'.join(parts)}){'?' if ends else ''}"


def number(word: str, table: Mapping[str, float]) -> float | None:
    """The number a numeral gives: digits ("10", "3,000") or a word of the language's
    ``count_words`` ("ten", "twenty-five", "полтора")."""
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
