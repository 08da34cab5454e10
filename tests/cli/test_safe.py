"""The one rule for untrusted text on the terminal."""

from __future__ import annotations

import io

import pytest
from rich.console import Console

from dossier.cli.safe import clean, error_line, line, text


@pytest.mark.parametrize(
    ("raw", "shown"),
    [
        ("a\x1b[2Jb", "ab"),  # clear screen
        ("x\x1b]8;;http://evil/\x1b\\link\x1b]8;;\x1b\\y", "xlinky"),  # OSC 8 hyperlink
        ("x\x1b]0;title\x07y", "xy"),  # window title, ended by BEL
        ("\x9b31mred", "red"),  # 8-bit CSI
        ("\x1bcreset", "reset"),  # two-character escape
        ("gpj\u202eexe.txt", "gpjexe.txt"),  # right-to-left override
        ("a\u2066b\u2069c\u200fd", "abcd"),  # isolates, marks
        ("one\nerror: forged", "one error: forged"),  # no second line
        ("tab\there\r\x0b\x0c\u2028", "tab here    "),
        ("nul\x00bel\x07del\x7f", "nulbeldel"),
        ("[/x] [bold]b[/bold] [::1] :smile:", "[/x] [bold]b[/bold] [::1] :smile:"),
        ("Кубанычбек уулу — 30 августа", "Кубанычбек уулу — 30 августа"),
    ],
)
def test_clean(raw: str, shown: str) -> None:
    assert clean(raw) == shown


def test_rich_prints_it_literally() -> None:
    buffer = io.StringIO()
    console = Console(file=buffer, force_terminal=False, width=200)
    console.print(text("[/x] [red]no[/red] :smile:"))
    console.print(line("merged ", ("[/x]\x1b[2J", "bold")))
    console.print(error_line("bad.txt\n[/x]: not a date"))
    assert buffer.getvalue() == (
        "[/x] [red]no[/red] :smile:\nmerged [/x]\nerror: bad.txt [/x]: not a date\n"
    )
