"""Score the events stage on the gold set (``gold/``) and the held-out set (``heldout/``).

Each gold file is one short article we wrote (YAML: id, language, published, style, title,
text, events) with its events: type, evidence (a substring of the text that identifies the
sentence or clause), happened date (TIMEX3 or null) and modality. Annotation rules are in
``gold/README.md``.

The script runs the real pipeline on each article through the stages' public functions
(analyze -> temporal -> measure -> cite -> resolve -> events; a missing stage contributes
nothing and is named in the output), then matches predicted to gold events one to one: same
type and overlapping evidence. It prints precision, recall and F1 by type and overall, the
accuracy of the happened date and of the modality among matched events, and the timing.

The gold set is what the rules were developed on; the held-out set was written and scored
before any rule was changed against it, so its figures are the honest ones. Each set is
scored and printed separately.

    .venv/bin/python eval/events/evaluate.py [--set gold|heldout|blind] [--json] [--verbose]
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import Counter
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

import yaml

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parents[1]))

from events_pipeline import missing_stages, run_many  # noqa: E402

from dossier.models import Event  # noqa: E402

GOLD_DIR = HERE / "gold"
SETS = {"gold": GOLD_DIR, "heldout": HERE / "heldout", "blind": HERE / "blind"}
DEFAULT_SETS = ("gold", "heldout")  # "both": the blind set is scored only when asked for


@dataclass(slots=True)
class GoldEvent:
    type: str
    span: tuple[int, int]
    date: str | None
    modality: str
    evidence: str


@dataclass(slots=True)
class GoldDoc:
    id: str
    language: str
    published: str | None
    text: str
    events: list[GoldEvent]


def _str(value: Any) -> str | None:
    return None if value is None else str(value)


def load_gold(folder: Path = GOLD_DIR) -> list[GoldDoc]:
    docs = []
    for path in sorted(folder.glob("*.yaml")):
        raw = yaml.safe_load(path.read_text(encoding="utf-8"))
        text = raw["text"]
        events = []
        for e in raw.get("events") or []:
            at = text.find(e["evidence"])
            if at < 0 or text.find(e["evidence"], at + 1) >= 0:
                raise ValueError(f"{path.name}: evidence not found once: {e['evidence']!r}")
            span = (at, at + len(e["evidence"]))
            events.append(
                GoldEvent(e["type"], span, _str(e.get("date")), e.get("modality", "asserted"),
                          e["evidence"])
            )  # fmt: skip
        docs.append(GoldDoc(raw["id"], raw["language"], _str(raw.get("published")), text, events))
    return docs


def clauses(events: list[Event]) -> list[Event]:
    """One event per mention: the gold marks clauses, and since contract v2 an event holds
    every mention of its happening in the document (each mention keeps the event's type,
    date and modality, as the timeline shows them)."""
    out = []
    for event in events:
        for span in event.mentions or [event.evidence]:
            out.append(
                replace(
                    event, evidence=span, trigger=None if span != event.evidence else event.trigger
                )
            )
    return out


def match(gold: list[GoldEvent], predicted: list[Event]) -> list[tuple[GoldEvent, Event]]:
    """One-to-one pairs of the same type with overlapping evidence, nearest first."""
    pairs = []
    for g in gold:
        for p in predicted:
            if p.type == g.type and p.evidence[0] < g.span[1] and g.span[0] < p.evidence[1]:
                near = abs((p.trigger or p.evidence)[0] - g.span[0])
                pairs.append((near, id(g), id(p), g, p))
    pairs.sort(key=lambda t: t[:1])
    used_g: set[int] = set()
    used_p: set[int] = set()
    out = []
    for _, gi, pi, g, p in pairs:
        if gi not in used_g and pi not in used_p:
            used_g.add(gi)
            used_p.add(pi)
            out.append((g, p))
    return out


def _prf(tp: int, n_pred: int, n_gold: int) -> dict[str, float]:
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"precision": round(p, 3), "recall": round(r, 3), "f1": round(f, 3)}


def evaluate(verbose: bool = False, which: str = "gold") -> dict[str, Any]:
    """The figures for one set (``gold`` or ``heldout``)."""
    if which not in SETS:
        raise ValueError(f"unknown set {which!r}; expected one of {sorted(SETS)}")
    docs = load_gold(SETS[which])
    started = time.perf_counter()
    results = run_many([(d.text, d.language, d.published) for d in docs])
    seconds = time.perf_counter() - started
    tp, n_pred, n_gold = Counter[str](), Counter[str](), Counter[str]()
    dates_ok = modality_ok = matched = 0
    for doc, result in zip(docs, results, strict=True):
        predicted = clauses(result.events)
        pairs = match(doc.events, predicted)
        n_gold.update(g.type for g in doc.events)
        n_pred.update(p.type for p in predicted)
        tp.update(g.type for g, _ in pairs)
        matched += len(pairs)
        dates_ok += sum(g.date == p.date for g, p in pairs)
        modality_ok += sum(g.modality == p.modality for g, p in pairs)
        if verbose:
            _explain(doc, predicted, pairs)
    types = sorted(set(n_gold) | set(n_pred))
    report = {
        "set": which,
        "documents": len(docs),
        "gold_events": sum(n_gold.values()),
        "predicted_events": sum(n_pred.values()),
        "overall": _prf(sum(tp.values()), sum(n_pred.values()), sum(n_gold.values())),
        "by_type": {t: {**_prf(tp[t], n_pred[t], n_gold[t]), "gold": n_gold[t]} for t in types},
        "date_accuracy": round(dates_ok / matched, 3) if matched else 0.0,
        "modality_accuracy": round(modality_ok / matched, 3) if matched else 0.0,
        "seconds": round(seconds, 2),
        "missing_stages": sorted(set(missing_stages()).union(*(r.missing for r in results))),
    }
    return report


def _explain(doc: GoldDoc, predicted: list[Event], pairs: list[tuple[GoldEvent, Event]]) -> None:
    paired_g = {id(g) for g, _ in pairs}
    paired_p = {id(p) for _, p in pairs}
    print(f"== {doc.id}")
    for g, p in pairs:
        flags = ("" if g.date == p.date else f" DATE gold={g.date} got={p.date}") + (
            "" if g.modality == p.modality else f" MOD gold={g.modality} got={p.modality}"
        )
        if flags:
            print(f"  ~ {g.type}: {g.evidence[:60]!r}{flags}")
    for g in doc.events:
        if id(g) not in paired_g:
            print(f"  - missed {g.type}: {g.evidence[:70]!r}")
    for p in predicted:
        if id(p) not in paired_p:
            print(f"  + extra {p.type} ({p.modality}): {(p.summary or '')[:70]!r}")


def _print(report: dict[str, Any]) -> None:
    if report["missing_stages"]:
        print(f"measured WITHOUT: {', '.join(report['missing_stages'])} (empty lists)")
    print(f"[{report['set']}] {report['documents']} documents, "
          f"{report['gold_events']} gold events, "
          f"{report['predicted_events']} predicted, {report['seconds']} s")  # fmt: skip
    print(f"{'type':<14}{'gold':>6}{'P':>8}{'R':>8}{'F1':>8}")
    for name, row in report["by_type"].items():
        print(
            f"{name:<14}{row['gold']:>6}{row['precision']:>8.3f}{row['recall']:>8.3f}{row['f1']:>8.3f}"
        )
    o = report["overall"]
    print(
        f"{'overall':<14}{report['gold_events']:>6}{o['precision']:>8.3f}{o['recall']:>8.3f}{o['f1']:>8.3f}"
    )
    print(f"happened-date accuracy (matched): {report['date_accuracy']:.3f}")
    print(f"modality accuracy (matched):      {report['modality_accuracy']:.3f}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--set", choices=[*SETS, "both"], default="both", help="which set")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    parser.add_argument("--verbose", action="store_true", help="list misses and extras")
    ns = parser.parse_args()
    names = list(DEFAULT_SETS) if ns.set == "both" else [ns.set]
    reports = {name: evaluate(verbose=ns.verbose, which=name) for name in names}
    if ns.json:
        print(json.dumps(reports, indent=2))
        return
    for i, report in enumerate(reports.values()):
        if i:
            print()
        _print(report)


if __name__ == "__main__":
    main()
