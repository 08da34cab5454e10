from __future__ import annotations

import pytest

from dossier.parse.furniture import is_furniture, strip_furniture


@pytest.mark.parametrize(
    "line",
    [
        "Home > Internal Security > Russia Uses All Means to Recruit Central Asians",
        "Главная » Новости » Кыргызстан",
        "News / Central Asia / Migration",
        "Post navigation",
        "Leave a Comment",
        "Leave a Reply",
        "Share on Facebook",
        "Tweet",
        "  Share this:  ",
        "Comments are closed.",
        "Поделиться:",
    ],
)
def test_furniture_lines(line: str) -> None:
    assert is_furniture(line)


@pytest.mark.parametrize(
    "line",
    [
        "He said 1/2 of the recruits / and their families / fled.",
        "Readers left hundreds of comments under the post about the share of migrants.",
        "Russia Uses All Means to Recruit Central Asians for War in Ukraine",
        "",
        "x" * 300 + " > a > b",
    ],
)
def test_prose_is_not_furniture(line: str) -> None:
    assert not is_furniture(line)


def test_strip_removes_whole_lines_only() -> None:
    text = "Home > World > Title\n\nTitle\n\nFirst paragraph.\r\nSecond.\n\nPost navigation\n"
    assert strip_furniture(text) == "\nTitle\n\nFirst paragraph.\r\nSecond.\n\n"
