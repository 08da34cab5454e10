"""Round 13's sources and quantities families (english_dev6, russian_dev7), each test
written from the family's description before its fix, in sentences of our own.

Mentions are given by hand, as the analyze stage would give them, so these tests do not
depend on a model.
"""

from __future__ import annotations

import pytest

from dossier.cite import OutletRegistry, find_citations
from dossier.measure import find_quantities
from dossier.models import Sentence

from .test_families import _cites, _mentions

# -- a transcript's turns: "Name: …" opening a paragraph is that speaker's ------------------


@pytest.mark.parametrize(
    ("text", "language", "tagged", "expected"),
    [
        # a guest's turns, the full name and then the surname alone; questions give none
        ("Host: How many men are still missing?\n\n"
         "Ruslan Ermekov: We count about forty. Our consulate in Rostov confirmed 12 deaths.\n\n"
         "Host: What do the families want?\n\n"
         "Ermekov: Their sons back, and the truth about the contracts.",
         "en", [("Ruslan Ermekov", "PERSON")],
         [("reported", "Ruslan Ermekov"), ("reported", "Ermekov")]),
        # a label with what the guest stands for in brackets
        ("Presenter: Is anyone helping them?\n\n"
         "Olga Petrenko (Memorial): Lawyers in four cities take these cases for free.",
         "en", [("Olga Petrenko", "PERSON")], [("reported", "Olga Petrenko")]),
        # Russian, a long title before the name in the first label
        ("Ведущий: Сколько обращений вы получили?\n\n"
         "Начальник отдела по делам мигрантов Тимур Асанов: За год — больше трехсот.\n\n"
         "Асанов: Большинство касается выплат семьям погибших.",
         "ru", [("Тимур Асанов", "PER")],
         [("reported", "Тимур Асанов"), ("reported", "Асанов")]),
    ],
)  # fmt: skip
def test_a_transcript_turn_is_its_speakers_claim(
    registry: OutletRegistry,
    text: str,
    language: str,
    tagged: list[tuple[str, str]],
    expected: list[tuple[str, str]],
) -> None:
    cites = _cites(text, registry, language, tagged)
    assert [(c.kind, c.source) for c in cites] == expected
    for c in cites:  # the turn's words, not its label
        assert all(text[s:e].split(":")[0] != c.source for s, e in c.supports)


def test_the_programmes_own_correspondent_gives_no_turn(registry: OutletRegistry) -> None:
    text = (
        "ANCHOR: The police say they have detained a recruiter. Our reporter in Osh, Aibek "
        "Toktorov, has the details.\n\n"
        "AIBEK TOKTOROV: The man was held at the airport with 40 passports in his bag."
    )
    cites = _cites(
        text, registry, "en", [("Aibek Toktorov", "PERSON"), ("AIBEK TOKTOROV", "PERSON")]
    )
    assert [(c.kind, c.source) for c in cites] == [("reported", "The police")]


def test_a_colon_in_a_body_sentence_is_no_turn(registry: OutletRegistry) -> None:
    text = (
        "Aliya Sadykova listed what the agency had promised: a salary, a flat and a passport. "
        "Nobody has been charged."
    )
    assert _cites(text, registry, "en", [("Aliya Sadykova", "PERSON")]) == []


# -- "одного из них": one of a group, in its base form -------------------------------------


@pytest.mark.parametrize(
    ("phrase", "nominative"),
    [
        ("одного из них", "один из них"),
        ("одного из задержанных", "один из задержанных"),
        ("одной из участниц пикета", "одна из участниц пикета"),
        # a function word is never read as a rare noun ("из" as a plural of a name)
        ("источника из окружения губернатора", "источник из окружения губернатора"),
    ],
)  # fmt: skip
def test_one_of_a_group_is_put_in_the_nominative_and_a_preposition_stays(
    phrase: str, nominative: str
) -> None:
    from dossier.cite.morph import nominative_phrase

    assert nominative_phrase(phrase, "gent") == nominative


def test_po_slovam_odnogo_iz_nikh(registry: OutletRegistry) -> None:
    text = (
        "Два сотрудника военкомата рассказали изданию о новых правилах. По словам одного из "
        "них, иностранцев стало больше."
    )
    sources = [c.source for c in _cites(text, registry, "ru") if c.kind == "according_to"]
    assert sources == ["один из них"]


# -- quantities ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        # a shilling is the one of the country the text speaks of, as a rupee is
        ("NAIROBI — Each recruit in Kenya paid about 250,000 shillings to the agent.", "KES"),
        ("Police in Kampala said the Ugandan men paid 4 million shillings each.", "UGX"),
        ("Families in Dar es Salaam, Tanzania, paid 900,000 shillings.", "TZS"),
        ("The agency charged KSh 300,000 per applicant.", "KES"),
    ],
)  # fmt: skip
def test_a_shilling_is_the_country_the_text_speaks_of(text: str, unit: str) -> None:
    assert [q.unit for q in find_quantities(text, "en")] == [unit]


@pytest.mark.parametrize(
    ("text", "counted"),
    [
        # an adjective's noun may end like a past verb ("дела", "села")
        ("Возбуждено 34 уголовных дела по статье о наемничестве.", "уголовных дела"),
        ("Рейды прошли в 12 соседних селах и 5 крупных селах района.", "соседних селах"),
        # a noun phrase in quotation marks after the number
        ("Уже 41 «новый гражданин» заключил контракт.", "новый гражданин"),
        # a past verb after a noun still ends the phrase
        ("Около 200 мигрантов задержаны на стройке.", "мигрантов"),
    ],
)  # fmt: skip
def test_a_russian_counted_noun_after_its_adjective(text: str, counted: str) -> None:
    assert find_quantities(text, "ru")[0].counted == counted


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        # a number closing a name in quotation marks is part of the name
        ("Посол дал интервью телеканалу «Россия 24» в среду.", "ru", []),
        ("He told the channel \"Channel 5\" that 40 men were held.", "en", [40.0]),
        # an age after "who is" set off by commas
        ("Her son, who is 19, left for Moscow in July.", "en", [19.0]),
    ],
)  # fmt: skip
def test_a_number_in_a_quoted_name_is_none_and_who_is_19_an_age(
    text: str, language: str, expected: list[float]
) -> None:
    found = find_quantities(text, language)
    assert [q.value for q in found] == expected
    assert all(q.unit == "year" for q in found if "who is" in text)


# -- a live blog's time line: a subject never runs across a line break ------------------------


@pytest.mark.parametrize(
    ("text", "tagged", "source"),
    [
        ("Latest updates\n\n10:05 IST\nThe Ministry of External Affairs says 20 Indians are "
         "still awaiting discharge.", [("The Ministry of External Affairs", "ORG")],
         "The Ministry of External Affairs"),
        ("Latest updates\n\n11:20 GMT\nThe family of a missing man from Osh says he was "
         "killed in March.", [], "The family of a missing man from Osh"),
        ("Latest updates\n\nUPDATE 2\nThe interior ministry said 14 recruiters had been "
         "detained.", [], "The interior ministry"),
    ],
)  # fmt: skip
def test_a_subject_starts_after_a_line_break(
    registry: OutletRegistry, text: str, tagged: list[tuple[str, str]], source: str
) -> None:
    # the model's sentence runs from the time line to the full stop, as spaCy gives it
    head = text.index("\n\n")
    sentences = [Sentence(0, head), Sentence(head + 2, len(text))]
    mentions = _mentions(text, tagged)
    cites = find_citations(text, "en", [], sentences, registry, mentions)
    assert [c.source for c in cites] == [source]
    assert all("\n" not in text[s:e] for c in cites for s, e in c.supports)


# -- a broadcaster a speaker talked to: "в интервью телеканалу «X»", "в эфире радио «X»" --------


@pytest.mark.parametrize(
    ("text", "speaker", "outlet"),
    [
        # an interview with a broadcaster's kind word, before the verb
        ("Посол Непала Рам Тапа в интервью телеканалу «Мир 24» заявил, что вербовка "
         "продолжается.", "Рам Тапа", "Мир 24"),
        # on air, after the verb, the station's kind word in any case
        ("Депутат Олег Смирнов заявил в эфире радио «Вести FM», что закон примут осенью.",
         "Олег Смирнов", "Вести FM"),
        ("Депутат Олег Смирнов заявил в эфире телеканала «Дождь», что закон примут осенью.",
         "Олег Смирнов", "Дождь"),
        # a kind word capitalised as part of the name's spelling ("Радио «Свобода»")
        ("Жительница Оша Айгуль Мамытова рассказала Радио «Свобода», что ее сын пропал.",
         "Айгуль Мамытова", "Свобода"),
    ],
)  # fmt: skip
def test_a_broadcaster_a_russian_speaker_talked_to_relays_him(
    registry: OutletRegistry, text: str, speaker: str, outlet: str
) -> None:
    cites = [c for c in _cites(text, registry, "ru") if c.kind == "reported"]
    assert len(cites) == 2
    said, told = cites if cites[1].source == outlet else cites[::-1]
    assert told.source == outlet and said.source.endswith(speaker)  # a title may stay
    assert said.relay == outlet


# -- a Telegram channel the registry does not know, named after its kind word ------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a Latin name after "телеграм-канал" is the channel's; "канал" then takes it
        ("На стройке задержали 40 мигрантов, пишет телеграм-канал Ostorozhno. По данным "
         "канала, восемь из них отправили в военкомат.",
         [("reported", "Ostorozhno", None), ("according_to", "Ostorozhno", "канал")]),
        ("Телеграм-канал Rybar со ссылкой на источник сообщил, что батальон сформирован.",
         [("reported", "Rybar", None), ("according_to", "источник", None)]),
        # someone who talked to the channel is relayed by it
        ("На стройке задержали 40 мигрантов, пишет телеграм-канал Ostorozhno. Как рассказал "
         "каналу один из задержанных, у них забрали паспорта.",
         [("reported", "Ostorozhno", None), ("reported", "один из задержанных", None),
          ("reported", "Ostorozhno", "канал")]),
    ],
)  # fmt: skip
def test_a_latin_name_after_a_russian_channel_word_is_an_outlet(
    registry: OutletRegistry, text: str, expected: list[tuple[str, str, str | None]]
) -> None:
    cites = _cites(text, registry, "ru")
    assert [(c.kind, c.source, c.role) for c in cites] == expected
    relays = {c.source: c.relay for c in cites}
    if "один из задержанных" in relays:
        assert relays["один из задержанных"] == "Ostorozhno"
    if "источник" in relays:
        assert relays["источник"] == "Rybar"


def test_a_speaker_who_told_the_outlet_described_is_relayed(registry: OutletRegistry) -> None:
    text = (
        "На стройке задержали 40 мигрантов, пишет «Фонтанка». Как рассказал изданию один из "
        "задержанных, у них забрали паспорта."
    )
    cites = [(c.source, c.role, c.relay) for c in _cites(text, registry, "ru")]
    assert ("один из задержанных", None, "Фонтанка") in cites
    assert ("Фонтанка", "издание", None) in cites


# -- "X of the Y Committee said": a person's name before the body, untagged --------------------


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # the tagger missed the name (no person mention): the name's own shape tells it
        ("Natalia Vorontsova of the Civic Assistance Committee said 30 men had been threatened.",
         "Natalia Vorontsova"),
        ("Farrukh Saidov from the Tajik labour ministry said the figures were incomplete.",
         "Farrukh Saidov"),
        # a body's name stays whole ("Human Rights Watch", not a person)
        ("The Committee of Soldiers' Mothers said 30 men had been threatened.",
         "The Committee of Soldiers' Mothers"),
    ],
)  # fmt: skip
def test_a_name_before_its_body_is_the_person_tagged_or_not(
    registry: OutletRegistry, text: str, speaker: str
) -> None:
    assert [c.source for c in _cites(text, registry, "en")] == [speaker]


# -- "Сам обвиняемый заявил": an emphatic pronoun is no part of the subject --------------------


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Сам обвиняемый признал вину и заявил, что поехал в Россию на заработки.", "обвиняемый"),
        ("Сама женщина утверждает, что подписи под контрактом не ставила.", "женщина"),
        ("Сами задержанные рассказали, что их привезли из общежития.", "задержанные"),
    ],
)  # fmt: skip
def test_an_emphatic_pronoun_before_a_russian_subject_is_dropped(
    registry: OutletRegistry, text: str, source: str
) -> None:
    assert [c.source for c in _cites(text, registry, "ru")] == [source]


# -- an aside between a long English subject and its verb --------------------------------------


@pytest.mark.parametrize(
    ("text", "source"),
    [
        # a non-restrictive relative clause after a noun phrase of more than three words
        ("A representative of the Russian mission in Geneva, who attended the launch, said "
         "the report relied on unverified claims.",
         "A representative of the Russian mission in Geneva"),
        ("The head of the migrant rights centre in Osh, who has tracked such cases since "
         "2022, said most families never received the promised payments.",
         "The head of the migrant rights centre in Osh"),
        # an aside telling where a group is from
        ("Two of the men she recruited, both from Cameroon, said they were sent to an "
         "assault unit.", "Two of the men she recruited"),
    ],
)  # fmt: skip
def test_an_aside_after_a_long_english_subject_is_no_part_of_it(
    registry: OutletRegistry, text: str, source: str
) -> None:
    assert [c.source for c in _cites(text, registry, "en")] == [source]
