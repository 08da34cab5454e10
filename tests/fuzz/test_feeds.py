"""Fuzz target: RSS and Atom feeds (defusedxml check, feedparser, item documents)."""

from __future__ import annotations

import tempfile
from pathlib import Path

import httpx
import pytest
from hypothesis import given
from hypothesis import strategies as st

from dossier.acquire import InputFailure, iter_input
from dossier.acquire.feeds import read_feed
from dossier.errors import FeedError
from dossier.models import RawDocument

from .harness import (
    EXAMPLES_DIR,
    FUZZ,
    SCALE,
    SLOW_SEED_S,
    any_text,
    big,
    example_texts,
    mutated_bytes,
    seed_bytes,
    timed,
)
from .invariants import check_raw

TARGET = "feeds"


def sources() -> tuple[bytes, ...]:
    return (*seed_bytes("feeds"), (EXAMPLES_DIR / "feed.xml").read_bytes())


def big_feeds() -> dict[str, bytes]:
    item = "<item><title>T</title><link>http://h{}.invalid/a</link></item>"
    links = "".join(item.format(n) for n in range(int(10_000 * SCALE)))
    return {
        "dead-links": f"<rss><channel><title>t</title>{links}</channel></rss>".encode(),
        "items": ("<rss><channel>" + big("<item>", 600_000)).encode(),
        "cdata": f"<rss><channel><item><description><![CDATA[{big('&', 1_000_000)}]]>"
        "</description></item></channel></rss>".encode(),
    }


def _refuse(request: httpx.Request) -> httpx.Response:
    return httpx.Response(404)


def _public(host: str) -> list[str]:
    return ["93.184.216.34"]


def check(data: bytes) -> None:
    try:
        items = read_feed(data, "feed.xml")
    except FeedError:
        items = []
    for item in items:
        assert item.link is None or item.link.lower().startswith(("http://", "https://"))
        assert item.content_type in ("text/html", "text/plain")
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "feed.xml"
        path.write_bytes(data)
        with httpx.Client(transport=httpx.MockTransport(_refuse)) as client:
            acquired = list(iter_input(str(path), client=client, resolver=_public))
    for got in acquired:
        if isinstance(got, RawDocument):
            check_raw(got)
        else:
            assert isinstance(got, InputFailure) and "\n" not in got.reason, got


@pytest.mark.parametrize("index", range(len(sources())))
def test_seed(index: int) -> None:
    data = sources()[index]
    timed(TARGET, data[:60], lambda: check(data), SLOW_SEED_S)


@pytest.mark.parametrize("name", sorted(big_feeds()))
def test_big_seed(name: str) -> None:
    data = big_feeds()[name]
    timed(TARGET, name, lambda: check(data), SLOW_SEED_S)


@st.composite
def feeds(draw: st.DrawFn) -> bytes:
    """RSS or Atom with random items: links, dates, embedded HTML or text, CDATA."""
    text = any_text(example_texts())
    links = st.sampled_from(("http://news.example/a", "https://u:p@news.example/b", "urn:x",
                             "javascript:alert(1)", "/relative", "", "http://[::1]/"))  # fmt: skip
    items = []
    for _ in range(draw(st.integers(0, 6))):
        body, title, link = draw(text), draw(text), draw(links)
        if draw(st.booleans()):
            items.append(f"<item><title>{title}</title><link>{link}</link>"
                         f"<description><![CDATA[{body}]]></description></item>")  # fmt: skip
        else:
            items.append(f'<entry><title>{title}</title><link href="{link}"/>'
                         f'<content type="text">{body}</content></entry>')  # fmt: skip
    head = draw(
        st.sampled_from(
            (
                '<rss version="2.0"><channel><title>t</title>',
                '<feed xmlns="http://www.w3.org/2005/Atom"><title>t</title>',
            )
        )
    )
    tail = "</channel></rss>" if head.startswith("<rss") else "</feed>"
    return f'<?xml version="1.0"?>{head}{"".join(items)}{tail}'.encode("utf-8", "replace")


@FUZZ
@given(data=st.one_of(mutated_bytes(sources()), feeds(), st.binary(max_size=400)))
def test_fuzz(data: bytes) -> None:
    timed(TARGET, data, lambda: check(data))
