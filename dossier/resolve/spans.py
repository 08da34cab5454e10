"""Tagger mentions to clean name spans: trimmed, extended, keyed.

A tagger's span is trimmed to the name ("the Wagner Group" -> "Wagner Group",
"Kubanychbek-uulu’s" -> "Kubanychbek-uulu", a span never crosses a line break) and
extended where the small model stops short of it: a Central Asian patronymic
particle after a name ("Kubanychbek" + "-uulu", "Kubanychbek" + " uulu") and a
region word after a place ("Krasnodar" + " region"). Offsets always stay Python
string indices with ``text[start:end] == surface``.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from dossier.models import EntityType, Mention
from dossier.resolve.labels import map_label
from dossier.resolve.morph import (
    nominative_name,
    oblique_masculine,
    shared_region_name,
    womans_nominative,
)
from dossier.resolve.name_data import name_rules
from dossier.resolve.translit import has_cyrillic, token_key

PARTICLES = (
    "uulu", "uly", "ulu", "kyzy", "kyzi", "qizi", "kizi", "ogly", "ogli", "oglu", "ugli",
    "o‘g‘li", "o'g'li", "уулу", "кызы", "улы", "қызы", "оглы", "гызы", "угли", "кизи",
)  # fmt: skip
PARTICLE_KEYS = frozenset(token_key(p) for p in PARTICLES)
# the particle after a name, with the father's name before it when the tagger stopped at the
# given name ("Отабека | Рустам угли")
_PARTICLE_AFTER = re.compile(
    r"(?:\s(?-i:[A-ZА-ЯЁ])[\w’'-]+)?(?:-|\s)(?:"
    + "|".join(re.escape(p) for p in PARTICLES)
    + r")\b",
    re.IGNORECASE,
)
_REGION_AFTER = re.compile(
    r"\s(?:region|oblast|krai|province|district|upazila|tehsil|taluka?|sub-county|county|sub-district|governorate|velayat|область|край|район|вилоят|велаят)\b",
    re.IGNORECASE,
)
# an article, or a possessive determiner opening a sentence ("Its Crime Branch …"), or a
# place in a "-based" adjective ("the Moscow-based Migrant Aid Network", round 23: the
# guidelines key neither the place nor the adjective)
_LEADING = re.compile(
    r"^(?:the|a|an|its|their)\s+|^[\"'“”«»‘’(\[]+|^[^\W\d_][\w'’.]*(?:-[^\W\d_][\w'’.]*)*-based\s+",
    re.IGNORECASE,
)
# a Russian preposition opening a sentence, which the tagger runs into the name after it ("У
# Рама Бахадура Тхапы", "В Бишкеке"): never a name's first word
_LEADING_PREPOSITION = re.compile(
    r"^(?:У|В|Во|С|Со|К|Ко|О|Об|От|Из|По|При|Для|Под|Над|Без|До|На|За|Про)[ \u00a0]+(?=[А-ЯЁ])"
)
_TRAILING = re.compile(r"(?:['’]s|['’])$|[\"'“”«»‘’).,;:\]]+$")
# a preposition or conjunction the tagger ran into the end of a name ("Kishor Thapa of |
# Sudurpashchim Province", round 24): no name ends in one
_TRAILING_WORD = re.compile(r"[ \u00a0]+(?:of|in|from|at|for|and|to|with|on|by|the|и|в|из|на|по)$")
# a name ending in initials ("Bimala B.K", "Zh.T", "Sh. N", "Ж.Т"), the full stop after the
# last one trimmed off
_INITIALS_END = re.compile(r"(?<![\w.])(?:[A-ZА-ЯЁ][a-zа-яё]?\.\s?)+[A-ZА-ЯЁ]$")
# a person's name ending in one initial after a name ("Sreejith S.", as Kerala papers write
# the father's or house name; "Каримовой Г.", as Russian court papers write a surname), the
# full stop after it trimmed off
_LONE_INITIAL_END = re.compile(r"(?<=[a-zа-яё][ \u00a0])[A-ZА-ЯЁ]$")
# a region's word shortened with a full stop ("Свердловской обл."), which is part of the name
_SHORT_REGION_END = re.compile(r"(?<=[ \u00a0])обл$")
_NUMBERED_UNIT = re.compile(
    r"^(?:(?:в/ч|войсков\w+ част\w+|воинск\w+ част\w+|military unit)\s+(?:№\s*|No\.?\s*)?\d{4,5}"
    r"|\d{1,4}-[а-яё]{1,3}\s.+"
    r"|.*(?:колони|тюрьм|изолятор)[а-яё]*\s+№\s*\d{1,3})$"
)
_WORDS = re.compile(r"[^\W_]+(?:[.'’‘][^\W_]+)*", re.UNICODE)
STOPWORDS = frozenset({"the", "of", "for", "and", "in", "on", "at", "to", "de", "по", "и", "при"})


@dataclass(slots=True)
class NameSpan:
    start: int
    end: int
    surface: str  # == text[start:end]
    label: str
    type: EntityType | None  # the tagger's label mapped; None: untyped
    nominative: str  # the surface in the nominative (Russian), else the surface
    keys: tuple[str, ...]  # comparison keys of the words, stopwords left out


def name_words(name: str) -> list[str]:
    """Words of a name; hyphens and spaces separate, dots inside a word stay (Kloop.kg)."""
    return _WORDS.findall(name.replace("-", " "))


def word_keys(name: str) -> tuple[str, ...]:
    return tuple(
        key
        for word in name_words(name)
        if (key := token_key(word)) and word.lower() not in STOPWORDS
    )


@lru_cache(maxsize=1)
def _short_names() -> tuple[dict[str, str], dict[str, str]]:
    data: Any = name_rules()
    table = data["short_names"]
    return dict(table["heads"]), dict(table["countries"])


def full_name_keys(name: str) -> tuple[str, ...]:
    """The keys of a Russian body's name with a short name at its head spelt out, and a
    country's abbreviation after it ("МИД КР" -> "Министерство иностранных дел Кыргызской
    Республики"), so that a text's two names of one body meet; other names' own keys."""
    heads, countries = _short_names()
    words = name.split()
    if not words or words[0] not in heads:
        return word_keys(name)
    spelt = [heads[words[0]], *(countries.get(word, word) for word in words[1:])]
    return word_keys(" ".join(spelt))


def clean_span(text: str, mention: Mention) -> NameSpan | None:
    """The name span of a mention, or None when it names no entity."""
    keep, kind = map_label(mention.label)
    if not keep:
        return None
    start, end = mention.start, mention.end
    newline = text.find("\n", start, end)
    if newline != -1:
        end = newline
    start, end = _trim(text, start, end)
    if end <= start:
        return None
    if end - start > 1 and text[end - 1] == "-":
        end -= 1  # "Askar Kubanychbek-" | "uulu": the tagger stopped inside the hyphened word
    if _INITIALS_END.search(text, start, end) and text[end : end + 1] == ".":
        end += 1  # "Sushila K.C.": a surname of initials keeps its last full stop
    elif (
        kind == "PERSON"
        and _LONE_INITIAL_END.search(text, start, end)
        and text[end : end + 1] == "."
    ):
        end += 1  # "Sreejith S.": so does a name's one initial after a given name
    elif _SHORT_REGION_END.search(text, start, end) and text[end : end + 1] == ".":
        end += 1  # "Свердловской обл.": so does a region's shortened word
    if kind in ("PERSON", None, "ORG", "PLACE") and (m := _PARTICLE_AFTER.match(text, end)):
        end = m.end()
    if kind == "PLACE" and (m := _REGION_AFTER.match(text, end)):
        end = m.end()
    surface = text[start:end]
    if surface.islower() and kind not in ("GROUP", "OUTLET") and not _NUMBERED_UNIT.search(surface):
        # "mosques": a common noun, not a name ("узбекистанцев", "24.kg" are, and a military
        # unit by its number: "в/ч 45807", "войсковая часть 61899", "810-я бригада …")
        return None
    nominative = nominative_name(surface, kind or "PERSON")
    if kind == "PLACE" and " " not in surface and has_cyrillic(surface):
        # "из Ошской и Баткенской областей": the first region takes the shared word
        nominative = shared_region_name(surface, text[end : end + 60]) or nominative
    before, after = _this_sentence(text[max(0, start - 60) : start]), text[end : end + 60]
    if (
        kind in ("PERSON", None)
        and nominative != surface
        and womans_nominative(surface, before, after)
    ):
        nominative = surface  # "Жительница Ташкента Дилноза Каримова": a woman, as written
    elif kind in ("PERSON", None) and nominative == surface:
        # "Со слов Сухроба Шарипова, уроженца ...": the words around say a man's genitive
        nominative = oblique_masculine(surface, before, after) or nominative
    keys = full_name_keys(nominative) if kind in ("ORG", None) else word_keys(nominative)
    if not keys:
        return None
    return NameSpan(start, end, surface, mention.label, kind, nominative, keys)


# the end of the sentence before a name: a full stop after a lowercase word, or a line break
# (not an initial's: "граждан России Умарова С.Б. и …")
_SENTENCE_END = re.compile(r"(?:(?<=[a-zа-яё])[.!?…][»”\"]?[ \u00a0]+|\n)")


def _this_sentence(before: str) -> str:
    """The words before a name in its own sentence: a man's oblique cue ending the sentence or
    the paragraph before ("… пропавших без вести граждан.\n\nПравозащитница Азиза …") says
    nothing of the name's case."""
    ends = list(_SENTENCE_END.finditer(before))
    return before[ends[-1].end() :] if ends else before


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while True:
        chunk = text[start:end]
        lead = _LEADING.match(chunk) or _LEADING_PREPOSITION.match(chunk)
        if lead and lead.end() > 0:
            start += lead.end()
            continue
        trail = _TRAILING.search(chunk)
        if trail and chunk.endswith("»") and "«" in chunk[:-1]:
            trail = None  # "ЧВК «Вагнер»": the name's own quotes stay
        if trail and trail.end() > trail.start():
            end -= trail.end() - trail.start()
            continue
        word = _TRAILING_WORD.search(chunk)
        if word:
            end -= word.end() - word.start()
            continue
        stripped = len(chunk) - len(chunk.rstrip())
        lstripped = len(chunk) - len(chunk.lstrip())
        if stripped or lstripped:
            start, end = start + lstripped, end - stripped
            continue
        return start, end


def find_span(text: str, name: str, start: int, end: int) -> tuple[int, int] | None:
    """Where ``name`` occurs in ``text[start:end]``, exactly or ignoring case."""
    found = text.find(name, start, end)
    if found == -1:
        found = text.lower().find(name.lower(), start, end)
    return None if found == -1 else (found, found + len(name))


def join_side_by_side(
    text: str,
    mentions: list[Mention],
    joined: Callable[[Mention, Mention], str | None],
    extractor: str,
) -> list[Mention]:
    """``mentions`` (in text order) with each two the tagger gave side by side, one space or
    no-break space apart, made one mention where ``joined`` gives the pair its label (None
    keeps them apart): the one loop behind the rules that join a split name."""
    out: list[Mention] = []
    for m in mentions:
        last = out[-1] if out else None
        label = None
        if last is not None and text[last.end : m.start] in (" ", "\u00a0"):
            label = joined(last, m)
        if last is not None and label is not None:
            out[-1] = Mention(last.start, m.end, text[last.start : m.end], label, extractor)
            continue
        out.append(m)
    return out
