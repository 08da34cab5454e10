"""Round 15's sources families (english_dev8, russian_dev9: forms of real wire, Russian
regional and Central Asian copy the older sets lack), each test written from the family's
description before its fix, in sentences of our own.

Mentions are given by hand, as the analyze stage would give them, so these tests do not
depend on a model.
"""

from __future__ import annotations

import pytest

from dossier.cite import OutletRegistry

from .test_families import _cites

# -- a date or a recipient between a Russian verb and its source ----------------------------


@pytest.mark.parametrize(
    ("text", "source", "outlet"),
    [
        # a time after the outlet told, before the speaker after the verb
        ("Группа вылетит в Катманду на следующей неделе, сообщили «Интерфаксу» в среду "
         "информированные источники.", "информированные источники", "Интерфакс"),
        # an audience and a weekday with its date, set off by commas
        ("Учет ведется с начала года. Об этом сообщил журналистам в среду, 14 мая, военный "
         "комиссар области Андрей Зорин.", "военный комиссар области Андрей Зорин", None),
        # "Об этом «X» <date> сообщила": the date between the outlet and the verb
        ("Законопроект отложен до весны. Об этом «Фонтанке» 12 декабря сообщила пресс-секретарь "
         "парламента Елена Жукова.", "пресс-секретарь парламента Елена Жукова", "Фонтанка"),
        # "Об этом <site> сообщили в …": a site told by its domain
        ("Контракт заключили около 200 человек. Об этом Ura.ru сообщили в пресс-службе "
         "военного комиссариата.", "пресс-служба военного комиссариата", "Ura.ru"),
    ],
)  # fmt: skip
def test_a_date_or_recipient_around_a_russian_verb_is_no_part_of_the_source(
    registry: OutletRegistry, text: str, source: str, outlet: str | None
) -> None:
    cites = _cites(text, registry, "ru")
    speaker = [c for c in cites if c.source == source]
    assert [c.relay for c in speaker] == [outlet]
    assert sorted(c.source for c in cites) == sorted([source] + ([outlet] if outlet else []))


# -- the speaker after a Russian quotation: a document, a channel, an outlet quoting --------


def test_a_message_after_a_quotation_is_the_body_cited_before(registry: OutletRegistry) -> None:
    text = (
        "КНБ задержал двоих жителей Актобе. Об этом сообщила пресс-служба КНБ. «Задержанные "
        "получали по 300 тысяч тенге за каждого завербованного», — говорится в сообщении."
    )
    cites = _cites(text, registry, "ru", [("КНБ", "ORG")])
    quotes = [c.source for c in cites if c.kind == "quote"]
    assert len(quotes) == 1 and quotes[0].endswith("КНБ")  # the press service of the КНБ


@pytest.mark.parametrize(
    "text",
    [
        "«Никакой вербовки в наших центрах нет», — написала в своем телеграм-канале в четверг "
        "уполномоченный по правам человека Наталья Ковалева.",
        "«Никакой вербовки в наших центрах нет», — написала в Telegram уполномоченный по "
        "правам человека Наталья Ковалева.",
    ],
)
def test_a_channel_and_a_time_before_the_speaker_are_no_part_of_him(
    registry: OutletRegistry, text: str
) -> None:
    cites = _cites(text, registry, "ru", [("Наталья Ковалева", "PER")])
    assert [(c.kind, c.source) for c in cites] == [
        ("quote", "уполномоченный по правам человека Наталья Ковалева")
    ]


@pytest.mark.parametrize(
    ("text", "speaker", "outlet", "kind"),
    [
        ("«Это вопрос к Министерству обороны», — цитирует официального представителя МИД "
         "Ольгу Кравец «Интерфакс».", "официальный представитель МИД Ольга Кравец",
         "Интерфакс", "reported"),
        ("«Это вопрос к Министерству обороны», — цитирует «Интерфакс» официального "
         "представителя МИД Ольгу Кравец.", "официальный представитель МИД Ольга Кравец",
         "Интерфакс", "reported"),
        ("«Мы принимаем добровольцев», — сказал журналистам замминистра обороны Олег Ганин "
         "(цитата по ТАСС).", "замминистра обороны Олег Ганин", "ТАСС", "according_to"),
    ],
)  # fmt: skip
def test_an_outlet_quoting_after_a_russian_quotation_relays_it(
    registry: OutletRegistry, text: str, speaker: str, outlet: str, kind: str
) -> None:
    name = " ".join(speaker.split()[-2:])
    cites = _cites(text, registry, "ru", [(name.replace("Ольга Кравец", "Ольгу Кравец"), "PER")])
    assert sorted((c.kind, c.source, c.relay) for c in cites) == sorted(
        [("quote", speaker, outlet), (kind, outlet, None)]
    )


# -- an institution word after a body's press service takes the body ------------------------


@pytest.mark.parametrize(
    ("text", "tagged", "body"),
    [
        ("Суд приговорил местного жителя к пяти годам. Об этом сообщает «Газета.uz» со ссылкой "
         "на пресс-службу Генеральной прокуратуры Узбекистана. В ведомстве напомнили, что "
         "наемничество карается лишением свободы.",
         [("Генеральной прокуратуры Узбекистана", "ORG")], "Генеральная прокуратура Узбекистана"),
        ("Полиция задержала двоих мигрантов, сообщили в пресс-службе ГУ МВД России по "
         "Новосибирской области. Как уточнили в ведомстве, задержанные оформляли фиктивную "
         "регистрацию.",
         [("ГУ МВД России по Новосибирской области", "ORG")],
         "ГУ МВД России по Новосибирской области"),
    ],
)  # fmt: skip
def test_an_institution_word_after_a_press_service_takes_its_body(
    registry: OutletRegistry, text: str, tagged: list[tuple[str, str]], body: str
) -> None:
    cites = _cites(text, registry, "ru", tagged)
    described = [(c.source, c.role) for c in cites if c.role is not None]
    assert described == [(body, "ведомство")]


def test_a_press_service_word_keeps_the_press_service(registry: OutletRegistry) -> None:
    text = (
        "Полиция задержала двоих мигрантов, сообщили в пресс-службе ГУ МВД России по "
        "Новосибирской области. В пресс-службе уточнили, что задержанные оформляли фиктивную "
        "регистрацию."
    )
    cites = _cites(text, registry, "ru", [("ГУ МВД России по Новосибирской области", "ORG")])
    assert all(c.source.startswith("пресс-служба") for c in cites)


# -- an English speaker after a long lower-case title; "commented", "reminded" --------------


def test_a_name_after_a_long_title_is_the_post_posed_speaker(registry: OutletRegistry) -> None:
    text = (
        "The embassy has asked the ministry to explain the deportation, press secretary of the "
        "diplomatic mission Yulia Vorontsova told Kaktus Media."
    )
    cites = _cites(text, registry, "en", [("Yulia Vorontsova", "PERSON")])
    assert sorted((c.source.split()[-1], c.relay) for c in cites) == [
        ("Media", None),
        ("Vorontsova", "Kaktus Media"),
    ]


@pytest.mark.parametrize(
    ("text", "kind", "source"),
    [
        ('"We will decide on further steps once we receive an answer," Vorontsova commented.',
         "quote", "Vorontsova"),
        ("The service reminded that serving in a foreign army is punishable by up to 10 years.",
         "reported", "The service"),
    ],
)  # fmt: skip
def test_commented_and_reminded_are_speech(
    registry: OutletRegistry, text: str, kind: str, source: str
) -> None:
    tagged = [(source, "PERSON")] if kind == "quote" else []
    cites = _cites(text, registry, "en", tagged)
    assert [(c.kind, c.source) for c in cites] == [(kind, source)]


# -- a Russian outlet's kind word before its quoted name is no part of it -------------------


def test_a_kind_word_before_a_quoted_outlet_is_no_part_of_its_name(
    registry: OutletRegistry,
) -> None:
    text = (
        "Мигрант заключил контракт в СИЗО. Об этом пишет издание «Вёрстка» со ссылкой на "
        "адвоката Марину Лебедеву. По данным издания, мужчина сбежал из части."
    )
    cites = _cites(text, registry, "ru", [("Марину Лебедеву", "PER")])
    assert sorted((c.kind, c.source, c.role, c.relay) for c in cites) == [
        ("according_to", "Вёрстка", "издание", None),
        ("according_to", "адвокат Марина Лебедева", None, "Вёрстка"),
        ("reported", "Вёрстка", None, None),
    ]


# -- a guessed reading of an unknown given name tells no gender -----------------------------


def test_an_unknown_given_name_does_not_hide_a_feminine_surname(registry: OutletRegistry) -> None:
    text = (
        "Жительница Оша Гулбарчын Асанова рассказала, что ее сын уехал в Москву на стройку. "
        "По ее словам, последний раз он выходил на связь в сентябре."
    )
    cites = _cites(text, registry, "ru", [("Гулбарчын Асанова", "PER")])
    assert [c.source for c in cites if c.kind == "according_to"] == ["Гулбарчын Асанова"]


# -- "военкомат" is an institution word ----------------------------------------------------


def test_voenkomat_takes_the_enlistment_office_named_before(registry: OutletRegistry) -> None:
    text = (
        "Контракт заключили около 200 мигрантов, сообщили в пресс-службе военного "
        "комиссариата Свердловской области. Еще около 50 человек, по данным военкомата, "
        "проходят медкомиссию."
    )
    cites = _cites(text, registry, "ru")
    described = [(c.source, c.role) for c in cites if c.kind == "according_to"]
    assert described == [("военный комиссариат Свердловской области", "военкомат")]


# -- "Как сообщала X": a Russian imperfective past, an adverb before it ----------------------


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Как сообщала Русская служба Би-би-си, большинство из них были завербованы через "
         "туристические агентства.", "Русская служба Би-би-си"),
        ("Как ранее сообщало агентство Reuters, Катманду ждет ответа до конца месяца.",
         "Reuters"),
        ("Как рассказывала «Фонтанка», задержанным предлагали контракт.", "Фонтанка"),
    ],
)  # fmt: skip
def test_an_imperfective_past_after_kak_is_a_report(
    registry: OutletRegistry, text: str, source: str
) -> None:
    cites = _cites(text, registry, "ru")
    assert [(c.kind, c.source.removeprefix("агентство ")) for c in cites] == [("reported", source)]


# -- an outlet described in the dative after a Russian verb, before "что" --------------------


def test_a_described_outlet_told_after_the_verb_relays_the_speaker(
    registry: OutletRegistry,
) -> None:
    text = (
        "Как стало известно «Известиям», Минобороны готовит поправки. Источник в Минобороны "
        "пояснил изданию, что речь идет о гражданах стран СНГ."
    )
    cites = _cites(text, registry, "ru")
    second = [(c.source, c.role, c.relay) for c in cites if c.start >= text.index("Источник")]
    assert sorted(second, key=str) == sorted(
        [("Источник в Минобороны", None, "Известия"), ("Известия", "издание", None)], key=str
    )


def test_an_outlet_that_found_out_reports(registry: OutletRegistry) -> None:
    text = (
        "Вербовщики получают до 100 тысяч рублей за каждого новобранца, выяснило издание «Вёрстка»."
    )
    cites = _cites(text, registry, "ru")
    assert [(c.kind, c.source) for c in cites] == [("reported", "Вёрстка")]


# -- an outlet told between a Russian body "в …" and the verb --------------------------------


@pytest.mark.parametrize(
    ("text", "body", "outlet"),
    [
        ("В пресс-службе МВД Казахстана Tengrinews.kz сообщили, что в 2024 году осуждены 11 "
         "человек.", "пресс-служба МВД Казахстана", "Tengrinews.kz"),
        ("В посольстве Таджикистана «Азия-Плюс» сообщили, что запрос семьи направлен в "
         "ведомство.", "посольство Таджикистана", "Азия-Плюс"),
    ],
)  # fmt: skip
def test_an_outlet_between_a_russian_body_and_its_verb_is_told(
    registry: OutletRegistry, text: str, body: str, outlet: str
) -> None:
    cites = _cites(text, registry, "ru")
    assert sorted((c.source, c.relay) for c in cites) == sorted([(body, outlet), (outlet, None)])


# -- "according to a statement sent to AFP by X" ---------------------------------------------


def test_a_statement_sent_to_an_outlet_is_its_author_relayed_by_it(
    registry: OutletRegistry,
) -> None:
    text = (
        "Migrants held in raids were given a choice between deportation and military service, "
        "according to a statement sent to AFP by Valentina Churikova, a lawyer for the network."
    )
    cites = _cites(text, registry, "en", [("Valentina Churikova", "PERSON")])
    assert sorted((c.kind, c.source, c.relay) for c in cites) == [
        ("according_to", "AFP", None),
        ("according_to", "Valentina Churikova", "AFP"),
    ]


# -- a headline's source after a dash, in quotation marks ------------------------------------


def test_a_quoted_outlet_after_a_headline_dash_is_its_source(registry: OutletRegistry) -> None:
    text = (
        "Бишкек добивается освобождения 15 граждан из российской армии, — «Азаттык»\n\n"
        "МИД Кыргызстана направил российской стороне списки граждан."
    )
    cites = _cites(text, registry, "ru")
    assert [(c.kind, c.source) for c in cites] == [("reported", "Азаттык")]


# -- "Как он также сообщил, …": a pronoun inside the as-cue -----------------------------------


def test_a_pronoun_inside_a_russian_as_cue_is_the_speaker(registry: OutletRegistry) -> None:
    text = (
        "Военный комиссар области Андрей Зорин заявил, что на учет поставлены 1200 человек. "
        "Как он также сообщил, 90 из них уже заключили контракт."
    )
    cites = _cites(text, registry, "ru", [("Андрей Зорин", "PER")])
    second = [(c.kind, c.source) for c in cites if c.start >= text.index("Как")]
    assert second == [("reported", "Андрей Зорин")]


# -- a Russian kin noun before a name in the genitive is the relative's, not the name's -----


def test_a_kin_noun_before_a_genitive_name_tells_no_gender(registry: OutletRegistry) -> None:
    text = (
        "Из России выдворены более двух тысяч граждан, сообщил источник в миграционной службе. "
        "Среди них — муж Фарангис Курбоновой.\n\n"
        "— Его держали там три месяца, а потом посадили на самолет, — говорит она."
    )
    cites = _cites(text, registry, "ru", [("Фарангис Курбоновой", "PER")])
    assert [c.source for c in cites if c.kind == "quote"] == ["Фарангис Курбонова"]


# -- a dash line whose words hold a dash of their own ---------------------------------------


def test_a_dash_inside_the_words_of_a_dash_line_is_no_turn(registry: OutletRegistry) -> None:
    text = (
        "У центра стоят сотни человек.\n\n"
        "— Мне сказали: подпишешь — получишь паспорт без очереди, — говорит один из них."
    )
    cites = _cites(text, registry, "ru")
    assert [(c.kind, c.source) for c in cites] == [("quote", "один из них")]
