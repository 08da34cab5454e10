"""Mentions of small places the English tagger runs into a person's name or a body's.

South Asian papers name wards, villages and districts the gazetteer lacks by one word: "a
youth from Gorkha and Syangja", "Sreejith S. of Poovar", "Mohammed Ashiq of Vizhinjam". The
small model takes "Gorkha and Syangja" for one organisation, runs the person's name on over
"of" and the village, or calls the village an organisation. A person's "of" and one word in
title case is where the person comes from: a place (the type is still decided from evidence,
so a registry's outlet, "Ahmed Khan of Dawn", stays an outlet), also when the model calls it
a person ("Syed Khaja Moinuddin of Nampally") or the person's age comes between ("…, 41, of
Solukhumbu").
"""

from __future__ import annotations

import re
from functools import lru_cache

from dossier.models import Mention
from dossier.resolve.labels import map_label
from dossier.resolve.morph import known_given_name
from dossier.resolve.name_data import name_rules

EXTRACTOR = "dossier.resolve.locatives/1"

_PERSON_LABELS = frozenset({"PER", "PERSON"})
_BODY_LABELS = frozenset({"ORG", "GPE", "LOC", "FAC"})
# a person's name, then "of" and one word in title case ending the tagger's span
_PERSON_OF_PLACE = re.compile(r"(?P<person>.+?\S)[ \u00a0]+of[ \u00a0]+(?P<place>[A-Z][a-z][\w-]*)")
_OF_GAP = re.compile(r"[ \u00a0]+of[ \u00a0]+")
# the same with the person's age between ("Sher Bahadur Rai alias Shekhar, 41, of Solukhumbu")
_AGED_OF_GAP = re.compile(r"(?:,[ \u00a0]+\d{1,3},)?[ \u00a0]+of[ \u00a0]+")
_AGE_LABELS = frozenset({"DATE", "CARDINAL"})
_TITLE_CASE_WORD = re.compile(r"[A-Z][a-z][\w-]*")
# "from Gorkha and Syangja": two places the tagger took for one name after a preposition
_PAIR = re.compile(r"(?P<a>[A-Z][a-z][\w-]*)[ \u00a0]+and[ \u00a0]+(?P<b>[A-Z][a-z][\w-]*)")
_PREPOSITION_BEFORE = re.compile(r"\b(?:in|at|from|near)[ \u00a0]+$")
# "from Syangja, Rolpa and Kapilvastu": three or more one-word names listed after a place's
# preposition, the last after "and" (not the first words of longer names)
_LISTED = re.compile(
    r"\b(?:in|from)[ \u00a0]+(?P<list>[A-Z][a-z][\w-]*(?:,[ \u00a0][A-Z][a-z][\w-]*)+,?"
    r"[ \u00a0]and[ \u00a0][A-Z][a-z][\w-]*)(?![\w-]|[ \u00a0][A-Z])"
)
_LISTED_WORD = re.compile(r"[A-Z][a-z][\w-]*")
# one title-case word the tagger did not see after "near" ("camps near Molkino in …"), not
# the first of a longer name
_NEAR_WORD = re.compile(r"\bnear[ \u00a0]+([A-Z][a-z][\w-]*)(?![\w-]|[ \u00a0]+[A-Z])")


def locative_mentions(text: str, mentions: list[Mention]) -> list[Mention]:
    """``mentions`` with a person's "of" and village cut from the person's name, the village
    after a person's name and "of" a place (also one the tagger did not see, and one word
    after "near"), and "Gorkha and Syangja" after a preposition two names."""
    out: list[Mention] = []
    for m in sorted(mentions, key=lambda m: (m.start, m.end)):
        named = [o for o in out if o.label not in _AGE_LABELS]
        previous = named[-1] if named else None
        if m.label in _PERSON_LABELS and (found := _PERSON_OF_PLACE.fullmatch(m.text)):
            person_end = m.start + found.end("person")
            place_start = m.start + found.start("place")
            out.append(Mention(m.start, person_end, text[m.start : person_end], m.label, EXTRACTOR))
            out.append(Mention(place_start, m.end, text[place_start : m.end], "GPE", EXTRACTOR))
        elif (
            m.label in _BODY_LABELS | _PERSON_LABELS  # "Moinuddin of Nampally": a person too
            and previous is not None
            and previous.label in _PERSON_LABELS
            and _AGED_OF_GAP.fullmatch(text, previous.end, m.start)
            and _TITLE_CASE_WORD.fullmatch(m.text)
        ):
            out.append(Mention(m.start, m.end, m.text, "GPE", EXTRACTOR))
        elif (
            m.label in _BODY_LABELS
            and (pair := _PAIR.fullmatch(m.text))
            and _PREPOSITION_BEFORE.search(text, max(0, m.start - 8), m.start)
        ):
            for part in ("a", "b"):
                start, end = m.start + pair.start(part), m.start + pair.end(part)
                out.append(Mention(start, end, text[start:end], m.label, EXTRACTOR))
        else:
            out.append(m)
    return _listed_places(text, _untagged_places(text, out))


def _listed_places(text: str, mentions: list[Mention]) -> list[Mention]:
    """``mentions`` with each word of a list of one-word names after "in" or "from" a place
    ("families from Syangja, Rolpa and Kapilvastu"), where the tagger saw some of them, or
    took one for a person: districts the gazetteer lacks, named as a list of places is. Not
    a list the tagger calls persons throughout, nor one with a body in it ("from Amnesty,
    Memorial and Adilet"), nor one a longer mention runs into."""
    out = list(mentions)
    for found in _LISTED.finditer(text):
        start, end = found.span("list")
        inside = [m for m in out if m.start < end and start < m.end]
        if any(m.start < start or m.end > end for m in inside):
            continue
        labels = {map_label(m.label)[1] for m in inside}
        words = list(_LISTED_WORD.finditer(text, start, end))
        if "ORG" in labels or (labels == {"PERSON"} and len(inside) >= len(words)):
            continue
        out = [m for m in out if m not in inside]
        out.extend(Mention(*w.span(), w.group(), "GPE", EXTRACTOR) for w in words)
    return sorted(out, key=lambda m: (m.start, m.end))


def _untagged_places(text: str, mentions: list[Mention]) -> list[Mention]:
    """``mentions`` with one title-case word no mention covers after a person's name and
    "of" ("Hafiz Muhammad Usman of Kamoke") or after "near" ("near Molkino") as a place; a
    label that names no entity ("Molkino" as a LANGUAGE) gives way to it."""
    found: list[tuple[int, int]] = []
    for m in mentions:
        if m.label in _PERSON_LABELS and (gap := _OF_GAP.match(text, m.end)):
            word = _TITLE_CASE_WORD.match(text, gap.end())
            if word is not None and not re.match(r"[\w-]|[ \u00a0]+[A-Z]", text[word.end() :]):
                found.append(word.span())
    found.extend(w.span(1) for w in _NEAR_WORD.finditer(text))
    out = list(mentions)
    for start, end in found:
        overlapping = [m for m in out if m.start < end and start < m.end]
        if all(not map_label(m.label)[0] for m in overlapping):  # none, or "LANGUAGE"
            out = [m for m in out if m not in overlapping]
            out.append(Mention(start, end, text[start:end], "GPE", EXTRACTOR))
    return sorted(out, key=lambda m: (m.start, m.end))


@lru_cache(maxsize=1)
def _settlement_word() -> re.Pattern[str]:
    """A Russian village's or local unit's word right before a name (name_rules.yaml)."""
    stems = "|".join(map(re.escape, name_rules()["settlement_words"]["ru"]))
    return re.compile(rf"(?<![\w-])(?:{stems})[а-яё]{{0,3}}[ \u00a0]$", re.IGNORECASE)


_ONE_RUSSIAN_NAME = re.compile(r"[А-ЯЁ][а-яё]+(?:-[А-ЯЁа-яё][а-яё]+)*")


def settlement_word_mentions(text: str, mentions: list[Mention]) -> list[Mention]:
    """``mentions`` with the one Russian name after a village's or local unit's word ("из
    джамоата Тугарак", "в кишлаке Навобод") a place, where the tagger took it for a person or
    a body: Russian names a Central Asian village after its word, and the tagger knows few of
    them. The word stays out of the name ("пгт Полазна", round 15); a given name the
    dictionary or the women's list knows stays a person ("В машину села Ольга": "села" is a
    verb too)."""
    out: list[Mention] = []
    for m in mentions:
        if (
            m.label in _PERSON_LABELS | {"ORG"}
            and _ONE_RUSSIAN_NAME.fullmatch(m.text)
            and _settlement_word().search(text, max(0, m.start - 14), m.start)
            and not known_given_name(m.text)
            and m.text not in name_rules()["womens_given_names"]
        ):
            m = Mention(m.start, m.end, m.text, "GPE", EXTRACTOR)
        out.append(m)
    return out
