"""Round 14's names families (families_dev12), each test written before its fix.

Invented sentences in our own words; mentions given by hand as a tagger gives them.
"""

from __future__ import annotations

from tests.resolve.test_families import _covering, _names, _resolve


def test_a_body_after_and_with_its_own_owner_is_a_body_of_its_own() -> None:
    # "India's X and Nepal's Y": the possessive after "and" opens a second body with its own
    # owner, not the rest of a name with "and" inside ("Ministry of Employment and Poverty
    # Reduction")
    text = (
        "India's Central Bureau of Investigation and Nepal's Central Investigation Bureau have "
        "both arrested agents. The Ministry of Employment and Poverty Reduction issued guidance."
    )
    tagged = [("India", "GPE"), ("Central Bureau of Investigation", "ORG"), ("Nepal's", "ORG"),
              ("Central Investigation Bureau", "ORG"), ("Ministry of Employment", "ORG"),
              ("Poverty Reduction", "ORG")]  # fmt: skip
    entities = _resolve(text, tagged)
    assert _names(
        text, entities, ("Central Bureau of Investigation", "Central Investigation Bureau")
    ) == {
        "Central Bureau of Investigation": "Central Bureau of Investigation",
        "Central Investigation Bureau": "Central Investigation Bureau",
    }
    nepal = _covering(text, entities, "Nepal")
    assert nepal is not None and nepal.type == "PLACE"
    ministry = _covering(text, entities, "Ministry of Employment and Poverty Reduction")
    assert ministry is not None and ministry.name == "Ministry of Employment and Poverty Reduction"


def test_an_english_body_listing_its_fields_with_a_serial_comma_is_one_name() -> None:
    # "Ministry of Labor, Migration, and Employment of the Population": American style puts a
    # comma before the last "and"; the name still takes all its fields
    text = (
        "Tajikistan's Ministry of Labor, Migration, and Employment of the Population said it had "
        "no information. The Ministry of Defence, and Rosgvardia, declined to comment."
    )
    tagged = [("Tajikistan", "GPE"), ("Ministry of Labor", "ORG"), ("Migration", "GPE"),
              ("Ministry of Defence", "ORG"), ("Rosgvardia", "ORG")]  # fmt: skip
    entities = _resolve(text, tagged)
    long = "Ministry of Labor, Migration, and Employment of the Population"
    assert _names(text, entities, (long, "Ministry of Defence")) == {
        long: long,
        "Ministry of Defence": "Ministry of Defence",
    }
