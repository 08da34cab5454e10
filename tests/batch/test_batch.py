"""`dossier batch` and `dossier load` against `dossier ingest` of the same inputs.

One module-wide batch run through the command line (one worker, Ray started locally) and one
ingest; then a resumed run in this process. Ray and the models load once per run, so these
are slow tests: about a minute in all.
"""

from __future__ import annotations

import json
import shutil
import sqlite3
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from dossier import verbs
from dossier.batch import KINDS, SCHEMAS, Output, rebuild
from dossier.contract import to_contract

pytestmark = pytest.mark.slow

EXAMPLES = Path(__file__).resolve().parent.parent.parent / "examples"

FILES = [
    "wire-nepal-halts-permits-russia.txt",
    "wire-kyrgyz-supreme-court-mercenary-case.txt",
    "ru-kg-mercenary-verdict-overturned.txt",
    "steppe-monitor-uzbek-courts-jail-returnees.html",
    "articles.jsonl",
]


@dataclass
class Run:
    inputs: list[str]
    out: Path
    batch_db: Path
    ingest_db: Path
    stdout: str
    stderr: str
    returncode: int


@pytest.fixture(scope="module")
def run(tmp_path_factory: pytest.TempPathFactory, cli: Any) -> Run:
    tmp = tmp_path_factory.mktemp("batch")
    copy = tmp / "copy-of-nepal.txt"  # the same text found again: an origin, not a document
    shutil.copy(EXAMPLES / FILES[0], copy)
    stub = tmp / "stub.txt"
    stub.write_text("Too short.\n", encoding="utf-8")
    inputs = [*(str(EXAMPLES / name) for name in FILES), str(copy), str(stub), str(tmp / "none")]
    ingest_db = tmp / "ingest.db"
    verbs.ingest(inputs, ingest_db)
    out, batch_db = tmp / "out", tmp / "batch.db"
    result = cli("batch", *inputs, "--out", str(out), "--workers", "1", "--db", str(batch_db))
    return Run(inputs, out, batch_db, ingest_db, result.stdout, result.stderr, result.returncode)


def _rows(db: Path, sql: str) -> list[tuple[Any, ...]]:
    with sqlite3.connect(db) as conn:
        return list(conn.execute(sql))


def test_every_dataset_is_written_with_its_schema(run: Run) -> None:
    for kind in KINDS:
        parts = sorted((run.out / kind).glob("part-*.parquet"))
        assert parts, kind
        for part in parts:
            assert pq.read_schema(part).names == SCHEMAS[kind].names


def test_documents_entities_and_events_equal_those_of_ingest(run: Run) -> None:
    output = Output(run.out, create=False)
    ids = output.read("documents", ["id"]).column("id").to_pylist()
    assert sorted(ids) == sorted(r[0] for r in _rows(run.ingest_db, "SELECT id FROM documents"))
    assert len(ids) == len(set(ids)) == 7  # 4 files, 3 JSON lines; the copy is not extracted
    for kind in ("entities", "events", "citations"):
        batch = Counter(output.read(kind, ["document_id"]).column("document_id").to_pylist())
        ingest = Counter(r[0] for r in _rows(run.ingest_db, f"SELECT document_id FROM {kind}"))
        assert batch == ingest, kind


def test_documents_carry_the_contract_that_ingest_stores(run: Run) -> None:
    stored = dict(_rows(run.ingest_db, "SELECT id, extraction FROM documents"))
    for row in Output(run.out, create=False).read("documents").to_pylist():
        contract = json.loads(row["contract"])
        assert contract == json.loads(stored[row["id"]])
        assert to_contract(rebuild(row["contract"])) == contract
        assert row["text"] == contract["document"]["text"]


def test_spans_are_kept(run: Run) -> None:
    output = Output(run.out, create=False)
    texts = dict(zip(*output.read("documents", ["id", "text"]).to_pydict().values(), strict=True))
    for row in output.read("timexes").to_pylist():
        assert texts[row["document_id"]][row["start"] : row["end"]] == row["text"]
    events = output.read("events").to_pylist()
    assert events
    for row in events:
        assert [row["evidence_start"], row["evidence_end"]] in row["mentions"]


def test_a_copy_is_an_origin_and_failures_are_rows(run: Run) -> None:
    output = Output(run.out, create=False)
    origins = output.read("origins").to_pylist()
    assert any(r["origin"].endswith("copy-of-nepal.txt") for r in origins)
    failures = {r["origin"]: r for r in output.read("failures").to_pylist()}
    stub = next(r for origin, r in failures.items() if origin.endswith("stub.txt"))
    assert stub["stage"] == "parse" and "no article text" in stub["reason"]
    none = next(r for origin, r in failures.items() if origin.endswith("none"))
    assert none["stage"] == "acquire" and none["reason"] == "no such file or folder"
    assert len(failures) == 2
    assert run.returncode == 1  # like ingest: some inputs failed
    assert "7 document(s) extracted" in run.stdout


def test_batch_with_db_loads_what_ingest_stores(run: Run) -> None:
    assert verbs.counts(run.batch_db) == verbs.counts(run.ingest_db)
    origins = "SELECT document_id, origin FROM origins ORDER BY 1, 2"
    assert _rows(run.batch_db, origins) == _rows(run.ingest_db, origins)


def test_load_again_changes_nothing(run: Run, cli: Any) -> None:
    before = verbs.counts(run.batch_db)
    result = cli("load", str(run.out), "--db", str(run.batch_db))
    assert result.returncode == 0, result.stderr
    assert "0 document(s) loaded, 7 already in the database" in result.stdout
    assert verbs.counts(run.batch_db) == before


def test_load_into_a_new_database_equals_ingest(run: Run, tmp_path: Path) -> None:
    report = verbs.load(run.out, tmp_path / "loaded.db")
    assert (report.stored, report.already, report.failures) == (7, 0, [])
    assert verbs.counts(tmp_path / "loaded.db") == verbs.counts(run.ingest_db)


def test_a_killed_run_resumes_without_duplicates(run: Run, tmp_path: Path) -> None:
    from dossier.batch.run import run_batch

    # Parquet of texts: the JSON lines' articles again, now as table rows
    lines = (EXAMPLES / "articles.jsonl").read_text(encoding="utf-8").splitlines()
    records = [json.loads(line) for line in lines if line.strip()]
    fields = ("url", "title", "published", "text", "html")
    table = pa.Table.from_pylist([{k: r.get(k) for k in fields} for r in records])
    pq.write_table(table, tmp_path / "texts.parquet")
    inputs = [*run.inputs[:4], str(tmp_path / "texts.parquet"), *run.inputs[5:]]
    out = tmp_path / "out"
    first = run_batch(inputs, out, workers=1, part_rows=2)
    assert first.documents == 7 and first.failures == 2
    parts = sorted((out / "documents").glob("part-*.parquet"))
    assert len(parts) >= 2
    part = max(parts, key=lambda p: pq.read_metadata(p).num_rows)
    lost = set(pq.read_table(part).column("id").to_pylist())
    part.unlink()  # as if the run had been killed while writing this part
    (out / "events" / ".part-x.parquet.tmp").write_bytes(b"half")

    second = run_batch(inputs, out, workers=1)
    assert second.removed == len(KINDS)  # the part's other files and the unfinished one
    assert second.documents == len(lost) and second.failures == 0
    output = Output(out, create=False)
    ids = output.read("documents", ["id"]).column("id").to_pylist()
    assert sorted(ids) == sorted(Output(run.out, create=False).read("documents")["id"].to_pylist())
    for kind in ("entities", "events", "timexes", "citations", "quantities"):
        resumed = Counter(output.read(kind, ["document_id"])["document_id"].to_pylist())
        whole = Counter(Output(run.out, create=False).read(kind)["document_id"].to_pylist())
        assert resumed == whole, kind
    assert output.read("failures").num_rows == 2
    keys = [(r["document_id"], r["origin"]) for r in output.read("origins").to_pylist()]
    assert len(keys) == len(set(keys))
