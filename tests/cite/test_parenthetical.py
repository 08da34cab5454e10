from __future__ import annotations

from dossier.cite import OutletRegistry, find_citations
from dossier.models import Citation

from .helpers import span_text, timex


def _cites(
    text: str, registry: OutletRegistry, language: str = "en", **dates: str
) -> list[Citation]:
    timexes = [timex(text, phrase, value) for phrase, value in dates.items()]
    return find_citations(text, language, timexes, [], registry)


def test_source_date_and_outlet(registry: OutletRegistry) -> None:
    text = "The court sent the case for a new trial (Kloop.kg, August 30)."
    timexes = [timex(text, "August 30", "2023-08-30")]
    [c] = find_citations(text, "en", timexes, [], registry)
    assert (c.id, c.kind, c.source, c.source_entity, c.date) == (
        "c1",
        "parenthetical",
        "Kloop.kg",
        "outlet:kloop",
        "2023-08-30",
    )
    assert span_text(text, (c.start, c.end)) == "Kloop.kg, August 30"
    assert [span_text(text, s) for s in c.supports] == ["The court sent the case for a new trial"]


def test_two_in_one_with_see_also(registry: OutletRegistry) -> None:
    text = (
        "Migrants were tricked into signing "
        "(Gazeta.uz, October 15, 2022; see EDM, November 8, 2022)."
    )
    timexes = [
        timex(text, "October 15, 2022", "2022-10-15"),
        timex(text, "November 8, 2022", "2022-11-08"),
    ]
    first, second = find_citations(text, "en", timexes, [], registry)
    assert (first.kind, first.source, first.date) == ("parenthetical", "Gazeta.uz", "2022-10-15")
    assert (second.kind, second.source, second.date) == ("see_also", "EDM", "2022-11-08")
    assert second.source_entity == "outlet:edm"
    assert first.supports == second.supports != []


def test_channel_bare_year_and_unknown_source(registry: OutletRegistry) -> None:
    text = (
        "A video appeared (T.me/fargonalilar, February 24, 2022). "
        "Transfers fell (Reuters, 2023). Prices rose (Smith Weekly, March 3)."
    )
    cites = find_citations(text, "en", [], [], registry)
    assert [(c.source, c.source_entity) for c in cites] == [
        ("T.me/fargonalilar", None),
        ("Reuters", "outlet:reuters"),
        ("Smith Weekly", None),
    ]


def test_russian_guillemets(registry: OutletRegistry) -> None:
    text = (
        "Суд отменил приговор («Коммерсантъ», 12 марта). "
        "Это важно (см. «Ведомости», 1 июля 2022 г.)."
    )
    timexes = [timex(text, "12 марта", "2023-03-12"), timex(text, "1 июля 2022", "2022-07-01")]
    first, second = find_citations(text, "ru", timexes, [], registry)
    assert (first.source, first.source_entity, first.date) == (
        "Коммерсантъ",
        "outlet:kommersant",
        "2023-03-12",
    )
    assert (second.kind, second.source_entity, second.date) == (
        "see_also",
        "outlet:vedomosti",
        "2022-07-01",
    )


def test_undated_known_outlet_only_at_sentence_end(registry: OutletRegistry) -> None:
    assert [c.source for c in _cites("The ban was lifted (Reuters).", registry)] == ["Reuters"]
    assert _cites("Radio Free Europe (RFE/RL) said nothing.", registry) == []


def test_parentheses_that_are_not_citations(registry: OutletRegistry) -> None:
    text = (
        "The so-called republics (see below) held votes (in 2022, mostly). "
        "Prices rose (about 20 percent). The man (born March 3, 1980) left (August 30)."
    )
    assert _cites(text, registry) == []


def test_ids_follow_text_order(registry: OutletRegistry) -> None:
    text = "A (RT, July 19). B (Wion, September 4). C (RBC, September 20, 2022)."
    assert [c.id for c in _cites(text, registry)] == ["c1", "c2", "c3"]
