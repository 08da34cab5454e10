"""Parse: bytes as acquired -> an :class:`~dossier.models.Article` (main text + metadata).

HTML goes through trafilatura (main text, title, author, date, site name); its paragraphs are
joined by blank lines so that later stages see paragraph breaks. Plain text and Markdown keep
their characters exactly, with only whole furniture lines removed, so that offsets can be
traced back to the file. Text is decoded strictly: the encoding a byte order mark names (UTF-8,
UTF-16, UTF-32), else UTF-8, or for HTML the charset the page declares; anything else is refused
rather than silently mangled. Control characters other than tab and newline are removed from
text and metadata from every source. Text over the analysis budget (see :mod:`.budget`) is
refused here, before any NLP stage pays for it.
"""

from __future__ import annotations

import re

from dossier.acquire.urls import strip_optional
from dossier.errors import ParseError
from dossier.models import Article, RawDocument
from dossier.parse.budget import check_budget
from dossier.parse.dates import normalize_published
from dossier.parse.furniture import strip_furniture
from dossier.parse.html import parse_html
from dossier.parse.text import clean_text, decode_text, document_id, is_wide_unicode, sniff_head
from dossier.settings import get_settings

__all__ = ["decode_text", "document_id", "parse", "strip_furniture"]

_HTML_SNIFF = re.compile(rb"^\s*(?:<!doctype\s+html|<html|<head|<body|<article|<div|<p[\s>])", re.I)
# Fewer than this many letters is not an article: it is an empty page, a stub, or a parse
# that kept only navigation.
_MIN_LETTERS = 40


def parse(raw: RawDocument) -> Article:
    """The article in ``raw``; raises :class:`ParseError` with the reason when there is none."""
    if raw.text is not None:
        article = _from_text(raw.text, raw)
    else:
        _refuse_binary(raw)
        if _is_html(raw):
            article = parse_html(raw)
        else:
            article = _from_text(decode_text(raw.content, raw.origin), raw)
    settings = get_settings()
    check_budget(article.text, raw.origin, settings.max_chars, settings.max_tokens)
    letters = sum(ch.isalpha() for ch in article.text)
    if letters < _MIN_LETTERS:
        raise ParseError(f"{raw.origin}: no article text found ({letters} letters)")
    return article


def _is_html(raw: RawDocument) -> bool:
    if raw.content_type and "html" in raw.content_type:
        return True
    if raw.origin.lower().endswith((".html", ".htm", ".xhtml")):
        return True
    return bool(_HTML_SNIFF.match(sniff_head(raw.content, 512)))


def _refuse_binary(raw: RawDocument) -> None:
    head = raw.content[:8192]
    if b"\x00" in head and not is_wide_unicode(raw.content):
        raise ParseError(f"{raw.origin}: not a text document (binary content)")


def _from_text(text: str, raw: RawDocument) -> Article:
    body = strip_furniture(clean_text(text))
    published = normalize_published(raw.published, raw.origin)
    return Article(
        id=document_id(body),
        text=body,
        url=strip_optional(raw.url),  # acquire strips them; a library caller may not
        title=clean_text(raw.title) if raw.title else _title_line(body),
        published=published,
        published_basis="metadata" if published else None,
        origin=raw.origin,
        content_format="text",
    )


def _title_line(text: str) -> str | None:
    """The first line, when it reads like a headline (short, no closing full stop)."""
    for line in text.splitlines():
        line = line.strip().lstrip("#").strip()
        if not line:
            continue
        if len(line) <= 200 and not line.endswith((".", "!", "?", ":", ";", ",")):
            return line
        return None
    return None
