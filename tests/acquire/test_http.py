"""Fetching from a real HTTP server on 127.0.0.1 (so with allow_private=True)."""

from __future__ import annotations

import time
from collections.abc import Callable

import pytest

from dossier.acquire import InputFailure, iter_inputs
from dossier.models import RawDocument

from .conftest import LONG_TEXT, PAGE, Server

pytestmark = pytest.mark.network


def take(url: str) -> RawDocument | InputFailure:
    [result] = list(iter_inputs([url], allow_private=True))
    return result


def failure(url: str) -> InputFailure:
    result = take(url)
    assert isinstance(result, InputFailure), result
    assert result.origin == url
    assert "\n" not in result.reason
    return result


def test_html_page(http_server: Server) -> None:
    url = http_server.url("/page.html")
    result = take(url)
    assert result == RawDocument(
        origin=url, content=PAGE, content_type="text/html; charset=utf-8", url=url, charset="utf-8"
    )


def test_plain_text_keeps_its_bytes_and_declared_charset(http_server: Server) -> None:
    result = take(http_server.url("/plain.txt"))
    assert isinstance(result, RawDocument)
    assert result.content_type == "text/plain; charset=windows-1251"
    assert result.charset == "windows-1251"
    assert result.content.decode("cp1251") == "Простой текст.\n"


def test_untyped_response_is_sniffed(http_server: Server) -> None:
    result = take(http_server.url("/untyped"))
    assert isinstance(result, RawDocument)
    assert result.content_type == "text/html"


def test_redirect_chain_within_the_cap(http_server: Server) -> None:
    result = take(http_server.url("/redirect/3"))
    assert isinstance(result, RawDocument)
    assert result.origin == http_server.url("/redirect/3")
    assert result.url == http_server.url("/page.html")  # the final URL, after the hops


def test_relative_redirect(http_server: Server) -> None:
    result = take(http_server.url("/relative-redirect"))
    assert isinstance(result, RawDocument)
    assert result.url == http_server.url("/page.html")


def test_redirect_chain_over_the_cap(
    http_server: Server, settings_env: Callable[..., None]
) -> None:
    settings_env(MAX_REDIRECTS=2)
    assert failure(http_server.url("/redirect/3")).reason == "refused: more than 2 redirects"


def test_redirect_loop(http_server: Server) -> None:
    reason = failure(http_server.url("/loop/a")).reason
    assert reason == f"refused: redirect loop at {http_server.url('/loop/a')}"


def test_redirect_without_location(http_server: Server) -> None:
    assert "without a Location" in failure(http_server.url("/no-location")).reason


def test_endless_body_is_cut_at_the_limit(
    http_server: Server, settings_env: Callable[..., None]
) -> None:
    settings_env(MAX_BYTES=200_000)
    started = time.monotonic()
    assert failure(http_server.url("/endless")).reason == (
        "refused: body is over the 195.3 KiB limit"
    )
    assert time.monotonic() - started < 5


def test_declared_length_over_the_limit_is_refused_before_reading(http_server: Server) -> None:
    assert failure(http_server.url("/huge-declared")).reason == (
        "refused: 60 MiB is over the 10 MiB limit"
    )


@pytest.mark.parametrize(
    ("path", "mime"),
    [
        ("/image.png", "image/png"),
        ("/report.pdf", "application/pdf"),
        ("/octet", "application/octet-stream"),
    ],
)
def test_non_text_content_types_are_refused(http_server: Server, path: str, mime: str) -> None:
    assert failure(http_server.url(path)).reason == (
        f"refused: content type {mime} is not a text document"
    )


def test_binary_body_behind_a_text_type_is_refused(http_server: Server) -> None:
    assert failure(http_server.url("/png-as-html")).reason == (
        "refused: not a text document (PNG image)"
    )


def test_not_found(http_server: Server) -> None:
    assert failure(http_server.url("/missing")).reason == "HTTP 404 Not Found"


def test_slow_server_times_out(http_server: Server, settings_env: Callable[..., None]) -> None:
    settings_env(HTTP_TIMEOUT="0.3")
    started = time.monotonic()
    assert failure(http_server.url("/slow")).reason == "timed out after 0.3 s"
    assert time.monotonic() - started < 0.9


def test_connection_refused(http_server: Server) -> None:
    # Port 9 (discard) on loopback: nothing listens there in a test environment.
    assert failure("http://127.0.0.1:9/").reason.startswith("cannot connect")


def test_feed_url_items_are_fetched_or_taken_from_full_content(http_server: Server) -> None:
    feed_url = http_server.url("/feed.xml")
    results = list(iter_inputs([feed_url], allow_private=True))
    assert len(results) == 4
    one, two, three, gone = results

    assert isinstance(one, RawDocument)
    assert one.url == one.origin == http_server.url("/article/1")
    assert one.title == "One"
    assert one.published == "Wed, 30 Aug 2023 10:00:00 +0000"
    assert b"Article number 1" in one.content  # fetched, not the teaser

    assert isinstance(two, RawDocument)
    assert b"Article number 2" in two.content

    assert isinstance(three, RawDocument)  # full content:encoded: used, not fetched
    assert three.content_type == "text/html; charset=utf-8"
    assert LONG_TEXT.strip().encode() in three.content
    assert "/never-fetched" not in http_server.hits

    assert gone == InputFailure(http_server.url("/missing"), "HTTP 404 Not Found")


def test_one_bad_url_does_not_stop_the_next(http_server: Server) -> None:
    urls = [http_server.url("/missing"), "http://10.0.0.5/", http_server.url("/page.html")]
    results = list(iter_inputs(urls, allow_private=True))
    assert [type(r) for r in results] == [InputFailure, InputFailure, RawDocument]


def test_real_server_is_not_reached_without_the_flag(http_server: Server) -> None:
    before = len(http_server.hits)
    [result] = list(iter_inputs([http_server.url("/page.html")]))
    assert isinstance(result, InputFailure)
    assert result.reason.startswith("refused: resolves to loopback address 127.0.0.1")
    assert len(http_server.hits) == before
