"""A small linked store for the export tests, written through the store directly (no NLP).

Three documents: an analysis (d1) with a detention, a casualty toll, a recruitment drive
dated by a week, a statement dated by a season and a planned recruitment; a second report of
the detention by another outlet (d2); and a republished copy of the analysis (d3).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from dossier.events.cluster import place as placement_of
from dossier.models import Article, Citation, Entity, Event, Extraction, Geo, Quantity, Span
from dossier.store import SQLiteStore

TEXT = (
    "Askar Kubanychbek-uulu was detained in Bishkek in January 2023 (Kloop.kg, August 30).\n\n"
    "At least 93 recruits from Kyrgyzstan died in Ukraine in June 2023, according to "
    "Asiaplus.tj.\n\n"
    "The Wagner Group recruited migrants in Moscow in the week of April 3, 2023.\n\n"
    "In the summer of 2022 Kirill Kabanov said the migrants must serve.\n\n"
    "The Wagner Group plans to recruit more men in 2024."
)
NAME = "Askar Kubanychbek-uulu"
SECOND = "Askar Kubanychbek-uulu was detained in Bishkek in January 2023, Kaktus Media reported."


def span(text: str, part: str, nth: int = 0) -> Span:
    start = -1
    for _ in range(nth + 1):
        start = text.index(part, start + 1)
    return start, start + len(part)


def sentence(text: str, start: str) -> Span:
    """The paragraph that begins with ``start`` (each paragraph here is one sentence)."""
    begin = text.index(start)
    end = text.find("\n\n", begin)
    return begin, end if end >= 0 else len(text)


def analysis(doc_id: str = "d1", url: str = "https://kloop.kg/news/recruits") -> Extraction:
    text = TEXT
    article = Article(
        id=doc_id, text=text, url=url, title="Recruits and their cases", publisher="Kloop",
        published="2023-09-01", published_basis="metadata", language="en",
    )  # fmt: skip
    entities = [
        Entity("e1", "PERSON", NAME, [], [span(text, NAME)]),
        Entity("e2", "PLACE", "Bishkek", [], [span(text, "Bishkek")], Geo(42.87, 74.59, "KG")),
        Entity("e3", "PLACE", "Ukraine", [], [span(text, "Ukraine")], Geo(49.08, 32.28, "UA")),
        Entity("e4", "ORG", "Wagner Group", ["Wagner"],
               [span(text, "Wagner Group"), span(text, "Wagner Group", 1)]),
        Entity("e5", "PLACE", "Moscow", [], [span(text, "Moscow")], Geo(55.75, 37.62, "RU")),
        Entity("e6", "PERSON", "Kirill Kabanov", [], [span(text, "Kirill Kabanov")]),
        Entity("e7", "OUTLET", "Kloop", ["Kloop.kg"], [span(text, "Kloop.kg")]),
        Entity("e8", "PLACE", "Kyrgyzstan", [], [span(text, "Kyrgyzstan")],
               Geo(41.35, 72.90, "KG")),
    ]  # fmt: skip
    quantity = Quantity(*span(text, "At least 93"), "At least 93", 93.0, None,
                        approx="at_least", counted="recruits")  # fmt: skip
    cite = span(text, "(Kloop.kg, August 30)")
    citations = [
        Citation("c1", "Kloop.kg", "parenthetical", *cite, "outlet:kloop", "2023-08-30",
                 [(0, cite[0] - 1)]),
        Citation("c2", "Asiaplus.tj", "according_to", *span(text, "according to Asiaplus.tj"),
                 "outlet:asiaplus", None, [sentence(text, "At least 93")]),
    ]  # fmt: skip
    events = [
        Event("v1", "detention", sentence(text, "Askar"), trigger=span(text, "detained"),
              date="2023-01", reported="2023-08-30", targets=["e1"], place="e2",
              citations=["c1"], confidence=0.8),
        Event("v2", "casualty", sentence(text, "At least 93"), date="2023-06", place="e3",
              quantities=[0], citations=["c2"], summary="At least 93 recruits died in Ukraine"),
        Event("v3", "recruitment", sentence(text, "The Wagner Group recruited"),
              date="2023-W14", actors=["e4"], place="e5"),
        Event("v4", "statement", sentence(text, "In the summer"), date="2022-SU",
              actors=["e6"]),
        Event("v5", "recruitment", sentence(text, "The Wagner Group plans"), date="2024",
              actors=["e4"], modality="planned"),
    ]  # fmt: skip
    for event in events:
        event.placement = placement_of(event, article.published)
    return Extraction(article, entities, [], [quantity], citations, events)


def second_report() -> Extraction:
    text = SECOND
    article = Article(
        id="d2", text=text, url="https://kaktus.media/detained", title="Detained",
        publisher="Kaktus Media", published="2023-09-02", published_basis="metadata",
        language="en",
    )  # fmt: skip
    entities = [
        Entity("e1", "PERSON", NAME, [], [span(text, NAME)]),
        Entity("e2", "PLACE", "Bishkek", [], [span(text, "Bishkek")], Geo(42.87, 74.59, "KG")),
        Entity("e3", "OUTLET", "Kaktus Media", [], [span(text, "Kaktus Media")]),
    ]  # fmt: skip
    citations = [Citation("c1", "Kaktus Media", "reported", *span(text, "Kaktus Media reported"),
                          "outlet:kaktus", None, [(0, text.index(","))])]  # fmt: skip
    event = Event("v1", "detention", (0, len(text)), date="2023-01", targets=["e1"],
                  place="e2", citations=["c1"])  # fmt: skip
    event.placement = placement_of(event, article.published)
    return Extraction(article, entities, [], [], citations, [event])


def build(path: Path) -> Path:
    with SQLiteStore(path) as store:
        store.write(analysis(), "analysis.txt")
        store.write(second_report(), "https://kaktus.media/detained")
        store.write(analysis("d3", "https://mirror.example.org/recruits"), "mirror.html")
        store.relink()
        if not store.copy_groups():
            store.judge("merge", "d1", "d3", "copy")
    return path


@pytest.fixture(scope="session")
def built_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A store nobody changes: tests that review copy it first (see ``db``)."""
    return build(tmp_path_factory.mktemp("export") / "base.db")


@pytest.fixture
def db(built_db: Path, tmp_path: Path) -> Path:
    """A fresh copy of the small store, free to review and judge."""
    target = tmp_path / "dossier.db"
    with SQLiteStore(built_db, create=False) as source, SQLiteStore(target) as copy:
        source.conn.backup(copy.conn)
    return target
