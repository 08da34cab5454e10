"""Mentions from name shapes the taggers miss or cut short (``name_rules.yaml``).

The small English model cuts "the Ministry of Foreign and Expatriate Affairs" at "and",
types "S.B. Rao" as an organisation and misses "Lumbini region"; Natasha misses "ВС РФ"
and "ЧВК «Вагнер»". Each pattern of the data file gives a mention of its type; it replaces
the tagger's mentions it overlaps, unless one of them already covers it and is longer
("Kyrgyzstan's Ministry of Internal Affairs" keeps its owner).

The small model also leaves out country names it knows elsewhere: a headline's first word
("Nepal tightens checks ...") and an owner before an institution ("Nepal's Ministry of ...").
A country name of the gazetteer that no mention overlaps is a place of its own
(:func:`country_mentions`), except the few that also name people or things (the data file's
``countries: except``).
"""

from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources
from typing import Any

import yaml

from dossier.errors import PackError
from dossier.models import Mention

EXTRACTOR = "dossier.resolve.rules/1"


@lru_cache(maxsize=1)
def _rules() -> tuple[tuple[str, re.Pattern[str]], ...]:
    raw = resources.files("dossier.resolve").joinpath("name_rules.yaml").read_text("utf-8")
    data: Any = yaml.safe_load(raw)
    rules: list[tuple[str, re.Pattern[str]]] = []
    for group, entry in data.items():
        if group == "countries":
            continue
        try:
            rules.extend((str(entry["type"]), re.compile(p)) for p in entry["patterns"])
        except (KeyError, TypeError, re.error) as exc:
            raise PackError(f"name_rules.yaml: bad entry {group!r}: {exc}") from exc
    return tuple(rules)


@lru_cache(maxsize=1)
def _not_countries() -> frozenset[str]:
    raw = resources.files("dossier.resolve").joinpath("name_rules.yaml").read_text("utf-8")
    data: Any = yaml.safe_load(raw)
    return frozenset(str(name).casefold() for name in data["countries"]["except"])


@lru_cache(maxsize=4)
def _country_pattern(countries: frozenset[str]) -> re.Pattern[str]:
    names = sorted(countries - _not_countries(), key=len, reverse=True)
    alternatives = "|".join(re.escape(name) for name in names)
    return re.compile(rf"(?<![\w.-])(?:{alternatives})(?![\w-])", re.IGNORECASE)


def country_mentions(
    text: str, mentions: list[Mention], countries: frozenset[str]
) -> list[Mention]:
    """``mentions`` with the capitalised country names (lower case in ``countries``) that no
    mention overlaps added as places."""
    out = list(mentions)
    for match in _country_pattern(countries).finditer(text):
        start, end = match.span()
        if not text[start].isupper() or any(m.start < end and start < m.end for m in out):
            continue
        out.append(Mention(start, end, text[start:end], "GPE", EXTRACTOR))
    return sorted(out, key=lambda m: (m.start, m.end))


def rule_mentions(text: str, mentions: list[Mention]) -> list[Mention]:
    """``mentions`` with the data file's names added, the ones they replace left out."""
    out = list(mentions)
    for kind, pattern in _rules():
        for match in pattern.finditer(text):
            start, end = match.span("name")
            if any(m.start <= start and end <= m.end and m.end - m.start > end - start
                   for m in out):  # fmt: skip
                continue
            out = [m for m in out if m.end <= start or end <= m.start]
            out.append(Mention(start, end, text[start:end], kind, EXTRACTOR))
    return sorted(out, key=lambda m: (m.start, m.end))
