"""Time the group stage on a synthetic collection of 100,000 document fingerprints.

    .venv/bin/python benchmarks/group_bench.py [--documents 100000] [--seed 11] [--json]

Each stage is one function, so later stages (happening linking) add a function and a line in
:func:`main`:

- :func:`make_fingerprints` builds the collection: stories in English and Russian, each with
  facts drawn from its event (people, dates, numbers, places shared by every report of that
  event) and facts of its own, and MinHash signatures drawn at random. Then the copy structure
  of a news archive: wire stories reposted 2-8 times (signatures that agree on 75-95% of
  positions, a fact or two lost or added by furniture), spun rewrites (shingles 10-30% alike,
  stems 40-60%, facts kept), translations (other language, new signatures, facts kept but for
  NER misses), and independent reports of the same event by other outlets (the hard negatives).
  Not timed: in the product, fingerprints are computed once at ingest and stored.
- :func:`group_stage` times :func:`dossier.group.copies.group_copies` and scores it pairwise
  against the generated truth.

It prints the time and the peak memory (maximum resident set size of the process, which
includes the fingerprints themselves) of each stage.
"""

from __future__ import annotations

import argparse
import json
import random
import resource
import sys
import time
from array import array
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from itertools import combinations
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from dossier.group import minhash
from dossier.group.copies import Fingerprint, group_copies

PLACES = [f"g:{lat:.1f},{lon:.1f}" for lat, lon in ((41.4, 72.9), (55.8, 37.6), (49.1, 32.3))]


@dataclass(slots=True)
class Corpus:
    fingerprints: list[Fingerprint] = field(default_factory=list)
    copy_of: dict[str, str] = field(default_factory=dict)  # document id -> its story's id

    def add(self, fp: Fingerprint, story: str) -> None:
        self.fingerprints.append(fp)
        self.copy_of[fp.document_id] = story


def _signature(rng: random.Random) -> bytes:
    return array("I", (rng.getrandbits(32) for _ in range(minhash.NUM_PERM))).tobytes()


def _perturb(sig: bytes, keep: float, rng: random.Random) -> bytes:
    """A signature agreeing with ``sig`` on about ``keep`` of its positions (Jaccard ~ keep)."""
    values = array("I", sig)
    for i in range(len(values)):
        if rng.random() > keep:
            values[i] = rng.getrandbits(32)
    return values.tobytes()


def _generic(rng: random.Random) -> str:
    kind = rng.random()
    if kind < 0.5:  # a few countries and cities dominate a topic's places
        return rng.choice(PLACES) if rng.random() < 0.5 else f"g:{rng.randrange(300)}.0,1.0"
    if kind < 0.75:
        return f"m:{rng.randrange(1, 13):02d}"
    return f"n:{rng.randrange(1, 13)}"


def _distinctive(rng: random.Random) -> str:
    kind = rng.random()
    if kind < 0.4:  # people: a long tail, with a few names in many stories
        famous = rng.random() < 0.3
        return f"p:person{int(rng.paretovariate(1.2)) if famous else rng.randrange(10**6)}"
    if kind < 0.7:
        return f"d:{rng.randrange(1, 13):02d}-{rng.randrange(1, 29):02d}"
    return f"n:{rng.choice([rng.randrange(13, 1000), rng.randrange(1000, 10**7)])}"


def _story(story_id: str, event: list[str], rng: random.Random) -> Fingerprint:
    """An original report: some of its event's facts, many of its own, in a random order."""
    # independent reports share 3-10 facts of their event: some far more than a few key facts
    shared = rng.sample(event, k=min(len(event), rng.randrange(3, 11)))
    own = [_distinctive(rng) for _ in range(rng.randrange(4, 16))]
    generic = [_generic(rng) for _ in range(rng.randrange(4, 12))]
    facts = shared + own + generic
    rng.shuffle(facts)
    words = rng.randrange(150, 900)
    return Fingerprint(
        document_id=story_id,
        language="en" if rng.random() < 0.6 else "ru",
        published=f"2023-{rng.randrange(1, 13):02d}-{rng.randrange(1, 29):02d}",
        title=None,
        url=None,
        words=words,
        paragraphs=max(3, words // 45),
        shingles=words,
        minhash=_signature(rng),
        bag=_signature(rng),
        facts=tuple(sys.intern(f) for f in facts),
        quotes=tuple(rng.randrange(5, 40) for _ in range(rng.randrange(0, 4))),
    )


def _noisy(facts: tuple[str, ...], lose: float, rng: random.Random) -> tuple[str, ...]:
    kept = [f for f in facts if rng.random() > lose]
    if rng.random() < 0.5:
        kept.insert(rng.randrange(len(kept) + 1), _generic(rng))
    return tuple(kept)


def _repost(fp: Fingerprint, doc_id: str, rng: random.Random) -> Fingerprint:
    extra = rng.randrange(10, 80)  # furniture, headline, credit lines
    return replace(
        fp,
        document_id=doc_id,
        words=fp.words + extra,
        shingles=fp.shingles + extra,
        minhash=_perturb(fp.minhash, rng.uniform(0.75, 0.95), rng),
        bag=_perturb(fp.bag, rng.uniform(0.8, 0.95), rng),
        facts=_noisy(fp.facts, 0.03, rng),
    )


def _spun(fp: Fingerprint, doc_id: str, rng: random.Random) -> Fingerprint:
    return replace(
        fp,
        document_id=doc_id,
        words=int(fp.words * rng.uniform(0.9, 1.1)),
        minhash=_perturb(fp.minhash, rng.uniform(0.1, 0.3), rng),
        bag=_perturb(fp.bag, rng.uniform(0.4, 0.6), rng),
        facts=_noisy(fp.facts, 0.1, rng),
    )


def _translation(fp: Fingerprint, doc_id: str, rng: random.Random) -> Fingerprint:
    other = "ru" if fp.language == "en" else "en"
    ratio = 0.83 if other == "ru" else 1 / 0.83
    return replace(
        fp,
        document_id=doc_id,
        language=other,
        words=int(fp.words * ratio),
        minhash=_signature(rng),
        bag=_signature(rng),
        facts=_noisy(fp.facts, 0.08, rng),
    )


def make_fingerprints(documents: int, seed: int) -> Corpus:
    """The synthetic collection (see the module docstring)."""
    rng = random.Random(seed)
    corpus = Corpus()
    n = 0
    while n < documents:
        event = [_distinctive(rng) for _ in range(rng.randrange(6, 13))]
        for _ in range(rng.choice([1, 1, 1, 2, 3, 4])):  # independent reports of one event
            story = _story(f"s{n}", event, rng)
            corpus.add(story, story.document_id)
            n += 1
            roll = rng.random()
            copies: list[Callable[[Fingerprint, str, random.Random], Fingerprint]] = []
            if roll < 0.12:
                copies = [_repost] * rng.randrange(2, 9)
            elif roll < 0.18:
                copies = [_spun]
            elif roll < 0.24:
                copies = [_translation, *([_repost] * rng.randrange(0, 3))]
            for make in copies:
                corpus.add(make(story, f"c{n}", rng), story.document_id)
                n += 1
    corpus.fingerprints = corpus.fingerprints[:documents]
    return corpus


def _peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # kilobytes on Linux


def group_stage(corpus: Corpus) -> dict[str, Any]:
    """Time group_copies and score it pairwise against the generated copy structure."""
    start = time.perf_counter()
    groups = group_copies(corpus.fingerprints)
    seconds = time.perf_counter() - start
    predicted = {frozenset(p) for g in groups for p in combinations(g.documents, 2)}
    stories: dict[str, list[str]] = {}
    for fp in corpus.fingerprints:
        stories.setdefault(corpus.copy_of[fp.document_id], []).append(fp.document_id)
    truth = {frozenset(p) for docs in stories.values() for p in combinations(docs, 2)}
    hits = len(predicted & truth)
    return {
        "seconds": round(seconds, 1),
        "peak_mb": round(_peak_mb()),
        "groups": len(groups),
        "grouped_documents": sum(len(g.documents) for g in groups),
        "precision": round(hits / len(predicted), 4) if predicted else 1.0,
        "recall": round(hits / len(truth), 4) if truth else 1.0,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--documents", type=int, default=100_000)
    parser.add_argument("--seed", type=int, default=11)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    start = time.perf_counter()
    corpus = make_fingerprints(args.documents, args.seed)
    report: dict[str, Any] = {
        "documents": len(corpus.fingerprints),
        "make_fingerprints": {
            "seconds": round(time.perf_counter() - start, 1),
            "peak_mb": round(_peak_mb()),
        },
        "group_copies": group_stage(corpus),
    }
    if args.json:
        print(json.dumps(report, indent=2))
        return
    print(f"{report['documents']} documents")
    for stage in ("make_fingerprints", "group_copies"):
        figures = report[stage]
        rest = ", ".join(f"{k} {v}" for k, v in figures.items() if k not in ("seconds", "peak_mb"))
        print(f"  {stage:18} {figures['seconds']:7.1f} s  peak {figures['peak_mb']} MB  {rest}")


if __name__ == "__main__":
    main()
