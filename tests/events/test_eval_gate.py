"""Quality gate: the events stage on our gold and held-out sets must not fall below the floors."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

BASELINE = Path(__file__).resolve().parents[2] / "eval" / "events" / "baseline.json"


@pytest.mark.slow
def test_events_gold_set_meets_floors() -> None:
    from evaluate import evaluate

    floors = json.loads(BASELINE.read_text(encoding="utf-8"))
    report = evaluate(which="gold")
    assert report["gold_events"] >= 120 and report["documents"] >= 20
    assert report["overall"]["f1"] >= floors["overall_f1"], report["overall"]
    assert report["date_accuracy"] >= floors["date_accuracy"]
    assert report["modality_accuracy"] >= floors["modality_accuracy"]


@pytest.mark.slow
def test_events_heldout_set_meets_floors() -> None:
    from evaluate import evaluate

    floors = json.loads(BASELINE.read_text(encoding="utf-8"))["heldout"]
    report = evaluate(which="heldout")
    assert report["gold_events"] >= 50 and report["documents"] >= 10
    assert report["overall"]["f1"] >= floors["overall_f1"], report["overall"]
    assert report["date_accuracy"] >= floors["date_accuracy"]
    assert report["modality_accuracy"] >= floors["modality_accuracy"]


@pytest.mark.slow
def test_events_blind_set_meets_floors() -> None:
    from evaluate import evaluate

    floors = json.loads(BASELINE.read_text(encoding="utf-8"))["blind"]
    report = evaluate(which="blind")
    assert report["gold_events"] >= 40 and report["documents"] >= 8
    assert report["overall"]["f1"] >= floors["overall_f1"], report["overall"]
    assert report["date_accuracy"] >= floors["date_accuracy"]
    assert report["modality_accuracy"] >= floors["modality_accuracy"]
