"""``acled``: an ACLED-shaped CSV, one row per happening, for tools built on ACLED's data.

Columns follow ACLED's codebook; the event types come from the domain pack's ``acled.yaml``
(data, checked by its schema). What each column holds, and what is lost, is in the README's
"Exports" section. In short:

- rows: the happenings the timeline shows (asserted or generic, not rejected by an analyst,
  with a date); the analysts' edits applied;
- ``event_date``: the day; for a week its middle (Thursday) with ``time_precision`` 2; for a
  month its middle (the 15th) with 3; for a coarser period (season, quarter, half-year,
  year) its middle with 3 as well, although ACLED would not record it: ``dossier_precision``
  says which;
- ``geo_precision``: from the gazetteer's kind of the place (``acled.yaml``: ``geo_precision``);
- ``source_scale``: National for an outlet of the event's country, International for one of
  another country, New media for Telegram channels, Other when the outlet is unknown;
- ``fatalities``: for types the pack marks, each report's largest count of something named,
  the lowest across reports (:func:`fatalities`); else 0;
- ``event_id_cnty``: the ISO 3166 alpha-3 code of the country (XXX when unknown) and a number
  in this export's order; join on ``dossier_happening_id`` across exports.
"""

from __future__ import annotations

import csv
import io
from collections import defaultdict
from collections.abc import Iterator, Sequence
from datetime import date, timedelta
from functools import lru_cache
from typing import Any

from dossier.export.base import LineExporter
from dossier.export.places import country_name, iso3, iso_numeric, place_kind
from dossier.export.records import (
    REJECTED,
    EntityRecord,
    ExportData,
    HappeningRecord,
    ReportRecord,
    entity_index,
)
from dossier.packs import get_pack
from dossier.store.queries import lookup_key
from dossier.timex import extent

COLUMNS = (
    "event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type",
    "sub_event_type", "actor1", "assoc_actor_1", "actor2", "assoc_actor_2", "iso",
    "country", "location", "latitude", "longitude", "geo_precision", "source",
    "source_scale", "notes", "fatalities",
    # ours: the happening, its date as the text gives it, its evidence and its review
    "dossier_happening_id", "dossier_type", "dossier_date", "dossier_precision",
    "dossier_date_basis", "dossier_reports", "dossier_conflicts", "evidence_document",
    "evidence_start", "evidence_end", "evidence", "review_status", "reviewed_fields",
)  # fmt: skip
SHOWN = ("asserted", "generic")  # the modalities the timeline shows by default
# ACLED's order of source scales, for a happening reported at several
_SCALES = ("Local", "Subnational", "National", "Regional", "International", "New media", "Other")


def lines(data: ExportData) -> Iterator[str]:
    mapping = _mapping(data.pack)
    entities = entity_index(data)
    reports: dict[str, list[ReportRecord]] = defaultdict(list)
    for r in data.reports:
        if r.happening_id:
            reports[r.happening_id].append(r)
    numbers: dict[str, int] = defaultdict(int)  # ISO3 -> rows so far
    yield csv_line(COLUMNS)
    for h in data.happenings:
        if h.when is None or h.modality not in SHOWN or h.review.status == REJECTED:
            continue
        when = event_date(h.when, h.precision or "")
        if when is None:
            continue  # a value the calendar cannot place ("XXXX-08-30")
        place = entities.get(h.place.entity_id or "") if h.place else None
        country = place.country if place else None
        code = iso3(country) or "XXX"
        numbers[code] += 1
        row = _row(h, when, place, reports[h.id], mapping, data.pack)
        row["event_id_cnty"] = f"{code}{numbers[code]}"
        yield csv_line([row.get(c, "") for c in COLUMNS])


def event_date(value: str, precision: str) -> tuple[date, int] | None:
    """ACLED's event date and time precision for a TIMEX3 value (its codebook: a day is 1;
    a week, 2, dated at its middle; a month, 3, dated at its middle)."""
    span = extent(value)
    if span is None:
        return None
    first, last = span
    middle = first + timedelta(days=(last - first).days // 2)
    if precision == "day":
        return first, 1
    return middle, 2 if precision == "week" else 3


def _row(
    h: HappeningRecord,
    when: tuple[date, int],
    place: EntityRecord | None,
    reports: Sequence[ReportRecord],
    mapping: dict[str, Any],
    pack: str,
) -> dict[str, Any]:
    types = mapping.get("types", {}).get(h.type) or mapping["default"]
    actors, targets = [p.name for p in h.actors], [p.name for p in h.targets]
    country = place.country if place else None
    evidence = " ".join(h.evidence.text.split())
    return {
        "event_date": when[0].isoformat(), "year": when[0].year, "time_precision": when[1],
        "disorder_type": types["disorder_type"], "event_type": types["event_type"],
        "sub_event_type": types["sub_event_type"],
        "actor1": actors[0] if actors else "", "assoc_actor_1": "; ".join(actors[1:]),
        "actor2": targets[0] if targets else "", "assoc_actor_2": "; ".join(targets[1:]),
        "iso": iso_numeric(country) or "", "country": country_name(country) or "",
        "location": place.name if place else (h.place.name if h.place else ""),
        "latitude": f"{place.lat:.4f}" if place and place.lat is not None else "",
        "longitude": f"{place.lon:.4f}" if place and place.lon is not None else "",
        "geo_precision": _geo_precision(place, mapping, pack),
        "source": "; ".join(h.sources), "source_scale": source_scale(h.sources, country, pack),
        "notes": h.summary if evidence in h.summary else f"{h.summary} «{evidence}»",
        "fatalities": fatalities(reports) if types.get("fatalities") else 0,
        "dossier_happening_id": h.id, "dossier_type": h.type, "dossier_date": h.when,
        "dossier_precision": h.precision, "dossier_date_basis": h.basis,
        "dossier_reports": len(h.reports),
        "dossier_conflicts": "; ".join(c.field for c in h.conflicts),
        "evidence_document": h.evidence.document_id, "evidence_start": h.evidence.start,
        "evidence_end": h.evidence.end, "evidence": h.evidence.text,
        "review_status": h.review.status, "reviewed_fields": "; ".join(h.review.fields),
    }  # fmt: skip


def fatalities(reports: Sequence[ReportRecord]) -> int:
    """Deaths as ACLED records them, the lowest figure reported: each report's largest count
    of something named ("at least 93 prisoners from the three countries" is 93; a bare
    number, such as an age, is none), then the lowest of those across the happening's
    reports; 0 when no report gives one."""
    tolls = []
    for r in reports:
        counts = [n.value for n in r.numbers if n.unit is None and n.counted and n.value >= 0]
        if counts and r.review.status != REJECTED:
            tolls.append(max(counts))
    return int(min(tolls)) if tolls else 0


def source_scale(sources: Sequence[str], country: str | None, pack: str) -> str:
    homes = _outlet_countries(pack)
    scales = set()
    for source in sources:
        key = lookup_key(source)
        if key.startswith("t me") or "telegram" in key:
            scales.add("New media")
        elif (home := homes.get(key)) is None or country is None:
            scales.add("Other")
        else:
            scales.add("National" if home == country.upper() else "International")
    return "-".join(s for s in _SCALES if s in scales)


def _geo_precision(place: EntityRecord | None, mapping: dict[str, Any], pack: str) -> Any:
    if place is None or place.lat is None:
        return ""
    kind = place_kind(place, pack)
    return int(mapping.get("geo_precision", {}).get(kind or "", 1))


@lru_cache(maxsize=4)
def _mapping(pack: str) -> dict[str, Any]:
    found: dict[str, Any] = dict(get_pack(pack).load("acled.yaml"))  # the pack caches its own
    found.setdefault(
        "default",
        {"disorder_type": "Strategic developments", "event_type": "Strategic developments",
         "sub_event_type": "Other"},
    )  # fmt: skip
    return found


@lru_cache(maxsize=4)
def _outlet_countries(pack: str) -> dict[str, str]:
    """Each outlet's home country by every name it goes by (the pack's outlets.yaml)."""
    out: dict[str, str] = {}
    for outlet in get_pack(pack).load("outlets.yaml", {}).get("outlets") or []:
        if outlet.get("country"):
            for name in (outlet["name"], *(outlet.get("aliases") or []),
                         *(outlet.get("domains") or [])):  # fmt: skip
                out[lookup_key(name)] = str(outlet["country"]).upper()
    return out


def csv_line(values: Sequence[Any]) -> str:
    """One CSV record without its line end. The writer quotes a field that holds any
    character of its line terminator, so the terminator must hold both "\r" and "\n"."""
    buffer = io.StringIO()
    csv.writer(buffer, lineterminator="\r\n").writerow(values)
    return buffer.getvalue().removesuffix("\r\n")


EXPORTER = LineExporter("acled", 1, "an ACLED-shaped CSV, one row per happening", lines)
