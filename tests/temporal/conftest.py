from __future__ import annotations

from collections.abc import Callable

import pytest

from dossier.temporal import tag

Tagged = Callable[..., list[tuple[str, str, str]]]


def _values(
    text: str, language: str = "en", anchor: str | None = "2023-09-12"
) -> list[tuple[str, str, str]]:
    """(quoted text, type, value) of every timex, checking that offsets quote the text."""
    found = tag(text, language, anchor)
    for t in found:
        assert text[t.start : t.end] == t.text
    return [(t.text, t.type, t.value) for t in found]


@pytest.fixture
def tagged() -> Tagged:
    return _values


# The anchor of the families' tests (Wed 2013-03-20, ISO week 12), as most of them were
# written against; a test that needs another passes its own.
FAMILY_ANCHOR = "2013-03-20"


def en(tagged: Tagged, text: str, anchor: str | None = FAMILY_ANCHOR) -> list[tuple[str, str, str]]:
    return tagged(text, "en", anchor)


def ru(tagged: Tagged, text: str, anchor: str | None = FAMILY_ANCHOR) -> list[tuple[str, str, str]]:
    return tagged(text, "ru", anchor)
