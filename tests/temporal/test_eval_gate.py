"""Eval gate: the temporal figures may not drop below the floors in eval/temporal/baseline.json."""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path
from types import ModuleType

import pytest

EVAL = Path(__file__).resolve().parents[2] / "eval" / "temporal"
BASELINE = json.loads((EVAL / "baseline.json").read_text(encoding="utf-8"))


def _load(name: str) -> ModuleType:
    sys.path.insert(0, str(EVAL))
    try:
        spec = importlib.util.spec_from_file_location(f"temporal_eval_{name}", EVAL / f"{name}.py")
        assert spec is not None and spec.loader is not None
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        return module
    finally:
        sys.path.remove(str(EVAL))


def _check(figures: dict[str, float], floors: dict[str, float]) -> None:
    low = {k: round(figures[k], 4) for k, floor in floors.items() if figures[k] < floor}
    assert not low, f"below the floor in baseline.json: {low} (floors {floors})"


def test_tempeval3_platinum() -> None:
    tempeval3 = _load("tempeval3")
    if not tempeval3.DATA.is_dir():
        pytest.skip(
            f"TempEval-3 platinum data absent at {tempeval3.DATA}: third-party data in ../shared"
        )
    figures, _ = tempeval3.evaluate()
    _check(figures, BASELINE["tempeval3"])


def test_russian_gold() -> None:
    russian = _load("russian")
    figures, score = russian.evaluate(russian.GOLD)
    assert score.gold >= 150
    _check(figures, BASELINE["russian"])


def test_russian_heldout() -> None:
    russian = _load("russian")
    figures, _ = russian.evaluate(russian.HELDOUT)
    _check(figures, BASELINE["russian_heldout"])


def test_english_heldout() -> None:
    tempeval3 = _load("tempeval3")
    figures, _ = tempeval3.evaluate_heldout()
    _check(figures, BASELINE["english_heldout"])


@pytest.mark.parametrize(
    "name",
    [
        "english_families",
        "english_families_heldout",
        "russian_families",
        "russian_families_heldout",
        "english_heldout2",
        "russian_heldout2",
        "english_dev3",
        "english_dev4",
        "russian_dev",
        "english_dev5",
        "russian_dev2",
        "english_dev6",
        "russian_dev3",
        "english_dev7",
        "russian_dev4",
        "english_dev8",
        "russian_dev5",
        "english_dev9",
        "russian_dev6",
        "english_heldout3",
        "russian_heldout3",
        "english_dev10",
        "russian_dev7",
        "english_heldout4",
        "russian_heldout4",
        "english_dev11",
        "russian_dev8",
        "english_heldout5",
        "russian_heldout5",
        "english_dev12",
        "russian_dev9",
        "english_heldout6",
        "russian_heldout6",
        "english_dev13",
        "russian_dev10",
        "english_heldout7",
        "russian_heldout7",
        "english_heldout8",
        "russian_heldout8",
        "english_dev14",
        "english_dev15",
        "russian_dev11",
        "english_heldout9",
        "russian_heldout9",
        "english_dev16",
        "russian_dev12",
        "english_dev17",
        "russian_dev13",
        "english_heldout10",
        "russian_heldout10",
    ],
)
def test_time_families(name: str) -> None:
    families = _load("families")
    figures, _ = families.evaluate(name)
    _check(figures, BASELINE[name])
