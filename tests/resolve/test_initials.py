"""A person named by initials alone, as Central Asian court reports name defendants who are
not public figures ("Zh.T.", "G.A.", "Sh. N."; "Ж.Т.", "Ш.Н."), is a person, one entity
across scripts (each test written before its rule).

Invented sentences in our own words; mentions given by hand as a tagger gives them.
"""

from __future__ import annotations

from dossier.resolve import EntityRecord, link
from tests.resolve.test_families import _covering, _resolve


def _person(text: str, tagged: list[tuple[str, str]], surface: str, language: str = "en") -> str:
    entity = _covering(text, _resolve(text, tagged, language), surface)
    assert entity is not None, surface
    assert entity.type == "PERSON", (surface, entity.type)
    return entity.name


def test_initials_alone_are_a_person_whatever_the_tagger_calls_them() -> None:
    text = (
        "The suspect, a 37-year-old woman identified only by her initials, B.K., was taken "
        "into custody at the airport on Friday."
    )
    assert _person(text, [("B.K.", "GPE")], "B.K.") == "B.K."


def test_initials_the_tagger_cut_in_two_are_one_name() -> None:
    # the small model splits "Kh.R." at its inner full stop and keeps "Kh" as a place
    text = "His accomplice, a local man identified as Kh.R., was detained in Jalal-Abad."
    assert _person(text, [("Kh", "GPE"), ("Jalal-Abad", "GPE")], "Kh.R.") == "Kh.R."


def test_initials_with_a_space_the_tagger_missed_are_a_person() -> None:
    text = "The 33-year-old, named in the verdict as Yu. M., was given six years."
    assert _person(text, [], "Yu. M.") == "Yu. M."


def test_russian_initials_alone_are_a_person() -> None:
    text = "Суд приговорил 41-летнюю Д.С. к шести годам колонии."
    assert _person(text, [], "Д.С.", "ru") == "Д.С."


def test_abbreviations_of_places_and_times_are_no_persons() -> None:
    text = (
        "U.S. officials met the U.A.E. envoy in Washington, D.C., at 10 A.M. on Monday; a "
        "Ph.D. student from the U.K. interpreted."
    )
    entities = _resolve(text, [("U.S.", "GPE"), ("U.A.E.", "GPE"), ("Washington", "GPE")])
    assert not [e.name for e in entities if e.type == "PERSON"]


def test_initials_in_two_scripts_are_one_person() -> None:
    records = [
        EntityRecord("ru/e1", "PERSON", "Ж.Т."),
        EntityRecord("en/e1", "PERSON", "Zh.T."),
        EntityRecord("en/e2", "PERSON", "Sh. N."),
        EntityRecord("ru/e2", "PERSON", "Ш.Н."),
        EntityRecord("en/e3", "PERSON", "Sh.T."),
    ]
    canonical = link(records)
    assert canonical["ru/e1"] == canonical["en/e1"]
    assert canonical["en/e2"] == canonical["ru/e2"]
    assert canonical["en/e3"] not in (canonical["en/e1"], canonical["en/e2"])


def test_initials_with_a_two_letter_second_initial_are_no_web_address() -> None:
    # "D.Kh." and "A.Zh." look like "Kun.uz" to a domain pattern that ignores case; a web
    # address's last label is lowercase, an initial is capitalised (round 17)
    text = (
        "The man, identified as D.Kh., had been working on a building site when police "
        "detained him. A second defendant, A.Zh., was given four years."
    )
    tagged = [("D.Kh", "ORG"), ("A.Zh", "ORG")]
    assert _person(text, tagged, "D.Kh") == "D.Kh"
    assert _person(text, tagged, "A.Zh") == "A.Zh"


def test_a_web_address_in_capitals_is_still_one() -> None:
    # "74.RU" (a Chelyabinsk site) is an address whatever its case; "D.Kh" is initials
    from dossier.resolve.evidence import _DOMAIN

    assert all(_DOMAIN.match(s) for s in ("74.RU", "Kun.uz", "24.kg", "Fergana.news"))
    assert not any(_DOMAIN.match(s) for s in ("D.Kh", "A.Zh", "Sh.N"))
