"""HTML pages: trafilatura extracts the main text and metadata.

trafilatura was chosen over readability-style extractors because it is the best-scoring open
extractor on news pages and returns the metadata we need (title, author, date, site name) in
the same pass. Comments are excluded: reader comments are not the article's claims.
"""

from __future__ import annotations

import re

import trafilatura
import trafilatura.settings

from dossier.acquire.urls import strip_optional
from dossier.errors import ParseError
from dossier.models import Article, RawDocument
from dossier.parse.dates import normalize_published
from dossier.parse.furniture import strip_furniture
from dossier.parse.text import clean_text, decode_text, document_id

_META_CHARSET = re.compile(rb"<meta[^>]+charset\s*=\s*[\"']?([A-Za-z0-9_\-]+)", re.I)
_HTTP_CHARSET = re.compile(r"charset\s*=\s*[\"']?([A-Za-z0-9_\-]+)", re.I)
_HTML_START = re.compile(rb"^\s*(?:<!doctype\s+html|<html)", re.I)
_HTML_END = re.compile(rb"</(?:html|body)\s*>", re.I)

# trafilatura's main-text pass grows faster than the number of elements: 25,000 paragraphs
# take 2 s on the development machine, 50,000 take 7 s, and a 10 MiB page can hold 500,000.
# News pages have a few thousand tags (a long live blog, tens of thousands). Counting "<"
# bounds the tags from above in one pass, before any parsing.
MAX_TAGS = 100_000


def parse_html(raw: RawDocument) -> Article:
    html = decode_text(raw.content, raw.origin, _declared_charset(raw))
    _refuse_truncated(raw)
    tags = html.count("<")
    if tags > MAX_TAGS:
        raise ParseError(
            f"{raw.origin}: refused: HTML page has {tags:,} tags, over the {MAX_TAGS:,} "
            "that are parsed"
        )
    try:
        doc = trafilatura.bare_extraction(
            html,
            url=raw.url,
            with_metadata=True,
            include_comments=False,
            include_tables=True,
            deduplicate=False,
        )
    except Exception as exc:  # trafilatura raises many lxml types on hostile markup
        raise ParseError(f"{raw.origin}: HTML could not be parsed ({type(exc).__name__})") from exc
    if not isinstance(doc, trafilatura.settings.Document) or not doc.text:
        raise ParseError(f"{raw.origin}: no article text found in the HTML page")
    # trafilatura puts one paragraph per line; a blank line between them keeps the paragraph
    # structure visible to sentence splitting and to citation scope.
    # Character references (&#27;) can bring back the controls that decoding removed.
    lines = clean_text(doc.text).split("\n")
    text = strip_furniture("\n\n".join(line for line in lines if line.strip()))
    published = normalize_published(raw.published or doc.date, raw.origin)
    return Article(
        id=document_id(text),
        text=text,
        url=strip_optional(raw.url or doc.url),  # the canonical URL may carry a login too
        title=_clean(raw.title or doc.title),
        publisher=_clean(doc.sitename),
        author=_clean(doc.author),
        published=published,
        published_basis="metadata" if published else None,
        origin=raw.origin,
        content_format="html",
    )


def _clean(value: str | None) -> str | None:
    return clean_text(value) if value else None


def _declared_charset(raw: RawDocument) -> str:
    if raw.content_type:
        match = _HTTP_CHARSET.search(raw.content_type)
        if match:
            return match.group(1)
    meta = _META_CHARSET.search(raw.content[:4096])
    return meta.group(1).decode("ascii") if meta else "utf-8"


def _refuse_truncated(raw: RawDocument) -> None:
    """A full page that opens <html> but never closes <body> or <html> was cut off in transit."""
    if _HTML_START.match(raw.content[:1024]) and not _HTML_END.search(raw.content[-4096:]):
        raise ParseError(f"{raw.origin}: HTML page is truncated (no closing </body> or </html>)")
