"""The store beside a killed or concurrent command: opening, migrating, linking, searching."""

from __future__ import annotations

import multiprocessing
from pathlib import Path

import pytest

from dossier.errors import QueryError, StoreError
from dossier.models import Article, Entity, Extraction
from dossier.store import SQLiteStore, SqlStore, linking, open_store
from dossier.store.migrations import MIGRATIONS
from dossier.store.queries import MAX_TERMS


def person(doc_id: str, name: str, text: str | None = None) -> Extraction:
    text = text or f"{name} was seen in [Bishkek] (see [/x])."
    article = Article(id=doc_id, text=text, title=f"About {name}", language="en")
    return Extraction(article, [Entity("e1", "PERSON", name, [], [(0, len(name))])])


def provisional(store: SqlStore) -> int:
    row = store.conn.execute("SELECT count(*) FROM entities WHERE canonical_id NOT LIKE '%/%'")
    return int(row.fetchone()[0])


def test_a_read_never_creates_a_database(tmp_path: Path) -> None:
    missing = tmp_path / "typo.db"
    with pytest.raises(StoreError, match=r"no database at .*typo\.db \(run `dossier ingest`"):
        open_store(missing, create=False)
    assert not missing.exists()
    empty = tmp_path / "empty.db"
    empty.touch()
    with pytest.raises(StoreError, match="no database at"):
        open_store(empty, create=False)
    assert empty.stat().st_size == 0


def _open(path: str) -> int:
    with SQLiteStore(path) as store:
        return store.schema_version


def test_commands_opening_one_new_file_at_once_all_get_the_schema(tmp_path: Path) -> None:
    for round_ in range(3):
        path = str(tmp_path / f"new{round_}.db")
        with multiprocessing.get_context("fork").Pool(6) as pool:
            versions = pool.map(_open, [path] * 6)
        assert versions == [len(MIGRATIONS)] * 6


def test_the_linked_mark_follows_writes_and_linking(db_address: str) -> None:
    store = open_store(db_address)
    assert not store.linked()
    store.write(person("d1", "Askar Kubanychbek-uulu"))
    assert not store.linked() and provisional(store) == 1
    store.relink()
    assert store.linked() and provisional(store) == 0
    store.write(person("d1", "Askar Kubanychbek-uulu"), "mirror.txt")  # a copy: nothing new
    assert store.linked()
    store.write(person("d2", "Askar Kubanychbek uulu", "Askar Kubanychbek uulu appealed."))
    assert not store.linked()
    store.close()
    # A killed ingest stopped here. The next command, even a read, finishes the linking.
    with open_store(db_address, create=False) as reader:
        assert reader.linked() and provisional(reader) == 0
        assert len(reader.entities("PERSON")) == 1


def test_a_judgement_is_linked_and_marked(db_address: str) -> None:
    store = open_store(db_address)
    store.write(person("d1", "Askar Kubanychbek-uulu"))
    store.write(person("d2", "Askar Kubanychbek uulu", "Askar Kubanychbek uulu appealed."))
    store.relink()
    store.judge("split", "Askar Kubanychbek-uulu", "Askar Kubanychbek uulu")
    assert store.linked() and len(store.entities("PERSON")) == 2


def test_linking_never_overwrites_a_document_stored_meanwhile(
    db_address: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Another command stores a document while this one links: the linking that did not see it
    # must not be written; linking runs again over both.
    store = open_store(db_address)
    store.write(person("d1", "Askar Kubanychbek-uulu"))
    real_link, calls = linking.link, []

    def link_while_another_writes(*args: object, **kwargs: object) -> object:
        if not calls:
            with open_store(db_address) as other:
                other.write(person("d2", "Askar Kubanychbek uulu", "Kubanychbek uulu appealed."))
        calls.append(1)
        return real_link(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(linking, "link", link_while_another_writes)
    store.relink()
    assert len(calls) == 2
    assert store.linked() and provisional(store) == 0
    assert len(store.entities("PERSON")) == 1 and store.entities("PERSON")[0].documents == 2


def test_a_base_that_cannot_be_written_is_read_unlinked(tmp_path: Path) -> None:
    store = SQLiteStore(tmp_path / "t.db")
    store.write(person("d1", "Askar Kubanychbek-uulu"))
    store.conn.execute("PRAGMA query_only = ON")  # as a read-only file or mount would
    assert store.ensure_linked(attempts=1) is False
    assert [e.name for e in store.entities()] == ["Askar Kubanychbek-uulu"]


def test_search_terms_are_deduplicated_and_bounded(db_address: str) -> None:
    store = open_store(db_address)
    store.write(person("d1", "Askar Kubanychbek-uulu"))
    (hit,) = store.search(" ".join(["Bishkek"] * 4000), limit=99999999999999999999)
    # The matched word is marked by its span; the article's own brackets are only text.
    assert hit.snippet.count("[") == 3
    ((start, end),) = hit.marks
    assert hit.snippet[start:end] == "Bishkek" and hit.snippet[start - 1] == "["
    with pytest.raises(QueryError, match=f"at most {MAX_TERMS}"):
        store.search(" ".join(f"w{i}" for i in range(MAX_TERMS + 1)))
