"""Round 22: numbers as real outlets write them (eval/GUIDELINES.md "## Quantities").

Each test is a family of errors seen on english_quant_dev7 / russian_quant_dev7 or found probing
new phrasing after they were scored, written in new words so that no rule is keyed to the sets'
text.
"""

from __future__ import annotations

import pytest

from .found import quantities as _all
from .found import values as _values

# --- a ten, a hundred in an oblique plural after a number word is its scale: "двух десятков"
# is 20, as "два десятка" is; alone the plural is vague --------------------------------------


@pytest.mark.parametrize(
    ("text", "value", "approx"),
    [
        ("Задержаны более двух десятков мигрантов.", 20, "more_than"),
        ("В проверке участвовали около трёх десятков полицейских.", 30, "about"),
        ("Огонь тушили около полутора десятков расчётов.", 15, "about"),
        ("Помощь получили свыше четырёх десятков семей.", 40, "more_than"),
        ("Следователи работали с полутора сотнями задержанных.", 150, None),
    ],
)
def test_russian_oblique_tens_after_a_number(text: str, value: float, approx: str | None) -> None:
    found = _all(text, "ru")
    assert [(q.value, q.approx) for q in found] == [(value, approx)]


@pytest.mark.parametrize(
    "text",
    ["Десятки мигрантов ждали у входа.", "Судьбы десятков семей неизвестны.",
     "Счёт идёт на десятки тысяч."],
)  # fmt: skip
def test_russian_plural_tens_alone_stay_vague(text: str) -> None:
    assert _values(text, "ru") == []


# --- "several dozen", "a few dozen", "many dozens": vague, as "several hundred" is -----------


@pytest.mark.parametrize(
    "text",
    ["Several dozen migrants were detained.", "Police questioned a few dozen workers."],
)
def test_english_vague_dozen(text: str) -> None:
    assert _values(text) == []


def test_english_counted_dozens_still_count() -> None:
    assert _values("Two dozen migrants and about a dozen guards were there.") == [24, 12]
