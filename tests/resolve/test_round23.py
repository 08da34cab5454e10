"""Round 23's names families (families_dev21), each test written before its fix.

Invented sentences in our own words; mentions given by hand as a tagger gives them.
"""

from __future__ import annotations

from dossier.models import Entity
from dossier.packs import get_pack
from dossier.resolve import resolve_document
from tests.resolve.test_families import _covering, _mentions, _resolve


def _resolve_with_outlets(text: str, tagged: list[tuple[str, str]]) -> list[Entity]:
    from dossier.pipeline import _outlet_lookup, _registry

    pack = get_pack("recruitment")
    lookup = _outlet_lookup(_registry(pack))
    return resolve_document(text, "en", _mentions(text, tagged), [], pack, lookup)


def test_an_occupation_opening_a_body_mention_makes_a_person() -> None:
    # "Lawyer Dilshod Ergashev said …": the small model runs the occupation into the name and
    # calls the whole a body
    text = "The hearing was adjourned. Lawyer Sanjar Tursunov said the verdict would be appealed."
    entities = _resolve(text, [("Lawyer Sanjar Tursunov", "ORG")])
    person = _covering(text, entities, "Sanjar Tursunov")
    assert person is not None and person.type == "PERSON" and person.name == "Sanjar Tursunov"


def test_a_place_before_based_is_no_part_of_a_bodys_name() -> None:
    # "the Moscow-based Migrant Aid Network": the place in its "-based" adjective is not keyed
    text = "Aliya Nurova of the Almaty-based Labour Rights Centre said the men were unpaid."
    entities = _resolve(
        text, [("Aliya Nurova", "PERSON"), ("Almaty-based Labour Rights Centre", "ORG")]
    )
    body = _covering(text, entities, "Labour Rights Centre")
    assert body is not None and body.type == "ORG" and body.name == "Labour Rights Centre"


def test_a_detention_centre_run_into_its_city() -> None:
    # "held … at the Center for the Temporary Detention of Foreign Citizens in Perm": the
    # tagger takes the centre and its city as one facility
    text = (
        "He was held for a week at the Centre for Temporary Detention of Foreign Nationals "
        "in Omsk and then deported."
    )
    tagged = [("the Centre for Temporary Detention of Foreign Nationals in Omsk", "FAC")]
    entities = _resolve(text, tagged)
    centre = _covering(text, entities, "Centre for Temporary Detention of Foreign Nationals")
    assert centre is not None and centre.type == "ORG"
    assert centre.name == "Centre for Temporary Detention of Foreign Nationals"
    city = _covering(text, entities, "Omsk")
    assert city is not None and city.type == "PLACE" and city is not centre


def test_a_regions_acronym_in_brackets_after_it() -> None:
    # "the Gorno-Badakhshan Autonomous Region (GBAO)": the region's initials, untagged
    text = "He comes from the Jewish Autonomous Oblast (JAO), where his family still lives."
    entities = _resolve(text, [("the Jewish Autonomous Oblast", "GPE")])
    region = _covering(text, entities, "Jewish Autonomous Oblast")
    short = _covering(text, entities, "JAO")
    assert region is not None and region.type == "PLACE"
    assert short is region


def test_a_paper_whose_name_ends_in_another_papers_name() -> None:
    # "told The New Indian Express that": a paper of its own, not "Indian Express" and a body
    text = "The officer told The Sunday Indian Express that the agents had fled."
    entities = _resolve_with_outlets(text, [("The Sunday Indian Express", "ORG")])
    paper = _covering(text, entities, "Sunday Indian Express")
    assert paper is not None and paper.type == "OUTLET"


def test_a_name_before_alias_the_tagger_took_for_a_place() -> None:
    # "Shibu Paulose alias Kunjumon, 44, of Chalakudy": the tagger marks the given name as a
    # place and leaves the surname out
    text = "The arrested are Biju Mathew alias Kuttan, 41, of Aluva, and two others."
    entities = _resolve(text, [("Biju", "GPE"), ("Kuttan", "PERSON"), ("Aluva", "GPE")])
    person = _covering(text, entities, "Biju Mathew")
    assert person is not None and person.type == "PERSON" and person.name == "Biju Mathew"
    assert _covering(text, entities, "Kuttan") is person
    # a role word before the name is none of it
    text = "Police said Inspector Biju Mathew alias Kuttan had fled."
    entities = _resolve(text, [("Biju", "GPE"), ("Kuttan", "PERSON")])
    person = _covering(text, entities, "Biju Mathew")
    assert person is not None and person.name == "Biju Mathew"


def test_a_place_after_a_persons_age() -> None:
    # "Anish K.R., 38, of Irinjalakuda": the word after the age and "of" is the person's home
    text = "The accused, Manoj Kumar, 35, of Vypin, was remanded."
    entities = _resolve(text, [("Manoj Kumar", "PERSON"), ("Vypin", "NORP")])
    home = _covering(text, entities, "Vypin")
    assert home is not None and home.type == "PLACE"


def test_a_name_before_the_wife_of() -> None:
    # "a complaint from Reshma Davis, the wife of …": the tagger has the surname alone
    text = "The case was filed on a complaint from Sunitha Jacob, the wife of one of the men."
    entities = _resolve(text, [("Jacob", "PERSON")])
    person = _covering(text, entities, "Sunitha Jacob")
    assert person is not None and person.type == "PERSON" and person.name == "Sunitha Jacob"


def test_a_rural_police_district_before_a_rank() -> None:
    # "Thrissur Rural Superintendent of Police B. Krishnakumar told …": the police district
    # ("Rural", "City") between the place and the rank
    text = "Kollam Rural Superintendent of Police K.B. Ravi said the agents had fled."
    entities = _resolve(text, [("Kollam Rural Superintendent", "PERSON"), ("K.B. Ravi", "PERSON")])
    officer = _covering(text, entities, "K.B. Ravi")
    assert officer is not None and officer.type == "PERSON" and officer.name == "K.B. Ravi"
    district = _covering(text, entities, "Kollam")
    assert district is not None and district.type == "PLACE"


def test_an_interlocutor_of_a_quoted_site() -> None:
    # "По словам собеседника «Нашего Ростова», …": the one who spoke to a site, in its quotes
    text = "По словам собеседника «Нашей Перми», его задержали прямо на стройке."
    entities = _resolve(text, [("Нашей Перми", "ORG")], "ru")
    site = _covering(text, entities, "Нашей Перми")
    assert site is not None and site.type == "OUTLET"


def test_an_agency_after_a_bracketed_country_in_a_dateline() -> None:
    # "Kathmandu [Nepal], December 2 (ANI): …": a wire's dateline with the country in brackets
    text = "Lalitpur [Nepal], March 3 (IANS): Police arrested four manpower agents on Sunday."
    entities = _resolve(text, [("Lalitpur", "GPE"), ("Nepal", "GPE"), ("IANS", "ORG")])
    agency = _covering(text, entities, "IANS")
    assert agency is not None and agency.type == "OUTLET"


def test_a_site_closing_an_attribution_with_wrote() -> None:
    # "…, Daryo wrote.": one word that wrote what the sentence says, never named in full
    text = "More than 200 families asked for help this year, Xabarlar wrote."
    entities = _resolve(text, [("Xabarlar", "ORG")])
    site = _covering(text, entities, "Xabarlar")
    assert site is not None and site.type == "OUTLET"


def test_a_jamoats_word_stays_out_of_its_name() -> None:
    # "Шерали Назаров из джамоата Гулистон": a Russian kind noun before a Tajik local unit is
    # no part of its name (round 20's guideline), though a district's is ("округа Сянгджа")
    text = "Второй погибший, Бахтовар Шарипов из джамоата Навруз, воевал с весны."
    entities = _resolve(text, [("Бахтовар Шарипов", "PER"), ("Навруз", "PER")], "ru")
    place = _covering(text, entities, "Навруз")
    assert place is not None and place.type == "PLACE" and place.name == "Навруз"


def test_an_agency_in_brackets_before_the_first_sentence() -> None:
    # "Thiruvananthapuram, Jan 19 (NationPress) Another individual …": an Indian agency's
    # dateline with neither colon nor dash after its brackets
    text = "Kozhikode, Feb 2 (KeralaWire) Police arrested two agents on Sunday."
    entities = _resolve(text, [("Kozhikode", "GPE"), ("KeralaWire", "ORG")])
    agency = _covering(text, entities, "KeralaWire")
    assert agency is not None and agency.type == "OUTLET"


def test_a_body_and_its_chief_executive() -> None:
    # "Norka Roots CEO Hari Nair said": the body, the post's initials and the officer, which
    # the tagger gives as two persons
    text = "Sahaya Trust CEO Anil Joseph said a helpline was open."
    entities = _resolve(text, [("Sahaya Trust", "PERSON"), ("CEO Anil Joseph", "PERSON")])
    person = _covering(text, entities, "Anil Joseph")
    assert person is not None and person.type == "PERSON" and person.name == "Anil Joseph"
    body = _covering(text, entities, "Sahaya Trust")
    assert body is not None and body.type == "ORG"


def test_a_city_in_capitals_before_its_country_and_the_date() -> None:
    # "BISHKEK, Kyrgyzstan, April 3 — The Osh City Court …": the city, its country and the
    # date before the dash, which the tagger leaves untagged
    text = "TASHKENT, Uzbekistan, May 5 — A court in Andijan has sentenced a returnee."
    entities = _resolve(text, [("Uzbekistan", "GPE"), ("May 5", "DATE"), ("Andijan", "GPE")])
    city = _covering(text, entities, "TASHKENT")
    assert city is not None and city.type == "PLACE"


def test_a_bodys_initials_take_back_the_words_the_tagger_cut_off() -> None:
    # "the Refugee and Migratory Movements Research Unit (RMMRU)": the tagger cut the name at
    # its "and"; the initials in brackets say where it begins
    text = "Farida Begum of the Migrant and Seasonal Workers Rights Council (MSWRC) said so."
    tagged = [("Farida Begum", "PERSON"), ("Migrant", "NORP"),
              ("Seasonal Workers Rights Council", "ORG"), ("MSWRC", "ORG")]  # fmt: skip
    entities = _resolve(text, tagged)
    body = _covering(text, entities, "Migrant and Seasonal Workers Rights Council")
    assert body is not None and body.type == "ORG"
    assert body.name == "Migrant and Seasonal Workers Rights Council"
    assert _covering(text, entities, "MSWRC") is body


def test_a_south_asian_name_the_tagger_took_for_a_place() -> None:
    # "Среди погибших … и Бишал Шрестха из Покхары": Natasha calls the name a place, and the
    # place rules decline its surname as a consonant stem ("Шрестх")
    text = "Среди погибших — Рам Гурунг и Суман Тхапа из Покхары."
    entities = _resolve(
        text, [("Рам Гурунг", "PER"), ("Суман Тхапа", "LOC"), ("Покхары", "LOC")], "ru"
    )
    person = _covering(text, entities, "Суман Тхапа")
    assert person is not None and person.type == "PERSON" and person.name == "Суман Тхапа"
    place = _covering(text, entities, "Покхары")
    assert place is not None and place.type == "PLACE"


def test_names_listed_with_an_outlet_before_a_reporting_verb() -> None:
    # "Orda.kz and Tengrinews wrote …", "Vot Tak, The Insider and iStories published …": the
    # names listed with a known outlet as the subject of a reporting verb are outlets too
    text = (
        "Uzbek sites followed the trial. Kun.uz and Xabarnoma wrote about the verdict, while "
        "Meduza, The Bulletin and iVesti published lists of the dead."
    )
    tagged = [("Uzbek", "NORP"), ("Kun.uz", "ORG"), ("Xabarnoma", "PERSON"), ("Meduza", "ORG")]
    entities = _resolve_with_outlets(text, tagged)
    for name in ("Xabarnoma", "Bulletin", "iVesti"):
        outlet = _covering(text, entities, name)
        assert outlet is not None and outlet.type == "OUTLET", name


def test_a_clause_opener_or_a_place_before_a_list_is_no_outlet() -> None:
    text = "In Uzbekistan, Xabarnoma and Kun.uz covered the trial."
    entities = _resolve_with_outlets(text, [("Uzbekistan", "GPE"), ("Kun.uz", "ORG")])
    place = _covering(text, entities, "Uzbekistan")
    assert place is not None and place.type == "PLACE"
    outlet = _covering(text, entities, "Xabarnoma")
    assert outlet is not None and outlet.type == "OUTLET"


def _resolve_ru_with_outlets(text: str, tagged: list[tuple[str, str]]) -> list[Entity]:
    from dossier.pipeline import _outlet_lookup, _registry

    pack = get_pack("recruitment")
    lookup = _outlet_lookup(_registry(pack))
    return resolve_document(text, "ru", _mentions(text, tagged), [], pack, lookup)


def test_quoted_names_listed_with_an_outlet_by_a_reporting_verb() -> None:
    # "«Важные истории» и «Новая газета Европа» опубликовали …", "писали «Сибирь.Реалии» и
    # «Люди Байкала»": quoted names listed with a known outlet where a verb of telling says so
    text = (
        "«Вечерний Урал» и «Новая газета Европа» опубликовали рассказы родственников. "
        "Об этом же писали «Сибирь.Реалии» и «Голос Тайги»."
    )
    entities = _resolve_ru_with_outlets(text, [("Новая газета Европа", "ORG")])
    for name in ("Вечерний Урал", "Голос Тайги"):
        outlet = _covering(text, entities, name)
        assert outlet is not None and outlet.type == "OUTLET", name
