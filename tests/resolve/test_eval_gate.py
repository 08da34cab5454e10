"""Name matching must not fall below the floors pinned in eval/names/baseline.json."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path
from types import ModuleType

import pytest

EVAL = Path(__file__).resolve().parents[2] / "eval" / "names"


def _evaluate_module() -> ModuleType:
    spec = importlib.util.spec_from_file_location("names_evaluate", EVAL / "evaluate.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_gold_pairs_are_enough_and_both_scripts() -> None:
    pairs = _evaluate_module().gold_pairs()
    assert len(pairs) >= 200
    assert sum(1 for *_, same in pairs if not same) >= 50
    assert any(any("\u0400" <= ch <= "\u04ff" for ch in a + b) for _, a, b, _ in pairs)


@pytest.mark.slow
def test_figures_stay_above_floors() -> None:
    module = _evaluate_module()
    floors = json.loads((EVAL / "baseline.json").read_text(encoding="utf-8"))
    figures = module.evaluate(sample=2000)
    for name, floor in floors.items():
        if name not in figures:
            assert name == "wikidata_en_ru", f"{name} was not evaluated"
            pytest.skip("../shared/data/name-transliteration-en-ru is absent")
        for metric, value in floor.items():
            assert figures[name][metric] >= value, f"{name} {metric} {figures[name][metric]}"
