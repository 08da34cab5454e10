"""Shared helpers: the evaluation's pipeline driver (``eval/events/pipeline.py``)."""

from __future__ import annotations

import sys
from pathlib import Path

EVAL_DIR = Path(__file__).resolve().parents[2] / "eval" / "events"
if str(EVAL_DIR) not in sys.path:
    sys.path.insert(0, str(EVAL_DIR))


def events_of(text: str, language: str, published: str | None) -> list:
    """The events the real pipeline finds in one article (the evaluation's driver)."""
    from events_pipeline import run_many

    (run,) = run_many([(text, language, published)])
    return run.events
