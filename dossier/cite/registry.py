"""The outlet registry: outlet names, aliases and web domains resolve to one OUTLET id.

The data lives in the domain pack (``outlets.yaml``); users add their own files with the
same shape. Lookup is forgiving in the ways citations vary in print: case, a leading
"the", guillemets and quotes (``«Коммерсантъ»``), a trailing possessive ("Reuters'"),
a URL or bare domain ("https://www.kloop.kg/..."), and Russian case endings
("по данным «Коммерсанта»").
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from dossier.errors import PackError
from dossier.packs import Pack

OUTLETS_FILE = "outlets.yaml"

# Hosts where the path, not the host, names the source: t.me/fargonalilar is one channel,
# not "Telegram" as an outlet.
PLATFORM_HOSTS = frozenset(
    {
        "t.me",
        "telegram.me",
        "telegram.org",
        "youtube.com",
        "youtu.be",
        "twitter.com",
        "x.com",
        "facebook.com",
        "fb.com",
        "instagram.com",
        "vk.com",
        "ok.ru",
        "tiktok.com",
        "dzen.ru",
        "zen.yandex.ru",
        "livejournal.com",
        "medium.com",
        "substack.com",
    }
)

_QUOTES = "«»\"“”„‟'’‘`"
_DOMAIN = re.compile(
    r"^(?:https?://)?(?:www\.)?((?:[a-z0-9-]+\.)+[a-z]{2,})(/[^\s?#]*)?", re.IGNORECASE
)
_LEADING_THE = re.compile(r"^(?:the|a)\s+", re.IGNORECASE)
_POSSESSIVE = re.compile(r"(?:'s|’s|'|’)$")
_SPACES = re.compile(r"\s+")
# Russian noun and adjective endings, longest first, so "Коммерсанта" meets "Коммерсантъ".
_RU_ENDINGS = (
    "ами", "ями", "ого", "его", "ому", "ему", "ыми", "ими",
    "ой", "ей", "ом", "ем", "ам", "ям", "ах", "ях", "ов", "ев", "ых", "их", "ую", "ая", "ое",
    "а", "я", "у", "ю", "е", "и", "ы", "ь", "ъ", "о",
)  # fmt: skip
_CYRILLIC = re.compile(r"[а-яё]", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class Outlet:
    """One news outlet or publisher, as the pack describes it."""

    id: str
    name: str
    aliases: tuple[str, ...] = ()
    domains: tuple[str, ...] = ()
    country: str | None = None
    languages: tuple[str, ...] = ()
    parent: str | None = None  # the outlet this one is a service of (Radio Ozodi -> RFE/RL)

    @property
    def language(self) -> str | None:
        return self.languages[0] if self.languages else None


def normalize_name(name: str) -> str:
    """The key a name is looked up under: case-folded, unquoted, no leading article."""
    text = name.strip().strip(_QUOTES).strip()
    text = _POSSESSIVE.sub("", text).strip(_QUOTES)
    text = _LEADING_THE.sub("", text)
    text = text.replace("ё", "е").replace("Ё", "Е")
    return _SPACES.sub(" ", text).casefold().strip(" .,;:")


def _ru_stem(key: str) -> str | None:
    """The key without one Russian case ending, for Cyrillic names of 4+ letters; a Latin
    domain ending stays ("«Газете.uz»" and "Газета.uz" share "газет.uz", round 16)."""
    if not _CYRILLIC.search(key) or len(key) < 4:
        return None
    suffix = _LATIN_SUFFIX.search(key)
    tail = suffix.group(0) if suffix is not None else ""
    word = key[: len(key) - len(tail)]
    for ending in _RU_ENDINGS:
        if word.endswith(ending) and len(word) - len(ending) >= 3:
            return word[: -len(ending)] + tail
    return key


# a Cyrillic name's Latin domain ending, written after it ("Газета.uz")
_LATIN_SUFFIX = re.compile(r"(?<=[а-яё])\.[a-z]{2,6}$")


def split_domain(name: str) -> tuple[str, str] | None:
    """(host, path) when ``name`` looks like a URL or bare domain, else None."""
    match = _DOMAIN.match(name.strip())
    if match is None or " " in name.strip():
        return None
    return match.group(1).casefold(), (match.group(2) or "").rstrip("/").casefold()


class OutletRegistry:
    """Outlets by name, alias and domain. Build with :meth:`from_pack` or :meth:`from_data`."""

    def __init__(self, outlets: Iterable[Outlet]) -> None:
        self._by_id: dict[str, Outlet] = {}
        for outlet in outlets:
            self._by_id[outlet.id] = outlet  # a later entry with the same id replaces it
        self._by_key: dict[str, Outlet] = {}
        self._by_stem: dict[str, Outlet] = {}
        self._by_domain: dict[str, Outlet] = {}
        for outlet in self._by_id.values():
            self._index(outlet)

    def _index(self, outlet: Outlet) -> None:
        for name in (outlet.name, *outlet.aliases):
            key = normalize_name(name)
            other = self._by_key.get(key)
            if other is not None and other.id != outlet.id:
                raise PackError(f"outlet name {name!r} is claimed by {other.id} and {outlet.id}")
            self._by_key[key] = outlet
            stem = _ru_stem(key)
            if stem is not None:
                self._by_stem.setdefault(stem, outlet)
        for domain in outlet.domains:
            self._by_domain[domain.casefold().removeprefix("www.")] = outlet

    @classmethod
    def from_data(cls, data: Any, origin: str = "outlets") -> OutletRegistry:
        return cls(_parse_outlets(data, origin))

    @classmethod
    def from_pack(cls, pack: Pack, extra: Sequence[Path] = ()) -> OutletRegistry:
        """The pack's outlets, then those of each ``extra`` file (same shape), in order."""
        outlets = _parse_outlets(pack.load(OUTLETS_FILE, default={"outlets": []}), pack.name)
        for path in extra:
            try:
                data = yaml.safe_load(Path(path).read_text(encoding="utf-8"))
            except (OSError, yaml.YAMLError) as exc:
                raise PackError(f"{path}: cannot read outlets: {exc}") from exc
            outlets.extend(_parse_outlets(data, str(path)))
        return cls(outlets)

    def __len__(self) -> int:
        return len(self._by_id)

    def __iter__(self) -> Iterable[Outlet]:
        return iter(self._by_id.values())

    def get(self, outlet_id: str) -> Outlet | None:
        return self._by_id.get(outlet_id)

    def lookup(self, name_or_domain: str) -> Outlet | None:
        """The outlet a name, alias, URL or domain stands for, or None when unknown."""
        key = normalize_name(name_or_domain)
        if not key:
            return None
        found = self._by_key.get(key)
        if found is not None:
            return found
        parts = split_domain(key)
        found = self._lookup_domain(*parts) if parts is not None else None
        if found is not None or (parts is not None and not _CYRILLIC.search(key)):
            return found
        stem = _ru_stem(key)
        return self._by_stem.get(stem) if stem is not None else None

    def _lookup_domain(self, host: str, path: str) -> Outlet | None:
        if host in PLATFORM_HOSTS:
            return self._by_key.get(f"{host}{path}")
        labels = host.split(".")
        # rus.azattyq.org -> azattyq.org: try the host, then each parent domain
        for i in range(len(labels) - 1):
            found = self._by_domain.get(".".join(labels[i:]))
            if found is not None:
                return found
        return None


def _parse_outlets(data: Any, origin: str) -> list[Outlet]:
    if not isinstance(data, dict) or not isinstance(data.get("outlets", []), list):
        raise PackError(f"{origin}: outlets file must be a mapping with an 'outlets' list")
    outlets = []
    for i, item in enumerate(data.get("outlets") or []):
        if not isinstance(item, dict) or not item.get("id") or not item.get("name"):
            raise PackError(f"{origin}: outlet #{i + 1} needs an 'id' and a 'name'")
        outlets.append(
            Outlet(
                id=str(item["id"]),
                name=str(item["name"]),
                aliases=tuple(str(a) for a in item.get("aliases") or ()),
                domains=tuple(str(d).casefold() for d in item.get("domains") or ()),
                country=str(item["country"]) if item.get("country") else None,
                languages=tuple(str(x) for x in item.get("languages") or ()),
                parent=str(item["parent"]) if item.get("parent") else None,
            )
        )
    return outlets


def outlet_name(written: str, registry: OutletRegistry) -> str | None:
    """The name of the outlet ``written`` stands for, as the registry writes it nearest to
    that form ("Интерфаксу" -> "Интерфакс", "«Ведомостям»" -> "Ведомости"); None when the
    registry does not know it."""
    written = written.strip('«»"“”')
    outlet = registry.lookup(written)
    if outlet is None and "«" in written:  # "Радио «Озоди»": the name without its marks
        written = re.sub(r"\s*[«»]\s*", " ", written).strip()
        outlet = registry.lookup(written)
    if outlet is None:
        return None
    folded = written.casefold()

    def shared(candidate: str) -> int:
        """How many first letters ``candidate`` shares with the written form."""
        pairs = zip(candidate.casefold(), folded, strict=False)
        return next(
            (i for i, (a, b) in enumerate(pairs) if a != b), min(len(candidate), len(folded))
        )

    return max((outlet.name, *outlet.aliases), key=lambda c: (shared(c), -len(c)))
