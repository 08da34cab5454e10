"""Fuzz target: quantities (value, unit, range, qualifier, counted noun)."""

from __future__ import annotations

import math

import pytest
from hypothesis import given

from dossier.measure import find_quantities

from .harness import FUZZ, LANGUAGES, SLOW_SEED_S, timed
from .invariants import check_spans
from .text_targets import news, seed_texts

TARGET = "quantities"


def check(text: str, language: str) -> None:
    quantities = find_quantities(text, language)
    check_spans(text, quantities)
    for quantity in quantities:
        if quantity.value is not None:
            assert not math.isnan(quantity.value), quantity
        if quantity.value is not None and quantity.value_max is not None:
            assert quantity.value_max >= quantity.value, quantity


@pytest.mark.parametrize("name", sorted(seed_texts()))
@pytest.mark.parametrize("language", ["en", "ru"])
def test_seed(name: str, language: str) -> None:
    text = seed_texts()[name]
    timed(TARGET, name, lambda: check(text, language), SLOW_SEED_S)


@FUZZ
@given(text=news, language=LANGUAGES)
def test_fuzz(text: str, language: str) -> None:
    timed(TARGET, text, lambda: check(text, language))
