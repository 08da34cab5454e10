from __future__ import annotations

import subprocess
from collections.abc import Callable

import dossier

Cli = Callable[..., subprocess.CompletedProcess[str]]


def test_version(cli: Cli) -> None:
    result = cli("--version")
    assert result.returncode == 0
    assert result.stdout.strip() == f"dossier {dossier.__version__}"


def test_missing_file_is_one_line(cli: Cli, tmp_path: object) -> None:
    result = cli("ingest", "no/such/file.txt", "--db", f"{tmp_path}/x.db", "-q")
    assert result.returncode == 1
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    assert len(lines) == 1 and "no/such/file.txt" in lines[0]
