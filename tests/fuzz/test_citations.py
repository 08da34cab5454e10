"""Fuzz target: citations, attributions and quotes, with the claims they support."""

from __future__ import annotations

from functools import lru_cache

import pytest
from hypothesis import given
from hypothesis import strategies as st

from dossier.analyze.simple import split_sentences
from dossier.cite import OutletRegistry, find_citations
from dossier.models import Mention
from dossier.packs import get_pack
from dossier.temporal import tag

from .harness import ANCHORS, FUZZ, LANGUAGES, SLOW_SEED_S, timed
from .text_targets import news, seed_texts

TARGET = "citations"


@lru_cache(maxsize=1)
def registry() -> OutletRegistry:
    return OutletRegistry.from_pack(get_pack())


def capitalised(text: str) -> list[Mention]:
    """Every capitalised word as a PERSON mention: crude, but it reaches the mention paths."""
    mentions: list[Mention] = []
    pos = 0
    for word in text.split():
        start = text.find(word, pos)
        pos = start + len(word)
        if word[:1].isupper():
            mentions.append(Mention(start, pos, word, "PERSON", "fuzz"))
    return mentions


def check(text: str, language: str, anchor: str | None, with_mentions: bool) -> None:
    sentences = split_sentences(text)
    mentions = capitalised(text) if with_mentions else []
    timexes = tag(text, language, anchor)
    citations = find_citations(text, language, timexes, sentences, registry(), mentions)
    assert len({c.id for c in citations}) == len(citations)
    for citation in citations:
        assert 0 <= citation.start < citation.end <= len(text), citation
        assert citation.source, citation
        for start, end in citation.supports:
            assert 0 <= start <= end <= len(text), citation


@pytest.mark.parametrize("name", sorted(seed_texts()))
@pytest.mark.parametrize("language", ["en", "ru"])
def test_seed(name: str, language: str) -> None:
    text = seed_texts()[name]
    timed(TARGET, name, lambda: check(text, language, "2023-08-30", True), SLOW_SEED_S)


@FUZZ
@given(text=news, language=LANGUAGES, anchor=ANCHORS, with_mentions=st.booleans())
def test_fuzz(text: str, language: str, anchor: str | None, with_mentions: bool) -> None:
    timed(TARGET, text, lambda: check(text, language, anchor, with_mentions))


def test_found_a_parenthetical_of_quote_marks() -> None:
    # found by this target at 100,000 inputs: a "source" of quote marks alone had no first word
    text = "((((((((((((((((((((««)"
    assert find_citations(text, "en", [], split_sentences(text), registry(), []) == []
