"""Fuzz target: HTML pages through the parse stage (trafilatura, metadata, budget)."""

from __future__ import annotations

import html

import pytest
from hypothesis import given
from hypothesis import strategies as st

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

TARGET = "html"
pytestmark = pytest.mark.filterwarnings("ignore:Generating overly large repr")
TAGS = ("p", "div", "article", "main", "span", "h1", "h2", "a", "script", "style", "table",
        "tr", "td", "br", "ul", "li", "title", "meta", "section", "aside", "nav", "footer",
        "header", "b", "blockquote", "figure", "noscript", "template", "svg", "iframe")  # fmt: skip


def sources() -> tuple[bytes, ...]:
    pages = tuple(p.read_bytes() for p in sorted(EXAMPLES_DIR.glob("*.html")))
    return seed_bytes("html") + pages


def big_pages() -> dict[str, bytes]:
    wrap = "<html><head><title>Big</title></head><body><article><p>{}</p></article></body></html>"
    return {
        "amp-1m": wrap.format(big("&amp;", 5_000_000)).encode(),
        "nested": ("<html><body>" + big("<div>", 500_000) + "x").encode(),
        "attribute": f'<html><body><p title="{big("x", 1_000_000)}">T</p></body></html>'.encode(),
        "paragraphs": wrap.format(big("Recruiters came to Osh. </p><p>", 2_000_000)).encode(),
    }


def check(content: bytes, content_type: str | None, origin: str = "page.html") -> None:
    try:
        article = parse(RawDocument(origin=origin, content=content, content_type=content_type))
    except DossierError:
        return
    check_article(article)


@pytest.mark.parametrize("index", range(len(sources())))
def test_seed(index: int) -> None:
    data = sources()[index]
    timed(TARGET, data[:60], lambda: check(data, "text/html"), SLOW_SEED_S)


@pytest.mark.parametrize("name", sorted(big_pages()))
def test_big_seed(name: str) -> None:
    data = big_pages()[name]
    timed(TARGET, name, lambda: check(data, "text/html"), SLOW_SEED_S)


@st.composite
def pages(draw: st.DrawFn) -> bytes:
    """A random tree of tags around escaped (or raw) hostile text."""
    leaf = any_text(example_texts()).map(lambda t: html.escape(t) if len(t) % 3 else t)
    attrs = st.sampled_from(("", ' class="share"', ' id="content"', ' charset="utf-16"',
                             ' href="https://u:p@x/"', ' content="2023-08-30"'))  # fmt: skip
    tree = st.recursive(
        leaf,
        lambda kids: st.builds(
            lambda tag, attr, inner: f"<{tag}{attr}>{''.join(inner)}</{tag}>",
            st.sampled_from(TAGS), attrs, st.lists(kids, max_size=4),
        ),
        max_leaves=25,
    )  # fmt: skip
    body = draw(tree)
    title = html.escape(draw(st.text(max_size=40)))
    page = f"<!DOCTYPE html><html><head><title>{title}</title></head><body>{body}</body></html>"
    return page.encode(draw(st.sampled_from(("utf-8", "utf-16", "cp1251"))), "replace")


@FUZZ
@given(
    data=st.one_of(mutated_bytes(sources()), pages(), st.binary(max_size=600)),
    content_type=st.sampled_from((None, "text/html", "text/html; charset=windows-1251",
                                  "text/html; charset=bogus", "application/xhtml+xml")),
)  # fmt: skip
def test_fuzz(data: bytes, content_type: str | None) -> None:
    timed(TARGET, data, lambda: check(data, content_type))
