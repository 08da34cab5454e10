"""Read queries over the SQLite schema, returning the records of :mod:`dossier.store.base`."""

from __future__ import annotations

import json
import re
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from normality import normalize

from dossier.errors import QueryError
from dossier.store.base import (
    Counts,
    EntityRow,
    SearchHit,
    SourceRow,
)
from dossier.store.db import Db


def lookup_key(name: str) -> str:
    """The lookup key of a name: case, accents and punctuation aside."""
    return normalize(name, ascii=False) or name.casefold()


def provisional_key(type_: str, name: str) -> str:
    """Canonical id before cross-document resolution: type plus the normalised name."""
    return f"{type_}:{lookup_key(name)}"


def counts(conn: Db) -> Counts:
    def one(sql: str) -> int:
        return int(conn.execute(sql).fetchone()[0])

    return Counts(
        documents=one("SELECT count(*) FROM documents"),
        copies=one("SELECT count(*) FROM origins") - one("SELECT count(*) FROM documents"),
        entities=one("SELECT count(DISTINCT canonical_id) FROM entities"),
        events=one("SELECT count(*) FROM events"),
        citations=one("SELECT count(*) FROM citations"),
        sources=one("SELECT count(DISTINCT coalesce(source_entity, lower(source))) FROM citations"),
        happenings=one("SELECT count(*) FROM happenings"),
        copy_groups=one("SELECT count(*) FROM copy_groups"),
    )


def by_document(
    conn: Db, table: str, column: str, document_ids: set[str]
) -> dict[tuple[str, str], str]:
    """``(document id, record id) -> column`` for the records of some documents."""
    if not document_ids:
        return {}
    key = "local_id" if table == "entities" else "id"
    marks = ",".join("?" * len(document_ids))
    rows = conn.execute(
        f"SELECT document_id, {key}, {column} FROM {table} WHERE document_id IN ({marks})",
        sorted(document_ids),
    )
    return {(r[0], r[1]): r[2] for r in rows}


def matching_local_ids(conn: Db, name: str) -> set[tuple[str, str]]:
    """(document, local id) of every entity whose canonical entity has this name or alias."""
    canon = canonical_ids(conn, name)
    if not canon:
        return set()
    marks = ",".join("?" * len(canon))
    rows = conn.execute(
        f"SELECT document_id, local_id FROM entities WHERE canonical_id IN ({marks})", sorted(canon)
    )
    return {(r[0], r[1]) for r in rows}


def canonical_ids(conn: Db, name: str) -> set[str]:
    """Canonical entities called ``name`` (a name or alias), or the one whose id it is."""
    if conn.execute("SELECT 1 FROM entities WHERE canonical_id = ? LIMIT 1", (name,)).fetchone():
        return {name}
    key = lookup_key(name)
    # The keys linking keeps per entity (entity_index); records not linked yet (a base a
    # killed ingest left) are found by their own names.
    found = {
        r[0] for r in conn.execute("SELECT canonical_id FROM entity_lookup WHERE key = ?", (key,))
    }
    if found:
        return found
    rows = conn.execute(
        "SELECT DISTINCT e.canonical_id FROM entity_names n JOIN entities e "
        "ON e.document_id = n.document_id AND e.local_id = n.local_id WHERE n.key = ?",
        (key,),
    )
    return {r[0] for r in rows}


def entities(conn: Db, type_: str | None, limit: int | None) -> list[EntityRow]:
    sql = "SELECT * FROM entities" + (" WHERE type = ?" if type_ else "")
    groups: dict[str, list[Any]] = defaultdict(list)
    for row in conn.execute(sql, (type_,) if type_ else ()):
        groups[row["canonical_id"]].append(row)
    result = [entity_row(cid, rows) for cid, rows in groups.items()]
    result.sort(key=lambda e: (-e.documents, -e.mentions, e.name, e.id))
    return result[:limit] if limit else result


def entity_row(canonical_id: str, rows: list[Any]) -> EntityRow:
    """An entity as its records make it (see :class:`EntityTally`)."""
    return EntityTally().add(rows).row(canonical_id)


@dataclass(slots=True)
class EntityTally:
    """What an entity's summary is made of, in a form that records add to one at a time.

    The summary takes the name most records give (the longer on a tie, then the one that
    comes first in record order, by document and local id), the type most records give (the
    first on a tie), every name and alias in record order, the documents and mentions, and
    the coordinates of the first record with some. The tally keeps each name's and type's
    count and first record, and each alias's first place, so that linking adds an ingest's
    new records to an entity named in 70,000 documents without reading those
    (:mod:`dossier.store.entity_index`). Records must be new to the tally: each one's
    document counts as a document the entity was not named in before.
    """

    names: dict[str, list[Any]] = field(default_factory=dict)  # name -> [count, doc, local]
    types: dict[str, list[Any]] = field(default_factory=dict)  # type -> [count, doc, local]
    aliases: dict[str, list[Any]] = field(default_factory=dict)  # alias -> [doc, local, index]
    documents: int = 0
    mentions: int = 0
    geo: list[Any] | None = None  # [doc, local, lat, lon, country] of the first with them
    # The first record of each distinct (type, name, aliases), under json [type, name, aliases
    # as stored]: the records that stand for the entity when linking compares a new record.
    variants: dict[str, list[Any]] = field(default_factory=dict)

    def add(self, rows: Iterable[Any]) -> EntityTally:
        documents = set()
        for r in rows:
            doc, local = r["document_id"], r["local_id"]
            documents.add(doc)
            self.mentions += int(r["mentions"])
            for counts, value in ((self.names, r["name"]), (self.types, r["type"])):
                held = counts.setdefault(value, [0, doc, local])
                held[0] += 1
                if [doc, local] < held[1:]:
                    held[1:] = [doc, local]
            for i, alias in enumerate([r["name"], *json.loads(r["aliases"])]):
                first = self.aliases.get(alias)
                if first is None or [doc, local, i] < first:
                    self.aliases[alias] = [doc, local, i]
            if r["lat"] is not None and (self.geo is None or [doc, local] < self.geo[:2]):
                self.geo = [doc, local, r["lat"], r["lon"], r["country"]]
            variant = json.dumps([r["type"], r["name"], r["aliases"]], ensure_ascii=False)
            if (first := self.variants.get(variant)) is None or [doc, local] < first:
                self.variants[variant] = [doc, local]
        self.documents += len(documents)
        return self

    def row(self, canonical_id: str) -> EntityRow:
        def first_most(counts: dict[str, list[Any]], *, longer: bool) -> str:
            in_order = sorted(counts, key=lambda v: counts[v][1:])
            return max(in_order, key=lambda v: (counts[v][0], len(v) if longer else 0))

        name = first_most(self.names, longer=True)
        return EntityRow(
            id=canonical_id,
            type=first_most(self.types, longer=False),
            name=name,
            aliases=tuple(
                a for a in sorted(self.aliases, key=lambda a: self.aliases[a]) if a != name
            ),
            documents=self.documents,
            mentions=self.mentions,
            lat=self.geo[2] if self.geo else None,
            lon=self.geo[3] if self.geo else None,
            country=self.geo[4] if self.geo else None,
        )

    def to_json(self) -> str:
        return json.dumps(
            [
                self.names,
                self.types,
                self.aliases,
                self.documents,
                self.mentions,
                self.geo,
                self.variants,
            ],
            ensure_ascii=False,
            sort_keys=True,
        )

    def stand_ins(self) -> list[tuple[str, str, str, str, str]]:
        """(document, local id, type, name, aliases as stored) of the first record of each
        distinct (type, name, aliases)."""
        return [(*first, *json.loads(v)) for v, first in self.variants.items()]

    @classmethod
    def from_json(cls, text: str) -> EntityTally:
        return cls(*json.loads(text))


def sources(conn: Db) -> list[SourceRow]:
    groups: dict[str, list[Any]] = defaultdict(list)
    for row in conn.execute("SELECT * FROM citations"):
        groups[row["source_entity"] or row["source"].casefold()].append(row)
    result = []
    for rows in groups.values():
        names = Counter(r["source"] for r in rows)
        dates = sorted(d for d in (r["date"] for r in rows) if d)
        result.append(
            SourceRow(
                source=names.most_common(1)[0][0],
                source_entity=rows[0]["source_entity"],
                claims=len(rows),
                first_date=dates[0] if dates else None,
                last_date=dates[-1] if dates else None,
                documents=tuple(sorted({r["document_id"] for r in rows})),
            )
        )
    result.sort(key=lambda s: (-s.claims, s.source.casefold()))
    return result


_FTS_WORD = re.compile(r"\w+", re.UNICODE)
# Every distinct term is one more FTS5 phrase to intersect: 4,000 of them took 50 s. No real
# query needs more than a sentence's worth.
MAX_TERMS = 32
# SQLite's LIMIT is a signed 64-bit integer; a larger one raised OverflowError.
MAX_LIMIT = 2**62
# FTS5 marks the matched words with these; they cannot be confused with brackets in a text.
_OPEN, _CLOSE = "\x02", "\x03"


def search_terms(query: str) -> list[str]:
    """The distinct words of a query, lower case: every one must appear in a hit."""
    terms = list(dict.fromkeys(t.casefold() for t in _FTS_WORD.findall(query)))
    if len(terms) > MAX_TERMS:
        raise QueryError(
            f"the query has {len(terms)} different words; search takes at most {MAX_TERMS}"
        )
    return terms


def search(conn: Db, query: str, limit: int) -> list[SearchHit]:
    """Full-text search on SQLite's FTS5 index."""
    # User text is turned into quoted FTS5 terms, so that operators and quotes in a query
    # can never make an FTS5 syntax error; all words must appear.
    terms = search_terms(query)
    if not terms:
        return []
    match = " ".join(f'"{t}"' for t in terms)
    rows = conn.execute(
        "SELECT d.id, d.title, snippet(documents_fts, 1, char(2), char(3), ' … ', 12) AS snip, "
        "bm25(documents_fts) AS rank FROM documents_fts JOIN documents d "
        "ON d.rowid = documents_fts.rowid WHERE documents_fts MATCH ? ORDER BY rank LIMIT ?",
        (match, max(0, min(limit, MAX_LIMIT))),
    )
    return [hit(r["id"], r["title"], r["snip"], r["rank"]) for r in rows]


def hit(document_id: str, title: str | None, snippet: str, rank: float) -> SearchHit:
    """A hit whose snippet shows each match in [brackets], with the matches' spans apart."""
    text, marks, start = "", [], -1
    for char in " ".join(snippet.split()):
        if char == _OPEN and start < 0:
            text += "["
            start = len(text)
        elif char == _CLOSE and start >= 0:
            marks.append((start, len(text)))
            text += "]"
            start = -1
        elif char not in (_OPEN, _CLOSE):
            text += char
    return SearchHit(document_id, title, text, rank, tuple(marks))
