"""Pairwise precision and recall of copy grouping (dossier.group.copies) on our gold sets.

``gold.yaml`` holds the annotation rule, the documents of each set and their copy groups. Each
set is run through the real pipeline (``dossier.parse.parse``, then
``dossier.pipeline.extract_articles``), fingerprinted and grouped exactly as ingest does, and
scored on its own:

- pairwise precision, recall and F1: a pair of documents is positive when both are in one copy
  group (gold: every pair inside a listed group; predicted: every pair inside a returned group);
- independent pairs grouped: pairs of documents that report the same event (``events``) but are
  not copies, that grouping put in one group. The goal is zero;
- cross-language recall: the share of gold copy pairs in two languages that were found.

``tuned`` is what the rule was developed on; ``heldout`` was written with it, before any code,
and is the honest figure. Run from the repository root::

    .venv/bin/python eval/copies/evaluate.py                 # a table per set
    .venv/bin/python eval/copies/evaluate.py --set heldout   # one set
    .venv/bin/python eval/copies/evaluate.py --json          # the figures as JSON, keyed by set
    .venv/bin/python eval/copies/evaluate.py --errors        # every wrong pair with its evidence
    .venv/bin/python eval/copies/evaluate.py --pairs         # the evidence of every pair
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from dataclasses import dataclass
from itertools import combinations
from pathlib import Path
from typing import Any

import yaml

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from dossier.group.copies import (  # noqa: E402
    Fingerprint,
    compare,
    copy_score,
    fingerprint,
    group_copies,
)
from dossier.models import RawDocument  # noqa: E402
from dossier.parse import parse  # noqa: E402
from dossier.pipeline import extract_articles  # noqa: E402

GOLD = HERE / "gold.yaml"
SETS = ("tuned", "heldout", "examples", "blind")

Pair = frozenset[str]


@dataclass(slots=True)
class GoldSet:
    name: str
    documents: dict[str, dict[str, Any]]  # gold name -> fields
    groups: list[list[str]]
    events: list[list[str]]


def load(name: str) -> GoldSet:
    data = yaml.safe_load(GOLD.read_text(encoding="utf-8"))["sets"][name]
    return GoldSet(name, data["documents"], data.get("groups") or [], data.get("events") or [])


def _path(entry: dict[str, Any]) -> Path:
    file = Path(entry["file"])
    return HERE / file if file.parts[0] == "docs" else ROOT / file


def gold_digest(name: str) -> str:
    """SHA-256 of one set's gold entries and the bytes of every document it names."""
    gold = load(name)
    digest = hashlib.sha256(
        json.dumps([gold.documents, gold.groups, gold.events], sort_keys=True).encode("utf-8")
    )
    for key in sorted(gold.documents):
        digest.update(key.encode("utf-8"))
        digest.update(_path(gold.documents[key]).read_bytes())
    return digest.hexdigest()


def fingerprints(gold: GoldSet) -> dict[str, Fingerprint]:
    """Gold name -> the fingerprint of that document, through the real pipeline."""
    names = list(gold.documents)
    articles = []
    for name in names:
        entry = gold.documents[name]
        path = _path(entry)
        raw = RawDocument(
            origin=str(path),
            content=path.read_bytes(),
            url=entry.get("url"),
            published=entry.get("published"),
        )
        articles.append(parse(raw))
    extractions = extract_articles(articles)
    return {name: fingerprint(e) for name, e in zip(names, extractions, strict=True)}


def _pairs(groups: list[list[str]]) -> set[Pair]:
    return {frozenset(p) for group in groups for p in combinations(group, 2)}


def _ratio(num: int, den: int) -> float:
    return round(num / den, 4) if den else 1.0


def evaluate(name: str) -> tuple[dict[str, Any], list[str]]:
    """The figures of one set (see the module docstring) and a line per wrong pair."""
    gold = load(name)
    fps = fingerprints(gold)
    by_id = {fp.document_id: key for key, fp in fps.items()}
    predicted = _pairs(
        [[by_id[d] for d in group.documents] for group in group_copies(list(fps.values()))]
    )
    positive = _pairs(gold.groups)
    independent = _pairs(gold.events) - positive
    cross = {p for p in positive if len({fps[k].language for k in p}) == 2}
    tp = len(predicted & positive)
    precision, recall = _ratio(tp, len(predicted)), _ratio(tp, len(positive))
    figures = {
        "documents": len(fps),
        "copy_pairs": len(positive),
        "precision": precision,
        "recall": recall,
        "f1": round(2 * precision * recall / (precision + recall), 4) if tp else 0.0,
        "independent_pairs": len(independent),
        "independent_grouped": len(predicted & independent),
        "cross_language_pairs": len(cross),
        "cross_language_recall": _ratio(len(predicted & cross), len(cross)),
    }
    errors = [
        f"  {'missed' if p in positive else 'wrong'} {_describe(p, fps)}"
        for p in sorted((predicted ^ positive), key=sorted)
    ]
    return figures, errors


def _describe(pair: Pair, fps: dict[str, Fingerprint]) -> str:
    a, b = sorted(pair)
    c = compare(fps[a], fps[b])
    return (
        f"{a}-{b}: score {copy_score(fps[a], fps[b]):.3f} containment {c.containment:.2f} "
        f"lexical {c.lexical:.2f} facts {c.facts:.2f} order {c.order:.2f} "
        f"structure {c.structure:.2f} enough {c.enough_facts}"
    )


def pair_table(name: str) -> list[str]:
    """The evidence of every pair of a set, gold label first (for developing the rule)."""
    gold = load(name)
    fps = fingerprints(gold)
    positive = _pairs(gold.groups)
    events = _pairs(gold.events)
    lines = []
    for a, b in combinations(sorted(fps), 2):
        pair = frozenset((a, b))
        label = "COPY" if pair in positive else "indep" if pair in events else "-"
        lines.append(f"{label:5} {_describe(pair, fps)}")
    return lines


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--set", choices=SETS, action="append")
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--errors", action="store_true")
    parser.add_argument("--pairs", action="store_true")
    args = parser.parse_args()
    names = args.set or list(SETS)
    if args.pairs:
        for name in names:
            print(f"[{name}]", *pair_table(name), sep="\n")
        return
    results = {name: evaluate(name) for name in names}
    if args.json:
        print(json.dumps({name: figures for name, (figures, _) in results.items()}, indent=2))
        return
    for name, (f, errors) in results.items():
        print(
            f"{name:9} docs {f['documents']:3}  copy pairs {f['copy_pairs']:3}  "
            f"P {f['precision']:.3f}  R {f['recall']:.3f}  F1 {f['f1']:.3f}  "
            f"independent grouped {f['independent_grouped']}/{f['independent_pairs']}  "
            f"cross-language recall {f['cross_language_recall']:.3f} "
            f"({f['cross_language_pairs']} pairs)"
        )
        if args.errors:
            print(*errors, sep="\n")


if __name__ == "__main__":
    main()
