from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT.parent / "shared" / "seeds" / "000_27fdb9fe6705f161.txt"
EXAMPLES = ROOT / "examples"


def run_cli(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    """Run ``python -m dossier`` as a user would, in a clean environment."""
    full_env = {**os.environ, "COLUMNS": "200", **(env or {})}
    return subprocess.run(
        [sys.executable, "-m", "dossier", *args],
        capture_output=True, text=True, cwd=ROOT, env=full_env, timeout=600, check=False,
    )  # fmt: skip


@pytest.fixture(scope="session")
def cli() -> object:
    """The ``run_cli`` function, for tests that run the command line."""
    return run_cli


@pytest.fixture
def seed_path() -> Path:
    if not SEED.exists():
        pytest.skip(f"seed article not found at {SEED} (it lives in the shared folder)")
    return SEED
