"""Output files: never the database, never half-written; one clear error otherwise."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from dossier.cli.output import write_lines
from dossier.errors import OutputError


@pytest.fixture
def db(tmp_path: Path) -> Path:
    path = tmp_path / "dossier.db"
    for suffix in ("", "-wal", "-shm"):
        path.with_name(path.name + suffix).write_bytes(b"precious")
    return path


@pytest.mark.parametrize(
    "name", ["dossier.db", "dossier.db-wal", "dossier.db-shm", "dossier.db-journal"]
)
def test_the_database_and_its_files_are_refused(name: str, db: Path) -> None:
    with pytest.raises(OutputError, match="is the database"):
        write_lines(db.parent / name, ["{}"], db)
    with pytest.raises(OutputError, match="is the database"):  # another spelling of the path
        write_lines(db.parent / "." / ".." / db.parent.name / name, ["{}"], db)
    assert db.read_bytes() == b"precious"


def test_another_name_for_the_database_is_refused(db: Path) -> None:
    link = db.parent / "alias.jsonl"
    os.link(db, link)
    with pytest.raises(OutputError, match="is the database"):
        write_lines(link, ["{}"], db)
    symlink = db.parent / "sym.jsonl"
    symlink.symlink_to(db)
    with pytest.raises(OutputError, match="is the database"):
        write_lines(symlink, ["{}"], db)
    assert db.read_bytes() == b"precious"


def test_bad_targets_are_one_clear_error(db: Path) -> None:
    with pytest.raises(OutputError, match="no such folder"):
        write_lines(db.parent / "missing" / "out.jsonl", ["{}"], db)
    with pytest.raises(OutputError, match="is a folder"):
        write_lines(db.parent, ["{}"], db)
    if Path("/dev/full").exists():
        with pytest.raises(OutputError, match="No space left"):
            write_lines(Path("/dev/full"), ["{}"] * 10000, db)


def test_a_failure_midway_leaves_the_old_file_and_no_temporary(db: Path) -> None:
    target = db.parent / "out.jsonl"
    target.write_text("old\n")

    def lines() -> Iterator[str]:
        yield "{}"
        raise RuntimeError("reading the database failed")

    with pytest.raises(RuntimeError):
        write_lines(target, lines(), db)
    assert target.read_text() == "old\n"
    assert sorted(p.name for p in db.parent.iterdir() if p.name.startswith(".")) == []


def test_a_new_file_is_written_whole_with_ordinary_permissions(db: Path) -> None:
    target = db.parent / "out.jsonl"
    write_lines(target, ['{"a": 1}', '{"b": 2}'], db)
    assert target.read_text() == '{"a": 1}\n{"b": 2}\n'
    umask = os.umask(0)
    os.umask(umask)
    assert target.stat().st_mode & 0o777 == 0o666 & ~umask
