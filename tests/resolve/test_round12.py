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


def _resolve_with_outlets(text: str, tagged: list[tuple[str, str]], language: str) -> list:
    from dossier.packs import get_pack
    from dossier.pipeline import _outlet_lookup, _registry
    from dossier.resolve import resolve_document
    from tests.resolve.test_families import _mentions

    pack = get_pack("recruitment")
    lookup = _outlet_lookup(_registry(pack))
    return resolve_document(text, language, _mentions(text, tagged), [], pack, lookup)


def test_a_name_in_brackets_after_a_body_or_outlet_is_cut_from_the_taggers_span() -> None:
    # Natasha runs a body's or a service's second name or abbreviation in brackets into the
    # name before it: "Индии (CBI)", "РСЕ/РС (Радио Озоди)"
    text = (
        "Об этом Узбекской редакции РСЕ/РС (Радио Озодлик) рассказали соседи. Национальное "
        "бюро расследований Кении (NBI) ранее задержало агента. Радио Озодлик пишет, что "
        "агент на связь не выходит."
    )
    tagged = [("РСЕ/РС (Радио Озодлик)", "ORG"), ("Национальное бюро расследований", "ORG"),
              ("Кении (NBI)", "LOC"), ("Радио Озодлик", "ORG")]  # fmt: skip
    entities = _resolve_with_outlets(text, tagged, "ru")
    bureau = _covering(text, entities, "Национальное бюро расследований Кении")
    assert bureau is not None and bureau.name == "Национальное бюро расследований Кении"
    service = _covering(text, entities, "Узбекской редакции РСЕ/РС")
    assert service is not None and service.type == "OUTLET"
    assert service.name == "Узбекская редакция РСЕ/РС"
    assert _covering(text, entities, "Радио Озодлик") is service


def test_an_outlet_the_tagger_ran_into_a_bodys_name_is_cut_off() -> None:
    # "В Министерстве … Республики Таджикистан Радио Озоди ответили": the ministry, then the
    # outlet it answered, in one span of the tagger
    text = "В Министерстве юстиции Республики Таджикистан Радио Озоди ответили, что дела нет."
    tagged = [("Министерстве юстиции Республики Таджикистан Радио Озоди", "ORG")]
    entities = _resolve_with_outlets(text, tagged, "ru")
    ministry = _covering(text, entities, "Министерстве юстиции Республики Таджикистан")
    assert ministry is not None and ministry.name == "Министерство юстиции Республики Таджикистан"
    outlet = _covering(text, entities, "Радио Озоди")
    assert outlet is not None and outlet.type == "OUTLET" and outlet is not ministry


def test_a_name_after_an_outlets_kind_word_is_an_outlet() -> None:
    # "told the local daily Surma Barta": the small model calls the paper a person
    text = (
        "His father told the local daily Nabanna Barta that the agent had vanished. The "
        "news portal Dhaka Dispatch later published the contract."
    )
    tagged = [("Nabanna Barta", "PERSON"), ("Dhaka Dispatch", "PERSON")]
    entities = _resolve(text, tagged)
    for surface in ("Nabanna Barta", "Dhaka Dispatch"):
        outlet = _covering(text, entities, surface)
        assert outlet is not None and outlet.type == "OUTLET", surface


def test_an_occupation_opening_the_sentence_is_not_part_of_the_name() -> None:
    # "Lawyer Aizhan …": the tagger takes a capitalised occupation into the name after it
    text = (
        "Lawyer Dana Abenova said the families had not been told. Activist Ruslan Iskakov agreed."
    )
    tagged = [("Lawyer Dana Abenova", "PERSON"), ("Activist Ruslan Iskakov", "PERSON")]
    entities = _resolve(text, tagged)
    assert _names(text, entities, ("Dana Abenova", "Ruslan Iskakov")) == {
        "Dana Abenova": "Dana Abenova",
        "Ruslan Iskakov": "Ruslan Iskakov",
    }


def test_a_kenyan_sub_county_is_a_place_with_its_word() -> None:
    # "Lurambi sub-county", "Mumias East Sub-County": the unit below a Kenyan county
    text = "Three men from Likuyani sub-county travelled through the same agent."
    entities = _resolve(text, [("Likuyani", "GPE")])
    place = _covering(text, entities, "Likuyani sub-county")
    assert place is not None and place.type == "PLACE"


def test_a_quoted_name_that_found_out_in_a_kak_clause_is_an_outlet() -> None:
    # "Как выяснил «…»", "как писал «…»": the subject of a verb of finding out or writing in
    # a "как" clause is the outlet that reported it
    text = (
        "Как выяснил «Уральский вестник», двое мигрантов пропали. Так же писал «Курганский день»."
    )
    tagged = [("Уральский вестник", "ORG"), ("Курганский день", "ORG")]
    entities = _resolve(text, tagged, "ru")
    outlet = _covering(text, entities, "Уральский вестник")
    assert outlet is not None and outlet.type == "OUTLET"


def test_a_given_name_and_surname_the_tagger_split_are_one_person() -> None:
    # "Ее сын Фаррух Рахимов": Natasha gives an unknown given name and the surname as two
    # persons side by side
    text = "Ее сын Бахром Сафаров подписал контракт. Сафаров погиб через месяц."
    tagged = [("Бахром", "PER"), ("Сафаров", "PER"), ("Сафаров", "PER")]
    entities = _resolve(text, tagged, "ru")
    assert _names(text, entities, ("Бахром Сафаров",)) == {"Бахром Сафаров": "Бахром Сафаров"}


def test_a_surname_alone_joins_the_full_name_it_matches_as_written_first() -> None:
    # "Рахимова" is a woman's surname or the genitive of a man's: with a mother and her son
    # both named in full, the name as written is hers
    text = (
        "Зарина Рахимова написала заявление. Ее сын Фаррух Рахимов погиб. «Его больше нет», "
        "— рассказала Рахимова."
    )
    tagged = [("Зарина Рахимова", "PER"), ("Фаррух Рахимов", "PER"), ("Рахимова", "PER")]
    entities = _resolve(text, tagged, "ru")
    mother = _covering(text, entities, "Зарина Рахимова")
    assert mother is not None and (text.rindex("Рахимова"), len(text) - 1) in mother.mentions


def test_a_given_name_that_is_a_things_genitive_plural_opens_no_body() -> None:
    # "Рам Пратап Ядав": "рам" is the genitive plural of "рама" (a frame), but a title's body
    # before a name is one body, in the singular ("депутата Мажилиса …")
    text = "Его отец Рам Кишор Ядав рассказал о ранении сына."
    entities = _resolve(text, [("Рам Кишор Ядав", "PER")], "ru")
    assert _names(text, entities, ("Рам Кишор Ядав",)) == {"Рам Кишор Ядав": "Рам Кишор Ядав"}


def test_bangladeshi_initials_without_full_stops_open_the_name() -> None:
    # "SM Kamrul Hasan", "AKM Shahidul Islam": run-together initials the small model leaves
    # out of the name; a rank in initials stays out ("SP Hari Thapa"), and so does a body's
    # abbreviation the text uses elsewhere ("the SMP … SMP Rafiq Uddin")
    text = (
        "AKM Shahidul Islam, officer in charge, confirmed it. SP Hari Thapa agreed. The SMP "
        "said SMP Rafiq Uddin had filed the case."
    )
    tagged = [("Shahidul Islam", "PERSON"), ("Hari Thapa", "PERSON"), ("SMP", "ORG"),
              ("Rafiq Uddin", "PERSON")]  # fmt: skip
    entities = _resolve(text, tagged)
    assert _names(text, entities, ("AKM Shahidul Islam", "Hari Thapa", "Rafiq Uddin")) == {
        "AKM Shahidul Islam": "AKM Shahidul Islam",
        "Hari Thapa": "Hari Thapa",
        "Rafiq Uddin": "Rafiq Uddin",
    }
