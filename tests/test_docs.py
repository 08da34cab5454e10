"""Documentation is tested: every command, option and setting appears in the README."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
import typer.main

from dossier.cli import app

ROOT = Path(__file__).resolve().parent.parent
README = (ROOT / "README.md").read_text(encoding="utf-8")
COMMAND: Any = typer.main.get_command(app)


@pytest.mark.parametrize("name", sorted(COMMAND.commands))
def test_every_command_is_documented(name: str) -> None:
    assert f"dossier {name}" in README


@pytest.mark.parametrize(
    ("name", "option"),
    [
        (name, opt)
        for name, command in sorted(COMMAND.commands.items())
        for param in command.params
        for opt in param.opts
        if opt.startswith("--")
    ],
)
def test_every_option_is_documented(name: str, option: str) -> None:
    usage = [line for line in README.splitlines() if line.startswith(f"dossier {name}")]
    assert usage, f"no usage line for dossier {name}"
    assert any(option in line for line in usage), f"dossier {name} {option} is undocumented"


def test_every_setting_is_documented() -> None:
    source = (ROOT / "dossier" / "settings.py").read_text(encoding="utf-8")
    for setting in sorted(set(re.findall(r"DOSSIER_[A-Z_]+", source))):
        assert setting in README, f"{setting} is not in the README"


def test_readme_names_the_two_commands() -> None:
    assert "make demo" in README and "make test" in README
