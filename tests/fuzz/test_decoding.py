"""Fuzz target: bytes to text (BOMs, declared charsets, controls) and plain-text parsing."""

from __future__ import annotations

import codecs

import pytest
from hypothesis import given
from hypothesis import strategies as st

from dossier.acquire import files
from dossier.errors import DossierError, ParseError
from dossier.models import RawDocument
from dossier.parse import parse
from dossier.parse.text import decode_text

from .harness import (
    FUZZ,
    SLOW_SEED_S,
    any_text,
    big,
    example_texts,
    mutated_bytes,
    seed_bytes,
    timed,
)
from .invariants import CONTROLS, check_article

TARGET = "decoding"
ENCODINGS = ("utf-8", "utf8", "windows-1251", "koi8-r", "utf-16", "latin-1", "bogus", "utf-32")
BOMS = (b"", codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE, codecs.BOM_UTF32_LE,
        codecs.BOM_UTF32_BE)  # fmt: skip


def sources() -> tuple[bytes, ...]:
    return seed_bytes("decoding")


def big_inputs() -> dict[str, bytes]:
    return {
        "word-5mb": big("a", 5_000_000).encode(),
        "utf16-article": codecs.BOM_UTF16_LE
        + big("Recruiters came. ", 1_000_000).encode("utf-16-le"),
        "controls": big("a\x01\x1b[2J\x9b", 2_000_000).encode(),
        "crlf": big("line\r\n", 2_000_000).encode(),
    }


def check(data: bytes, encoding: str) -> None:
    try:
        text = decode_text(data, "a.txt", encoding)
    except ParseError:
        pass
    else:
        assert not CONTROLS.search(text) and "\r" not in text
    try:
        kind = files.classify(data, "a", declared=None)
        files.binary_reason(data)
    except DossierError:
        kind = files.PLAIN
    if kind in (files.FEED, files.JSONL):
        return
    try:
        article = parse(RawDocument(origin="a.txt", content=data, content_type=kind))
    except DossierError:
        return
    check_article(article)


@pytest.mark.parametrize("index", range(len(sources())))
def test_seed(index: int) -> None:
    data = sources()[index]
    timed(TARGET, data[:60], lambda: check(data, "utf-8"), SLOW_SEED_S)


@pytest.mark.parametrize("name", sorted(big_inputs()))
def test_big_seed(name: str) -> None:
    data = big_inputs()[name]
    timed(TARGET, name, lambda: check(data, "utf-8"), SLOW_SEED_S)


@st.composite
def encoded(draw: st.DrawFn) -> bytes:
    """Text in some encoding, maybe behind a BOM that says something else."""
    text = draw(any_text(example_texts()))
    codec = draw(st.sampled_from(("utf-8", "utf-16-le", "utf-16-be", "utf-32-le", "cp1251")))
    return draw(st.sampled_from(BOMS)) + text.encode(codec, "replace")


@FUZZ
@given(
    data=st.one_of(mutated_bytes(sources()), encoded(), st.binary(max_size=600)),
    encoding=st.sampled_from(ENCODINGS),
)
def test_fuzz(data: bytes, encoding: str) -> None:
    timed(TARGET, data, lambda: check(data, encoding))
