"""jsonl: the contract as before, every line valid, with the reviews beside it."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from dossier import verbs
from dossier.contract import from_contract, to_contract, validate
from dossier.errors import QueryError
from dossier.export import EXPORTERS, get_exporter


def test_lines_validate_and_read_back(built_db: Path) -> None:
    lines = list(verbs.export_lines("jsonl", built_db))
    plain = list(verbs.export_jsonl(built_db))  # the contract as the store keeps it
    assert len(lines) == len(plain) == 3
    for line, stored in zip(lines, plain, strict=True):
        record = json.loads(line)
        validate(record)
        review = record.pop("review")
        assert record == json.loads(stored)  # nothing else changed
        assert to_contract(from_contract(json.loads(line))) == to_contract(
            from_contract(json.loads(stored))
        )
        assert set(review["events"]) == {e["id"] for e in record["events"]}
        assert all(e["status"] == "unreviewed" for e in review["events"].values())


def test_reviews_are_beside_the_contract(db: Path) -> None:
    (row,) = [r for r in verbs.timeline(db) if r.type == "detention"]
    verbs.review_fact("ana", "happening", row.happening_id, "reject", db=db)
    verbs.review_fact("ana", "event", "d1/v3", "edit", "recruitment", "type", db=db)
    verbs.judge("ana", "split", "d1", "d3", "copy", db=db)
    records = {r["document"]["id"]: r for r in map(json.loads, verbs.export_lines("jsonl", db))}
    d1 = records["d1"]["review"]
    assert d1["events"]["v1"] == {
        "happening": row.happening_id, "status": "rejected", "fields": [], "reviews": 1,
    }  # fmt: skip
    assert d1["events"]["v3"]["status"] == "edited" and d1["events"]["v3"]["fields"] == ["type"]
    assert records["d2"]["review"]["events"]["v1"]["status"] == "rejected"
    assert d1["document"]["status"] == "reviewed"
    assert records["d1"]["events"][0]["type"] == "detention"  # the machine's values stay


def test_the_registry() -> None:
    assert list(EXPORTERS) == ["jsonl", "ftm", "acled", "geojson", "csv", "parquet"]
    for name, exporter in EXPORTERS.items():
        assert exporter.name == name and exporter.version >= 1 and exporter.description
        assert exporter.id == f"{name}.v{exporter.version}"
    with pytest.raises(QueryError, match=r"unknown export format 'xml' \(available: jsonl, ftm"):
        get_exporter("xml")
    with pytest.raises(QueryError, match="writes a folder"):
        verbs.export_lines("csv")
    with pytest.raises(QueryError, match="writes one file"):
        verbs.export_folder("ftm", "out")
