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
