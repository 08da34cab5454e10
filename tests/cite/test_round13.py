"""Round 13's sources and quantities families (english_dev6, russian_dev7), each test
written from the family's description before its fix, in sentences of our own.

Mentions are given by hand, as the analyze stage would give them, so these tests do not
depend on a model.
"""

from __future__ import annotations

import pytest

from dossier.cite import OutletRegistry

from .test_families import _cites

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
