"""One hostile article through every command: shown literally, never obeyed by the terminal.

The article, its title and its file name carry rich markup (``[/x]``, ``[bold]``), terminal
escape sequences (clear screen, colours, an OSC 8 hyperlink), bidirectional overrides and a
newline that would forge a second error line. No command may crash on it, print an escape or
a bidi control, or hide the brackets; JSON output escapes what JSON escapes.
"""

from __future__ import annotations

import json
import re
import shutil
import subprocess
from collections.abc import Callable
from pathlib import Path

import pytest

pytestmark = pytest.mark.slow

Cli = Callable[..., subprocess.CompletedProcess[str]]

NAME = "evil[bold]\x1b[31m\u202e\nerror: forged.txt"
MISSING = "gone[/x]\x1b[2J\u2066\nerror: forged too.txt"
TEXT = (
    "Wagner [/x] recruits \x1b[2J\x1b]8;;http://evil.example/\x1b\\in Bishkek\x1b]8;;\x1b\\ "
    "[bold]now[/bold]\n\n"
    "On August 30, 2023, the Supreme Court in Bishkek [/x] canceled the sentence of Askar "
    "\x1b[31mKubanychbek\x1b[0m-uulu, who had fought for the Wagner \u202eGroup\u202c in "
    "Ukraine, his lawyer at http://[::1]:8765/ said (Kloop.kg [/red], August 30).\n"
    "In May 2023, recruiters from the Wagner Group [link=http://x]signed[/link] 300 prisoners "
    "from Kyrgyzstan, according to Azattyk [i].\n"
)
HOSTILE = ("\x1b", "\x9b", "\x9d", "\u202e", "\u202c", "\u2066")
# Parsing drops control characters from the text it stores (dossier.parse.text), so the
# stored article keeps only the escapes' printable remains (and no name carries an ESC).
STORED = re.sub("[\x00-\x08\x0e-\x1f\x7f-\x9f]", "", TEXT)


@pytest.fixture(scope="module")
def hostile(tmp_path_factory: pytest.TempPathFactory, cli: Cli) -> tuple[Path, Path]:
    folder = tmp_path_factory.mktemp("hostile")
    article = folder / NAME
    article.write_text(TEXT, encoding="utf-8")
    db = folder / "h.db"
    result = cli("ingest", str(article), str(folder / MISSING), "--db", str(db))
    assert_safe(result)
    assert result.returncode == 1  # the missing file
    errors = [line for line in result.stderr.splitlines() if line.strip()]
    assert len(errors) == 1 and errors[0].startswith("error: ") and "gone[/x]" in errors[0]
    assert "1 new document(s) stored" in result.stdout
    return article, db


def assert_safe(result: subprocess.CompletedProcess[str]) -> None:
    for stream in (result.stdout, result.stderr):
        assert "Traceback" not in stream and "MarkupError" not in stream, stream
        assert not any(char in stream for char in HOSTILE), repr(stream)
    forged = [line for line in result.stderr.splitlines() if line.startswith("error: forged")]
    assert not forged, result.stderr


@pytest.mark.parametrize(
    ("args", "shown"),
    [
        (("timeline",), "Kloop.kg [/red]"),
        (("timeline", "--all", "--since", "2023"), "[::1]"),
        (("search", "Bishkek"), "[Bishkek]"),  # the highlight is visible, not read as markup
        (("search", "recruits"), "[/x]"),
        (("entities",), "Kloop.kg [/red]"),
        (("sources",), "Kloop.kg [/red]"),
        (("entity", "Kloop.kg [/red]"), "Kloop.kg [/red]"),
        (("entity", "Wagner Group"), "[/x]"),
    ],
)
def test_tables_show_the_text_literally(
    args: tuple[str, ...], shown: str, hostile: tuple[Path, Path], cli: Cli
) -> None:
    result = cli(*args, "--db", str(hostile[1]))
    assert result.returncode == 0, result.stderr
    assert_safe(result)
    assert shown in result.stdout


def test_an_error_quoting_hostile_text_is_one_clean_line(
    hostile: tuple[Path, Path], cli: Cli
) -> None:
    result = cli("entity", "[/x]\x1b[2J\u202e\nerror: forged", "--db", str(hostile[1]))
    assert result.returncode == 1
    assert_safe(result)
    assert len(result.stderr.strip().splitlines()) == 1 and "[/x]" in result.stderr


@pytest.mark.parametrize("to_file", [False, True])
def test_export_and_extract_are_json(
    to_file: bool, hostile: tuple[Path, Path], cli: Cli, tmp_path: Path
) -> None:
    article, db = hostile
    output = tmp_path / "out.jsonl"
    result = cli("export", "--db", str(db), *(("-o", str(output)) if to_file else ()))
    assert result.returncode == 0, result.stderr
    text = output.read_text(encoding="utf-8") if to_file else result.stdout
    (line,) = text.splitlines()
    assert "\x1b" not in line
    assert json.loads(line)["document"]["text"] == STORED
    extracted = cli("extract", str(article))
    assert extracted.returncode == 0, extracted.stderr
    assert "\x1b" not in extracted.stdout
    assert json.loads(extracted.stdout)["document"]["text"] == STORED


def test_merge_and_split_name_hostile_entities_safely(
    hostile: tuple[Path, Path], cli: Cli, tmp_path: Path
) -> None:
    db = tmp_path / "copy.db"
    shutil.copy(hostile[1], db)
    for verb in ("merge", "split"):
        result = cli(verb, "Kloop.kg [/red]", "Wagner Group", "--db", str(db))
        assert result.returncode == 0, result.stderr
        assert_safe(result)
        assert "'Kloop.kg [/red]'" in result.stdout


def test_the_progress_bar_on_a_terminal(hostile: tuple[Path, Path], cli: Cli) -> None:
    # Forced onto a terminal, rich draws the bar with its own escapes; none of the file's.
    article, db = hostile
    result = cli("ingest", str(article), "--db", str(db), env={"FORCE_COLOR": "1"})
    assert result.returncode == 0, result.stderr
    for sequence in ("\x1b[2J", "\x1b]8", "\x1b[31mKub", "\u202e", "\u2066"):
        assert sequence not in result.stderr + result.stdout
    assert "evil[bold]" in result.stderr
