"""The store suite: every test that takes ``store`` or ``db_address`` runs on SQLite and on
PostgreSQL (see ``db_address`` in tests/conftest.py); the rest are SQLite's own."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest

from dossier.contract import to_contract, validate
from dossier.errors import DossierError, StoreError
from dossier.events.cluster import place as placement_of
from dossier.models import Article, Citation, Entity, Event, Extraction, Geo, Timex
from dossier.store import SQLiteStore, SqlStore, TimelineFilter, open_store
from dossier.store.db import integrity_errors
from dossier.store.grouping import from_card
from dossier.store.migrations import MIGRATIONS
from dossier.store.sortkey import sort_key

TEXT = (
    "Askar Kubanychbek-uulu was detained in January 2023 (Kloop.kg, August 30). "
    "Kubanychbek-uulu was sentenced in Bishkek."
)


def span(text: str, part: str, nth: int = 0) -> tuple[int, int]:
    start = -1
    for _ in range(nth + 1):
        start = text.index(part, start + 1)
    return start, start + len(part)


def make_extraction(text: str = TEXT, doc_id: str = "d1") -> Extraction:
    kub, kub2 = span(text, "Askar Kubanychbek-uulu"), span(text, "Kubanychbek-uulu", 1)
    bishkek, cite = span(text, "Bishkek"), span(text, "(Kloop.kg, August 30)")
    first, second = span(text, TEXT.split(". ")[0]), span(text, "Kubanychbek-uulu was sentenced")
    article = Article(id=doc_id, text=text, title="Case", published="2023-09", language="en")
    person = Entity("e1", "PERSON", "Askar Kubanychbek-uulu", ["Kubanychbek-uulu"], [kub, kub2])
    place = Entity("e2", "PLACE", "Bishkek", [], [bishkek], Geo(42.87, 74.59, "KG"))
    citation = Citation("c1", "Kloop.kg", "parenthetical", *cite, "outlet:kloop", "2023-08-30",
                        [(0, cite[0] - 1)])  # fmt: skip
    detained = Event("v1", "detention", first, date="2023-01", reported="2023-08-30",
                     targets=["e1"], citations=["c1"], confidence=0.8)  # fmt: skip
    sentenced = Event("v2", "prosecution", second, actors=[], targets=["e1"], place="e2")
    planned = Event("v3", "recruitment", kub, date="2024", modality="planned")
    for event in (detained, sentenced, planned):
        event.placement = placement_of(event, article.published)
    return Extraction(
        document=article,
        entities=[person, place],
        timexes=[Timex(*span(text, "January 2023"), "January 2023", "DATE", "2023-01")],
        citations=[citation],
        events=[detained, sentenced, planned],
    )


@pytest.fixture
def store(db_address: str) -> Iterator[SqlStore]:
    with open_store(db_address) as opened:
        yield opened


def test_fixture_is_a_valid_contract() -> None:
    validate(to_contract(make_extraction()))


def test_schema_is_migrated_and_wal(tmp_path: Path) -> None:
    store = SQLiteStore(tmp_path / "t.db")
    assert store.schema_version == len(MIGRATIONS)
    assert store.conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def test_write_is_idempotent(store: SqlStore) -> None:
    first = store.write(make_extraction(), "a.txt")
    again = store.write(make_extraction(), "a.txt")
    copy = store.write(make_extraction(), "mirror.html")
    assert first.created and not again.created and not copy.created
    counts = store.counts()
    assert (counts.documents, counts.copies, counts.events, counts.citations) == (1, 1, 3, 1)


def test_round_trip_of_the_contract(store: SqlStore) -> None:
    extraction = make_extraction()
    store.write(extraction)
    (back,) = store.extractions()
    assert to_contract(back) == to_contract(extraction)


def test_timeline_orders_by_date_and_marks_what_places_each_row(store: SqlStore) -> None:
    store.write(make_extraction())
    store.relink()
    rows = store.timeline(TimelineFilter())
    # v2 has no date of its own and no dated citation: the article's date places it;
    # v3 is planned and hidden unless asked for.
    assert [r.event_id for r in rows] == ["v1", "v2"]
    assert rows[0].when == "2023-01" and rows[0].placed_by == "happened"
    assert rows[0].precision == "month" and rows[0].reports == 1
    assert rows[0].sources == ("Kloop.kg",)
    assert (rows[1].when, rows[1].placed_by) == ("2023-09", "published")
    every = store.timeline(TimelineFilter(include_unasserted=True))
    assert [r.event_id for r in every] == ["v1", "v2", "v3"]


def test_timeline_filters(store: SqlStore) -> None:
    store.write(make_extraction())
    store.relink()
    assert store.timeline(TimelineFilter(entity="Kubanychbek-uulu"))
    (person,) = store.entities("PERSON")
    by_id = store.timeline(TimelineFilter(entity=person.id))
    assert [r.event_id for r in by_id] == ["v1", "v2"]
    assert [r.event_id for r in store.timeline(TimelineFilter(entity="Bishkek"))] == ["v2"]
    assert not store.timeline(TimelineFilter(types=("casualty",)))
    assert store.timeline(TimelineFilter(since="2023-01", until="2023"))
    assert not store.timeline(TimelineFilter(since="2023-10"))
    assert not store.timeline(TimelineFilter(source="RT"))


def test_entities_case_file_and_sources(store: SqlStore) -> None:
    store.write(make_extraction())
    store.relink()
    names = {e.name: e for e in store.entities()}
    assert names["Bishkek"].lat == pytest.approx(42.87)
    case = store.case_file("kubanychbek-uulu")
    assert case is not None and case.entity.name == "Askar Kubanychbek-uulu"
    assert [e.event_id for e in case.events] == ["v1", "v2"]
    assert store.case_file("nobody") is None
    (source,) = store.sources()
    assert (source.source, source.claims, source.first_date) == ("Kloop.kg", 1, "2023-08-30")


def test_search_tolerates_fts_syntax(store: SqlStore) -> None:
    store.write(make_extraction())
    (hit,) = store.search("detained January")
    assert hit.document_id == "d1" and "[detained]" in hit.snippet
    assert store.search('"unbalanced AND (') == []
    assert store.search("") == []


def test_failed_write_leaves_nothing(store: SqlStore) -> None:
    broken = make_extraction(doc_id="d2")
    broken.events.append(Event("v1", "x", (0, 1)))  # duplicate event id -> constraint error
    with pytest.raises(integrity_errors()):
        store.write(broken)
    assert store.counts().documents == 0
    assert store.search("detained") == []


def test_newer_schema_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "future.db"
    sqlite3.connect(path).execute("PRAGMA user_version = 999")
    with pytest.raises(StoreError, match="newer"):
        SQLiteStore(path)


def test_not_a_database(tmp_path: Path) -> None:
    path = tmp_path / "junk.db"
    path.write_bytes(b"not sqlite at all" * 100)
    with pytest.raises(StoreError):
        SQLiteStore(path)


@pytest.mark.parametrize(
    ("value", "key"),
    [("2023", "2023"), ("2023-05", "2023-05"), ("2023-05-14", "2023-05-14"),
     ("2022-SU", "2022-06"), ("2022-Q3", "2022-07"), ("2023-W36", "2023-09-04"),
     ("XXXX-08-30", None), ("PRESENT_REF", None), (None, None)],
)  # fmt: skip
def test_sort_key(value: str | None, key: str | None) -> None:
    assert sort_key(value) == key


def test_entities_link_across_documents_and_judgements_persist(store: SqlStore) -> None:
    store.write(make_extraction())
    second = make_extraction(TEXT + " The appeal is pending.", doc_id="d2")
    second.entities[0].name = "Askar Kubanychbek uulu"
    store.write(second)
    store.relink()
    people = [e for e in store.entities("PERSON")]
    assert len(people) == 1 and people[0].documents == 2
    store.judge("split", "Askar Kubanychbek-uulu", "Askar Kubanychbek uulu")
    assert len(store.entities("PERSON")) == 2
    store.write(make_extraction())  # a re-ingest of the same document ...
    store.relink()  # ... and a relink keep the split
    assert len(store.entities("PERSON")) == 2
    store.judge("merge", "Askar Kubanychbek-uulu", "Bishkek")
    assert len({e.id for e in store.entities()}) == 2
    with pytest.raises(DossierError, match="no entity"):
        store.judge("merge", "Nobody", "Bishkek")


def test_the_cli_timeline_applies_the_analysts_reviews(db_address: str) -> None:
    from dossier import verbs

    db = db_address
    with open_store(db) as store:
        store.write(make_extraction())
        store.relink()
    rows = verbs.timeline(db)
    assert [r.event_id for r in rows] == ["v1", "v2"]
    verbs.review_fact("ana", "happening", rows[0].happening_id, "reject", db=db)
    verbs.review_fact("ana", "happening", rows[1].happening_id, "edit", "2023-08-30", "date", db=db)
    (edited,) = verbs.timeline(db)
    assert (edited.event_id, edited.when, edited.precision) == ("v2", "2023-08-30", "day")
    assert edited.placed_by == "reviewed"


def test_a_citations_role_and_relay_are_stored(store: SqlStore) -> None:
    extraction = make_extraction()
    extraction.citations[0].role = "the court's press service"
    extraction.citations[0].relay = "Kloop.kg"
    store.write(extraction)
    row = store.conn.execute("SELECT role, relay FROM citations WHERE id = 'c1'").fetchone()
    assert (row[0], row[1]) == ("the court's press service", "Kloop.kg")


def test_migration_8_fills_role_and_relay_from_the_stored_contract(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    with SQLiteStore(path) as store:
        extraction = make_extraction()
        extraction.citations[0].relay = "Kloop.kg"
        store.write(extraction)
        # As a base of schema 7 had it: the columns were not there.
        _undo_migration_9(store.conn)
        store.conn.execute("ALTER TABLE citations DROP COLUMN role")
        store.conn.execute("ALTER TABLE citations DROP COLUMN relay")
        store.conn.execute("PRAGMA user_version = 7")
    with SQLiteStore(path) as store:
        assert store.schema_version == len(MIGRATIONS)
        row = store.conn.execute("SELECT role, relay FROM citations WHERE id = 'c1'").fetchone()
        assert (row[0], row[1]) == (None, "Kloop.kg")


def _undo_migration_9(conn: sqlite3.Connection) -> None:
    """The schema as it was before migration 9 (what linking keeps per entity), and so
    before migration 10 (report cards; the tally goes with entity_summary) and 11 (each
    event's outcome)."""
    conn.execute("ALTER TABLE events DROP COLUMN outcome")
    conn.execute("DROP TABLE report_cards")
    conn.execute("DROP TABLE entity_happenings")
    conn.execute("DROP TABLE entity_summary")
    conn.execute("DROP TABLE entity_lookup")
    conn.execute("DROP INDEX happenings_type")
    conn.execute("DROP INDEX entities_canonical")
    conn.execute("CREATE INDEX entities_canonical ON entities(canonical_id)")
    conn.execute("DELETE FROM meta WHERE key = 'entity_index'")


def test_migration_9_fills_the_entity_index_and_summaries_follow(tmp_path: Path) -> None:
    # A linked base of schema 8 opened by this version: the entity filter and the case file
    # read the new index at once; the summaries, missing until the next linking, are made
    # from the records meanwhile, and linking then stores the same.
    path = tmp_path / "old.db"
    with SQLiteStore(path) as store:
        store.write(make_extraction())
        store.write(make_extraction(doc_id="d2"))
        store.relink()
        before = store.case_file("Kubanychbek-uulu")
        rows = store.conn.execute("SELECT * FROM entity_happenings ORDER BY 1, 2").fetchall()
        assert rows and before is not None and before.events
        _undo_migration_9(store.conn)
        store.conn.execute("PRAGMA user_version = 8")
    with SQLiteStore(path) as store:
        assert store.schema_version == len(MIGRATIONS)
        kept = store.conn.execute("SELECT * FROM entity_happenings ORDER BY 1, 2").fetchall()
        assert kept == rows
        assert store.conn.execute("SELECT count(*) FROM entity_summary").fetchone()[0] == 0
        assert store.case_file("Kubanychbek-uulu") == before
        assert store.linked()
        store.write(make_extraction(doc_id="d3"))
        store.relink()  # a scoped linking, which rebuilds the tables of an older version
        assert store.conn.execute("SELECT count(*) FROM entity_summary").fetchone()[0] >= 2
        case = store.case_file("Kubanychbek-uulu")
        assert case is not None and case.entity.documents == 3


def test_an_events_outcome_is_stored_and_linked_by(tmp_path: Path) -> None:
    # Migration 11: a base of schema 10 gains the column, its events without an outcome; an
    # outcome written is read back into the reports that linking builds and keeps as cards.
    path = tmp_path / "old.db"
    with SQLiteStore(path) as store:
        store.write(make_extraction())
        store.conn.execute("ALTER TABLE events DROP COLUMN outcome")
        store.conn.execute("PRAGMA user_version = 10")
    with SQLiteStore(path) as store:
        assert store.schema_version == len(MIGRATIONS)
        assert {r[0] for r in store.conn.execute("SELECT outcome FROM events")} == {None}
        extraction = make_extraction(doc_id="d2")
        extraction.events[0].outcome = "bury"
        store.write(extraction)
        store.relink()
        stored = store.conn.execute("SELECT outcome FROM events WHERE document_id = 'd2'")
        assert [r[0] for r in stored][:1] == ["bury"]
        cards = store.conn.execute("SELECT card FROM report_cards WHERE document_id = 'd2'")
        assert "bury" in [from_card(r[0]).outcome for r in cards]
