"""Fuzz target: JSON lines, from a file and from a fetched body, through to parse."""

from __future__ import annotations

import contextlib
import io
import json

import pytest
from hypothesis import given
from hypothesis import strategies as st

from dossier.acquire import jsonlines
from dossier.errors import DossierError
from dossier.models import RawDocument
from dossier.parse import parse

from .harness import (
    EXAMPLES_DIR,
    FUZZ,
    SLOW_SEED_S,
    any_text,
    big,
    example_texts,
    mutated_bytes,
    seed_bytes,
    timed,
)
from .invariants import check_article

TARGET = "jsonlines"
LIMIT = 1 << 20  # bytes a line; the real limit is DOSSIER_MAX_BYTES


def sources() -> tuple[bytes, ...]:
    return (*seed_bytes("jsonl"), (EXAMPLES_DIR / "articles.jsonl").read_bytes())


def big_bodies() -> dict[str, bytes]:
    return {
        "integer": b'{"text": "x", "n": ' + big("9", 100_000).encode() + b"}\n",
        "nested": big("[", 1_000_000).encode(),
        "nul-lines": big('{"text": "\\u0000 a"}\n', 1_000_000).encode(),
        "long-line": b'{"text": "' + big("a", 2_000_000).encode() + b'"}\n',
        "escapes": b'{"text": "' + big("\\u001b", 1_000_000).encode() + b'"}\n',
    }


def check(data: bytes) -> None:
    records = list(jsonlines.iter_file(io.BytesIO(data), "f.jsonl", LIMIT))
    records += list(jsonlines.iter_body(data, "api"))
    for record in records:
        if isinstance(record, jsonlines.LineError):
            assert record.reason and "\n" not in record.reason, record
            continue
        raw = RawDocument(origin=record.where, content=b"", url=record.url, text=record.text,
                          title=record.title, published=record.published)  # fmt: skip
        if record.text is None:
            continue  # html or a link: the HTML target covers those
        with contextlib.suppress(DossierError):
            check_article(parse(raw))


@pytest.mark.parametrize("index", range(len(sources())))
def test_seed(index: int) -> None:
    data = sources()[index]
    timed(TARGET, data[:60], lambda: check(data), SLOW_SEED_S)


@pytest.mark.parametrize("name", sorted(big_bodies()))
def test_big_seed(name: str) -> None:
    data = big_bodies()[name]
    timed(TARGET, name, lambda: check(data), SLOW_SEED_S)


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=20),
    lambda kids: (
        st.lists(kids, max_size=4) | st.dictionaries(st.text(max_size=6), kids, max_size=4)
    ),
    max_leaves=12,
)


@st.composite
def lines(draw: st.DrawFn) -> bytes:
    """Objects with the real fields (some of the wrong type) and odd values, one per line."""
    fields = st.sampled_from(("text", "html", "url", "title", "published", "x"))
    out = []
    for _ in range(draw(st.integers(1, 5))):
        record = draw(st.dictionaries(fields, any_text(example_texts()) | json_values, max_size=5))
        out.append(json.dumps(record, ensure_ascii=draw(st.booleans())))
    return "\n".join(out).encode("utf-8", "surrogatepass")


@FUZZ
@given(data=st.one_of(mutated_bytes(sources()), lines(), st.binary(max_size=400)))
def test_fuzz(data: bytes) -> None:
    timed(TARGET, data, lambda: check(data))
