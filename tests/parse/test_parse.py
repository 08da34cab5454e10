from __future__ import annotations

import pytest

from dossier.errors import InputError, ParseError
from dossier.models import RawDocument
from dossier.parse import document_id, parse
from dossier.parse.dates import normalize_published

BODY = "The court in Bishkek sentenced the man to ten years in prison on Tuesday. " * 3

PAGE = f"""<!doctype html><html><head><title>Verdict in Bishkek | Example News</title>
<meta name="author" content="Aida Sultanova">
<meta property="og:site_name" content="Example News">
<meta property="article:published_time" content="2023-09-05T08:00:00+06:00">
</head><body><nav><a href="/">Home</a> | <a href="/asia">Asia</a></nav>
<article><h1>Verdict in Bishkek</h1><p>{BODY}</p><p>His lawyer said he would appeal.</p></article>
<div class="share">Share on Facebook</div><footer>© Example News</footer></body></html>"""


def raw(content: bytes | str, origin: str = "a.txt", **kw: object) -> RawDocument:
    data = content.encode("utf-8") if isinstance(content, str) else content
    return RawDocument(origin=origin, content=data, **kw)  # type: ignore[arg-type]


def test_plain_text_keeps_characters_and_drops_furniture() -> None:
    text = "Home > News > Verdict\n\nVerdict\n\n" + BODY + "\n\nLeave a Comment\n"
    article = parse(raw(text))
    assert article.text == "\nVerdict\n\n" + BODY + "\n\n"
    assert article.title == "Verdict"
    assert article.content_format == "text"
    assert article.published is None


def test_html_main_text_and_metadata() -> None:
    article = parse(raw(PAGE, "page.html"))
    assert "sentenced the man to ten years" in article.text
    assert "Share on Facebook" not in article.text
    assert "Home" not in article.text
    assert article.author == "Aida Sultanova"
    assert article.publisher == "Example News"
    assert article.published == "2023-09-05"
    assert article.published_basis == "metadata"
    assert "\n\n" in article.text  # paragraphs stay apart


def test_same_text_same_id_whitespace_aside() -> None:
    assert document_id("a  b\nc") == document_id("a b c")
    assert document_id("a b c") != document_id("a b d")


@pytest.mark.parametrize(
    ("content", "origin", "reason"),
    [
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00", "x.txt", "binary"),
        (b"caf\xe9 " * 40, "x.txt", "not valid utf-8"),
        (PAGE[:300].encode(), "x.html", "truncated"),
        (b"   \n\n  ", "x.txt", "no article text"),
        (b"<html><body><nav>Home</nav></body></html>", "x.html", "no article text"),
    ],
)
def test_bad_input_is_one_clear_error(content: bytes, origin: str, reason: str) -> None:
    with pytest.raises(ParseError) as caught:
        parse(raw(content, origin))
    message = str(caught.value)
    assert reason in message.lower()
    assert message.startswith(origin)
    assert "\n" not in message


def test_declared_charset_is_honoured() -> None:
    page = PAGE.replace("<head>", '<head><meta charset="windows-1251">').replace(
        "His lawyer", "Адвокат"
    )
    article = parse(raw(page.encode("cp1251"), "ru.html"))
    assert "Адвокат" in article.text


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2023-09-05", "2023-09-05"),
        ("2023-09-05T10:00:00Z", "2023-09-05"),
        ("Tue, 05 Sep 2023 10:00:00 GMT", "2023-09-05"),
        ("2023-09", "2023-09"),
        ("2023", "2023"),
        (None, None),
    ],
)
def test_published_dates(value: str | None, expected: str | None) -> None:
    assert normalize_published(value) == expected


@pytest.mark.parametrize("value", ["2023-02-30", "2023-13", "last week", "30/08/2023x"])
def test_invalid_published_dates(value: str) -> None:
    with pytest.raises(InputError):
        normalize_published(value, "--published")
