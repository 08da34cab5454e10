"""Feed files: embedded items, links fetched only when an item has none, hostile XML."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from dossier.acquire import InputFailure, iter_inputs
from dossier.acquire.feeds import FULL_TEXT_CHARS, read_feed
from dossier.errors import FeedError
from dossier.models import RawDocument

from .conftest import Server

ATOM = b"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Desk</title><id>urn:desk</id>
<updated>2023-09-01T00:00:00Z</updated>
<entry><title>Border checks tighten</title><id>urn:1</id>
  <link href="https://news.example/border"/><updated>2023-09-01T08:00:00Z</updated>
  <content type="html">&lt;p&gt;Checks at the border grew stricter in August.&lt;/p&gt;
  </content></entry>
<entry><title>Plain note</title><id>urn:2</id><updated>2023-09-02T08:00:00Z</updated>
  <content type="text">A short plain note.</content></entry>
</feed>"""

XXE = b"""<?xml version="1.0"?>
<!DOCTYPE rss [<!ENTITY secret SYSTEM "file:///etc/passwd">]>
<rss version="2.0"><channel><title>x</title>
<item><title>&secret;</title><description>&secret;</description></item></channel></rss>"""

BILLION_LAUGHS = b"""<?xml version="1.0"?>
<!DOCTYPE lolz [<!ENTITY lol "lol">
<!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
<!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
<!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
<!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">
<!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;">
<!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;">
<!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">]>
<rss version="2.0"><channel><title>&lol9;</title>
<item><title>&lol9;</title></item></channel></rss>"""

REFUSED = "refused: feed declares XML entities (possible XXE or entity bomb)"


def write(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


def test_atom_file_items_come_from_embedded_content(tmp_path: Path) -> None:
    path = write(tmp_path, "desk.atom", ATOM)
    first, second = iter_inputs([str(path)])
    assert first == RawDocument(
        origin="https://news.example/border",
        content=b"<p>Checks at the border grew stricter in August.</p>",
        content_type="text/html; charset=utf-8",
        url="https://news.example/border",
        title="Border checks tighten",
        published="2023-09-01T08:00:00Z",
        charset="utf-8",
    )
    assert isinstance(second, RawDocument)
    assert second.origin == f"{path}#2"  # no link: named by position
    assert second.content_type == "text/plain; charset=utf-8"
    assert second.content == b"A short plain note."


@pytest.mark.parametrize(("name", "data"), [("xxe.xml", XXE), ("lol.rss", BILLION_LAUGHS)])
def test_hostile_feeds_give_one_line(tmp_path: Path, name: str, data: bytes) -> None:
    path = write(tmp_path, name, data)
    started = time.monotonic()
    assert list(iter_inputs([str(path)])) == [InputFailure(str(path), REFUSED)]
    assert time.monotonic() - started < 1


def test_entities_in_malformed_xml_are_still_refused(tmp_path: Path) -> None:
    broken = XXE.replace(b"</channel>", b"")  # not well-formed: expat stops early
    path = write(tmp_path, "broken.xml", broken)
    assert list(iter_inputs([str(path)])) == [InputFailure(str(path), REFUSED)]
    wide = write(tmp_path, "wide.xml", XXE.decode().replace("</channel>", "").encode("utf-16"))
    with pytest.raises(FeedError, match="declares XML entities"):
        read_feed(wide.read_bytes(), "wide.xml")


def test_malformed_but_harmless_feed_is_read_leniently() -> None:
    data = b"""<rss version="2.0"><channel><title>t</title>
<item><title>A &amp; B</title><link>https://news.example/a</link>
<description>Body text here.</description></item></channel>"""  # unclosed <rss>
    [item] = read_feed(data, "loose.rss")
    assert item.title == "A & B"
    assert item.content == "Body text here."


def test_long_description_counts_as_full_text() -> None:
    body = "x" * FULL_TEXT_CHARS
    data = f"""<rss version="2.0"><channel><title>t</title>
<item><link>https://n.example/1</link><description>{body}</description></item>
<item><link>https://n.example/2</link><description>Teaser.</description></item>
</channel></rss>""".encode()
    full, teaser = read_feed(data, "f.rss")
    assert full.full and not teaser.full


def test_feed_with_no_items_and_non_feed(tmp_path: Path) -> None:
    empty = write(
        tmp_path, "empty.rss", b'<rss version="2.0"><channel><title>t</title></channel></rss>'
    )
    assert list(iter_inputs([str(empty)])) == [InputFailure(str(empty), "feed has no items")]


@pytest.mark.network
def test_feed_file_fetches_links_only_for_items_without_content(
    tmp_path: Path, http_server: Server
) -> None:
    data = f"""<rss version="2.0"><channel><title>t</title>
<item><title>Embedded</title><link>{http_server.url("/article/7")}</link>
  <description>Kept as given.</description></item>
<item><title>Bare</title><link>{http_server.url("/article/8")}</link></item>
</channel></rss>""".encode()
    path = write(tmp_path, "local.rss", data)
    embedded, bare = iter_inputs([str(path)], allow_private=True)
    assert isinstance(embedded, RawDocument) and embedded.content == b"Kept as given."
    assert "/article/7" not in http_server.hits
    assert isinstance(bare, RawDocument)
    assert bare.title == "Bare"
    assert b"Article number 8" in bare.content


def test_feed_item_links_are_guarded_too(tmp_path: Path) -> None:
    data = b"""<rss version="2.0"><channel><title>t</title>
<item><title>Bare</title><link>http://169.254.169.254/latest/meta-data/</link></item>
</channel></rss>"""
    path = write(tmp_path, "meta.rss", data)
    [result] = iter_inputs([str(path)])
    assert isinstance(result, InputFailure)
    assert result.origin == "http://169.254.169.254/latest/meta-data/"
    assert result.reason.startswith("refused: resolves to link-local address 169.254.169.254")
