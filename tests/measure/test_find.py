from __future__ import annotations

import pytest

from dossier.measure import find_quantities, parse_number
from dossier.models import Quantity


def _one(text: str, language: str = "en") -> Quantity:
    found = find_quantities(text, language)
    assert len(found) == 1, [q.text for q in found]
    q = found[0]
    assert text[q.start : q.end] == q.text
    return q


@pytest.mark.parametrize(
    ("text", "language", "value", "unit", "per", "approx", "value_max"),
    [
        ("They were paid $3,100 a month.", "en", 3100, "USD", "month", None, None),
        ("Зарплата составит 200 тысяч рублей в месяц.", "ru", 200000, "RUB", "month", None, None),
        ("In 2022, 83 percent of them came.", "en", 83, "percent", None, None, None),
        ("the estimated 3.35 million labor migrants", "en", 3350000, None, None, "about", None),
        ("He was sentenced to ten years in prison.", "en", 10, "year", None, None, None),
        ("Его приговорили к десяти годам колонии.", "ru", 10, "year", None, None, None),
        ("Between 20 and 30 people died.", "en", 20, None, None, None, 30),
        ("от 20 до 30 человек", "ru", 20, None, None, None, 30),
        ("up to 2 to 3 million rubles", "en", 2e6, "RUB", None, "at_most", 3e6),
        ("Не менее 93 заключенных погибли.", "ru", 93, None, None, "at_least", None),
        ("более 1,2 млн граждан", "ru", 1.2e6, None, None, "more_than", None),
        ("It cost $3m.", "en", 3e6, "USD", None, None, None),
        ("nearly 1,500 were held", "en", 1500, None, None, "about", None),
        ("около 80% работают в России", "ru", 80, "percent", None, "about", None),
        ("a 37-year-old man", "en", 37, "year", None, None, None),
        ("16.9 billion dollars", "en", 16.9e9, "USD", None, None, None),
    ],
)
def test_values_units_and_qualifiers(
    text: str,
    language: str,
    value: float,
    unit: str | None,
    per: str | None,
    approx: str | None,
    value_max: float | None,
) -> None:
    q = _one(text, language)
    assert q.value == pytest.approx(value)
    assert (q.unit, q.per, q.approx) == (unit, per, approx)
    assert q.value_max == (pytest.approx(value_max) if value_max is not None else None)


def test_counted_noun_phrase() -> None:
    q = _one("By June, at least 93 Central Asian prisoners from these countries had died.")
    assert (q.value, q.approx, q.counted) == (93, "at_least", "Central Asian prisoners")
    assert q.text == "at least 93"


def test_period_adjective_before_parenthetical_money() -> None:
    q = _one("adverts promised a hefty monthly salary ($3,100) and citizenship")
    assert (q.text, q.value, q.unit, q.per) == ("$3,100", 3100, "USD", "month")


@pytest.mark.parametrize(
    "text",
    [
        "On August 30, 2023, the court met.",
        "30 августа 2023 года суд собрался.",
        "the 2014 Winter Olympics in 2022",
        "Article 359 of the Criminal Code; статья 447 УК",
        "one of the largest cases at 10:30",
        "Kloop.kg and 24.kg reported it.[1]",
        "a Su-25 jet and COVID-19",
    ],
)
def test_not_quantities(text: str) -> None:
    assert find_quantities(text, "ru" if "августа" in text else "en") == []


def test_list_numbering_is_not_a_quantity() -> None:
    assert find_quantities("Sources:\n1. Gazeta.uz, January 18.\n2. Kun.uz.", "en") == []


@pytest.mark.parametrize(
    ("raw", "language", "value"),
    [
        ("3,100", "en", 3100),
        ("3,35 млн", "ru", 3350000),
        ("200 000", "ru", 200000),
        ("twenty-five thousand", "en", 25000),
        ("двести тысяч", "ru", 200000),
        ("полтора", "ru", 1.5),
    ],
)
def test_parse_number(raw: str, language: str, value: float) -> None:
    assert parse_number(raw, language) == pytest.approx(value)


def test_russian_collective_numeral_and_english_partitive() -> None:
    [two] = find_quantities("задержаны двое мужчин", "ru")
    assert two.value == 2 and two.counted == "мужчин"
    [ten] = find_quantities("at least 10 of its citizens were killed", "en")
    assert ten.value == 10 and ten.counted is not None and "citizens" in ten.counted


def test_a_falling_pair_is_a_score_not_a_range() -> None:
    # Found by tests/test_robustness.py: "1–0" gave value 1 with value_max 0.
    for text in ("1–0", "The team won 3–1 on Sunday."):
        for quantity in find_quantities(text, "en"):
            assert quantity.value_max is None, quantity
    rising = find_quantities("between 20 and 30 million people", "en")
    assert (rising[0].value, rising[0].value_max) == (20_000_000, 30_000_000)


@pytest.mark.parametrize(
    ("text", "language"),
    [("The court sentenced the man, 38, in July.", "en"),
     ("Dilnoza Karimova, 38, said she was told.", "en"),
     ("A recruiter aged 38 was detained.", "en"),
     ("Задержан Алишер Каримов, 38, житель Ферганы.", "ru")],
)  # fmt: skip
def test_an_age_in_apposition_is_years(text: str, language: str) -> None:
    # "the man, 38," is the "38-year-old man" of another report: an age, in years
    q = _one(text, language)
    assert (q.value, q.unit, q.counted) == (38, "year", None)


def test_a_count_between_commas_is_no_age() -> None:
    q = _one("Of the detainees, 38, mostly Uzbeks, were released.")
    assert q.unit is None
