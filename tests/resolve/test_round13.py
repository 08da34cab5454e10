"""Round 13's names families (families_dev11), each test written before its fix.

Invented sentences in our own words; mentions given by hand as a tagger gives them.
"""

from __future__ import annotations

from tests.resolve.test_families import _covering, _resolve


def test_a_courtesy_title_before_a_surname_is_not_part_of_it() -> None:
    # British and African papers write "Ms Banda", "Mr Phiri", "Dr Mensah" without a full
    # stop; the small model takes the title into the name, which then stands apart from the
    # full name it repeats
    text = (
        "Agency spokesperson Chipo Nandi Banda said the firm was closed. Ms Banda added that "
        "two clerks were questioned. Their lawyer, Kofi Ampofo Mensah, said Dr Mensah would appeal."
    )
    tagged = [("Chipo Nandi Banda", "PERSON"), ("Ms Banda", "PERSON"),
              ("Kofi Ampofo Mensah", "PERSON"), ("Dr Mensah", "PERSON")]  # fmt: skip
    entities = _resolve(text, tagged)
    banda = _covering(text, entities, "Chipo Nandi Banda")
    short = text.index("Ms Banda") + 3
    assert banda is not None and (short, short + len("Banda")) in banda.mentions
    mensah = _covering(text, entities, "Kofi Ampofo Mensah")
    short = text.index("Dr Mensah") + 3
    assert mensah is not None and (short, short + len("Mensah")) in mensah.mentions
    assert banda.name == "Chipo Nandi Banda" and mensah.name == "Kofi Ampofo Mensah"


def test_a_relative_in_apposition_before_a_name_is_a_person() -> None:
    # "His mother, Mwila Mulenga, said": a kin word in apposition names a person, whatever
    # the tagger calls the name it does not know
    text = (
        "His mother, Nandi Chisanga, said the letter came late. Her brother Kwame Osei Boateng "
        "travelled to the capital."
    )
    tagged = [("Nandi Chisanga", "ORG"), ("Kwame Osei Boateng", "ORG")]
    entities = _resolve(text, tagged)
    for surface in ("Nandi Chisanga", "Kwame Osei Boateng"):
        person = _covering(text, entities, surface)
        assert person is not None and person.type == "PERSON", surface
