"""Round 12's names families (families_dev10), each test written before its fix.

Invented sentences in our own words; mentions given by hand as a tagger gives them.
"""

from __future__ import annotations

from tests.resolve.test_families import _covering, _names, _resolve


def test_a_russian_mission_or_prosecutors_office_with_its_owner_in_the_genitive() -> None:
    # Natasha tags the country or region only: "посольство", "консульство", "прокуратура"
    # before it, in any case and lower case inside a sentence, make one organisation
    text = (
        "Посольство Кении в Москве на запрос не ответило. В посольстве Уганды сообщили, что "
        "прокуратура Самарской области проверяет агентство, а консульству Ганы передали список."
    )
    tagged = [("Кении", "LOC"), ("Москве", "LOC"), ("Уганды", "LOC"),
              ("Самарской области", "LOC"), ("Ганы", "LOC")]  # fmt: skip
    entities = _resolve(text, tagged, "ru")
    surfaces = ("Посольство Кении", "посольстве Уганды", "прокуратура Самарской области",
                "консульству Ганы")  # fmt: skip
    assert _names(text, entities, surfaces) == {
        "Посольство Кении": "Посольство Кении",
        "посольстве Уганды": "посольство Уганды",
        "прокуратура Самарской области": "прокуратура Самарской области",
        "консульству Ганы": "консульство Ганы",
    }
    assert all((e := _covering(text, entities, s)) and e.type == "ORG" for s in surfaces)
    moscow = _covering(text, entities, "Москве")
    assert moscow is not None and moscow.type == "PLACE"
