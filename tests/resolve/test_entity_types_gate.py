"""Entity types on the seed and the examples must not fall below eval/entity_types/baseline.json."""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path
from types import ModuleType

import pytest

EVAL = Path(__file__).resolve().parents[2] / "eval" / "entity_types"


def _evaluate_module() -> ModuleType:
    spec = importlib.util.spec_from_file_location("entity_types_evaluate", EVAL / "evaluate.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # its dataclasses look their module up there
    spec.loader.exec_module(module)
    return module


def test_gold_lists_types_and_furniture() -> None:
    documents = _evaluate_module().load_gold()
    assert len(documents) >= 15
    kinds = {
        k
        for d in documents
        for v in d["entities"].values()
        for k in ([v] if isinstance(v, str) else v)
    }
    assert kinds == {"PERSON", "ORG", "PLACE", "OUTLET", "GROUP"}
    assert sum(len(d.get("not_entities") or []) for d in documents) >= 20


@pytest.mark.slow
def test_figures_stay_above_floors() -> None:
    floors = json.loads((EVAL / "baseline.json").read_text(encoding="utf-8"))
    result = _evaluate_module().evaluate()
    figures = result.figures()
    assert figures["documents"] >= 20 - len(result.skipped)
    assert figures["type_accuracy"] >= floors["type_accuracy"], result.errors
    assert figures["recall"] >= floors["recall"], result.errors
    assert figures["spurious"] <= floors["spurious_at_most"], result.errors
    assert figures["split"] <= floors["split_at_most"], result.errors


@pytest.mark.slow
@pytest.mark.parametrize(
    "name",
    [
        "families",
        "families_dev2",
        "families_dev3",
        "families_dev4",
        "families_dev5",
        "families_dev6",
        "families_dev7",
        "families_dev8",
        "families_dev9",
        "families_dev10",
        "families_dev11",
        "families_dev12",
        "families_dev13",
        "families_dev14",
        "families_dev15",
        "families_dev16",
        "families_dev17",
        "families_dev18",
        "families_dev19",
        "families_dev20",
        "families_dev21",
        "families_dev22",
        "families_heldout",
        "families_heldout2",
    ],
)
def test_families_stay_above_floors(name: str) -> None:
    """Issue 10's names families (eval/GUIDELINES.md "## Names"); families_heldout2 is never
    tuned on (families_heldout was held out in the first round, then tuned on)."""
    floors = json.loads((EVAL / "baseline.json").read_text(encoding="utf-8"))[name]
    module = _evaluate_module()
    result = module.evaluate(module.GOLD_FILES[name])
    figures = result.figures()
    assert not result.skipped
    for key, floor in floors.items():
        if key.startswith("_"):  # a note on why a floor moved
            continue
        assert figures[key] >= floor, (key, result.errors)
