"""Round 21: numbers as real outlets write them (eval/GUIDELINES.md "## Quantities").

Each test is a family of errors seen on english_quant_dev6 / russian_quant_dev6 or found probing
new phrasing after they were scored, written in new words so that no rule is keyed to the sets'
text.
"""

from __future__ import annotations

import pytest

from .found import values as _values

# --- Russian collective numerals in every case count people: "восьмерых", "девятерым",
# "десятерых", "с пятерыми" ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Полиция задержала восьмерых мигрантов.", 8),
        ("Девятерым гражданам вручили повестки.", 9),
        ("Семьи десятерых мужчин обратились в МИД.", 10),
        ("Он снимал комнату вместе с пятерыми земляками.", 5),
        ("Двоим задержанным предъявили обвинение.", 2),
    ],
)
def test_russian_collective_numerals_in_every_case(text: str, value: float) -> None:
    assert _values(text, "ru") == [value]
