"""Round 18's names families (families_dev16), each test written before its fix.

Invented sentences in our own words; mentions given by hand as a tagger gives them.
"""

from __future__ import annotations

from dossier.models import Entity
from tests.resolve.test_families import _covering, _names, _resolve


def test_a_cyrillic_acronym_joins_the_body_named_in_full() -> None:
    # "ЦВСИГ" is the initials of "Центр временного содержания иностранных граждан"; its "Ц"
    # is spelt "ts" in Latin keys while the full name's first key only opens with "t", so the
    # initials are compared in the name's own script
    text = (
        "Задержанных держат в Центре временного содержания иностранных граждан в Сахарово. "
        "В ЦВСИГ не пустили адвокатов. Сотрудники Государственного комитета национальной "
        "безопасности задержали мужчину. ГКНБ сообщил об этом."
    )
    tagged = [
        ("Центре временного содержания иностранных граждан", "ORG"),
        ("Сахарово", "LOC"),
        ("ЦВСИГ", "ORG"),
        ("Государственного комитета национальной безопасности", "ORG"),
        ("ГКНБ", "ORG"),
    ]
    entities = _resolve(text, tagged, "ru")
    assert _covering(text, entities, "ЦВСИГ") is _covering(
        text, entities, "Центре временного содержания иностранных граждан"
    )
    assert _names(text, entities, ("ЦВСИГ",)) == {
        "ЦВСИГ": "Центр временного содержания иностранных граждан"
    }
    assert _covering(text, entities, "ГКНБ") is _covering(
        text, entities, "Государственного комитета национальной безопасности"
    )


def test_a_south_asian_mans_given_names_decline_beside_a_surname_in_a() -> None:
    # a man's given names of a consonant stem take their case's ending ("Гопала", "Рама
    # Бахадура": the genitive or accusative -а) while his surname in -а takes the feminine
    # noun's of the same case ("Шрестху", "Тхапы"); the guesser reads "Шрестх", "Тхапы"
    text = (
        "Следователи допросили Гопала Шрестху, владельца агентства. "
        "В доме Рама Бахадура Тхапы побывали журналисты. "
        "Полиция задержала Б.К. Шрестху."
    )
    tagged = [
        ("Гопала Шрестху", "PER"),
        ("Рама Бахадура Тхапы", "PER"),
        ("Б.К. Шрестху", "PER"),
    ]
    entities = _resolve(text, tagged, "ru")
    assert _names(text, entities, ("Гопала Шрестху", "Рама Бахадура Тхапы", "Б.К. Шрестху")) == {
        "Гопала Шрестху": "Гопал Шрестха",
        "Рама Бахадура Тхапы": "Рам Бахадур Тхапа",
        "Б.К. Шрестху": "Б.К. Шрестха",
    }


def test_a_capitalised_preposition_opening_a_sentence_is_not_part_of_a_name() -> None:
    # the tagger runs a sentence's first word into the name after it ("У Рама …", "В
    # Бишкеке"); a one-word preposition before a capitalised word is not a name's part
    text = "У Рама Бахадура Тхапы два сына. В Бишкеке прошел митинг."
    tagged = [("У Рама Бахадура Тхапы", "PER"), ("В Бишкеке", "LOC")]
    entities = _resolve(text, tagged, "ru")
    person = _covering(text, entities, "Рама Бахадура Тхапы")
    assert person is not None
    assert text[person.mentions[0][0] : person.mentions[0][1]] == "Рама Бахадура Тхапы"
    place = _covering(text, entities, "Бишкеке")
    assert place is not None
    assert text[place.mentions[0][0] : place.mentions[0][1]] == "Бишкеке"


def test_a_central_asian_womans_given_name_makes_the_name_hers() -> None:
    # "Жена осужденного Дилноза Холматова рассказала": read alone, the name after a man's
    # participle may be his genitive ("Мать погибшего Бахрома Турсунова рассказала"); a given
    # name only women bear ("Дилноза", "Гулнора"), which the dictionary does not know, makes
    # it the woman's nominative, as a known one does ("Светлана Лапшина")
    text = (
        "Жена осужденного Дилноза Холматова рассказала, что муж звонил из Луганска. "
        "Сестра погибшего Гулнора Саидова сообщила, что тело не вернули. "
        "Мать погибшего Бахрома Турсунова рассказала, что сын уехал весной."
    )
    tagged = [
        ("Дилноза Холматова", "PER"),
        ("Луганска", "LOC"),
        ("Гулнора Саидова", "PER"),
        ("Бахрома Турсунова", "PER"),
    ]
    entities = _resolve(text, tagged, "ru")
    assert _names(
        text, entities, ("Дилноза Холматова", "Гулнора Саидова", "Бахрома Турсунова")
    ) == {
        "Дилноза Холматова": "Дилноза Холматова",
        "Гулнора Саидова": "Гулнора Саидова",
        "Бахрома Турсунова": "Бахром Турсунов",
    }


def test_a_bodys_mention_does_not_run_into_a_persons_name() -> None:
    # a title's body in the genitive before a person ("Консул посольства Таджикистана Давлат
    # Раджабов"): the tagger runs the given name into the body and leaves the surname alone;
    # an English verb's object before a body ("told Saidmurod the Tajik Embassy would …") is
    # cut at the article that opens the body's name
    text = (
        "Консул посольства Таджикистана Давлат Раджабов посетил центр. "
        '"They told Saidmurod the Tajik Embassy would not help him," she said.'
    )
    tagged = [
        ("посольства Таджикистана Давлат", "ORG"),
        ("Раджабов", "PER"),
        ("Saidmurod the Tajik Embassy", "ORG"),
    ]
    ru = _resolve(text[: text.index('"')], tagged[:2], "ru")
    assert _names(text, ru, ("посольства Таджикистана", "Давлат Раджабов")) == {
        "посольства Таджикистана": "посольство Таджикистана",
        "Давлат Раджабов": "Давлат Раджабов",
    }
    en = _resolve(text, tagged[2:], "en")
    assert _names(text, en, ("Tajik Embassy",)) == {"Tajik Embassy": "Tajik Embassy"}


def _text_of(text: str, entities: list[Entity], surface: str) -> str | None:
    """The longest mention's text of the entity covering ``surface`` (None: no entity)."""
    entity = _covering(text, entities, surface)
    if entity is None:
        return None
    start, end = max(entity.mentions, key=lambda m: m[1] - m[0])
    return text[start:end]


def test_a_russian_body_keeps_its_parent_after_its_field_and_its_owner_in_the_genitive() -> None:
    # a body's field after "по" may be followed by its parent's abbreviation ("ГУ по вопросам
    # миграции | МВД | России"); a bureau of the police of a country keeps "полиции Непала";
    # an agency "при" a ministry stays two bodies (families_dev14's convention)
    text = (
        "Агентство внешней трудовой миграции при Министерстве занятости и сокращения бедности "
        "призвало граждан. Жалобы направлены в ГУ по вопросам миграции МВД России. "
        "Следователи Центрального бюро расследований полиции Непала допросили мужчину."
    )
    tagged = [
        ("Агентство внешней трудовой миграции", "ORG"),
        ("Министерстве занятости", "ORG"),
        ("ГУ", "ORG"),
        ("МВД", "ORG"),
        ("России", "LOC"),
        ("Центрального бюро расследований", "ORG"),
        ("Непала", "LOC"),
    ]
    entities = _resolve(text, tagged, "ru")
    assert _text_of(text, entities, "Агентство внешней трудовой миграции") == (
        "Агентство внешней трудовой миграции"
    )
    for whole in (
        "ГУ по вопросам миграции МВД России",
        "Центрального бюро расследований полиции Непала",
    ):
        assert _text_of(text, entities, whole) == whole


def test_an_english_body_keeps_its_country_after_of_and_a_municipality_is_a_place() -> None:
    # "the Spiritual Administration of Muslims | of | Kyrgyzstan": the tagger ends the body
    # before its country, which an English body's "of …" complement keeps; a Nepali (rural)
    # municipality is a place with its word, as a district is
    text = (
        "In Bishkek, the Spiritual Administration of Muslims of Kyrgyzstan said on Friday that "
        "imams would pray. Tek Nath Bhattarai, chair of ward 4 of Halesi Tuwachung "
        "Municipality, said the men had left."
    )
    tagged = [
        ("Bishkek", "GPE"),
        ("the Spiritual Administration of Muslims", "ORG"),
        ("Kyrgyzstan", "GPE"),
        ("Tek Nath Bhattarai", "PERSON"),
        ("Halesi", "GPE"),
    ]
    entities = _resolve(text, tagged, "en")
    body = _covering(text, entities, "Spiritual Administration of Muslims of Kyrgyzstan")
    assert body is not None and body.type == "ORG"
    assert body.name == "Spiritual Administration of Muslims of Kyrgyzstan"
    place = _covering(text, entities, "Halesi Tuwachung Municipality")
    assert place is not None and place.type == "PLACE"


def test_a_name_with_a_patronymic_particle_is_a_person_where_the_tagger_misses_it() -> None:
    # "Азизбека Нурали угли, 24-летнего уроженца …", "о Жасуре Бахром угли": a given name, the
    # father's name and "угли"/"уулу"/"кызы" are a person's name, which the tagger misses or
    # cuts before the particle; in English too ("Aibek Toktogul uulu")
    text = (
        "Их было шестеро. Азизбека Нурали угли, 24-летнего уроженца Андижанской области, "
        "задержали в Самаре. Семья ничего не знает о Жасуре Бахром угли. "
        "Relatives of Aibek Toktogul uulu said he had left."
    )
    tagged = [("Андижанской области", "LOC"), ("Самаре", "LOC")]
    ru = _resolve(text[: text.index("Relatives")], tagged, "ru")
    assert _names(text, ru, ("Азизбека Нурали угли", "Жасуре Бахром угли")) == {
        "Азизбека Нурали угли": "Азизбек Нурали угли",
        "Жасуре Бахром угли": "Жасур Бахром угли",
    }
    en = _resolve(text, [], "en")
    person = _covering(text, en, "Aibek Toktogul uulu")
    assert person is not None and person.type == "PERSON"
    assert person.name == "Aibek Toktogul uulu"


def test_a_name_before_a_bodys_kind_word_is_a_body() -> None:
    # "the Tashkent-based Huquqiy Yordam centre": a body's kind word in lower case right after
    # a name says what it is, as one before it does ("the group Huquq va Adolat"); the tagger
    # takes an unknown two-word name for a person
    text = (
        "Shahnoza Rahmonova, a lawyer with the Tashkent-based Huquqiy Yordam centre, said the "
        "men were pressed to sign."
    )
    tagged = [("Shahnoza Rahmonova", "PERSON"), ("Tashkent", "GPE"), ("Huquqiy Yordam", "PERSON")]
    entities = _resolve(text, tagged, "en")
    body = _covering(text, entities, "Huquqiy Yordam")
    assert body is not None and body.type == "ORG"
    person = _covering(text, entities, "Shahnoza Rahmonova")
    assert person is not None and person.type == "PERSON"


def test_a_russian_surname_before_one_initial_keeps_its_full_stop() -> None:
    # "Показания Каримовой Г.": a court's surname before one initial, as "Sreejith S." is in
    # English; the tagger stops before the full stop, and the name is its nominative with it
    text = "Показания Каримовой Г. суд приложил к делу."
    entities = _resolve(text, [("Каримовой Г", "PER")], "ru")
    assert _names(text, entities, ("Каримовой Г.",)) == {"Каримовой Г.": "Каримова Г."}
