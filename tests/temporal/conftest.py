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
