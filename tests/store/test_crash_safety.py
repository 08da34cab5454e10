"""kill -9 and concurrent commands against the real command line: nothing lost, nothing twice.

The trials are those of ``benchmarks/crash_trials.py`` (which runs more of them and prints the
figures), over four short English articles, one document per commit. A failure names the
random seed, so that a run can be repeated.
"""

from __future__ import annotations

import importlib.util
import random
import sys
import time
from collections.abc import Sequence
from pathlib import Path
from types import ModuleType

import pytest

import dossier

pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parents[2]
KILLS = 10


def _load_trials() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "crash_trials", ROOT / "benchmarks" / "crash_trials.py"
    )
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # its dataclasses look their module up there
    spec.loader.exec_module(module)
    return module


trials = _load_trials()
# English only, so that each killed process loads one language's models.
INPUTS = tuple(
    str(ROOT / "examples" / name)
    for name in (
        "wire-kyrgyz-supreme-court-mercenary-case.txt",
        "wire-nepal-halts-permits-russia.txt",
        "wire-india-cbi-trafficking-network.txt",
        "analysis-wagner-prison-recruitment.txt",
    )
)


@pytest.fixture(scope="module")
def clean(tmp_path_factory: pytest.TempPathFactory) -> tuple[object, float]:
    snapshot, duration = trials.clean_ingest(tmp_path_factory.mktemp("clean"), INPUTS)
    assert snapshot.integrity == "ok" and len(snapshot.documents) == len(INPUTS)
    assert snapshot.provisional == 0
    return snapshot, duration


def _rerun_here(db: Path, inputs: Sequence[str]) -> None:
    """The same ingest again, in this process (its models load once for every trial)."""
    report = dossier.ingest(list(inputs), db)
    assert not report.failures, report.failures


def test_kill_9_at_random_points_then_a_rerun_equals_a_clean_ingest(
    clean: tuple[object, float], tmp_path: Path
) -> None:
    snapshot, duration = clean
    seed = int(time.time())
    rng = random.Random(seed)
    done = []
    for i in range(KILLS):
        db = tmp_path / f"k{i}.db"
        done.append(trials.kill_trial(db, snapshot, rng, duration, i % 3, INPUTS, _rerun_here))
    problems = [f"{t.name}: {'; '.join(t.problems)}" for t in done if t.problems]
    assert not problems, f"seed {seed}: {problems}"
    assert sum(t.lost + t.duplicated for t in done) == 0
    # Two kills in three wait for a committed document, so the base had something to lose.
    assert sum(t.stored_at_kill > 0 for t in done) >= 2 * KILLS // 3


@pytest.mark.parametrize("existing", [False, True], ids=["new-file", "existing-file"])
@pytest.mark.parametrize("readers", [False, True], ids=["two-writers", "writer-and-readers"])
def test_concurrent_commands_equal_a_clean_ingest(
    existing: bool, readers: bool, clean: tuple[object, float], tmp_path: Path
) -> None:
    trial = trials.concurrent_run(tmp_path / "c.db", clean[0], existing, readers, INPUTS)
    assert not trial.problems
    assert trial.lost == trial.duplicated == 0
