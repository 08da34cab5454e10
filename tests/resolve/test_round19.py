"""Round 19's names families (families_dev17), each test written before its fix.

Invented sentences in our own words; mentions given by hand as a tagger gives them.
"""

from __future__ import annotations

from dossier.packs import get_pack
from dossier.resolve.document import resolve_document
from dossier.resolve.morph import nominative_name
from tests.resolve.test_families import _covering, _mentions, _names, _resolve


def test_a_numbered_penal_facility_is_a_body_with_its_short_form() -> None:
    # a colony or a pretrial detention centre by its number is a body, as a military unit by
    # its number is; the prison service's short form ("IK-9", "ИК-9") is the same colony
    text = (
        "He spent a year in pretrial detention centre No. 1 before he was moved to Penal "
        "Colony No. 9 in Volgograd. Inmates of IK-9 said recruiters came twice. His cousin is "
        "held in Correctional Colony No. 6."
    )
    entities = _resolve(text, [("Volgograd", "GPE")])
    for surface in (
        "pretrial detention centre No. 1",
        "Penal Colony No. 9",
        "Correctional Colony No. 6",
        "IK-9",
    ):
        entity = _covering(text, entities, surface)
        assert entity is not None and entity.type == "ORG", surface
    assert _covering(text, entities, "IK-9") is _covering(text, entities, "Penal Colony No. 9")
    assert _names(text, entities, ("Penal Colony No. 9", "IK-9")) == {
        "Penal Colony No. 9": "Penal Colony No. 9",
        "IK-9": "Penal Colony No. 9",
    }


def test_a_russian_numbered_colony_in_lower_case_is_a_body_in_the_nominative() -> None:
    text = (
        "Затем его этапировали в исправительную колонию №9 строгого режима. "
        "Журналисты поговорили с заключенными ИК-9. Брат отбывает срок в колонии № 4."
    )
    entities = _resolve(text, [("ИК-9", "ORG")], "ru")
    colony = _covering(text, entities, "исправительную колонию №9")
    assert colony is not None and colony.type == "ORG"
    assert colony.name == "исправительная колония №9"
    assert _covering(text, entities, "ИК-9") is colony
    assert _names(text, entities, ("колонии № 4",)) == {"колонии № 4": "колония № 4"}


def test_a_dateline_city_in_capitals_before_its_country_credit_or_colon_is_a_place() -> None:
    # wire and South Asian datelines: "BISHKEK, Kyrgyzstan —", "ASTANA (Kazinform) —",
    # "HYDERABAD:"; the tagger rarely knows a name in capitals. A flag word is no place.
    for text, city in (
        (
            "Headline here\n\nBISHKEK, Kyrgyzstan — Relatives of prisoners wrote to Moscow.",
            "BISHKEK",
        ),
        ("Headline here\n\nASTANA (Kazinform) — The ministry opened a hotline.", "ASTANA"),
        ("Headline here\n\nHYDERABAD: Families of four men asked for help.", "HYDERABAD"),
    ):
        entities = _resolve(text, [("Moscow", "GPE")] if "Moscow" in text else [])
        place = _covering(text, entities, city)
        assert place is not None and place.type == "PLACE", city
    text = "Headline here\n\nUPDATE: Families of four men asked Delhi for help."
    assert _covering(text, _resolve(text, [("Delhi", "GPE")]), "UPDATE") is None


def test_a_south_asian_initial_without_a_full_stop_opening_a_sentence_is_part_of_the_name() -> None:
    # Indian papers write a name's initial without its full stop ("K Srinivas Rao"); the tagger
    # leaves it out where it opens a sentence. Another name's same initial does not make it a
    # body's abbreviation, and the article "A" is no initial.
    text = (
        "K Srinivas Rao, whose son K Ravi Kumar left for Moscow, said the young man called "
        "home. A Rao family member said nothing."
    )
    tagged = [("Srinivas Rao", "PER"), ("K Ravi Kumar", "PER"), ("Moscow", "GPE"), ("Rao", "PER")]
    entities = _resolve(text, tagged)
    assert _names(text, entities, ("K Srinivas Rao",)) == {"K Srinivas Rao": "K Srinivas Rao"}
    assert _covering(text, entities, "A Rao") is None


def test_a_south_asian_state_after_an_adjective_keeps_its_word() -> None:
    # "индийского штата Телангана", "соседнем штате Карнатака": the adjective before "штат" is
    # the country's or an epithet, not the state's name (as "Ленинского района" is), so the
    # state is written with its word, as "штата Уттар-Прадеш" is
    text = (
        "Семьи из индийского штата Телангана обратились в МИД. "
        "В соседнем штате Карнатака полиция возбудила дело. "
        "В Ленинском районе Екатеринбурга прошли обыски."
    )
    tagged = [
        ("Телангана", "LOC"),
        ("МИД", "ORG"),
        ("Карнатака", "LOC"),
        ("Ленинском районе", "LOC"),
        ("Екатеринбурга", "LOC"),
    ]
    entities = _resolve(text, tagged, "ru")
    for surface in ("штата Телангана", "штате Карнатака"):
        place = _covering(text, entities, surface)
        assert place is not None and place.type == "PLACE", surface
    state = _covering(text, entities, "штата Телангана")
    assert state is not None and "штат Телангана" in (state.name, *state.aliases)
    assert _covering(text, entities, "районе Екатеринбурга") is None


def test_a_given_name_and_a_common_south_asian_surname_typed_a_place_is_a_person() -> None:
    text = "In Karnataka, a complaint was filed by the family of Vinay Shivappa Gowda, police said."
    entities = _resolve(text, [("Karnataka", "GPE"), ("Vinay Shivappa Gowda", "GPE")])
    person = _covering(text, entities, "Vinay Shivappa Gowda")
    assert person is not None and person.type == "PERSON"


def test_a_bodys_bracketed_initials_that_spell_a_place_code_leave_it_a_body() -> None:
    # "(PRI)" is Penal Reform International's initials, which the gazetteer also knows as
    # Puerto Rico's code: initials of the cluster's own longer name are no place evidence
    text = (
        "Penal Reform International (PRI), which runs a programme in Central Asia, said its "
        "staff had not been allowed into the colony. PRI asked for access."
    )
    tagged = [
        ("Penal Reform International", "ORG"),
        ("PRI", "ORG"),
        ("Central Asia", "LOC"),
        ("PRI", "ORG"),
    ]
    entities = _resolve(text, tagged)
    body = _covering(text, entities, "Penal Reform International")
    assert body is not None and body.type == "ORG"
    assert body.name == "Penal Reform International"
    assert _covering(text, entities, "PRI") is body


def test_a_body_for_the_rule_of_law_is_no_laws_title() -> None:
    # a name ending in "Law" is a law's title ("Federal Law on Citizenship", "the Law"), but a
    # bureau, an institute or a centre "for … Rule of Law" is a rights group
    text = (
        "The Kazakhstan International Bureau for Human Rights and Rule of Law, a rights group "
        "in Almaty, said it was helping seven families under the Federal Law on Citizenship."
    )
    entities = _resolve(text, [("Almaty", "GPE")])
    body = _covering(
        text, entities, "Kazakhstan International Bureau for Human Rights and Rule of Law"
    )
    assert body is not None and body.type == "ORG"
    assert _covering(text, entities, "Federal Law on Citizenship") is None


def test_a_fathers_name_declined_with_the_given_name_before_uulu_is_in_the_nominative() -> None:
    # Russian papers decline both names before "уулу" ("с Чынгызом Анарбеком уулу") or only
    # the given name ("Бакыту Асанбек уулу"); the father's name is in the nominative either way
    assert nominative_name("Чынгызом Анарбеком уулу", "PERSON") == "Чынгыз Анарбек уулу"
    assert nominative_name("Нурлану Асанбеку уулу", "PERSON") == "Нурлан Асанбек уулу"
    # a father's name may end in the genitive's -а as written ("Абдулла")
    assert nominative_name("Элмурода Абдулла угли", "PERSON") == "Элмурод Абдулла угли"
    assert nominative_name("Бакыту Асанбек уулу", "PERSON") == "Бакыт Асанбек уулу"


def test_a_name_right_after_a_russian_news_agency_word_is_an_outlet() -> None:
    # "рассказала агентству КазТАГ", "сообщило агентство PTI": a news agency by its word; a
    # recruiting or travel agency by its adjective is a firm
    text = (
        "Об этом его мать рассказала агентству КазТАГ. "
        "Вербовщиков нанимало кадровое агентство Уралресурс. "
        "Руководитель отдела агентства Дилноза Абдуллаева призвала к осторожности."
    )
    tagged = [("КазТАГ", "ORG"), ("Уралресурс", "ORG"), ("Дилноза Абдуллаева", "PER")]
    entities = _resolve(text, tagged, "ru")
    agency = _covering(text, entities, "КазТАГ")
    assert agency is not None and agency.type == "OUTLET"
    firm = _covering(text, entities, "Уралресурс")
    assert firm is not None and firm.type == "ORG"
    person = _covering(text, entities, "Дилноза Абдуллаева")
    assert person is not None and person.type == "PERSON"


def test_a_valley_with_its_word_is_a_place() -> None:
    # "the Rasht valley", "the Fergana Valley": a region by its valley, as "Khatlon region" is
    text = "Two of the men, from the Rasht valley and Kulob, were convicted in 2019."
    entities = _resolve(text, [("Rasht", "GPE"), ("Kulob", "GPE")])
    valley = _covering(text, entities, "Rasht valley")
    assert valley is not None and valley.type == "PLACE"


def test_a_name_after_a_firm_called_is_a_body() -> None:
    # "a firm called Global Career Links", "a Dubai-based company named Gulf Link Services":
    # the small model leaves a firm's name of common words untagged
    text = (
        "His visa was arranged by a firm called Global Career Links, the family said. "
        "Another man went through a Dubai-based company named Gulf Link Services."
    )
    entities = _resolve(text, [])
    for surface in ("Global Career Links", "Gulf Link Services"):
        firm = _covering(text, entities, surface)
        assert firm is not None and firm.type == "ORG" and firm.name == surface, surface


def test_a_quoted_outlet_after_a_russian_body_is_not_the_bodys_own_name() -> None:
    from dossier.pipeline import _outlet_lookup, _registry

    # "В Главном управлении … Республики Таджикистан «Азия-Плюс» сообщили": the quoted name
    # after the body is the outlet it answered, as an unquoted one is ("… | Радио Озоди")
    text = (
        "В Главном управлении исполнения уголовных наказаний Министерства юстиции Республики "
        "Таджикистан «Азия-Плюс» сообщили, что из России переведены 46 осужденных."
    )
    tagged = [
        (
            "Главном управлении исполнения уголовных наказаний Министерства юстиции Республики "
            "Таджикистан",
            "ORG",
        ),
        ("Азия-Плюс", "ORG"),
        ("России", "LOC"),
    ]
    pack = get_pack("recruitment")
    mentions = _mentions(text, tagged)
    entities = resolve_document(text, "ru", mentions, [], pack, _outlet_lookup(_registry(pack)))
    body = _covering(text, entities, "Главном управлении")
    assert body is not None and body.name.endswith("Республики Таджикистан")
    outlet = _covering(text, entities, "Азия-Плюс")
    assert outlet is not None and outlet.type == "OUTLET"


def test_a_mans_name_after_a_role_noun_and_its_complement_in_the_genitive_is_oblique() -> None:
    # "председателя комитета Ерлана Жаксылыкова": the role noun in the genitive governs the
    # name through its own complement; read alone, "Ерлана Жаксылыкова" may be a woman's
    text = "По словам председателя комитета Ерлана Жаксылыкова, поступило 23 обращения."
    entities = _resolve(text, [("Ерлана Жаксылыкова", "PER")], "ru")
    assert _names(text, entities, ("Ерлана Жаксылыкова",)) == {
        "Ерлана Жаксылыкова": "Ерлан Жаксылыков"
    }
    text = "Председатель комитета Ерлана Жаксылыкова заявила, что поступило 23 обращения."
    entities = _resolve(text, [("Ерлана Жаксылыкова", "PER")], "ru")
    assert _names(text, entities, ("Ерлана Жаксылыкова",)) == {
        "Ерлана Жаксылыкова": "Ерлана Жаксылыкова"
    }
