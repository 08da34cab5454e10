"""Sources settled once every finder has run: base forms, descriptions, relays.

1. **Base form.** A Russian source is put in the nominative by the case its cue governs
   (:mod:`dossier.cite.morph`): "по словам правозащитницы Анны Смирновой" →
   "правозащитница Анна Смирнова".
2. **Descriptions.** A source that only describes ("the official", "the ministry", "мэр",
   "собеседник издания", "в ведомстве") takes the name of the nearest compatible antecedent
   before it, in its paragraph or the two before: a person noun the nearest person named (a
   mention of the analyze stage, or an earlier source that is a name), agreeing in gender
   where the noun has one; an institution noun the nearest organisation, one whose name ends
   in the same word first. The description is kept as ``role``. With no antecedent it stays
   the source.
3. **Relays.** In one sentence, an outlet of the registry cited beside another source with
   overlapping support ("X told TASS", "X said, according to Reuters", "как сообщает ТАСС
   со ссылкой на X", "Interfax quoted X as saying") is that source's ``relay``; both
   citations are kept.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from dossier.cite.lexicon import (
    DESCRIBES_ORG,
    DESCRIBES_PERSON,
    FEMININE_DESCRIPTIONS,
    MASCULINE_DESCRIPTIONS,
)
from dossier.cite.morph import case_before, nominative_phrase
from dossier.cite.record import Found
from dossier.cite.registry import OutletRegistry
from dossier.cite.text import Layout
from dossier.lang import get_language
from dossier.models import Mention
from dossier.resolve.morph import _parses, nominative_name

MAX_DESCRIPTION_WORDS = 4
ANTECEDENT_PARAGRAPHS = 3  # the citation's paragraph and the two before it
_ARTICLE = re.compile(r"^(?:the|a|an)\s+", re.IGNORECASE)
_PERSON_LABELS = ("PERSON", "PER")
_ORG_LABELS = ("ORG",)
_ATTRIBUTED = ("reported", "according_to", "quote")


@dataclass(frozen=True, slots=True)
class _Candidate:
    start: int
    name: str
    person: bool


def settle_sources(
    text: str,
    language: str,
    found: list[Found],
    mentions: Sequence[Mention],
    registry: OutletRegistry,
    layout: Layout,
) -> None:
    """Rules 1 and 2 of the module docstring, in text order; rule 3 is :func:`mark_relays`."""
    ru = get_language(language).rule_set == "ru"
    named: list[_Candidate] = []
    for cite in sorted(found, key=lambda f: f.start):
        at = _source_at(text, cite)
        if ru and at is not None:
            cite.source = nominative_phrase(cite.source, case_before(text[max(0, at - 40) : at]))
        if cite.kind in _ATTRIBUTED:
            kind = _description(cite.source, ru)
            if kind is not None:
                pool = _candidates(text, mentions, named, ru, kind == "person")
                antecedent = _antecedent(text, layout, cite, pool, kind, ru)
                if antecedent is not None:
                    cite.role = _role(cite.source, ru)
                    cite.source = antecedent
                    continue
        if _is_name(cite.source) and registry.lookup(cite.source) is None:
            named.append(_Candidate(cite.start, cite.source, _personal_name(cite.source)))


def mark_relays(found: list[Found], layout: Layout, registry: OutletRegistry) -> None:
    """Rule 3 of the module docstring."""
    by_sentence: dict[int | None, list[Found]] = {}
    for cite in found:
        by_sentence.setdefault(layout.sentence_index(cite.start), []).append(cite)
    for group in by_sentence.values():
        outlets = [
            f for f in group if f.kind in _ATTRIBUTED and registry.lookup(f.source) is not None
        ]
        for cite in group:
            if cite in outlets or cite.kind not in _ATTRIBUTED or cite.relay:
                continue
            relay = next((o for o in outlets if _share_support(o, cite)), None)
            if relay is not None:
                cite.relay = relay.source.strip('«»"“”')


def _source_at(text: str, cite: Found) -> int | None:
    at = text.find(cite.source, cite.start, max(cite.end, cite.start + len(cite.source)))
    return at if at >= 0 else None


def _description(source: str, ru: bool) -> str | None:
    """ "person" or "org" when ``source`` only describes, else None."""
    words = _ARTICLE.sub("", source.strip()).split()
    if not words or len(words) > MAX_DESCRIPTION_WORDS:
        return None
    if any(w[:1].isupper() for w in words[1:]) or any(c in source for c in "«»\"“”'’"):
        return None
    if ru:
        if len(words) > 2:
            return None
        head = _lemma(words[0])
    else:
        if not re.match(r"(?:the|this)\s", source.strip(), re.IGNORECASE):
            return None  # "a lawyer said" brings in someone new; "Kabanov said" is a name
        head = words[-1].casefold()
    if head in DESCRIBES_PERSON:
        return "person"
    if head in DESCRIBES_ORG:
        return "org"
    return None


def _lemma(word: str) -> str:
    parses = _parses(word.casefold())
    return str(parses[0].normal_form) if parses else word.casefold()


def _role(source: str, ru: bool) -> str:
    if ru and not source[:2].isupper():
        return source[:1].lower() + source[1:]
    return source


def _candidates(
    text: str, mentions: Sequence[Mention], named: list[_Candidate], ru: bool, person: bool
) -> list[_Candidate]:
    labels = _PERSON_LABELS if person else _ORG_LABELS
    pool = [
        _Candidate(m.start, _mention_name(m, ru, person), person)
        for m in mentions
        if m.label in labels
    ]
    pool.extend(c for c in named if c.person == person)
    return sorted(pool, key=lambda c: c.start)


def _mention_name(mention: Mention, ru: bool, person: bool) -> str:
    name = mention.text.strip()
    return nominative_name(name, "PERSON" if person else "ORG") if ru else name


def _antecedent(
    text: str, layout: Layout, cite: Found, pool: list[_Candidate], kind: str, ru: bool
) -> str | None:
    lowest = _window_start(layout, cite.start)
    before = [c for c in pool if lowest <= c.start < cite.start and not _described(c.name, ru)]
    if kind == "person":
        gender = _gender_of_description(cite.source, ru)
        before = [c for c in before if gender is None or _gender(c.name) in (gender, None)]
        return before[-1].name if before else None
    head = _ARTICLE.sub("", cite.source.strip()).split()
    word = (_lemma(head[0]) if ru else head[-1].casefold()) if head else ""
    same = [c for c in before if _last_word(c.name, ru) == word]
    chosen = same or before
    return chosen[-1].name if chosen else None


def _described(name: str, ru: bool) -> bool:
    return _description(name, ru) is not None


def _window_start(layout: Layout, offset: int) -> int:
    starts = [p[0] for p in layout.paragraphs if p[0] <= offset]
    if not starts:
        return 0
    return starts[max(0, len(starts) - ANTECEDENT_PARAGRAPHS)]


def _gender_of_description(source: str, ru: bool) -> str | None:
    words = _ARTICLE.sub("", source.strip()).split()
    if not words:
        return None
    word = _lemma(words[0]) if ru else words[-1].casefold()
    if word in FEMININE_DESCRIPTIONS:
        return "femn"
    if word in MASCULINE_DESCRIPTIONS:
        return "masc"
    return None


def _gender(name: str) -> str | None:
    """A Russian name's gender from its first word pymorphy3 knows as a name, else None."""
    for word in name.split():
        for parse in _parses(word):
            if parse.tag.case == "nomn" and ("Name" in parse.tag or "Surn" in parse.tag):
                return str(parse.tag.gender) if parse.tag.gender else None
    return None


def _last_word(name: str, ru: bool) -> str:
    words = name.split()
    if not words:
        return ""
    if ru:  # "Министерство иностранных дел": the head noun comes first
        return _lemma(words[0])
    return words[-1].casefold()


def _is_name(source: str) -> bool:
    words = _ARTICLE.sub("", source.strip()).split()
    return bool(words) and words[-1][:1].isupper()


def _personal_name(source: str) -> bool:
    """Two or more capitalised words at the end with no institution word: "Ramesh Adhikari"."""
    words = source.split()
    tail = [w for w in words if w[:1].isupper()]
    return len(tail) >= 2 and not any(w.casefold() in DESCRIBES_ORG for w in words)


def _share_support(a: Found, b: Found) -> bool:
    return any(x[0] < y[1] and y[0] < x[1] for x in a.supports for y in b.supports)
