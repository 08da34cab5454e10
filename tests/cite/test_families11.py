"""Round 11's sources and quantities families (english_dev4, russian_dev5), each test
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
        # only the upper bound carries a scale word, and the lower bound is whole already
        ("Fees ran from 650,000 to 2.4 million roubles.", (650000.0, 2400000.0, "RUB")),
        ("between $900,000 and $1.1 million", (900000.0, 1100000.0, "USD")),
        # the scale word still covers a small lower bound
        ("from 3 to 4 million rubles", (3000000.0, 4000000.0, "RUB")),
    ],
)  # fmt: skip
def test_a_range_whose_upper_bound_alone_has_a_scale(
    text: str, expected: tuple[float, float, str]
) -> None:
    found = find_quantities(text, "en")
    assert len(found) == 1
    assert (found[0].value, found[0].value_max, found[0].unit) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a rupee belongs to the country the text speaks of most
        ("A Pokhara agency in Nepal took Rs 900,000 from each Nepali recruit.",
         (900000.0, "NPR", None)),
        ("Families in Sri Lanka said agents in Colombo asked up to Rs. 450,000.",
         (450000.0, "LKR", "at_most")),
        ("The Indian workers from Punjab paid about 250,000 rupees each.",
         (250000.0, "INR", "about")),
        # Indian scale words
        ("Agents in India demanded Rs 3 lakh.", (300000.0, "INR", None)),
    ],
)  # fmt: skip
def test_rupees_by_the_country_of_the_text(
    text: str, expected: tuple[float, str, str | None]
) -> None:
    found = [q for q in find_quantities(text, "en") if q.value and q.value > 1000]
    assert [(q.value, q.unit, q.approx) for q in found] == [expected]


def test_rupees_with_no_country_have_no_currency() -> None:
    found = find_quantities("He was paid Rs 80,000.", "en")
    assert [(q.value, q.unit) for q in found] == [(80000.0, None)]


# -- relays -------------------------------------------------------------------------------


def _relays(text: str, registry: OutletRegistry, tagged: list[tuple[str, str]]) -> set[tuple]:
    return {(c.kind, c.source, c.relay) for c in _cites(text, registry, "en", tagged)}


@pytest.mark.parametrize(
    ("text", "tagged", "expected"),
    [
        # an outlet whose name holds a slash or a possessive, told after a quotation
        ('Her brother, Timur Aliev, was detained. "They took his phone," he told RFE/RL.',
         [("Timur Aliev", "PERSON")], ("reported", "RFE/RL", None)),
        ('"Nobody warned us," Zarina Umarova told RFE/RL\'s Uzbek Service.',
         [("Zarina Umarova", "PERSON")],
         ("quote", "Zarina Umarova", "RFE/RL's Uzbek Service")),
        # an adverb between a name set off after its description and "told"
        ("A lawyer for the families, Oksana Belova, also told Vlast.kz that the men were "
         "tricked.", [("Oksana Belova", "PERSON")], ("reported", "Oksana Belova", "Vlast.kz")),
        # outlets the registry now knows
        ("A volunteer, Irina Petrova, told The Moscow Times that 12 men were sent to the front.",
         [("Irina Petrova", "PERSON")], ("reported", "The Moscow Times", None)),
    ],
)  # fmt: skip
def test_an_outlet_told_relays(
    text: str, tagged: list[tuple[str, str]], expected: tuple, registry: OutletRegistry
) -> None:
    assert expected in _relays(text, registry, tagged)


# -- Russian: an outlet giving someone's words, named before "слова" --------------------------


@pytest.mark.parametrize(
    ("text", "tagged", "expected"),
    [
        # a quoted outlet before "слова": the speaker in the genitive, put in the nominative
        ("«Границы закрывать никто не собирается», — приводит «Фергана» слова советника "
         "Ивана Орлова.", [("Ивана Орлова", "PER")],
         {("quote", "советник Иван Орлов", "Фергана"), ("reported", "Фергана", None)}),
        # a kind word, then an outlet's name in Latin letters, then "слова"
        ("«Люди уезжают каждый день», — приводит газета The Kathmandu Post слова посла "
         "Сергея Белова.", [("Сергея Белова", "PER")],
         {("quote", "посол Сергей Белов", "The Kathmandu Post"),
          ("reported", "The Kathmandu Post", None)}),
    ],
)  # fmt: skip
def test_an_outlet_before_the_words_it_gives(
    text: str, tagged: list[tuple[str, str]], expected: set[tuple], registry: OutletRegistry
) -> None:
    got = {(c.kind, c.source, c.relay) for c in _cites(text, registry, "ru", tagged)}
    assert expected <= got


def test_a_guessed_indeclinable_surname_takes_its_ending(registry: OutletRegistry) -> None:
    # a foreign surname the dictionary lacks, whose "-хи" it guesses as a fixed name, is a
    # genitive of "-ха" after "слов" of a long title
    text = "По словам посла Непала в Москве Бимала Ранатхи, семьи ждут ответа."
    cites = _cites(text, registry, "ru", [("Бимала Ранатхи", "PER")])
    assert [c.source for c in cites] == ["посол Непала в Москве Бимал Ранатха"]


@pytest.mark.parametrize(
    ("text", "tagged", "expected"),
    [
        # "в интервью" an outlet without quotation marks, after the verb: a relay
        ("Набор продолжится до осени, заявил в интервью ТАСС военный комиссар области Олег "
         "Смирнов.", [("Олег Смирнов", "PER")],
         {("reported", "военный комиссар области Олег Смирнов", "ТАСС"),
          ("reported", "ТАСС", None)}),
        # "в интервью" with no outlet is no part of the speaker
        ("Набор продолжится до осени, сказал в интервью военный комиссар области Олег "
         "Смирнов.", [("Олег Смирнов", "PER")],
         {("reported", "военный комиссар области Олег Смирнов", None)}),
    ],
)  # fmt: skip
def test_an_interview_after_the_verb(
    text: str, tagged: list[tuple[str, str]], expected: set[tuple], registry: OutletRegistry
) -> None:
    got = {(c.kind, c.source, c.relay) for c in _cites(text, registry, "ru", tagged)}
    assert got == expected


def test_an_outlet_named_before_its_kind_word_relays_a_quote(registry: OutletRegistry) -> None:
    # "…, X said, according to the Interfax news agency": the known outlet by its name
    text = (
        '"Every recruit signs of his own free will," Colonel Orlov said, according to the '
        "Interfax news agency."
    )
    got = {(c.kind, c.source, c.relay) for c in _cites(text, registry, "en", [("Orlov", "PERSON")])}
    assert ("according_to", "Interfax", None) in got
    assert any(kind == "quote" and relay == "Interfax" for kind, _, relay in got)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an unnamed person after "according to" / "citing" keeps the named body he is in
        ("According to a source at the State Migration Service, 40 permits were revoked.",
         ("according_to", "a source at the State Migration Service")),
        ("Forty permits were revoked, Kun.uz reported, citing two officials in the Agency "
         "for External Labour Migration under the Ministry of Employment.",
         ("according_to",
          "two officials in the Agency for External Labour Migration under the Ministry of "
          "Employment")),
        # a time after "in" is no body
        ("According to officials in March, 40 permits were revoked.",
         ("according_to", "officials")),
    ],
)  # fmt: skip
def test_an_unnamed_person_keeps_his_named_body(
    text: str, expected: tuple[str, str], registry: OutletRegistry
) -> None:
    assert expected in {(c.kind, c.source) for c in _cites(text, registry, "en")}


@pytest.mark.parametrize(
    ("text", "tagged", "expected"),
    [
        # a lone document word stands for the body that issued it, named before; no role
        ("The Interior Ministry of Tajikistan said on Monday that 12 recruiters were held. "
         "The statement added that four had fled abroad.",
         [("The Interior Ministry of Tajikistan", "ORG")],
         ("reported", "The Interior Ministry of Tajikistan", None)),
        # "the report" after "according to" is a noun, not the verb "report"
        ("Amnesty International published its findings on Friday. According to the report, "
         "30 migrants were coerced.", [("Amnesty International", "ORG")],
         ("according_to", "Amnesty International", None)),
    ],
)  # fmt: skip
def test_a_document_stands_for_the_body_that_issued_it(
    text: str, tagged: list[tuple[str, str]], expected: tuple, registry: OutletRegistry
) -> None:
    last = max(_cites(text, registry, "en", tagged), key=lambda c: c.start)
    assert (last.kind, last.source, last.role) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the claim, a colon, and a short person or institution noun closing the headline
        ("Recruiters promised jobs in Moscow warehouses: Ambassador\n\nThe envoy spoke on "
         "Monday.", ("reported", "Ambassador")),
        ("Forty migrants held in dawn raids on hostels: Prosecutor's office\n\nThe raids "
         "went on.", ("reported", "Prosecutor's office")),
        # a capitalised adjective and a person noun before the colon
        ("Uzbek ombudswoman: families get no answers from Moscow\n\nThe letters went "
         "unanswered.", ("reported", "Uzbek ombudswoman")),
    ],
)  # fmt: skip
def test_a_headline_source_by_its_colon(
    text: str, expected: tuple[str, str], registry: OutletRegistry
) -> None:
    assert expected in {(c.kind, c.source) for c in _cites(text, registry, "en")}


def test_a_label_before_a_colon_is_no_source(registry: OutletRegistry) -> None:
    text = "Explainer: why Nepal stopped sending workers abroad\n\nThe ban came in January."
    assert _cites(text, registry, "en") == []


def test_a_word_of_a_slashed_name_is_no_speaker(registry: OutletRegistry) -> None:
    # the tagger may read "RL" of "RFE/RL" as a person; a pronoun then takes the speaker
    text = (
        "Zarina Umarova told RFE/RL that her son was drafted in May. "
        "She added that he had no military training."
    )
    tagged = [("Zarina Umarova", "PERSON"), ("RL", "PERSON")]
    last = max(_cites(text, registry, "en", tagged), key=lambda c: c.start)
    assert last.source == "Zarina Umarova"


def test_a_document_takes_the_body_cited_as_issuing_it(registry: OutletRegistry) -> None:
    # the platform the statement was posted on is named later, but issued nothing
    text = (
        "The Border Service said it had turned back 30 men, in a statement posted on "
        "Facebook. The statement said all had Russian contracts."
    )
    tagged = [("The Border Service", "ORG"), ("Facebook", "ORG")]
    last = max(_cites(text, registry, "en", tagged), key=lambda c: c.start)
    assert (last.source, last.role) == ("The Border Service", None)


def test_an_adverb_before_told_after_a_quoted_speaker(registry: OutletRegistry) -> None:
    # a speaker set off by commas, an adverb, "told" an outlet, then a closing quotation
    text = (
        'A lawyer for the men, Askar Nurlanov, also told Reuters that the case was "built '
        'on nothing at all".'
    )
    got = {
        (c.kind, c.source, c.relay)
        for c in _cites(text, registry, "en", [("Askar Nurlanov", "PERSON")])
    }
    assert ("quote", "Askar Nurlanov", "Reuters") in got
    assert ("reported", "Reuters", None) in got


def test_a_russian_kind_word_before_a_known_outlet(registry: OutletRegistry) -> None:
    # "пишет телеграм-канал X" with X unquoted and known: the outlet by its name, which
    # relays the source it cites and which "канал" later stands for
    text = (
        "В Казани задержали 40 мигрантов, пишет телеграм-канал Baza со ссылкой на "
        "источник в полиции. По информации канала, всех доставили в военкомат."
    )
    got = {(c.kind, c.source, c.role, c.relay) for c in _cites(text, registry, "ru")}
    assert ("reported", "Baza", None, None) in got
    assert ("according_to", "источник в полиции", None, "Baza") in got
    assert ("according_to", "Baza", "канал", None) in got


# -- quantities, second pass ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        # "a" before "dozen" after a qualifier: the whole phrase, with its qualifier
        ("Police held roughly a dozen recruiters.", "en", ("roughly a dozen", 12.0, None, "about")),
        # a half after a number word
        ("He got six and a half years.", "en", ("six and a half years", 6.5, "year", None)),
        ("Ему дали четыре с половиной года.", "ru", ("четыре с половиной года", 4.5, "year", None)),
        # a month before a comma is no day: the number after it counts
        ("He left in March, three weeks after he signed.", "en",
         ("three weeks", 3.0, "week", None)),
        # a Russian qualifier before "на"
        ("Контракт заключают не более чем на два года.", "ru",
         ("не более чем на два года", 2.0, "year", "at_most")),
        # "сотни" after a qualifier is a hundred
        ("Через него прошли более сотни человек.", "ru", ("более сотни", 100.0, None, "more_than")),
    ],
)  # fmt: skip
def test_number_words_with_a_half_a_dozen_and_a_qualifier(
    text: str, language: str, expected: tuple[str, float, str | None, str | None]
) -> None:
    found = find_quantities(text, language)
    assert [(q.text, q.value, q.unit, q.approx) for q in found] == [expected]


def test_a_vague_plural_hundred_is_no_number() -> None:
    assert find_quantities("Сотни мигрантов ждали у входа.", "ru") == []


def test_a_bare_number_takes_the_currency_before_it_in_its_sentence() -> None:
    text = "Tver pays 2 million rubles to each recruit, and Kursk pays 800,000. It has 40 posts."
    found = find_quantities(text, "en")
    assert [(q.value, q.unit) for q in found] == [
        (2000000.0, "RUB"),
        (800000.0, "RUB"),
        (40.0, None),
    ]


# -- speakers introduced by a relative clause or a long apposition --------------------------


def test_a_name_then_a_title_without_article_before_said(registry: OutletRegistry) -> None:
    # the apposition opens with a bare title and "of": the name before it speaks, not the
    # object after the verb
    text = (
        "Anna Petrova, head of the regional migration department, said checks at markets "
        "would go on."
    )
    got = {(c.kind, c.source) for c in _cites(text, registry, "en", [("Anna Petrova", "PERSON")])}
    assert got == {("reported", "Anna Petrova")}


@pytest.mark.parametrize(
    ("text", "source"),
    [
        # a restrictive relative clause, with no comma, belongs to the subject
        ("A neighbour who asked not to be named said three men had left in May.",
         "A neighbour who asked not to be named"),
        # a long plural subject whose relative clause takes it past the usual length
        ("The parents of three students from the Osh region who travelled to Moscow in March "
         "say the young men were sent to the front.",
         "The parents of three students from the Osh region who travelled to Moscow in March"),
        # a share of a group: the group speaks
        ("Nearly half of the 300 workers polled by the union said they had been offered "
         "contracts.", "the 300 workers polled by the union"),
    ],
)  # fmt: skip
def test_long_subjects_of_said(text: str, source: str, registry: OutletRegistry) -> None:
    assert [(c.kind, c.source) for c in _cites(text, registry, "en")] == [("reported", source)]


def test_a_relative_clause_that_gives_the_speakers_name(registry: OutletRegistry) -> None:
    # "identified only as X" names the speaker; the pronoun after it is the same man
    text = (
        '"Nobody paid us for four months," the soldier, who asked to be identified only as '
        "Rustam, said by phone. He said his unit had lost half its men."
    )
    got = [(c.kind, c.source) for c in _cites(text, registry, "en")]
    assert got == [("quote", "Rustam"), ("reported", "Rustam")]


def test_a_russian_description_then_the_name_after_a_comma(registry: OutletRegistry) -> None:
    # "один из …, депутат X": the named person after the description is the speaker, and a
    # later "парламентарий" is him
    text = (
        "В Госдуму внесли поправки о гражданстве. Об этом РИА Новости рассказал один из "
        "разработчиков документа, депутат Андрей Клишин. «Мы ждем поддержки», — отметил "
        "парламентарий."
    )
    got = {
        (c.kind, c.source, c.role)
        for c in _cites(text, registry, "ru", [("Андрей Клишин", "PERSON")])
    }
    assert ("reported", "депутат Андрей Клишин", None) in got
    assert ("quote", "Андрей Клишин", "парламентарий") in got


def test_adding_that_is_a_second_claim_of_the_same_speaker(registry: OutletRegistry) -> None:
    text = (
        "About 300 Nepalis are fighting for Russia, Foreign Minister Ram Sharma told "
        "lawmakers on Monday, adding that at least 20 had been killed."
    )
    cites = _cites(text, registry, "en", [("Ram Sharma", "PERSON")])
    got = [(c.kind, c.source, text[c.supports[0][0] : c.supports[0][1]]) for c in cites]
    assert got[-1] == ("reported", "Foreign Minister Ram Sharma", "at least 20 had been killed")
    assert len(got) == 2


def test_a_country_in_the_genitive_ends_the_title_not_opens_the_name(
    registry: OutletRegistry,
) -> None:
    # "… по труду Кыргызстана Азамат Исаев": the country closes the long title
    text = (
        "Около 5 тысяч мигрантов вернулись домой, сообщил РИА Новости начальник управления "
        "по вопросам труда Кыргызстана Азамат Исаев."
    )
    got = {(c.kind, c.source) for c in _cites(text, registry, "ru", [("Азамат Исаев", "PERSON")])}
    assert ("reported", "Азамат Исаев") in got
