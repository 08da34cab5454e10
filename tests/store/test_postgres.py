"""The PostgreSQL backend as a team uses it: commands on a server address, several ingest
processes writing at once, search in each document's language, clear errors.

These need a server (DOSSIER_TEST_PG; see ``db_address`` in tests/conftest.py); the store suite
itself (test_store.py, test_safety.py) runs on both engines.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from dossier.errors import StoreError
from dossier.models import Article, Entity, Extraction
from dossier.store import describe, open_store
from dossier.store.db import translate
from tests.conftest import EXAMPLES, ROOT, new_pg_database, run_cli

SMALL = [
    EXAMPLES / "wire-kyrgyz-supreme-court-mercenary-case.txt",
    EXAMPLES / "repost-kyrgyz-court-world-desk.txt",
    EXAMPLES / "ru-kg-mercenary-verdict-overturned.txt",
    EXAMPLES / "wire-nepal-halts-permits-russia.txt",
]


@pytest.fixture
def pg(request: pytest.FixtureRequest) -> str:
    return new_pg_database(request)


def doc(doc_id: str, text: str, language: str) -> Extraction:
    return Extraction(Article(id=doc_id, text=text, title=doc_id, language=language), [])


def test_the_sql_is_translated_outside_literals_only() -> None:
    sql = "INSERT OR IGNORE INTO t (a, b) SELECT ?, instr(x, '?%') FROM u WHERE v LIKE '%/%'"
    assert translate(sql) == (
        "INSERT INTO t (a, b) SELECT %s, strpos(x, '?%%') FROM u WHERE v LIKE '%%/%%' "
        "ON CONFLICT DO NOTHING"
    )


def test_search_stems_by_the_documents_language(pg: str) -> None:
    with open_store(pg) as store:
        store.write(doc("ru1", "Суд приговорил мигрантов из Киргизии к срокам.", "ru"))
        store.write(doc("en1", "The court sentenced the recruiters in Bishkek.", "en"))
        store.write(doc("de1", "Das Gericht verurteilte die Anwerber.", "de"))
        # Russian and English stems: other forms of the words find the documents.
        assert [h.document_id for h in store.search("мигранты")] == ["ru1"]
        (hit,) = store.search("recruiter sentences")
        assert hit.document_id == "en1" and "[sentenced]" in hit.snippet
        # Another language is indexed word for word ("simple"), with no English stemming.
        assert [h.document_id for h in store.search("Anwerber")] == ["de1"]
        assert store.search("Anwerb") == []
        assert store.search('"unbalanced AND (') == []


def test_a_read_never_creates_a_base_and_errors_are_one_line(pg: str) -> None:
    with pytest.raises(StoreError, match="no Dossier base at postgresql://"):
        open_store(pg, create=False)
    refused = "postgresql://nobody:secret@127.0.0.1:1/none?connect_timeout=2"
    result = run_cli("timeline", "--db", refused)
    assert result.returncode == 1 and result.stdout == ""
    (message,) = result.stderr.strip().splitlines()
    assert "cannot connect" in message and "secret" not in message
    assert "secret" not in describe(refused)


def _ingest(db: str, *paths: Path) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", "dossier", "ingest", *map(str, paths), "--db", db],
        cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )  # fmt: skip


@pytest.mark.slow
def test_concurrent_ingests_lose_and_duplicate_nothing(pg: str, tmp_path: Path) -> None:
    # Two processes ingest overlapping inputs into one base at once; the base ends as one
    # ingest of all of them into a SQLite file would.
    first, second = _ingest(pg, *SMALL[:3]), _ingest(pg, *SMALL[1:])
    for process in (first, second):
        _, stderr = process.communicate(timeout=600)
        assert process.returncode == 0, stderr
    reference = tmp_path / "one.db"
    assert run_cli("ingest", *map(str, SMALL), "--db", str(reference)).returncode == 0
    with open_store(pg, create=False) as server, open_store(reference, create=False) as file:
        got, want = server.counts(), file.counts()
        assert (got.documents, got.events, got.citations, got.happenings) == (
            want.documents, want.events, want.citations, want.happenings,
        )  # fmt: skip
        assert got.copies == want.copies  # an input both were given is one origin
        assert server.linked()
        ids = [json.loads(c)["document"]["id"] for c in server.iter_contracts()]
        assert len(ids) == len(set(ids)) == len(SMALL)
    # The commands read the server as they read a file, and print the same, but for the ids
    # of entities and happenings: a group keeps the id it first had, and the two processes
    # stored the documents in another order than the one ingest.
    for command in (["timeline"], ["copies"], ["sources"], ["entities"]):
        on_server = run_cli(*command, "--json", "--db", pg)
        on_file = run_cli(*command, "--json", "--db", str(reference))
        assert on_server.returncode == 0, command
        assert _without_ids(on_server.stdout) == _without_ids(on_file.stdout), command
    timeline = run_cli("timeline", "--db", pg, "--json")
    assert timeline.stdout.count("\n") == want.happenings
    search = run_cli("search", "Supreme Court", "--db", pg)
    assert search.returncode == 0 and "[Supreme]" in search.stdout
    exported = run_cli("export", "--db", pg, "--format", "jsonl")
    assert exported.returncode == 0 and exported.stdout.count("\n") >= len(SMALL)


def _without_ids(lines: str) -> list[str]:
    rows = [json.loads(line) for line in lines.splitlines()]
    for row in rows:
        row.pop("happening_id", None)
        if "aliases" in row:
            row.pop("id", None)
    return sorted(json.dumps(row, sort_keys=True, ensure_ascii=False) for row in rows)


def test_concurrent_writes_of_one_document_store_it_once(pg: str) -> None:
    import threading

    errors: list[BaseException] = []

    def write(n: int) -> None:
        try:
            with open_store(pg) as store:
                person = Entity("e1", "PERSON", "Askar Kubanychbek-uulu", [], [(0, 22)])
                text = "Askar Kubanychbek-uulu was sentenced in Bishkek."
                article = Article(id="same", text=text, language="en")
                store.write(Extraction(article, [person]), f"copy-{n}.txt")
        except BaseException as exc:  # reported below
            errors.append(exc)

    threads = [threading.Thread(target=write, args=(n,)) for n in range(6)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert not errors
    with open_store(pg) as store:
        counts = store.counts()
        assert (counts.documents, counts.copies) == (1, 5)


def test_the_web_workbench_serves_a_server_base(pg: str) -> None:
    from fastapi.testclient import TestClient

    from dossier import verbs
    from dossier.web import create_app
    from tests.store.test_store import make_extraction

    with open_store(pg) as store:
        store.write(make_extraction())
        store.relink()
    verbs.add_user("ana", "editor", "a long password", db=pg)
    client = TestClient(create_app(pg))
    for path in ("/", "/sources", "/copies", "/map", "/entities", "/search?q=detained"):
        assert client.get(path).status_code == 200, path
    rows = client.get("/api/timeline").json()["items"]
    assert [r["event_id"] for r in rows] == ["v1", "v2"]
    token = verbs.new_api_token("ana", db=pg)
    hid = rows[0]["happening_id"]
    reject = client.post(
        "/api/reviews",
        json={"target": "happening", "key": hid, "action": "reject", "reason": "not so"},
        headers={"Authorization": f"Bearer {token}"},
    )
    assert reject.status_code == 201, reject.text
    assert [r["event_id"] for r in client.get("/api/timeline").json()["items"]] == ["v2"]
