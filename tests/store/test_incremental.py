"""Incremental linking: after an ingest only the new documents' neighbourhood is linked again,
and the base ends as a full linking would leave it (on both engines)."""

from __future__ import annotations

import random
from collections import defaultdict
from pathlib import Path
from typing import Any

import pytest

from dossier.models import Extraction
from dossier.store import SqlStore, linking, open_store
from tests.conftest import EXAMPLES, run_cli


@pytest.fixture(scope="module")
def extractions(tmp_path_factory: pytest.TempPathFactory) -> list[Extraction]:
    """The sample articles as the pipeline extracts them (one ingest, read back)."""
    db = tmp_path_factory.mktemp("incremental") / "examples.db"
    result = run_cli("ingest", str(EXAMPLES), "--db", str(db))
    assert result.returncode == 0, result.stderr
    with open_store(db, create=False) as store:
        return store.extractions()


def partitions(store: SqlStore) -> dict[str, Any]:
    """What linking decided, by membership (group ids may differ with history)."""
    entities, happenings = defaultdict(set), defaultdict(set)
    for r in store.conn.execute("SELECT document_id, local_id, canonical_id FROM entities"):
        entities[r[2]].add(f"{r[0]}/{r[1]}")
    for r in store.conn.execute("SELECT document_id, id, happening_id FROM events"):
        happenings[r[2]].add(f"{r[0]}/{r[1]}")
    rows = store.conn.execute(
        "SELECT h.id, h.type, h.value, h.basis, h.reports, h.sources, h.conflicts FROM happenings h"
    )
    summaries = {frozenset(happenings[r[0]]): (r[1], r[2], r[3], r[4], r[5], r[6]) for r in rows}
    return {
        "entities": {frozenset(m) for m in entities.values()},
        "happenings": {frozenset(m) for m in happenings.values()},
        "copies": {frozenset(g.documents) for g in store.copy_groups()},
        "summaries": summaries,
    }


def entity_tables(store: SqlStore) -> tuple[list[Any], ...]:
    def rows(sql: str) -> list[Any]:
        return sorted(tuple(r) for r in store.conn.execute(sql))

    return (
        rows("SELECT * FROM entity_happenings"),
        rows("SELECT * FROM entity_summary"),
        rows("SELECT * FROM entity_lookup"),
        # A report's card, kept from the linking that last built it, is what a full linking
        # builds: linking reads it in place of the tables.
        rows("SELECT * FROM report_cards"),
    )


def _scoped_calls(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """The number of new documents of each scoped linking from now on."""
    scoped: list[int] = []
    real = linking._scoped

    def counted(conn: Any, new: list[str]) -> Any:
        scoped.append(len(new))
        return real(conn, new)

    monkeypatch.setattr(linking, "_scoped", counted)
    return scoped


def test_linking_new_documents_ends_as_a_full_linking(
    extractions: list[Extraction], db_address: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    scoped = _scoped_calls(monkeypatch)
    order = list(extractions)
    random.Random(7).shuffle(order)
    with open_store(db_address) as store:
        for extraction in order[:12]:
            store.write(extraction)
        store.relink()
        assert scoped == []  # a first linking is a full one
        for start in range(12, len(order), 2):  # then a few documents at a time
            for extraction in order[start : start + 2]:
                store.write(extraction)
            store.relink()
        assert len(scoped) == len(range(12, len(order), 2)) and store.linked()
        incremental = partitions(store)
        kept = entity_tables(store)
        store.relink(full=True)
        assert partitions(store) == incremental
        # What linking keeps per entity, refreshed after each scoped linking, is what a full
        # one rebuilds (ids stay put through a full linking).
        assert entity_tables(store) == kept
        # The timeline reads the same rows as after a full linking.
        ids = {r[0] for r in store.conn.execute("SELECT id FROM happenings")}
        assert ids == {r[0] for r in store.conn.execute("SELECT happening_id FROM events")}


def test_ids_stay_put_when_a_document_joins(extractions: list[Extraction], tmp_path: Path) -> None:
    # A group keeps its id when a new record joins it, even one whose key sorts first, so
    # that reviews and links to an entity or a happening survive ingests.
    with open_store(tmp_path / "t.db") as store:
        for extraction in extractions[:-1]:
            store.write(extraction)
        store.relink()
        before = {
            (r[0], r[1]): r[2]
            for r in store.conn.execute("SELECT document_id, local_id, canonical_id FROM entities")
        }
        store.write(extractions[-1])
        store.relink()
        after = {
            (r[0], r[1]): r[2]
            for r in store.conn.execute("SELECT document_id, local_id, canonical_id FROM entities")
        }
        assert all(after[k] == v for k, v in before.items())


def _story(name: str) -> dict[str, Extraction]:
    """The documents of one story of the tuned happenings gold, through the pipeline."""
    import yaml

    from dossier.models import RawDocument
    from dossier.parse import parse
    from dossier.pipeline import Options, extract_articles

    root = Path(__file__).resolve().parents[2] / "eval" / "happenings" / "tuned"
    [path] = root.glob(f"{name}_*.yaml")
    out = {}
    for doc in yaml.safe_load(path.read_text(encoding="utf-8"))["documents"]:
        raw = RawDocument(
            origin=f"{doc['id']}.txt", content=doc["text"].encode("utf-8"),
            content_type="text/plain", title=doc["title"], published=doc["published"],
        )  # fmt: skip
        options = Options(published=doc["published"], language=doc["language"])
        (out[doc["id"]],) = extract_articles([parse(raw)], options)
    return out


@pytest.mark.slow
@pytest.mark.parametrize("between", [(), ("t01-b",)], ids=["alone", "after-b"])
def test_a_story_found_by_two_near_misses_links_as_a_full_linking_does(
    extractions: list[Extraction],
    db_address: str,
    between: tuple[str, ...],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # t01-a never names the man; t01-c reports his verdict and detention with one detail
    # short of enough each (rule 6): ingested last, alone, its story must still be found,
    # with t01-b (which names him) stored or not.
    story = _story("t01")
    with open_store(db_address) as store:
        for extraction in [*extractions, story["t01-a"], *(story[d] for d in between)]:
            store.write(extraction)
        store.relink()
        store.write(story["t01-c"])
        scoped = _scoped_calls(monkeypatch)
        store.relink()
        assert scoped == [1]  # the last linking was a scoped one
        incremental = partitions(store)
        store.relink(full=True)
        assert partitions(store) == incremental
    a, c = story["t01-a"].document.id, story["t01-c"].document.id
    joined = [h for h in incremental["happenings"] if {k.split("/")[0] for k in h} >= {a, c}]
    assert len(joined) >= 2  # the verdict and the detention
