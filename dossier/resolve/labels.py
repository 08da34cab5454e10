"""Tagger labels to Dossier entity types, and the pack's alias table.

spaCy (OntoNotes) and Natasha (PER/ORG/LOC) labels map onto the five Dossier
types. Labels that name no entity (dates, numbers) are dropped; labels that name
something we have no type for (WORK_OF_ART, PRODUCT, EVENT, LAW) are kept as
untyped: such a span becomes an entity only when other evidence types it (the
outlet registry, a citation, the pack's aliases) — spaCy tags outlet names such as
"Gazeta.uz" as WORK_OF_ART.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from dossier.errors import PackError
from dossier.models import EntityType
from dossier.packs import Pack, get_pack
from dossier.resolve.gazetteer import exact_key

ENTITY_TYPES: tuple[EntityType, ...] = ("PERSON", "ORG", "PLACE", "OUTLET", "GROUP")
_TYPES: dict[str, EntityType] = {kind: kind for kind in ENTITY_TYPES}

LABELS: dict[str, EntityType | None] = {
    # spaCy / OntoNotes
    "PERSON": "PERSON",
    "ORG": "ORG",
    "GPE": "PLACE",
    "LOC": "PLACE",
    "FAC": "PLACE",
    "NORP": "GROUP",
    "WORK_OF_ART": None,
    "PRODUCT": None,
    "EVENT": None,
    "LAW": None,
    # Natasha
    "PER": "PERSON",
    # dossier.resolve.rules: the body in a person's title ("депутат Мажилиса ...")
    "BODY": "ORG",
}


def map_label(label: str) -> tuple[bool, EntityType | None]:
    """(keep the span?, its type or None when only other evidence can type it)."""
    label = label.upper()
    if label in LABELS:
        return True, LABELS[label]
    if label in _TYPES:
        return True, _TYPES[label]
    return False, None


@dataclass(frozen=True, slots=True)
class AliasEntry:
    name: str
    type: EntityType
    aliases: tuple[str, ...]


@lru_cache(maxsize=8)
def _alias_table(pack_path: str) -> dict[str, AliasEntry]:
    pack = get_pack(pack_path)
    data: Any = pack.load("aliases.yaml", default={}) or {}
    table: dict[str, AliasEntry] = {}
    for item in data.get("entities", []) if isinstance(data, dict) else []:
        try:
            kind = _TYPES.get(str(item.get("type", "ORG")).upper())
            if kind is None:
                raise ValueError(f"unknown type {item.get('type')!r}")
            entry = AliasEntry(str(item["name"]), kind, tuple(map(str, item.get("aliases", []))))
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise PackError(f"{pack.path / 'aliases.yaml'}: bad entry {item!r}: {exc}") from exc
        for name in (entry.name, *entry.aliases):
            table[exact_key(name)] = entry
    return table


def alias_table(pack: Pack) -> dict[str, AliasEntry]:
    """The pack's ``aliases.yaml`` indexed by every name (casefolded, no leading "the")."""
    return _alias_table(str(pack.path))


def owned_alias(
    table: dict[str, AliasEntry], nominative: str, country_of: Callable[[str], str | None]
) -> AliasEntry | None:
    """The entry a body's name has once its owner country after it is left out, where the
    entry is that country's ("Государственный комитет национальной безопасности Кыргызстана"
    is the pack's ГКНБ of Kyrgyzstan; the same words with "Таджикистана" are another body).
    ``country_of`` gives a word's country in English, or None (round 22)."""
    words = nominative.split()
    for count in (1, 2):  # "Кыргызстана", "Кыргызской Республики"
        if len(words) - count < 2:
            break
        entry = table.get(exact_key(" ".join(words[:-count])))
        if entry is None:
            continue
        country = country_of(" ".join(words[-count:]))
        if country and country.casefold() in entry.name.casefold():
            return entry
    return None
