"""Round 10's sources families, each written from the family's description before the fix:
one invented sentence per family, in our own words (as ``test_families.py``)."""

from __future__ import annotations

from dossier.cite import OutletRegistry, find_citations
from dossier.models import Citation, Mention


def _mentions(text: str, tagged: list[tuple[str, str]]) -> list[Mention]:
    out, cursor = [], 0
    for surface, label in tagged:
        start = text.index(surface, cursor)
        out.append(Mention(start, start + len(surface), surface, label, "test"))
        cursor = start + 1
    return out


def _cites(
    text: str,
    registry: OutletRegistry,
    language: str = "en",
    tagged: list[tuple[str, str]] | None = None,
) -> list[Citation]:
    return find_citations(text, language, [], [], registry, _mentions(text, tagged or []))


def _pairs(cites: list[Citation]) -> list[tuple[str, str]]:
    return [(c.kind, c.source) for c in cites]


# -- a comma inside an institution's name ---------------------------------------------


def test_a_listed_name_after_the_comma_is_one_source(registry: OutletRegistry) -> None:
    text = (
        "Three festivals were cancelled this summer, Kyrgyzstan's Ministry of Culture, "
        "Sport and Tourism said on Friday."
    )
    assert ("reported", "Kyrgyzstan's Ministry of Culture, Sport and Tourism") in _pairs(
        _cites(text, registry)
    )


def test_a_listed_name_before_its_verb_is_one_source(registry: OutletRegistry) -> None:
    text = "The Ministry of Culture, Sport and Tourism said the festivals would return in May."
    sources = [c.source.removeprefix("The ") for c in _cites(text, registry)]
    assert sources == ["Ministry of Culture, Sport and Tourism"]


# -- a Russian title before a name the dictionary does not know ------------------------


def test_a_title_and_an_unknown_name_in_the_nominative(registry: OutletRegistry) -> None:
    text = "По словам юриста Шахзоды Умаровой, документы у мужчин забрали в первый же день."
    sources = [c.source for c in _cites(text, registry, "ru")]
    assert sources == ["юрист Шахзода Умарова"], sources


# -- the outlet a Russian speaker told -------------------------------------------------


def test_a_quoted_outlet_told_is_a_relay_even_unknown(registry: OutletRegistry) -> None:
    text = "Сотрудник мэрии рассказал «Городским вестям», что списки готовили заранее."
    cites = _cites(text, registry, "ru")
    assert any(c.kind == "reported" and "вест" in c.source for c in cites), _pairs(cites)
    speaker = next(c for c in cites if c.source == "Сотрудник мэрии")
    assert speaker.relay is not None


def test_an_outlet_after_the_speaker_of_a_quote_is_not_his_name(
    registry: OutletRegistry,
) -> None:
    text = "«Нам никто ничего не объяснил», — сказала Зульфия Радио «Озоди»."
    cites = _cites(text, registry, "ru")
    quote = next(c for c in cites if c.kind == "quote")
    assert quote.source == "Зульфия"
    assert quote.relay is not None
    assert any(c.kind == "reported" and "Озоди" in c.source for c in cites), _pairs(cites)


# -- "в интервью «X»": the outlet that interviewed the speaker --------------------------


def test_an_interview_outlet_relays_the_speaker(registry: OutletRegistry) -> None:
    text = (
        "Депутат Олег Рябов заявил в интервью «Курьеру», что поправки «давно назрели и нужны всем»."
    )
    cites = _cites(text, registry, "ru", [("Олег Рябов", "PER")])
    speaker = next(c for c in cites if c.source.endswith("Олег Рябов"))
    assert speaker.relay is not None, _pairs(cites)
    assert any(c.kind == "reported" and "Курьер" in c.source for c in cites), _pairs(cites)


def test_an_interview_outlet_without_a_quotation(registry: OutletRegistry) -> None:
    text = "Депутат Олег Рябов заявил в интервью «Курьеру», что поправки давно назрели."
    cites = _cites(text, registry, "ru", [("Олег Рябов", "PER")])
    assert any(c.kind == "reported" and "Курьер" in c.source for c in cites), _pairs(cites)


# -- an aside between commas before the verb ------------------------------------------


def test_an_aside_of_origin_does_not_hide_the_subject(registry: OutletRegistry) -> None:
    text = (
        "Two neighbours of the missing welder, from Jalal-Abad, said the man had left for "
        "Russia in March to work on a building site."
    )
    assert _pairs(_cites(text, registry)) == [("reported", "Two neighbours of the missing welder")]
