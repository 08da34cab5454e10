"""FollowTheMoney export: every entity valid for followthemoney, links resolved, ids stable."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from followthemoney import model
from followthemoney.exc import InvalidData

from dossier import verbs
from dossier.export.ftm import dates, ftm_id


def entities(db: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in verbs.export_lines("ftm", db)]


def strictly_valid(data: dict[str, Any]) -> None:
    """What Aleph's loader would refuse: an unknown schema or property, a value that does
    not parse as its type (dates, countries, URLs, lengths), a missing required property, or
    a value that cleaning would change."""
    assert set(data) == {"id", "schema", "properties"}, data
    schema = model.get(data["schema"])
    assert schema is not None and not schema.abstract, data["schema"]
    assert data["id"] and len(data["id"]) <= 200
    unknown = set(data["properties"]) - set(schema.properties)
    assert not unknown, (data["schema"], unknown)
    schema.validate(data)  # raises InvalidData
    assert set(schema.required) <= set(data["properties"]), (data["schema"], schema.required)
    cleaned = model.get_proxy(data, cleaned=False).to_dict()["properties"]
    assert {k: sorted(v) for k, v in cleaned.items()} == {
        k: sorted(v) for k, v in data["properties"].items()
    }, data["schema"]


def test_every_entity_is_valid(built_db: Path) -> None:
    found = entities(built_db)
    assert found
    for data in found:
        strictly_valid(data)


def test_the_validation_is_strict() -> None:
    with pytest.raises((InvalidData, AssertionError)):
        strictly_valid({"id": "x", "schema": "Event", "properties": {"date": ["2022-SU"]}})


def test_every_link_points_at_an_entity_of_its_range(built_db: Path) -> None:
    found = {e["id"]: e for e in entities(built_db)}
    assert len(found) == len(entities(built_db))  # ids unique
    for data in found.values():
        schema = model.get(data["schema"])
        for name, values in data["properties"].items():
            prop = schema.get(name)
            if prop.type.name != "entity":
                continue
            for value in values:
                assert value in found, (data["schema"], name, value)
                assert model.get(found[value]["schema"]).is_a(prop.range), (name, value)


def test_the_schemata_of_the_base(built_db: Path) -> None:
    found = entities(built_db)
    by_schema: dict[str, list[dict[str, Any]]] = {}
    for data in found:
        by_schema.setdefault(data["schema"], []).append(data)
    assert len(by_schema["Article"]) == 3
    assert {"Person", "Organization", "Address", "Event", "Mention", "Documentation",
            "UnknownLink"} <= set(by_schema)  # fmt: skip
    (kabanov,) = [p for p in by_schema["Person"] if p["properties"]["name"] == ["Kirill Kabanov"]]
    bishkek = next(a for a in by_schema["Address"] if a["properties"]["name"] == ["Bishkek"])
    assert bishkek["properties"]["latitude"] == ["42.87"]
    assert bishkek["properties"]["country"] == ["kg"]
    events = {e["properties"]["summary"][0]: e["properties"] for e in by_schema["Event"]}
    season = next(p for s, p in events.items() if s.startswith("In the summer of 2022"))
    assert (season["startDate"], season["endDate"]) == (["2022-06-01"], ["2022-08-31"])
    assert kabanov["id"] in season["involved"]
    detention = next(p for s, p in events.items() if s.startswith("Askar"))
    assert detention["date"] == ["2023-01"]
    assert detention["addressEntity"] == [bishkek["id"]]
    assert len(detention["proof"]) == 3  # the analysis, its copy and the second report


def test_reports_carry_their_evidence_and_review_status(db: Path) -> None:
    (row,) = [r for r in verbs.timeline(db) if r.type == "detention"]
    verbs.review_fact("ana", "happening", row.happening_id, "accept", db=db)
    reports = [
        e for e in entities(db)
        if e["schema"] == "Documentation" and e["properties"]["role"][0].startswith("report")
    ]  # fmt: skip
    detention = [r for r in reports if "detained" in r["properties"]["summary"][0]]
    assert len(detention) == 3 and all(r["properties"]["status"] == ["accepted"] for r in detention)
    first = next(r for r in detention if "Kloop.kg" in r["properties"]["summary"][0])
    assert "evidence document d1: 0-85 «Askar" in first["properties"]["description"][0]
    others = [r for r in reports if r not in detention]
    assert others and all(r["properties"]["status"] == ["unreviewed"] for r in others)


def test_mentions_name_the_spans(built_db: Path) -> None:
    found = entities(built_db)
    mentions = [e for e in found if e["schema"] == "Mention"]
    assert {m["properties"]["detectedSchema"][0] for m in mentions} >= {"Person", "Organization"}
    named = [e for e in found if e["schema"] == "Documentation"
             and e["properties"]["role"] == ["named in"]]  # fmt: skip
    wagner = [n for n in named if n["properties"]["summary"] == ["Wagner Group"]]
    assert wagner and "«Wagner Group»; " in wagner[0]["properties"]["description"][0]


def test_ids_are_stable(built_db: Path, db: Path) -> None:
    first = [e["id"] for e in entities(built_db)]
    assert first == [e["id"] for e in entities(db)]  # another file, the same base
    assert ftm_id("document", "d1") == ftm_id("document", "d1") != ftm_id("entity", "d1")


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2023-08-30", {"date": "2023-08-30"}),
        ("2023-05", {"date": "2023-05"}),
        ("2023", {"date": "2023"}),
        ("2022-Q3", {"date": "2022", "startDate": "2022-07-01", "endDate": "2022-09-30"}),
        ("2022-WI", {"startDate": "2022-12-01", "endDate": "2023-02-28"}),
        ("2023-W14", {"date": "2023", "startDate": "2023-04-03", "endDate": "2023-04-09"}),
        ("XXXX-08-30", {}),
        (None, {}),
    ],
)
def test_dates_keep_their_precision(value: str | None, expected: dict[str, str]) -> None:
    assert dates(value) == expected
