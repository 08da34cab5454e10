"""CSV and Parquet tables: readable, the documented columns, one row per record, evidence
that is the document's own words, review status."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pyarrow.parquet as pq
import pytest

from dossier import verbs
from dossier.errors import OutputError
from dossier.export import EXPORTERS
from dossier.export.base import FolderExporter
from dossier.export.folder import MANIFEST
from dossier.export.tables import COLUMNS

# five happenings: the detention (three reports), the toll, the drive, the statement and the
# planned recruitment, whose two copies are one happening though it lies after both were
# published (round 18: a report told ahead is not bound by its publication date)
EXPECTED = {
    "documents": 3, "entities": 9, "mentions": 21, "happenings": 5, "reports": 11,
    "citations": 5, "copy_groups": 2,
}  # fmt: skip


def read_csv(folder: Path, table: str) -> list[dict[str, str]]:
    with (folder / f"{table}.csv").open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def test_csv_tables(built_db: Path, tmp_path: Path) -> None:
    out = tmp_path / "tables"
    written = verbs.export_folder("csv", out, built_db)
    assert written == {f"{t}.csv": n for t, n in EXPECTED.items()}
    assert sorted(p.name for p in out.iterdir()) == sorted([*written, MANIFEST])
    manifest = json.loads((out / MANIFEST).read_text(encoding="utf-8"))
    assert manifest["format"] == "csv" and manifest["files"] == written
    for table, count in EXPECTED.items():
        rows = read_csv(out, table)
        assert len(rows) == count
        assert list(rows[0]) == [c for c, _ in COLUMNS[table]]
        assert all(r["review_status"] == "unreviewed" for r in rows)
    reports = {r["key"]: r for r in read_csv(out, "reports")}
    casualty = reports["d1/v2"]
    assert json.loads(casualty["numbers"]) == ["At least 93"]
    assert json.loads(casualty["sources"]) == ["Asiaplus.tj"]
    assert casualty["place"] == "Ukraine" and casualty["precision"] == "month"
    groups = read_csv(out, "copy_groups")
    assert [(g["document_id"], g["is_original"]) for g in groups] == [
        ("d1", "True"), ("d3", "False"),
    ]  # fmt: skip


def test_every_span_is_the_documents_words(built_db: Path, tmp_path: Path) -> None:
    out = tmp_path / "tables"
    verbs.export_folder("csv", out, built_db)
    texts = {d["id"]: d for d in read_csv(out, "documents")}
    full = {d.id: d.text for d in verbs.export_data(built_db).documents}
    assert {k: int(v["characters"]) for k, v in texts.items()} == {
        k: len(v) for k, v in full.items()
    }
    for table, doc, prefix in (
        ("reports", "document_id", "evidence_"), ("happenings", "evidence_document", "evidence_"),
        ("entities", "evidence_document", "evidence_"), ("mentions", "document_id", ""),
        ("citations", "document_id", ""),
    ):  # fmt: skip
        for row in read_csv(out, table):
            start, end = int(row[f"{prefix}start"]), int(row[f"{prefix}end"])
            text = row[f"{prefix}text" if prefix else "text"]
            assert full[row[doc]][start:end] == text, (table, row)


def test_parquet_tables(built_db: Path, tmp_path: Path) -> None:
    out = tmp_path / "parquet"
    written = verbs.export_folder("parquet", out, built_db)
    assert written == {f"{t}.parquet": n for t, n in EXPECTED.items()}
    for table, count in EXPECTED.items():
        arrow = pq.read_table(out / f"{table}.parquet")
        assert arrow.num_rows == count
        assert arrow.column_names == [c for c, _ in COLUMNS[table]]
    happenings = pq.read_table(out / "happenings.parquet").to_pylist()
    detention = next(h for h in happenings if h["type"] == "detention")
    assert detention["sources"] == ["Kloop.kg", "Kaktus Media"]  # a list, not text
    assert detention["reports"] == 3 and detention["lat"] == pytest.approx(42.87)


def test_review_status_after_reviews(db: Path, tmp_path: Path) -> None:
    (row,) = [r for r in verbs.timeline(db) if r.type == "detention"]
    verbs.review_fact("ana", "happening", row.happening_id, "accept", db=db)
    verbs.review_fact("ana", "event", "d2/v1", "edit", "Osh", "place", db=db)
    verbs.judge("ana", "split", "Kirill Kabanov", "Wagner Group", db=db)
    out = tmp_path / "reviewed"
    verbs.export_folder("parquet", out, db)
    happenings = pq.read_table(out / "happenings.parquet").to_pylist()
    detention = next(h for h in happenings if h["type"] == "detention")
    assert detention["review_status"] == "accepted" and detention["reviews"] == 2
    reports = {r["key"]: r for r in pq.read_table(out / "reports.parquet").to_pylist()}
    assert reports["d2/v1"]["review_status"] == "accepted"  # its happening's
    assert (reports["d2/v1"]["place"], reports["d2/v1"]["reviewed_fields"]) == ("Osh", ["place"])
    assert reports["d1/v2"]["review_status"] == "unreviewed"
    entities = {e["name"]: e for e in pq.read_table(out / "entities.parquet").to_pylist()}
    assert entities["Kirill Kabanov"]["review_status"] == "reviewed"
    assert entities["Bishkek"]["review_status"] == "unreviewed"


def test_a_folder_export_replaces_only_an_earlier_export(built_db: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    verbs.export_folder("csv", out, built_db)
    verbs.export_folder("parquet", out, built_db)  # an earlier export: replaced whole
    assert not list(out.glob("*.csv")) and list(out.glob("*.parquet"))
    other = tmp_path / "notes"
    other.mkdir()
    (other / "mine.txt").write_text("keep", encoding="utf-8")
    with pytest.raises(OutputError, match="other files"):
        verbs.export_folder("csv", other, built_db)
    assert [p.name for p in other.iterdir()] == ["mine.txt"]
    with pytest.raises(OutputError, match="is a file"):
        verbs.export_folder("csv", other / "mine.txt", built_db)
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".")]  # no leftovers


def test_a_failed_folder_export_leaves_the_earlier_one(
    built_db: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "out"
    verbs.export_folder("csv", out, built_db)
    before = {p.name: p.read_bytes() for p in out.iterdir()}

    def broken(data: object, folder: Path) -> dict[str, int]:
        (folder / "documents.csv").write_text("half", encoding="utf-8")
        raise OSError(28, "No space left on device")

    monkeypatch.setitem(EXPORTERS, "csv", FolderExporter("csv", 1, "broken", broken))
    with pytest.raises(OutputError, match="No space left"):
        verbs.export_folder("csv", out, built_db)
    assert {p.name: p.read_bytes() for p in out.iterdir()} == before
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".")]
