"""Commands under user error: nothing lost, no database made by mistake, one clear line."""

from __future__ import annotations

import sqlite3
import subprocess
from collections.abc import Callable
from pathlib import Path

import pytest

import dossier
from dossier.models import Extraction
from dossier.store import SQLiteStore
from dossier.store.base import WriteResult

pytestmark = pytest.mark.slow

Cli = Callable[..., subprocess.CompletedProcess[str]]
EXAMPLES = Path(__file__).resolve().parent.parent.parent / "examples"
FIRST = EXAMPLES / "wire-nepal-halts-permits-russia.txt"
SECOND = EXAMPLES / "wire-india-cbi-trafficking-network.txt"


def table_counts(db: Path) -> tuple[int, ...]:
    with sqlite3.connect(db) as conn:
        return tuple(
            int(conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0])
            for table in ("documents", "origins", "entities", "events")
        )


def one_error_line(result: subprocess.CompletedProcess[str]) -> str:
    assert result.returncode == 1, result.stdout
    assert "Traceback" not in result.stderr
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    assert len(lines) == 1 and lines[0].startswith("error: "), result.stderr
    return lines[0]


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory, cli: Cli) -> Path:
    # The same text twice in one run, and once more under another name: one document, and
    # each place it came from recorded as a copy, in the same batch.
    folder = tmp_path_factory.mktemp("reliability")
    mirror = folder / "mirror.txt"
    mirror.write_bytes(FIRST.read_bytes())
    path = folder / "t.db"
    result = cli(
        "ingest", "-q", str(FIRST), str(FIRST), str(mirror), str(SECOND), "--db", str(path)
    )
    assert result.returncode == 0, result.stderr
    assert "2 new document(s) stored, 2 already" in result.stdout
    assert table_counts(path)[:2] == (2, 3)
    return path


@pytest.mark.parametrize(
    "target", ["{db}", "{db}-wal", "{db}-shm", "{folder}/missing/x.jsonl", "{folder}", "/dev/full"]
)
def test_export_to_a_bad_target_is_one_line_and_loses_nothing(
    target: str, db: Path, cli: Cli
) -> None:
    before = table_counts(db)
    output = target.format(db=db, folder=db.parent)
    line = one_error_line(cli("export", "--db", str(db), "-o", output))
    assert output in line
    assert table_counts(db) == before
    assert not (db.parent / "missing").exists()


@pytest.mark.parametrize(
    "args",
    [
        ("timeline",), ("entities",), ("entity", "Nepal"), ("sources",), ("search", "Nepal"),
        ("export",), ("merge", "Nepal", "India"), ("split", "Nepal", "India"),
    ],
)  # fmt: skip
def test_a_read_on_a_mistyped_database_creates_nothing(
    args: tuple[str, ...], tmp_path: Path, cli: Cli
) -> None:
    typo = tmp_path / "dosier.db"
    line = one_error_line(cli(*args, "--db", str(typo)))
    assert "no database at" in line and "dossier ingest" in line
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize(
    ("args", "says"),
    [
        (("timeline", "--since", "foo"), "--since"),
        (("timeline", "--until", "zzz"), "--until"),
        (("timeline", "--since", "2023-02-30"), "--since"),
        (("timeline", "--limit", "-5"), "--limit"),
        (("entities", "--limit", "0"), "--limit"),
        (("search", "Nepal", "--limit", "-1"), "--limit"),
        (("search", " ".join(f"w{i}" for i in range(4000))), "at most 32"),
    ],
)
def test_bad_arguments_are_one_line(args: tuple[str, ...], says: str, db: Path, cli: Cli) -> None:
    assert says in one_error_line(cli(*args, "--db", str(db)))


def test_huge_limits_and_repeated_terms_are_fine(db: Path, cli: Cli) -> None:
    result = cli("search", " ".join(["Nepal"] * 4000), "--db", str(db), "--limit", "9" * 20)
    assert result.returncode == 0, result.stderr
    assert "[Nepal]" in result.stdout


def test_a_document_the_store_cannot_take_costs_that_input_alone(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    real_write = SQLiteStore.write

    def write(self: SQLiteStore, extraction: Extraction, origin: str | None = None) -> WriteResult:
        if "india" in (origin or ""):
            raise sqlite3.OperationalError("disk I/O error")
        return real_write(self, extraction, origin)

    monkeypatch.setattr(SQLiteStore, "write", write)
    report = dossier.ingest([str(SECOND), str(FIRST)], tmp_path / "t.db")
    assert report.stored == 1
    ((origin, reason),) = [(f.origin, f.reason) for f in report.failures]
    assert origin == str(SECOND) and "could not be stored" in reason and "disk I/O" in reason


def test_an_input_the_parser_chokes_on_costs_that_input_alone(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from dossier import verbs
    from dossier.models import RawDocument

    real_parse = verbs.parse

    def parse(raw: RawDocument) -> object:
        if "india" in raw.origin:
            raise ValueError("Exceeds the limit (4300 digits)")
        return real_parse(raw)

    monkeypatch.setattr(verbs, "parse", parse)
    report = dossier.ingest([str(SECOND), str(FIRST)], tmp_path / "t.db")
    assert report.stored == 1
    ((origin, reason),) = [(f.origin, f.reason) for f in report.failures]
    assert origin == str(SECOND) and "could not be parsed: ValueError" in reason
