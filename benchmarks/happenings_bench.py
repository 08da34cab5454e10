"""Time happening linking on a synthetic archive: 100,000 documents, their reports linked.

    .venv/bin/python benchmarks/happenings_bench.py [--documents 100000] [--seed 7] [--json]

The archive is made of happenings of the pack's types, each reported by one to six documents
(the way a detention is told by a wire, two reposts and a Russian outlet), with what real
reports carry and lack: a person named in some reports and not others, an organisation, a
place with coordinates, a date at day, month or no precision, a report date, a number now and
then. Each document also reports a few happenings of its own that nobody else does. Copy
groups are not made here (``benchmarks/group_bench.py`` times them); this script times
:func:`dossier.group.happenings.link_reports` and :func:`summarize` over every report, which is
what linking does after the entities are resolved (with rule 7's pairs of documents that share
a rare name, counted from the names of each document's reports), and scores the result
pairwise against the generated truth as a sanity check (the figures that count are on gold
data: ``eval/happenings/evaluate.py``).

It prints the time and the peak memory (maximum resident set size of the process, which
includes the reports themselves) of each stage.
"""

from __future__ import annotations

import argparse
import json
import random
import resource
import sys
import time
from collections import defaultdict
from datetime import date, timedelta
from itertools import combinations
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from dossier.group.happenings import Number, Report, link_reports, rare_name_stories, summarize

TYPES = ("detention", "prosecution", "court_ruling", "casualty", "recruitment", "coercion")
START = date(2022, 2, 24)


def _day(rng: random.Random) -> date:
    return START + timedelta(days=rng.randrange(1000))


def _value(day: date, rng: random.Random) -> str | None:
    """The happened date as a report gives it: the day, the month, or nothing."""
    roll = rng.random()
    if roll < 0.45:
        return day.isoformat()
    if roll < 0.75:
        return day.isoformat()[:7]
    return None


def make_reports(documents: int, seed: int) -> tuple[list[Report], dict[str, str]]:
    """Reports of ``documents`` documents, and each report's true happening."""
    rng = random.Random(seed)
    persons = [f"person:{n}" for n in range(documents // 2)]
    orgs = [f"org:{n}" for n in range(max(50, documents // 50))]
    places = [(f"place:{n}", (rng.uniform(35, 60), rng.uniform(30, 80))) for n in range(500)]
    reports: list[Report] = []
    truth: dict[str, str] = {}
    slots: dict[int, int] = defaultdict(int)  # document -> events so far
    happening = 0
    # 4 happenings per document at 2.5 reports each: ten reports per document, as many as
    # the events stage keeps per article of examples/ after folding mentions (206 in 20).
    while happening < documents * 4:
        happening += 1
        day, kind = _day(rng), rng.choice(TYPES)
        person, org = rng.choice(persons), rng.choice(orgs)
        place, where = rng.choice(places)
        number = Number("count", float(rng.randrange(2, 200)), "n") if rng.random() < 0.3 else None
        for _ in range(rng.choice((1, 1, 1, 2, 2, 3, 4, 6))):
            doc = rng.randrange(documents)
            slots[doc] += 1
            key = f"d{doc}/v{slots[doc]}"
            published = (day + timedelta(days=rng.randrange(0, 30))).isoformat()
            truth[key] = f"h{happening}"
            reports.append(
                Report(
                    key=key, document_id=f"d{doc}", type=kind, date=_value(day, rng),
                    reported=published if rng.random() < 0.3 else None, published=published,
                    persons=frozenset([person]) if rng.random() < 0.6 else frozenset(),
                    organizations=frozenset([org]) if rng.random() < 0.5 else frozenset(),
                    place=place if rng.random() < 0.5 else None,
                    where=where, numbers=(number,) if number and rng.random() < 0.7 else (),
                    source_keys=(f"outlet:{doc % 300}",), sources=(f"Outlet {doc % 300}",),
                )
            )  # fmt: skip
    return reports, truth


def _peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def story_names(reports: list[Report]) -> dict[str, set[str]]:
    """Rule 7's names: each person, organisation and place with the documents whose reports
    name it (a synthetic document names nothing its reports do not)."""
    named: dict[str, set[str]] = defaultdict(set)
    for report in reports:
        for name in (*report.persons, *report.organizations, *filter(None, [report.place])):
            named[name].add(report.document_id)
    return named


def link_stage(reports: list[Report], truth: dict[str, str]) -> dict[str, Any]:
    started = time.perf_counter()
    stories = rare_name_stories(story_names(reports))
    ids = link_reports(reports, stories=stories)
    linked = time.perf_counter() - started
    members: dict[str, list[Report]] = defaultdict(list)
    for report in reports:
        members[ids[report.key]].append(report)
    started = time.perf_counter()
    happenings = [summarize(hid, rs) for hid, rs in members.items()]
    summarized = time.perf_counter() - started
    return {
        "reports": len(reports),
        "rare_name_pairs": len(stories),
        "happenings": len(happenings),
        "link_seconds": round(linked, 1),
        "summarize_seconds": round(summarized, 1),
        "peak_mb": round(_peak_mb()),
        **_pairwise(ids, truth),
    }


def _pairwise(ids: dict[str, str], truth: dict[str, str]) -> dict[str, float]:
    predicted: dict[str, list[str]] = defaultdict(list)
    gold: dict[str, list[str]] = defaultdict(list)
    for key, hid in ids.items():
        predicted[hid].append(key)
        gold[truth[key]].append(key)
    pred_pairs = {frozenset(p) for g in predicted.values() for p in combinations(g, 2)}
    gold_pairs = {frozenset(p) for g in gold.values() for p in combinations(g, 2)}
    hit = len(pred_pairs & gold_pairs)
    precision = hit / len(pred_pairs) if pred_pairs else 1.0
    recall = hit / len(gold_pairs) if gold_pairs else 1.0
    return {"pair_precision": round(precision, 3), "pair_recall": round(recall, 3)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--documents", type=int, default=100_000)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    started = time.perf_counter()
    reports, truth = make_reports(args.documents, args.seed)
    made = round(time.perf_counter() - started, 1)
    result = {"documents": args.documents, "make_seconds": made, **link_stage(reports, truth)}
    if args.json:
        print(json.dumps(result))
        return
    print(
        f"{result['documents']:,} documents, {result['reports']:,} reports -> "
        f"{result['happenings']:,} happenings: linking {result['link_seconds']} s, "
        f"summaries {result['summarize_seconds']} s, peak {result['peak_mb']} MB "
        f"(synthetic pairs: precision {result['pair_precision']}, "
        f"recall {result['pair_recall']})"
    )


if __name__ == "__main__":
    main()
