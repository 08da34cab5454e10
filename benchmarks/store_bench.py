"""Store query latency and ingest throughput on both backends, SQLite and PostgreSQL (issue 12).

    python benchmarks/store_bench.py --pg postgresql://postgres@127.0.0.1:5432/postgres \\
        [--documents 100000] [--events-per-document 10] [--runs 50] [--json out.json]

1. **Query latency.** A synthetic base of ``--documents`` documents and about
   ``--documents * --events-per-document`` events is written straight into the tables (bulk
   inserts, COPY on PostgreSQL) after :func:`dossier.store.open_store` created the schema, once
   per backend, with the same rows: ~50 event types, dates over 2014-2025, 20,000 entities and
   2,000 sources of Zipf-like frequency, English and Russian documents whose words come from
   the sample articles, and happenings (about one per three events, reported by 1 to 200
   documents each) as linking would have left them, with what linking keeps per entity
   (:func:`dossier.store.entity_index.rebuild`, as a full linking runs it). Secondary indexes
   are built after the load, as a bulk load would; PostgreSQL is then vacuumed and analysed
   (autovacuum does that on its own), SQLite is not (the store never runs ANALYZE). Each
   query is then timed ``--runs`` times with varied parameters, through the store's methods
   as the web workbench and the CLI call them: a timeline page (unfiltered; filtered by
   entity, types and date; by types and dates), an entity's case file (the workbench's and
   the CLI's) and a search.
   Entities are drawn with a log-uniform rank, so popular and rare ones both come up.

   A timeline view's total and facet counts are kept per filter until the base changes
   (:mod:`dossier.store.web_queries`); the filtered rows are timed with them forgotten before
   every run (a first view), the unfiltered first page both ways.

2. **Ingest throughput.** The sample articles (examples/), varied into ``--ingest-documents``
   distinct texts, are ingested with ``dossier ingest`` (:func:`dossier.verbs.ingest`) into a
   fresh SQLite file and a fresh PostgreSQL database; the extractions it stored are then
   written again into another fresh store with ``store.write`` and ``store.relink()``, which
   gives the share of the ingest time spent storing and linking (the rest is extraction).

The filled stores are kept (``--sqlite``, database ``dossier_store_bench`` on the server) and
reused by a later run with ``--reuse`` when they hold the same sizes. Goal (issue 12): p95
under 50 ms on both backends at 1,000,000 events.
"""

from __future__ import annotations

import argparse
import dataclasses
import itertools
import json
import math
import os
import random
import re
import sqlite3
import statistics
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from datetime import date, timedelta
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

ROOT = Path(__file__).resolve().parent.parent
BENCH_DB = "dossier_store_bench"
INGEST_DB = "dossier_ingest_bench"
FILL_VERSION = 1  # bump when the synthetic rows change, so --reuse refills

# -- the synthetic base ------------------------------------------------------------------------

ENTITIES = 20_000
SOURCES = 2_000
EVENT_TYPES = 50
FIRST_DAY, LAST_DAY = date(2014, 1, 1), date(2025, 12, 31)
LATIN = "ka ra to mi se no bek ov an ul sa di mur ta li ze ro va ni as kar lan ti".split()  # noqa: SIM905
CYRILLIC = "ка ра то ми се но бек ов ан ул са ди мур та ли зе ро ва ни ас кар лан".split()  # noqa: SIM905
ORG_KINDS = ("Ministry", "Agency", "Group", "Company", "Battalion", "Court", "Committee", "Fund")
PLACE_ENDS = ("", "sk", "abad", "ovo", "grad", "kent", "pol")
MODALITIES = (("asserted", 80), ("generic", 5), ("negated", 5), ("planned", 5), ("hypothetical", 5))

TABLES: dict[str, tuple[str, ...]] = {
    "documents": (
        "id", "url", "title", "publisher", "author", "published", "published_basis",
        "language", "text", "extraction",
    ),
    "origins": ("document_id", "origin", "url"),
    "entities": (
        "document_id", "local_id", "type", "name", "aliases", "mentions", "lat", "lon",
        "country", "canonical_id",
    ),
    "entity_names": ("document_id", "local_id", "key", "verbatim", "is_name"),
    "citations": ("document_id", "id", "source", "source_entity", "date", "kind", "start", "end"),
    "events": (
        "document_id", "id", "type", "date", "reported", "sort_key", "placed_by", "actors",
        "targets", "place", "citations", "evidence_start", "evidence_end", "modality",
        "confidence", "summary", "mentions", "numbers", "happening_id",
    ),
    "event_entities": ("document_id", "event_id", "local_id", "role"),
    "happenings": (
        "id", "type", "modality", "value", "basis", "precision", "sort_key", "summary", "lead",
        "reports", "sources", "first_reported", "conflicts", "languages",
    ),
}  # fmt: skip


def zipf_weights(n: int, s: float = 1.0) -> list[float]:
    """Cumulative weights of ranks 1..n with frequency proportional to 1 / rank**s."""
    return list(itertools.accumulate(1.0 / (rank**s) for rank in range(1, n + 1)))


def sample_texts() -> list[tuple[str, str | None]]:
    """(text, language) of every sample article under examples/."""
    from dossier.acquire import InputFailure, iter_inputs
    from dossier.analyze import detect_language
    from dossier.parse import parse

    out = []
    for item in iter_inputs([str(ROOT / "examples")]):
        if isinstance(item, InputFailure):
            continue
        try:
            article = parse(item)
        except Exception:  # a sample the parser refuses is left out
            continue
        out.append((article.text, article.language or detect_language(article.text)))
    return out


def vocabularies(texts: Sequence[tuple[str, str | None]]) -> dict[str, list[str]]:
    """The words of the sample articles by language, most frequent first."""
    counts: dict[str, Counter[str]] = {"en": Counter(), "ru": Counter()}
    for text, _ in texts:
        for word in re.findall(r"[^\W\d_]{2,}", text.lower()):
            lang = "ru" if re.match("[а-яё]", word) else "en"
            counts[lang][word] += 1
    return {lang: [w for w, _ in c.most_common()] for lang, c in counts.items()}


class Pools:
    """Entities, sources, event types and words, the same for every seed-equal run."""

    def __init__(self, seed: int, words: dict[str, list[str]]) -> None:
        from dossier.store.queries import lookup_key

        rng = random.Random(seed)
        self.words = words
        self.word_weights = {lang: zipf_weights(len(ws)) for lang, ws in words.items()}
        seen: set[str] = set()
        self.entities: list[tuple[str, str, str]] = []  # (type, name, lookup key), by rank
        self.geo: dict[int, tuple[float, float, str]] = {}
        self.aliases: dict[int, str] = {}
        while len(self.entities) < ENTITIES:
            kind = rng.choices(("PERSON", "ORG", "PLACE", "GROUP"), (50, 25, 20, 5))[0]
            syllables = CYRILLIC if rng.random() < 0.25 else LATIN
            name = self._name(rng, kind, syllables)
            key = lookup_key(name)
            if key in seen:
                continue
            seen.add(key)
            index = len(self.entities)
            self.entities.append((kind, name, key))
            if kind == "PLACE":
                self.geo[index] = (35 + rng.random() * 25, 30 + rng.random() * 50, "KG")
            if rng.random() < 0.1:
                self.aliases[index] = name.split()[-1] + ("" if kind == "PERSON" else " HQ")
        weights = zipf_weights(ENTITIES)
        self.entity_weights = weights
        ranks = {kind: [i for i, e in enumerate(self.entities) if e[0] in kind] for kind in
                 (("PERSON", "ORG", "GROUP"), ("PLACE",))}  # fmt: skip
        self.actors = ranks[("PERSON", "ORG", "GROUP")]
        self.actor_weights = list(itertools.accumulate(1.0 / (i + 1) for i in self.actors))
        self.places = ranks[("PLACE",)]
        self.place_weights = list(itertools.accumulate(1.0 / (i + 1) for i in self.places))
        self.sources = []
        while len(self.sources) < SOURCES:
            name = self._cap(rng, LATIN) + " " + rng.choice(("News", "Times", "Radio", "TV",
                                                             "Daily", "Post", "Media"))  # fmt: skip
            if name not in self.sources:
                self.sources.append(name)
        self.source_weights = zipf_weights(SOURCES)
        verbs = ("recruitment", "detention", "prosecution", "court_ruling", "casualty",
                 "coercion", "deportation", "payment", "enlistment", "release")  # fmt: skip
        self.types = [verbs[i % len(verbs)] + ("" if i < len(verbs) else f"_{i // len(verbs)}")
                      for i in range(EVENT_TYPES)]  # fmt: skip
        self.type_weights = zipf_weights(EVENT_TYPES, 0.9)

    @staticmethod
    def _cap(rng: random.Random, syllables: Sequence[str]) -> str:
        return "".join(rng.choices(syllables, k=rng.randint(2, 3))).capitalize()

    def _name(self, rng: random.Random, kind: str, syllables: Sequence[str]) -> str:
        if kind == "PERSON":
            return f"{self._cap(rng, syllables)} {self._cap(rng, syllables)}"
        if kind == "PLACE":
            return self._cap(rng, syllables) + rng.choice(PLACE_ENDS)
        return f"{self._cap(rng, syllables)} {rng.choice(ORG_KINDS)}"

    def filler(self, rng: random.Random, lang: str, k: int) -> str:
        return " ".join(rng.choices(self.words[lang], cum_weights=self.word_weights[lang], k=k))

    def entity_by_rank(self, rng: random.Random) -> str:
        """An entity's name, its rank drawn log-uniformly (popular and rare ones alike)."""
        rank = int(math.exp(rng.uniform(0, math.log(ENTITIES))))
        return self.entities[min(rank, ENTITIES) - 1][1]


class Synthetic:
    """The rows of a synthetic base: documents in chunks, then the happenings they report."""

    def __init__(self, pools: Pools, documents: int, per_document: int, seed: int) -> None:
        rng = self.rng = random.Random(seed)
        self.pools = pools
        total = documents * per_document
        self.days = [
            (FIRST_DAY + timedelta(days=n)).isoformat()
            for n in range((LAST_DAY - FIRST_DAY).days + 1)
        ]
        # Happenings: how many documents report each (1 for most, up to 200), and what it is.
        reports: list[int] = []
        left = total
        while left > 0:
            reports.append(min(int(rng.paretovariate(1.35)), 200, left))
            left -= reports[-1]
        count = len(reports)
        self.reports = reports
        self.day = [rng.randrange(len(self.days)) for _ in range(count)]
        self.type = rng.choices(range(EVENT_TYPES), cum_weights=pools.type_weights, k=count)
        self.actor = rng.choices(pools.actors, cum_weights=pools.actor_weights, k=count)
        self.place = [
            p if rng.random() < 0.7 else -1
            for p in rng.choices(pools.places, cum_weights=pools.place_weights, k=count)
        ]
        self.target = [
            t if rng.random() < 0.2 else -1
            for t in rng.choices(pools.actors, cum_weights=pools.actor_weights, k=count)
        ]
        modality = [m for m, _ in MODALITIES]
        self.modality = rng.choices(modality, [w for _, w in MODALITIES], k=count)
        # 0: a day, 1: a month, 2: a year, 3: undated (placed by the report's date)
        self.precision = rng.choices((0, 1, 2, 3), (60, 15, 10, 15), k=count)
        # Reports of one happening are written around its day: sort them by a noisy day, cut
        # them into documents of varied length, and ingest those in shuffled order.
        slots = [h for h in range(count) for _ in range(reports[h])]
        noisy = [self.day[h] + rng.gauss(0, 20) for h in slots]
        order = sorted(range(total), key=noisy.__getitem__)
        cuts = sorted(rng.sample(range(1, total), documents - 1)) if documents > 1 else []
        bounds = [0, *cuts, total]
        self.chunks = [
            [slots[i] for i in order[bounds[n] : bounds[n + 1]]] for n in range(documents)
        ]
        rng.shuffle(self.chunks)
        del slots, noisy, order
        self.ids = [f"{rng.getrandbits(64):016x}" for _ in range(documents)]
        # A happening's id and lead are its smallest report key.
        self.hid = [""] * count
        for doc, chunk in zip(self.ids, self.chunks, strict=True):
            for n, h in enumerate(chunk):
                key = f"{doc}/v{n + 1}"
                if not self.hid[h] or key < self.hid[h]:
                    self.hid[h] = key
        self.sources: list[set[str]] = [set() for _ in range(count)]
        self.languages = [0] * count  # bit 1: en, bit 2: ru
        self.first = [""] * count
        self.canonical: dict[int, str] = {}

    def value(self, h: int) -> tuple[str | None, str, str | None, str]:
        """(date value or None, basis, precision, sort key) of happening ``h``."""
        day = self.days[self.day[h]]
        kind = self.precision[h]
        if kind == 3:
            return None, "reported", "day", day
        value = day if kind == 0 else day[:7] if kind == 1 else day[:4]
        return value, "happened", ("day", "month", "year")[kind], value

    def documents(self, size: int) -> Iterator[dict[str, list[tuple[Any, ...]]]]:
        """The rows of ``size`` documents at a time, table by table."""
        stub = json.dumps({"schema": "dossier.extraction/2", "synthetic": True})
        rows: dict[str, list[tuple[Any, ...]]] = {t: [] for t in TABLES if t != "happenings"}
        for position, (doc, chunk) in enumerate(zip(self.ids, self.chunks, strict=True)):
            self._document(position, doc, chunk, rows, stub)
            if (position + 1) % size == 0:
                yield rows
                rows = {t: [] for t in rows}
        if rows["documents"]:
            yield rows

    def _document(
        self,
        position: int,
        doc: str,
        chunk: list[int],
        rows: dict[str, list[tuple[Any, ...]]],
        stub: str,
    ) -> None:
        rng, pools = self.rng, self.pools
        lang = "ru" if rng.random() < 0.3 else "en"
        latest = max(self.day[h] for h in chunk)
        published = self.days[min(latest + rng.randrange(8), len(self.days) - 1)]
        publisher = rng.choices(pools.sources, cum_weights=pools.source_weights)[0]
        locals_: dict[int, str] = {}
        mentions: Counter[str] = Counter()

        def local(entity: int) -> str:
            if entity not in locals_:
                locals_[entity] = f"e{len(locals_) + 1}"
            mentions[locals_[entity]] += 1
            return locals_[entity]

        parts: list[str] = []
        at = 0

        def add(text: str) -> tuple[int, int]:
            nonlocal at
            parts.append(text)
            at += len(text)
            return at - len(text), at

        first = pools.entities[self.actor[chunk[0]]][1]
        title = f"{first} {pools.filler(rng, lang, 6)}"
        add(title + "\n\n")
        cited = rng.choices(pools.sources, cum_weights=pools.source_weights, k=rng.randint(0, 3))
        citations = []
        for n, h in enumerate(chunk):
            start = at
            actor, place, target = self.actor[h], self.place[h], self.target[h]
            named = [(local(actor), "actor")]
            add(f"{pools.entities[actor][1]} {pools.filler(rng, lang, 6)} ")
            if target >= 0:
                named.append((local(target), "target"))
                add(f"{pools.entities[target][1]} ")
            if place >= 0:
                named.append((local(place), "place"))
                add(f"in {pools.entities[place][1]} ")
            value, basis, _, key = self.value(h)
            add(f"{value or 'recently'}, {pools.filler(rng, lang, 4)}")
            sources = []
            if cited and rng.random() < 0.6:
                c = rng.randrange(len(cited))
                span = add(f", according to {cited[c]}")
                citations.append((doc, f"c{len(citations)}", cited[c], None, None,
                                  "according_to", *span))  # fmt: skip
                sources.append(citations[-1][1])
                self.sources[h].add(cited[c])
            else:
                self.sources[h].add(publisher)
            end = add(".")[1]
            add(f" {pools.filler(rng, lang, 14)}.\n\n")
            event = f"v{n + 1}"
            numbers = [["people", float(k), str(k)]] if (k := rng.randrange(60)) < 12 else []
            rows["events"].append((
                doc, event, pools.types[self.type[h]], value,
                published if value is None else None, key, basis,
                json.dumps([named[0][0]]),
                json.dumps([named[1][0]] if target >= 0 else []),
                locals_[place] if place >= 0 else None, json.dumps(sources), start, end,
                self.modality[h], round(0.5 + rng.random() / 2, 2),
                f"{pools.entities[actor][1]}: {pools.types[self.type[h]]}",
                json.dumps([[start, end]]), json.dumps(numbers), self.hid[h],
            ))  # fmt: skip
            links = [(doc, event, entity, r) for entity, role in named for r in (role, "named")]
            rows["event_entities"] += dict.fromkeys(links)
            self.languages[h] |= 1 if lang == "en" else 2
            if not self.first[h] or published < self.first[h]:
                self.first[h] = published
        for _ in range(rng.randint(1, 4)):  # named in passing, in no event
            extra = rng.choices(range(ENTITIES), cum_weights=pools.entity_weights)[0]
            local(extra)
            add(f"{pools.entities[extra][1]} {pools.filler(rng, lang, 10)}.\n\n")
        text = "".join(parts)
        rows["documents"].append((
            doc, f"https://{publisher.lower().replace(' ', '-')}.example/{position}", title,
            publisher, None, published, "metadata", lang, text, stub,
        ))  # fmt: skip
        rows["origins"].append((doc, f"synthetic:{position}", None))
        rows["citations"] += citations
        for entity, lid in locals_.items():
            kind, name, key = pools.entities[entity]
            alias = pools.aliases.get(entity)
            geo = pools.geo.get(entity)
            canonical = self.canonical.setdefault(entity, f"{doc}/{lid}")
            rows["entities"].append((
                doc, lid, kind, name, json.dumps([alias] if alias else [], ensure_ascii=False),
                mentions[lid], *(geo or (None, None, None)), canonical,
            ))  # fmt: skip
            rows["entity_names"].append((doc, lid, key, name, 1))
            if alias:
                from dossier.store.queries import lookup_key

                rows["entity_names"].append((doc, lid, lookup_key(alias), alias, 0))

    def happenings(self, size: int) -> Iterator[list[tuple[Any, ...]]]:
        """The happenings, once every document was generated."""
        pools, out = self.pools, []
        for h, hid in enumerate(self.hid):
            value, basis, precision, key = self.value(h)
            if value is None:
                value = key
            actor, place = pools.entities[self.actor[h]][1], self.place[h]
            where = f" in {pools.entities[place][1]}" if place >= 0 else ""
            conflicts = []
            if self.reports[h] > 2 and h % 10 == 0:
                conflicts = [{"field": "date", "values": [[value, sorted(self.sources[h])[:1]],
                                                          [key[:4], ["another"]]]}]  # fmt: skip
            out.append((
                hid, pools.types[self.type[h]], self.modality[h], value, basis, precision,
                key, f"{actor}: {pools.types[self.type[h]]}{where}", hid, self.reports[h],
                json.dumps(sorted(self.sources[h]), ensure_ascii=False), self.first[h],
                json.dumps(conflicts, ensure_ascii=False),
                json.dumps([lang for bit, lang in ((1, "en"), (2, "ru"))
                            if self.languages[h] & bit]),
            ))  # fmt: skip
            if len(out) >= size:
                yield out
                out = []
        if out:
            yield out


# -- writing it: bulk inserts on SQLite, COPY on PostgreSQL --------------------------------------


class SqliteSink:
    name = "sqlite"

    def __init__(self, path: Path) -> None:
        from dossier.store import open_store

        open_store(path).close()  # the schema, by the store's own migrations
        self.conn = sqlite3.connect(path, isolation_level=None)
        self.conn.execute("PRAGMA journal_mode=WAL")
        self.conn.execute("PRAGMA synchronous=OFF")
        self.conn.execute("PRAGMA cache_size=-400000")
        # Secondary indexes are built after the load (the FTS5 trigger stays).
        self.indexes = self.conn.execute(
            "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL "
            f"AND tbl_name IN ({','.join('?' * len(TABLES))})",
            list(TABLES),
        ).fetchall()
        for name, _ in self.indexes:
            self.conn.execute(f"DROP INDEX {name}")
        self.seconds = 0.0

    def write(self, rows: dict[str, list[tuple[Any, ...]]]) -> None:
        start = time.perf_counter()
        self.conn.execute("BEGIN")
        for table, values in rows.items():
            columns = TABLES[table]
            names = ", ".join(f'"{c}"' for c in columns)
            self.conn.executemany(
                f"INSERT INTO {table} ({names}) VALUES ({','.join('?' * len(columns))})", values
            )
        self.conn.execute("COMMIT")
        self.seconds += time.perf_counter() - start

    def finish(self, mark: str) -> None:
        start = time.perf_counter()
        for _, sql in self.indexes:
            self.conn.execute(sql)
        _finish(self.conn, mark)
        self.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        self.conn.close()
        self.seconds += time.perf_counter() - start


class PgSink:
    name = "postgresql"

    def __init__(self, address: str) -> None:
        import psycopg

        from dossier.store import open_store

        open_store(address).close()
        self.conn = psycopg.connect(address)
        self.conn.execute("SET synchronous_commit = off")
        self.conn.execute("SET maintenance_work_mem = '512MB'")
        self.indexes = self.conn.execute(
            "SELECT indexname, indexdef FROM pg_indexes WHERE schemaname = 'public' "
            "AND tablename = ANY(%s) AND indexname NOT IN (SELECT conname FROM pg_constraint)",
            (list(TABLES),),
        ).fetchall()
        for name, _ in self.indexes:
            self.conn.execute(f'DROP INDEX "{name}"')
        self.conn.commit()
        self.seconds = 0.0

    def write(self, rows: dict[str, list[tuple[Any, ...]]]) -> None:
        start = time.perf_counter()
        with self.conn.cursor() as cursor:
            for table, values in rows.items():
                names = ", ".join(f'"{c}"' for c in TABLES[table])
                with cursor.copy(f"COPY {table} ({names}) FROM STDIN") as copy:
                    for row in values:
                        copy.write_row(row)
        self.conn.commit()
        self.seconds += time.perf_counter() - start

    def finish(self, mark: str) -> None:
        start = time.perf_counter()
        for _, sql in self.indexes:
            self.conn.execute(sql)
        self.conn.commit()
        _finish(_Translated(self.conn), mark)
        self.conn.commit()
        self.conn.autocommit = True
        self.conn.execute("VACUUM ANALYZE")
        self.conn.close()
        self.seconds += time.perf_counter() - start


class _Translated:
    """A psycopg connection that takes the store's ``?`` parameters."""

    def __init__(self, conn: Any) -> None:
        self.conn = conn

    def execute(self, sql: str, parameters: Any = ()) -> Any:
        from dossier.store.db import translate

        return self.conn.execute(translate(sql), parameters)


def _finish(conn: Any, mark: str) -> None:
    """Mark the base linked (as linking would), and what fill it holds."""
    from dossier.store.engine import _STATE_SQL

    state = conn.execute(f"SELECT {_STATE_SQL}").fetchone()[0]
    for key, value in (("linked", str(state)), ("bench", mark)):
        conn.execute("DELETE FROM meta WHERE key = ?", (key,))
        conn.execute("INSERT INTO meta (key, value) VALUES (?, ?)", (key, value))


def index_entities(address: str) -> float | None:
    """What linking keeps per entity (:mod:`dossier.store.entity_index`), built over a filled
    store as a full linking would; None when the store has it already. A store kept from
    before the index (schema 8) is migrated on opening, which fills its happenings."""
    from dossier.store import entity_index, linking, open_store

    started = time.perf_counter()
    with open_store(address, create=False) as store:
        conn = store.conn  # type: ignore[attr-defined]
        row = conn.execute("SELECT value FROM meta WHERE key = 'entity_index'").fetchone()
        if row is not None and row[0] == entity_index.VERSION:
            return None
        conn.execute("BEGIN IMMEDIATE")
        entity_index.rebuild(conn)
        linking._set_meta(conn, "entity_index", entity_index.VERSION)
        conn.execute("COMMIT")
        if "postgresql" in address:  # as autovacuum would, after so many new rows
            conn.execute("ANALYZE entity_happenings")
            conn.execute("ANALYZE entity_summary")
    return time.perf_counter() - started


def fill(sinks: list[Any], synthetic: Synthetic, documents: int, mark: str) -> dict[str, float]:
    started = time.perf_counter()
    generated = 0.0
    done = 0
    chunk = 2000
    rows_iter = synthetic.documents(chunk)
    while True:
        t0 = time.perf_counter()
        rows = next(rows_iter, None)
        generated += time.perf_counter() - t0
        if rows is None:
            break
        for sink in sinks:
            sink.write(rows)
        done += len(rows["documents"])
        if done % 10_000 < chunk or done == documents:
            each = ", ".join(f"{s.name} {s.seconds:.0f} s" for s in sinks)
            _progress(f"  {done:,}/{documents:,} documents, {time.perf_counter() - started:.0f} s "
                      f"({each})")  # fmt: skip
    for happenings in synthetic.happenings(20_000):
        for sink in sinks:
            sink.write({"happenings": happenings})
    _progress(f"  {len(synthetic.hid):,} happenings; building indexes")
    for sink in sinks:
        sink.finish(mark)
    out = {f"{s.name}_seconds": round(s.seconds, 1) for s in sinks}
    out["generate_seconds"] = round(generated, 1)
    return out


# -- measuring -------------------------------------------------------------------------------


def stats(times: list[float]) -> dict[str, float]:
    times = sorted(times)
    return {
        "runs": len(times),
        "p50_ms": round(statistics.median(times), 1),
        "p95_ms": round(times[math.ceil(0.95 * len(times)) - 1], 1),
        "max_ms": round(times[-1], 1),
    }


def queries(pools: Pools, seed: int) -> dict[str, Callable[[Any], Any]]:
    """Each measured query: a function of the store, its parameters drawn afresh each call."""
    from dossier.store import web_queries
    from dossier.store.web_queries import TimelineQuery

    rng = random.Random(seed)

    def forget() -> None:
        web_queries._SUMMARIES.clear()

    def types(k: int) -> tuple[str, ...]:
        return tuple(set(rng.choices(pools.types, cum_weights=pools.type_weights, k=k)))

    def timeline(q: TimelineQuery) -> Callable[[Any], Any]:
        return lambda store: store.timeline_page(q, store.overrides())

    def words() -> str:
        if rng.random() < 0.3:
            return pools.entity_by_rank(rng)
        lang = rng.choice(("en", "en", "ru"))
        vocab = pools.words[lang]
        return " ".join(rng.choice(vocab[20 : 20 + 2000]) for _ in range(rng.randint(1, 2)))

    def since() -> str:
        return str(rng.randint(2014, 2023)) + rng.choice(("", f"-{rng.randint(1, 12):02d}"))

    def type_dates(store: Any) -> Any:
        forget()
        start = since()
        until = str(rng.randint(int(start[:4]), 2025))
        q = TimelineQuery(types=types(2), since=start, until=until)
        return store.timeline_page(q, store.overrides())

    def entity_types_since(store: Any) -> Any:
        forget()
        q = TimelineQuery(entity=pools.entity_by_rank(rng), types=types(3), since=since())
        return store.timeline_page(q, store.overrides())

    pages: list[int] = []

    def page_n(store: Any) -> Any:
        """One of the first 50 pages of the unfiltered timeline (counts kept)."""
        if not pages:
            pages.append(store.timeline_page(TimelineQuery(), store.overrides()).pages)
        q = TimelineQuery(page=rng.randint(2, min(50, pages[0])))
        return store.timeline_page(q, store.overrides())

    return {
        "timeline: first page": timeline(TimelineQuery()),
        "timeline: first page, counts computed": lambda store: (
            forget() or store.timeline_page(TimelineQuery(), store.overrides())
        ),
        "timeline: page 2-50": page_n,
        "timeline: entity + types + since": entity_types_since,
        "timeline: types + since/until": type_dates,
        "case file (workbench)": lambda store: store.reviewed_case_file(
            pools.entity_by_rank(rng), store.overrides()
        ),
        "case file (CLI)": lambda store: store.case_file(pools.entity_by_rank(rng)),
        "search": lambda store: store.search(words()),
    }


def measure(
    address: str, pools: Pools, runs: int, seed: int, budget: float
) -> dict[str, dict[str, float]]:
    from dossier.store import open_store

    results = {}
    with open_store(address, create=False) as store:
        for name, query in queries(pools, seed).items():
            query(store)  # warm: the caches and pages this query reads
            times: list[float] = []
            began = time.perf_counter()
            for _ in range(runs):
                if len(times) >= 10 and time.perf_counter() - began > budget:
                    break  # a query this slow has shown what it is; its runs say how many
                start = time.perf_counter()
                query(store)
                times.append((time.perf_counter() - start) * 1000)
            results[name] = stats(times)
            r = results[name]
            _progress(f"  {name:40} p50 {r['p50_ms']:8.1f} ms  p95 {r['p95_ms']:8.1f} ms  "
                      f"max {r['max_ms']:8.1f} ms")  # fmt: skip
    return results


# -- ingest throughput -------------------------------------------------------------------------


def varied(texts: Sequence[tuple[str, str | None]], count: int) -> list[str]:
    """``count`` distinct texts from the samples: paragraphs rotated, a numbered line added."""
    out = []
    for n in range(count):
        text = texts[n % len(texts)][0]
        paragraphs = [p for p in text.split("\n\n") if p.strip()]
        shift = (n // len(texts)) % max(1, len(paragraphs))
        rotated = paragraphs[shift:] + paragraphs[:shift]
        out.append("\n\n".join(rotated) + f"\n\nReport {n + 1} of the series.\n")
    return out


def ingest(address: str, folder: Path, fresh: Callable[[], str]) -> dict[str, float]:
    """Time ``dossier ingest`` of ``folder`` into ``address``, then only the store's part."""
    from dossier import verbs
    from dossier.store import open_store

    start = time.perf_counter()
    report = verbs.ingest([str(folder)], db=address)
    total = time.perf_counter() - start
    if report.failures:
        raise SystemExit(f"ingest failed on {report.failures[0]}")
    with open_store(address, create=False) as store:
        extractions = store.extractions()
    again = fresh()
    with open_store(again) as store:
        start = time.perf_counter()
        for n, extraction in enumerate(extractions):
            store.write(extraction, f"again:{n}")
        written = time.perf_counter() - start
        store.relink()
        stored = time.perf_counter() - start
    return {
        "documents": report.stored,
        "seconds": round(total, 2),
        "documents_per_s": round(report.stored / total, 2),
        "store_write_seconds": round(written, 2),
        "store_link_seconds": round(stored - written, 2),
        "store_share": round(stored / total, 3),
        "extraction_share": round(1 - stored / total, 3),
    }


# -- PostgreSQL databases ----------------------------------------------------------------------


def database(server: str, name: str, drop: bool) -> str:
    """The address of database ``name`` on ``server``, created (new when ``drop``)."""
    import psycopg

    from dossier.store.postgres import close_pool

    address = urlsplit(server)._replace(path=f"/{name}").geturl()
    with psycopg.connect(server, autocommit=True) as admin:
        exists = admin.execute("SELECT 1 FROM pg_database WHERE datname = %s", (name,)).fetchone()
        if exists and drop:
            close_pool(address)
            admin.execute(f'DROP DATABASE "{name}" WITH (FORCE)')
        if not exists or drop:
            admin.execute(f"CREATE DATABASE \"{name}\" TEMPLATE template0 ENCODING 'UTF8'")
    return address


def filled_with(address: str) -> str | None:
    """The fill a kept store holds (its ``bench`` mark), or None."""
    from dossier.store import open_store

    try:
        with open_store(address, create=False) as store:
            row = store.conn.execute("SELECT value FROM meta WHERE key = 'bench'").fetchone()
    except Exception:
        return None
    return str(row[0]) if row else None


def _progress(line: str) -> None:
    print(line, file=sys.stderr, flush=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--documents", type=int, default=100_000)
    parser.add_argument("--events-per-document", type=int, default=10)
    parser.add_argument("--runs", type=int, default=50, help="timed runs of each query")
    parser.add_argument(
        "--pg", default=os.environ.get("DOSSIER_TEST_PG"),
        help="a PostgreSQL server (postgresql://…); its databases "
        f"{BENCH_DB} and {INGEST_DB}* are created (default: $DOSSIER_TEST_PG)",
    )  # fmt: skip
    parser.add_argument("--sqlite", type=Path, default=ROOT / "benchmarks/results/store_bench.db")
    parser.add_argument("--json", type=Path, default=ROOT / "benchmarks/results/store_bench.json")
    parser.add_argument("--reuse", action="store_true", help="keep stores filled with these sizes")
    parser.add_argument(
        "--budget", type=float, default=120, help="seconds of runs per query (at least 10 runs)"
    )
    parser.add_argument("--ingest-documents", type=int, default=100)
    parser.add_argument("--skip-queries", action="store_true")
    parser.add_argument("--skip-ingest", action="store_true")
    parser.add_argument("--seed", type=int, default=12)
    args = parser.parse_args()
    if not args.pg:
        parser.error("--pg (or DOSSIER_TEST_PG) must name a PostgreSQL server")
    texts = sample_texts()
    results: dict[str, Any] = {
        "documents": args.documents,
        "events_per_document": args.events_per_document,
        "runs": args.runs,
    }
    if not args.skip_queries:
        pools = Pools(args.seed, vocabularies(texts))
        mark = json.dumps([FILL_VERSION, args.documents, args.events_per_document, args.seed])
        stores = {"sqlite": str(args.sqlite), "postgresql": database(args.pg, BENCH_DB, False)}
        stale = [b for b, a in stores.items() if not (args.reuse and filled_with(a) == mark)]
        if stale:
            _progress(f"generating {args.documents:,} documents for {', '.join(stale)}")
            started = time.perf_counter()
            synthetic = Synthetic(pools, args.documents, args.events_per_document, args.seed)
            _progress(f"  planned {len(synthetic.hid):,} happenings in "
                      f"{time.perf_counter() - started:.0f} s")  # fmt: skip
            sinks: list[Any] = []
            if "sqlite" in stale:
                args.sqlite.parent.mkdir(parents=True, exist_ok=True)
                for suffix in ("", "-wal", "-shm"):
                    Path(f"{args.sqlite}{suffix}").unlink(missing_ok=True)
                sinks.append(SqliteSink(args.sqlite))
            if "postgresql" in stale:
                stores["postgresql"] = database(args.pg, BENCH_DB, True)
                sinks.append(PgSink(stores["postgresql"]))
            results["fill"] = fill(sinks, synthetic, args.documents, mark)
            del synthetic
        for backend, address in stores.items():
            seconds = index_entities(address)
            if seconds is not None:
                _progress(f"{backend}: entity index built in {seconds:.0f} s")
                results.setdefault("entity_index_seconds", {})[backend] = round(seconds, 1)
        counts = {}
        results["queries"] = {}
        for backend, address in stores.items():
            from dossier.store import open_store

            with open_store(address, create=False) as store:
                counts[backend] = dataclasses.asdict(store.counts())
            _progress(f"{backend}: {counts[backend]}")
            results["queries"][backend] = measure(address, pools, args.runs, args.seed, args.budget)
        results["counts"] = counts
    if not args.skip_ingest:
        ingest_texts = varied(texts, args.ingest_documents)
        results["ingest"] = {}
        with tempfile.TemporaryDirectory() as tmp:
            folder = Path(tmp) / "texts"
            folder.mkdir()
            for n, text in enumerate(ingest_texts):
                (folder / f"article-{n:04d}.txt").write_text(text, encoding="utf-8")
            from dossier import verbs

            _progress("warming the extraction models")
            warm = Path(tmp) / "warm"
            warm.mkdir()
            for n, (text, _) in enumerate(texts[:4]):
                (warm / f"w{n}.txt").write_text(text, encoding="utf-8")
            verbs.ingest([str(warm)], db=Path(tmp) / "warm.db")
            counter = itertools.count()
            fresh_stores: dict[str, Callable[[], str]] = {
                "sqlite": lambda: str(Path(tmp) / f"ingest-{next(counter)}.db"),
                "postgresql": lambda: database(args.pg, f"{INGEST_DB}_{next(counter)}", True),
            }
            for backend, fresh in fresh_stores.items():
                _progress(f"ingesting {len(ingest_texts)} documents into {backend}")
                results["ingest"][backend] = ingest(fresh(), folder, fresh)
                _progress(f"  {results['ingest'][backend]}")
        _drop_ingest_databases(args.pg)
    report(results)
    args.json.parent.mkdir(parents=True, exist_ok=True)
    args.json.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    _progress(f"written to {args.json}")


def _drop_ingest_databases(server: str) -> None:
    import psycopg

    from dossier.store.postgres import close_pool

    with psycopg.connect(server, autocommit=True) as admin:
        names = [
            r[0]
            for r in admin.execute(
                "SELECT datname FROM pg_database WHERE datname LIKE %s", (f"{INGEST_DB}%",)
            )
        ]
        for name in names:
            close_pool(urlsplit(server)._replace(path=f"/{name}").geturl())
            admin.execute(f'DROP DATABASE "{name}" WITH (FORCE)')


def report(results: dict[str, Any]) -> None:
    if "queries" in results:
        backends = list(results["queries"])
        print(f"\n{results['documents']:,} documents, {results['events_per_document']} events "
              f"each; p50 / p95 / max over {results['runs']} runs (ms)")  # fmt: skip
        print(f"{'query':40}" + "".join(f"{b:>26}" for b in backends))
        names = list(results["queries"][backends[0]])
        for name in names:
            cells = []
            for b in backends:
                r = results["queries"][b][name]
                cells.append(f"{r['p50_ms']:8.1f} {r['p95_ms']:8.1f} {r['max_ms']:8.1f}")
            print(f"{name:40}" + "".join(f"{c:>26}" for c in cells))
    if "ingest" in results:
        print("\ningest (dossier ingest of the varied sample articles)")
        print(f"{'backend':12}{'documents':>10}{'seconds':>10}{'docs/s':>10}"
              f"{'store+link':>12}{'extraction':>12}")  # fmt: skip
        for b, r in results["ingest"].items():
            print(f"{b:12}{r['documents']:>10}{r['seconds']:>10.1f}{r['documents_per_s']:>10.2f}"
                  f"{r['store_share']:>12.1%}{r['extraction_share']:>12.1%}")  # fmt: skip


if __name__ == "__main__":
    main()
