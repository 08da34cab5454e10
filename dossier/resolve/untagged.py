"""Words of a name the English tagger leaves out beside or instead of a mention.

- The small model knows Russian-style surnames but not the Central Asian given names before
  them: in "Gulbahor Saidova, a resident of …" and "her son, Firdavs Saidov, 24," it tags the
  surname alone (as a person or an organisation), or the patronymic and the surname
  ("Firdavs | Rahmonovich Safarzoda"). One capitalised word right before such a
  surname, which is no title, nationality, place or small word, opens the person's name.
- A paper or site by one word that a speaker told something ("told Onmanorama that …") may
  have no mention at all; the word becomes one, typed by evidence (:mod:`.evidence`).
- It may tag neither word of a Central Asian name ("Bermet Sydykova of the …"): a capitalised
  word before a Russian-style or Tajik surname, neither covered by a mention, is a person.
- A relative's given name after a possessive and a kin word ("Safarzoda's brother Bahrom
  told …") may have no mention: one to three capitalised words there are a person.
- The name after "alias" ("Sher Bahadur Rai alias Shekhar, 41, of …") may have no mention;
  one or two capitalised words there are a mention of the person before it.
- A byline or a photo credit ("By Dilnoza Yusupova", "Photo: Kun.uz / Sherzod Tursunov",
  "Фото: Шерзод Турсунов / «Газета.uz»", "Автор: …") names a journalist with no sentence
  around; the taggers miss the name or take its words for two places. A given name and a
  Russian-style surname there are a person, in either script. A photo's credit may also close
  a caption on its line ("… in Bokhtar. Photo: Nilufar Karimova / Asia-Plus"), and a paper in
  its quotes there ("/ «Уральский вестник»") is an outlet.
- In running text the small model may also give such a name as two places side by side
  ("Tatyana | Shuvalova, a lawyer with …"): one person.
- After a Russian kin word, the genitive of a man named before and the relative's own name
  are run into one person ("Мать Фируза Мавлюда Рахмонова"): two.
- It leaves rights groups and diaspora bodies untagged ("the Tajik Migrants' Union", "Human
  Rights Watch said"): capitalised words ending in a body's head word, after "the" or
  opening a sentence, are an organisation.
- The Russian tagger misses a name that opens with an initial ("К. Шринивас Рао рассказал")
  and tags its surname alone further on ("— сказал Рао"): an initial and one to three
  capitalised words ending in a surname tagged as a person elsewhere are that person.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from functools import lru_cache
from typing import Any

from dossier.models import Mention
from dossier.resolve.name_data import name_rules
from dossier.resolve.spans import join_side_by_side

EXTRACTOR = "dossier.resolve.untagged/1"

# Russian-style and Tajik surnames in Latin letters ("Saidov", "Safarova", "Nurmatov",
# "Yusupova", "Rahimzoda")
_SURNAME = re.compile(r"[A-Z][a-z]+(?:ov|ova|ev|eva|yev|yeva|zoda|zada|zade)")
# a patronymic before such a surname, as Central Asian names are written in full ("Firdavs
# Rahmonovich Safarzoda", "Nurbek Toktorovich Sadyrov"): the tagger may take the two alone
_PATRONYMIC_SURNAME = re.compile(
    r"[A-Z][a-z]+(?:ovich|evich|ovna|evna|ichna)[ \u00a0]" + _SURNAME.pattern
)
_WORD_BEFORE = re.compile(r"(?<![\w.'’-])([A-Z][a-z]{2,})[ \u00a0]$")
_PERSON_OR_BODY = frozenset({"PER", "PERSON", "ORG"})
# a given name and a Russian-style or Tajik surname, neither tagged
_UNTAGGED_NAME = re.compile(
    r"(?<![\w.'’-])(?P<given>[A-Z][a-z]{2,})[ \u00a0](?P<surname>"
    + _SURNAME.pattern
    + r")(?![\w'’-])"
)
# the name after "alias" ("Sher Bahadur Rai alias Shekhar"), not a sentence going on
_ALIAS_NAME = re.compile(
    r",?[ \u00a0]+(?:alias|aka|a\.k\.a\.?|also[ \u00a0]+known[ \u00a0]+as)[ \u00a0]+"
    r"(?P<name>[A-Z][a-z]+(?:[ \u00a0][A-Z][a-z]+)?)(?![\w'’-])"
)
# a relative's name after a possessive and a kin word ("Safarzoda's brother Bahrom told",
# "Rupak's father Man Bahadur said", "His mother Laxmi wept"): one to three capitalised words
_KIN_NAME = re.compile(
    r"(?:['’]s|\b(?:[Hh]is|[Hh]er|[Tt]heir))[ \u00a0]+(?:son|daughter|brother|sister|husband|wife"
    r"|father|mother|nephew|niece|cousin|uncle|aunt|grandson|granddaughter)[ \u00a0]+"
    r"(?P<name>[A-Z][a-z]+(?:[ \u00a0][A-Z][a-z]+){0,2})(?![\w'’-])"
)
_TOLD_WORD = re.compile(r"\btold[ \u00a0]+([A-Z][A-Za-z]{3,})(?=[ \u00a0]+that\b)")


@lru_cache(maxsize=1)
def _not_given() -> frozenset[str]:
    """Words that open a sentence or stand as a role or kin word before a surname
    (``name_rules.yaml``: ``not_given_names``)."""
    data: Any = name_rules()
    return frozenset(str(word) for word in data["not_given_names"]["en"])


@lru_cache(maxsize=1)
def _south_asian_surnames() -> frozenset[str]:
    """Common Nepali, Indian and Bangladeshi surnames (``name_rules.yaml``)."""
    data: Any = name_rules()
    return frozenset(str(word) for word in data["south_asian_surnames"])


def given_and_surname(name: str) -> bool:
    """``name`` is a title-case given name (or two) and a Russian-style, Tajik or common South
    Asian surname ("Umed Kholov", "Bimala Shrestha", "Hari Maya Gurung"), which the small
    model may type as a body or a building by guess."""
    words = name.split()
    if not 2 <= len(words) <= 3 or not all(_TITLE_WORD.fullmatch(w) for w in words[:-1]):
        return False
    if not _TITLE_WORD.fullmatch(words[-1]) and words[-1] not in _south_asian_surnames():
        return False  # a surname in capitals only where the list has it so ("Sushila KC")
    if words[0] in _not_given():
        return False
    return bool(_SURNAME.fullmatch(words[-1])) or words[-1] in _south_asian_surnames()


_TITLE_WORD = re.compile(r"[A-Z][a-z]+")


def given_name_mentions(
    text: str, mentions: list[Mention], is_other: Callable[[str], bool]
) -> list[Mention]:
    """``mentions`` with an untagged given name taken into the surname mention after it
    ("Gulbahor | Saidova"), typed a person. ``is_other`` says a word is something else a
    capitalised word before a surname may be (a nationality, a known place)."""
    ends = {m.end for m in mentions}
    out: list[Mention] = []
    for m in mentions:
        before = _WORD_BEFORE.search(text, max(0, m.start - 40), m.start)
        if (
            m.label in _PERSON_OR_BODY
            and (_SURNAME.fullmatch(m.text) or _PATRONYMIC_SURNAME.fullmatch(m.text))
            and before is not None
            and before.group(1) not in _not_given()
            and before.end(1) not in ends
            and not is_other(before.group(1))
        ):
            start = before.start(1)
            out.append(Mention(start, m.end, text[start : m.end], "PERSON", EXTRACTOR))
            continue
        out.append(m)
    return out


def untagged_name_mentions(
    text: str, mentions: list[Mention], is_other: Callable[[str], bool]
) -> list[Mention]:
    """``mentions`` with a given name and a Russian-style surname that no mention touches as a
    person ("Bermet Sydykova"); ``is_other`` as for :func:`given_name_mentions`."""
    found = (
        Mention(*m.span(), m.group(), "PERSON", EXTRACTOR)
        for m in _UNTAGGED_NAME.finditer(text)
        if m.group("given") not in _not_given() and not is_other(m.group("given"))
    )
    mentions = _with_uncovered(mentions, found)
    for m in _untagged_south_asian().finditer(text):
        if m.group("given") in _not_given() or is_other(m.group("given")):
            continue
        # the tagger may give the surname in capitals alone ("KC" as a body): the name
        # replaces what lies inside it, never a mention running past it
        inside = [x for x in mentions if m.start() <= x.start and x.end <= m.end()]
        touching = [x for x in mentions if x.start < m.end() and m.start() < x.end]
        if len(inside) == len(touching) and all(x.label != "PERSON" for x in inside):
            kept = [x for x in mentions if x not in inside]
            mentions = _with_uncovered(kept, [Mention(*m.span(), m.group(), "PERSON", EXTRACTOR)])
    return mentions


@lru_cache(maxsize=1)
def _untagged_south_asian() -> re.Pattern[str]:
    """A given name and a surname of ``name_rules.yaml``'s South Asian list ("Lawmaker Sushila
    KC said", round 24: neither word tagged)."""
    surnames = "|".join(sorted(map(re.escape, _south_asian_surnames()), key=len, reverse=True))
    return re.compile(
        r"(?<![\w.'’-])(?P<given>[A-Z][a-z]{2,})[ \u00a0](?P<surname>" + surnames + r")(?![\w'’-])"
    )


# a Russian woman's surname in the nominative ("Асанова", "Жуковская"): its stem and the
# ending that stands for it in the oblique cases ("Асановой", "Жуковской"), which no man's form
# shares (the accusative "-у" is a man's dative too: left out)
_WOMANS_SURNAME = re.compile(r"^(?P<stem>[А-ЯЁ][а-яё]+(?:ов|ев|ёв|ин|ын|ск|цк))(?:а|ая)$")


def womans_surname_mentions(text: str, mentions: list[Mention]) -> list[Mention]:
    """``mentions`` with a woman's surname alone in an oblique case that no mention touches
    ("Асановой ответили в МИД КР", round 24: the tagger leaves it untagged), after a person's
    mention that names her in full in the nominative ("правозащитница Толкун Асанова")."""
    found: list[Mention] = []
    for m in mentions:
        words = m.text.split()
        surname = _WOMANS_SURNAME.match(words[-1]) if len(words) >= 2 else None
        if m.label not in ("PER", "PERSON") or surname is None:
            continue
        oblique = re.compile(rf"(?<![\w-]){re.escape(surname.group('stem'))}(?:ой|ою)(?![\w-])")
        found += [
            Mention(*hit.span(), hit.group(), "PER", EXTRACTOR)
            for hit in oblique.finditer(text, m.end)
        ]
    return _with_uncovered(mentions, found)


def alias_mentions(text: str, mentions: list[Mention]) -> list[Mention]:
    """``mentions`` with the name after a person's "alias" that no mention covers, as a
    person's mention (document.py joins it to the name before it)."""
    found = []
    for m in mentions:
        alias = _ALIAS_NAME.match(text, m.end) if m.label in ("PER", "PERSON") else None
        if alias is not None:
            found.append(Mention(*alias.span("name"), alias.group("name"), m.label, EXTRACTOR))
    return _with_uncovered(mentions, found)


def kin_name_mentions(
    text: str, mentions: list[Mention], is_other: Callable[[str], bool]
) -> list[Mention]:
    """``mentions`` with a relative's name after a possessive and a kin word that no mention
    touches, as a person ("Safarzoda's brother Bahrom"); not a place or a nationality there
    (``is_other``: "his wife Tajik", "her son Moscow" are no names)."""
    found = (
        Mention(*m.span("name"), m.group("name"), "PERSON", EXTRACTOR)
        for m in _KIN_NAME.finditer(text)
        if not is_other(m.group("name"))
    )
    return _with_uncovered(mentions, found)


def told_word_mentions(text: str, mentions: list[Mention]) -> list[Mention]:
    """``mentions`` with one capitalised word a speaker "told" something that no mention
    covers, untyped: the evidence of "told … that" makes it an outlet."""
    found = (
        Mention(*m.span(1), m.group(1), "PRODUCT", EXTRACTOR) for m in _TOLD_WORD.finditer(text)
    )
    return _with_uncovered(mentions, found)


def _with_uncovered(mentions: list[Mention], found: Iterable[Mention]) -> list[Mention]:
    """``mentions`` with each of ``found`` that none of them overlaps, in text order."""
    new = [f for f in found if not any(m.start < f.end and f.start < m.end for m in mentions)]
    return sorted([*mentions, *new], key=lambda m: (m.start, m.end))


# a byline's or a credit's line: its word, a colon (none after "By"), the credit
_CREDIT_LINE = re.compile(
    r"^[^\S\n]*(?:By|Photo(?:graph)?s?(?:[^\S\n]+by)?|Author|Text|Reporting[^\S\n]+by|Фото"
    r"|Автор(?:[^\S\n]+фото)?|Текст)(?:[^\S\n]*:|(?<=By))[^\S\n]+(?P<credit>[^\n]{2,80})$",
    re.MULTILINE,
)
# a credit closing a caption on its line ("… at her home in Bokhtar. Photo: Nilufar Karimova /
# Asia-Plus"), as South Asian and Central Asian sites print it (round 22); only a photo's word,
# since "By" opens sentences too
_CAPTION_CREDIT = re.compile(
    r"(?<=[.!?»”\"])[^\S\n]+(?:Photo(?:graph)?s?(?:[^\S\n]+by)?|Фото)[^\S\n]*:[^\S\n]+"
    r"(?P<credit>[^\n]{2,80})$",
    re.MULTILINE,
)
# a paper's or agency's name in its quotes inside a credit ("Фото: Ольга Захарова / «Уральский
# вестник»"), which no tagger marks: the outlet the photographer works for (round 22)
_CREDIT_QUOTED = re.compile(r"«(?P<name>[^«»\n]{2,40})»")
# a given name and a Russian-style or Tajik surname in either script
_CREDIT_NAME = re.compile(
    r"(?<![\w.'’-])[A-ZА-ЯЁ][a-zа-яё]{2,}[ \u00a0](?:"
    + _SURNAME.pattern
    + r"|[А-ЯЁ][а-яё]+(?:ов|ова|ев|ева|ин|ина|зода|ский|ская))(?![\w.'’-])"
)


# what parts two names in a credit ("Kazinform / Dauren Abenov", "AFP | Ivan Petrov")
_CREDIT_SEPARATOR = re.compile(r"[^\S\n]*[/|][^\S\n]*")


def credit_mentions(text: str, mentions: list[Mention]) -> list[Mention]:
    """``mentions`` with each given name and surname of a byline or a photo credit a
    person, in place of the taggers' mentions inside it; a tagger's mention run across the
    credit's slash ("Kazinform / Dauren Abenov" as one organisation) is cut at it first."""
    lines = [
        line.span("credit")
        for pattern in (_CREDIT_LINE, _CAPTION_CREDIT)
        for line in pattern.finditer(text)
    ]
    mentions = [
        part
        for m in mentions
        for part in (_cut_at_separators(text, m) if _inside(m, lines) else [m])
    ]
    found = [
        Mention(*name.span(), name.group(), "PERSON", EXTRACTOR)
        for start, end in lines
        for name in _CREDIT_NAME.finditer(text, start, end)
    ]
    kept = [m for m in mentions if not any(f.start <= m.start and m.end <= f.end for f in found)]
    quoted = [
        Mention(*name.span("name"), name.group("name"), "OUTLET", EXTRACTOR)
        for start, end in lines
        for name in _CREDIT_QUOTED.finditer(text, start, end)
    ]
    return _with_uncovered(_with_uncovered(kept, found), quoted)


def _inside(m: Mention, spans: list[tuple[int, int]]) -> bool:
    return any(start <= m.start and m.end <= end for start, end in spans)


def _cut_at_separators(text: str, m: Mention) -> list[Mention]:
    """The parts of ``m`` between a credit's separators, each with its label."""
    parts: list[Mention] = []
    start = m.start
    for sep in _CREDIT_SEPARATOR.finditer(text, m.start, m.end):
        if sep.start() > start:
            parts.append(Mention(start, sep.start(), text[start : sep.start()], m.label, EXTRACTOR))
        start = sep.end()
    if not parts:
        return [m]
    if start < m.end:
        parts.append(Mention(start, m.end, text[start : m.end], m.label, EXTRACTOR))
    return parts


_PLACE_LABELS = frozenset({"GPE", "LOC"})


def place_pair_mentions(
    text: str, mentions: list[Mention], is_other: Callable[[str], bool]
) -> list[Mention]:
    """``mentions`` with two one-word places side by side, one space apart, the second a
    Russian-style surname and the first no known place or nationality (``is_other``), as
    one person ("Tatyana | Shuvalova")."""

    def joined(last: Mention, m: Mention) -> str | None:
        places = last.label in _PLACE_LABELS and m.label in _PLACE_LABELS
        named = places and _TITLE_WORD.fullmatch(last.text) and _SURNAME.fullmatch(m.text)
        given = named and last.text not in _not_given() and not is_other(last.text)
        return "PERSON" if given else None

    return join_side_by_side(text, mentions, joined, EXTRACTOR)


# a Russian kin word right before a name ("Мать Фируза …", "сестры Бахрома …")
_RU_KIN_BEFORE = re.compile(
    r"(?<![\w-])(?:мать|матери|отец|отца|сестра|сестры|брат|брата|жена|жены|муж|мужа|сын|сына"
    r"|дочь|дочери|вдова|вдовы)[ \u00a0]$",
    re.IGNORECASE,
)
_PERSONS = frozenset({"PER", "PERSON"})


def kin_genitive_mentions(text: str, mentions: list[Mention]) -> list[Mention]:
    """``mentions`` with a Russian person of three words or more after a kin word split when
    its first word is the genitive of the given name of a person named before ("Мать Фируза
    Мавлюда Рахмонова" after "Фируз Рахмонов"): his, then the relative's own name."""
    givens: set[str] = set()
    out: list[Mention] = []
    for m in mentions:
        words = m.text.split()
        if (
            m.label in _PERSONS
            and len(words) >= 3
            and words[0][-1:] in ("а", "я")
            and words[0][:-1] in givens
            and _RU_KIN_BEFORE.search(text, max(0, m.start - 10), m.start)
        ):
            cut = m.start + len(words[0])
            rest = text.index(words[1], cut)
            out.append(Mention(m.start, cut, words[0], m.label, EXTRACTOR))
            out.append(Mention(rest, m.end, text[rest : m.end], m.label, EXTRACTOR))
            continue
        if m.label in _PERSONS and len(words) >= 2:
            givens.add(words[0])
        out.append(m)
    return out


# a Cyrillic initial or two and one to three capitalised words ("К. Шринивас Рао")
_RU_INITIALLED = re.compile(
    r"(?<![\w.])[А-ЯЁ]\.[ \u00a0]?(?:[А-ЯЁ]\.[ \u00a0]?)?"
    r"(?:[А-ЯЁ][а-яё]+[ \u00a0]){0,2}(?P<surname>[А-ЯЁ][а-яё]+)(?![\w.-])"
)


def initialled_name_mentions(text: str, mentions: list[Mention]) -> list[Mention]:
    """``mentions`` with each Russian name opening with an initial that no mention overlaps
    a person, where its last word is a person the tagger gave alone elsewhere ("Рао"): an
    anonymised initial before a sentence ("гражданина Х. Его брат") ends in no such word."""
    surnames = {m.text for m in mentions if m.label in _PERSONS and " " not in m.text}
    found = (
        Mention(*m.span(), m.group(), "PER", EXTRACTOR)
        for m in _RU_INITIALLED.finditer(text)
        if m.group("surname") in surnames
    )
    return _with_uncovered(mentions, found)


@lru_cache(maxsize=1)
def _association() -> re.Pattern[str]:
    data: Any = name_rules()
    heads = "|".join(map(re.escape, (str(w) for w in data["association_heads"])))
    word = r"[A-Z][\w-]*(?:[’']s|s[’'])?"
    return re.compile(
        r"(?:(?<=\bthe[ \u00a0])|(?<=\bThe[ \u00a0])|(?<=^)|(?<=[.!?][ \u00a0]))"
        r"(?P<name>(?!(?:The|A|An|In|On|At|For|By|And|But|Its|His|Her|Their|Our|This|That)\b)"
        + word
        + r"(?:[ \u00a0](?:(?:in|of|for|and|on)[ \u00a0])?"
        + word
        + rf"){{0,4}}[ \u00a0](?:{heads}))(?![\w’'-])",
        re.MULTILINE,
    )


def association_mentions(text: str, mentions: list[Mention]) -> list[Mention]:
    """``mentions`` with each rights group or diaspora body by its head word an organisation,
    in place of the tagger's pieces inside it ("Nigerians | Diaspora Commission"); not where
    a mention runs past it or has its very span ("the Soviet Union")."""
    out = list(mentions)
    for found in _association().finditer(text):
        start, end = found.span("name")
        overlapping = [m for m in out if m.start < end and start < m.end]
        if any(m.start <= start and end <= m.end for m in overlapping) or any(
            m.start < start or m.end > end for m in overlapping
        ):
            continue
        out = [m for m in out if m not in overlapping]
        out.append(Mention(start, end, found.group("name"), "ORG", EXTRACTOR))
    return sorted(out, key=lambda m: (m.start, m.end))
