"""Server time of the web workbench's pages on a base of 10,000 documents.

The documents are synthetic extractions written straight through the store (no NLP): a few
hundred words each, with persons, organisations and places drawn from shared pools so that
entities, happenings and copy groups link across documents as in a real base. Each page is
then asked for through the ASGI app in-process (FastAPI's TestClient), so the figure is the
server's time (routing, queries, templates), not the network's.

    python benchmarks/web_bench.py [--documents 10000] [--requests 60] [--db PATH]

Goal (issue 11): p95 under 150 ms for every page.
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
import sys
import time
from pathlib import Path

from dossier.models import (
    Article,
    Citation,
    Entity,
    Event,
    Extraction,
    Geo,
    Placement,
    Quantity,
    Timex,
)
from dossier.store import SQLiteStore
from dossier.timex import precision

WORDS = (  # noqa: SIM905 - a sentence reads better than forty quoted words
    "the ministry said recruits were sent to the front after signing contracts in the city "
    "officials reported that migrants faced pressure at enlistment offices and courts heard "
    "cases of mercenary service while families asked for help from embassies and lawyers"
).split()
TYPES = ("recruitment", "detention", "prosecution", "court_ruling", "casualty", "coercion")
DATES = ("2022", "2022-SU", "2022-Q3", "2022-09", "2023-01", "2023-05-14", "2023-08-30")


def _pools(rng: random.Random) -> dict[str, list[tuple[str, ...]]]:
    first = ["Askar", "Rustam", "Timur", "Aziz", "Bakyt", "Ilya", "Oleg", "Nurlan", "Farhod"]
    last = ["Tokonov", "Saidov", "Karimov", "Ivanov", "Aliev", "Usmonov", "Petrov", "Bekov"]
    persons = [(f"{rng.choice(first)} {rng.choice(last)}-{i}",) for i in range(2000)]
    orgs = [(f"Agency {i}",) for i in range(150)]
    places = [
        (f"Town {i}", str(38 + rng.random() * 20), str(30 + rng.random() * 50)) for i in range(300)
    ]
    sources = [(f"Outlet {i}",) for i in range(200)]
    return {"PERSON": persons, "ORG": orgs, "PLACE": places, "SOURCE": sources}


def synthetic(i: int, rng: random.Random, pools: dict[str, list[tuple[str, ...]]]) -> Extraction:
    """One document: sentences of filler words around named entities, dates and events."""
    parts: list[str] = []
    at = 0

    def add(text: str) -> tuple[int, int]:
        nonlocal at
        start = at
        parts.append(text)
        at += len(text)
        return start, at

    entities: list[Entity] = []
    timexes: list[Timex] = []
    quantities: list[Quantity] = []
    citations: list[Citation] = []
    events: list[Event] = []
    add(f"Report {i}: {' '.join(rng.choices(WORDS, k=8))}\n\n")
    for n in range(rng.randint(2, 4)):
        s0 = at
        person = rng.choice(pools["PERSON"])[0]
        place = rng.choice(pools["PLACE"])
        org = rng.choice(pools["ORG"])[0]
        pspan = add(person)
        add(" " + " ".join(rng.choices(WORDS, k=6)) + " in ")
        lspan = add(place[0])
        add(" by ")
        ospan = add(org)
        add(" on ")
        value = rng.choice(DATES)
        tspan = add(value)
        add(", " + " ".join(rng.choices(WORDS, k=5)) + " ")
        count = rng.randint(2, 90)
        qspan = add(str(count))
        add(" people, according to ")
        source = rng.choice(pools["SOURCE"])[0]
        cspan = add(source)
        add(". " + " ".join(rng.choices(WORDS, k=30)) + ".\n\n")
        ids = (f"e{n}p", f"e{n}l", f"e{n}o")
        geo = Geo(float(place[1]), float(place[2]), "KG")
        entities += [
            Entity(ids[0], "PERSON", person, mentions=[pspan]),
            Entity(ids[1], "PLACE", place[0], mentions=[lspan], geo=geo),
            Entity(ids[2], "ORG", org, mentions=[ospan]),
        ]
        timexes.append(Timex(*tspan, value, "DATE", value))
        quantities.append(Quantity(*qspan, str(count), float(count), None))
        citations.append(Citation(f"c{n}", source, "according_to", *cspan))
        events.append(
            Event(
                id=f"v{n}", type=rng.choice(TYPES), evidence=(s0, at - 2), date=value,
                actors=[ids[0]], targets=[], place=ids[1], citations=[f"c{n}"],
                quantities=[n], confidence=0.8, mentions=[(s0, at - 2)],
                summary=f"{person} in {place[0]}",
                placement=Placement(value, "happened", precision(value)),
            )
        )  # fmt: skip
    text = "".join(parts)
    article = Article(
        id=f"{i:016x}", text=text, url=f"http://example.org/{i}", title=f"Report {i}",
        publisher=rng.choice(pools["SOURCE"])[0], published="2023-09-01",
        published_basis="metadata", language=rng.choice(("en", "en", "ru")),
    )  # fmt: skip
    return Extraction(article, entities, timexes, quantities, citations, events)


def fill(db: Path, documents: int, seed: int = 11) -> None:
    rng = random.Random(seed)
    pools = _pools(rng)
    started = time.perf_counter()
    with SQLiteStore(db) as store:
        for i in range(documents):
            store.write(synthetic(i, rng, pools), f"synthetic:{i}")
        written = time.perf_counter()
        store.relink()
    print(
        f"filled {documents} documents in {written - started:.0f} s, "
        f"linked in {time.perf_counter() - written:.0f} s",
        file=sys.stderr,
    )


def measure(db: Path, requests: int, seed: int = 5) -> dict[str, dict[str, float]]:
    from fastapi.testclient import TestClient

    from dossier import verbs
    from dossier.store.web_queries import TimelineQuery
    from dossier.web import create_app

    rng = random.Random(seed)
    client = TestClient(create_app(db))
    first = verbs.timeline_page(TimelineQuery(per_page=200), db)
    total_pages = first.pages
    happenings = [r.row.happening_id for r in first.rows]
    documents = list({r.row.document_id for r in first.rows})
    names = [e.name for e in verbs.entities(db, None, 400)]
    urls = {
        "timeline": lambda: f"/timeline?page={rng.randint(1, max(1, total_pages * 4))}",
        "timeline (entity)": lambda: f"/timeline?entity={rng.choice(names)}",
        "timeline (type, language)": lambda: (
            f"/timeline?type={rng.choice(TYPES)}&language=ru&since=2022-06"
        ),
        # The first view of a filter computes its total and facet counts; later pages of it
        # reuse them until the base changes. This row forgets them before every request.
        "timeline (counts computed)": lambda: (
            _forget() or f"/timeline?page={rng.randint(1, max(1, total_pages * 4))}"
        ),
        "happening": lambda: f"/happenings/{rng.choice(happenings)}",
        "entity": lambda: f"/entities/{rng.choice(names)}",
        "document": lambda: f"/documents/{rng.choice(documents)}",
        "search": lambda: f"/search?q={'+'.join(rng.sample(WORDS, 2))}",
    }
    results: dict[str, dict[str, float]] = {}
    for name, url in urls.items():
        client.get(url())  # warm the caches this page uses
        times = []
        for _ in range(requests):
            target = url()
            start = time.perf_counter()
            response = client.get(target)
            times.append((time.perf_counter() - start) * 1000)
            if response.status_code not in (200, 404):
                raise SystemExit(f"{target}: {response.status_code}")
        times.sort()
        results[name] = {
            "p50_ms": round(statistics.median(times), 1),
            "p95_ms": round(times[int(0.95 * (len(times) - 1))], 1),
            "max_ms": round(times[-1], 1),
        }
        print(f"{name:28} p50 {results[name]['p50_ms']:7.1f} ms   "
              f"p95 {results[name]['p95_ms']:7.1f} ms")  # fmt: skip
    return results


def _forget() -> None:
    from dossier.store import web_queries

    web_queries._SUMMARIES.clear()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--documents", type=int, default=10_000)
    parser.add_argument("--requests", type=int, default=60)
    parser.add_argument("--db", type=Path, default=Path("benchmarks/results/web_bench.db"))
    args = parser.parse_args()
    args.db.parent.mkdir(parents=True, exist_ok=True)
    if not args.db.exists():
        fill(args.db, args.documents)
    results = measure(args.db, args.requests)
    out = args.db.with_suffix(".json")
    out.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    print(f"written to {out}", file=sys.stderr)


if __name__ == "__main__":
    main()
