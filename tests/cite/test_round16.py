"""Round 16's sources families (english_dev9, russian_dev10: long interviews, replies to an
outlet's query, speakers set off around their verb), each test written from the family's
description before its fix, in sentences of our own.

Mentions are given by hand, as the analyze stage would give them, so these tests do not
depend on a model.
"""

from __future__ import annotations

import pytest

from dossier.cite import OutletRegistry

from .test_families import _cites

# -- an interview printed as dash-line questions and answers ------------------------------


def test_answers_of_a_dash_line_interview_are_the_interviewees(registry: OutletRegistry) -> None:
    text = (
        "Житель Оша Марат Исаев полгода провел на фронте. Он рассказал изданию, как попал в "
        "армию.\n\n— Кто вам предложил контракт?\n\n— Вербовщик в общежитии. Обещал работу "
        "водителем в тылу.\n\n— А что было потом?\n\n— Через неделю нас отправили на передовую."
    )
    cites = _cites(text, registry, "ru", [("Марат Исаев", "PER")])
    quotes = [c for c in cites if c.kind == "quote"]
    assert [c.source for c in quotes] == ["Марат Исаев", "Марат Исаев"]
    said = [text[s:e] for c in quotes for s, e in c.supports]
    assert any("Вербовщик в общежитии" in w for w in said)
    assert any("отправили на передовую" in w for w in said)
    assert not any("Кто вам предложил" in w for w in said)  # a question is no claim


def test_a_dash_line_without_a_question_before_it_is_no_answer(registry: OutletRegistry) -> None:
    text = (
        "Марат Исаев полгода провел на фронте.\n\n— Вербовщик в общежитии обещал работу "
        "водителем в тылу.\n\n— Через неделю нас отправили на передовую."
    )
    cites = _cites(text, registry, "ru", [("Марат Исаев", "PER")])
    assert [c for c in cites if c.kind == "quote"] == []


# -- an outlet in a conversation or comment between "Об этом" and the verb ----------------


@pytest.mark.parametrize(
    ("text", "source", "outlet"),
    [
        ("Число осужденных за год выросло вдвое. Об этом в беседе с 24.kg отметил правозащитник "
         "Азамат Касымов.", "правозащитник Азамат Касымов", "24.kg"),
        ("Обращений от родственников не поступало. Об этом в комментарии «Газете.uz» заявил "
         "пресс-секретарь посольства Жасур Алиев.", "пресс-секретарь посольства Жасур Алиев",
         "Газета.uz"),
        ("Горячая линия заработает в мае. Об этом в интервью «Азия-Плюс» рассказала министр "
         "труда Шарофат Мирзозода.", "министр труда Шарофат Мирзозода", "Азия-Плюс"),
    ],
)  # fmt: skip
def test_an_outlet_spoken_with_before_the_verb_relays_the_speaker(
    registry: OutletRegistry, text: str, source: str, outlet: str
) -> None:
    cites = _cites(text, registry, "ru")
    assert sorted(c.source for c in cites) == sorted([source, outlet])
    assert [c.relay for c in cites if c.source == source] == [outlet]


# -- where it was said, with its complement, after a Russian speaker -----------------------


def test_a_venue_with_its_complement_is_no_part_of_the_speaker(registry: OutletRegistry) -> None:
    text = (
        "Семьи погибших должны получить выплаты. Об этом заявил депутат Дастан Бекешев на "
        "заседании парламента в среду. Он также добавил, что тела вернули не всем."
    )
    cites = _cites(text, registry, "ru", [("Дастан Бекешев", "PER")])
    assert [c.source for c in cites] == ["депутат Дастан Бекешев", "Дастан Бекешев"]


# -- an English speaker relayed by the outlet that interviewed or queried him -------------


@pytest.mark.parametrize(
    ("text", "source", "outlet"),
    [
        ("Foreign Minister Ram Thapa said in an interview with The Associated Press that Nepal "
         "had asked Moscow to send its citizens home.", "Foreign Minister Ram Thapa",
         "The Associated Press"),
        ("Stranded workers have been asked to contact the embassy, the Ministry of External "
         "Affairs said in a reply to a query from The Hindu.", "the Ministry of External Affairs",
         "The Hindu"),
    ],
)  # fmt: skip
def test_an_interview_or_reply_to_an_outlet_relays_the_speaker(
    registry: OutletRegistry, text: str, source: str, outlet: str
) -> None:
    cites = _cites(text, registry)
    assert sorted(c.source for c in cites) == sorted([source, outlet])
    assert [c.relay for c in cites if c.source == source] == [outlet]


# -- a Russian reply to an outlet's query ---------------------------------------------------


@pytest.mark.parametrize(
    ("text", "kind", "source", "outlet"),
    [
        ("Прокуратура области проверит колонию № 8. Это говорится в ответе прокуратуры "
         "Оренбургской области на запрос «Вёрстки».", "reported",
         "прокуратура Оренбургской области", "Вёрстка"),
        ("Согласно ответу Генеральной прокуратуры Таджикистана на запрос «Азия-Плюс», за год "
         "осуждены 27 человек.", "according_to", "Генеральная прокуратура Таджикистана",
         "Азия-Плюс"),
    ],
)  # fmt: skip
def test_a_reply_to_an_outlets_query_is_the_bodys_relayed_by_the_outlet(
    registry: OutletRegistry, text: str, kind: str, source: str, outlet: str
) -> None:
    cites = _cites(text, registry, "ru")
    body = [c for c in cites if c.source.casefold() == source.casefold()]
    assert [(c.kind, c.relay) for c in body] == [(kind, outlet)]
    assert outlet in [c.source for c in cites]


def test_a_reply_to_the_publishers_own_query_has_no_relay(registry: OutletRegistry) -> None:
    text = "Заседание назначено на 12 мая. Это говорится в ответе суда на запрос редакции."
    cites = _cites(text, registry, "ru")
    assert [(c.source, c.relay) for c in cites] == [("суд", None)]


# -- "Такие данные привел X" after its claim ------------------------------------------------


def test_figures_given_by_a_speaker_after_them_are_his(registry: OutletRegistry) -> None:
    text = (
        "В прошлом году из спецприемников в армию ушли около 3 тысяч иностранцев. Такие данные "
        "привел член Совета по правам человека Кирилл Кабанов."
    )
    cites = _cites(text, registry, "ru", [("Кирилл Кабанов", "PER")])
    assert [c.source for c in cites] == ["член Совета по правам человека Кирилл Кабанов"]
    assert "ушли около 3 тысяч" in text[slice(*cites[0].supports[0])]


# -- an emphatic particle after a Russian speaker ---------------------------------------------


def test_a_particle_after_a_russian_speaker_is_no_part_of_him(registry: OutletRegistry) -> None:
    text = "Мирзоев же отметил, что никто из его подзащитных контракт не подписал."
    cites = _cites(text, registry, "ru", [("Мирзоев", "PER")])
    assert [c.source for c in cites] == ["Мирзоев"]


# -- an outlet told between the verb after a Russian quotation and its speaker --------------


def test_an_outlet_between_the_verb_and_the_speaker_relays_the_quote(
    registry: OutletRegistry,
) -> None:
    text = (
        "«Мы узнали о его гибели из видео. Никто с нами не связывался», — рассказала "
        "«Азаттыку» мать погибшего Гульнара Токтосунова."
    )
    cites = _cites(text, registry, "ru", [("Гульнара Токтосунова", "PER")])
    assert [(c.kind, c.source, c.relay) for c in cites] == [
        ("quote", "мать погибшего Гульнара Токтосунова", "Азаттык"),
        ("reported", "Азаттык", None),
    ]


# -- an indefinite apposition between an English described subject and its verb ------------


def test_an_indefinite_apposition_after_a_described_subject_is_an_aside(
    registry: OutletRegistry,
) -> None:
    text = (
        "The father of one of the men, a farmer from Telangana, told The Hindu his son had "
        "called home only once since February."
    )
    cites = _cites(text, registry)
    assert [(c.source, c.relay) for c in cites] == [
        ("The father of one of the men", "The Hindu"),
        ("The Hindu", None),
    ]


# -- "…, Interfax quoted X as saying." after what was said -----------------------------------


def test_an_outlet_quoting_someone_after_the_claim_relays_him(registry: OutletRegistry) -> None:
    text = (
        "Russian courts have convicted more than 60 foreign nationals of desertion this year, "
        "Interfax quoted a source in the judicial system as saying."
    )
    cites = _cites(text, registry)
    assert sorted((c.source, c.relay) for c in cites) == [
        ("Interfax", None),
        ("a source in the judicial system", "Interfax"),
    ]
    assert all("convicted more than 60" in text[slice(*c.supports[0])] for c in cites)


# -- an outlet whose name is a domain opening with a digit ----------------------------------


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("The office opened a criminal case against a recruiter, 24.kg reported.", "en"),
        ("Прокуратура возбудила дело против вербовщика, сообщает 24.kg.", "ru"),
        ("Прокуратура возбудила дело против вербовщика, 24.kg сообщает.", "ru"),
    ],
)
def test_a_domain_opening_with_a_digit_is_a_name(
    registry: OutletRegistry, text: str, language: str
) -> None:
    assert [c.source for c in _cites(text, registry, language)] == ["24.kg"]


# -- a long capitalised title with the name set off after its description ------------------


def test_a_titled_name_set_off_after_its_description_is_the_speaker(
    registry: OutletRegistry,
) -> None:
    text = (
        "A police spokesperson in Kathmandu, Deputy Inspector General Binod Ghimire, said on "
        "Sunday that three manpower agents had been arrested."
    )
    cites = _cites(text, registry, "en", [("Binod Ghimire", "PERSON")])
    assert [c.source for c in cites] == ["Deputy Inspector General Binod Ghimire"]


def test_an_indefinite_apposition_after_a_pronoun_share_is_the_source(
    registry: OutletRegistry,
) -> None:
    text = "One of them, a former cook at a hostel in Moscow, said the men were promised jobs."
    cites = _cites(text, registry)
    assert [c.source for c in cites] == ["a former cook at a hostel in Moscow"]


# -- a pronoun after "X told an outlet" is X's, the outlet tagged a person or not ------------


def test_a_pronoun_after_a_told_outlet_takes_the_speaker(registry: OutletRegistry) -> None:
    text = (
        "Один из задержанных на рынке рассказал Азаттыку, что полицейские отобрали у мигрантов "
        "паспорта. По его словам, отпустили только тех, у кого не было гражданства."
    )
    # the tagger takes the outlet in the dative for a person, as the analyze stage does
    cites = _cites(text, registry, "ru", [("Азаттыку", "PER")])
    said = [c for c in cites if "отпустили" in text[slice(*c.supports[0])]]
    assert [c.source for c in said] == ["Один из задержанных на рынке"]


# -- "Об этом говорится в сообщении X" is X's report (eval/GUIDELINES.md, round 15) ---------


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Задержан вербовщик. Об этом говорится в сообщении ФСБ.", "ФСБ"),
        ("Дело передано в суд. Об этом говорится в заявлении прокуратуры области.",
         "прокуратура области"),
    ],
)  # fmt: skip
def test_a_material_after_a_russian_this_is_the_bodys_report(
    registry: OutletRegistry, text: str, source: str
) -> None:
    assert [(c.kind, c.source) for c in _cites(text, registry, "ru")] == [("reported", source)]


# -- a headline's source in lower case after the claim's colon ------------------------------


def test_a_lower_case_source_after_a_headline_colon_is_cited(registry: OutletRegistry) -> None:
    text = (
        "Kyrgyz court frees man jailed for fighting in Ukraine: lawyer\n\n"
        "The Supreme Court has overturned the sentence of a man convicted of mercenarism."
    )
    cites = _cites(text, registry)
    assert [(c.source, text[slice(*c.supports[0])]) for c in cites] == [
        ("lawyer", "Kyrgyz court frees man jailed for fighting in Ukraine")
    ]


# -- the plural present of Russian "говорить", "рассказывать" -------------------------------


@pytest.mark.parametrize("verb", ["говорят", "рассказывают"])
def test_a_plural_present_speech_verb_cites_its_subject(
    registry: OutletRegistry, verb: str
) -> None:
    text = f"Собеседники издания {verb}, что студентам обещают оплату учебы и вид на жительство."
    assert [c.source for c in _cites(text, registry, "ru")] == ["Собеседники издания"]


# -- a Russian title with a listed complement before a name ---------------------------------


def test_a_listed_complement_inside_a_russian_title_is_one_subject(
    registry: OutletRegistry,
) -> None:
    text = (
        "Министр труда, миграции и занятости населения Таджикистана Шарофат Мирзозода в "
        "интервью «Азия-Плюс» сообщила, что министерство открыло в Москве горячую линию."
    )
    cites = _cites(text, registry, "ru", [("Шарофат Мирзозода", "PER")])
    assert sorted((c.source.split()[-1], c.relay) for c in cites) == [
        ("Азия-Плюс", None),
        ("Мирзозода", "Азия-Плюс"),
    ]
