"""Round 15's names families (families_dev13), each test written before its fix.

Invented sentences in our own words; mentions given by hand as a tagger gives them.
"""

from __future__ import annotations

from dossier.resolve.morph import nominative_name
from tests.resolve.test_families import _covering, _names, _resolve


def test_a_region_by_its_abbreviated_word_or_a_mandal_is_a_place() -> None:
    # Russian regional sites shorten "область" to "обл." ("в Свердловской обл."); the name is
    # the region with its word written out. Telangana's papers name sub-districts "mandal"
    text = "Их направили в часть в Свердловской обл. и в Курской области."
    tagged = [("Свердловской обл", "LOC"), ("Курской области", "LOC")]
    entities = _resolve(text, tagged, "ru")
    region = _covering(text, entities, "Свердловской обл.")
    assert region is not None and region.type == "PLACE"
    assert region.name in ("Свердловская область", "Sverdlovsk Oblast")
    english = "He lured 11 men from Maktal mandal and Gulbarga district to Russia."
    entities = _resolve(english, [("Maktal", "ORG"), ("Gulbarga", "ORG"), ("Russia", "GPE")])
    mandal = _covering(english, entities, "Maktal mandal")
    assert mandal is not None and mandal.type == "PLACE"


def test_a_court_of_a_city_written_with_g_and_a_districts_prosecutor_are_one_body() -> None:
    # "Кировский районный суд г. Перми": the court's city after "г." is its complement, as
    # "Ленинский районный суд Ростова-на-Дону" is; "прокуратуры Кировского района" is the
    # district's prosecutor's office, as "прокуратура Самарской области" is the region's
    text = (
        "Кировский районный суд г. Перми приговорил бригадира. Гособвинитель из прокуратуры "
        "Кировского района просил шесть лет."
    )
    tagged = [("Кировский районный суд", "ORG"), ("Перми", "LOC"), ("Кировского района", "LOC")]
    entities = _resolve(text, tagged, "ru")
    assert _names(
        text, entities, ("Кировский районный суд г. Перми", "прокуратуры Кировского района")
    ) == {
        "Кировский районный суд г. Перми": "Кировский районный суд г. Перми",
        "прокуратуры Кировского района": "прокуратура Кировского района",
    }


def test_a_title_of_two_words_joined_by_a_dot_is_an_outlet() -> None:
    # RFE/RL's regional projects are written "Сибирь.Реалии", "Idel.Реалии": one title, which
    # the tagger does not see; a full stop with no space after it ("в Москве.Вчера") is a typo
    text = (
        "Студенты подписали контракты, выяснили «Сибирь.Реалии». Об этом Idel.Реалии рассказали "
        "родственники. Их видели в Москве.Вчера их отпустили."
    )
    entities = _resolve(text, [("Москве", "LOC")], "ru")
    for title in ("Сибирь.Реалии", "Idel.Реалии"):
        outlet = _covering(text, entities, title)
        assert outlet is not None and outlet.type == "OUTLET", title
    moscow = _covering(text, entities, "Москве")
    assert moscow is not None and moscow.type == "PLACE"


def test_a_womans_given_name_read_as_a_foreign_indeclinable_still_declines() -> None:
    # the dictionary reads "Анне" first as an indeclinable foreign name (Anne); beside a
    # woman's surname in an oblique case it is Анна's dative
    assert nominative_name("Анне Петровне Мальцевой", "PERSON") == "Анна Петровна Мальцева"
