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


def test_a_russian_unit_word_before_a_foreign_place_is_part_of_it() -> None:
    # "из района Рупандехи", "штата Уттар-Прадеш": Russian writes a South Asian district or
    # state with its lowercase word before the name; only the word declines
    text = (
        "Его брат родом из района Сунсари, сосед из штата Уттар-Прадеш, а семья из провинции "
        "Гандаки ждет вестей."
    )
    tagged = [("Сунсари", "LOC"), ("Уттар-Прадеш", "LOC"), ("Гандаки", "LOC")]
    entities = _resolve(text, tagged, "ru")
    surfaces = ("района Сунсари", "штата Уттар-Прадеш", "провинции Гандаки")
    assert _names(text, entities, surfaces) == {
        "района Сунсари": "район Сунсари",
        "штата Уттар-Прадеш": "штат Уттар-Прадеш",
        "провинции Гандаки": "провинция Гандаки",
    }
    assert all((e := _covering(text, entities, s)) and e.type == "PLACE" for s in surfaces)
    # a Russian district opens with its adjective: the city after it is a place of its own
    text = "Он жил в Ленинском районе Екатеринбурга."
    entities = _resolve(text, [("Ленинском районе", "LOC"), ("Екатеринбурга", "LOC")], "ru")
    city = _covering(text, entities, "Екатеринбурга")
    assert city is not None and city.name in ("Екатеринбург", "Yekaterinburg")
