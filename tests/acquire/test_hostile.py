"""Issue 13, the input side: inputs that hung, leaked or slipped past a check before."""

from __future__ import annotations

import base64
import os
import threading
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from dossier.acquire import InputFailure, iter_inputs, plan_inputs
from dossier.acquire.feeds import read_feed
from dossier.acquire.urls import strip_credentials
from dossier.errors import FeedError
from dossier.models import RawDocument

from .conftest import Server

Acquired = RawDocument | InputFailure


def within(seconds: float, run: Callable[[], list[Acquired]]) -> list[Acquired]:
    """``run()``, failing the test (instead of hanging it) if it takes over ``seconds``."""
    result: list[list[Acquired]] = []
    worker = threading.Thread(target=lambda: result.append(run()), daemon=True)
    worker.start()
    worker.join(seconds)
    assert not worker.is_alive(), f"still running after {seconds} s"
    return result[0]


def take_all(*names: str, **kwargs: object) -> list[Acquired]:
    return list(iter_inputs(list(names), **kwargs))  # type: ignore[arg-type]


# --- read only regular files ----------------------------------------------------------


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs FIFOs")
def test_a_fifo_named_jsonl_is_refused_without_blocking(tmp_path: Path) -> None:
    fifo = tmp_path / "articles.jsonl"
    os.mkfifo(fifo)
    results = within(10, lambda: take_all(str(fifo)))
    assert results == [InputFailure(str(fifo), "refused: not a regular file")]


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs FIFOs")
def test_fifos_in_a_folder_are_refused_and_the_rest_is_read(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("A short article about labour migration.")
    for name in ("b.jsonl", "c.txt", "d.html"):
        os.mkfifo(tmp_path / name)
    results = within(10, lambda: take_all(str(tmp_path)))
    assert isinstance(results[0], RawDocument)
    assert [r.reason for r in results[1:] if isinstance(r, InputFailure)] == [
        "refused: not a regular file"
    ] * 3


def test_an_unreadable_folder_is_an_input_failure(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # chmod 000 does not stop root, so the listing is refused where os.walk asks for it.
    (tmp_path / "ok").mkdir()
    (tmp_path / "ok" / "a.txt").write_text("Readable article text.")
    (tmp_path / "locked").mkdir()
    (tmp_path / "locked" / "b.txt").write_text("Never seen.")
    real_scandir = os.scandir

    def scandir(path: str | os.PathLike[str]) -> object:
        if Path(path).name == "locked":
            raise PermissionError(13, "Permission denied", str(path))
        return real_scandir(path)

    monkeypatch.setattr(os, "scandir", scandir)
    results = take_all(str(tmp_path))
    locked = str(tmp_path / "locked")
    assert InputFailure(locked, "cannot read folder: Permission denied") in results
    assert any(isinstance(r, RawDocument) and r.origin.endswith("a.txt") for r in results)
    assert locked in plan_inputs([str(tmp_path)])  # counted for the progress bar too
    results = take_all(locked)
    assert results == [InputFailure(locked, "cannot read folder: Permission denied")]


# --- credentials never stored ---------------------------------------------------------


@pytest.mark.parametrize(
    ("url", "stripped"),
    [
        ("http://user:secret@example.com/a", "http://example.com/a"),
        ("https://token@example.com:8443/a?x=1#f", "https://example.com:8443/a?x=1#f"),
        ("http://u:p@[::1]:8080/", "http://[::1]:8080/"),
        ("http://example.com/path@with-at", "http://example.com/path@with-at"),
        ("notes/a@b.txt", "notes/a@b.txt"),
    ],
)
def test_strip_credentials(url: str, stripped: str) -> None:
    assert strip_credentials(url) == stripped


@pytest.mark.network
def test_credentials_are_used_for_the_fetch_but_never_recorded(http_server: Server) -> None:
    url = http_server.url("/page.html").replace("http://", "http://reader:s3cret@")
    [result] = take_all(url, allow_private=True)
    assert isinstance(result, RawDocument)
    assert "s3cret" not in repr(result)
    assert result.origin == result.url == http_server.url("/page.html")
    sent = http_server.headers[-1].get("Authorization", "")
    assert base64.b64decode(sent.removeprefix("Basic ")) == b"reader:s3cret"


@pytest.mark.network
def test_credentials_stay_out_of_failure_lines(http_server: Server) -> None:
    url = http_server.url("/missing").replace("http://", "http://reader:s3cret@")
    [result] = take_all(url, allow_private=True)
    assert result == InputFailure(http_server.url("/missing"), "HTTP 404 Not Found")


@pytest.mark.network
def test_a_refusal_after_the_body_names_the_url_once_without_credentials(
    http_server: Server,
) -> None:
    url = http_server.url("/note.xml").replace("http://", "http://reader:s3cret@")
    [result] = take_all(url, allow_private=True)
    assert result == InputFailure(
        http_server.url("/note.xml"), "refused: XML that is not an RSS or Atom feed"
    )


def test_credentials_in_feed_links_and_json_lines_are_not_recorded(tmp_path: Path) -> None:
    feed = tmp_path / "wire.rss"
    feed.write_text(
        """<?xml version="1.0"?><rss version="2.0"><channel><title>t</title>
        <item><title>One</title><link>https://ed:pw1@news.example/one</link>
        <description>Embedded text of the first item.</description></item>
        </channel></rss>"""
    )
    lines = tmp_path / "list.jsonl"
    lines.write_text('{"url": "https://ed:pw2@news.example/two", "text": "Text of two."}\n')
    results = take_all(str(feed), str(lines))
    assert [r.url for r in results if isinstance(r, RawDocument)] == [
        "https://news.example/one",
        "https://news.example/two",
    ]
    assert "pw1" not in repr(results) and "pw2" not in repr(results)


# --- JSON lines -----------------------------------------------------------------------


def test_a_json_line_with_a_huge_integer_fails_alone(tmp_path: Path) -> None:
    path = tmp_path / "big.jsonl"
    path.write_bytes(
        b'{"text": "First article text."}\n'
        + b'{"text": "Second.", "n": '
        + b"9" * 5000
        + b"}\n"
        + b'{"text": "Third article text."}\n'
    )
    results = take_all(str(path))
    assert [type(r).__name__ for r in results] == ["RawDocument", "InputFailure", "RawDocument"]
    failure = results[1]
    assert isinstance(failure, InputFailure)
    assert failure.origin == f"{path}:2"
    assert failure.reason.startswith("invalid JSON (Exceeds the limit (4300 digits)")
    assert "\n" not in failure.reason


# --- the deadline of a whole fetch ----------------------------------------------------


@pytest.mark.network
@pytest.mark.parametrize("path", ["/trickle-headers", "/trickle-body"])
def test_a_trickling_server_is_cut_off_at_the_deadline(
    http_server: Server, settings_env: Callable[..., None], path: str
) -> None:
    settings_env(HTTP_TIMEOUT="0.5")  # the whole fetch: 3 x 0.5 s
    started = time.monotonic()
    [result] = within(20, lambda: take_all(http_server.url(path), allow_private=True))
    elapsed = time.monotonic() - started
    assert isinstance(result, InputFailure)
    assert result.reason.startswith("timed out"), result.reason
    assert elapsed < 5, elapsed  # the server would go on for 30 s


def test_a_slow_name_lookup_counts_against_the_deadline(
    settings_env: Callable[..., None],
) -> None:
    settings_env(HTTP_TIMEOUT="0.2")

    def stuck(host: str) -> list[str]:
        time.sleep(30)
        return ["93.184.216.34"]

    started = time.monotonic()
    [result] = take_all("http://slow-dns.example/a", resolver=stuck)
    assert isinstance(result, InputFailure)
    assert result.reason == "timed out: no complete response in 0.6 s"
    assert time.monotonic() - started < 5  # the lookup alone would take 30 s


# --- feeds: an item cap and a deadline for the whole feed -----------------------------


def _link_feed(tmp_path: Path, items: int) -> Path:
    body = "".join(
        f"<item><title>{n}</title><link>http://host{n}.invalid/a</link></item>"
        for n in range(items)
    )
    path = tmp_path / "links.rss"
    path.write_text(f'<?xml version="1.0"?><rss version="2.0"><channel><title>t</title>{body}'
                    "</channel></rss>")  # fmt: skip
    return path


def test_feed_items_are_capped(tmp_path: Path, settings_env: Callable[..., None]) -> None:
    settings_env(MAX_FEED_ITEMS=5)
    looked_up: list[str] = []

    def unresolvable(host: str) -> list[str]:
        looked_up.append(host)
        raise_error(host)
        return []

    results = take_all(str(_link_feed(tmp_path, 1000)), resolver=unresolvable)
    assert len(looked_up) == 5
    assert len(results) == 6
    last = results[-1]
    assert isinstance(last, InputFailure)
    assert last.reason == "995 items after the first 5 not taken (DOSSIER_MAX_FEED_ITEMS)"


def raise_error(host: str) -> None:
    from dossier.errors import FetchError

    raise FetchError(f"cannot resolve host {host!r}")


def test_a_feed_has_one_deadline_for_all_its_links(
    tmp_path: Path, settings_env: Callable[..., None]
) -> None:
    settings_env(FEED_TIMEOUT="0.5", HTTP_TIMEOUT="0.2")

    def slow(host: str) -> list[str]:
        time.sleep(0.3)
        raise_error(host)
        return []

    started = time.monotonic()
    results = take_all(str(_link_feed(tmp_path, 50)), resolver=slow)
    assert time.monotonic() - started < 8  # 50 lookups of 0.3 s would take 15 s
    last = results[-1]
    assert isinstance(last, InputFailure)
    assert last.reason.endswith("linked items not fetched: the feed's 0.5 s were spent "
                                "(DOSSIER_FEED_TIMEOUT)")  # fmt: skip


def test_a_feed_stops_fetching_after_twenty_failed_links_in_a_row(tmp_path: Path) -> None:
    looked_up: list[str] = []

    def unresolvable(host: str) -> list[str]:
        looked_up.append(host)
        raise_error(host)
        return []

    results = take_all(str(_link_feed(tmp_path, 100)), resolver=unresolvable)
    assert len(looked_up) == 20  # 10,000 such links took over 5 minutes before
    assert len(results) == 21
    assert results[-1] == InputFailure(
        str(tmp_path / "links.rss"), "80 linked items not fetched: its last 20 links all failed"
    )


def test_a_feed_with_too_many_tags_is_refused_before_feedparser(tmp_path: Path) -> None:
    # feedparser read 1,000,000 bare <item> tags in 24 s.
    path = tmp_path / "tags.rss"
    path.write_bytes(b"<rss><channel>" + b"<item>" * 150_000)
    started = time.monotonic()
    assert take_all(str(path)) == [
        InputFailure(str(path), "refused: feed has 150,002 tags, over the 100,000 read")
    ]
    assert time.monotonic() - started < 5


def test_escaped_tags_count_against_a_feed_s_budget() -> None:
    # feedparser parses escaped HTML content as markup: 1.8 MB of "&lt;b&gt;" took 1.8 s.
    feed = b"<rss><channel><item><description>" + b"&lt;b&gt;" * 120_000 + b"</description>"
    with pytest.raises(FeedError, match="feed has 120,005 tags, over the 100,000 read"):
        read_feed(feed, "escaped.rss")


def test_a_feed_that_crashes_feedparser_is_one_failure(tmp_path: Path) -> None:
    # Found by tests/fuzz: U+0085 in a namespace URI made feedparser's handler raise
    # ValueError, which stopped the whole ingest.
    path = tmp_path / "nel.rss"
    path.write_bytes(
        b'<?xml version="1.0"?><rss version="2.0" xmlns:dc="h\xc2\x85ttp://purl.org/dc/">'
        b"<channel><title>t</title><item><title>One</title><dc:creator>A. Writer</dc:creator>"
        b"<description>Text of the item.</description></item></channel></rss>"
    )
    assert take_all(str(path)) == [InputFailure(str(path), "not a readable feed (ValueError)")]


@pytest.mark.parametrize(
    ("declared", "reason"),
    [
        (b"ATF-8", "refused: feed declares an unknown encoding (unknown encoding: ATF-8)"),
        (b"\x80TF-8", "not a readable feed (UnicodeDecodeError)"),
        (b"UTF\x00-8", "not a readable feed (ValueError)"),
    ],
)
def test_a_feed_with_a_broken_encoding_declaration_is_refused(declared: bytes, reason: str) -> None:
    # Found by tests/fuzz: each raised out of defusedxml or feedparser and ended the ingest.
    data = (
        b'<?xml version="1.0" encoding="' + declared + b'"?><rss version="2.0"><channel>'
        b"<title>t</title><item><title>One</title><description>Text.</description></item>"
        b"</channel></rss>"
    )
    with pytest.raises(FeedError) as caught:
        read_feed(data, "enc.rss")
    assert str(caught.value) == f"enc.rss: {reason}"
