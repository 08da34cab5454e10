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


# --- "between five and nine years": two number words joined by "and" are a range, not a sum
# ("two hundred and fifty" stays one number); a scale word ending the upper bound in words covers
# the lower ("between two and three thousand", "от двух до трёх сотен"), and "one" opens a range
# ("One to two million") -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "value", "value_max", "unit"),
    [
        ("The court sentenced them to between five and nine years each.", 5, 9, "year"),
        ("He faces between three and seven years in jail.", 3, 7, "year"),
        ("Between two and three thousand people marched.", 2000, 3000, None),
        ("Between five and six hundred workers left.", 500, 600, None),
        ("One to two million people fled.", 1_000_000, 2_000_000, None),
        ("Пришли от двух до трёх сотен человек.", 200, 300, None),
    ],
)
def test_word_range_with_and(text: str, value: float, value_max: float, unit) -> None:
    language = "ru" if text[0] in "АБВГДЕЖЗИКЛМНОПРСТУФХЦЧШЩЭЮЯ" else "en"
    found = [q for q in _all(text, language) if q.value_max is not None or q.value in (value,)]
    assert [(q.value, q.value_max, q.unit) for q in found] == [(value, value_max, unit)]


@pytest.mark.parametrize(
    ("text", "value"),
    [("It cost two hundred and fifty dollars.", 250), ("one thousand and twenty migrants", 1020),
     ("He was paid five and a half thousand dollars.", 5500)],
)  # fmt: skip
def test_english_and_inside_one_number_stays(text: str, value: float) -> None:
    assert _values(text) == [value]


# --- "полутысячи": the genitive half of a thousand, as "полусотни" is -----------------------


def test_russian_genitive_half_thousand() -> None:
    found = _all("В списке около полутысячи фамилий.", "ru")
    assert [(q.value, q.approx) for q in found] == [(500, "about")]


# --- "at least one member": a weak "one" with a qualifier counts, as "at least two" does ------


@pytest.mark.parametrize(
    ("text", "approx"),
    [("At least one person was killed in the blast.", "at_least"),
     ("4 in 10 households have at least one member abroad.", "at_least"),
     ("More than one recruit deserted.", "more_than")],
)  # fmt: skip
def test_english_one_with_a_qualifier_counts(text: str, approx: str) -> None:
    assert [(q.value, q.approx) for q in _all(text) if q.value == 1] == [(1, approx)]


def test_english_one_alone_stays_weak() -> None:
    assert _values("One of the men was a student.") == []


# --- "over" before a duration after an amount and its phrase is "during", no bound ("received
# 2.5 million tenge in pay over six months"), as after a count's noun ("2,000 calls over 72
# hours"); after "for", "lasted", "of" it is "more than" ------------------------------------


def test_english_over_a_stretch_after_an_amount_and_its_phrase() -> None:
    found = _all("He received about 2.5 million tenge in pay over six months.")
    assert [(q.value, q.unit, q.approx) for q in found if q.unit == "month"] == [(6, "month", None)]


@pytest.mark.parametrize(
    "text",
    ["Two men were held in custody for over six months.",
     "The 12 men said the trial lasted over six months."],
)  # fmt: skip
def test_english_over_a_stretch_after_for_or_a_verb_is_more_than(text: str) -> None:
    found = [q for q in _all(text) if q.unit == "month"]
    assert [(q.value, q.approx) for q in found] == [(6, "more_than")]


# --- a genitive noun in "-ны" after the counted noun is its complement, no short participle:
# "граждан страны", "участников войны" ("адресатов" stays; "3 ранены" is the clause's verb) ----


@pytest.mark.parametrize(
    ("text", "counted"),
    [("Около 100 граждан страны выехали в Россию.", "граждан страны"),
     ("В плену находятся 12 участников войны.", "участников войны")],
)  # fmt: skip
def test_russian_genitive_noun_in_ny_is_a_complement(text: str, counted: str) -> None:
    assert [q.counted for q in _all(text, "ru")] == [counted]


def test_russian_short_participle_still_ends_the_phrase() -> None:
    found = _all("Погибли 5 мигрантов, ещё 3 ранены.", "ru")
    assert [(q.value, q.counted) for q in found] == [(5, "мигрантов"), (3, None)]


# --- a number an age noun is said to be is an age: "the median age of the dead was 34", "The
# minimum age of recruits is 18", "Средний возраст погибших — 34" ------------------------------


@pytest.mark.parametrize(
    ("text", "language", "value"),
    [("She said the median age of the dead foreigners was 34.", "en", 34),
     ("The minimum age of recruits is 18.", "en", 18),
     ("Their average age was about 30, officials said.", "en", 30),
     ("Средний возраст погибших — 34.", "ru", 34)],
)  # fmt: skip
def test_number_an_age_noun_is_said_to_be_is_an_age(text: str, language: str, value: float) -> None:
    assert [(q.value, q.unit) for q in _all(text, language)] == [(value, "year")]


def test_a_number_after_another_noun_is_no_age() -> None:
    assert [q.unit for q in _all("The death toll was 34.")] == [None]
