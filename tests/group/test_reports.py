"""From extractions to reports: what the linker is told of a report's place."""

from __future__ import annotations

from dossier.group.happenings import Report, link_score
from dossier.group.reports import map_point


def casualty(document: str, place: str, where: tuple[float, float] | None) -> Report:
    return Report(f"{document}/v1", document, "casualty", date="2024-12", place=place,
                  where=where, persons=frozenset({"p"}))  # fmt: skip


def test_a_country_or_a_region_has_no_point_that_keeps_its_places_apart() -> None:
    # "killed in eastern Ukraine" and "погиб в Луганской области": the area holds the place
    assert map_point("Ukraine", 49.08, 32.28) is None
    assert map_point("Кыргызстан", 41.35, 72.9) is None
    assert map_point("Luhansk Oblast", 48.9, 39.3) is None
    assert map_point("Lysychansk", 48.9, 38.43) == (48.9, 38.43)
    assert map_point("Tambov", None, None) is None
    town = casualty("a", "lysychansk", map_point("Lysychansk", 48.9, 38.43))
    assert link_score(town, casualty("b", "ukraine", map_point("Ukraine", 49.08, 32.28))) > 0
    assert link_score(town, casualty("b", "luhansk", map_point("Luhansk Oblast", 48.9, 39.3)))
    # two towns far apart still keep two happenings apart
    assert link_score(town, casualty("b", "kursk", map_point("Kursk", 51.73, 36.19))) == 0


def test_the_main_person_is_named_most_and_half_again_as_often_as_anyone_else() -> None:
    from dossier.group.reports import main_person

    # the man the article is about, named three times, beside a lawyer quoted twice
    assert main_person([("e8", 3), ("e17", 2)]) == "e8"
    assert main_person([("e1", 6), ("e2", 4)]) == "e1"
    # two people named about as often: neither is the one the article is about
    assert main_person([("e1", 4), ("e2", 3)]) is None
    assert main_person([("e1", 2), ("e2", 1)]) is None  # named twice beside another


def test_the_only_person_named_is_the_main_one_unless_only_quoted() -> None:
    from dossier.group.reports import main_person

    # a report on one man, named once by his initials and "he" after
    assert main_person([("e4", 1)]) == "e4"
    # a report naming only the lawyer it quotes is about his unnamed client, not him
    assert main_person([("e2", 2)], sources={"e2"}) is None


def test_initials_of_a_name_in_either_script_and_order() -> None:
    from dossier.group.reports import initials_of

    assert initials_of("Firuz Rajabov") == initials_of("Раджабов Фируз") == "fr"
    assert initials_of("Ф. Р.") == initials_of("F.R.") == "fr."
    assert initials_of("Sh. N.") == initials_of("Ш.Н.") == "ns."
    assert initials_of("Shavkat Nurmatov") == "ns"
    assert initials_of("Xolmatov Rustam") == initials_of("Холматов Рустам") == "hr"
    assert initials_of("Джамшед Рахимов") == initials_of("Jamshed Rakhimov") == "jr"
    # one word, a surname with an initial, three initials: no sign
    assert initials_of("Rajabov") is None
    assert initials_of("Rajabov F.") is None
    assert initials_of("Р.Ф.К.") is None
