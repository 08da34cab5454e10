"""Round 16's names families (families_dev14), each test written before its fix.

Invented sentences in our own words; mentions given by hand as a tagger gives them.
"""

from __future__ import annotations

from tests.resolve.test_families import _covering, _names, _resolve


def test_a_feminine_verb_after_a_name_keeps_it_a_womans_nominative() -> None:
    # "Дилноза Абдуллаева" reads as a woman in the nominative or a man in the genitive; the
    # verb right after it in the feminine past ("призвала", "сообщила") says it is the woman,
    # its subject; but a word before that makes it a man's genitive wins, as the verb is then
    # the woman's named before him ("Мать погибшего Бахрома Турсунова рассказала"), and a
    # feminine noun right before it may be the verb's subject ("Семья Сухроба Шарипова узнала")
    text = (
        "Руководитель отдела агентства Дилноза Абдуллаева призвала граждан не спешить. "
        "Специалист центра Гулноза Каримова сообщила, что списки готовы. Мать погибшего "
        "Бахрома Турсунова рассказала, что тело не вернули."
    )
    tagged = [
        ("Дилноза Абдуллаева", "PER"),
        ("Гулноза Каримова", "PER"),
        ("Бахрома Турсунова", "PER"),
    ]
    entities = _resolve(text, tagged, "ru")
    surfaces = ("Дилноза Абдуллаева", "Гулноза Каримова", "Бахрома Турсунова")
    assert _names(text, entities, surfaces) == {
        "Дилноза Абдуллаева": "Дилноза Абдуллаева",
        "Гулноза Каримова": "Гулноза Каримова",
        "Бахрома Турсунова": "Бахром Турсунов",
    }


def test_initials_before_a_surname_after_a_mans_oblique_word_are_a_mans_genitive() -> None:
    # court releases name a defendant by initials and surname: "приговорил 38-летнего Р.Т.
    # Исмоилова" is the man Исмоилов in the accusative, as "38-летнего Рустама Исмоилова"
    # would be; a woman's "представляла Д.А. Кузнецова" stays as written
    text = (
        "Суд приговорил 38-летнего Р.Т. Исмоилова к шести годам. Обвинение представляла "
        "Д.А. Кузнецова из прокуратуры района."
    )
    tagged = [("Р.Т. Исмоилова", "PER"), ("Д.А. Кузнецова", "PER")]
    entities = _resolve(text, tagged, "ru")
    assert _names(text, entities, ("Р.Т. Исмоилова", "Д.А. Кузнецова")) == {
        "Р.Т. Исмоилова": "Р.Т. Исмоилов",
        "Д.А. Кузнецова": "Д.А. Кузнецова",
    }


def test_a_channel_or_an_outlet_by_its_kind_word_is_an_outlet() -> None:
    # Russian news cites Telegram channels by their Latin titles, after a kind word ("the
    # Telegram channel Baza", "Another channel, Mash,", "the independent outlet SOTA"); in
    # Russian the kind word is lower case ("канал Mash", "Издание SOTA"); the messenger itself
    # after "канал" is no outlet
    english = (
        "Several men were captured, a Telegram channel reported. Another channel, Mash, "
        "published a list. The independent outlet SOTA said two were recruited in Moscow."
    )
    entities = _resolve(english, [("Mash", "PERSON"), ("SOTA", "ORG"), ("Moscow", "GPE")])
    for name in ("Mash", "SOTA"):
        outlet = _covering(english, entities, name)
        assert outlet is not None and outlet.type == "OUTLET", name
    russian = (
        "Позднее канал Mash опубликовал видео. Издание SOTA сообщило, что среди пленных есть "
        "граждане Непала. Вербовщики писали им через канал Telegram."
    )
    tagged = [("Mash", "ORG"), ("SOTA", "ORG"), ("Непала", "LOC"), ("Telegram", "ORG")]
    entities = _resolve(russian, tagged, "ru")
    for name in ("Mash", "SOTA"):
        outlet = _covering(russian, entities, name)
        assert outlet is not None and outlet.type == "OUTLET", name
    messenger = _covering(russian, entities, "Telegram")
    assert messenger is None or messenger.type != "OUTLET"
    # a phrase's comma after "channel" opens no apposition
    after_comma = "In a post on its Telegram channel, Nepal’s embassy urged citizens to return."
    entities = _resolve(after_comma, [("Telegram", "ORG"), ("Nepal", "GPE")])
    nepal = _covering(after_comma, entities, "Nepal")
    assert nepal is not None and nepal.type == "PLACE"


def test_a_quoted_name_after_a_correspondent_is_the_outlet() -> None:
    # "удалось поговорить корреспонденту «Оренбургской недели»": a correspondent's paper is
    # an outlet, in the nominative
    text = "С матерью погибшего удалось поговорить корреспонденту «Оренбургской недели»."
    entities = _resolve(text, [("Оренбургской недели", "ORG")], "ru")
    outlet = _covering(text, entities, "Оренбургской недели")
    assert outlet is not None and outlet.type == "OUTLET"
    assert outlet.name == "Оренбургская неделя"


def test_a_military_unit_by_its_number_or_its_letter_is_a_body() -> None:
    # "military unit 31612" is the English "в/ч 31612"; "Storm Z" and "Storm V" (the assault
    # units of former prisoners) end in a letter the tagger leaves out; a numbered formation
    # with its words ("810-ю бригаду морской пехоты") is one body, named in the nominative
    english = (
        "He was assigned to military unit 31612 and later to the Storm Z assault battalion. "
        "Others were moved to a Storm V unit."
    )
    entities = _resolve(english, [("Storm", "ORG"), ("Storm", "ORG")])
    for name in ("military unit 31612", "Storm Z", "Storm V"):
        unit = _covering(english, entities, name)
        assert unit is not None and unit.type == "ORG", name
        assert unit.name == name
    russian = "После подготовки под Ростовом его отправили в 810-ю бригаду морской пехоты."
    entities = _resolve(russian, [("Ростовом", "LOC")], "ru")
    brigade = _covering(russian, entities, "810-ю бригаду морской пехоты")
    assert brigade is not None and brigade.type == "ORG"
    assert brigade.name == "810-я бригада морской пехоты"


def test_a_bodys_field_after_po_and_a_ministrys_two_fields_belong_to_it() -> None:
    # "Координационном штабе по обращению с военнопленными": the staff's field after "по" is
    # part of its name, as "штаб по вопросам обращения …" is; "Министерстве занятости и
    # сокращения бедности" names two fields joined by "и" without commas; a body after "и"
    # is another ("Министерство юстиции и прокуратура")
    text = (
        "В Координационном штабе по обращению с военнопленными подтвердили это. Агентство "
        "внешней трудовой миграции при Министерстве занятости и сокращения бедности сообщило "
        "о пропавших. Министерство юстиции и прокуратура не ответили."
    )
    tagged = [
        ("Координационном штабе", "ORG"),
        ("Агентство внешней трудовой миграции", "ORG"),
        ("Министерстве занятости", "ORG"),
        ("Министерство юстиции", "ORG"),
    ]
    entities = _resolve(text, tagged, "ru")
    surfaces = (
        "Координационном штабе по обращению с военнопленными",
        "Министерстве занятости и сокращения бедности",
        "Министерство юстиции",
    )
    assert _names(text, entities, surfaces) == {
        "Координационном штабе по обращению с военнопленными": (
            "Координационный штаб по обращению с военнопленными"
        ),
        "Министерстве занятости и сокращения бедности": (
            "Министерство занятости и сокращения бедности"
        ),
        "Министерство юстиции": "Министерство юстиции",
    }


def test_an_english_body_named_for_its_field_is_a_body_whole() -> None:
    # "the Institute for the Study of War", "Coordination Headquarters for the Treatment of
    # Prisoners of War": the head comes before "for" or "of", so a body that "said in a note"
    # is no outlet, and the small model's cut after the head is made whole
    text = (
        "Ukraine's Coordination Headquarters for the Treatment of Prisoners of War confirmed "
        "it. Analysts at the Institute for the Study of War said in a note that units moved."
    )
    tagged = [
        ("Ukraine", "GPE"),
        ("Coordination Headquarters", "ORG"),
        ("the Institute for the Study of War", "ORG"),
    ]
    entities = _resolve(text, tagged)
    for name in (
        "Coordination Headquarters for the Treatment of Prisoners of War",
        "Institute for the Study of War",
    ):
        body = _covering(text, entities, name)
        assert body is not None and body.type == "ORG", name
        assert body.name == name


def test_a_one_word_name_after_a_kin_word_is_a_person() -> None:
    # "Ее сын Фирдавс погиб": a given name alone after "сын", "брат", "son", whatever town
    # abroad the gazetteer knows by it
    text = "Ее сын Фирдавс погиб под Бахмутом через три недели после отъезда."
    entities = _resolve(text, [("Фирдавс", "LOC"), ("Бахмутом", "LOC")], "ru")
    son = _covering(text, entities, "Фирдавс")
    assert son is not None and son.type == "PERSON"
    # a people's noun in lower case after "матери" (the mothers of) stays a people
    mothers = "В комитет обратились матери узбекистанцев, осужденных за наемничество."
    entities = _resolve(mothers, [("узбекистанцев", "PER")], "ru")
    people = _covering(mothers, entities, "узбекистанцев")
    assert people is None or people.type != "PERSON"


def test_a_name_after_a_group_word_is_a_body() -> None:
    # "the Dushanbe-based group Huquq va Adolat": a rights group by its own name, which the
    # small model takes for a person's
    text = "Dilafruz Samadova heads the Dushanbe-based group Huquq va Adolat, she said."
    entities = _resolve(text, [("Dilafruz Samadova", "PERSON"), ("Huquq va Adolat", "PERSON")])
    group = _covering(text, entities, "Huquq va Adolat")
    assert group is not None and group.type == "ORG"
    person = _covering(text, entities, "Dilafruz Samadova")
    assert person is not None and person.type == "PERSON"


def test_an_acronym_of_a_bodys_name_before_its_of_is_the_body() -> None:
    # "CIB spokesperson" after "the Central Investigation Bureau of Nepal Police": the
    # acronym is of the words before the complement
    text = (
        "The Central Investigation Bureau of Nepal Police has arrested two more people. CIB "
        "spokesperson K.B. Thapa Magar said they had collected money."
    )
    tagged = [
        ("Central Investigation Bureau of Nepal Police", "ORG"),
        ("CIB", "ORG"),
        ("K.B. Thapa Magar", "PERSON"),
    ]
    entities = _resolve(text, tagged)
    body = _covering(text, entities, "Central Investigation Bureau of Nepal Police")
    assert body is not None and body is _covering(text, entities, "CIB")


def test_an_acronym_of_a_body_named_in_full_is_a_mention_of_it() -> None:
    # "CIB spokesperson ...": the tagger gives no mention for an acronym it does not know,
    # but the document names the body in full before it
    text = (
        "The Central Investigation Bureau of Nepal Police has arrested two more people. CIB "
        "spokesperson K.B. Thapa Magar said they had collected money. NEPAL is not an acronym."
    )
    tagged = [
        ("Central Investigation Bureau of Nepal Police", "ORG"),
        ("K.B. Thapa Magar", "PERSON"),
    ]
    entities = _resolve(text, tagged)
    body = _covering(text, entities, "Central Investigation Bureau of Nepal Police")
    assert body is not None and body is _covering(text, entities, "CIB")


def test_the_city_after_a_missions_in_is_a_place() -> None:
    # "asked the Uzbek Embassy in Kyiv for information": the mission's city, which the small
    # model leaves untagged, is a place of its own
    text = "The ministry said it had asked the Uzbek Embassy in Kyiv for information."
    entities = _resolve(text, [("Uzbek Embassy", "ORG")])
    city = _covering(text, entities, "Kyiv")
    assert city is not None and city.type == "PLACE"
