"""Round 12's sources and quantities families (english_dev5, russian_dev6), each test
written from the family's description before its fix, in sentences of our own.

Mentions are given by hand, as the analyze stage would give them, so these tests do not
depend on a model.
"""

from __future__ import annotations

import pytest

from dossier.cite import OutletRegistry
from dossier.measure import find_quantities

from .test_families import _cites

# -- quantities ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a bare comparative before "на" tells by how much something changed, no bound
        ("Число мигрантов стало меньше на 15 процентов.", (15.0, "percent", None)),
        ("Выплаты стали больше на 20%.", (20.0, "percent", None)),
        # with "чем" or "не" it stays a bound
        ("Цены выросли более чем на 20%.", (20.0, "percent", "more_than")),
        ("Контракт подписан не менее чем на один год.", (1.0, "year", "at_least")),
    ],
)  # fmt: skip
def test_a_russian_comparative_before_na_is_a_difference(
    text: str, expected: tuple[float, str, str | None]
) -> None:
    found = find_quantities(text, "ru")
    assert [(q.value, q.unit, q.approx) for q in found] == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Recruits were paid about 200,000 taka a month.", (200000.0, "BDT", "about")),
        ("Some of the recruits were as young as 19.", (19.0, "year", None)),
        ("The oldest was as old as 58, the ministry said.", (58.0, "year", None)),
        ("He joined the army at the age of 21.", (21.0, "year", None)),
    ],
)  # fmt: skip
def test_taka_and_ages_told_by_as_young_as(
    text: str, expected: tuple[float, str, str | None]
) -> None:
    found = find_quantities(text, "en")
    assert [(q.value, q.unit, q.approx) for q in found] == [expected]


# -- the gender of an English speaker ------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "tagged", "speaker"),
    [
        # a kin noun before a name tells a man: "she" skips him for the woman named before
        ("Zarina Usmonova last saw her son Dilshod in May. He had been picking grapes near "
         "Krasnodar when police stopped him, she said.",
         [("Zarina Usmonova", "PERSON"), ("Dilshod", "PERSON")], "Zarina Usmonova"),
        ("Kamila Yusupova has not seen her husband Farid since spring. The mother of three said "
         "he had gone north for work.",
         [("Kamila Yusupova", "PERSON"), ("Farid", "PERSON")], "Kamila Yusupova"),
        # a transliterated Slavic or Central Asian surname tells a woman or a man
        ("Nadezhda Korolyova met Timur Bakirov at the bus station. She told reporters he "
         "was calm.",
         [("Nadezhda Korolyova", "PERSON"), ("Timur Bakirov", "PERSON")], "Nadezhda Korolyova"),
        ("Anvar Sadykov met Leila Nazarova at the bus station. He told reporters she was calm.",
         [("Anvar Sadykov", "PERSON"), ("Leila Nazarova", "PERSON")], "Anvar Sadykov"),
        # and a description of a man skips a woman named by her kin noun
        ("Rustam Aliev could not reach his daughter Malika for weeks. The father said the "
         "embassy never answered.",
         [("Rustam Aliev", "PERSON"), ("Malika", "PERSON")], "Rustam Aliev"),
    ],
)  # fmt: skip
def test_an_english_pronoun_or_description_takes_a_speaker_of_its_gender(
    registry: OutletRegistry, text: str, tagged: list[tuple[str, str]], speaker: str
) -> None:
    cites = [c for c in _cites(text, registry, "en", tagged) if c.kind == "reported"]
    assert [c.source for c in cites] == [speaker]


# -- "в беседе с …": the outlet a speaker talked to -------------------------------------


@pytest.mark.parametrize(
    ("text", "speaker", "outlet"),
    [
        ("Мать солдата в беседе с «Фонтанкой» рассказала, что сын пропал в мае.",
         "Мать солдата", "Фонтанка"),
        ("Жена задержанного в разговоре с «Новой газетой» заявила, что его избили.",
         "Жена задержанного", "Новая газета"),
    ],
)  # fmt: skip
def test_a_russian_conversation_with_an_outlet_is_no_part_of_the_speaker(
    registry: OutletRegistry, text: str, speaker: str, outlet: str
) -> None:
    cites = {c.source: c for c in _cites(text, registry, "ru") if c.kind == "reported"}
    assert set(cites) == {speaker, outlet}
    assert cites[speaker].relay == outlet


def test_a_conversation_with_the_outlet_named_before_is_that_outlet(
    registry: OutletRegistry,
) -> None:
    text = (
        "В Душанбе осудили троих вербовщиков, сообщает «Азия-Плюс». Родственники осужденных "
        "в беседе с изданием утверждают, что мужчин обманули."
    )
    cites = [(c.source, c.role, c.relay) for c in _cites(text, registry, "ru")]
    assert ("Родственники осужденных", None, "Азия-Плюс") in cites
    assert ("Азия-Плюс", "издание", None) in cites


# -- an outlet that gave someone's words in quotation marks --------------------------------


@pytest.mark.parametrize(
    ("text", "tagged", "speaker", "outlet"),
    [
        # the speaker in the passive, the outlet after "by"
        ('The agency\'s director, Rustam Nazarov, was quoted by Interfax as saying that the '
         'checks would go on "for as long as it takes".',
         [("Rustam Nazarov", "PERSON"), ("Interfax", "ORG")], "Rustam Nazarov", "Interfax"),
        # the outlet first
        ('TASS quoted Rustam Nazarov as saying: "The checks will go on for as long as it '
         'takes."', [("TASS", "ORG"), ("Rustam Nazarov", "PERSON")], "Rustam Nazarov", "TASS"),
    ],
)  # fmt: skip
def test_an_outlet_quoting_someone_relays_his_quotation(
    registry: OutletRegistry,
    text: str,
    tagged: list[tuple[str, str]],
    speaker: str,
    outlet: str,
) -> None:
    cites = [(c.kind, c.source, c.relay) for c in _cites(text, registry, "en", tagged)]
    assert ("quote", speaker, outlet) in cites
    assert ("reported", outlet, None) in cites


def test_an_outlet_giving_his_words_after_a_russian_quotation(registry: OutletRegistry) -> None:
    text = (
        "Переговоры продолжаются, сообщил посол Алишер Каримов. «Мы ждем ответа от российской "
        "стороны», — "
        "приводит его слова агентство Интерфакс."
    )
    cites = _cites(text, registry, "ru")
    quotes = [(c.source, c.relay) for c in cites if c.kind == "quote"]
    assert quotes == [("посол Алишер Каримов", "Интерфакс")]  # a one-word title stays
    assert ("reported", "Интерфакс", None) in [(c.kind, c.source, c.relay) for c in cites]


# -- a name set off after a description the cue introduces ---------------------------------


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("The region will pay each recruit 300,000 rubles, TASS reported, citing the regional "
         "governor, Igor Lebedev.", "Igor Lebedev"),
        ("Most of the detainees were released within a day, according to the head of the "
         "migration centre, Olga Petrenko.", "Olga Petrenko"),
    ],
)  # fmt: skip
def test_a_name_set_off_after_the_description_a_cue_introduces(
    registry: OutletRegistry, text: str, source: str
) -> None:
    cites = [c.source for c in _cites(text, registry) if c.kind == "according_to"]
    assert cites == [source]


# -- an organisation whose name has no institution word the lists know ---------------------


def test_a_rights_group_named_like_a_person_is_the_group_a_description_takes(
    registry: OutletRegistry,
) -> None:
    text = (
        "Amnesty International said in a report on Tuesday that migrants had been coerced. "
        "The group said it had interviewed 40 men. The Defence Ministry did not reply. "
        "According to the report, recruiters offered large sums."
    )
    tagged = [("Defence Ministry", "ORG")]
    triples = _triples_of(_cites(text, registry, "en", tagged))
    assert ("reported", "Amnesty International", "The group") in triples
    assert ("according_to", "Amnesty International", None) in triples


# -- a relative of someone is no one named before --------------------------------------


@pytest.mark.parametrize(
    ("text", "name", "speaker"),
    [
        ("Judge Marat Akhmetov gave the man five years. The man's brother told reporters the "
         "family would appeal.", "Marat Akhmetov", "The man's brother"),
        ("Anvar Sadykov was detained in May. His mother said he had done nothing wrong.",
         "Anvar Sadykov", "His mother"),
    ],
)  # fmt: skip
def test_a_possessed_kin_noun_is_its_own_source(
    registry: OutletRegistry, text: str, name: str, speaker: str
) -> None:
    cites = _cites(text, registry, "en", [(name, "PERSON")])
    assert [(c.source, c.role) for c in cites if c.kind == "reported"][:1] == [(speaker, None)]


def _triples_of(cites: list) -> list[tuple[str, str, str | None]]:  # type: ignore[type-arg]
    return [(c.kind, c.source, c.role) for c in cites]


# -- Russian: a site told by its domain; what an investigation or a court established ------


def test_a_site_told_by_its_domain_before_the_speaker(registry: OutletRegistry) -> None:
    text = "Как рассказал Sibnovosti.ru источник в полиции, задержанным предложили контракт."
    cites = [(c.source, c.relay) for c in _cites(text, registry, "ru")]
    assert ("источник в полиции", "Sibnovosti.ru") in cites
    assert ("Sibnovosti.ru", None) in cites


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Как установило следствие, мужчина подписал контракт в 2023 году.", "следствие"),
        ("Как установил суд, осужденный получал деньги от вербовщика.", "суд"),
    ],
)  # fmt: skip
def test_what_an_investigation_established_is_reported(
    registry: OutletRegistry, text: str, source: str
) -> None:
    assert [(c.kind, c.source) for c in _cites(text, registry, "ru")] == [("reported", source)]


def test_the_investigation_takes_only_an_investigative_body(registry: OutletRegistry) -> None:
    text = (
        "Суд приговорил мужчину к семи годам, сообщили в пресс-службе областного суда. "
        "Как установило следствие, он подписал контракт в 2023 году."
    )
    cites = [(c.source, c.role) for c in _cites(text, registry, "ru")]
    assert ("следствие", None) in cites
