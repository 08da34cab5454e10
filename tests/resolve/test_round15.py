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


def test_one_initial_before_a_name_opens_a_persons_name() -> None:
    # Uzbek and Indian papers write a given name as one initial ("Sh. Nazarov", "P. Lakshmi
    # Narasimha"); the small model misses the name or runs a rank's body into it. A letter
    # after a word in title case ends a name of its own ("Plan B. Officials said")
    text = (
        "Its deputy director, Sh. Nazarov, said the agency had opened a hotline. Deputy "
        "Commissioner of Police P. Lakshmi Narasimha said families were asked to record "
        "statements. The ministry had a Plan B. Officials said it failed."
    )
    tagged = [("Police P. Lakshmi", "ORG"), ("Plan B.", "PRODUCT")]
    entities = _resolve(text, tagged)
    assert _names(text, entities, ("Sh. Nazarov", "P. Lakshmi Narasimha")) == {
        "Sh. Nazarov": "Sh. Nazarov",
        "P. Lakshmi Narasimha": "P. Lakshmi Narasimha",
    }
    assert all(e.type == "PERSON" for e in (_covering(text, entities, "Sh. Nazarov"),))  # type: ignore[union-attr]
    officials = _covering(text, entities, "Officials")
    assert officials is None or officials.type != "PERSON"


def test_a_rank_before_initials_tagged_as_a_body_is_left_out_of_the_persons_name() -> None:
    # "According to SP K.B. Dhakal": the small model calls a rank and initials an
    # organisation; the rank is a title, the rest a person
    text = "According to SP K.B. Dhakal, the office's information officer, the complaint was filed."
    entities = _resolve(text, [("SP K.B. Dhakal", "ORG")])
    person = _covering(text, entities, "K.B. Dhakal")
    assert person is not None and person.type == "PERSON" and person.name == "K.B. Dhakal"


def test_a_word_tagged_a_person_after_a_persons_of_is_a_place() -> None:
    # "Syed Khaja Moinuddin of Nampally", "Sher Bahadur Rai alias Shekhar, 41, of Solukhumbu":
    # the small model calls the village a person; the word after "alias" is the same person
    text = (
        "The suspects are Sher Bahadur Rai alias Shekhar, 41, of Solukhumbu, and Prem Kumar "
        "Sunar. One victim, Syed Khaja Moinuddin of Nampally, was killed in Ukraine."
    )
    tagged = [("Sher Bahadur Rai", "PERSON"), ("41", "DATE"), ("Solukhumbu", "PERSON"),
              ("Prem Kumar Sunar", "ORG"), ("Syed Khaja Moinuddin", "PERSON"),
              ("Nampally", "PERSON"), ("Ukraine", "GPE")]  # fmt: skip
    entities = _resolve(text, tagged)
    for place in ("Solukhumbu", "Nampally"):
        found = _covering(text, entities, place)
        assert found is not None and found.type == "PLACE", place
    rai, alias = _covering(text, entities, "Sher Bahadur Rai"), _covering(text, entities, "Shekhar")
    assert rai is not None and rai is alias


def test_a_person_in_apposition_after_a_bodys_name_is_a_person_of_his_own() -> None:
    # "A spokesman for the State Committee for National Security, Aibek Sadyrbaev, said":
    # the small model runs the body's name over the comma into the spokesman's
    text = (
        "A spokesman for the State Committee for National Security, Aibek Sadyrbaev, said in "
        "2023 that returnees would be treated leniently."
    )
    tagged = [("the State Committee for National Security, Aibek Sadyrbaev", "ORG")]
    entities = _resolve(text, tagged)
    body = _covering(text, entities, "State Committee for National Security")
    person = _covering(text, entities, "Aibek Sadyrbaev")
    assert body is not None and body.type == "ORG" and "Sadyrbaev" not in body.name
    assert person is not None and person.type == "PERSON" and person.name == "Aibek Sadyrbaev"


def test_an_untagged_name_with_a_russian_style_surname_is_a_person() -> None:
    # "Bermet Sydykova of the …": neither word is tagged; a capitalised word before a
    # Russian-style or Tajik surname is a person's name. A body's name with two words before
    # its "Bureau" keeps them ("the Central Asian Bureau for Analytical Reporting")
    text = (
        "Bermet Sydykova of the Central Asian Bureau for Analytical Reporting argues that the "
        "warnings fail. In Rostov officials declined to comment."
    )
    tagged = [("the Central Asian Bureau", "ORG"), ("Rostov", "GPE")]
    entities = _resolve(text, tagged)
    long = "Central Asian Bureau for Analytical Reporting"
    assert _names(text, entities, ("Bermet Sydykova", long)) == {
        "Bermet Sydykova": "Bermet Sydykova",
        long: long,
    }
    person = _covering(text, entities, "Bermet Sydykova")
    assert person is not None and person.type == "PERSON"


def test_a_name_before_an_outlets_kind_word_is_an_outlet() -> None:
    # "told the Ada Derana news website": the kind word after the name says what it is,
    # as "the news portal X" does before it; the small model calls it a building
    text = (
        "Relatives told the Ada Derana news website that recruits flew through Dubai. Flights "
        "to Dubai leave daily."
    )
    entities = _resolve(text, [("Ada Derana", "FAC"), ("Dubai", "GPE"), ("Dubai", "GPE")])
    outlet = _covering(text, entities, "Ada Derana")
    assert outlet is not None and outlet.type == "OUTLET"
    dubai = _covering(text, entities, "Dubai")
    assert dubai is not None and dubai.type == "PLACE"


def test_a_firm_named_by_its_trades_word_is_an_organisation() -> None:
    # "They operated Everest Crown Travels": a recruiting firm's last word ("Travels",
    # "Overseas", "Consultants", "Manpower") names a firm, whatever the tagger called it
    text = "They operated Everest Crown Travels from an office in the city."
    entities = _resolve(text, [("Everest Crown Travels", "PRODUCT")])
    firm = _covering(text, entities, "Everest Crown Travels")
    assert firm is not None and firm.type == "ORG" and firm.name == "Everest Crown Travels"


def test_a_unit_listing_its_fields_with_commas_before_its_head_is_one_name() -> None:
    # "the CID's Human Trafficking, Smuggling and Maritime Crimes Investigation Division": an
    # English unit's fields come before its head word, with commas and a last "and"
    text = (
        "Officers of the Criminal Investigation Department's Human Trafficking, Smuggling and "
        "Maritime Crimes Investigation Division arrested three suspects."
    )
    tagged = [("the Criminal Investigation Department's", "ORG"),
              ("Maritime Crimes Investigation Division", "ORG")]  # fmt: skip
    entities = _resolve(text, tagged)
    long = "Human Trafficking, Smuggling and Maritime Crimes Investigation Division"
    assert _names(text, entities, (long, "Criminal Investigation Department")) == {
        long: long,
        "Criminal Investigation Department": "Criminal Investigation Department",
    }


def test_a_place_before_an_outlets_kind_word_and_its_name_stays_a_place() -> None:
    # "the Bishkek news site Kaktus Media": the kind word is the name's after it
    text = "He wrote that, according to the Bishkek news site Kaktus Media."
    entities = _resolve(text, [("Bishkek", "GPE"), ("Kaktus Media", "ORG")])
    city = _covering(text, entities, "Bishkek")
    assert city is not None and city.type == "PLACE"


def test_two_regions_sharing_one_plural_word_are_two_places() -> None:
    # "from Sindhupalchok and Kavrepalanchok districts", "the Osh and Batken regions": two
    # names share the plural unit word; the small model calls one a nationality
    text = (
        "The gang sent youths from Sindhupalchok and Kavrepalanchok districts. Families in "
        "Sughd and Khatlon provinces also complained."
    )
    tagged = [("Sindhupalchok", "NORP"), ("Kavrepalanchok", "GPE"), ("Khatlon", "GPE")]
    entities = _resolve(text, tagged)
    for name in ("Sindhupalchok", "Kavrepalanchok", "Sughd", "Khatlon"):
        place = _covering(text, entities, name)
        assert place is not None and place.type == "PLACE", name


def test_russian_regions_sharing_one_plural_word_are_named_in_the_singular() -> None:
    # "из Ошской и Баткенской областей": each adjective names a region with the shared word,
    # in the nominative singular ("Ошская область", "Баткенская область")
    text = (
        "Больше всего мигрантов из Ошской и Баткенской областей. В Нарынской и "
        "Таласской областях прошли проверки."
    )
    tagged = [("Ошской", "LOC"), ("Баткенской областей", "LOC"), ("Нарынской", "LOC"),
              ("Таласской областях", "LOC")]  # fmt: skip
    entities = _resolve(text, tagged, "ru")
    names = _names(text, entities, ("Ошской", "Баткенской областей", "Таласской областях"))
    assert names["Ошской"] in ("Ошская область", "Osh Region")
    assert names["Баткенской областей"] in ("Баткенская область", "Batken Region")
    assert names["Таласской областях"] in ("Таласская область", "Talas Region")


def test_a_quoted_name_right_after_a_present_reporting_verb_is_an_outlet() -> None:
    # "Как сообщает «Уральский рабочий»", "Об этом пишет «Вечерний Бишкек»": the quoted name
    # is the subject that reports, as after "Как писала"
    text = "Как сообщает «Уральский рабочий», дело в суде. Об этом пишет «Вечерний Бишкек»."
    tagged = [("Уральский рабочий", "ORG"), ("Вечерний Бишкек", "ORG")]
    entities = _resolve(text, tagged, "ru")
    for name in ("Уральский рабочий", "Вечерний Бишкек"):
        outlet = _covering(text, entities, name)
        assert outlet is not None and outlet.type == "OUTLET", name


def test_a_womans_noun_before_a_name_keeps_it_a_womans_nominative() -> None:
    # "Жительница Ташкента Дилноза Каримова подала иск": a woman's noun in the nominative, right
    # before the name or before the place she is from, makes the name a woman's in the
    # nominative, as "уроженца Хатлонской области Шерзода Назарова" makes it a man's genitive
    text = (
        "Жительница Ташкента Дилноза Каримова подала иск. Правозащитница Зарина Собирова "
        "помогает семье."
    )
    tagged = [("Ташкента", "LOC"), ("Дилноза Каримова", "PER"), ("Зарина Собирова", "PER")]
    entities = _resolve(text, tagged, "ru")
    assert _names(text, entities, ("Дилноза Каримова", "Зарина Собирова")) == {
        "Дилноза Каримова": "Дилноза Каримова",
        "Зарина Собирова": "Зарина Собирова",
    }


def test_a_police_body_for_a_city_after_po_g_is_one_body() -> None:
    # "ГУ МВД по г. Москве": the city's word after "по" opens the complement, as "по городу"
    text = "Представитель ГУ МВД по г. Москве от комментариев отказался."
    entities = _resolve(text, [("ГУ МВД", "ORG"), ("Москве", "LOC")], "ru")
    body = _covering(text, entities, "ГУ МВД по г. Москве")
    assert body is not None and body.type == "ORG"


def test_a_court_named_by_its_city_and_level_is_a_body() -> None:
    # "the Kurunegala High Court remanded …", "the Negombo District Court": a court by its
    # seat and level, which the small model may leave out
    text = "Meanwhile, the Kurunegala High Court remanded a retired major until June 2."
    entities = _resolve(text, [("June 2", "DATE")])
    court = _covering(text, entities, "Kurunegala High Court")
    assert court is not None and court.type == "ORG" and court.name == "Kurunegala High Court"


def test_a_legislators_title_is_no_part_of_the_name() -> None:
    # "Opposition MP Harsha Wijeratne told Parliament": "MP" and "MLA" are titles
    text = "Opposition MP Harsha Wijeratne told Parliament that 450 citizens were serving."
    entities = _resolve(text, [("MP Harsha Wijeratne", "PERSON"), ("Parliament", "ORG")])
    person = _covering(text, entities, "Harsha Wijeratne")
    assert person is not None and person.name == "Harsha Wijeratne"


def test_a_given_name_known_only_as_a_womans_is_never_a_mans_genitive() -> None:
    # "Жена осужденного Светлана Лапшина сообщила": the man's participle before the name does
    # not make it a man's genitive when the dictionary knows the given name only as a woman's
    # ("Светлана"; no man is "Светлан"); "погибшего Бахрома Турсунова" stays a man's
    text = (
        "Жена осужденного Светлана Лапшина сообщила, что обжалует приговор. Тело погибшего "
        "Бахрома Турсунова вернули семье."
    )
    tagged = [("Светлана Лапшина", "PER"), ("Бахрома Турсунова", "PER")]
    entities = _resolve(text, tagged, "ru")
    assert _names(text, entities, ("Светлана Лапшина", "Бахрома Турсунова")) == {
        "Светлана Лапшина": "Светлана Лапшина",
        "Бахрома Турсунова": "Бахром Турсунов",
    }


def test_a_quoted_outlet_with_a_dot_inside_after_a_reporting_verb_is_an_outlet() -> None:
    # "Как пишет «Тайга.инфо»": a site's name keeps its dot inside the quotation marks
    text = "Как пишет «Тайга.инфо», задержанного выдадут Узбекистану."
    entities = _resolve(text, [("Тайга.инфо", "ORG"), ("Узбекистану", "LOC")], "ru")
    outlet = _covering(text, entities, "Тайга.инфо")
    assert outlet is not None and outlet.type == "OUTLET"
