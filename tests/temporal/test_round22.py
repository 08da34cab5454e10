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


# "the same night", "в ту же ночь", "той же ночью": the part of the day the passage told, as
# "that night" and "в ту ночь" already were; "Той же ночью" was the night of the document date.
@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        ("en", "Police raided it on Monday. The same evening six men signed.", "The same evening"),
        ("en", "Police raided it on Monday. That same night six men signed.", "That same night"),
        ("ru", "В понедельник полиция провела рейд. В ту же ночь шестеро подписали.", "ту же ночь"),
        (
            "ru",
            "В понедельник полиция провела рейд. Той же ночью шестеро подписали.",
            "Той же ночью",
        ),
        (
            "ru",
            "В понедельник полиция провела рейд. Тем же вечером шестеро подписали.",
            "Тем же вечером",
        ),
    ],
)
def test_the_same_night_is_the_night_of_the_day_told(
    tagged, language: str, text: str, expected: str
) -> None:
    found = {t: v for t, _, v in tagged(text, language, "2023-09-14")}
    assert found.get(expected, "")[:10] == "2023-09-11", found
