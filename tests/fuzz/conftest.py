"""Report, per fuzz target, how many inputs ran and how long the slowest took."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from .harness import EXAMPLES, STATS


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    if not STATS:
        return
    write = terminalreporter.write_line
    write("")
    write(f"fuzz targets ({EXAMPLES or 'few'} examples each, seeds included in the counts):")
    write(f"  {'target':12} {'inputs':>9} {'total s':>9} {'slowest s':>10}  slowest input")
    for name, stat in sorted(STATS.items()):
        write(f"  {name:12} {stat.inputs:9,} {stat.seconds:9.1f} {stat.slowest:10.3f}  "
              f"{stat.slowest_input[:70]}")  # fmt: skip
    report = os.environ.get("DOSSIER_FUZZ_REPORT")
    if report:
        rows = {name: vars(stat) for name, stat in STATS.items()}
        Path(report).write_text(json.dumps(rows, indent=2) + "\n", encoding="utf-8")
