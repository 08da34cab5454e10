"""RSS and Atom feeds: checked with defusedxml first, then read with feedparser.

feedparser is lenient by design and its loose parser is not hardened, so no bytes reach
it before defusedxml has parsed them with entity declarations and external references
forbidden: an XXE feed or a "billion laughs" entity bomb is refused outright. Feeds that
are not well-formed XML (common in the wild) still go to feedparser, but only when they
declare no entities at all.
"""

from __future__ import annotations

import io
import re
from dataclasses import dataclass
from typing import Any
from xml.etree.ElementTree import ParseError as XMLSyntaxError

import defusedxml.ElementTree as SafeET
import feedparser
from defusedxml import DTDForbidden, EntitiesForbidden, ExternalReferenceForbidden

from dossier.errors import FeedError

# A summary shorter than this (in characters of text, tags stripped) is a teaser, and the
# item's link is fetched for the article. Feed excerpts run to about 55 words (~350
# characters, WordPress's default); 800 stays well clear of them and below any article.
FULL_TEXT_CHARS = 800

# feedparser reads about 40,000 tags a second on the development machine, so a 10 MiB
# feed of bare tags would take 40 s. 200 items (the cap) with full text need a few
# thousand tags; a feed with more than this is refused before it is parsed. Escaped tags
# (&lt;p&gt;) count too: feedparser parses escaped HTML content as markup, once more.
MAX_TAGS = 100_000

ENTITY_DECL = re.compile(rb"<!\s*ENTITY", re.IGNORECASE)
TAGS = re.compile(r"<[^>]*>")


@dataclass(frozen=True, slots=True)
class FeedItem:
    link: str | None
    title: str | None
    published: str | None  # as the feed gave it
    content: str | None  # embedded HTML or text, the longest the item carries
    content_type: str  # of ``content``: "text/html" or "text/plain"
    full: bool  # True when ``content`` is the article, not a teaser


def check_safe(data: bytes, origin: str) -> None:
    """Raise FeedError when the XML declares entities or references external ones."""
    try:
        SafeET.fromstring(data, forbid_dtd=False, forbid_entities=True, forbid_external=True)
    except (EntitiesForbidden, DTDForbidden) as exc:
        raise FeedError(
            f"{origin}: refused: feed declares XML entities (possible XXE or entity bomb)"
        ) from exc
    except ExternalReferenceForbidden as exc:
        raise FeedError(
            f"{origin}: refused: feed references external XML resources (possible XXE)"
        ) from exc
    except LookupError as exc:
        # An encoding Python does not know: the declarations cannot be checked, so the feed
        # is not read (found by fuzzing: encoding="ATF-8" raised out of the parser).
        raise FeedError(f"{origin}: refused: feed declares an unknown encoding ({exc})") from exc
    except XMLSyntaxError:
        # Not well-formed: expat may have stopped before a declaration it would have
        # refused, so look for one in the raw bytes (and in UTF-16, which hides it).
        if ENTITY_DECL.search(data) or ENTITY_DECL.search(_utf16_as_ascii(data)):
            raise FeedError(
                f"{origin}: refused: feed declares XML entities (possible XXE or entity bomb)"
            ) from None


def _utf16_as_ascii(data: bytes) -> bytes:
    if not data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return b""
    return data.decode("utf-16", errors="replace").encode("ascii", errors="replace")


def read_feed(
    data: bytes, origin: str, *, base_url: str | None = None, charset: str | None = None
) -> list[FeedItem]:
    """The items of a feed, in feed order. Raises FeedError for a hostile or unreadable feed."""
    lowered = data.lower()
    tags = lowered.count(b"<") + lowered.count(b"&lt;")
    if tags > MAX_TAGS:
        raise FeedError(f"{origin}: refused: feed has {tags:,} tags, over the {MAX_TAGS:,} read")
    check_safe(data, origin)
    headers: dict[str, str] = {}
    if base_url:
        headers["content-location"] = base_url  # feedparser resolves relative links from it
    if charset:
        headers["content-type"] = f"application/xml; charset={charset}"
    try:
        # A file object, never bytes or str: feedparser opens a str as a URL or a path.
        parsed = feedparser.parse(io.BytesIO(data), response_headers=headers)
    except Exception as exc:
        # feedparser turns most malformed XML into "bozo" results, but its handlers raise on
        # some inputs (a namespace URI holding U+0085 raised ValueError, found by fuzzing).
        raise FeedError(f"{origin}: not a readable feed ({type(exc).__name__})") from exc
    if not parsed.entries:
        if parsed.get("bozo"):
            raise FeedError(f"{origin}: not a readable feed ({parsed.get('bozo_exception')})")
        if parsed.get("version"):
            raise FeedError(f"{origin}: feed has no items")
        raise FeedError(f"{origin}: not an RSS or Atom feed")
    return [_item(entry) for entry in parsed.entries]


def _item(entry: Any) -> FeedItem:
    content, content_type = _longest_content(entry)
    summary = entry.get("summary") or None
    full = content is not None
    if content is None and summary is not None:
        content = summary
        content_type = _content_type(entry.get("summary_detail", {}).get("type"))
        full = len(TAGS.sub("", summary).strip()) >= FULL_TEXT_CHARS
    return FeedItem(
        link=_web_link(entry.get("link")),
        title=entry.get("title") or None,
        published=entry.get("published") or entry.get("updated") or None,
        content=content,
        content_type=content_type,
        full=full,
    )


def _web_link(link: str | None) -> str | None:
    """Only http(s) links count: feedparser offers an Atom id ("urn:...") as the link."""
    if link and link.lower().startswith(("http://", "https://")):
        return link
    return None


def _longest_content(entry: Any) -> tuple[str | None, str]:
    """The longest ``content`` block (Atom content, RSS content:encoded), if any."""
    best: str | None = None
    best_type = "text/html"
    for block in entry.get("content") or []:
        value = block.get("value") or ""
        if value.strip() and (best is None or len(value) > len(best)):
            best, best_type = value, _content_type(block.get("type"))
    return best, best_type


def _content_type(declared: str | None) -> str:
    return "text/plain" if declared == "text/plain" else "text/html"
