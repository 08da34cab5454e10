from __future__ import annotations

import pytest

from dossier.cite import OutletRegistry, find_citations

from .helpers import span_text


def _found(text: str, registry: OutletRegistry, language: str = "en") -> list[tuple[str, str, str]]:
    return [
        (c.kind, c.source, span_text(text, c.supports[0]) if c.supports else "")
        for c in find_citations(text, language, [], [], registry)
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The ban will be lifted in May, the Interior Ministry said.",
            ("reported", "the Interior Ministry", "The ban will be lifted in May"),
        ),
        (
            "The ministry said on Monday that 40 migrants were detained.",
            ("reported", "The ministry", "40 migrants were detained"),
        ),
        (
            "In a statement, the ministry announced that the border would close.",
            ("reported", "the ministry", "the border would close"),
        ),
        (
            "The queue stretched for 20 kilometers, local media reported.",
            ("reported", "local media", "The queue stretched for 20 kilometers"),
        ),
        (
            "No new wave is planned, spokesman Dmitry Peskov said on Wednesday.",
            ("reported", "spokesman Dmitry Peskov", "No new wave is planned"),
        ),
        (
            "Prices rose by a third, according to Eurasianet.",
            ("according_to", "Eurasianet", "Prices rose by a third"),
        ),
    ],
)
def test_english_shapes(
    registry: OutletRegistry, text: str, expected: tuple[str, str, str]
) -> None:
    assert _found(text, registry) == [expected]


def test_told_an_outlet_gives_two_sources(registry: OutletRegistry) -> None:
    text = "Some 700 people crossed each hour, a border official told Reuters."
    cites = find_citations(text, "en", [], [], registry)
    assert [(c.source, c.source_entity) for c in cites] == [
        ("a border official", None),
        ("Reuters", "outlet:reuters"),
    ]


def test_not_attributions(registry: OutletRegistry) -> None:
    text = (
        "The reported deaths were confirmed later. Two people were reported missing. "
        "Ford cut jobs, citing rising costs. Reports suggest the plan failed."
    )
    assert _found(text, registry) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "По данным МВД, задержаны 30 человек.",
            ("according_to", "МВД", "задержаны 30 человек"),
        ),
        (
            "Как сообщает «Коммерсантъ», пункт отбора открыли в Сахарово.",
            ("reported", "Коммерсантъ", "пункт отбора открыли в Сахарово"),
        ),
        (
            "Задержаны 200 мигрантов, сообщили в пресс-службе ГУ МВД.",
            ("reported", "пресс-служба ГУ МВД", "Задержаны 200 мигрантов"),  # issue 10: nominative
        ),
        (
            "Глава МВД заявил, что граждане выехали за рубеж.",
            ("reported", "Глава МВД", "граждане выехали за рубеж"),
        ),
        (
            "Суд приговорил его к пяти годам, передает «Азаттык».",
            ("reported", "Азаттык", "Суд приговорил его к пяти годам"),
        ),
    ],
)
def test_russian_shapes(
    registry: OutletRegistry, text: str, expected: tuple[str, str, str]
) -> None:
    assert _found(text, registry, "ru") == [expected]


def test_russian_this_was_reported_supports_the_sentence_before(registry: OutletRegistry) -> None:
    text = "Строителей отправили на фронт. Об этом сообщил сервис Радио Свобода."
    [cite] = find_citations(text, "ru", [], [], registry)
    assert cite.source == "сервис Радио Свобода"
    assert [span_text(text, s) for s in cite.supports] == ["Строителей отправили на фронт"]


def test_outlet_registry_names_resolve_in_attributions(registry: OutletRegistry) -> None:
    [cite] = find_citations("По данным «Ведомостей», цены выросли.", "ru", [], [], registry)
    assert cite.source_entity == "outlet:vedomosti"


def test_time_clause_subject_starts_after_the_subordinator(registry: OutletRegistry) -> None:
    text = "The arrests came two days after the embassy in Moscow confirmed the death of a man."
    assert [c.source for c in find_citations(text, "en", [], [], registry)] == [
        "the embassy in Moscow"
    ]


def test_announced_with_a_plain_object_is_no_attribution(registry: OutletRegistry) -> None:
    text = (
        "In September, shortly after Russia announced a mobilization, "
        "the embassy warned citizens that fighting was a crime."
    )
    assert [c.source for c in find_citations(text, "en", [], [], registry)] == ["the embassy"]


def test_relative_clause_is_skipped_before_the_verb(registry: OutletRegistry) -> None:
    text = "Nepal, which has no alliance with Russia, says the practice violates its law."
    [cite] = find_citations(text, "en", [], [], registry)
    assert cite.source == "Nepal"


def test_participle_after_post_posed_verb(registry: OutletRegistry) -> None:
    text = "Permits were suspended, the official told Reuters, speaking on condition of anonymity."
    cites = find_citations(text, "en", [], [], registry)
    assert [c.source for c in cites] == ["the official", "Reuters"]
    assert all(text[slice(*c.supports[0])] == "Permits were suspended" for c in cites)


def test_he_does_not_take_an_outlet(registry: OutletRegistry) -> None:
    text = (
        "Permits were suspended, the official told Reuters. He added that more checks would follow."
    )
    cites = find_citations(text, "en", [], [], registry)
    assert [c.source for c in cites] == ["the official", "Reuters", "the official"]


def test_russian_verb_first_subject_and_quoted_name(registry: OutletRegistry) -> None:
    text = (
        "Суд приговорил мужчину к пяти годам, сообщил пресс-секретарь суда. "
        "Газета «Ведомости» пишет, что приговор обжалуют. В мае суд признал его виновным."
    )
    sources = [c.source for c in find_citations(text, "ru", [], [], registry)]
    assert sources == ["пресс-секретарь суда", "Газета «Ведомости»"]
