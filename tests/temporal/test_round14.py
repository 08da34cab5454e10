"""The time error families of round 14 (english_dev7, russian_dev4), one test or a few per
family, English and Russian.

Written from the families' descriptions before the rules that fix them; the sentences are
new, not the development sets'. Anchor: Wed 2013-03-20 unless a test says otherwise.
"""

from __future__ import annotations

import pytest


def ru(tagged, text: str, anchor: str | None = "2013-03-20") -> list[tuple[str, str, str]]:
    return tagged(text, "ru", anchor)


def en(tagged, text: str, anchor: str | None = "2013-03-20") -> list[tuple[str, str, str]]:
    return tagged(text, "en", anchor)


# --- "the near future", "the foreseeable future" ----------------------------------------


@pytest.mark.parametrize(
    ("text", "quoted"),
    [
        ("The agency said it would issue new rules in the near future.", "the near future"),
        ("Prices will stay high for the foreseeable future.", "the foreseeable future"),
        ("Such a mission may be possible in the distant future.", "the distant future"),
    ],
)
def test_english_qualified_future_is_future_ref(tagged, text: str, quoted: str) -> None:
    assert (quoted, "DATE", "FUTURE_REF") in en(tagged, text)
