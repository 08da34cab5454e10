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


# -- one store test suite, two backends ---------------------------------------------------------
#
# `db_address` is a fresh, empty store address for each test: a SQLite file, and a new
# database on the PostgreSQL server DOSSIER_TEST_PG names (`scripts/pg-cluster start DIR`
# starts a throwaway one). Without that variable the PostgreSQL cases skip with one line;
# with DOSSIER_REQUIRE_PG=1 (CI) they fail instead, so CI never skips them.

PG_SKIP = "PostgreSQL store tests: no server (set DOSSIER_TEST_PG; scripts/pg-cluster start DIR)"


def pg_server() -> str | None:
    address = os.environ.get("DOSSIER_TEST_PG")
    if not address:
        if os.environ.get("DOSSIER_REQUIRE_PG") == "1":
            pytest.fail("DOSSIER_REQUIRE_PG=1 but DOSSIER_TEST_PG names no server")
        pytest.skip(PG_SKIP)
    return address


def new_pg_database(request: pytest.FixtureRequest) -> str:
    """A new, empty database on the test server, dropped when the test ends."""
    import uuid

    import psycopg

    server = pg_server()
    assert server is not None
    name = f"dossier_test_{uuid.uuid4().hex[:12]}"
    with psycopg.connect(server, autocommit=True) as admin:
        admin.execute(f"CREATE DATABASE \"{name}\" TEMPLATE template0 ENCODING 'UTF8'")
    address = f"postgresql://{server.split('://', 1)[1].rsplit('/', 1)[0]}/{name}"

    def drop() -> None:
        from dossier.store.postgres import close_pool

        close_pool(address)
        with psycopg.connect(server, autocommit=True) as admin:
            admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')

    request.addfinalizer(drop)
    return address


@pytest.fixture(params=["sqlite", "postgresql"])
def db_address(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    if request.param == "sqlite":
        return str(tmp_path / "t.db")
    return new_pg_database(request)
