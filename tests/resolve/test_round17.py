"""Round 17's names families (families_dev15), each test written before its fix.

Invented sentences in our own words; mentions given by hand as a tagger gives them.
"""

from __future__ import annotations

from dossier.models import Entity
from tests.resolve.test_families import _covering, _names, _resolve


def test_a_surname_before_its_initials_after_a_mans_oblique_word_is_his() -> None:
    # court rulings write the surname before the initials ("Юнусов А.А."); in the accusative
    # after a man's noun ("граждан России Умарова С.Б.") or a preposition it is the man's, and a
    # second name joined by "и" shares the case ("… и Турсунова А.А."); a woman's nominative
    # with no such word before it stays as written ("Судья Кузнецова Д.А. отказала")
    text = (
        "Суд приговорил граждан России Умарова С.Б. и Турсунова А.А. к пяти годам. "
        "Судья Кузнецова Д.А. отказала в ходатайстве."
    )
    tagged = [
        ("Умарова С.Б.", "PER"),
        ("Турсунова А.А.", "PER"),
        ("Кузнецова Д.А.", "PER"),
    ]
    entities = _resolve(text, tagged, "ru")
    assert _names(text, entities, ("Умарова С.Б.", "Турсунова А.А.", "Кузнецова Д.А.")) == {
        "Умарова С.Б.": "Умаров С.Б.",
        "Турсунова А.А.": "Турсунов А.А.",
        "Кузнецова Д.А.": "Кузнецова Д.А.",
    }


def test_a_name_after_a_possessive_and_a_womans_kin_word_is_her_nominative() -> None:
    # "Его мать Мунира Холова рассказала": a possessive already names whose mother she is, so
    # the name after the kin word is the mother herself, in apposition and in the nominative,
    # and the feminine verb is hers; without the possessive the name may be the one whose
    # mother it is ("Мать погибшего Бахрома Турсунова рассказала" stays a man's genitive)
    text = (
        "Его мать Мунира Холова рассказала, что сын уехал весной. Ее сестра Гулноза Шарипова "
        "сообщила, что писала в посольство. Мать погибшего Бахрома Турсунова рассказала, "
        "что тело не вернули."
    )
    tagged = [
        ("Мунира Холова", "PER"),
        ("Гулноза Шарипова", "PER"),
        ("Бахрома Турсунова", "PER"),
    ]
    entities = _resolve(text, tagged, "ru")
    assert _names(text, entities, ("Мунира Холова", "Гулноза Шарипова", "Бахрома Турсунова")) == {
        "Мунира Холова": "Мунира Холова",
        "Гулноза Шарипова": "Гулноза Шарипова",
        "Бахрома Турсунова": "Бахром Турсунов",
    }


def _type(text: str, entities: list[Entity], surface: str) -> str | None:
    entity = _covering(text, entities, surface)
    return entity.type if entity is not None else None


def test_a_name_with_its_district_word_is_a_place_whatever_a_headline_tags() -> None:
    # the headline's "Gorkha family" is tagged a person; "Gorkha district" in the body names
    # the place by its unit word, and the one entity both make is that place
    text = "Gorkha family waits for word\n\nThe family lives in Gorkha district, near the hills."
    entities = _resolve(text, [("Gorkha", "PER"), ("Gorkha", "GPE")])
    assert _type(text, entities, "Gorkha district") == "PLACE"


def test_a_given_name_before_a_patronymic_and_surname_opens_the_name() -> None:
    # the tagger takes "Rahmonovich Safarzoda" and leaves the given name before the patronymic
    # out ("Firdavs Rahmonovich Safarzoda", as Central Asian names are written in full)
    text = "Among those held was Firdavs Rahmonovich Safarzoda, a 29-year-old from Vahdat."
    entities = _resolve(text, [("Rahmonovich Safarzoda", "PER"), ("Vahdat", "GPE")])
    assert _names(text, entities, ("Rahmonovich Safarzoda",)) == {
        "Rahmonovich Safarzoda": "Firdavs Rahmonovich Safarzoda"
    }


def test_one_word_names_listed_after_from_are_places() -> None:
    # "families from Syangja, Rolpa and Kapilvastu": districts the gazetteer lacks, in a list
    # after a place's preposition; the tagger sees only the last, and as a person
    text = "Families from Syangja, Rolpa and Kapilvastu had filed complaints with the ministry."
    entities = _resolve(text, [("Kapilvastu", "PER")])
    assert [_type(text, entities, w) for w in ("Syangja", "Rolpa", "Kapilvastu")] == [
        "PLACE",
        "PLACE",
        "PLACE",
    ]


def test_a_capitalised_word_opening_the_lead_before_a_dash_is_its_dateline_place() -> None:
    # "GORKHA — For eight months …": a wire dateline by its city alone, in capitals, which the
    # tagger leaves out; not an acronym inside the text ("the NATO — a bloc")
    text = (
        "Family waits for word of son\n\nGORKHA — For eight months Ram Bahadur Thapa has waited. "
        "He said the NATO — a bloc — was far away."
    )
    entities = _resolve(text, [("Ram Bahadur Thapa", "PER")])
    assert _type(text, entities, "GORKHA") == "PLACE"
    assert _type(text, entities, "NATO") is None


def test_a_given_name_and_a_surname_typed_a_body_or_a_place_are_a_person() -> None:
    # the small model types a name it does not know by guess: "Umed Kholov" an organisation,
    # "Bimala Shrestha" a building; a title-case given name and a Russian-style, Tajik or
    # common South Asian surname is a person's name, not a body's ("Nazarbayev University"
    # ends in a body's word) nor a listed place
    text = (
        "Among those held were Jamshed Safarov and Umed Kholov. Bimala Shrestha, who runs a "
        "support group, said families wrote to Nazarbayev University."
    )
    tagged = [
        ("Jamshed Safarov", "PER"),
        ("Umed Kholov", "ORG"),
        ("Bimala Shrestha", "FAC"),
        ("Nazarbayev University", "ORG"),
    ]
    entities = _resolve(text, tagged)
    assert [
        _type(text, entities, s)
        for s in ("Umed Kholov", "Bimala Shrestha", "Nazarbayev University")
    ] == ["PERSON", "PERSON", "ORG"]


def test_a_foreign_place_after_a_unit_word_is_cut_from_the_name_the_tagger_ran_on() -> None:
    # "Жительница района Горкха Сита Кумари Гурунг": the tagger runs the district's name on
    # into the woman's; the word the dictionary does not know as a given name right after a
    # foreign unit's word is the district ("район Горкха"), the rest the person; a district's
    # head named after the word stays a person ("Глава района Иван Сергеевич Петров")
    text = (
        "Жительница района Горкха Сита Кумари Гурунг рассказала журналистам о сыне. "
        "Глава района Иван Сергеевич Петров сообщил о встрече."
    )
    tagged = [("Горкха Сита Кумари Гурунг", "PER"), ("Иван Сергеевич Петров", "PER")]
    entities = _resolve(text, tagged, "ru")
    assert _type(text, entities, "района Горкха") == "PLACE"
    assert _names(text, entities, ("района Горкха", "Сита Кумари Гурунг", "Иван Сергеевич")) == {
        "района Горкха": "район Горкха",
        "Сита Кумари Гурунг": "Сита Кумари Гурунг",
        "Иван Сергеевич": "Иван Сергеевич Петров",
    }


def test_a_bodys_kind_with_its_adjective_before_a_quoted_name_is_one_body() -> None:
    # "общественной организации «Сутяжник»", "благотворительного фонда «Право матери»": the
    # adjective says what kind of body it is, as "ООО" does, and belongs to the name
    text = (
        "Юрист общественной организации «Сутяжник» Дарья Белова считает иначе. Помощь "
        "оказал благотворительный фонд «Право матери»."
    )
    entities = _resolve(text, [("Дарья Белова", "PER")], "ru")
    assert [
        _type(text, entities, s)
        for s in ("общественной организации «Сутяжник»", "благотворительный фонд «Право матери»")
    ] == ["ORG", "ORG"]


def test_a_known_town_opening_a_persons_mention_is_the_place_not_a_body() -> None:
    # "уроженец Таласа Нурсултан Жээнбек уулу": the tagger runs the town in the genitive into
    # the man's name, and a genitive noun opening a person's mention is taken for the body of a
    # title ("депутата Мажилиса"); a town the gazetteer knows by that name ("Талас") is the
    # place, not a body
    text = "Один из них, уроженец Таласа Нурсултан Жээнбек уулу, погиб под Бахмутом."
    tagged = [("Таласа Нурсултан Жээнбек уулу", "PER"), ("Бахмутом", "LOC")]
    entities = _resolve(text, tagged, "ru")
    assert _type(text, entities, "Таласа") == "PLACE"


def test_an_untagged_name_after_a_possessive_kin_word_is_a_person() -> None:
    # "Safarzoda's brother Bahrom told …", "Rupak's father Man Bahadur said": the tagger leaves
    # a relative's given name out; after a possessive and a kin word it is the relative
    text = (
        "Safarzoda's brother Bahrom told reporters the men were held. Rupak's father Man "
        "Bahadur said the family was waiting. His mother Laxmi wept."
    )
    entities = _resolve(text, [("Safarzoda", "PER"), ("Rupak", "PER")])
    assert [_type(text, entities, s) for s in ("Bahrom", "Man Bahadur", "Laxmi")] == [
        "PERSON",
        "PERSON",
        "PERSON",
    ]


def test_a_south_asian_surname_in_a_declines_as_a_feminine_noun_does() -> None:
    # "Шрестха", "Тхапа", "Шарма" end in -а and decline like "папа" for a man: "Б.К. Шрестху"
    # is the accusative of "Б.К. Шрестха", not the dative of a consonant stem "Шрестх"
    text = "Полиция задержала Б.К. Шрестху. Свидетелем был Д. Шарма, его знакомым Р. Тхапой."
    tagged = [("Б.К. Шрестху", "PER"), ("Д. Шарма", "PER"), ("Р. Тхапой", "PER")]
    entities = _resolve(text, tagged, "ru")
    assert _names(text, entities, ("Б.К. Шрестху", "Д. Шарма", "Р. Тхапой")) == {
        "Б.К. Шрестху": "Б.К. Шрестха",
        "Д. Шарма": "Д. Шарма",
        "Р. Тхапой": "Р. Тхапа",
    }


def test_a_given_name_and_a_south_asian_surname_in_a_decline_together() -> None:
    # "Чаминда Перера" is in the nominative (both words end in -а as a man's may in Sri Lanka
    # and Nepal), "Чаминду Переру" its accusative; neither is "Чаминд Перер"
    text = (
        "Студентов уговаривал выпускник Чаминда Перера. Позднее полиция задержала Чаминду Переру."
    )
    tagged = [("Чаминда Перера", "PER"), ("Чаминду Переру", "PER")]
    entities = _resolve(text, tagged, "ru")
    assert _names(text, entities, ("Чаминда Перера", "Чаминду Переру")) == {
        "Чаминда Перера": "Чаминда Перера",
        "Чаминду Переру": "Чаминда Перера",
    }
