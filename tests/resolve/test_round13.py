"""Round 13's names families (families_dev11), each test written before its fix.

Invented sentences in our own words; mentions given by hand as a tagger gives them.
"""

from __future__ import annotations

from tests.resolve.test_families import _covering, _names, _resolve
from tests.resolve.test_round12 import _resolve_with_outlets


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


def test_a_state_agency_is_no_outlet_and_a_papers_or_broadcasters_words_make_one() -> None:
    # "Agency" ends state bodies' names ("Federal Investigation Agency"); a news agency says
    # so ("… News Agency", "… Press Agency"). "Daily" or "Weekly" inside a name, a last word
    # "Mail", "Television" or "Broadcasting Corporation" are a paper's or a broadcaster's
    text = (
        "The National Crime Agency arrested two men, the Ghana News Agency reported. The "
        "Malawi Daily Courier, the Uganda Broadcasting Corporation and Sunrise Television "
        "carried the story; the Lusaka Weekly Mail did not."
    )
    tagged = [("The National Crime Agency", "ORG"), ("the Ghana News Agency", "ORG"),
              ("The Malawi Daily Courier", "ORG"), ("the Uganda Broadcasting Corporation", "ORG"),
              ("Sunrise Television", "ORG"), ("the Lusaka Weekly Mail", "ORG")]  # fmt: skip
    entities = _resolve(text, tagged)
    agency = _covering(text, entities, "National Crime Agency")
    assert agency is not None and agency.type == "ORG"
    for surface in ("Ghana News Agency", "Malawi Daily Courier", "Uganda Broadcasting Corporation",
                    "Sunrise Television", "Lusaka Weekly Mail"):  # fmt: skip
        outlet = _covering(text, entities, surface)
        assert outlet is not None and outlet.type == "OUTLET", surface


def test_a_russian_radio_service_is_an_outlet() -> None:
    # "Казахской службе Радио Азаттык": a broadcaster's language service named by "Радио"
    # and the station's own name, not by "РСЕ/РС"
    text = "Об этом Казахской службе Радио Азаттык рассказал брат погибшего."
    tagged = [("Казахской службе Радио Азаттык", "ORG")]
    entities = _resolve_with_outlets(text, tagged, "ru")
    service = _covering(text, entities, "Казахской службе Радио Азаттык")
    assert service is not None and service.type == "OUTLET"
    assert service.name == "Казахская служба Радио Азаттык"


def test_regions_by_their_kind_word_velayat_governorate_and_state() -> None:
    # Turkmenistan's provinces are "велаяты" (in English "velayat"), Egypt's
    # "governorates", Nigeria's "States"
    text = (
        "Он родом из Марыйского велаята, а его друг жил в Балканском велаяте. In Asyut "
        "governorate and in Kwara State families waited; a cousin lives in Ahal velayat."
    )
    tagged = [("Марыйского", "PER"), ("Балканском", "LOC"), ("Asyut", "GPE"),
              ("Kwara State", "ORG"), ("Ahal", "GPE")]  # fmt: skip
    ru_text, en_text = text.split(" In ")[0], "In " + text.split(" In ")[1]
    ru = _resolve(ru_text, tagged[:2], "ru")
    assert _names(ru_text, ru, ("Марыйского велаята", "Балканском велаяте")) == {
        "Марыйского велаята": "Марыйский велаят",
        "Балканском велаяте": "Балканский велаят",
    }
    en = _resolve(en_text, tagged[2:])
    for surface in ("Asyut governorate", "Kwara State", "Ahal velayat"):
        place = _covering(en_text, en, surface)
        assert place is not None and place.type == "PLACE" and place.name == surface, surface


def test_a_russian_military_unit_and_commissariat_are_bodies() -> None:
    # "в/ч 12345" (a military unit by its number) and "военкомат Кировского района" (a
    # military commissariat named by its district, in any case) are organisations the
    # tagger does not give (or gives only as the district)
    text = (
        "Извещение пришло из в/ч 45807. В военкомате Октябрьского района Самары ему выдали "
        "предписание, а его брата направили в военкомат Кировского района и в войсковую "
        "часть 61899."
    )
    tagged = [("Октябрьского района", "LOC"), ("Самары", "LOC"), ("Кировского района", "LOC")]
    entities = _resolve(text, tagged, "ru")
    surfaces = ("в/ч 45807", "военкомате Октябрьского района Самары",
                "военкомат Кировского района", "войсковую часть 61899")  # fmt: skip
    assert _names(text, entities, surfaces) == {
        "в/ч 45807": "в/ч 45807",
        "военкомате Октябрьского района Самары": "военкомат Октябрьского района Самары",
        "военкомат Кировского района": "военкомат Кировского района",
        "войсковую часть 61899": "войсковая часть 61899",
    }
    assert all((e := _covering(text, entities, s)) and e.type == "ORG" for s in surfaces)


def test_a_mans_adjective_before_his_name_puts_it_in_an_oblique_case() -> None:
    # "тело 31-летнего Мекана Чарыева", "погибшего Бахрома Турсунова": an age's adjective
    # or a participle in a man's genitive right before the name says the name is a man's in
    # the genitive, not a woman's nominative
    text = (
        "Родные 31-летнего Довлета Мурадова получили извещение. Тело погибшего Бахрома "
        "Турсунова доставили домой."
    )
    tagged = [("Довлета Мурадова", "PER"), ("Бахрома Турсунова", "PER")]
    entities = _resolve(text, tagged, "ru")
    assert _names(text, entities, ("Довлета Мурадова", "Бахрома Турсунова")) == {
        "Довлета Мурадова": "Довлет Мурадов",
        "Бахрома Турсунова": "Бахром Турсунов",
    }


def test_a_nationality_noun_opening_a_persons_name_is_a_group_of_its_own() -> None:
    # "Нигериец Эммануэль Чиди Эзе рассказал": Natasha runs the capitalised nationality noun
    # opening the sentence into the name after it
    text = "Камерунец Поль Эбоа Нджие рассказал, что его направили под Белгород."
    tagged = [("Камерунец Поль Эбоа Нджие", "PER"), ("Белгород", "LOC")]
    entities = _resolve(text, tagged, "ru")
    person = _covering(text, entities, "Поль Эбоа Нджие")
    assert person is not None and person.type == "PERSON" and person.name == "Поль Эбоа Нджие"
    group = _covering(text, entities, "Камерунец")
    assert group is not None and group.type == "GROUP" and group is not person


def test_an_english_bodys_name_with_and_inside_is_not_cut_at_the_and() -> None:
    # "the Higher Education Loans and Scholarships Board", "Goldpath Travels and Tours Ltd":
    # the small model cuts the name at "and"; two bodies each end with their own head word
    text = (
        "He had a loan from the Student Grants and Bursaries Board. The firm, Silverline "
        "Tickets and Tours Ltd., was shut, and the Foreign Ministry and Interior Ministry said "
        "nothing."
    )
    tagged = [("the Student Grants", "ORG"), ("Bursaries Board", "ORG"),
              ("Silverline Tickets", "ORG"), ("Tours Ltd.", "ORG"),
              ("the Foreign Ministry", "ORG"), ("Interior Ministry", "ORG")]  # fmt: skip
    entities = _resolve(text, tagged)
    surfaces = ("Student Grants and Bursaries Board", "Silverline Tickets and Tours Ltd")
    assert _names(text, entities, surfaces) == {s: s for s in surfaces}
    foreign = _covering(text, entities, "Foreign Ministry")
    interior = _covering(text, entities, "Interior Ministry")
    assert foreign is not None and interior is not None and foreign is not interior


def test_a_firm_by_its_kind_and_quoted_name_is_an_organisation() -> None:
    # "руководила кадровым агентством «Уралресурс»": an agency with a firm's adjective is a
    # firm, not a news agency, and its adjective is part of what names it
    text = (
        "Она руководила кадровым агентством «Северресурс», а ее брат работал в турфирме "
        "«Восток-Тур»."
    )
    entities = _resolve(text, [], "ru")
    for surface in ("кадровым агентством «Северресурс»", "турфирме «Восток-Тур»"):
        firm = _covering(text, entities, surface)
        assert firm is not None and firm.type == "ORG", surface


def test_an_outlet_by_its_kind_word_and_quoted_name_is_the_outlet_its_name_is() -> None:
    # "выяснило издание «Вёрстка»", later "рассказал «Вёрстке»": the registry knows the
    # outlet by its name alone, and both are that one outlet
    text = (
        "Это выяснило издание «Вёрстка». Один из мигрантов рассказал «Вёрстке», что паспорт "
        "у него забрали."
    )
    tagged = [("Вёрстка", "ORG"), ("Вёрстке", "ORG")]
    entities = _resolve_with_outlets(text, tagged, "ru")
    outlet = _covering(text, entities, "издание «Вёрстка»")
    assert outlet is not None and outlet.type == "OUTLET"
    short = text.index("«Вёрстке»") + 1
    assert (short, short + len("Вёрстке")) in outlet.mentions


def test_a_womans_name_in_the_accusative_stays_a_womans() -> None:
    # "установило потерпевших, в том числе Марину Ложкину": "Марину" is as likely a woman's
    # accusative as a man's dative ("Марин"); the surname in -ину then is hers
    text = "Следствие установило потерпевших, в том числе Марину Кокорину и Ивану Петрову."
    tagged = [("Марину Кокорину", "PER"), ("Ивану Петрову", "PER")]
    entities = _resolve(text, tagged, "ru")
    assert _names(text, entities, ("Марину Кокорину", "Ивану Петрову")) == {
        "Марину Кокорину": "Марина Кокорина",
        "Ивану Петрову": "Иван Петров",
    }


def test_an_english_word_given_as_a_person_before_a_persons_name_opens_it() -> None:
    # "The FIA director, Sardar Abdul Qayyum Niazi, said": the small model gives "Sardar"
    # and "Abdul Qayyum Niazi" as two persons side by side
    text = "The zone's director, Chaudhry Muhammad Aslam Warraich, said two agents had fled."
    tagged = [("Chaudhry", "PERSON"), ("Muhammad Aslam Warraich", "PERSON")]
    entities = _resolve(text, tagged)
    person = _covering(text, entities, "Chaudhry Muhammad Aslam Warraich")
    assert person is not None and person.type == "PERSON"
    assert person.name == "Chaudhry Muhammad Aslam Warraich"
