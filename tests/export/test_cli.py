"""`dossier export` end to end: every format to a file or a folder, the errors in one line."""

from __future__ import annotations

import csv
import json
import subprocess
from collections.abc import Callable
from pathlib import Path

import pyarrow.parquet as pq
import pytest

Cli = Callable[..., subprocess.CompletedProcess[str]]
FORMATS = "jsonl, ftm, acled, geojson, csv, parquet"


def one_error(result: subprocess.CompletedProcess[str]) -> str:
    assert result.returncode == 1, result.stdout
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    return lines[0]


@pytest.mark.slow  # a process per format
@pytest.mark.parametrize("name", ["jsonl", "ftm", "acled", "geojson"])
def test_a_file_format(name: str, db: Path, cli: Cli, tmp_path: Path) -> None:
    folder = tmp_path / "out"
    folder.mkdir()
    out = folder / f"export.{name}"
    result = cli("export", "--db", str(db), "--format", name, "-o", str(out))
    assert result.returncode == 0, result.stderr
    text = out.read_text(encoding="utf-8")
    if name in ("jsonl", "ftm"):
        assert all(json.loads(line) for line in text.splitlines())
    elif name == "acled":
        rows = list(csv.DictReader(text.splitlines(keepends=True)))
        assert rows and rows[0]["event_id_cnty"]
    else:
        assert json.loads(text)["type"] == "FeatureCollection"
    assert [p.name for p in folder.iterdir()] == [out.name]  # no temporary file left


@pytest.mark.slow
@pytest.mark.parametrize("name", ["csv", "parquet"])
def test_a_folder_format(name: str, db: Path, cli: Cli, tmp_path: Path) -> None:
    out = tmp_path / "out" / "tables"
    out.parent.mkdir()
    result = cli("export", "--db", str(db), "--format", name, "--output", str(out))
    assert result.returncode == 0, result.stderr
    manifest = json.loads((out / "export.json").read_text(encoding="utf-8"))
    assert manifest["format"] == name and manifest["files"][f"happenings.{name}"] > 0
    if name == "parquet":
        rows = pq.read_table(out / "reports.parquet").num_rows
        assert rows == manifest["files"]["reports.parquet"]
    assert [p.name for p in out.parent.iterdir()] == ["tables"]


def test_stdout_and_the_help(db: Path, cli: Cli) -> None:
    result = cli("export", "--db", str(db), "--format", "acled")
    assert result.returncode == 0 and result.stdout.startswith("event_id_cnty,")
    assert "jsonl|ftm|acled|geojson|csv|parquet" in cli("export", "--help").stdout


def test_an_unknown_format_is_one_line(db: Path, cli: Cli) -> None:
    line = one_error(cli("export", "--db", str(db), "--format", "xml"))
    assert f"unknown export format 'xml' (available: {FORMATS})" in line


def test_a_folder_format_needs_a_folder(db: Path, cli: Cli, tmp_path: Path) -> None:
    line = one_error(cli("export", "--db", str(db), "--format", "csv"))
    assert "--format csv writes a folder of files: give --output FOLDER" in line
    notes = tmp_path / "notes.txt"
    notes.write_text("mine", encoding="utf-8")
    line = one_error(cli("export", "--db", str(db), "--format", "parquet", "-o", str(notes)))
    assert "is a file" in line and notes.read_text(encoding="utf-8") == "mine"


@pytest.mark.parametrize(("name", "suffix"), [("acled", ""), ("csv", ""), ("parquet", "-wal")])
def test_the_database_is_refused(name: str, suffix: str, db: Path, cli: Cli) -> None:
    target = Path(str(db) + suffix)
    if not target.exists():
        target.write_bytes(b"")
    before = db.read_bytes()
    line = one_error(cli("export", "--db", str(db), "--format", name, "-o", str(target)))
    assert "is the database" in line
    assert db.read_bytes() == before


def test_a_failed_export_leaves_the_earlier_file(cli: Cli, tmp_path: Path) -> None:
    out = tmp_path / "events.csv"
    out.write_text("earlier export\n", encoding="utf-8")
    line = one_error(
        cli("export", "--db", str(tmp_path / "missing.db"), "--format", "acled", "-o", str(out))
    )
    assert "no database" in line
    assert out.read_text(encoding="utf-8") == "earlier export\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["events.csv"]
