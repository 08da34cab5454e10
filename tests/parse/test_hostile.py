"""Issue 13 at the parse stage: encodings, control characters and the analysis budget."""

from __future__ import annotations

import codecs
import time
from collections.abc import Iterator

import pytest

from dossier.errors import ParseError
from dossier.models import RawDocument
from dossier.parse import parse
from dossier.parse.budget import MAX_WORD_CHARS, check_budget
from dossier.parse.text import clean_text, decode_text
from dossier.settings import get_settings

BODY = "Migrant workers from Osh returned home in March after the recruitment drive ended. "


@pytest.fixture(autouse=True)
def fresh_settings(monkeypatch: pytest.MonkeyPatch) -> Iterator[pytest.MonkeyPatch]:
    get_settings.cache_clear()
    yield monkeypatch
    monkeypatch.undo()
    get_settings.cache_clear()


def raw(content: bytes, origin: str = "a.txt", **kw: str) -> RawDocument:
    return RawDocument(origin=origin, content=content, **kw)  # type: ignore[arg-type]


# --- UTF-16 and UTF-32 with a byte order mark -----------------------------------------


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be", "utf-32-le", "utf-32-be"])
def test_wide_unicode_text_with_a_bom_is_decoded(codec: str) -> None:
    bom = {
        "utf-16-le": codecs.BOM_UTF16_LE,
        "utf-16-be": codecs.BOM_UTF16_BE,
        "utf-32-le": codecs.BOM_UTF32_LE,
        "utf-32-be": codecs.BOM_UTF32_BE,
    }[codec]
    text = "Вербовка мигрантов\n\n" + BODY * 2
    article = parse(raw(bom + text.encode(codec)))
    assert article.text == text


def test_utf16_html_page_is_parsed_whatever_charset_is_declared() -> None:
    page = (
        '<!DOCTYPE html><html><head><meta charset="utf-8"><title>Osh</title></head>'
        f"<body><article><p>{BODY * 3}</p></article></body></html>"
    )
    data = codecs.BOM_UTF16_LE + page.encode("utf-16-le")
    for origin, kw in (("page.html", {}), ("untyped", {"content_type": "text/html"})):
        assert "recruitment drive" in parse(raw(data, origin, **kw)).text
    assert "recruitment drive" in parse(raw(data, "untyped")).text  # sniffed as HTML


def test_decode_text_lets_the_bom_win_over_the_declared_charset() -> None:
    data = codecs.BOM_UTF16_BE + "Ёлка".encode("utf-16-be")
    assert decode_text(data, "x", "windows-1251") == "Ёлка"


# --- control characters ---------------------------------------------------------------


def test_clean_text_removes_controls_but_keeps_tabs_and_newlines() -> None:
    assert clean_text("a\x00b\tc\r\nd\re\x0cf\x1b[2Jg\x7fh\x9bi\u2028j") == (
        "ab\tc\nd\ne\nf[2Jgh" + "i\u2028j"
    )


def test_nul_and_escapes_from_a_json_line_are_not_stored() -> None:
    text = "Recruiters\u0000 met\u001b]8;;http://x\u0007 migrants " + BODY
    article = parse(
        RawDocument(origin="a.jsonl:1", content=b"", text=text, title="Head\u0000line\x1b[31m")
    )
    assert "\x00" not in article.text and "\x1b" not in article.text
    assert article.text.startswith("Recruiters met]8;;http://x migrants")
    assert article.title == "Head" + "line[31m"


def test_character_references_cannot_bring_controls_back_into_html() -> None:
    page = (
        "<html><head><title>T&#0;&#x9b;[2J</title></head><body><article>"
        f"<p>Before&#0;&#x9b;[2Jafter. {BODY * 2}</p></article></body></html>"
    )
    article = parse(raw(page.encode(), "p.html"))
    assert article.title is not None
    for value in (article.text, article.title):
        assert not any(ord(ch) < 0x20 and ch not in "\t\n" for ch in value)
        assert not any(0x7F <= ord(ch) <= 0x9F for ch in value)


# --- the analysis budget --------------------------------------------------------------


def test_a_five_megabyte_word_is_not_prose() -> None:
    started = time.monotonic()
    with pytest.raises(ParseError, match=r"refused: not prose \(5,000,000 of 5,000,000"):
        parse(raw(b"a" * 5_000_000))
    assert time.monotonic() - started < 10  # refused in a scan, not by a model


def test_one_long_blob_inside_an_article_is_still_prose() -> None:
    url = "https://example.com/" + "x" * 3000
    article = parse(raw(f"{BODY * 60}\n\nSource: {url}\n".encode()))
    assert url in article.text


def test_text_that_is_mostly_blob_is_refused() -> None:
    with pytest.raises(ParseError, match="not prose"):
        check_budget(BODY + "&" * (MAX_WORD_CHARS + 1), "x", 10**9, 10**9)


def test_text_over_max_chars_is_refused_with_the_setting_named(
    fresh_settings: pytest.MonkeyPatch,
) -> None:
    fresh_settings.setenv("DOSSIER_MAX_CHARS", "1000")
    with pytest.raises(ParseError) as caught:
        parse(raw((BODY * 20).encode()))
    assert str(caught.value) == (
        "a.txt: refused: article text is 1,660 characters, over the 1,000 that are analysed "
        "(DOSSIER_MAX_CHARS)"
    )
    assert parse(raw((BODY * 11).encode())).text == BODY * 11


def test_the_default_budget_refuses_a_two_megabyte_article() -> None:
    with pytest.raises(ParseError, match="DOSSIER_MAX_CHARS"):
        parse(raw((BODY + "\n\n").encode() * 24_000))


def test_dense_text_is_refused_by_the_token_budget() -> None:
    # 180,000 characters, under the character budget, but 90,000 one-character tokens.
    with pytest.raises(ParseError, match=r"about 9\d,\d{3} tokens.*DOSSIER_MAX_TOKENS"):
        parse(raw((BODY + "& " * 90_000).encode()))


def test_an_html_page_with_too_many_tags_is_refused_before_trafilatura() -> None:
    # 2 MB of short paragraphs took 7-12 s in trafilatura alone (faster than linear growth).
    body = "<p>Recruiters came to Osh in May.</p>" * 60_000
    page = f"<html><body><article>{body}</article></body></html>".encode()
    started = time.monotonic()
    with pytest.raises(ParseError) as caught:
        parse(raw(page, "big.html"))
    assert str(caught.value) == (
        "big.html: refused: HTML page has 120,006 tags, over the 100,000 that are parsed"
    )
    assert time.monotonic() - started < 5


def test_parse_strips_credentials_from_the_url_whoever_built_the_document() -> None:
    text = RawDocument(origin="x", content=b"", text=BODY, url="https://ed:pw@news.example/a")
    page = raw(f"<html><body><article><p>{BODY * 2}</p></article></body></html>".encode(),
               "p.html", url="https://ed:pw@news.example/b")  # fmt: skip
    assert parse(text).url == "https://news.example/a"
    assert parse(page).url == "https://news.example/b"
