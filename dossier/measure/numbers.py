"""The value of a number as written: digits in each language's way ("3,100", "3 100,5"),
scales ("3.35 million", "200 тысяч", "2 lakh"), number words ("twenty-five", "десяти", "два
десятка", "полмиллиона", "half a million") and fractions ("five and a half", "2½").
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from dossier.lang import get_language
from dossier.measure.lexicon import (
    COMPOUND_SCALES,
    COUPLE_WORDS,
    COUPLED_ROUNDS,
    HALF_FORMS,
    LONE_NUMBERS,
    ODD_AFTER,
    ROUNDS_AFTER_NUMBER,
    SCALES,
    TENS_WORDS,
    VAGUE_ROUND,
    VULGAR_FRACTIONS,
)

# A calendar year as digits: no amount where it stands alone ("in 2022").
YEAR = re.compile(r"^(?:1[89]\d\d|20\d\d)$")


def parse_number(raw: str, language: str = "en") -> float | None:
    """The value of "3,100", "3.35 million", "200 тысяч", "twenty-five", "десяти" in the
    language of code ``language``."""
    lang = get_language(language)
    text = raw.strip().casefold().replace("\u00a0", " ").replace("\u202f", " ")
    text = _ODD.sub("", text)  # "тридцать с лишним", "300 с лишним тысяч": more than, no value
    parts = _COMPOUND_CUT.split(text)
    if len(parts) > 1:
        return _compound(parts, language)
    match = re.match(r"[\d][\d ,.]*", text)
    if match is not None:
        digits = match.group(0).strip()
        # Russian writes "3,35 млн" and "200 000"; English "3.35 million" and "200,000"
        if lang.decimal_comma:
            digits = digits.replace(" ", "").replace(",", ".")
        else:  # "3,100", Indian "2,50,000", and "195 000" as Russian copy writes it in English
            digits = digits.replace(",", "").replace(" ", "")
        try:
            number = float(digits)
        except ValueError:
            return None
        number += VULGAR_FRACTIONS.get(text[match.end() : match.end() + 1], 0.0)  # "2½"
        factor = scale(text)
        # to 15 significant digits: "4.6 lakh" is 460000, not 459999.99999999994
        return number if factor == 1.0 else float(f"{number * factor:.15g}")
    half = _HALF.search(text)
    if half is not None:  # "five and a half", "двух с половиной тысяч"
        whole = parse_number(text[: half.start()], language)
        factor = SCALES.get(half.group("scale") or "", 1.0)
        return None if whole is None else (whole + 0.5) * factor
    if text.startswith("half "):  # "half a million"
        whole = parse_number(text[5:], language)
        return None if whole is None else whole / 2
    quarter = _QUARTER_OF.match(text)
    if quarter is not None:  # "a quarter of a million" (round 19)
        whole = parse_number(text[quarter.end() :], language)
        return None if whole is None else whole / 4
    couple = text.split()
    if len(couple) == 2 and couple[0] in COUPLE_WORDS and couple[1] in COUPLED_ROUNDS:
        return COUPLE_WORDS[couple[0]] * COUPLED_ROUNDS[couple[1]]  # "пара десятков" (round 20)
    text = re.sub(r"^an?\s+", "", text)  # "a dozen", "a hundred", "a million"
    return _words_value(text, {**lang.number_words, **VAGUE_ROUND, **LONE_NUMBERS})


_ODD = re.compile(rf"\s+{ODD_AFTER}(?=\s|$)")
_QUARTER_OF = re.compile(r"(?:an?\s+)?quarter\s+of\s+")
# Where a number written as digits and scales goes on to its next part: "1 миллиард | 348
# миллионов", "2 billion | 150 million".
_COMPOUND_CUT = re.compile(r"(?<=[^\W\d_]|\.)\s+(?=\d)")


def _compound(parts: list[str], language: str) -> float | None:
    """The sum of "1 миллиард 348 миллионов": each part with its own scale, each smaller than
    the one before (none where the scales do not fall: no such number is written); the last
    part may have none when it is less than the scale before it ("2 тыс. 719")."""
    total, last = 0.0, float("inf")
    for i, part in enumerate(parts):
        factor, value = scale(part), parse_number(part, language)
        bare_rest = i == len(parts) - 1 and factor == 1 and value is not None and value < last
        if value is None or (factor <= 1 and not bare_rest) or factor >= last:
            return None
        total, last = total + value, factor
    return total


_HALF = re.compile(
    r"[\s-]+(?:"
    + "|".join(f.replace("_", r"[\s-]+") for f in HALF_FORMS)
    + r")(?:\s+(?P<scale>"
    + "|".join(re.escape(s) for s in sorted(SCALES, key=len, reverse=True))
    + r"))?$"
)


def scale(raw: str) -> float:
    """The scale word's factor in "2 million", "200 тысяч" (1 with none)."""
    tail = re.sub(r"^[\d\s,.]+[½¼¾]?\s*", "", raw.strip().casefold())
    tail = re.sub(rf"^{ODD_AFTER}\s*", "", tail)  # "300 с лишним тысяч"
    if " " in tail:
        tail = re.sub(r"\s+", "_", tail)  # "2.4 lakh crore"
    if tail.startswith("-"):  # "10-тысячный", a compound; "a $5-million fine", "₹3-lakh"
        tail = tail[1:]
        compound = next((f for stem, f in COMPOUND_SCALES.items() if tail.startswith(stem)), None)
        if compound is not None:
            return compound
    return SCALES.get(tail, SCALES.get(tail.rstrip("."), 1.0)) if tail else 1.0


def _words_value(text: str, table: Mapping[str, float]) -> float | None:
    total = current = 0.0
    seen = False
    for word in re.split(r"[\s-]+", text):
        if word == "and":
            continue
        if word in SCALES:
            total += (current or 1.0) * SCALES[word]
            current = 0.0
        elif word == "hundred":
            current = (current or 1.0) * 100
        elif word == "dozen":
            current = (current or 1.0) * 12
        elif word in TENS_WORDS:
            current = (current or 1.0) * TENS_WORDS[word]
        elif word in VAGUE_ROUND and current:
            current *= VAGUE_ROUND[word]  # "две сотни", "полутора сотен" (round 19)
        elif word in ROUNDS_AFTER_NUMBER and current:
            current *= ROUNDS_AFTER_NUMBER[word]  # "двух десятков", "полутора сотнями" (round 22)
        elif word in table:
            current += table[word]
        else:
            return None
        seen = True
    return total + current if seen else None


def bound_scale(n1: str, n2: str) -> float:
    """The scale word ending a range's upper bound in words that its lower bound, a bare number
    word, shares: "between two and three thousand", "от двух до трёх сотен" (round 22); 1 with
    none."""
    last, first = n2.casefold().split(), n1.casefold().split()
    if len(last) < 2 or len(first) != 1 or not first[0].isalpha():
        return 1.0
    return 100.0 if last[-1] in ("hundred", "сотен", "сотни") else SCALES.get(last[-1], 1.0)
