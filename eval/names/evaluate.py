"""Pairwise precision and recall of cross-script name matching.

    .venv/bin/python eval/names/evaluate.py [--errors] [--sample N]

Scores every pair of the gold set (``gold.yaml``: positives are all pairs within a
group, negatives the listed hard pairs) with :func:`dossier.resolve.match_score`
and counts a pair as matched at :data:`dossier.resolve.THRESHOLD`. If the
English-Russian name-word data set is present in ``../shared/data/`` it also scores
a sample of it (Western names, one word each: positives are the listed pairs,
negatives each English word against the Russian of the next sampled row).
"""

from __future__ import annotations

import argparse
import json
import sys
from itertools import combinations
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from dossier.resolve import THRESHOLD, match_score  # noqa: E402

GOLD = Path(__file__).with_name("gold.yaml")
TRANSLIT = ROOT.parent / "shared" / "data" / "name-transliteration-en-ru" / "pairs.tsv"

Pair = tuple[str, str, str, bool]  # type, a, b, same entity?


def gold_pairs(path: Path = GOLD) -> list[Pair]:
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    pairs: list[Pair] = []
    for kind, groups in data["same"].items():
        for group in groups:
            names = list(dict.fromkeys(group))
            pairs.extend((kind, a, b, True) for a, b in combinations(names, 2))
    for kind, negatives in data["different"].items():
        pairs.extend((kind, a, b, False) for a, b in negatives)
    return pairs


def score(pairs: list[Pair]) -> tuple[dict[str, float], list[tuple[Pair, float]]]:
    tp = fp = fn = tn = 0
    errors: list[tuple[Pair, float]] = []
    for pair in pairs:
        kind, a, b, same = pair
        value = match_score(a, b, kind)
        predicted = value >= THRESHOLD
        tp += predicted and same
        fp += predicted and not same
        fn += same and not predicted
        tn += not same and not predicted
        if predicted != same:
            errors.append((pair, value))
    figures = {
        "pairs": float(len(pairs)),
        "positives": float(tp + fn),
        "negatives": float(fp + tn),
        "precision": round(tp / (tp + fp), 4) if tp + fp else 1.0,
        "recall": round(tp / (tp + fn), 4) if tp + fn else 1.0,
    }
    return figures, errors


def translit_pairs(sample: int) -> list[Pair] | None:
    """A deterministic sample of the Wikidata name words; None when the data is absent."""
    if not TRANSLIT.exists():
        return None
    rows = [line.split("\t") for line in TRANSLIT.read_text(encoding="utf-8").splitlines()]
    rows = [r for r in rows if len(r) >= 2 and len(r[0]) >= 3]
    step = max(1, len(rows) // sample)
    picked = [(r[0], r[1].replace(" ", "")) for r in rows[::step][:sample]]
    pairs: list[Pair] = [("PERSON", en.title(), ru.title(), True) for en, ru in picked]
    shifted = picked[1:] + picked[:1]
    pairs += [
        ("PERSON", en.title(), other.title(), False)
        for (en, ru), (_, other) in zip(picked, shifted, strict=True)
        if ru != other
    ]
    return pairs


def evaluate(sample: int = 2000) -> dict[str, dict[str, float]]:
    result = {"gold": score(gold_pairs())[0]}
    extra = translit_pairs(sample)
    if extra is not None:
        result["wikidata_en_ru"] = score(extra)[0]
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--errors", action="store_true", help="list the gold pairs judged wrong")
    parser.add_argument("--sample", type=int, default=2000, help="Wikidata pairs to sample")
    args = parser.parse_args()
    figures, errors = score(gold_pairs())
    print(f"threshold {THRESHOLD}")
    print("gold", json.dumps(figures))
    if args.errors:
        for (kind, a, b, same), value in errors:
            print(f"  {'missed' if same else 'false'} {kind} {a!r} ~ {b!r}: {value:.2f}")
    extra = translit_pairs(args.sample)
    if extra is None:
        print(f"wikidata_en_ru: skipped, {TRANSLIT} is absent")
    else:
        print("wikidata_en_ru", json.dumps(score(extra)[0]))


if __name__ == "__main__":
    main()
