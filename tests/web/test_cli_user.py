"""`dossier user add` and `dossier user token`: accounts made on the command line sign in on the
web; `dossier serve` refuses a missing database with one line."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

from dossier import verbs

Cli = Callable[..., subprocess.CompletedProcess[str]]


def dossier(*args: str, stdin: str = "") -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "dossier", *args], input=stdin, capture_output=True, text=True,
        check=False, env={**os.environ, "COLUMNS": "200"}, timeout=120,
    )  # fmt: skip


def test_user_add_and_token(fresh_db: Path) -> None:
    db = str(fresh_db)
    made = dossier("user", "add", "eve", "--role", "editor", "--db", db, "--password-stdin",
                   stdin="a long password\n")  # fmt: skip
    assert made.returncode == 0, made.stderr
    assert verbs.sign_in("eve", "a long password", 1, fresh_db) is not None
    assert verbs.sign_in("eve", "wrong password", 1, fresh_db) is None
    token = dossier("user", "token", "eve", "--db", db)
    assert token.returncode == 0 and token.stdout.startswith("dsr_")
    user = verbs.session_user(token.stdout.strip(), "token", fresh_db)
    assert user is not None and user.role == "editor"
    again = dossier("user", "add", "eve", "--role", "admin", "--db", db, "--password-stdin",
                    stdin="another password\n")  # fmt: skip
    assert again.returncode == 1 and "exists already" in again.stderr
    bad = dossier("user", "add", "zed", "--role", "boss", "--db", db, "--password-stdin",
                  stdin="a long password\n")  # fmt: skip
    assert bad.returncode == 1 and "unknown role" in bad.stderr
    short = dossier("user", "add", "zed", "--db", db, "--password-stdin", stdin="short\n")
    assert short.returncode == 1 and "at least 8" in short.stderr


def test_serve_needs_a_database(tmp_path: Path) -> None:
    result = dossier("serve", "--db", str(tmp_path / "missing.db"))
    assert result.returncode == 1 and "no database" in result.stderr
