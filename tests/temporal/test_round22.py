"""Round 22's time families, each test written from the family's description before its rule."""

from __future__ import annotations

import pytest


# "May" followed by a pronoun opens a wish or a question as a modal verb ("May he rest in
# peace"); after a preposition it is the month ("In May he signed a contract").
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("In May he signed a contract.", [("May", "DATE", "2023-05")]),
        ("By May they had left the city.", [("May", "DATE", "2023-05")]),
        ("May he rest in peace, his brother wrote.", []),
        ("May God protect them all.", []),
    ],
)
def test_may_after_a_preposition_is_the_month(tagged, text: str, expected: list) -> None:
    assert tagged(text, anchor="2023-09") == expected
