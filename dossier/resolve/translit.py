"""Fold names from Cyrillic and Latin into one comparable Latin key.

Central Asian names reach English news through several romanisations of the same
Cyrillic (Russian, Kyrgyz, Kazakh, Tajik) or through Uzbek Latin. :func:`token_key`
does not pick one "correct" romanisation; it maps every common spelling of a name
word onto the same key, so that "Kubanychbek", "Kubanichbek" and "Кубанычбек" are
equal, while names that differ in a real sound (Abdullaev / Abdulloev, Rakhimov /
Rakhmonov) stay different.

The rules, in order (each one collapses a spelling choice the sources make freely):

1. Cyrillic letters to Latin, with the letters of Kyrgyz (ө ү ң), Kazakh (ә ғ қ ұ
   һ і), Tajik (ғ ӣ қ ӯ ҳ ҷ) and Uzbek Cyrillic (ў) added; soft and hard signs drop.
2. Uzbek o‘ is u (Jo‘rayev = Жураев); Latin diacritics and apostrophes drop; ı is i.
3. dzh / dj / zh -> j (Russian дж and ж, Tajik ҷ, Uzbek j); kh / x -> h (x only where
   Uzbek Latin uses it: before a vowel, at a word start or after a consonant);
   q -> k, gh -> g, ph -> f, w -> v, c -> k unless in ch.
4. y -> i (ы, й, the y of "ya", "yu", "yo" and "-iy" endings); "ie" after a vowel or
   at a word start -> "e" (Abdullayev = Abdullaev, Yelena = Elena).
5. doubled letters collapse (Abdullaev = Abdulaev, Dmitrii = Dmitri).

Vowels are never merged with each other: a vowel change is a different name.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

_CYR = {
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "yo", "ж": "zh",
    "з": "z", "и": "i", "й": "y", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o",
    "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ф": "f", "х": "kh", "ц": "ts",
    "ч": "ch", "ш": "sh", "щ": "shch", "ъ": "", "ы": "y", "ь": "", "э": "e", "ю": "yu",
    "я": "ya",
    # Kyrgyz, Kazakh, Tajik, Uzbek Cyrillic letters
    "ө": "o", "ү": "u", "ң": "ng", "ә": "a", "ғ": "gh", "қ": "q", "ұ": "u", "һ": "h",
    "і": "i", "ӣ": "i", "ӯ": "u", "ҳ": "h", "ҷ": "j", "ў": "u", "ї": "yi", "є": "ye",
}  # fmt: skip

_TO_LATIN = str.maketrans(_CYR)
_CYRILLIC = re.compile(r"[\u0400-\u04ff]")
_APOSTROPHES = re.compile(r"[’'ʻʼ‘`´]")
# Uzbek Latin o‘ is the vowel that Russian spells у (O‘zbekiston, Узбекистан; Jo‘rayev, Жураев)
_UZBEK_O = re.compile(r"o[’'ʻʼ‘`´]")
_NON_ALNUM = re.compile(r"[^a-z0-9]+")
_VOWELS = "aeiou"
# Uzbek Latin x is Russian х: before a vowel at a word start or after a consonant
# (Xurshid, Toshxo‘jayev); elsewhere it is English ks (Alexei, Alex).
_X = re.compile(r"(?:(?<=^)|(?<=[^aeiou]))x(?=[aeiouy])")
_SPELLINGS = {
    "dzh": "j", "dj": "j", "zh": "j", "kh": "h", "x": "ks", "gh": "g", "q": "k",
    "ph": "f", "w": "v", "c": "k", "ch": "ch", "y": "i",
}  # fmt: skip
_SPELLING = re.compile(r"dzh|dj|zh|kh|x|gh|q|ph|w|ch|c|y")
_IE = re.compile(r"(?<=[aeiou])ie|^ie")
_DOUBLE = re.compile(r"(.)\1+")


def has_cyrillic(text: str) -> bool:
    return _CYRILLIC.search(text) is not None


def to_latin(text: str) -> str:
    """Lower-case Latin transliteration (Cyrillic letters mapped, Latin diacritics kept)."""
    return text.lower().translate(_TO_LATIN)


def fold_latin(text: str) -> str:
    """Lower-case ASCII: Cyrillic transliterated, diacritics and apostrophes dropped."""
    text = to_latin(text)
    if text.isascii() and "'" not in text and "`" not in text:
        return text
    text = _APOSTROPHES.sub("", _UZBEK_O.sub("u", text)).replace("ı", "i")
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def _spelling(match: re.Match[str]) -> str:
    return _SPELLINGS[match.group()]


@lru_cache(maxsize=200_000)
def token_key(token: str) -> str:
    """The comparison key of one name word (see the module docstring for the rules)."""
    text = _NON_ALNUM.sub("", fold_latin(token))
    if "x" in text:
        text = _X.sub("h", text)
    text = _SPELLING.sub(_spelling, text)
    text = _IE.sub("e", text)
    return _DOUBLE.sub(r"\1", text)


def is_vowel(ch: str) -> bool:
    return ch in _VOWELS
