from __future__ import annotations

import pytest

from dossier.resolve.translit import token_key


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Kubanychbek", "Кубанычбек"),
        ("Kubanichbek", "Kubanychbek"),
        ("Abdullayev", "Абдуллаев"),
        ("Dmitriy", "Dmitrii"),
        ("Дмитрий", "Dmitry"),
        ("Mirziyoyev", "Мирзиёев"),
        ("Xurshid", "Хуршид"),
        ("Jo‘rayev", "Жураев"),
        ("Ғайрат", "Gayrat"),
        ("Yelena", "Елена"),
        ("Alexei", "Алексей"),
    ],
)
def test_spellings_of_one_name_share_a_key(a: str, b: str) -> None:
    assert token_key(a) == token_key(b)


@pytest.mark.parametrize(
    ("a", "b"), [("Abdullaev", "Abdulloev"), ("Rakhimov", "Rakhmonov"), ("Uulu", "Kyzy")]
)
def test_different_names_keep_different_keys(a: str, b: str) -> None:
    assert token_key(a) != token_key(b)
