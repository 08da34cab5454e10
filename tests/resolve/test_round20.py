"""Round 20's names families (families_dev18), each test written before its fix.

Invented sentences in our own words; mentions given by hand as a tagger gives them.
"""

from __future__ import annotations

from tests.resolve.test_families import _covering, _names, _resolve


def test_a_court_by_its_ordinal_is_one_body() -> None:
    # military district courts are numbered: "the 2nd Western District Military Court", "2-й
    # Западный окружной военный суд"; the tagger leaves the ordinal out
    text = "Last month the 2nd Western District Military Court jailed a contract soldier."
    entities = _resolve(text, [("Western District Military Court", "ORG")])
    assert _names(text, entities, ("2nd Western District Military Court",)) == {
        "2nd Western District Military Court": "2nd Western District Military Court"
    }
    text = "Месяцем ранее 3-й Восточный окружной военный суд приговорил контрактника к колонии."
    entities = _resolve(text, [("Восточный окружной военный суд", "ORG")], "ru")
    court = _covering(text, entities, "3-й Восточный окружной военный суд")
    assert court is not None and court.type == "ORG"
    assert court.name == "3-й Восточный окружной военный суд"


def test_an_english_court_of_a_region_keeps_the_region_word() -> None:
    # "the Pakhtachi District Criminal Court of Samarkand region": a court's seat is a region
    # with its word, as Uzbek and Kyrgyz English-language sites write it
    text = "The Urgut District Criminal Court of Samarkand region sentenced the man to three years."
    entities = _resolve(text, [("Urgut District Criminal Court of Samarkand", "ORG")])
    court = _covering(text, entities, "Urgut District Criminal Court of Samarkand region")
    assert court is not None and court.type == "ORG"
    assert court.name == "Urgut District Criminal Court of Samarkand region"


def test_a_rights_committee_and_an_assault_unit_by_their_kind_and_quoted_name() -> None:
    # "комитета «Гражданское содействие»", "в штурмовом отряде «Шторм V»": the kind word
    # (and the kind's adjective before it) with the quoted name is the body
    text = (
        "Юрист комитета «Правовая помощь» отметила, что сосед служил в штурмовом отряде «Шторм Z»."
    )
    entities = _resolve(text, [("Правовая помощь", "ORG"), ("Шторм Z", "ORG")], "ru")
    for surface in ("комитета «Правовая помощь»", "штурмовом отряде «Шторм Z»"):
        entity = _covering(text, entities, surface)
        assert entity is not None and entity.type == "ORG", surface


def test_a_military_commissariat_of_a_district_of_two_adjectives() -> None:
    # Moscow's administrative districts have two adjectives ("Северо-Восточного
    # административного округа"); the commissariat named by one is the body
    text = "Он дважды не явился в военкомат Юго-Западного административного округа по повестке."
    entities = _resolve(text, [("Юго-Западного административного округа", "LOC")], "ru")
    body = _covering(text, entities, "военкомат Юго-Западного административного округа")
    assert body is not None and body.type == "ORG"
    assert body.name == "военкомат Юго-Западного административного округа"


def test_a_un_office_keeps_its_owner() -> None:
    # "the UN Office of the High Commissioner for Human Rights (OHCHR)": the owner's
    # initials open the name
    text = (
        "The UN Office of the High Commissioner for Human Rights (OHCHR) said it was aware. "
        "OHCHR asked Moscow to reply."
    )
    tagged = [("Office of the High Commissioner for Human Rights", "ORG"), ("OHCHR", "ORG"),
              ("OHCHR", "ORG"), ("Moscow", "GPE")]  # fmt: skip
    entities = _resolve(text, tagged)
    office = _covering(text, entities, "UN Office of the High Commissioner for Human Rights")
    assert office is not None and office.type == "ORG"
    assert office.name == "UN Office of the High Commissioner for Human Rights"
    assert _covering(text, entities, "OHCHR") is office


def test_a_local_unit_with_its_word_after_it_is_a_place() -> None:
    # Central Asian local units in English copy: "the Dostlik mahalla", "the Tugarak jamoat",
    # "the Kulundu aiyl okmotu" (a Kyrgyz rural municipality); the tagger gives the bare name,
    # often as a person or a body
    text = (
        "He lives in the Bogishamol mahalla of Urgut district. A man from the Navobod jamoat "
        "was detained. The head of the Kara-Bulak aiyl okmotu spoke to reporters."
    )
    tagged = [("Bogishamol", "PERSON"), ("Urgut", "GPE"), ("Navobod", "PERSON"),
              ("Kara-Bulak", "ORG")]  # fmt: skip
    entities = _resolve(text, tagged)
    for surface in ("Bogishamol mahalla", "Navobod jamoat", "Kara-Bulak aiyl okmotu"):
        place = _covering(text, entities, surface)
        assert place is not None and place.type == "PLACE", surface
        assert place.name == surface


def test_a_russian_local_unit_with_its_adjective_and_word_is_one_place() -> None:
    # "глава Кулундуского айыл окмоту": a Kyrgyz rural municipality by its adjective, the
    # word not declining
    text = "Об этом сообщил глава Кара-Булакского айыл окмоту Тилек Асанов."
    entities = _resolve(text, [("Кара-Булакского", "ORG"), ("Тилек Асанов", "PER")], "ru")
    place = _covering(text, entities, "Кара-Булакского айыл окмоту")
    assert place is not None and place.type == "PLACE"
    assert place.name == "Кара-Булакский айыл окмоту"


def test_a_name_after_a_settlement_word_is_a_place() -> None:
    # "из джамоата Тугарак", "в кишлаке Навобод", "жители села Кок-Жар": Russian names a
    # village or a local unit after its word; the tagger often takes the name for a person's.
    # A given name after "села" (a verb too: "В машину села Ольга") stays a person.
    text = (
        "Один из них, из джамоата Навобод, был задержан. Жители кишлака Чоргуль встретили "
        "гроб. В машину села Ольга, за ней села Дилноза."
    )
    tagged = [("Навобод", "PER"), ("Чоргуль", "PER"), ("Ольга", "PER"), ("Дилноза", "PER")]
    entities = _resolve(text, tagged, "ru")
    for surface in ("Навобод", "Чоргуль"):
        place = _covering(text, entities, surface)
        assert place is not None and place.type == "PLACE", surface
    for surface in ("Ольга", "Дилноза"):
        person = _covering(text, entities, surface)
        assert person is not None and person.type == "PERSON", surface


def test_a_name_in_a_byline_or_a_photo_credit_is_a_person() -> None:
    # bylines and credits name the journalist or photographer with no sentence around them;
    # the taggers miss the name or take its words for places
    text = (
        "Court jails returnee\n\nBy Malika Yusupova\n\nThe court sentenced him on Friday.\n\n"
        "Photo: Kun.uz / Sardor Tursunov"
    )
    tagged = [("Malika", "GPE"), ("Yusupova", "GPE"), ("Kun.uz", "ORG")]
    entities = _resolve(text, tagged)
    for surface in ("Malika Yusupova", "Sardor Tursunov"):
        person = _covering(text, entities, surface)
        assert person is not None and person.type == "PERSON", surface
        assert person.name == surface
    text = (
        "Суд вынес приговор в пятницу.\n\nФото: Шерзод Каримов / «Газета.uz»\n\n"
        "Автор: Ксения Лаптева"
    )
    entities = _resolve(text, [], "ru")
    for surface in ("Шерзод Каримов", "Ксения Лаптева"):
        person = _covering(text, entities, surface)
        assert person is not None and person.type == "PERSON", surface


def test_a_given_name_and_a_surname_taken_for_two_places_are_one_person() -> None:
    # "Tatyana | Shuvalova, a lawyer with …": the small model gives each word as a place
    text = "Tatyana Shuvalova, a lawyer with the committee, said migrants were the first."
    entities = _resolve(text, [("Tatyana", "GPE"), ("Shuvalova", "GPE")])
    person = _covering(text, entities, "Tatyana Shuvalova")
    assert person is not None and person.type == "PERSON"
    assert person.name == "Tatyana Shuvalova"


def test_a_mans_oblique_cue_in_the_sentence_before_says_nothing_of_a_name() -> None:
    # "… граждан.\n\nПравозащитница Азиза Абдырахманова считает": the masculine plural
    # genitive ending the paragraph before is no cue that the name is a man's genitive
    for gap in ("\n\n", " "):
        text = (
            f"Сторона направила обращения о судьбе 17 пропавших без вести граждан.{gap}"
            "Правозащитница Азиза Абдырахманова считает, что власти должны запросить списки."
        )
        entities = _resolve(text, [("Азиза Абдырахманова", "PER")], "ru")
        assert _names(text, entities, ("Азиза Абдырахманова",)) == {
            "Азиза Абдырахманова": "Азиза Абдырахманова"
        }, repr(gap)


def test_a_womans_unknown_given_name_declines_with_her_surname() -> None:
    # "По словам соседки Гульчехры Мирзаевой": the given name the dictionary does not know
    # goes to the nominative with the surname, as "Суниты Таманг" does
    from dossier.resolve.morph import nominative_name

    assert nominative_name("Гульчехры Мирзаевой", "PERSON") == "Гульчехра Мирзаева"
    assert nominative_name("Дилдоры Каримовой", "PERSON") == "Дилдора Каримова"


def test_a_mans_surname_alone_in_the_genitive_joins_his_full_name() -> None:
    # "По словам Шарифова": a surname in -ова the dictionary does not know is a woman's
    # nominative or a man's genitive; with only the man named in full before, it is his
    text = (
        "Об этом рассказал председатель организации Иззатулло Шарифов.\n\n"
        "По словам Шарифова, большинство обратившихся — уроженцы Хатлона."
    )
    entities = _resolve(text, [("Иззатулло Шарифов", "PER"), ("Шарифова", "PER")], "ru")
    assert _covering(text, entities, "Шарифова") is _covering(text, entities, "Иззатулло Шарифов")
    # a woman named in full keeps her surname alone
    text = "Юрист Зарина Рахимова и ее сын Фаррух Рахимов пришли в суд. Рахимова сказала, что …"
    tagged = [("Зарина Рахимова", "PER"), ("Фаррух Рахимов", "PER"), ("Рахимова", "PER")]
    entities = _resolve(text, tagged, "ru")
    start = text.index("Рахимова сказала")
    surname = next(e for e in entities if (start, start + 8) in e.mentions)
    assert surname is _covering(text, entities, "Зарина Рахимова")


def test_a_telegram_handle_is_an_outlet() -> None:
    # "the Telegram channel @tajmigrant", "телеграм-канал «Мигрант ТЧ» (@tajmigrant)": a
    # channel's handle after its kind word, or in brackets after its name, is the outlet
    text = "Videos of the detentions were first posted by the Telegram channel @migrant_news."
    entities = _resolve(text, [("Telegram", "ORG")])
    channel = _covering(text, entities, "@migrant_news")
    assert channel is not None and channel.type == "OUTLET"
    text = "Видео опубликовал телеграм-канал «Мигрант Ньюс» (@migrant_news). Канал ведут из Москвы."
    entities = _resolve(text, [("Москвы", "LOC")], "ru")
    channel = _covering(text, entities, "@migrant_news")
    assert channel is not None and channel.type == "OUTLET"
    assert channel is _covering(text, entities, "телеграм-канал «Мигрант Ньюс»")


def test_a_courts_short_name_joins_its_full_name() -> None:
    # a headline's "Бабушкинский суд" is the "Бабушкинский районный суд Москвы" of the lead
    text = (
        "Бабушкинский суд арестовал уроженца Узбекистана\n\n"
        "Бабушкинский районный суд Москвы заключил под стражу 27-летнего мужчину."
    )
    tagged = [("Бабушкинский суд", "ORG"), ("Узбекистана", "LOC"),
              ("Бабушкинский районный суд Москвы", "ORG")]  # fmt: skip
    entities = _resolve(text, tagged, "ru")
    assert _covering(text, entities, "Бабушкинский суд") is _covering(
        text, entities, "Бабушкинский районный суд Москвы"
    )


def test_a_relatives_name_after_a_kin_word_and_the_mans_genitive_is_her_own() -> None:
    # "Мать Фируза Мавлюда Рахмонова говорит": the mother of Фируз (named in full before),
    # then her own name; the tagger runs the three words into one person
    text = (
        "Один из них, Фируз Рахмонов, был задержан в Москве. Мать Фируза Мавлюда Рахмонова "
        "говорит, что не может дозвониться до сына."
    )
    tagged = [("Фируз Рахмонов", "PER"), ("Москве", "LOC"),
              ("Фируза Мавлюда Рахмонова", "PER")]  # fmt: skip
    entities = _resolve(text, tagged, "ru")
    son = _covering(text, entities, "Фируз Рахмонов")
    assert _covering(text, entities, "Фируза") is son
    mother = _covering(text, entities, "Мавлюда Рахмонова")
    assert mother is not None and mother is not son and mother.type == "PERSON"
    assert mother.name == "Мавлюда Рахмонова"


def test_a_countrys_ministry_by_its_adjective_and_field_joins_its_full_name() -> None:
    # "the Tajik Labour Ministry" after "the Ministry of Labour, Migration and Employment of
    # Tajikistan": English papers shorten a ministry to its country's adjective and its field
    text = (
        "The Ministry of Labour, Migration and Employment of Tajikistan said it was checking "
        "every appeal. The Tajik Labour Ministry has also written to the Russian Foreign Ministry."
    )
    tagged = [("Ministry of Labour, Migration and Employment of Tajikistan", "ORG"),
              ("Tajik Labour Ministry", "ORG"), ("Russian Foreign Ministry", "ORG")]  # fmt: skip
    entities = _resolve(text, tagged)
    ministry = _covering(
        text, entities, "Ministry of Labour, Migration and Employment of Tajikistan"
    )
    assert _covering(text, entities, "Tajik Labour Ministry") is ministry
    assert _covering(text, entities, "Russian Foreign Ministry") is not ministry
