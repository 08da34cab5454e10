"""GeoJSON: a valid FeatureCollection of places with their happenings (RFC 7946)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from dossier import verbs


def collection(db: Path) -> dict[str, Any]:
    found: dict[str, Any] = json.loads("\n".join(verbs.export_lines("geojson", db)))
    return found


def test_a_valid_feature_collection(built_db: Path) -> None:
    data = collection(built_db)
    assert set(data) == {"type", "features"} and data["type"] == "FeatureCollection"
    assert data["features"]
    for feature in data["features"]:
        assert feature["type"] == "Feature" and isinstance(feature["id"], str)
        geometry = feature["geometry"]
        assert geometry["type"] == "Point"
        lon, lat = geometry["coordinates"]
        assert isinstance(lon, float) and isinstance(lat, float)
        assert -180 <= lon <= 180 and -90 <= lat <= 90
        assert isinstance(feature["properties"]["name"], str)
        assert feature["properties"]["happenings"]


def test_places_with_their_happenings(built_db: Path) -> None:
    places = {f["properties"]["name"]: f for f in collection(built_db)["features"]}
    assert set(places) == {"Bishkek", "Ukraine", "Moscow", "Kyrgyzstan"}
    assert places["Bishkek"]["geometry"]["coordinates"] == [74.59, 42.87]  # lon, lat
    (detention,) = places["Bishkek"]["properties"]["happenings"]
    assert detention["type"] == "detention" and detention["role"] == "place"
    assert (detention["date"], detention["precision"]) == ("2023-01", "month")
    assert detention["reports"] == 3 and detention["sources"] == ["Kloop.kg", "Kaktus Media"]
    evidence = detention["evidence"]
    text = next(d.text for d in verbs.export_data(built_db).documents if d.id == "d1")
    assert text[evidence["start"] : evidence["end"]] == evidence["text"]
    assert detention["review_status"] == "unreviewed"
    # named in the casualty's words, without being its place
    (named,) = places["Kyrgyzstan"]["properties"]["happenings"]
    assert (named["type"], named["role"]) == ("casualty", "named")


def test_rejected_happenings_leave_the_map(db: Path) -> None:
    ids = {r.type: r.happening_id for r in verbs.timeline(db)}
    verbs.review_fact("ana", "happening", ids["casualty"], "reject", db=db)
    verbs.review_fact("ana", "happening", ids["detention"], "accept", db=db)
    places = {f["properties"]["name"]: f for f in collection(db)["features"]}
    assert "Ukraine" not in places and "Kyrgyzstan" not in places
    (detention,) = places["Bishkek"]["properties"]["happenings"]
    assert detention["review_status"] == "accepted"
