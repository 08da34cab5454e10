"""`dossier ingest` of the sample articles, end to end, and the query commands over it."""

from __future__ import annotations

import json
import sqlite3
import subprocess
from collections.abc import Callable
from pathlib import Path

import pytest

from dossier.contract import validate

pytestmark = pytest.mark.slow

Cli = Callable[..., subprocess.CompletedProcess[str]]
EXAMPLES = Path(__file__).resolve().parent.parent.parent / "examples"


def counts(db: Path) -> tuple[int, ...]:
    with sqlite3.connect(db) as conn:
        return tuple(
            int(conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0])
            for table in ("documents", "entities", "events", "citations")
        )


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory, cli: Cli) -> Path:
    path = tmp_path_factory.mktemp("ingest") / "examples.db"
    result = cli("ingest", str(EXAMPLES), "--db", str(path))
    assert result.returncode == 0, result.stderr
    assert "failed" in result.stdout
    return path


def test_examples_ingest_without_failures(db: Path) -> None:
    documents, entities, events, citations = counts(db)
    assert documents >= 12
    assert entities > 50 and events > 20 and citations > 20


def test_ingesting_twice_leaves_the_same_counts(db: Path, cli: Cli) -> None:
    before = counts(db)
    result = cli("ingest", str(EXAMPLES), "--db", str(db), "-q")
    assert result.returncode == 0, result.stderr
    assert counts(db) == before
    assert "0 new document(s)" in result.stdout


def test_the_same_article_from_two_places_is_one_document(
    db: Path, cli: Cli, tmp_path: Path
) -> None:
    # An identical copy under another name (a mirror, a second download) is recorded as a
    # second origin of the stored document. Near-identical republications with their own
    # headline and notes are grouped by a later stage, not by the content hash.
    before = counts(db)
    mirror = tmp_path / "mirror-copy.txt"
    mirror.write_bytes((EXAMPLES / "wire-nepal-halts-permits-russia.txt").read_bytes())
    result = cli("ingest", str(mirror), "--db", str(db), "-q")
    assert result.returncode == 0, result.stderr
    assert counts(db) == before
    with sqlite3.connect(db) as conn:
        origins = conn.execute(
            "SELECT origin FROM origins WHERE document_id = "
            "(SELECT document_id FROM origins WHERE origin = ?)",
            (str(mirror),),
        ).fetchall()
    assert len(origins) == 2


def test_timeline_json_is_in_date_order(db: Path, cli: Cli) -> None:
    result = cli("timeline", "--db", str(db), "--json")
    assert result.returncode == 0, result.stderr
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert len(rows) > 10
    from dossier.store.sortkey import sort_key

    keys = [sort_key(r["when"]) for r in rows]
    assert keys == sorted(keys)  # type: ignore[type-var]
    assert {r["placed_by"] for r in rows} <= {"happened", "reported", "published"}


def test_tables_and_queries(db: Path, cli: Cli) -> None:
    for args in (("timeline",), ("entities",), ("sources",), ("search", "Wagner")):
        result = cli(*args, "--db", str(db))
        assert result.returncode == 0, (args, result.stderr)
        assert result.stdout.strip()
    result = cli("entity", "Nobody Atall", "--db", str(db))
    assert result.returncode == 1 and "no entity" in result.stderr


def test_export_jsonl_validates(db: Path, cli: Cli, tmp_path: Path) -> None:
    out = tmp_path / "export.jsonl"
    result = cli("export", "--db", str(db), "--format", "jsonl", "-o", str(out))
    assert result.returncode == 0, result.stderr
    lines = out.read_text(encoding="utf-8").splitlines()
    assert len(lines) == counts(db)[0]
    for line in lines:
        validate(json.loads(line))
    bad = cli("export", "--db", str(db), "--format", "xml")
    assert bad.returncode == 1 and "unknown export format" in bad.stderr


def test_one_person_across_english_and_russian_examples(db: Path, cli: Cli) -> None:
    cases = {}
    for name in ("Askar Kubanychbek-uulu", "Аскар Кубанычбек уулу"):
        result = cli("entity", name, "--db", str(db), "--json")
        assert result.returncode == 0, result.stderr
        cases[name] = json.loads(result.stdout)
    english, russian = cases.values()
    assert english["entity"]["id"] == russian["entity"]["id"]
    with sqlite3.connect(db) as conn:
        languages = {
            row[0]
            for row in conn.execute(
                "SELECT DISTINCT d.language FROM entities e JOIN documents d "
                "ON d.id = e.document_id WHERE e.canonical_id = ?",
                (english["entity"]["id"],),
            )
        }
    assert {"en", "ru"} <= languages
