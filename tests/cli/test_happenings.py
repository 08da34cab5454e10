"""Happenings and copy groups through the command line: timeline rows, `happening`, `copies`,
judgements on both kept across re-ingests, and empty results that say why."""

from __future__ import annotations

import json
import shutil
import subprocess
from collections.abc import Callable
from pathlib import Path

import pytest

pytestmark = pytest.mark.slow

Cli = Callable[..., subprocess.CompletedProcess[str]]
EXAMPLES = Path(__file__).resolve().parent.parent.parent / "examples"
# The Kubanychbek-uulu case in three outlets' words (English wire, Russian news, an explainer)
# and a syndicated story on two sites.
FILES = (
    "wire-kyrgyz-supreme-court-mercenary-case.txt",
    "ru-kg-mercenary-verdict-overturned.txt",
    "explainer-central-asian-mercenary-laws.md",
    "steppe-monitor-uzbek-courts-jail-returnees.html",
    "syndicated-eurasia-digest-uzbek-courts.html",
)


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("articles")
    for name in FILES:
        shutil.copy(EXAMPLES / name, path / name)
    return path


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory, cli: Cli, folder: Path) -> Path:
    path = tmp_path_factory.mktemp("happenings") / "h.db"
    result = cli("ingest", str(folder), "--db", str(path), "-q")
    assert result.returncode == 0, result.stderr
    return path


def json_rows(result: subprocess.CompletedProcess[str]) -> list[dict[str, object]]:
    assert result.returncode == 0, result.stderr
    return [json.loads(line) for line in result.stdout.splitlines()]


def detentions(cli: Cli, db: Path) -> list[dict[str, object]]:
    rows = json_rows(cli("timeline", "--db", str(db), "--json", "--entity", "Kubanychbek-uulu"))
    return [r for r in rows if r["type"] == "detention"]


def test_one_detention_is_one_row_with_its_reports(cli: Cli, db: Path) -> None:
    (row,) = detentions(cli, db)
    assert row["when"] == "2023-01" and row["placed_by"] == "happened"
    assert row["reports"] == 3
    detail = json_rows(cli("happening", str(row["happening_id"]), "--db", str(db), "--json"))[0]
    reports = detail["reports"]
    assert isinstance(reports, list) and len(reports) == 3
    assert {r["language"] for r in reports} == {"en", "ru"}
    assert all(r["evidence"] in r["mentions"] for r in reports)
    table = cli("happening", str(row["happening_id"]), "--db", str(db))
    assert table.returncode == 0 and "3 report(s)" in table.stdout


def test_every_asserted_event_is_on_the_timeline(cli: Cli, db: Path) -> None:
    rows = json_rows(cli("timeline", "--db", str(db), "--json"))
    assert rows and all(r["when"] for r in rows)
    assert {r["placed_by"] for r in rows} <= {"happened", "reported", "published"}


def test_copies_lists_the_syndicated_story_once(cli: Cli, db: Path) -> None:
    groups = json_rows(cli("copies", "--db", str(db), "--json"))
    syndicated = [g for g in groups if len(g["documents"]) == 2 and all(  # type: ignore[arg-type]
        "uzbek" in (d["title"] or "").lower() for d in g["documents"]  # type: ignore[attr-defined]
    )]  # fmt: skip
    (group,) = syndicated
    original = group["documents"][0]  # type: ignore[index]
    assert original["id"] == group["original"] and original["published"] == "2024-03-04"
    assert all(d["urls"] for d in group["documents"])  # type: ignore[attr-defined]


def test_a_split_happening_stays_split_after_reingest(
    cli: Cli, db: Path, folder: Path, tmp_path: Path
) -> None:
    work = tmp_path / "copy.db"
    shutil.copy(db, work)
    (row,) = detentions(cli, work)
    detail = json_rows(cli("happening", str(row["happening_id"]), "--db", str(work), "--json"))[0]
    first, second = (r["key"] for r in detail["reports"][:2])  # type: ignore[index]
    result = cli("split", first, second, "--happening", "--db", str(work))
    assert result.returncode == 0, result.stderr
    assert sorted(r["reports"] for r in detentions(cli, work)) == [1, 2]
    again = cli("ingest", str(folder), "--db", str(work), "-q")
    assert again.returncode == 0, again.stderr
    assert sorted(r["reports"] for r in detentions(cli, work)) == [1, 2]
    merged = cli("merge", first, second, "--happening", "--db", str(work))
    assert merged.returncode == 0, merged.stderr
    assert [r["reports"] for r in detentions(cli, work)] == [3]


def test_a_copy_judgement_is_kept(cli: Cli, db: Path, tmp_path: Path) -> None:
    work = tmp_path / "copy.db"
    shutil.copy(db, work)
    groups = json_rows(cli("copies", "--db", str(work), "--json"))
    docs = [d["id"] for g in groups for d in g["documents"]]  # type: ignore[attr-defined]
    result = cli("split", docs[0], docs[1], "--copy", "--db", str(work))
    assert result.returncode == 0, result.stderr
    after = json_rows(cli("copies", "--db", str(work), "--json"))
    assert len(after) == len(groups) - 1 or all(
        not {docs[0], docs[1]} <= {d["id"] for d in g["documents"]}  # type: ignore[attr-defined]
        for g in after
    )


def test_empty_results_say_why(cli: Cli, db: Path, tmp_path: Path) -> None:
    unknown = cli("timeline", "--db", str(db), "--entity", "Nobody Atall")
    assert unknown.returncode == 0 and "no entity named" in unknown.stdout
    none = cli("timeline", "--db", str(db), "--type", "legislation", "--since", "2030")
    assert "no happening matches" in none.stdout and "happening(s) from" in none.stdout
    missing = cli("happening", "nope/v1", "--db", str(db))
    assert missing.returncode == 1 and "no happening" in missing.stderr
