"""Russian case forms of names to the nominative (pymorphy3).

"Кубанычбека уулу" -> "Кубанычбек уулу", "Кирилла Кабанова" -> "Кирилл Кабанов",
"в Бишкеке" -> "Бишкек". A person's words agree in gender and case, so the case and
gender are read from the first word pymorphy3 knows as a name and the other words
are put in the nominative of that gender. For organisations only the first word
inflects ("Министерства обороны" -> "Министерство обороны").
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from dossier.resolve.translit import has_cyrillic

_WORD = re.compile(r"[\u0400-\u04ff]+")
_PARTICLES = frozenset(("уулу", "кызы", "улы", "оглы", "гызы"))
# names headed by their first noun ("Министерством обороны", "изданию «Бумага»"): only the
# head is put in the nominative
_HEADED = frozenset(("ORG", "OUTLET"))


@lru_cache(maxsize=1)
def _analyzer() -> Any:
    import pymorphy3  # imported here: 0.3 s, and only Russian text needs it

    return pymorphy3.MorphAnalyzer()


@lru_cache(maxsize=50_000)
def _parses(word: str) -> tuple[Any, ...]:
    return tuple(_analyzer().parse(word))


def lemma(word: str) -> str:
    """The dictionary form of a Russian word the dictionary knows ("суда" -> "суд",
    "Кыргызстана" -> "кыргызстан"); an unknown word as it is, since a guessed lemma of a
    foreign name ("Озоди") would change the name."""
    lowered = word.lower()
    if not _analyzer().word_is_known(lowered):
        return lowered
    parses = _parses(lowered)
    return str(parses[0].normal_form) if parses else lowered


def _nominative(word: str, gender: str | None, case: str | None, adjectives: bool = False) -> str:
    # adjectives only in place names ("Луганской области"); a person's "Рахмонова" is
    # also parsed as a short adjective, which must not win
    pos = ("NOUN", "ADJF") if adjectives else ("NOUN",)
    parses = [p for p in _parses(word) if p.tag.POS in pos or "Surn" in p.tag]
    if not parses:
        return word
    chosen = next(
        (p for p in parses if (gender is None or p.tag.gender == gender) and p.tag.case == case),
        None,
    )
    if chosen is None or chosen.tag.case == "nomn" or chosen.tag.number == "plur":
        return word
    inflected = chosen.inflect({"nomn"})
    return _match_case(word, inflected.word) if inflected else word


def _head_nominative(word: str) -> str:
    """The first noun of an organisation's name in the nominative ("Министерством" ->
    "Министерство", "Вагнером" -> "Вагнер"), when its most likely reading is a singular
    noun; an adjective ("Первомайском районном суде") stays as it is."""
    parses = _parses(word)
    if not parses:
        return word
    best = parses[0]
    noun = best.tag.POS == "NOUN" or "Surn" in best.tag
    if not noun or best.tag.number == "plur" or best.tag.case == "nomn":
        return word
    inflected = best.inflect({"nomn"})
    return _match_case(word, inflected.word) if inflected else word


def _match_case(original: str, word: str) -> str:
    if original.isupper() and len(original) > 1:
        return word.upper()
    if original[:1].isupper():
        return word[:1].upper() + word[1:]
    return word


def _combos(words: list[str], adjectives: bool = False) -> list[tuple[str | None, str | None]]:
    """The singular (gender, case) readings most words of the name share, in parse order;
    of a place's name its adjectives count too ("Ростовскую область": the adjective is only
    accusative, the noun also nominative)."""
    pos = ("NOUN", "ADJF") if adjectives else ("NOUN",)
    counts: dict[tuple[str | None, str | None], int] = {}
    for word in words:
        combos = dict.fromkeys(
            (p.tag.gender, p.tag.case)
            for p in _parses(word)
            if p.tag.POS in pos and p.tag.number != "plur"
        )
        for combo in combos:
            counts[combo] = counts.get(combo, 0) + 1
    best = max(counts.values(), default=0)
    return [combo for combo, count in counts.items() if count == best]


def _inflect(name: str, words: list[str], combo: tuple[str | None, str | None], kind: str) -> str:
    gender, case = combo
    if case in (None, "nomn"):
        return name
    out = name
    for word in dict.fromkeys(words):
        if len(word) > 1 and word.lower() not in _PARTICLES:
            nominative = _nominative(word, gender, case, adjectives=kind == "PLACE")
            out = re.sub(rf"\b{re.escape(word)}\b", nominative, out)
    return out


def nominative_forms(name: str, kind: str) -> tuple[str, ...]:
    """Every reading of a Russian name as a nominative, the name itself first.

    "Садыра Жапарова" may be a woman named in the nominative or a man in the
    genitive; both readings are returned and the caller compares each.
    """
    if not has_cyrillic(name):
        return (name,)
    words = _WORD.findall(name)
    if kind in _HEADED and words:
        return tuple(dict.fromkeys((name, name.replace(words[0], _head_nominative(words[0]), 1))))
    combos = _combos(words, adjectives=kind == "PLACE")
    forms = [name, *(_inflect(name, words, combo, kind) for combo in combos)]
    return tuple(dict.fromkeys(forms))


def nominative_name(name: str, kind: str) -> str:
    """The most likely nominative form of a Russian name; other names are returned as is.

    When readings tie, the nominative one wins: "Соколова Елена" stays as it is
    rather than becoming the genitive of "Соколов".
    """
    if not has_cyrillic(name):
        return name
    words = _WORD.findall(name)
    if not words:
        return name
    if kind in _HEADED:
        return name.replace(words[0], _head_nominative(words[0]), 1)
    combos = _combos(words, adjectives=kind == "PLACE")
    if not combos:
        return _plural_place(name, words) if kind == "PLACE" else name
    combo = next((c for c in combos if c[1] == "nomn"), combos[0])
    return _inflect(name, words, combo, kind)


def _plural_place(name: str, words: list[str]) -> str:
    """A town named in the plural ("в Котельниках" → "Котельники", "Мытищах" →
    "Мытищи"), when every reading of its noun is plural."""
    out = name
    for word in words:
        parses = [p for p in _parses(word) if p.tag.POS == "NOUN" and p.tag.number == "plur"]
        if not parses or parses[0].tag.case == "nomn":
            continue
        inflected = parses[0].inflect({"nomn", "plur"})
        if inflected:
            out = re.sub(rf"\b{re.escape(word)}\b", _match_case(word, inflected.word), out)
    return out
