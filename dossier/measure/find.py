"""Quantities in news text: counts, money, percentages, durations, ranges, with qualifiers.

One regular expression per language finds ``[qualifier] [currency] NUMBER [range]
[unit] [period]``; the code around it decides what the match means:

- a year ("in 2022", "в 2022 году"), a day of a month ("August 30", "30 августа"), a
  clock time, a date ("30.08.2023") or a label ("Article 359", "ч. 2") is not a quantity;
- "one"/"a" count only before a unit ("one year"), never alone ("one of them");
- a scale on the upper end of a range applies to the lower end ("2 to 3 million");
- money with no period of its own takes one from a period adjective just before it in
  its sentence ("a monthly salary ($3,100)" -> per month);
- a number with no unit takes the noun phrase after it as what it counts
  ("at least 93 Central Asian prisoners from ..." -> "Central Asian prisoners").
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import replace
from functools import lru_cache

from dossier.lang import get_language
from dossier.measure.carry import pronoun_currency, pronoun_period, rate_currency
from dossier.measure.counted import counted_phrase
from dossier.measure.lexicon import (
    A_SCALES,
    AGE_NOUN_BEFORE,
    AGE_QUALIFIERS,
    AND_IN_NUMBER,
    CALENDAR_PART,
    CHANGE_OBJECT,
    CHANGE_VERBS,
    CLAUSE_ADVERBS,
    COMPOUND_SCALES,
    COUPLE_WORDS,
    COUPLED_ROUNDS,
    CURRENCIES,
    CURRENCY_SYMBOLS,
    DIFFERENCE_COMPARATIVES,
    GLUED_UNITS,
    HALF_FORMS,
    INVERTED_NOUNS,
    INVERTED_SCALES,
    LABEL_PLURALS,
    LABEL_WORDS,
    LONE_NUMBERS,
    MONEY_SOURCE_WORDS,
    NOT_A_RATE_AFTER,
    NOT_AGE_BEFORE,
    NOT_NAMES,
    ODD_AFTER,
    ORDINAL_OR_LABEL_SUFFIX,
    OVER_DURING_BEFORE,
    PERIODS,
    PLURAL_PEOPLE,
    QUALIFIERS,
    ROUNDS_AFTER_NUMBER,
    RU_MONTH_STEMS,
    RUPEE,
    RUPEE_COUNTRIES,
    SCALES,
    SHILLING,
    SHILLING_COUNTRIES,
    SLASH_PERIODS,
    TENS_WORDS,
    THOUSANDS_BEFORE_REST,
    UNITS,
    VAGUE_BEFORE,
    VAGUE_ROUND,
    VAGUE_SCALES,
    VULGAR_FRACTIONS,
    WEAK_WORDS,
    YEAR_LEADS,
    YEAR_NOUNS,
)
from dossier.measure.lexicon import alternation as _alt
from dossier.measure.nonamounts import no_amount
from dossier.measure.numbers import YEAR, bound_scale, parse_number
from dossier.measure.numbers import scale as _scale
from dossier.measure.pairs import clause_start, read_pairs
from dossier.measure.periods import SENTENCE_STOP as _SENTENCE_STOP
from dossier.measure.periods import WORD as _WORD
from dossier.measure.periods import count_period, money_period, period_before
from dossier.models import Quantity

# 2: an age in apposition ("the man, 38,") or after "aged" is in years; 3: a range whose
# upper bound alone has a scale ("between 400,000 and 1.2 million"), rupees by the country
# the text speaks of ("Rs", "rupees"; "lakh", "crore"); 4: "a dozen" after a qualifier, a
# half after a number word, "около сотни", a qualifier before "на" ("не менее чем на один
# год"), a number after a month and a comma, a bare number taking the currency of the money
# before it in its sentence ("1.3 million rubles, while Belgorod offers 500,000"); 5 (round
# 12): a bare Russian comparative before "на" is a difference, no bound ("стало меньше на 15
# процентов"); taka (BDT); an age after "as young as", "as old as", "the age of"; 6 (round
# 13: english_dev6, russian_dev7): shillings by the country the text speaks of (KES, UGX,
# TZS, SOS; "KSh"), a Russian adjective's noun counted whatever its ending ("34 уголовных
# дела"), a counted phrase in quotation marks ("41 «новый гражданин»"), a number closing a
# name in quotation marks is none («Россия 24»), an age after ", who is"; 7 (round 16:
# english_quant_dev, russian_quant_dev): phone, unit and house numbers are none, "₹", soums, a
# rupee by a currency code in the text, a range with its unit on both bounds, a year no range's
# lower bound, a change ("rose from X to Y", "с X до Y", pairs.py), "десяток", multipliers and
# shares are none, "older than"/"старше", "the youngest … was 19", "200-odd", a period adjective
# only for the money after it, a period after a conversion in brackets; "a year earlier" after
# money is no rate; Russian labels in every case ("статью", "частью 4", "пункту 3"); "US
# dollars", "Tk", "Sh500,000"; a scale word alone ("a million", "миллион рублей", "полсотни");
# "2½ years", "в мес."; clock times ("10 a.m.", "в 7 утра"), votes and scores ("312-98", "3–1"),
# a name's number ("a Boeing 737", "Gate 7"), Russian addresses and labels ("проспект Победы,
# 21", "дом 7", "ИНН") are none; "NRs"; "с X до Y" with no verb of change is a range; a
# currency with its country adjective ("3 lakh Nepali rupees", "кыргызских сомов"); an age in
# brackets after a name ("Suresh Gurung (37)"); 8 (round 17: english_quant_dev2,
# russian_quant_dev2): a rupee by a sign, state or city in the text ("₹", Kerala, Lahore), Indian
# grouping ("₹2,50,000") and spaced thousands in English, a list sharing its last number's
# scale, unit and period ("142, 118 и 109 тысяч рублей", "13 and 14 years"), vague "a few
# hundred", ranks ("the top 3", "в первую десятку"), "N-fold" and "в 2-3 раза", "3 из 10", a new
# value after a dash or a difference ("вдвое — до", "на 2,4 пункта, до 11,8%") and after "роста",
# a minus sign in a range, "1 миллиард 348 миллионов", "полмиллиарда", "выше"/"above"/"ниже", "в
# районе", metres, square metres and kilometres, acres, "процентного пункта", HK$ and S$, a
# conversion "(equivalent to …)", an origin with its counted noun ("выходцев из Непала"); then
# pay per period as ads and South Asian papers write it ("$2,800/month", "65 тыс. руб./мес.",
# "Rs 30,000 p.m.", "a Rs 45,000-a-month job"), "lac", "cr", "pc", units against their number
# ("30km", "тыс.руб."), "two-thirds", ages listed after "aged"; Russian ordinals and law labels
# in digits ("58-я армия", "115-ФЗ"), "в 3 квартале", a number alone in quotation marks («112»),
# a list of labels ("Sections 370 and 420"), money elided before "now"; number words joined by a
# hyphen, the second larger, are a range ("два-три", "пять-шесть месяцев"); a half before a scale
# ("двух с половиной тысяч"); yuan, hryvnias, dirhams, riyals, lira, "₸", "₴"; 9 (round 18:
# english_quant_dev3, russian_quant_dev3): thousands before the rest ("2 тыс. 719 человек", "1
# тысяча 348"), the base of a rate is none ("per 100,000", "на 100 тысяч населения"), "10-тысячный
# отряд", Russian fractions in words ("две трети"), a period after a count's noun ("40 cases a
# month"), "as much as", "maybe", "perhaps", a bare "of" complement ("prisoners of war"), a change
# past its verb's object ("raised the ex gratia for … from Rs 50 lakh to Rs 1 crore"); 10 (round
# 19: english_quant_dev4, russian_quant_dev4): the first word of a quotation, a bracket or a list
# line names nothing ("“Only 25 came back”", "- Выдворены 14"), a quoted sentence before its
# speaker's dash is no name («Нас было 30», — сказал), a capitalised Russian genitive is no verb
# ("граждан Непала"), manat and afghanis, "a quarter of a million", "с лишним" ("300 с лишним
# тысяч"), a new value in a clause that leaves out its verb ("…, в Самаре — до 5 100") and a list
# after "до" sharing its unit, the base before "приходится" ("на 10 тыс. жителей приходится 21
# врач"), a number shaped like a year before a plural noun ("задержаны 2000 человек"); a clause
# that leaves out its noun and verb after a dash shares the unit and period before it ("Ему 19
# лет, его брату — 23"), a scale alone before a dash takes the currency before it, an age after
# a name ending its sentence ('," said Bakyt, 31.'), "1)" items inside a line are labels, a
# Russian noun before its number is about ("человек 40", "лет пять"), "в т. ч. 14", "ок.", "св.",
# "ч" (hours) and "р." (rubles), "bln", "trln", and "bn", "mn", "tn" after a space ("$1.1 bn"),
# "yr" and "yrs" ("a 34-yr-old"), a tab parts a name from a number (a table's cells), a scale
# alone before a preposition takes the currency before it ("and 2 million from the region"),
# "half a dozen" (6), "a couple of hundred" (vague), "сотня", "две сотни", "полутора сотен" (150,
# read as 101.5), "тридцать с лишним", "pct", basis points, a number right after "#" a label,
# "тысяч двести человек" (about 200,000), a number on a label or list line counts nothing on the
# next line (counted.py); 11 (round 20: english_quant_dev5, russian_quant_dev5): a preposition,
# "last", "still" or "remain" ends a counted phrase ("12K views within an hour"), "of" before a
# capitalised place belongs to it ("citizens of Tajikistan"), a Russian present-tense verb right
# after a number counts nothing ("400 тыс. выплачивает"), a time zone makes a clock time ("1500
# GMT"), an earlier value after "up from", "down from" or "против" takes the money's currency, a
# period adjective of a wage noun reaches across its sentence ("Средняя месячная зарплата …
# составила"), a conversion after ", or"/", или" shares the period, "удвоена"/"утроили" are
# verbs of change and "с X до Y" may follow the change's size ("на треть — с"), "пара десятков"
# (about 20), "were under 30" an age, "…, Moscow 38" a count, "over" a duration after a count's
# noun no bound ("2,000 calls over 72 hours"), Russian terms in the dative ("к 6 годам и 6
# месяцам"), a present verb after a counted noun ends it ("2,000 Tajiks hold"); the periods told
# around an amount in periods.py
# /12 (round 21): Russian collective numerals in every case ("десятерых", "двоим", "с пятерыми");
# "three times what", "до" after a noun of change, "среднемесячная", an adjective's dash clause;
# carry.py: a rate "per dollar" takes its sentence's currency, a wage's period carries to a pronoun
# in the next sentence; a bare part after "of which" takes the sum's period; "from" before money
# with a period is its floor
# /13 (round 22): a ten or a hundred in an oblique plural after a number word is its scale ("двух
# десятков", "около полутора десятков", "с полутора сотнями"); "several dozen" is vague; "and"
# joins number words into one number only after a hundred or a scale ("between five and nine
# years" is a range, not 14); a scale word ending a worded upper bound covers the lower ("between
# two and three thousand", "от двух до трёх сотен"); "One to two million" a range; "полутысячи";
# "at least one" counts; "over six months" after an amount and its phrase is "during"; "граждан
# страны" (counted.py); "the median age of the dead was 34" an age
# /14 (round 23): an age after a name shortened to its initial ("Farrukh S., 31,"); "из" and
# the origin after a noun of people ("граждан из стран ближнего зарубежья"; counted.py); a half
# joined by hyphens ("two-and-a-half years", "a seven-and-a-half-year sentence"); a bare number
# added to money ("400,000 rubles plus 50,000 from the region") the same money
# /15 (round 24): a bare number after a pronoun and a verb of being ("in Kazan it was 120,000",
# "В Москве она составила 140 тыс.") takes the currency of money told with that verb before it
# (carry.py); a verb that is also a noun ends a counted phrase before a preposition or an
# adverb ("7,000 Indians work in Russia"; counted.py); an age a plural shares ("The two men,
# both 25,")
EXTRACTOR = "dossier.measure/15"

_MONTHS = re.compile(
    r"^(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
    r"sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|январ\w*|феврал\w*|март\w*|"
    r"апрел\w*|ма[йяе]|июн\w*|июл\w*|август\w*|сентябр\w*|октябр\w*|ноябр\w*|декабр\w*"
    r"|янв|фев|мар|апр|авг|сент?|окт|нояб?|дек)\.?$",  # "12 мар — Sputnik", as agencies date
    re.IGNORECASE,
)
_CLAUSE_END = re.compile(rf"(?:\s+(?:{CLAUSE_ADVERBS}))?\s*(?:[.,;:!?)]|$)", re.IGNORECASE)
_RANGE_OPENERS = frozenset({"between", "from", "от"})


@lru_cache(maxsize=16)
def _pattern(code: str, with_range: bool) -> re.Pattern[str]:
    """The pattern of a quantity in the language of ``code``: its digits and number words."""
    lang = get_language(code)
    words, digits = lang.number_words, lang.digits
    if digits is None:
        raise LookupError(f"no number rules for language {code!r}")
    long_scales = _alt(s for s in SCALES if len(s.rstrip(".")) > 2 or s in ("тыс", "тыс."))
    # "$1.2tn" (round 18); "bn", "mn", "tn" also after a space ("$1.1 bn", round 19), where "1.5
    # m" is metres
    short_scales = r"m|bn|mn|tn|k|b|cr|\s(?:bn|mn|tn)"
    # a scale word with its full stop may touch the unit: "3 тыс.руб."
    scale_end = r"(?:(?<=\.)|(?!\w))"
    word = _alt([*words, *VAGUE_ROUND, *TENS_WORDS, *ROUNDS_AFTER_NUMBER, *LONE_NUMBERS])
    a_scales = "|".join(A_SCALES)
    half = _alt(HALF_FORMS)
    half_joined = half.replace(r"\s+", r"[\s-]+")  # "two-and-a-half years" (round 23)
    compound = _alt(COMPOUND_SCALES)  # "10-тысячный отряд"
    # "2 тыс. 719 человек": the hundreds after a thousands word, before a word and no month
    after_thousands = "|".join(rf"(?<={re.escape(w)})" for w in THOUSANDS_BEFORE_REST)
    rest = rf"(?:(?:{after_thousands})\s+\d{{1,3}}(?=\s+[^\W\d_])(?!\s+(?:{RU_MONTH_STEMS})))?"
    fractions = "".join(VULGAR_FRACTIONS)
    number = (
        rf"(?:(?:{digits})(?:-(?:{compound})[^\W\d_]*)?[{fractions}]?(?:\s+{ODD_AFTER})?(?:(?:\s*|-)(?:{long_scales}){scale_end}"
        rf"(?:\s+(?:{digits})\s*(?:{long_scales}){scale_end})*{rest}|(?:{short_scales})(?!\w))?"
        rf"(?:(?<=\.)|(?=(?:{GLUED_UNITS})(?!\w))|(?![\w]|\.[^\W\d_]|[.,]\d))"
        rf"|(?:half\s+an?\s+|(?:an?\s+)?quarter\s+of\s+an?\s+|an?\s+)(?:{a_scales})(?!\w)"
        rf"|(?:{_alt(COUPLE_WORDS)})\s+(?:{_alt(COUPLED_ROUNDS)})(?!\w)"  # "пара десятков"
        rf"|(?:(?:half\s+)?an?\s+(?=(?:dozen|hundred)\b))?"  # "half a dozen" (round 19)
        # "and" inside a number only after a hundred or a scale ("two hundred and fifty"); "five
        # and nine years" is a range (round 22)
        rf"(?:{word})(?:(?:\s+|-)(?:{AND_IN_NUMBER}and\s+)?(?:{word}|{long_scales}))*"
        # ("two-and-a-half years" joins its half with hyphens; round 23)
        rf"(?:(?:\s+|-)(?:{half_joined})(?:\s+(?:{long_scales}))?)?"
        rf"(?:\s+{ODD_AFTER}(?!\w))?(?!\w))"
    )
    qualifiers = _alt([*QUALIFIERS, *_RANGE_OPENERS])
    currency = _alt(c for c in CURRENCY_SYMBOLS if not c.isalpha() or c.isascii())
    units = _alt(UNITS)
    periods = _alt(PERIODS).replace(r"\s+", r"[\s-]+")  # "a month", "a-month"
    slash_periods = _alt(SLASH_PERIODS)
    not_rate = _alt(NOT_A_RATE_AFTER)
    range_part = (
        rf"(?:(?:(?:\s*|-)(?P<unit1>{units})(?!\w))?"
        rf"\s*(?P<sep>-|–|—|−|to|and|до)\s*(?:(?:{currency})\s?)?(?P<n2>{number}))?"
        if with_range
        else ""
    )
    return re.compile(
        rf"(?<![\w/])(?:(?P<qual>{qualifiers})(?:\s+на)?\s+)?(?:(?P<cur>{currency})\s?)?"
        rf"(?P<n1>{number}){range_part}"
        rf"(?:(?:\s*|-)(?P<unit>{units})(?!\w))?"
        rf"(?:(?:\s+|-)(?P<per>{periods})(?!\w)(?!\s+(?:{not_rate})\b)"
        rf"|\s*/\s*(?P<slash>{slash_periods})(?!\w))?",
        re.IGNORECASE,
    )


def find_quantities(text: str, language: str) -> list[Quantity]:
    """Every quantity in ``text``, in text order, with ``text[start:end] == q.text``."""
    lang = get_language(language)
    if lang.digits is None:
        return []  # no rules for this language: its number words are not English ones
    pattern = _pattern(lang.code, True)
    found: list[Quantity] = []
    pos = money_end = 0
    while True:
        match = pattern.search(text, pos)
        if match is None:
            break
        pos = match.end()
        if _score(text, match, lang.code):
            continue  # "passed 312-98", "won 3–1": a vote or a score, no amount
        if match.group("n2") is not None and not _real_range(text, match, lang.code):
            match = _pattern(lang.code, False).match(text, match.start()) or match
            pos = match.end()
        last_end = found[-1].end if found else -1
        quantity = _quantity(text, match, lang.code, money_end, last_end)
        if quantity is not None:
            found.append(quantity)
            if quantity.unit in CURRENCIES:
                money_end = quantity.end
    paired = read_pairs(text, rate_currency(text, _currency_ellipsis(text, found)))
    return pronoun_period(text, pronoun_currency(text, paired))


def _currency_ellipsis(text: str, found: list[Quantity]) -> list[Quantity]:
    """A bare number ending its clause takes the currency of the money before it in its
    sentence: "1.3 million rubles, while the Belgorod region offers 500,000"."""
    out = list(found)
    for i in range(1, len(out)):
        prev, here = out[i - 1], out[i]
        if here.unit is not None or here.counted is not None or prev.unit not in CURRENCIES:
            continue
        if _SENTENCE_STOP.search(text, prev.end, here.start) or not (
            _CLAUSE_END.match(text, here.end)
            or (_scale(here.text) > 1 and _SCALE_ALONE_NEXT.match(text, here.end))
            or _earlier_value(text, here)
            or _ADDEND_BEFORE.search(text, max(0, here.start - 16), here.start)
        ):
            continue  # "из них 11 млрд — из России", "2 million from the region" (round 19)
        per = here.per or period_before(text, here.start, prev.end)
        if per is None and _PART_OF.search(text, prev.end, here.start):
            per = prev.per  # "90,000 roubles a month, of which he sends home 40,000" (round 21)
        out[i] = replace(here, unit=prev.unit, per=per)
    return out


# more of the same money: "400,000 rubles plus 50,000 from the region", "и ещё 100 тыс." (round 23)
_ADDEND_BEFORE = re.compile(
    r"(?<!\w)(?:plus|and\s+(?:another|a\s+further)|плюс|и\s+ещ[её])\s+$", re.IGNORECASE
)
# a part of the sum before: "of which", "of that", "из которых", "из них"
_PART_OF = re.compile(r"(?<!\w)(?:of\s+(?:which|that|this)|из\s+(?:которых|них))(?!\w)", re.I)


# "up from", "down from", "против" before a number: the value the money is compared with
_EARLIER_BEFORE = re.compile(r"\b(?:up|down)\s+from\s+$|(?<!\w)против\s+$", re.IGNORECASE)


def _earlier_value(text: str, here: Quantity) -> bool:
    """ "2.5 million roubles, up from 1.2 million last year": the earlier value a sum is
    compared with is the same money, whatever follows it in its clause (round 20)."""
    digit = re.search(r"\d", here.text)
    at = here.start + (digit.start() if digit else 0)
    return _EARLIER_BEFORE.search(text, max(0, at - 16), at) is not None


# after a scale alone, a dash or a preposition: what follows tells where the money is from
_SCALE_ALONE_NEXT = re.compile(rf"\s*[—–]\s|\s+(?:{MONEY_SOURCE_WORDS})\s", re.IGNORECASE)


def _real_range(text: str, match: re.Match[str], language: str) -> bool:
    """ "between 20 and 30", "от 20 до 30", "20-30", "20 to 30" are ranges; "2 and 3" is not.

    Nor is a pair that falls ("won 3–1", "passed 52-48"): a score or a vote, whose upper
    bound would lie below its lower one; nor a year and a number ("from 95,000 in 2021 to
    70,000"); nor a change ("rose from 43,000 to 48,000": two values, pairs.py); and a unit on
    the lower bound must be the upper bound's ("between 7.5% and 8.2%").
    """
    sep = match.group("sep").casefold()
    opener = (match.group("qual") or "").casefold()
    if sep in ("and", "до") and opener not in _RANGE_OPENERS:
        return False
    n1, n2 = match.group("n1"), match.group("n2")
    if YEAR.match(n1.strip()) and not YEAR.match(n2.strip()):
        return False
    unit1 = match.group("unit1")
    if unit1 is not None and _unit(unit1.casefold(), None) != _unit(
        (match.group("unit") or "").casefold(), None
    ):
        return False
    lookback = clause_start(text, match.start(), _CHANGE_LOOKBACK)
    if opener in _RANGE_OPENERS and _CHANGE_BEFORE.search(text, lookback, match.start()):
        return False
    low, high = parse_number(n1, language), parse_number(n2, language)
    if low is None or high is None:
        return True
    if _shares_scale(n1, n2, language):
        low *= _scale(n2)  # "20 to 30 million": the scale word covers both
    if sep == "to" and _BY_BEFORE.search(text, max(0, match.start() - 4), match.start()):
        return low <= high <= _BY_RANGE_SPREAD * low  # "by 12,000 to 1.4 million": a change
    return high >= low


def _score(text: str, match: re.Match[str], language: str) -> bool:
    """A falling pair joined by a bare hyphen or dash, with nothing around it that makes an
    amount (a qualifier, a currency, a unit): a vote ("312-98") or a score ("3–1")."""
    if match.group("n2") is None or match.group("sep") not in ("-", "–", "—", "−"):
        return False
    if any(match.group(g) for g in ("qual", "cur", "unit", "unit1")):
        return False
    if text[match.end("n1") : match.start("n2")] != match.group("sep"):
        return False
    low, high = parse_number(match.group("n1"), language), parse_number(match.group("n2"), language)
    return low is not None and high is not None and high < low


def _shares_scale(n1: str, n2: str, language: str) -> bool:
    """Whether the upper bound's scale word covers the lower bound too: "20 to 30 million",
    not "between 400,000 and 1.2 million", whose lower bound is already whole."""
    if not (_scale(n2) > 1 and _scale(n1) == 1):
        return False
    low, high = parse_number(n1, language), parse_number(n2, language)
    return low is None or high is None or low * _scale(n2) <= high


# "rose by 10 to 15 percent" is a range of the difference; "shrank by 12,000 to 1.4 million" the
# difference and the new value, whose bounds lie far apart (round 18: more than fourfold; "rose
# by 1,000 rubles to 9,900 rubles" is ninefold)
_BY_BEFORE = re.compile(r"\bby\s+$", re.IGNORECASE)
_BY_RANGE_SPREAD = 4
_CHANGE_LOOKBACK = 120  # characters searched for a verb of change: the verb and its object
_CHANGE_BEFORE = re.compile(rf"\b(?:{CHANGE_VERBS}){CHANGE_OBJECT}\s+$", re.IGNORECASE)
# a change or comparison anywhere in the clause before "from" (round 21)
_CHANGED_BEFORE = re.compile(
    rf"\b(?:{CHANGE_VERBS}|up|down|compared|versus|increase|decrease|cut|hike|raise|rise|fall)\b"
    r"[^.;!?]*$",
    re.IGNORECASE,
)
_ODD = re.compile(r"-odd\b", re.IGNORECASE)
_ODD_INSIDE = re.compile(rf"\s{ODD_AFTER}", re.IGNORECASE)
_OR_SO = re.compile(r"\s+or\s+so\b", re.IGNORECASE)  # "300 or so": about
_PLUS = re.compile(r"-plus\b|\+(?![\d\w])", re.IGNORECASE)  # "300-plus", "300+": more than


def _quantity(
    text: str, match: re.Match[str], language: str, money_end: int = 0, last_end: int = -1
) -> Quantity | None:
    """The quantity ``match`` reads, or None; ``money_end`` is where the money before it ends,
    which a period adjective before that cannot reach past, and ``last_end`` where the quantity
    before it ends (-1: none)."""
    n1 = match.group("n1")
    value = parse_number(n1, language)
    if value is None or _not_a_quantity(text, match):
        return None
    unit_word = (match.group("unit") or "").casefold()
    unit = _unit(unit_word, match.group("cur"))
    if unit == RUPEE:
        unit = _whose(text, RUPEE_COUNTRIES)
    elif unit == SHILLING:
        unit = _whose(text, SHILLING_COUNTRIES)
    qual = re.sub(r"\s+", " ", (match.group("qual") or "").casefold())
    if (
        unit is None
        and not match.group("cur")
        and (
            _age(text, match)
            or qual in AGE_QUALIFIERS
            or _age_bound(text, match, qual)
            or _AGE_NOUN.search(text, max(0, match.start() - 60), match.start())
        )
    ):
        unit = "year"
    if (
        n1.strip().casefold() in WEAK_WORDS
        and unit is None
        and not match.groupdict().get("n2")
        and not qual  # "at least one member" counts (round 22)
    ):
        return None  # ("one to two million people" is a range, round 22)
    if n1.split()[0].casefold() in VAGUE_ROUND and not match.group("qual"):
        return None  # "сотни мигрантов", "сотни тысяч": hundreds, no number
    if _vague_scale(text, match):
        return None  # "a few hundred", "several hundred": no number
    value_max = None
    if (pair := _word_range(n1, language)) is not None:
        value, value_max = pair  # "два-три человека", "пять-шесть месяцев"
    elif match.group("n2") if "n2" in match.re.groupindex else None:
        value_max = parse_number(match.group("n2"), language)
        if value_max is not None and _shares_scale(n1, match.group("n2"), language):
            value *= _scale(match.group("n2"))
        elif value_max is not None and value * bound_scale(n1, match.group("n2")) <= value_max:
            value *= bound_scale(n1, match.group("n2"))  # "between two and three thousand"
    per_word = re.sub(r"[\s-]+", "_", (match.group("per") or "").casefold())
    per = (
        PERIODS.get(per_word)
        or SLASH_PERIODS.get((match.group("slash") or "").casefold())
        or (money_period(text, match, money_end) if unit in CURRENCIES else None)
    )
    approx = QUALIFIERS.get(qual) or ("at_least" if qual == "от" and value_max is None else None)
    if (
        qual == "from"
        and value_max is None
        and unit in CURRENCIES
        and per is not None
        and not _CHANGED_BEFORE.search(text, max(0, match.start() - 80), match.start())
    ):
        # "promise recruits from 190,000 roubles a month": a rate's floor, as "от" is (round
        # 21); not the old value of a change ("rose to $9 a month from $7 a month")
        approx = "at_least"
    if (
        qual == "over"
        and unit in _DURATIONS
        and (
            _COUNT_BEFORE.search(text, max(0, match.start() - 60), match.start())
            or _AMOUNT_PHRASE_BEFORE.search(text, max(0, match.start() - 60), match.start())
        )
    ):
        approx = None  # "3,400 complaints over 48 hours": during, no bound (round 20)
    suffix = _ODD.match(text, match.end()) or _PLUS.match(text, match.end())
    if suffix is not None:
        approx = "about" if suffix.group(0).casefold() == "-odd" else "more_than"  # "200-odd"
    elif _OR_SO.match(text, match.end()) or _about_a_round_word(text, match):
        approx = "about"  # "300 or so", "с десяток", "с полсотни"
    elif approx is None and _ODD_INSIDE.search(n1):
        approx = "more_than"  # "300 с лишним тысяч"
    elif approx is None and n1.split()[0].casefold() in COUPLE_WORDS:
        approx = "about"  # "пара десятков женщин" (round 20)
    inverted = _inverted_noun(text, match, language) if not qual and approx is None else None
    if inverted in INVERTED_SCALES:
        approx = "about"  # "тысяч двести человек"
        value *= INVERTED_SCALES[inverted]
        value_max = None if value_max is None else value_max * INVERTED_SCALES[inverted]
    elif inverted is not None:
        approx, unit = "about", unit or INVERTED_NOUNS[inverted]  # "человек 40", "лет пять"
    noun_at = suffix.end() if suffix is not None else match.end()
    counted = (
        counted_phrase(text, noun_at) if unit is None and not _ends_sentence(text, match) else None
    )
    if counted is not None and per is None:
        per = count_period(text, noun_at, counted)
    if (
        unit is None
        and not match.group("qual")
        and _names_it(text, match.start(), counted)
        and not _parallel_count(text, match, last_end)
    ):
        return None  # "a Boeing 737", "Gate 7", "Flight SU 1854": part of a name
    return Quantity(
        start=match.start(),
        end=match.end(),
        text=text[match.start() : match.end()],
        value=value,
        unit=unit,
        per=per,
        approx=None if _difference(text, match, qual) else approx,
        value_max=value_max,
        counted=counted,
        extractor=EXTRACTOR,
    )


_DURATIONS = frozenset({"hour", "day", "week", "month", "year"})
# A count and its noun right before "over": "logged 3,400 complaints | over 48 hours"
_COUNT_BEFORE = re.compile(r"\d[\d,.]*(?:\s+[^\W\d_]+){1,3}\s+$")
_AMOUNT_PHRASE_BEFORE = re.compile(OVER_DURING_BEFORE, re.IGNORECASE)
_AGE_NOUN = re.compile(AGE_NOUN_BEFORE, re.IGNORECASE)
_BEING_BEFORE = re.compile(r"\b(?:is|are|was|were|be|been)\s+$", re.IGNORECASE)


def _age_bound(text: str, match: re.Match[str], qual: str) -> bool:
    """ "Most of the men were under 30.": "under" or "over" a bare two-digit number after a verb
    of being, ending its clause, bounds an age (round 20), where "were under 30 people" counts."""
    n1 = match.group("n1").strip()
    return (
        qual in ("under", "over")
        and len(n1) == 2
        and n1.isdigit()
        and match.end() == match.end("n1")
        and _BEING_BEFORE.search(text, max(0, match.start() - 8), match.start()) is not None
        and _CLAUSE_END.match(text, match.end()) is not None
    )


_WORD_BEFORE = re.compile(r"([^\W\d_]+)\s+$")
_INVERTED_WORDS = "|".join([*INVERTED_NOUNS, *INVERTED_SCALES])
_INVERTED_BEFORE = re.compile(rf"(?<![\w-])(?P<noun>{_INVERTED_WORDS})\s+$", re.IGNORECASE)


def _inverted_noun(text: str, match: re.Match[str], language: str) -> str | None:
    """The Russian noun right before a number that puts it after its noun to say "about"
    ("человек 40", "лет пять"; round 19), none where a number counts the noun itself ("из 25
    человек 17")."""
    found = _INVERTED_BEFORE.search(text, max(0, match.start() - 12), match.start())
    if found is None:
        return None
    words = _WORD.findall(text[max(0, found.start() - 20) : found.start()])
    if words and parse_number(words[-1], language) is not None:
        return None
    return found["noun"].casefold()


def _ends_sentence(text: str, match: re.Match[str]) -> bool:
    """ "выросло до 64 тыс. Остальные …": a scale's full stop before a capital ends the sentence,
    and the capitalised word counts nothing."""
    return text[match.end() - 1] == "." and _CAPITAL_NEXT.match(text, match.end()) is not None


_CAPITAL_NEXT = re.compile(r"\s+[A-ZА-ЯЁ]")


def _about_a_round_word(text: str, match: re.Match[str]) -> bool:
    """ "с десяток активистов", "с полсотни человек": "с" before a round word is "about"."""
    word = match.group("n1").strip().casefold()
    return (
        not match.group("qual")
        and (word in TENS_WORDS or word in LONE_NUMBERS)
        and re.search(r"(?<!\w)с\s+$", text[max(0, match.start() - 3) : match.start()]) is not None
    )


def _word_range(n1: str, language: str) -> tuple[float, float] | None:
    """ "два-три", "пять-шесть", "двадцать-тридцать": two number words joined by a hyphen whose
    second is the larger are a range; "twenty-five" adds a smaller to a round one and is one."""
    parts = n1.strip().split("-")
    if len(parts) != 2 or any(not p.isalpha() for p in parts):
        return None
    low, high = parse_number(parts[0], language), parse_number(parts[1], language)
    return (low, high) if low is not None and high is not None and high > low else None


_COUPLE_OF = re.compile(r"\bcouple\s+of\s+$", re.IGNORECASE)


def _vague_scale(text: str, match: re.Match[str]) -> bool:
    """ "a few hundred migrants", "several hundred workers": a scale word after a vague word."""
    if match.group("qual") or match.group("n1").split()[0].casefold() not in VAGUE_SCALES:
        return False
    before = _WORD_BEFORE.search(text, max(0, match.start() - 12), match.start())
    if _COUPLE_OF.search(text, max(0, match.start() - 12), match.start()):
        return True  # "a couple of hundred", as "a few hundred" (round 19)
    return before is not None and before.group(1).casefold() in VAGUE_BEFORE


def _difference(text: str, match: re.Match[str], qual: str) -> bool:
    """ "стало меньше на 15 процентов": a bare comparative before "на" is by how much."""
    if qual not in DIFFERENCE_COMPARATIVES:
        return False
    between = text[match.end("qual") : match.start("n1")]
    return re.fullmatch(r"\s+на\s+(?:\S+\s?)?", between) is not None


# An age set off after a person ("the man, 38,", "Каримов, 38,") or after "aged": in years,
# as "a 38-year-old man" is. A plural before the comma is a group counted ("the detainees, 38,").
_AGE_BEFORE = re.compile(
    # (a surname shortened to its initial, "Farrukh S., 31,", as outlets write a migrant's name)
    r"(?:\b(?P<word>[^\W\d_][\w’'-]*|(?<=[^\W\d_]\s)[A-ZА-ЯЁ]\.),\s+|\baged\s+|\bas\s+(?:young|old)\s+as\s+"
    r"|\bthe\s+age\s+of\s+|,\s+who\s+(?:is|was)\s+(?:now\s+)?"
    # an age a plural shares: "The two men, both 25, were jailed" (round 24)
    r"|(?<=[^\W\d_]),\s+(?:both|each)\s+"
    r"|\b(?:youngest|oldest)\b[^.;:!?\d]{0,40}?\b(?:is|was)\s+"
    r"|(?P<paren>\b[A-ZА-ЯЁ][\w’'-]*\s+\())$",
    re.IGNORECASE,
)
_AGE_AFTER = re.compile(r"\s*(?:,|\)|\s+and\b|\s+и\b)")
_AGE_LIST_AFTER = re.compile(r"(?:\s*,\s*\d{2})*\s*,?\s+(?:and|и)\s+\d{2}\s*,")
_PLURAL = re.compile(r"(?:[a-z]s|ы|и)$")


def _age(text: str, match: re.Match[str]) -> bool:
    """Whether a bare two-digit number is someone's age (see ``_AGE_BEFORE``)."""
    n1 = match.group("n1").strip()
    if not (len(n1) == 2 and n1.isdigit() and int(n1) >= 14) or match.end() != match.end("n1"):
        return False
    before = _AGE_BEFORE.search(text, max(0, match.start() - 40), match.start())
    if before is None or (
        _AGE_AFTER.match(text, match.end()) is None
        and before["word"]
        and not _name_ends_sentence(text, before, match)
    ):
        return False
    if before["paren"] and not text.startswith(")", match.end()):
        return False  # "Suresh Gurung (37)", as South Asian papers write an age
    word = before["word"]
    listed = _AGE_LIST_AFTER.match(text, match.end()) is not None  # "The two brothers, 29 and 33,"
    return word is None or (
        (word[:1].isupper() or not _PLURAL.search(word) or listed)
        and (word.casefold() not in {"of", "in", "on", "at", "from", "в", "на", "из"})
        and word.casefold() not in NOT_AGE_BEFORE  # "The death toll, 41, is …"
    )


_SENTENCE_END_AFTER = re.compile(r"\.(?:\s|$)")
_LIST_BEFORE = re.compile(r"(?:^|[\n:;]|\d,?)\s*$")


def _name_ends_sentence(text: str, before: re.Match[str], match: re.Match[str]) -> bool:
    """ "…," said Bakyt, 31.", "его отец Гурпрет Сингх, 58.": an age after a name at the end of
    its sentence (round 19); not a list's "Uzbekistan, 41; Tajikistan, 27."."""
    word = before["word"]
    return (
        word[:1].isupper()
        and _SENTENCE_END_AFTER.match(text, match.end()) is not None
        and _LIST_BEFORE.search(text, max(0, before.start() - 12), before.start()) is None
    )


def _unit(unit_word: str, currency: str | None) -> str | None:
    if currency:
        return CURRENCY_SYMBOLS.get(currency.casefold().strip())
    key = re.sub(r"\s+", "_", unit_word)
    return UNITS.get(key) or UNITS.get(unit_word)


def _whose(text: str, countries: Mapping[str, str]) -> str | None:
    """The rupee or shilling of the country ``text`` names most (ties: the one named
    first); none where it names no such country."""
    best: tuple[int, int, str] | None = None
    for code, names in countries.items():
        hits = list(re.finditer(rf"(?<!\w)(?:{names})(?!(?<=\w)\w)", text, re.IGNORECASE))
        if hits and (best is None or (len(hits), -hits[0].start()) > best[:2]):
            best = (len(hits), -hits[0].start(), code)
    return best[2] if best else None


# A dash after the closing mark gives the quotation's speaker: «Нас было 30», — сказал он (round
# 19); the quotation is a sentence, no name.
_SPEAKER_AFTER = re.compile(r",?\s*[—–]\s")
_QUOTED_NAME_BEFORE = re.compile(r"[«“\"„][A-ZА-ЯЁ][\w.-]*(?:\s+[\w.-]+){0,3}\s+$")


def _not_a_quantity(text: str, match: re.Match[str]) -> bool:
    """Years, days of months, clock times, dates, labels and parts of names."""
    n1 = match.group("n1").strip()
    start = match.start("n1")
    before = text[max(0, start - 2) : start]
    if re.match(r"\w[-.:/,]$", before):
        return True  # "Su-25", "10:30", "30.08" and "Sh500,000" read from the middle
    if before.endswith("[") and text[match.end("n1") : match.end("n1") + 1] == "]":
        return True  # a footnote marker "[1]"
    if before.endswith("#"):
        return True  # "Shelter #3", "колония #5": a label (round 19); "# 35 passages" counts
    if (
        _QUOTED_NAME_BEFORE.search(text, max(0, start - 40), start)
        and re.match(r"[»”\"]", text[match.end("n1") : match.end("n1") + 1])
        and not _SPEAKER_AFTER.match(text, match.end("n1") + 1)
    ):
        return True  # a number closing a name in quotation marks: «Россия 24», "Channel 5"
    if _opens_line(text, start) and re.match(r"[.)]\s", text[match.end("n1") :]):
        return True  # list numbering "1. Gazeta.uz, ..."
    if _ITEM_BEFORE.search(text, max(0, start - 3), start) and text.startswith(
        ") ", match.end("n1")
    ):
        return True  # numbering inside a line: "Рейтинг: 1) Москва …; 2) …" (round 19)
    after = text[match.end("n1") : match.end("n1") + 3]
    if re.match(r"[:.]\d|[./]\d", after):
        return True  # "10:30", "30.08.2023"
    if _SUFFIX.match(text, match.end("n1")) or _CALENDAR_PART.match(text, match.end("n1")):
        return True  # "58-я армия", "115-ФЗ", "в 3 квартале"
    if before[-1:] in '«"“„' and text[match.end("n1") : match.end("n1") + 1] in ("»", '"', "”"):
        return True  # a number alone in quotation marks is a name: телеканал «112»
    if _LABEL_LIST.search(text, max(0, start - 40), start):
        return True  # "Sections 370 and 420", "статьям 359 и 208"
    if no_amount(text, match):
        return True
    prev_words = _WORD.findall(text[max(0, start - 24) : start])
    prev = prev_words[-1].casefold() if prev_words else ""
    prev_raw = text[max(0, start - 12) : start].split()
    raw = prev_raw[-1].casefold() if prev_raw else ""
    if (raw in LABEL_WORDS or raw in LABEL_PLURALS or prev in LABEL_WORDS) and not (
        _INCLUDING_BEFORE.search(text, max(0, start - 8), start)
    ):
        return True  # a label, but "в т. ч. 14": "в том числе" (round 19)
    next_words = _WORD.findall(text[match.end("n1") : match.end("n1") + 20])
    nxt = next_words[0] if next_words else ""
    if match.group("cur"):
        return False
    if _MONTHS.match(nxt) or (
        _MONTHS.match(prev) and prev.isascii() and not _after_comma(text, start)
    ):
        return True  # "30 августа", "August 30"; Russian writes no day after its month
    unit = UNITS.get((match.group("unit") or "").casefold())
    plain = not match.group("qual") or match.group("qual").casefold() in ("до", "from", "от")
    return bool(
        YEAR.match(n1)
        and (unit is None or unit == "year")
        and plain
        and not (unit is None and _year_shaped_count(text, match, prev))
    )


_YEAR_NOUN = re.compile(rf"(?:{YEAR_NOUNS})", re.IGNORECASE)


def _year_shaped_count(text: str, match: re.Match[str], prev: str) -> bool:
    """ "задержаны 2000 человек", "detained 2000 migrants": a year's shape before a plural noun
    is a count (round 19), where "в 2021", "the 2024 elections" and "2023 финансовый год" lead
    or name a year."""
    if prev in YEAR_LEADS or _MONTHS.match(prev):
        return False  # "в 2021", "на 1 января 2025 иностранцев"
    counted = counted_phrase(text, match.end())
    if counted is None or not counted[:1].islower() or _YEAR_NOUN.match(counted):
        return False
    head = counted.split()[0].casefold()
    return not head.isascii() or head.endswith("s") or head in PLURAL_PEOPLE


_INCLUDING_BEFORE = re.compile(r"(?<!\w)т\.\s*ч\.\s*$")
_ITEM_BEFORE = re.compile(r"[:;]\s*$")
_SUFFIX = re.compile(ORDINAL_OR_LABEL_SUFFIX)
_CALENDAR_PART = re.compile(rf"\s+(?:{CALENDAR_PART})", re.IGNORECASE)
_LABELS = "|".join(re.escape(w) for w in sorted(LABEL_WORDS | LABEL_PLURALS, key=len, reverse=True))
_LABEL_LIST = re.compile(
    rf"(?<![\w.])(?:{_LABELS})"
    r"\s+\d+(?:\s*,\s*\d+)*(?:\s*,\s*|\s*,?\s+(?:and|or|и|или)\s+)$",
    re.IGNORECASE,
)
# the name's number follows it after a space; a tab parts a table's cells (round 19)
_NAME_BEFORE = re.compile(r"(?<![.!?:;\n]\s)(?<!^)\b(?P<name>[A-ZА-ЯЁ][\w-]*)[ \u00a0]$")


def _names_it(text: str, start: int, counted: str | None) -> bool:
    """Whether a number with no unit is part of the capitalised name right before it ("a
    Boeing 737", "Gate 7"): not when it counts a noun ("told Reuters 300 people"), follows a
    weekday ("said Tuesday 15 were killed") or stands in a Title Case headline ("Moscow
    Police Detain 400")."""
    if counted is not None or re.search(r"\d[, ]\d{3}", text[start : start + 16]):
        return False  # a counted noun, or thousands ("NRs 900,000"): an amount
    found = _NAME_BEFORE.search(text, max(0, start - 30), start)
    if found is None or found["name"].casefold() in NOT_NAMES:
        return False
    if _opens_sentence(text, found.start("name")):
        return False  # "“Only 25 came back”", "(Another 40 …)", "- Задержаны 14": a first word
    end = text.find("\n", start)
    line = text[text.rfind("\n", 0, start) + 1 : len(text) if end < 0 else end]
    words: list[str] = re.findall(r"[^\W\d_]{4,}", line)
    capitals = sum(1 for w in words if w[0].isupper())
    return capitals * 2 <= len(words)  # more capitals than not: a Title Case headline


_PARALLEL_NAME = re.compile(r",\s+[A-ZА-ЯЁ][\w’'-]*\s+$")


def _parallel_count(text: str, match: re.Match[str], last_end: int) -> bool:
    """ "received 640 bodies, Moscow 38.": a name opening a clause after a comma, with the
    clause's verb and noun left out, and a number ending it counts as the quantity before it in
    its sentence does (round 20); "Gate 7, Terminal 2" follows no quantity."""
    return (
        last_end >= 0
        and _SENTENCE_STOP.search(text, last_end, match.start()) is None
        and _PARALLEL_NAME.search(text, max(last_end, match.start() - 30), match.start())
        is not None
        and _CLAUSE_END.match(text, match.end()) is not None
    )


_OPENING_MARKS = '«“"„(‘['
_LINE_MARKS = "—–-•*"


def _opens_sentence(text: str, at: int) -> bool:
    """Whether the word at ``at`` is the first of a quotation, a bracket or a list line (round
    19): its capital is the sentence's, no name's, as after a full stop."""
    i = at
    while i > 0 and text[i - 1] in " \t" + _LINE_MARKS:
        i -= 1
    if i > 0 and text[i - 1] in _OPENING_MARKS:
        return i == 1 or not text[i - 2].isalnum()  # 'the "Wagner" Gate 7' closes a name
    return i < at and text[i:at].strip(" \t") != "" and (i == 0 or text[i - 1] in "\n.!?:;")


def _opens_line(text: str, start: int) -> bool:
    """Whether only blanks stand between the line's start and ``start``; reads back over the
    blanks alone, where slicing from the line's start cost a scan of the whole line per
    number (quadratic on a long paragraph)."""
    at = start
    while at > 0 and text[at - 1] != "\n" and text[at - 1].isspace():
        at -= 1
    return at == 0 or text[at - 1] == "\n"


def _after_comma(text: str, start: int) -> bool:
    """Whether a comma stands between ``start`` and the word before it: "in February, two
    months after" counts months, where "February 2" is a day."""
    return bool(re.search(r",\s*$", text[max(0, start - 4) : start]))
