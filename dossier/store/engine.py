"""The store's logic over SQL, shared by the SQLite and PostgreSQL backends.

:class:`SqlStore` implements :class:`~dossier.store.base.Store` on any connection that speaks
the store's SQL (:mod:`dossier.store.db`): writing a document in one transaction, linking
across documents, judgements, and every read. A backend (:mod:`dossier.store.sqlite`,
:mod:`dossier.store.postgres`) adds only what differs: connecting, migrating, full-text
search, and which errors mean "this command may not write".

Writes are idempotent: a document is keyed by the hash of its text, so ingesting the same
article again (or a republished copy with the same text) records another origin and stores
nothing twice. Each document is written in a single transaction, so a crash mid-run leaves
every document either fully stored or absent.
"""

from __future__ import annotations

import json
from typing import Any, Literal, Self

from dossier.contract import SCHEMA_ID, from_contract, to_contract
from dossier.events.cluster import mention_spans
from dossier.group.copies import fingerprint
from dossier.group.reports import numbers_of
from dossier.models import Event, Extraction
from dossier.store import accounts, keys, linking, queries, review, timeline, web_queries
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
from dossier.store.db import Db
from dossier.store.sortkey import sort_key


class SqlStore:
    """A store on one connection; subclasses connect and migrate (see the module docstring)."""

    conn: Db
    dialect = "sqlite"

    def close(self) -> None:
        raise NotImplementedError

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _cannot_write(self, exc: BaseException) -> bool:
        """Whether ``exc`` says this command may not write the base now (read-only, busy)."""
        return False

    def _rolled_back(self) -> None:
        """Leave any transaction a failed write left open."""

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
                self._insert(extraction)  # the state moves on: the base is no longer linked
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
            'start, "end", role, relay) VALUES (?,?,?,?,?,?,?,?,?,?)',
            [
                (
                    doc.id,
                    c.id,
                    c.source,
                    c.source_entity,
                    c.date,
                    c.kind,
                    c.start,
                    c.end,
                    c.role,
                    c.relay,
                )
                for c in extraction.citations
            ],
        )
        self.conn.executemany(
            "INSERT INTO events (document_id, id, type, date, reported, sort_key, placed_by, "
            "actors, targets, place, citations, evidence_start, evidence_end, modality, "
            "confidence, summary, mentions, numbers, outcome) "
            "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
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
                    v.outcome,
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

    def relink(self, attempts: int = 5, full: bool = False) -> int:
        """Link entities, copies and happenings across documents; returns the entity count.

        Linking covers the documents stored since it last ran and their neighbourhood, or
        everything when ``full`` or judgements changed (:mod:`dossier.store.linking`). It
        reads what it needs, computes, then writes in one write transaction. Another
        command may store a document or a judgement in between, and writing ids computed
        without it would lose it; so the write transaction first checks that the stored state
        (last document, last judgement) is still the one linking read, and otherwise linking
        starts over. The state it covered is recorded in the same transaction (the "linked"
        mark), so a command killed before that point leaves the mark behind, and the next
        command finishes the work (:meth:`ensure_linked`).
        """
        for _ in range(attempts):
            state = self._link_state()
            try:
                return linking.relink(self.conn, state, _STATE_SQL, full)
            except linking.Stale:
                continue  # another command wrote meanwhile: link again, over its records too
        # Others keep writing; the last of them links. The mark stays behind meanwhile.
        rows = self.conn.execute("SELECT count(DISTINCT canonical_id) FROM entities")
        return int(rows.fetchone()[0])

    def linked(self) -> bool:
        """Whether the last completed linking covered every stored document and judgement."""
        row = self.conn.execute("SELECT value FROM meta WHERE key = 'linked'").fetchone()
        return row is not None and str(row[0]) == self._link_state()

    def ensure_linked(self, attempts: int = 5) -> bool:
        """Finish linking that a killed command left undone; returns whether the base is linked.

        A base this command may not write (a read-only file or account), or one that other
        commands keep locked past the busy timeout, is left as it is; its entities are then
        grouped by their per-document ids until a command that can write links it.
        """
        if self.linked():
            return True
        try:
            self.relink(attempts)
        except Exception as exc:
            if not self._cannot_write(exc):
                raise
            self._rolled_back()
        return self.linked()

    def _link_state(self) -> str:
        return str(self.conn.execute(f"SELECT {_STATE_SQL}").fetchone()[0])

    def judge(
        self,
        kind: Literal["merge", "split"],
        a: str,
        b: str,
        target: Literal["entity", "happening", "copy"] = "entity",
    ) -> tuple[str, str]:
        """Record an analyst's merge or split of two entities, happenings or copies (documents),
        kept and applied again on every linking."""
        self.conn.execute("BEGIN IMMEDIATE")  # judgement ids in commit order, as documents'
        try:
            if target == "entity":
                keys = linking.judge(self.conn, kind, a, b)
            else:
                keys = linking.judge_group(self.conn, target, kind, a, b)
            self.conn.execute("COMMIT")
        except BaseException:
            self.conn.execute("ROLLBACK")
            raise
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
        return web_queries.case_file(self.conn, name, review.Overrides())

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

    def extractor_versions(
        self, document_ids: list[str]
    ) -> dict[str, tuple[str | None, dict[str, Any]]]:
        """``id -> (language, extractor versions)`` as recorded when each was extracted."""
        sql = "SELECT id, language, extraction FROM documents WHERE id IN ({marks})"
        return {
            r[0]: (r[1], json.loads(r[2]).get("extractor") or {})
            for r in keys.rows_in(self.conn, sql, document_ids)
        }

    # -- the web workbench: reviewed views, the review log, accounts ------------------------

    def overrides(self) -> review.Overrides:
        return review.overrides(self.conn)

    def timeline_page(
        self, q: web_queries.TimelineQuery, found: review.Overrides
    ) -> web_queries.TimelinePage:
        return web_queries.timeline_page(self.conn, q, found)

    def report_contexts(
        self, keys: list[str], found: review.Overrides
    ) -> dict[str, web_queries.ReportContext]:
        return web_queries.report_contexts(self.conn, keys, found)

    def document_view(
        self, document_id: str, found: review.Overrides
    ) -> web_queries.DocumentView | None:
        return web_queries.document(self.conn, document_id, found)

    def reviewed_case_file(self, name: str, found: review.Overrides) -> CaseFile | None:
        return web_queries.case_file(self.conn, name, found)

    def companions(self, canonical_id: str) -> list[web_queries.Companion]:
        return web_queries.companions(self.conn, canonical_id)

    def citation_graph(self) -> list[web_queries.CitationEdge]:
        return web_queries.citation_graph(self.conn)

    def places(self, hidden: set[str]) -> list[web_queries.Place]:
        return web_queries.places(self.conn, hidden)

    def record_review(
        self,
        user: str,
        target: str,
        key: str,
        action: str,
        value: Any = None,
        field_name: str | None = None,
        reason: str = "",
    ) -> review.Review:
        return review.record(self.conn, user, target, key, action, value, field_name, reason)

    def log_review(
        self,
        user: str,
        target: str,
        key: str,
        action: str,
        field_name: str | None,
        before: Any,
        after: Any,
        reason: str,
    ) -> review.Review:
        return review.insert(
            self.conn, user, target, key, action, field_name, before, after, reason
        )

    def undo_review(self, user: str, review_id: int, reason: str = "") -> review.Review:
        return review.undo(self.conn, user, review_id, reason)

    def review_history(self, target: str, key: str) -> list[review.Review]:
        return review.history(self.conn, target, key)

    def audit(self, offset: int, limit: int) -> tuple[list[review.Review], int]:
        return review.audit(self.conn, offset, limit)

    def add_user(self, name: str, role: str, password: str) -> accounts.User:
        return accounts.add_user(self.conn, name, role, password)

    def new_token(self, name: str, label: str = "") -> str:
        return accounts.new_token(self.conn, name, label)

    def sign_in(self, name: str, password: str, hours: int) -> tuple[accounts.User, str] | None:
        user = accounts.authenticate(self.conn, name, password)
        return (user, accounts.new_session(self.conn, user, hours)) if user else None

    def user_of(self, token: str, kind: str) -> accounts.User | None:
        return accounts.user_of(self.conn, token, kind)

    def end_session(self, token: str) -> None:
        accounts.end_session(self.conn, token)


# What linking has seen: the last document's row number and the last judgement's id.
# Documents and judgements are only ever added, under the write lock, so a new one always
# changes it.
_STATE_SQL = (
    "((SELECT coalesce(max(rowid), 0) FROM documents) || ':' || "
    "(SELECT coalesce(max(id), 0) FROM judgements))"
)


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


def _insert_fingerprint(conn: Db, extraction: Extraction) -> None:
    """The document's copy fingerprint, and the blocking keys of its entities and of the
    fingerprint, which incremental linking looks up (:mod:`dossier.store.keys`)."""
    fp = fingerprint(extraction)
    conn.execute(
        "INSERT INTO fingerprints (document_id, data) VALUES (?, ?)",
        (extraction.document.id, json.dumps(fp.to_json(), ensure_ascii=False)),
    )
    keys.insert(conn, keys.document_rows(extraction, fp))


def _current(contract: str) -> bool:
    return contract.startswith(f'{{"schema": "{SCHEMA_ID}"')


def _upgraded(contract: str) -> str:
    return json.dumps(to_contract(from_contract(json.loads(contract))), ensure_ascii=False)


def _placement(event: Event) -> tuple[str | None, str | None]:
    """Where an event sits on the timeline: (sort key, basis), or nowhere."""
    p = event.placement
    return (sort_key(p.value), p.basis) if p else (None, None)
