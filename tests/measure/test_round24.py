"""Round 24: numbers as real outlets write them (eval/GUIDELINES.md "## Quantities").

Each test is a family of errors seen on english_quant_dev9 / russian_quant_dev9 or found probing
new phrasing after they were scored, written in new words so that no rule is keyed to the sets'
text.
"""

from __future__ import annotations

import pytest

from .found import quantities as _all

# --- a bare number that a pronoun says is the same measure as money before it ("The fine was
# 5,000 roubles; for a second offence it is 10,000", "Зарплата составила 90 тыс. рублей. В
# Москве она составила 140 тыс."): the same currency, and the period the money has ----------


@pytest.mark.parametrize(
    ("text", "language", "unit", "per"),
    [
        ("The average monthly wage was 95,000 roubles in 2023; in Kazan it was 120,000.",
         "en", "RUB", "month"),
        ("The fine is 5,000 roubles. For a second offence it is 10,000.", "en", "RUB", None),
        ("Среднемесячная зарплата составила 90 тыс. рублей. В Москве она составила 140 тыс.",
         "ru", "RUB", "month"),
    ],
)  # fmt: skip
def test_pronoun_takes_the_money_before(text: str, language: str, unit: str, per: str) -> None:
    last = _all(text, language)[-1]
    assert (last.unit, last.per) == (unit, per)


def test_a_count_after_money_paid_stays_a_count() -> None:
    # the money was paid, not what "it" was: the count keeps no currency
    found = _all("Recruiters signed up 5,000 men, paying 200,000 roubles each. In June it was "
                 "7,000.")  # fmt: skip
    assert (found[-1].value, found[-1].unit) == (7000, None)


# --- a verb that is also a noun ("work", "stay", "fight") ends the counted phrase when a
# preposition or an adverb follows it ("7,000 Indians work in Russia", "800,000 work
# abroad"), where "5 work permits" goes on with its noun ----------------------------------


@pytest.mark.parametrize(
    ("text", "counted"),
    [
        ("The embassy says 6,000 to 7,000 Indians work in Russia.", "Indians"),
        ("Of the 1.2 million, about 800,000 work abroad.", None),
        ("Some 300 Nepalis fight for Russia's army, officials believe.", "Nepalis"),
        ("Police seized 5 work permits from the agency.", "work permits"),
    ],
)  # fmt: skip
def test_a_verb_like_a_noun_ends_the_counted_phrase(text: str, counted: str | None) -> None:
    last = [q for q in _all(text) if q.unit is None][-1]
    assert last.counted == counted


# --- an age shared by a plural set off before it with "both", "each", "оба" ("The two men,
# both 25, were jailed"), as "The two brothers, 29 and 33," (round 18) -------------------


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("The two men, both 25, were jailed for seven years.", "en"),
        ("Двое мужчин, оба 25 лет, получили по семь лет.", "ru"),
    ],
)  # fmt: skip
def test_an_age_after_both(text: str, language: str) -> None:
    ages = [q for q in _all(text, language) if q.value == 25]
    assert [(q.value, q.unit) for q in ages] == [(25, "year")]
