"""Words of a name the English tagger leaves out beside or instead of a mention.

- The small model knows Russian-style surnames but not the Central Asian given names before
  them: in "Gulbahor Saidova, a resident of …" and "her son, Firdavs Saidov, 24," it tags the
  surname alone (as a person or an organisation). One capitalised word right before such a
  surname, which is no title, nationality, place or small word, opens the person's name.
- A paper or site by one word that a speaker told something ("told Onmanorama that …") may
  have no mention at all; the word becomes one, typed by evidence (:mod:`.evidence`).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache
from typing import Any

from dossier.models import Mention
from dossier.resolve.name_data import name_rules

EXTRACTOR = "dossier.resolve.untagged/1"

# Russian-style and Tajik surnames in Latin letters ("Saidov", "Safarova", "Nurmatov",
# "Yusupova", "Rahimzoda")
_SURNAME = re.compile(r"[A-Z][a-z]+(?:ov|ova|ev|eva|yev|yeva|zoda|zada|zade)")
_WORD_BEFORE = re.compile(r"(?<![\w.'’-])([A-Z][a-z]{2,})[ \u00a0]$")
_PERSON_OR_BODY = frozenset({"PER", "PERSON", "ORG"})
_TOLD_WORD = re.compile(r"\btold[ \u00a0]+([A-Z][A-Za-z]{3,})(?=[ \u00a0]+that\b)")


@lru_cache(maxsize=1)
def _not_given() -> frozenset[str]:
    """Words that open a sentence or stand as a role or kin word before a surname
    (``name_rules.yaml``: ``not_given_names``)."""
    data: Any = name_rules()
    return frozenset(str(word) for word in data["not_given_names"]["en"])


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
            and _SURNAME.fullmatch(m.text)
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


def told_word_mentions(text: str, mentions: list[Mention]) -> list[Mention]:
    """``mentions`` with one capitalised word a speaker "told" something that no mention
    covers, untyped: the evidence of "told … that" makes it an outlet."""
    out = list(mentions)
    for found in _TOLD_WORD.finditer(text):
        start, end = found.span(1)
        if any(m.start < end and start < m.end for m in mentions):
            continue
        out.append(Mention(start, end, found.group(1), "PRODUCT", EXTRACTOR))
    return sorted(out, key=lambda m: (m.start, m.end))
