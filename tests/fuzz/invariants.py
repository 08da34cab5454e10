"""What a parser's output must satisfy whatever the input (issue 13's promises)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from urllib.parse import urlsplit

from dossier.models import Article, RawDocument
from dossier.settings import get_settings

CONTROLS = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def check_clean(value: str | None) -> None:
    assert value is None or not CONTROLS.search(value), repr(value)


def check_url(url: str | None) -> None:
    """No credentials in a URL that is stored or shown."""
    if url and "://" in url:
        try:
            netloc = urlsplit(url).netloc
        except ValueError:
            return
        assert "@" not in netloc, url


def check_article(article: Article) -> None:
    settings = get_settings()
    assert article.text.strip()
    assert len(article.text) <= settings.max_chars
    assert re.fullmatch(r"[0-9a-f]{16}", article.id)
    for value in (article.text, article.title, article.author, article.publisher):
        check_clean(value)
    check_url(article.url)


def check_raw(raw: RawDocument) -> None:
    check_url(raw.url)
    check_url(raw.origin)


def check_spans(text: str, records: Sequence[object]) -> None:
    """Every record's ``text`` is ``text[start:end]``, inside the text."""
    for record in records:
        start, end = record.start, record.end  # type: ignore[attr-defined]
        assert 0 <= start < end <= len(text), (record, len(text))
        assert text[start:end] == record.text, record  # type: ignore[attr-defined]
