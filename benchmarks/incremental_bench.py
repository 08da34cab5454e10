"""Incremental linking: store and link 100 new documents into a big base, against an empty one.

    .venv/bin/python benchmarks/incremental_bench.py [--base 100000] [--new 100] [--pg ADDRESS]
        [--db PATH] [--reuse] [--json FILE]

Documents are synthetic extractions (no NLP: extraction costs the same into any base, and
``benchmarks/store_bench.py`` measures it): each names a few people, organisations and places
drawn with Zipf-like frequency from a pool that grows with the base, reports a few
happenings of the pack's types with dates over four years and numbers now and then, cites a
source or two, and every tenth is a lightly edited copy of an earlier one, so that linking
has entities to resolve, copies to group and reports to merge everywhere in the base.

It prints, per backend: the time to fill the base and link it fully once, then the time to
write and link the new documents into it (linking only their neighbourhood), against the
same documents into an empty base; their ratio is the issue's measure (goal: at most 2x).
"""

from __future__ import annotations

import argparse
import json
import random
import resource
import sys
import time
from collections import deque
from datetime import date, timedelta
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from dossier.events.cluster import place as placement_of
from dossier.models import Article, Citation, Entity, Event, Extraction, Geo
from dossier.store import open_store

TYPES = ("detention", "prosecution", "court_ruling", "casualty", "recruitment", "coercion")
GIVEN = (
    "Askar",
    "Bakyt",
    "Timur",
    "Rustam",
    "Farrukh",
    "Dilshod",
    "Aibek",
    "Nurlan",
    "Oleg",
    "Sergei",
    "Anvar",
    "Jamshid",
    "Ravshan",
    "Ulan",
    "Azamat",
    "Bekzod",
    "Ilhom",
    "Marat",
)
ORGS = (
    "Wagner Group",
    "Ministry of Defence",
    "Investigative Committee",
    "Supreme Court",
    "Prosecutor General's Office",
    "Migration Service",
    "State Committee for National Security",
    "Interior Ministry",
    "Bishkek City Court",
    "Moscow Regional Court",
)
PLACES = (("Bishkek", 42.87, 74.59, "KG"), ("Osh", 40.53, 72.80, "KG"),
          ("Dushanbe", 38.56, 68.77, "TJ"), ("Tashkent", 41.31, 69.24, "UZ"),
          ("Moscow", 55.75, 37.62, "RU"), ("Sakharovo", 55.34, 37.03, "RU"),
          ("Rostov-on-Don", 47.23, 39.72, "RU"), ("Samarkand", 39.65, 66.96, "UZ"))  # fmt: skip
SOURCES = ("Kloop", "Asia-Plus", "RFE/RL", "Kun.uz", "24.kg", "Mediazona", "Fergana",
           "the prosecutor's office", "the court's press service", "relatives")  # fmt: skip
START = date(2022, 2, 24)


def zipf(rng: random.Random, n: int) -> int:
    """An index below ``n``, small ones far more often (roughly 1/rank)."""
    return min(n - 1, int(n ** rng.random()) - 1)


class Maker:
    """Synthetic extractions; ``people`` grows with the base, so names recur and vary."""

    def __init__(self, seed: int, people: int) -> None:
        self.rng = random.Random(seed)
        syllables = (
            "ka",
            "ra",
            "bek",
            "tur",
            "sun",
            "mat",
            "nur",
            "ul",
            "az",
            "bo",
            "sha",
            "rip",
            "dil",
            "shod",
            "ham",
            "zar",
            "ov",
            "ali",
            "yu",
            "sup",
            "ker",
            "im",
            "an",
            "vo",
        )
        self.people = [
            f"{self.rng.choice(GIVEN)} "
            f"{''.join(self.rng.choice(syllables) for _ in range(3)).capitalize()}"
            f"{self.rng.choice(('ov', 'ev', '-uulu', 'zoda', 'bekov'))}"
            for _ in range(people)
        ]
        # The last 500 documents, which copies are made of: holding all 100,000 extractions
        # made the benchmark's heap, and every garbage collection in linking, many times
        # what an ingest process has.
        self.made: deque[Extraction] = deque(maxlen=500)
        # Words enough that two documents' texts share no more than news on one topic does.
        letters = "abcdefghijklmnopqrstuvwxyz"
        self.vocabulary = [
            "".join(self.rng.choice(letters) for _ in range(self.rng.randint(3, 9)))
            for _ in range(20_000)
        ]

    def document(self, n: int) -> Extraction:
        rng = self.rng
        if self.made and n % 10 == 9:  # a lightly edited copy of an earlier document
            return self._copy(rng.choice(self.made), n)
        parts: list[str] = []
        entities: list[Entity] = []

        def mention(kind: str, name: str, geo: Geo | None = None) -> str:
            for e in entities:
                if e.name == name:
                    return e.id
            start = sum(len(p) + 1 for p in parts)
            parts.append(name)
            entities.append(Entity(f"e{len(entities) + 1}", kind, name, [],  # type: ignore[arg-type]
                                   [(start, start + len(name))], geo))  # fmt: skip
            return entities[-1].id

        day = START + timedelta(days=rng.randrange(1400))
        published = (day + timedelta(days=rng.randrange(1, 30))).isoformat()
        events: list[Event] = []
        citations: list[Citation] = []
        for k in range(rng.randint(2, 6)):
            who = mention("PERSON", self.people[zipf(rng, len(self.people))])
            org = mention("ORG", ORGS[zipf(rng, len(ORGS))])
            name, lat, lon, country = PLACES[zipf(rng, len(PLACES))]
            where = mention("PLACE", name, Geo(lat, lon, country))
            when = (day - timedelta(days=rng.randrange(0, 60))).isoformat()
            start = sum(len(p) + 1 for p in parts)
            words = " ".join(rng.choice(self.vocabulary) for _ in range(rng.randint(12, 30)))
            text = f"On {when} {words}, with {rng.randrange(2, 40)} others."
            parts.append(text)
            cid = f"c{len(citations) + 1}"
            source = SOURCES[zipf(rng, len(SOURCES))]
            c_start = sum(len(p) + 1 for p in parts)
            parts.append(f"({source}, {published})")
            citations.append(Citation(cid, source, "parenthetical", c_start,
                                      c_start + len(parts[-1]), None, published,
                                      [(start, start + len(text))]))  # fmt: skip
            event = Event(f"v{k + 1}", rng.choice(TYPES), (start, start + len(text)),
                          date=when[: rng.choice((7, 10, 10))], actors=[org], targets=[who],
                          place=where, citations=[cid], confidence=0.8)  # fmt: skip
            event.placement = placement_of(event, published)
            events.append(event)
        parts.append(f"Report {n} of the synthetic archive.")
        article = Article(id=f"doc{n:07d}", text=" ".join(parts), title=f"Report {n}",
                          published=published, language=rng.choice(("en", "en", "ru")),
                          url=f"https://example.org/{n}")  # fmt: skip
        made = Extraction(article, entities, [], [], citations, events)
        self.made.append(made)
        return made

    def _copy(self, original: Extraction, n: int) -> Extraction:
        doc = original.document
        text = doc.text + f" Republished as {n}."
        article = Article(
            id=f"doc{n:07d}",
            text=text,
            title=doc.title,
            language=doc.language,
            published=doc.published,
            url=f"https://mirror.example.org/{n}",
        )
        return Extraction(article, original.entities, original.timexes, original.quantities,
                          original.citations, original.events)  # fmt: skip


def peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def fill(address: str, maker: Maker, count: int, first: int) -> float:
    started = time.perf_counter()
    with open_store(address) as store:
        for n in range(first, first + count):
            store.write(maker.document(n))
            if (n - first + 1) % 10_000 == 0:
                print(f"  {n - first + 1:,} documents written", file=sys.stderr, flush=True)
    return time.perf_counter() - started


def run(address: str, empty: str, args: argparse.Namespace) -> dict[str, Any]:
    maker = Maker(args.seed, people=max(500, args.base // 4))
    out: dict[str, Any] = {"address": address.split("@")[-1], "base": args.base, "new": args.new}
    if not args.reuse:
        print(f"filling {args.base:,} documents into {out['address']}", file=sys.stderr)
        out["fill_s"] = round(fill(address, maker, args.base, 0), 1)
        started = time.perf_counter()
        with open_store(address) as store:
            store.relink(full=True)
        out["full_link_s"] = round(time.perf_counter() - started, 1)
        print(f"  full linking: {out['full_link_s']} s", file=sys.stderr)
    stored = args.base
    if args.reuse:
        # The base may hold the new documents of earlier runs: these come after them.
        with open_store(address, create=False) as store:
            stored = store.counts().documents
        out["base"] = stored
        for n in range(stored):
            maker.document(n)  # the same generator state as the filled base
    new = [maker.document(stored + i) for i in range(args.new)]
    timings = {}
    for name, target in (("into_base", address), ("into_empty", empty)):
        started = time.perf_counter()
        with open_store(target) as store:
            for extraction in new:
                store.write(extraction)
            written = time.perf_counter()
            store.relink()
            done = time.perf_counter()
            counts = store.counts()
        timings[name] = {
            "write_s": round(written - started, 2), "link_s": round(done - written, 2),
            "total_s": round(done - started, 2), "documents": counts.documents,
        }  # fmt: skip
        print(f"  {args.new} new documents {name}: {timings[name]}", file=sys.stderr)
    out.update(timings)
    out["ratio"] = round(timings["into_base"]["total_s"] / timings["into_empty"]["total_s"], 2)
    # Extraction of the documents costs the same into either base (store_bench: about
    # 0.1 s a document on a quiet machine); with it, the ratio an analyst sees is smaller.
    extract = args.extract_seconds * args.new
    out["ratio_with_extraction"] = round(
        (extract + timings["into_base"]["total_s"]) / (extract + timings["into_empty"]["total_s"]),
        2,
    )
    out["peak_mb"] = round(peak_mb())
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--base", type=int, default=100_000)
    parser.add_argument("--new", type=int, default=100)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--db", default="benchmarks/results/incremental.db")
    parser.add_argument("--pg", help="a PostgreSQL server address to run on as well")
    parser.add_argument(
        "--reuse", action="store_true",
        help="the base is filled already (and linked); new documents follow those it holds",
    )  # fmt: skip
    parser.add_argument(
        "--extract-seconds",
        type=float,
        default=0.10,
        help="extraction time per document, for the ratio with extraction (0.10 s: "
        "store_bench's ingest and the Ray benchmark on a quiet machine; 0.29 s with the "
        "machine shared)",
    )
    parser.add_argument("--json", type=Path)
    args = parser.parse_args()
    Path(args.db).parent.mkdir(parents=True, exist_ok=True)
    results = []
    empty = Path(args.db).with_suffix(".empty.db")
    for path in ([] if args.reuse else [Path(args.db)]) + [empty]:
        for suffix in ("", "-wal", "-shm"):
            Path(f"{path}{suffix}").unlink(missing_ok=True)
    results.append({"backend": "sqlite", **run(args.db, str(empty), args)})
    if args.pg:
        import psycopg

        names = ("dossier_incremental", "dossier_incremental_empty")
        with psycopg.connect(args.pg, autocommit=True) as admin:
            for name in names if not args.reuse else names[1:]:
                admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
                admin.execute(f'CREATE DATABASE "{name}" TEMPLATE template0')
        base = args.pg.rsplit("/", 1)[0]
        results.append(
            {"backend": "postgresql", **run(f"{base}/{names[0]}", f"{base}/{names[1]}", args)}
        )
    print(f"{'backend':<11} {'base':>8} {'fill s':>8} {'full link s':>12} "
          f"{'new→base s':>11} {'new→empty s':>12} {'ratio':>6} {'w/ extraction':>14}")  # fmt: skip
    for r in results:
        print(f"{r['backend']:<11} {r['base']:>8,} {r.get('fill_s', '-')!s:>8} "
              f"{r.get('full_link_s', '-')!s:>12} {r['into_base']['total_s']:>11} "
              f"{r['into_empty']['total_s']:>12} {r['ratio']:>6} "
              f"{r['ratio_with_extraction']:>14}")  # fmt: skip
    if args.json:
        args.json.write_text(json.dumps(results, indent=2))


if __name__ == "__main__":
    main()
