"""Bodies the entity tagger gave only the place of.

A Russian body is often named by an institution noun and the region it serves in the
genitive ("Прокуратура Ошской области", "Суд Чуйской области"); the tagger then marks the
region as a place and misses the body, so that a later description ("надзорное ведомство",
"по данным ведомства") found no organisation to stand for. Here such a body is read by its
shape: a capitalised institution noun right before a place mention (round 23,
russian_dev12 and russian_dev14). Only in a language whose nouns come before their
complements and that has a morphology to read the noun's lemma.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from dossier.cite.lexicon import DESCRIBES_ORG
from dossier.lang import get_language
from dossier.models import Mention

_PLACE_LABELS = ("LOC", "GPE")
_WORD_BEFORE = re.compile(r"(?<![\w-])([A-ZА-ЯЁ][\w-]+)[^\S\n]+$")


def named_bodies(text: str, mentions: Sequence[Mention], language: str) -> list[Mention]:
    """ORG mentions of the bodies named by an institution noun before a place mention."""
    lang = get_language(language)
    morph = lang.morphology
    if morph is None or not lang.head_first:
        return []
    orgs = [(m.start, m.end) for m in mentions if m.label == "ORG"]
    found: list[Mention] = []
    for m in mentions:
        if m.label not in _PLACE_LABELS:
            continue
        before = _WORD_BEFORE.search(text, max(0, m.start - 40), m.start)
        if before is None or morph.lemma(before.group(1)) not in DESCRIBES_ORG:
            continue
        start = before.start(1)
        if any(s < m.end and start < e for s, e in orgs):
            continue  # the tagger named the body already
        found.append(Mention(start, m.end, text[start : m.end], "ORG", m.extractor))
    return found
