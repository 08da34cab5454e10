"""Agreement of the second happenings pass (``second_happenings_dev8/``) with the gold.

The second annotator wrote ``second_happenings_dev8/`` from ``eval/happenings/GUIDELINES.md``
and the texts alone (``strip.py`` writes them without mentions or ignore lists). It is
scored as ``eval/happenings/evaluate.py`` scores the system, with that file's own functions,
so that the figures read on the same scale as the system's: the gold is the reference and
every mention of the second pass is a predicted mention whose "event" is its happening id
in its document and whose "happening" is its happening id.

- **mentions**: ``evaluate._detection``: a gold mention is found when a second-pass mention
  of its type overlaps it; precision leaves out second-pass spans that only overlap a gold
  ``ignore`` span. The reverse direction (the second pass as the reference, with its own
  ignore lists) is given too, because the ignore lists are not symmetric.
- **within_document**, **cross_document**: ``evaluate._pairs`` and ``evaluate.pairwise``
  over matched gold mentions (``evaluate.match``).
- **type**: ``evaluate.match`` needs the same type, so type agreement is read on a match by
  span alone (the second-pass mention that overlaps a gold mention most, any type).
- **date**, **modality**: on ``evaluate.match`` pairs; a date agrees when the two values are
  the same string (both ``null`` included).
"""

from __future__ import annotations

import importlib.util
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
SETS = {"dev8": HERE / "second_happenings_dev8"}  # gold set name -> the second pass


def _evaluate() -> ModuleType:
    """``eval/happenings/evaluate.py`` under a name of its own (other evals have an
    ``evaluate`` module too); it imports its ``gold`` module itself."""
    name = "happenings_evaluate"
    if name in sys.modules:
        return sys.modules[name]
    spec = importlib.util.spec_from_file_location(name, ROOT / "eval/happenings/evaluate.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module  # dataclasses look their module up while being built
    spec.loader.exec_module(module)
    return module


ev = _evaluate()


@dataclass(frozen=True, slots=True)
class Pair:
    """One story as evaluate.py sees it: the reference, and the other pass as predictions."""

    reference: Any  # GoldStory
    other: Any  # GoldStory
    view: Any  # evaluate.Matched


def view(reference: Any, other: Any) -> Any:
    """An ``evaluate.Matched`` of ``other``'s mentions as predictions for ``reference``."""
    texts = {d.id: d.text for d in reference.documents}
    assert texts == {d.id: d.text for d in other.documents}, f"{reference.id}: texts differ"
    spans = {id(m): m.span for m in reference.mentions}
    ignored: dict[str, list[tuple[int, int]]] = {}
    for doc, evidence in reference.ignore:
        ignored.setdefault(doc, []).append(ev.find_once(texts[doc], evidence))
    predicted = [ev.Predicted(m.doc, m.happening, m.type, m.span) for m in other.mentions]
    happening_of = {(m.doc, m.happening): m.happening for m in other.mentions}
    run = ev.StoryRun(reference, {}, spans, ignored, happening_of)
    return ev.Matched(run, predicted, ev.match(reference.mentions, spans, predicted), {})


def pairs(gold_set: str) -> list[Pair]:
    """The gold and the second pass of one set, story by story, gold as the reference."""
    gold = {s.id: s for s in ev.load_set(ev.SETS[gold_set])}
    second = {s.id: s for s in ev.load_set(SETS[gold_set])}
    assert gold.keys() == second.keys(), f"{gold_set}: stories differ"
    return [Pair(gold[k], second[k], view(gold[k], second[k])) for k in sorted(gold)]


def by_span(reference: Sequence[Any], other: Sequence[Any]) -> dict[int, Any]:
    """id(reference mention) -> the other pass's mention that overlaps it most, any type."""
    out = {}
    for g in reference:
        best = max(
            (o for o in other if o.doc == g.doc and ev.overlap(o.span, g.span) > 0),
            key=lambda o: (ev.overlap(o.span, g.span), o.type == g.type),
            default=None,
        )
        if best is not None:
            out[id(g)] = best
    return out


def score(gold_set: str = "dev8") -> dict[str, Any]:
    """Every agreement figure of one set; ``*_pairs`` are (gold, second) labels for kappa."""
    story_pairs = pairs(gold_set)
    views = [p.view for p in story_pairs]
    reverse = [view(p.other, p.reference) for p in story_pairs]
    types, dates, modalities = [], [], []
    for p in story_pairs:
        seconds = {(m.doc, m.span, m.happening): m for m in p.other.mentions}
        spanned = by_span(p.reference.mentions, p.other.mentions)
        for g in p.reference.mentions:
            if id(g) in spanned:
                types.append((g.type, spanned[id(g)].type))
            match = p.view.matches.get(id(g))
            if match is not None:
                s = seconds[(match.doc, match.span, match.event)]
                dates.append((g.date, s.date))
                modalities.append((g.modality, s.modality))
    return {
        "set": gold_set,
        "documents": sum(len(p.reference.documents) for p in story_pairs),
        "gold_mentions": sum(len(p.reference.mentions) for p in story_pairs),
        "second_mentions": sum(len(p.other.mentions) for p in story_pairs),
        "gold_happenings": len({m.happening for p in story_pairs for m in p.reference.mentions}),
        "second_happenings": len({m.happening for p in story_pairs for m in p.other.mentions}),
        "mentions": ev._detection(views),
        "mentions_reverse": ev._detection(reverse),
        "within_document": ev.pairwise(ev._pairs(views, same_document=True)),
        "cross_document": ev.pairwise(ev._pairs(views, same_document=False)),
        "type_pairs": types,
        "date_pairs": dates,
        "modality_pairs": modalities,
    }


def differences(gold_set: str = "dev8") -> list[str]:
    """Every disagreement, story by story: mentions one pass has and the other lacks, types,
    dates and modalities that differ, and gold happenings split or merged by the second."""
    out = []
    for p in pairs(gold_set):
        out += _mention_differences(p)
        out += _cluster_differences(p)
    return out


def _mention_differences(p: Pair) -> list[str]:
    out = []
    seconds = {(m.doc, m.span, m.happening): m for m in p.other.mentions}
    spanned = by_span(p.reference.mentions, p.other.mentions)
    for g in p.reference.mentions:
        match = p.view.matches.get(id(g))
        if match is None:
            other = spanned.get(id(g))
            seen = f" (second: {other.type} {other.evidence[:50]!r})" if other else ""
            out.append(f"gold only {g.doc} {g.type} {g.happening}: {g.evidence[:70]!r}{seen}")
            continue
        s = seconds[(match.doc, match.span, match.event)]
        if (g.date, g.modality) != (s.date, s.modality):
            out.append(
                f"{g.doc} {g.happening}/{s.happening}: {g.evidence[:50]!r} gold {g.date} "
                f"{g.modality} | second {s.date} {s.modality}"
            )
    matched = by_span(p.other.mentions, p.reference.mentions)
    for s in p.other.mentions:
        hit = any(
            g.doc == s.doc and g.type == s.type and ev.overlap(g.span, s.span) > 0
            for g in p.reference.mentions
        )
        if hit:
            continue
        g = matched.get(id(s))
        if g is not None:
            note = f" (gold: {g.type} {g.happening})"
        elif any(ev.overlap(span, s.span) > 0 for span in p.view.run.ignored.get(s.doc, [])):
            note = " (in a gold ignore span)"
        else:
            note = ""
        out.append(f"second only {s.doc} {s.type} {s.happening}: {s.evidence[:70]!r}{note}")
    return out


def _cluster_differences(p: Pair) -> list[str]:
    """Gold happenings whose matched mentions the second pass puts in several happenings,
    and second-pass happenings that hold matched mentions of several gold happenings."""
    to_second: dict[str, set[str]] = {}
    to_gold: dict[str, set[str]] = {}
    for g in p.reference.mentions:
        match = p.view.matches.get(id(g))
        if match is not None:
            to_second.setdefault(g.happening, set()).add(match.event)
            to_gold.setdefault(match.event, set()).add(g.happening)
    out = [
        f"split {p.reference.id}: gold {h} -> second {', '.join(sorted(s))}"
        for h, s in to_second.items()
        if len(s) > 1
    ]
    out += [
        f"merged {p.reference.id}: second {h} <- gold {', '.join(sorted(g))}"
        for h, g in to_gold.items()
        if len(g) > 1
    ]
    return out
