"""Round 17's sources families (english_dev10, russian_dev11: denials, posts on social media,
statements on a body's website, documents as sources, headlines opening with a quotation),
each test written from the family's description before its fix, in sentences of our own.

Mentions are given by hand, as the analyze stage would give them, so these tests do not
depend on a model.
"""

from __future__ import annotations

import pytest

from dossier.cite import OutletRegistry

from .test_families import _cites

# -- a denial with what it denies is a claim; one with no content of its own is none --------


@pytest.mark.parametrize(
    ("text", "language", "tagged", "source", "said"),
    [
        ("Kazakhstan's Interior Ministry denied that migrants were being sent to the front.",
         "en", [("Kazakhstan's Interior Ministry", "ORG")], "Kazakhstan's Interior Ministry",
         "migrants were being sent"),
        ("Посольство Узбекистана опровергло информацию о том, что мигрантов отправляют на фронт.",
         "ru", [("Посольство Узбекистана", "ORG")], "Посольство Узбекистана",
         "мигрантов отправляют на фронт"),
        ("В Кремле опровергли сообщения о новой волне мобилизации.", "ru",
         [("Кремле", "ORG")], "Кремль", "новой волне мобилизации"),
    ],
)  # fmt: skip
def test_a_denial_with_its_content_is_the_deniers_claim(
    registry: OutletRegistry,
    text: str,
    language: str,
    tagged: list[tuple[str, str]],
    source: str,
    said: str,
) -> None:
    cites = _cites(text, registry, language, tagged)
    assert [(c.kind, c.source) for c in cites] == [("reported", source)]
    assert any(said in text[s:e] for s, e in cites[0].supports)


def test_a_denial_of_charges_is_no_claim(registry: OutletRegistry) -> None:
    text = "Two travel agents were charged on Monday. The agents have denied the charges."
    assert _cites(text, registry, "en", []) == []


# -- a statement on a body's website: the site is the medium, the body the source -------------


@pytest.mark.parametrize(
    ("text", "tagged", "source", "role"),
    [
        ("Прокуратура Самарской области возбудила уголовное дело. Как говорится в сообщении на "
         "сайте ведомства, обвиняемый брал с мигрантов по 20 тысяч рублей.",
         [("Прокуратура Самарской области", "ORG")], "Прокуратура Самарской области", "ведомство"),
        ("Полиция задержала двух вербовщиков в Казани. Об этом говорится в сообщении на сайте "
         "МВД по Татарстану.", [("МВД по Татарстану", "ORG")], "МВД по Татарстану", None),
    ],
)  # fmt: skip
def test_a_statement_on_a_website_is_the_bodys(
    registry: OutletRegistry,
    text: str,
    tagged: list[tuple[str, str]],
    source: str,
    role: str | None,
) -> None:
    cites = _cites(text, registry, "ru", tagged)
    assert [(c.kind, c.source, c.role) for c in cites] == [("reported", source, role)]


# -- a headline opening with a quotation, its speaker after the colon --------------------------


@pytest.mark.parametrize(
    ("text", "language", "source", "words", "rest"),
    [
        ("«Нас везли как груз»: мигрант из Оша рассказал о дороге на фронт\n\nВ начале года "
         "Эркин Садыков приехал в Подмосковье.", "ru", "мигрант из Оша", "Нас везли как груз",
         "о дороге на фронт"),
        ("'We were never trained': Nepali returnees describe their first week in Russia\n\n"
         "KATHMANDU: Nine men came home on Sunday.", "en", "Nepali returnees",
         "We were never trained", "their first week in Russia"),
    ],
)  # fmt: skip
def test_a_headline_opening_with_a_quotation_names_its_speaker_after_the_colon(
    registry: OutletRegistry, text: str, language: str, source: str, words: str, rest: str
) -> None:
    cites = [c for c in _cites(text, registry, language, []) if c.start < text.index("\n")]
    assert [(c.kind, c.source) for c in cites] == [("quote", source), ("reported", source)]
    assert any(words in text[s:e] for s, e in cites[0].supports)
    assert any(rest in text[s:e] for s, e in cites[1].supports)


def test_a_colon_headlines_quoted_words_are_a_quote(registry: OutletRegistry) -> None:
    text = "МВД Киргизии: «Вербовщиков среди задержанных нет»\n\nВ министерстве это подтвердили."
    cites = [c for c in _cites(text, registry, "ru", []) if c.start < text.index("\n")]
    assert [(c.kind, c.source) for c in cites] == [("quote", "МВД Киргизии")]


# -- a court's verdict and a case file as sources -------------------------------------------


@pytest.mark.parametrize(
    ("text", "language", "tagged", "source"),
    [
        ("Ошский городской суд приговорил Нурлана Осмонова к восьми годам. В приговоре "
         "говорится, что он подписал контракт в Ростове-на-Дону.", "ru",
         [("Ошский городской суд", "ORG"), ("Нурлана Осмонова", "PER")], "Ошский городской суд"),
        ("В материалах дела указано, что вербовщик получал по 50 тысяч рублей за человека.",
         "ru", [], "дело"),
        ("The Bishkek City Court sentenced Nurlan Osmonov to eight years in prison. The verdict "
         "says he signed a contract in Rostov-on-Don.", "en",
         [("Bishkek City Court", "ORG"), ("Nurlan Osmonov", "PER")], "Bishkek City Court"),
    ],
)  # fmt: skip
def test_a_verdict_is_the_courts_and_a_case_file_its_own(
    registry: OutletRegistry,
    text: str,
    language: str,
    tagged: list[tuple[str, str]],
    source: str,
) -> None:
    cites = _cites(text, registry, language, tagged)
    assert [(c.kind, c.source) for c in cites] == [("reported", source)]


def test_a_court_the_tagger_took_for_a_place_is_the_verdicts(registry: OutletRegistry) -> None:
    text = (
        "Ошский городской суд приговорил Нурлана Осмонова к восьми годам. В приговоре "
        "говорится, что он подписал контракт в Ростове-на-Дону."
    )
    tagged = [("Ошский городской суд", "LOC"), ("Нурлана Осмонова", "PER")]
    cites = _cites(text, registry, "ru", tagged)
    assert [(c.kind, c.source) for c in cites] == [("reported", "Ошский городской суд")]


# -- an unnamed source with what makes it know ----------------------------------------------


@pytest.mark.parametrize(
    ("text", "language", "source"),
    [
        ("A person close to the family said the ministry had not answered their letters.", "en",
         "A person close to the family"),
        ("Источник, близкий к семье погибшего, рассказал, что тело передали родным через месяц.",
         "ru", "Источник, близкий к семье погибшего"),
        ("Собеседник, знакомый с ходом следствия, сообщил, что задержанных было шестеро.", "ru",
         "Собеседник, знакомый с ходом следствия"),
    ],
)  # fmt: skip
def test_an_unnamed_source_keeps_what_makes_it_know(
    registry: OutletRegistry, text: str, language: str, source: str
) -> None:
    cites = _cites(text, registry, language, [])
    assert [(c.kind, c.source) for c in cites] == [("reported", source)]


def test_a_source_close_to_an_outlet_told_keeps_the_outlet(registry: OutletRegistry) -> None:
    text = (
        "Источник, близкий к семье погибшего, рассказал «Фергане», что тело передали родным "
        "через месяц."
    )
    cites = _cites(text, registry, "ru", [])
    assert [(c.kind, c.source, c.relay) for c in cites] == [
        ("reported", "Источник, близкий к семье погибшего", "Фергана"),
        ("reported", "Фергана", None),
    ]


# -- a plural pronoun after a group that told an outlet --------------------------------------


@pytest.mark.parametrize(
    ("text", "language", "tagged", "source"),
    [
        ("Родственники Бакыта Султанова рассказали «Азаттыку», что он звонил в феврале. По их "
         "словам, в военкомате им ничего не объяснили.", "ru", [("Бакыта Султанова", "PER")],
         "Родственники Бакыта Султанова"),
        ("Relatives of the men told RFE/RL that they had last called in May. They said the "
         "embassy had not answered their letters.", "en", [], "Relatives of the men"),
    ],
)  # fmt: skip
def test_a_plural_pronoun_is_the_group_not_the_outlet_it_told(
    registry: OutletRegistry,
    text: str,
    language: str,
    tagged: list[tuple[str, str]],
    source: str,
) -> None:
    cites = _cites(text, registry, language, tagged)
    second = [c for c in cites if c.start > text.index(".")]
    assert [c.source for c in second] == [source]


# -- an outlet spoken to in a lead clause relays the speaker ---------------------------------


@pytest.mark.parametrize(
    ("text", "tagged", "speaker", "outlet"),
    [
        ("Talking to Republica on Wednesday, Labour Minister Sarita Bhandari clarified that no "
         "work permits for Russia had been issued since January.",
         [("Republica", "ORG"), ("Sarita Bhandari", "PER")], "Labour Minister Sarita Bhandari",
         "Republica"),
        ("Speaking to Kloop by phone, lawyer Aibek Usenov said the men had been sentenced in "
         "absentia.", [("Kloop", "ORG"), ("Aibek Usenov", "PER")], "lawyer Aibek Usenov",
         "Kloop"),
    ],
)  # fmt: skip
def test_an_outlet_spoken_to_in_a_lead_clause_relays_the_speaker(
    registry: OutletRegistry,
    text: str,
    tagged: list[tuple[str, str]],
    speaker: str,
    outlet: str,
) -> None:
    cites = _cites(text, registry, "en", tagged)
    assert sorted((c.kind, c.source, c.relay) for c in cites) == sorted(
        [("reported", speaker, outlet), ("reported", outlet, None)]
    )


def test_he_after_an_agency_named_by_its_kind_is_the_speaker(registry: OutletRegistry) -> None:
    text = (
        "Deputy minister Jasur Tursunov said 300 citizens had been detained in Russia, the state "
        "news agency Xabar24 reported. He also said a hotline had received 900 calls."
    )
    tagged = [("Jasur Tursunov", "PERSON"), ("Xabar24", "ORG")]
    cites = _cites(text, registry, "en", tagged)
    also = [c for c in cites if c.start > text.index("reported.")]
    assert [c.source for c in also] == ["Jasur Tursunov"]


# -- speech nested in reported speech is part of what the outer speaker says -------------------


def test_speech_inside_a_that_clause_is_the_outer_speakers(registry: OutletRegistry) -> None:
    text = (
        "Ram Thapa told The Kathmandu Post that the recruiter had said the job was guarding a "
        "warehouse in St Petersburg."
    )
    cites = _cites(text, registry, "en", [("Ram Thapa", "PERSON"), ("The Kathmandu Post", "ORG")])
    assert sorted((c.kind, c.source) for c in cites) == [
        ("reported", "Ram Thapa"),
        ("reported", "The Kathmandu Post"),
    ]


def test_an_outlet_reporting_after_the_claim_is_no_nested_speech(registry: OutletRegistry) -> None:
    text = "Minister Ali Karimov said 300 citizens had been detained, Interfax reported."
    cites = _cites(text, registry, "en", [("Ali Karimov", "PERSON"), ("Interfax", "ORG")])
    assert sorted(c.source for c in cites) == ["Interfax", "Minister Ali Karimov"]


# -- a press release issued by a body ----------------------------------------------------------


def test_a_release_issued_by_a_body_is_the_bodys(registry: OutletRegistry) -> None:
    text = (
        "Tajikistan's Migration Service opened a hotline. A press release issued by the service "
        "on Friday said 14 recruiters had been detained."
    )
    cites = _cites(text, registry, "en", [("Migration Service", "ORG")])
    assert [(c.kind, c.source, c.role) for c in cites] == [
        ("reported", "Migration Service", "the service")
    ]


# -- a Russian subject opened by a quantifier ---------------------------------------------------


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("На видео, опубликованном в соцсетях, несколько мужчин в форме рассказывают, что их "
         "отправили на передовую без подготовки.", "несколько мужчин в форме"),
        ("Некоторые вернувшиеся рассказали, что контракты подписывали без перевода.",
         "Некоторые вернувшиеся"),
    ],
)  # fmt: skip
def test_a_russian_subject_opened_by_a_quantifier(
    registry: OutletRegistry, text: str, source: str
) -> None:
    cites = _cites(text, registry, "ru", [])
    assert [(c.kind, c.source) for c in cites] == [("reported", source)]


# -- a Russian denial by calling a report false -------------------------------------------------


def test_calling_reports_a_fake_is_a_denial(registry: OutletRegistry) -> None:
    text = (
        "В пресс-службе ГУ МВД по Москве назвали фейком сообщения о рейдах в мечетях. Там "
        "уточнили, что речь идет о плановой проверке."
    )
    cites = _cites(text, registry, "ru", [("ГУ МВД по Москве", "ORG")])
    assert [(c.kind, c.source) for c in cites] == [
        ("reported", "пресс-служба ГУ МВД по Москве"),
        ("reported", "пресс-служба ГУ МВД по Москве"),
    ]
    assert "рейдах в мечетях" in text[slice(*cites[0].supports[0])]


def test_calling_someone_a_hero_is_no_speech(registry: OutletRegistry) -> None:
    text = "Жители села назвали погибшего героем и собрали деньги на памятник."
    assert _cites(text, registry, "ru", []) == []
