"""ACLED-shaped CSV: ACLED's columns and codes, the pack's mapping, the analysts' reviews."""

from __future__ import annotations

import csv
import io
import json
from datetime import date
from pathlib import Path

import pytest

from dossier import verbs
from dossier.errors import PackError
from dossier.export.acled import COLUMNS, csv_line, event_date, fatalities, source_scale
from dossier.export.records import Evidence, NumberRecord, ReportRecord
from dossier.packs import PACKS_DIR, SCHEMA_DIR, get_pack, validate

ACLED = [
    "event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type",
    "sub_event_type", "actor1", "assoc_actor_1", "actor2", "assoc_actor_2", "iso", "country",
    "location", "latitude", "longitude", "geo_precision", "source", "source_scale", "notes",
    "fatalities",
]  # fmt: skip


def rows(db: Path) -> list[dict[str, str]]:
    text = "\n".join(verbs.export_lines("acled", db)) + "\n"
    return list(csv.DictReader(io.StringIO(text)))


def by_type(db: Path) -> dict[str, dict[str, str]]:
    return {r["dossier_type"]: r for r in rows(db)}


def test_acled_columns_first_then_ours(built_db: Path) -> None:
    header = next(iter(verbs.export_lines("acled", built_db))).split(",")
    assert header[: len(ACLED)] == ACLED
    assert {"dossier_happening_id", "evidence_document", "evidence_start", "evidence_end",
            "evidence", "review_status"} <= set(header[len(ACLED):])  # fmt: skip
    assert tuple(header) == COLUMNS


def test_one_row_per_shown_happening(built_db: Path) -> None:
    found = rows(built_db)
    shown = verbs.timeline(built_db)  # asserted, dated, not rejected
    assert sorted(r["dossier_happening_id"] for r in found) == sorted(r.happening_id for r in shown)
    assert "planned" not in {r["dossier_type"] for r in found}
    assert len({r["event_id_cnty"] for r in found}) == len(found)


def test_dates_and_time_precision(built_db: Path) -> None:
    found = by_type(built_db)
    detention, recruitment = found["detention"], found["recruitment"]
    assert (detention["event_date"], detention["time_precision"]) == ("2023-01-16", "3")
    assert detention["dossier_date"] == "2023-01" and detention["dossier_precision"] == "month"
    assert (recruitment["event_date"], recruitment["time_precision"]) == ("2023-04-06", "2")
    statement = found["statement"]  # a season: ACLED has no code for it; its middle, 3
    assert (statement["event_date"], statement["time_precision"]) == ("2022-07-16", "3")
    assert detention["year"] == "2023"


@pytest.mark.parametrize(
    ("value", "precision", "expected"),
    [
        ("2023-08-30", "day", (date(2023, 8, 30), 1)),
        ("2023-W14", "week", (date(2023, 4, 6), 2)),
        ("2023-02", "month", (date(2023, 2, 14), 3)),
        ("2023-05", "month", (date(2023, 5, 16), 3)),
        ("2023-Q2", "quarter", (date(2023, 5, 16), 3)),
        ("2023", "year", (date(2023, 7, 2), 3)),
        ("XXXX-08-30", "day", None),
    ],
)
def test_event_date(value: str, precision: str, expected: tuple[date, int] | None) -> None:
    assert event_date(value, precision) == expected


def test_types_places_sources_and_fatalities(built_db: Path) -> None:
    found = by_type(built_db)
    detention, casualty = found["detention"], found["casualty"]
    assert (detention["event_type"], detention["sub_event_type"]) == (
        "Strategic developments", "Arrests",
    )  # fmt: skip
    assert (detention["actor2"], detention["location"]) == ("Askar Kubanychbek-uulu", "Bishkek")
    assert (detention["country"], detention["iso"]) == ("Kyrgyzstan", "417")
    assert (detention["latitude"], detention["longitude"]) == ("42.8700", "74.5900")
    assert detention["geo_precision"] == "1"  # a city
    assert detention["event_id_cnty"].startswith("KGZ")
    assert detention["source"] == "Kloop.kg; Kaktus Media"
    assert detention["source_scale"] == "National"  # two Kyrgyz outlets, a Kyrgyz event
    assert detention["fatalities"] == "0"
    assert (casualty["event_type"], casualty["disorder_type"]) == ("Battles", "Political violence")
    assert casualty["fatalities"] == "93"  # "At least 93"
    assert casualty["geo_precision"] == "3"  # Ukraine: a country
    assert casualty["source_scale"] == "International"  # a Tajik outlet on Ukraine
    assert found["recruitment"]["actor1"] == "Wagner Group"
    statement = found["statement"]
    assert statement["location"] == "" and statement["event_id_cnty"].startswith("XXX")


def test_every_row_carries_its_evidence(built_db: Path) -> None:
    texts = {d.id: d.text for d in verbs.export_data(built_db).documents}
    for row in rows(built_db):
        start, end = int(row["evidence_start"]), int(row["evidence_end"])
        assert texts[row["evidence_document"]][start:end] == row["evidence"]
        assert row["review_status"] == "unreviewed"


def test_reviews_apply(db: Path) -> None:
    ids = {r["dossier_type"]: r["dossier_happening_id"] for r in rows(db)}
    verbs.review_fact("ana", "happening", ids["detention"], "accept", db=db)
    verbs.review_fact("ana", "happening", ids["casualty"], "reject", db=db)
    verbs.review_fact("ana", "happening", ids["recruitment"], "edit", "2023-04-05", "date", db=db)
    found = by_type(db)
    assert "casualty" not in found
    assert found["detention"]["review_status"] == "accepted"
    edited = found["recruitment"]
    assert (edited["event_date"], edited["time_precision"]) == ("2023-04-05", "1")
    assert (edited["review_status"], edited["reviewed_fields"]) == ("edited", "date")
    assert edited["dossier_date_basis"] == "reviewed"


def test_source_scale() -> None:
    assert source_scale(["Kloop"], "KG", "recruitment") == "National"
    assert source_scale(["Kloop", "Gazeta.uz"], "KG", "recruitment") == "National-International"
    assert source_scale(["T.me/fargonalilar"], "UZ", "recruitment") == "New media"
    assert source_scale(["Someone"], "UZ", "recruitment") == "Other"


def test_the_pack_maps_every_event_type() -> None:
    pack = get_pack(str(PACKS_DIR / "recruitment"))
    mapped = set(pack.load("acled.yaml")["types"])
    types = set(pack.load("events.yaml")["types"])
    assert types - mapped <= {"other"}  # "other" takes the default
    assert mapped <= types


def test_the_schema_refuses_a_sub_event_of_another_type() -> None:
    wrong = {"disorder_type": "Political violence", "event_type": "Battles",
             "sub_event_type": "Arrests"}  # fmt: skip
    with pytest.raises(PackError, match="types/detention"):
        validate({"types": {"detention": wrong}}, "acled.yaml", "acled.yaml")
    with pytest.raises(PackError, match="geo_precision"):
        validate({"types": {}, "geo_precision": {"city": 4}}, "acled.yaml", "acled.yaml")


def test_a_line_break_in_a_field_stays_in_its_field() -> None:
    line = csv_line(["a\nb", "c\rd", "e,f", 'say "g"', 1])
    assert next(csv.reader(io.StringIO(line + "\n"), strict=True)) == [
        "a\nb", "c\rd", "e,f", 'say "g"', "1",
    ]  # fmt: skip


def report(*numbers: tuple[float, str | None]) -> ReportRecord:
    words = Evidence("d", 0, 1, "x")
    found = tuple(NumberRecord(v, None, None, None, counted, words) for v, counted in numbers)
    return ReportRecord(
        "d/v", "d", "v", "d/v", "casualty", None, None, None, None, None, (), (), None, (), (),
        (), "asserted", 0.5, None, words, (words,), None, found,
    )  # fmt: skip


def test_fatalities_are_the_lowest_reported_toll() -> None:
    assert fatalities([report((93, "prisoners"), (3, "countries"))]) == 93
    assert fatalities([report((93, "prisoners")), report((60, "citizens"))]) == 60
    assert fatalities([report((23, None))]) == 0  # "Hemil Mangukiya, 23, was killed": an age
    assert fatalities([]) == 0


def test_the_mapping_schema_is_a_valid_json_schema() -> None:
    from jsonschema import Draft202012Validator

    schema = json.loads((SCHEMA_DIR / "acled.schema.json").read_text(encoding="utf-8"))
    Draft202012Validator.check_schema(schema)
