"""Fuzz target: the temporal tagger and the publication date inference."""

from __future__ import annotations

import pytest
from hypothesis import given

from dossier.temporal import infer_published, tag

from .harness import ANCHORS, FUZZ, LANGUAGES, SLOW_SEED_S, timed
from .invariants import check_spans
from .text_targets import news, seed_texts

TARGET = "temporal"


def check(text: str, language: str, anchor: str | None) -> None:
    timexes = tag(text, language, anchor)
    check_spans(text, timexes)
    for timex in timexes:
        assert timex.value and not any(ch.isspace() for ch in timex.value), timex
    inferred = infer_published(text, language)
    assert inferred is None or not any(ch.isspace() for ch in inferred)


@pytest.mark.parametrize("name", sorted(seed_texts()))
@pytest.mark.parametrize("language", ["en", "ru"])
def test_seed(name: str, language: str) -> None:
    text = seed_texts()[name]
    timed(TARGET, name, lambda: check(text, language, "2023-08-30"), SLOW_SEED_S)


@FUZZ
@given(text=news, language=LANGUAGES, anchor=ANCHORS)
def test_fuzz(text: str, language: str, anchor: str | None) -> None:
    timed(TARGET, text, lambda: check(text, language, anchor))
