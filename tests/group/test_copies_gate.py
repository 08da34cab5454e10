"""Quality gate for copy grouping (issue 9): the gold is intact and the figures stay above floors.

The gold checks are fast; the floors run the whole pipeline over 54 articles (``slow``). Floors,
the noise margin and the digest of each gold set live in ``eval/copies/baseline.json``.
"""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path
from typing import Any

import pytest

from . import load_script

EVAL_DIR = Path(__file__).resolve().parents[2] / "eval" / "copies"
BASELINE = json.loads((EVAL_DIR / "baseline.json").read_text(encoding="utf-8"))
MARGIN = float(BASELINE["_margin"])
SETS = [name for name in BASELINE if not name.startswith("_")]


evaluate = load_script(EVAL_DIR / "evaluate.py", "copies_evaluate")


@cache
def _figures(name: str) -> dict[str, Any]:
    figures: dict[str, Any] = evaluate.evaluate(name)[0]
    return figures


def test_every_set_has_floors() -> None:
    assert set(SETS) == set(evaluate.SETS)


@pytest.mark.parametrize("name", SETS)
def test_gold_set_is_the_one_the_floors_were_measured_on(name: str) -> None:
    assert evaluate.gold_digest(name) == BASELINE[name]["digest"], (
        f"eval/copies: set {name!r} changed: re-measure with eval/copies/evaluate.py, then "
        "update its floors and digest in eval/copies/baseline.json"
    )


@pytest.mark.parametrize("name", SETS)
def test_gold_set_is_large_and_hard_enough(name: str) -> None:
    gold = evaluate.load(name)
    named = set(gold.documents)
    listed = [d for group in [*gold.groups, *gold.events] for d in group]
    assert set(listed) <= named, set(listed) - named
    assert len(gold.documents) >= 9
    assert len(gold.groups) >= 2
    independent = evaluate._pairs(gold.events) - evaluate._pairs(gold.groups)
    assert len(independent) >= 10  # hard negatives: same event, separate reports
    languages = {gold.documents[d]["language"] for group in gold.groups for d in group}
    assert languages == {"en", "ru"}


@pytest.mark.slow
@pytest.mark.parametrize("name", SETS)
@pytest.mark.parametrize("key", ["precision", "recall", "f1", "cross_language_recall"])
def test_figure_at_or_above_floor(name: str, key: str) -> None:
    value, floor = _figures(name)[key], BASELINE[name][key]
    assert value >= floor - MARGIN, f"{name}: {key} fell to {value} (floor {floor})"


@pytest.mark.slow
@pytest.mark.parametrize("name", SETS)
def test_no_more_independent_pairs_grouped(name: str) -> None:
    grouped = _figures(name)["independent_grouped"]
    ceiling = BASELINE[name]["independent_grouped_at_most"]
    assert grouped <= ceiling, f"{name}: {grouped} independent report pairs grouped as copies"
