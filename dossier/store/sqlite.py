"""SQLite store: one file, WAL mode, FTS5, migrations, one transaction per document.

Writes are idempotent: a document is keyed by the hash of its text, so ingesting the same
article again (or a republished copy with the same text) records another origin and stores
nothing twice. Each document is written in a single transaction, so a crash mid-run leaves
every document either fully stored or absent.
"""

from __future__ import annotations

import json
import sqlite3
import time
from collections.abc import Callable
from pathlib import Path
from typing import Literal, TypeVar

from dossier.contract import SCHEMA_ID, from_contract, to_contract
from dossier.errors import StoreError
from dossier.events.cluster import mention_spans
from dossier.group.copies import fingerprint
from dossier.group.reports import numbers_of
from dossier.models import Event, Extraction
from dossier.store import linking, queries, timeline
from dossier.store.base import (
    CaseFile,
    CopyGroupRow,
    Counts,
    EntityRow,
    HappeningDetail,
    SearchHit,
    SourceRow,
    TimelineFilter,
    TimelineRow,
    WriteResult,
)
from dossier.store.migrations import MIGRATIONS
from dossier.store.sortkey import sort_key

T = TypeVar("T")

_BUSY_SECONDS = 30  # how long a command waits for another one's write lock
_STALE = "dossier: linking is stale"


class SQLiteStore:
    def __init__(self, path: str | Path, *, create: bool = True) -> None:
        """Open the database at ``path``, creating it (and its schema) when ``create``.

        ``create=False`` is for the commands that only read or judge: a missing file, or one
        without a Dossier schema, is an error instead of a new empty database.
        """
        self.path = Path(path)
        if not create and not self.path.is_file():
            raise StoreError(f"no database at {self.path} (run `dossier ingest` first)")
        try:
            self.conn = self._connect(create)
            if not create and self._checked_version() == 0:  # checked before anything writes
                self.conn.close()
                raise StoreError(f"no database at {self.path} (run `dossier ingest` first)")
            self._prepare()
            self._migrate()
        except sqlite3.DatabaseError as exc:
            raise StoreError(f"{self.path}: cannot open database: {exc}") from exc

    def _connect(self, create: bool) -> sqlite3.Connection:
        # mode=rw never creates a file, even one removed since the check above.
        uri = f"{self.path.resolve().as_uri()}?mode={'rwc' if create else 'rw'}"
        conn = sqlite3.connect(uri, uri=True, timeout=_BUSY_SECONDS, isolation_level=None)
        conn.row_factory = sqlite3.Row
        return conn

    def _prepare(self) -> None:
        # Switching a new file to WAL takes an exclusive lock, which another command opening
        # the same new file may hold for a moment: wait for it like for any other lock.
        _when_free(lambda: self.conn.execute("PRAGMA journal_mode=WAL").fetchone())
        self.conn.execute("PRAGMA foreign_keys=ON")
        self.conn.execute("PRAGMA synchronous=NORMAL")

    def _migrate(self) -> None:
        """Apply the missing migrations, one transaction each, safely beside other processes.

        Another command may be migrating the same file at this moment (two ingests started on
        a new file): the version is read again once the write lock is held, and a migration
        is applied only if it is still missing.
        """
        while (version := self._checked_version()) < len(MIGRATIONS):
            self.conn.execute("BEGIN IMMEDIATE")
            try:
                version = self._checked_version()
                if version < len(MIGRATIONS):
                    for statement in _statements(MIGRATIONS[version]):
                        self.conn.execute(statement)
                    self.conn.execute(f"PRAGMA user_version = {version + 1}")
                self.conn.execute("COMMIT")
            except BaseException:
                self.conn.execute("ROLLBACK")
                raise

    def _checked_version(self) -> int:
        version = int(self.conn.execute("PRAGMA user_version").fetchone()[0])
        if version > len(MIGRATIONS):
            raise StoreError(
                f"{self.path}: database schema {version} is newer than this Dossier "
                f"({len(MIGRATIONS)}); upgrade Dossier"
            )
        return version

    @property
    def schema_version(self) -> int:
        return int(self.conn.execute("PRAGMA user_version").fetchone()[0])

    def close(self) -> None:
        self.conn.close()

    def __enter__(self) -> SQLiteStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- writing -------------------------------------------------------------------------

    def has_document(self, document_id: str) -> bool:
        row = self.conn.execute("SELECT 1 FROM documents WHERE id = ?", (document_id,))
        return row.fetchone() is not None

    def add_origin(self, document_id: str, origin: str, url: str | None = None) -> None:
        self.conn.execute(
            "INSERT OR IGNORE INTO origins (document_id, origin, url) VALUES (?, ?, ?)",
            (document_id, origin, url),
        )

    def write(self, extraction: Extraction, origin: str | None = None) -> WriteResult:
        doc = extraction.document
        origin = origin or doc.origin or doc.url or doc.id
        self.conn.execute("BEGIN IMMEDIATE")
        try:
            created = not self.has_document(doc.id)
            if created:
                self._insert(extraction)
                self.conn.execute("DELETE FROM meta WHERE key = 'linked'")
            self.add_origin(doc.id, origin, doc.url)
            self.conn.execute("COMMIT")
        except BaseException:
            self.conn.execute("ROLLBACK")
            raise
        return WriteResult(doc.id, created)

    def _insert(self, extraction: Extraction) -> None:
        doc = extraction.document
        contract = to_contract(extraction)
        self.conn.execute(
            "INSERT INTO documents (id, url, title, publisher, author, published, "
            "published_basis, language, text, extraction) VALUES (?,?,?,?,?,?,?,?,?,?)",
            (
                doc.id, doc.url, doc.title, doc.publisher, doc.author, doc.published,
                doc.published_basis, doc.language, doc.text,
                json.dumps(contract, ensure_ascii=False),
            ),
        )  # fmt: skip
        self.conn.executemany(
            "INSERT INTO entities (document_id, local_id, type, name, aliases, mentions, "
            "lat, lon, country, canonical_id) VALUES (?,?,?,?,?,?,?,?,?,?)",
            [
                (
                    doc.id, e.id, e.type, e.name, json.dumps(e.aliases, ensure_ascii=False),
                    len(e.mentions), e.geo.lat if e.geo else None, e.geo.lon if e.geo else None,
                    e.geo.country if e.geo else None, queries.provisional_key(e.type, e.name),
                )
                for e in extraction.entities
            ],
        )  # fmt: skip
        self.conn.executemany(
            "INSERT INTO entity_names (document_id, local_id, key, verbatim, is_name) "
            "VALUES (?,?,?,?,?)",
            [
                (doc.id, e.id, queries.lookup_key(n), n, int(n == e.name))
                for e in extraction.entities
                for n in dict.fromkeys([e.name, *e.aliases])
            ],
        )
        self.conn.executemany(
            "INSERT INTO citations (document_id, id, source, source_entity, date, kind, "
            'start, "end") VALUES (?,?,?,?,?,?,?,?)',
            [
                (doc.id, c.id, c.source, c.source_entity, c.date, c.kind, c.start, c.end)
                for c in extraction.citations
            ],
        )
        self.conn.executemany(
            "INSERT INTO events (document_id, id, type, date, reported, sort_key, placed_by, "
            "actors, targets, place, citations, evidence_start, evidence_end, modality, "
            "confidence, summary, mentions, numbers) "
            "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
            [
                (
                    doc.id, v.id, v.type, v.date, v.reported, *_placement(v),
                    json.dumps(v.actors), json.dumps(v.targets), v.place,
                    json.dumps(v.citations), v.evidence[0], v.evidence[1], v.modality,
                    v.confidence, v.summary, json.dumps(mention_spans(v)),
                    json.dumps(
                        [[n.unit, n.value, n.text] for n in numbers_of(v, extraction.quantities)],
                        ensure_ascii=False,
                    ),
                )
                for v in extraction.events
            ],
        )  # fmt: skip
        self.conn.executemany(
            "INSERT OR IGNORE INTO event_entities (document_id, event_id, local_id, role) "
            "VALUES (?,?,?,?)",
            [(doc.id, v.id, local, role) for v, local, role in _event_entities(extraction)],
        )
        _insert_fingerprint(self.conn, extraction)

    def relink(self, attempts: int = 5) -> int:
        """Link entities across documents (after a batch of writes); returns their number.

        Linking reads every record, then writes the canonical ids in one transaction. Another
        command may store a document or a judgement in between, which that write would
        overwrite with ids computed without it; so the write is guarded by a temporary
        trigger that aborts it when the stored state is no longer the one linking read, and
        linking starts over. Each completed linking records the state it covered (the
        "linked" mark), so a command killed before that point leaves the mark behind, and
        the next command finishes the work (:meth:`ensure_linked`).
        """
        for _ in range(attempts):
            state = self._link_state()
            self.conn.execute(
                "CREATE TEMP TRIGGER IF NOT EXISTS linking_guard "
                "BEFORE UPDATE OF canonical_id ON main.entities "
                f"WHEN {_STATE_SQL} != '{state}' "
                f"BEGIN SELECT RAISE(ABORT, '{_STALE}'); END"
            )
            try:
                count = linking.relink(self.conn)
            except sqlite3.IntegrityError as exc:
                if _STALE not in str(exc):
                    raise
                continue  # another command wrote meanwhile: link again, over its records too
            finally:
                self.conn.execute("DROP TRIGGER IF EXISTS temp.linking_guard")
            self._mark_linked(state)
            return count
        # Others keep writing; the last of them links. The mark stays behind meanwhile.
        rows = self.conn.execute("SELECT count(DISTINCT canonical_id) FROM entities")
        return int(rows.fetchone()[0])

    def linked(self) -> bool:
        """Whether the last completed linking covered every stored document and judgement."""
        row = self.conn.execute(
            f"SELECT (SELECT value FROM meta WHERE key = 'linked') IS {_STATE_SQL}"
        ).fetchone()
        return bool(row[0])

    def ensure_linked(self, attempts: int = 5) -> bool:
        """Finish linking that a killed command left undone; returns whether the base is linked.

        A read-only file, or one that other commands keep locked past the busy timeout, is
        left as it is; its entities are then grouped by their per-document ids until a
        command that can write links it.
        """
        if self.linked():
            return True
        try:
            self.relink(attempts)
        except sqlite3.OperationalError as exc:
            if exc.sqlite_errorcode & 0xFF not in _CANNOT_WRITE:
                raise
        return self.linked()

    def _link_state(self) -> str:
        return str(self.conn.execute(f"SELECT {_STATE_SQL}").fetchone()[0])

    def _mark_linked(self, state: str) -> None:
        self.conn.execute("BEGIN IMMEDIATE")
        try:
            self.conn.execute(
                "INSERT OR REPLACE INTO meta (key, value) "
                f"SELECT 'linked', ? WHERE {_STATE_SQL} = ?",
                (state, state),
            )
            self.conn.execute("COMMIT")
        except BaseException:
            self.conn.execute("ROLLBACK")
            raise

    def judge(
        self,
        kind: Literal["merge", "split"],
        a: str,
        b: str,
        target: Literal["entity", "happening", "copy"] = "entity",
    ) -> tuple[str, str]:
        """Record an analyst's merge or split of two entities, happenings or copies (documents),
        kept and applied again on every linking."""
        if target == "entity":
            keys = linking.judge(self.conn, kind, a, b)
        else:
            keys = linking.judge_group(self.conn, target, kind, a, b)
        self.relink()
        return keys

    # -- reading -------------------------------------------------------------------------

    def counts(self) -> Counts:
        return queries.counts(self.conn)

    def timeline(self, flt: TimelineFilter) -> list[TimelineRow]:
        return timeline.timeline(self.conn, flt)

    def happening(self, key: str) -> HappeningDetail | None:
        return timeline.happening(self.conn, key)

    def copy_groups(self) -> list[CopyGroupRow]:
        return timeline.copy_groups(self.conn)

    def entities(self, type_: str | None = None, limit: int | None = None) -> list[EntityRow]:
        return queries.entities(self.conn, type_, limit)

    def case_file(self, name: str) -> CaseFile | None:
        return timeline.case_file(self.conn, name)

    def sources(self) -> list[SourceRow]:
        return queries.sources(self.conn)

    def search(self, query: str, limit: int = 20) -> list[SearchHit]:
        return queries.search(self.conn, query, limit)

    def extractions(self) -> list[Extraction]:
        rows = self.conn.execute("SELECT extraction FROM documents ORDER BY rowid")
        return [from_contract(json.loads(row[0])) for row in rows]

    def iter_contracts(self) -> list[str]:
        """The contract JSON of every document, in ingest order (for export).

        Documents stored under an older contract version are exported in the current one.
        """
        rows = self.conn.execute("SELECT extraction FROM documents ORDER BY rowid")
        return [row[0] if _current(row[0]) else _upgraded(row[0]) for row in rows]


# What linking has seen: the last document's rowid and the last judgement's id. Documents
# and judgements are only ever added, so a new one always changes it.
_STATE_SQL = (
    "((SELECT coalesce(max(rowid), 0) FROM main.documents) || ':' || "
    "(SELECT coalesce(max(id), 0) FROM main.judgements))"
)
# Result codes under which a reader leaves linking to a command that can write.
_CANNOT_WRITE = (sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED, sqlite3.SQLITE_READONLY)


def _when_free(action: Callable[[], T]) -> T:
    """``action``, retried while another connection holds the lock it needs."""
    deadline = time.monotonic() + _BUSY_SECONDS
    while True:
        try:
            return action()
        except sqlite3.OperationalError as exc:
            busy = exc.sqlite_errorcode & 0xFF in (sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED)
            if not busy or time.monotonic() > deadline:
                raise
            time.sleep(0.05)


def _event_entities(extraction: Extraction) -> list[tuple[Event, str, str]]:
    """(event, entity, role): its actors, targets and place, and every entity named in one
    of its mentions ("a recruitment point at the Sakharovo migration center" names Sakharovo
    even where the parse gave it no role)."""
    out: list[tuple[Event, str, str]] = []
    for v in extraction.events:
        out += [(v, a, "actor") for a in v.actors] + [(v, t, "target") for t in v.targets]
        if v.place:
            out.append((v, v.place, "place"))
        spans = mention_spans(v)
        out += [
            (v, e.id, "named")
            for e in extraction.entities
            if any(s < me and ms < t for s, t in spans for ms, me in e.mentions)
        ]
    return out


def _insert_fingerprint(conn: sqlite3.Connection, extraction: Extraction) -> None:
    conn.execute(
        "INSERT INTO fingerprints (document_id, data) VALUES (?, ?)",
        (extraction.document.id, json.dumps(fingerprint(extraction).to_json(), ensure_ascii=False)),
    )


def _current(contract: str) -> bool:
    return contract.startswith(f'{{"schema": "{SCHEMA_ID}"')


def _upgraded(contract: str) -> str:
    return json.dumps(to_contract(from_contract(json.loads(contract))), ensure_ascii=False)


def _placement(event: Event) -> tuple[str | None, str | None]:
    """Where an event sits on the timeline: (sort key, basis), or nowhere."""
    p = event.placement
    return (sort_key(p.value), p.basis) if p else (None, None)


def _statements(script: str) -> list[str]:
    """Split a migration into statements, keeping trigger bodies whole."""
    statements: list[str] = []
    buffer = ""
    for line in script.splitlines(keepends=True):
        buffer += line
        if sqlite3.complete_statement(buffer):
            statements.append(buffer.strip())
            buffer = ""
    if buffer.strip():
        statements.append(buffer.strip())
    return statements
