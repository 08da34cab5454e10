"""Persons a description may stand for whom the tagger did not name.

A reporter gives a person his title where he first names him ("Prosecutor Nurbek Alymkulov
asked …") and later calls him by it alone ('"…," the prosecutor said'). The entity tagger
often misses such a name, above all a Central Asian one after a capitalised title, and then
the description had no antecedent and stayed its own source. Here a name is read by its
shape instead: two or three capitalised words right after a word whose lemma is the
description's head (round 22, english_dev15).
"""

from __future__ import annotations

import re

from dossier.lang import Language

# a title word, then two or three capitalised words, each a letter run with no digit
_TITLED_NAME = re.compile(
    r"(?P<title>[^\W\d_][\w-]*)\s+(?P<name>[A-ZА-ЯЁ][a-zа-яё'’-]+(?:\s+[A-ZА-ЯЁ][a-zа-яё'’-]+){1,2})"
    r"(?![\w'’-])"
)


def titled_names(
    text: str, start: int, end: int, head: str, lang: Language
) -> list[tuple[int, str]]:
    """(offset, name) of every name between ``start`` and ``end`` right after a word whose
    lemma is ``head`` ("Prosecutor Nurbek Alymkulov" for "the prosecutor"), in the base form
    a name takes in ``lang``."""
    if not head:
        return []
    morph = lang.morphology
    found: list[tuple[int, str]] = []
    for m in _TITLED_NAME.finditer(text, start, end):
        word = m.group("title")
        lemma = morph.lemma(word) if morph is not None else word.casefold()
        if lemma != head:
            continue
        name = m.group("name")
        if morph is not None:
            name = morph.base_name(name, "PERSON")
        found.append((m.start("name"), name))
    return found


# a Russian court's name by its shape, in any case: a capitalised adjective (not "По
# материалам суда"), up to three more
# words, "суд", and a capitalised place or "по … делам" after it ("в Октябрьском районном
# суде Екатеринбурга", "Самаркандский областной суд по уголовным делам")
_RU_COURT = re.compile(
    r"[А-ЯЁ][а-яё-]+(?:ий|ый|ой|ого|его|ому|ему|ом|ем|им|ым)(?:\s+[а-яё-]+){0,3}\s+суд(?:а|у|ом|е)?"
    r"(?:\s+[А-ЯЁ][а-яё-]+|\s+по\s+[а-яё]+\s+делам)?(?![\w-])"
)


def named_court(text: str, start: int, end: int, lang: Language) -> str | None:
    """The last court named between ``start`` and ``end`` that the tagger missed, in its
    base form, for "Суд установил" (round 23); None where the text names none so."""
    morph = lang.morphology
    if morph is None:
        return None
    found = list(_RU_COURT.finditer(text, start, end))
    if not found:
        return None
    m = found[-1]
    return morph.base_phrase(m.group(0), text[max(0, m.start() - 40) : m.start()])


# an English court described at the start of a sentence, with its place: "A district court in
# Omsk has sentenced …", "The regional court in Osh ruled …"
_EN_COURT = re.compile(
    r"(?:^|(?<=[.!?]\s))(?P<court>(?:An?|The)\s+(?:[a-z]+\s+){0,2}court\s+in\s+[A-Z][\w-]+)"
    r"(?=\s+(?:has|have|had|was|is|on|last|this|[a-z]+ed)\b)",
    re.MULTILINE,
)
COURT_DOCUMENTS = frozenset({"ruling", "verdict", "judgment", "judgement"})


def described_court(text: str, start: int, end: int) -> str | None:
    """The last court described as a sentence's subject between ``start`` and ``end``, for
    "The ruling states" when no court is named (round 23)."""
    found = list(_EN_COURT.finditer(text, start, end))
    return found[-1].group("court") if found else None
