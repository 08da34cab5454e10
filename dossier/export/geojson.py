"""``geojson``: places with their happenings, as one GeoJSON FeatureCollection (RFC 7946).

One Point feature per place entity that has coordinates and a happening (as the workbench's
map: a happening is at a place when a report gives it as the place, or its words name it).
Happenings an analyst rejected are left out, as on the map; negated, planned and hypothetical
ones stay, with their modality. A place without coordinates is not on the map, and a
happening at no known place is in no feature.

The collection is written one feature per line, so that it streams and diffs well::

    {"type": "FeatureCollection", "features": [
    {"type": "Feature", "id": ..., "geometry": {"type": "Point", "coordinates": [lon, lat]},
     "properties": {"name", "entity_id", "country", "happenings": [{"id", "type", "date",
                    "precision", "basis", "summary", "modality", "role", "reports",
                    "sources", "review_status", "reviewed_fields", "evidence"}]}},
    ...
    ]}
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterator
from typing import Any

from dossier.export.base import LineExporter
from dossier.export.records import REJECTED, ExportData, HappeningRecord


def lines(data: ExportData) -> Iterator[str]:
    roles = _roles(data)
    happenings = {h.id: h for h in data.happenings}
    yield '{"type": "FeatureCollection", "features": ['
    first = True
    for e in data.entities:
        found = roles.get(e.id)
        if e.type != "PLACE" or e.lat is None or e.lon is None or not found:
            continue
        rows = [_happening(happenings[h], role) for h, role in found.items() if h in happenings]
        rows.sort(key=lambda r: (r["date"] is None, r["date"] or "", r["id"]))
        feature = {
            "type": "Feature",
            "id": e.id,
            "geometry": {"type": "Point", "coordinates": [e.lon, e.lat]},
            "properties": {
                "name": e.name, "entity_id": e.id, "country": e.country,
                "review_status": e.review.status, "happenings": rows,
            },
        }  # fmt: skip
        yield ("" if first else ",") + json.dumps(feature, ensure_ascii=False)
        first = False
    yield "]}"


def _roles(data: ExportData) -> dict[str, dict[str, str]]:
    """place entity -> happening -> "place" (a report's or an analyst's place) or "named"."""
    shown = {h.id for h in data.happenings if h.review.status != REJECTED}
    out: dict[str, dict[str, str]] = defaultdict(dict)
    for r in data.reports:
        if r.happening_id not in shown:
            continue
        for entity_id in r.named:
            out[entity_id].setdefault(r.happening_id, "named")
        if r.place and r.place.entity_id:
            out[r.place.entity_id][r.happening_id] = "place"
    for h in data.happenings:
        if h.id in shown and h.place and h.place.entity_id:
            out[h.place.entity_id][h.id] = "place"
    return out


def _happening(h: HappeningRecord, role: str) -> dict[str, Any]:
    return {
        "id": h.id, "type": h.type, "date": h.when, "precision": h.precision, "basis": h.basis,
        "summary": h.summary, "modality": h.modality, "role": role, "reports": len(h.reports),
        "sources": list(h.sources), "review_status": h.review.status,
        "reviewed_fields": list(h.review.fields),
        "evidence": {
            "document_id": h.evidence.document_id, "start": h.evidence.start,
            "end": h.evidence.end, "text": h.evidence.text,
        },
    }  # fmt: skip


EXPORTER = LineExporter("geojson", 1, "a GeoJSON FeatureCollection of places", lines)
