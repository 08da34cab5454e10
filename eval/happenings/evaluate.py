"""Score mentions -> happenings (issue 9) on the happenings gold (``tuned/``, ``heldout/``,
``dev/``, ``dev2/``, ``heldout2/``, ``dev3/``, ``dev4/``, ``dev5/``, ``heldout3/``, ``dev6/``,
``heldout4/``, ``dev7/``, ``heldout5/``, ``dev8/``, ``heldout6/``, ``heldout7/``, ``dev9/``,
``heldout8/``, ``dev10/``, ``heldout9/``, ``dev11/``, ``heldout10/``, ``dev12/``,
``heldout11/``, ``dev13/``, ``heldout12/``, ``dev14/``, ``heldout13/``,
``dev15/``, ``heldout14/``, ``dev16/``, ``heldout15/``, ``dev17/``, ``heldout16/``,
``dev18/``).

Each story's documents go through the real pipeline, as ``dossier extract`` runs it:
``dossier.parse.parse`` on a plain-text ``RawDocument`` (headline first, as a .txt article),
then ``dossier.pipeline.extract_articles`` with the document's date and language given. The
story's extractions then go to ``dossier.group.reports.happenings_of``.
The figures, per set:

- **mentions**: a predicted mention is one span of an event (``Event.mentions``, or its
  ``evidence`` when it has none). A gold mention is found when a predicted mention of the same
  type overlaps it (the most overlapping one is its match, and of two that overlap it equally,
  as two events told in one sentence do, the one whose trigger lies in its words; several gold
  mentions may share one predicted span). Precision counts predicted spans that overlap a gold
  mention of their type; spans that only overlap an ``ignore`` span of the gold are left out
  of it.
- **within_document**: pairwise over pairs of matched gold mentions of one document: "same
  gold happening" against "same predicted event".
- **cross_document**: pairwise over pairs of matched gold mentions in two documents of one
  story: "same gold happening" against "same predicted happening". Without ``happenings_of``
  every event is its own happening and the figures are ``null`` (n/a).
- **placement**: the share of asserted gold happenings with a matched event that is placed on
  the timeline (``Event.placement``; before contract 2, a ``date`` or a ``reported`` date), and
  the same share over each document's reports of them.
- **dates**: happened-date accuracy over matched gold mentions that carry a date (their event's
  ``date`` equals the gold value), and over all dated gold mentions.

Rules are never changed looking at ``heldout/``, ``heldout2/`` (round 8, written and
annotated by a second annotator who saw only the guidelines), ``heldout3/`` (round 11, the
same), ``heldout4/`` (round 12, the same), ``heldout5/`` (round 13, the same),
``heldout6/`` (round 14, written by the session that wrote ``dev8/``), ``heldout7/``
(round 15, written by a session that had seen no system output), ``heldout8/`` (round 16,
written the same way), ``heldout9/`` (round 17, written the same way), ``heldout10/``
(round 18, written the same way), ``heldout11/`` (round 19, written the same way),
``heldout12/`` (round 20, written the same way),
``heldout13/`` (round 21, written the same way),
``heldout14/`` (round 22, written the same way),
``heldout15/`` (round 23, written the same way) or
``heldout16/`` (round 24, written the same way);
``--verbose`` lists errors for
the development sets (``tuned/``, ``dev/``, ``dev2/``, ``dev3/``, ``dev4/``, ``dev5/``,
``dev6/``, ``dev7/``, ``dev8/``, ``dev9/``, ``dev10/``, ``dev11/``, ``dev12/``, ``dev13/``,
``dev14/``, ``dev15/``, ``dev16/``, ``dev17/``, ``dev18/``)
only.

    .venv/bin/python eval/happenings/evaluate.py [--set NAME|both] (NAME: tuned, heldout,
        dev, dev2, heldout2, dev3, dev4, dev5, heldout3, dev6, heldout4, dev7, heldout5,
        dev8, heldout6, heldout7, dev9, heldout8, dev10, heldout9, dev11, heldout10,
        dev12, heldout11, dev13, heldout12, dev14, heldout13, dev15, heldout14,
        dev16, heldout15, dev17, heldout16, dev18)
        [--pooled]
        [--json] [--verbose]

``--pooled`` links every document of a set at once, as an archive would hold them: a report
merged with one of another story then counts against precision. Without it each story is
linked alone.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from itertools import combinations
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))
if str(HERE) not in sys.path:  # appended: other evals' modules named "evaluate" keep priority
    sys.path.append(str(HERE))

from gold import (  # noqa: E402
    HELD_OUT,
    SETS,
    GoldMention,
    GoldStory,
    digest,
    find_once,
    load_set,
)

from dossier.models import Event, Extraction, RawDocument  # noqa: E402
from dossier.parse import parse  # noqa: E402
from dossier.pipeline import Options, extract_articles  # noqa: E402

EventKey = tuple[str, str]  # (gold document id, predicted event id)


@dataclass(frozen=True, slots=True)
class Predicted:
    """One predicted mention: a span of one event."""

    doc: str
    event: str
    type: str
    span: tuple[int, int]
    # the event's trigger, on the mention that is its evidence: two events told in one
    # sentence share that sentence as their span, and the trigger tells which clause is whose
    trigger: tuple[int, int] | None = None


@dataclass(slots=True)
class StoryRun:
    """The pipeline's output for one story, keyed by gold document id."""

    story: GoldStory
    extractions: dict[str, Extraction]
    gold_spans: dict[int, tuple[int, int]]  # id(GoldMention) -> span in the parsed text
    ignored: dict[str, list[tuple[int, int]]]
    happening_of: dict[EventKey, str] | None  # None: no cross-document grouping available


# -- running the pipeline -----------------------------------------------------------------------


def run_story(story: GoldStory, grouper: Callable[..., Any] | None) -> StoryRun:
    """Parse and extract every document of ``story``; group its events when ``grouper`` is set."""
    extractions: dict[str, Extraction] = {}
    for doc in story.documents:
        raw = RawDocument(
            origin=f"{doc.id}.txt",
            content=doc.text.encode("utf-8"),
            content_type="text/plain",
            title=doc.title,
            published=doc.published,
        )
        article = parse(raw)
        options = Options(published=doc.published, language=doc.language)
        (extractions[doc.id],) = extract_articles([article], options)
    texts = {d: e.document.text for d, e in extractions.items()}
    gold_spans = {id(m): _locate(texts[m.doc], m.evidence, m.doc) for m in story.mentions}
    ignored: dict[str, list[tuple[int, int]]] = {}
    for doc_id, evidence in story.ignore:
        ignored.setdefault(doc_id, []).append(_locate(texts[doc_id], evidence, doc_id))
    happening_of = None
    if grouper is not None:
        happening_of = _group(grouper, extractions)
    return StoryRun(story, extractions, gold_spans, ignored, happening_of)


def _locate(text: str, evidence: str, doc: str) -> tuple[int, int]:
    span = find_once(text, evidence)
    if span is None:  # parsing changed the text around the evidence
        raise ValueError(f"{doc}: evidence not found once in the parsed text: {evidence!r}")
    return span


def load_grouper() -> Callable[..., Any] | None:
    """``dossier.group.reports.happenings_of``: entity linking, copy groups, happenings."""
    from dossier.group.reports import happenings_of

    return happenings_of


def _group(grouper: Callable[..., Any], extractions: dict[str, Extraction]) -> dict[EventKey, str]:
    """(gold document, event id) -> happening id, from ``happenings_of(extractions)``.

    A report is ``(document id, event id)`` or a key ``"<document id>/<event id>"``.
    """
    gold_doc = {e.document.id: doc for doc, e in extractions.items()}
    out: dict[EventKey, str] = {}
    for happening in grouper(list(extractions.values())):
        for report in happening.reports:
            document_id, event_id = (
                report.split("/", 1) if isinstance(report, str) else (report[0], report[1])
            )
            if document_id in gold_doc:
                out[(gold_doc[document_id], str(event_id))] = str(happening.id)
    return out


# -- what the system predicted ------------------------------------------------------------------


def spans_of(event: Event) -> list[tuple[int, int]]:
    """Every mention span of ``event``; an event without ``mentions`` has its evidence only."""
    raw = getattr(event, "mentions", None) or [event.evidence]
    spans = []
    for s in raw:
        span = _span(s)
        if span not in spans:
            spans.append(span)
    return spans


def _span(s: Any) -> tuple[int, int]:
    """A span as (start, end), from a contract object or a pair."""
    return (int(s.start), int(s.end)) if hasattr(s, "start") else (int(s[0]), int(s[1]))


def is_placed(event: Event) -> bool:
    """Whether the timeline places ``event``: its placement, or else a date of either kind."""
    placement = getattr(event, "placement", None)
    if placement is not None:
        value = placement.get("value") if isinstance(placement, dict) else placement.value
        if value:
            return True
    return bool(event.date or event.reported)


def predicted_mentions(run: StoryRun) -> list[Predicted]:
    return [
        Predicted(doc, event.id, event.type, span, _trigger(event, span))
        for doc, extraction in run.extractions.items()
        for event in extraction.events
        for span in spans_of(event)
    ]


def _trigger(event: Event, span: tuple[int, int]) -> tuple[int, int] | None:
    trigger = getattr(event, "trigger", None)
    if not trigger or _span(event.evidence) != span:
        return None
    start, end = _span(trigger)
    return (start, end) if span[0] <= start < span[1] else None


# -- scoring ------------------------------------------------------------------------------------


def overlap(a: tuple[int, int], b: tuple[int, int]) -> int:
    return min(a[1], b[1]) - max(a[0], b[0])


def match(
    gold: Sequence[GoldMention], spans: dict[int, tuple[int, int]], predicted: Sequence[Predicted]
) -> dict[int, Predicted]:
    """id(gold mention) -> the predicted mention of its type that overlaps it most."""
    out: dict[int, Predicted] = {}
    for g in gold:
        span = spans[id(g)]
        candidates = (
            p
            for p in predicted
            if p.doc == g.doc and p.type == g.type and overlap(p.span, span) > 0
        )
        best = max(
            candidates,
            key=lambda p: (overlap(p.span, span), _told_in(p, span), -abs(p.span[0] - span[0])),
            default=None,
        )
        if best is not None:
            out[id(g)] = best
    return out


def _told_in(p: Predicted, span: tuple[int, int]) -> bool:
    """Whether the predicted event's trigger lies in the gold mention's words: of two events
    whose spans are one sentence, the one whose clause the gold mention is."""
    return p.trigger is not None and span[0] <= p.trigger[0] < span[1]


def prf(correct: int, predicted: int, gold: int) -> dict[str, float | None]:
    """Precision, recall and F1; a ratio with nothing to divide by is None."""
    p = _round(correct / predicted) if predicted else None
    r = _round(correct / gold) if gold else None
    return {"precision": p, "recall": r, "f1": _f1(p, r)}


def _f1(p: float | None, r: float | None) -> float | None:
    if p is None and r is None:
        return None
    return round(2 * p * r / (p + r), 3) if p and r else 0.0


def pairwise(pairs: Iterable[tuple[bool, bool]]) -> dict[str, Any]:
    """P/R/F1 of links, from (same in gold, same in prediction) for every pair of items."""
    gold = predicted = correct = 0
    for same_gold, same_pred in pairs:
        gold += same_gold
        predicted += same_pred
        correct += same_gold and same_pred
    return {**prf(correct, predicted, gold), "gold_pairs": gold, "predicted_pairs": predicted}


def _round(x: float | None) -> float | None:
    return None if x is None else round(x, 3)


def _share(n: int, of: int) -> float | None:
    return round(n / of, 3) if of else None


@dataclass(slots=True)
class Matched:
    """The scoring view of one story: gold mentions and what each matched."""

    run: StoryRun
    predicted: list[Predicted]
    matches: dict[int, Predicted]
    events: dict[EventKey, Event]

    def happening(self, p: Predicted) -> str:
        key = (p.doc, p.event)
        if self.run.happening_of is None:
            return f"{p.doc}/{p.event}"
        return self.run.happening_of.get(key, f"{p.doc}/{p.event}")


def score_set(runs: Sequence[StoryRun]) -> dict[str, Any]:
    """Every figure of one gold set, from its story runs."""
    views = []
    for run in runs:
        predicted = predicted_mentions(run)
        matches = match(run.story.mentions, run.gold_spans, predicted)
        events = {(d, e.id): e for d, x in run.extractions.items() for e in x.events}
        views.append(Matched(run, predicted, matches, events))
    grouped = all(run.happening_of is not None for run in runs)
    cross = pairwise(_pairs(views, same_document=False))
    if not grouped:  # no grouping stage: the figures would only say that nothing merges
        cross.update(precision=None, recall=None, f1=None)
    return {
        "stories": len(runs),
        "documents": sum(len(r.story.documents) for r in runs),
        "gold_mentions": sum(len(r.story.mentions) for r in runs),
        "gold_happenings": len({m.happening for r in runs for m in r.story.mentions}),
        "predicted_mentions": sum(len(v.predicted) for v in views),
        "predicted_events": sum(len(v.events) for v in views),
        "mentions": _detection(views),
        "within_document": pairwise(_pairs(views, same_document=True)),
        "cross_document": {**cross, "available": grouped},
        **_placement(views),
        **_dates(views),
    }


def _detection(views: Sequence[Matched]) -> dict[str, float | None]:
    gold = found = predicted = right = 0
    for v in views:
        gold += len(v.run.story.mentions)
        found += len(v.matches)
        spans = v.run.gold_spans
        for p in v.predicted:
            hit = any(
                m.doc == p.doc and m.type == p.type and overlap(spans[id(m)], p.span) > 0
                for m in v.run.story.mentions
            )
            ignored = any(overlap(s, p.span) > 0 for s in v.run.ignored.get(p.doc, []))
            if hit:
                right += 1
            if hit or not ignored:
                predicted += 1
    scores = prf(right, predicted, gold)
    scores["recall"] = _round(found / gold) if gold else None  # gold mentions may share a span
    scores["f1"] = _f1(scores["precision"], scores["recall"])
    return scores


def _pairs(views: Sequence[Matched], same_document: bool) -> Iterable[tuple[bool, bool]]:
    for v in views:
        matched = [m for m in v.run.story.mentions if id(m) in v.matches]
        for a, b in combinations(matched, 2):
            if (a.doc == b.doc) != same_document:
                continue
            pa, pb = v.matches[id(a)], v.matches[id(b)]
            if same_document:
                same_pred = (pa.doc, pa.event) == (pb.doc, pb.event)
            else:
                same_pred = v.happening(pa) == v.happening(pb)
            yield a.happening == b.happening, same_pred


def _placement(views: Sequence[Matched]) -> dict[str, Any]:
    placed: dict[str, bool] = {}  # asserted gold happening -> placed by any of its reports
    reports: dict[tuple[str, str], bool] = {}  # (document, happening) -> placed
    for v in views:
        for m in v.run.story.mentions:
            if m.modality != "asserted":
                continue
            p = v.matches.get(id(m))
            ok = p is not None and is_placed(v.events[(p.doc, p.event)])
            placed[m.happening] = placed.get(m.happening, False) or ok
            reports[(m.doc, m.happening)] = reports.get((m.doc, m.happening), False) or ok
    return {
        "placement": {
            "asserted_happenings": len(placed),
            "placed": _share(sum(placed.values()), len(placed)),
            "reports": len(reports),
            "placed_reports": _share(sum(reports.values()), len(reports)),
        }
    }


def _dates(views: Sequence[Matched]) -> dict[str, Any]:
    dated = matched = right = modality_ok = modality_n = 0
    for v in views:
        for m in v.run.story.mentions:
            p = v.matches.get(id(m))
            event = None if p is None else v.events[(p.doc, p.event)]
            if event is not None:
                modality_n += 1
                modality_ok += event.modality == m.modality
            if m.date is None:
                continue
            dated += 1
            if event is not None:
                matched += 1
                right += event.date == m.date
    return {
        "dates": {
            "dated_mentions": dated,
            "accuracy": _share(right, matched),
            "accuracy_all": _share(right, dated),
        },
        "modality_accuracy": _share(modality_ok, modality_n),
    }


# -- the command --------------------------------------------------------------------------------


def pooled(stories: Sequence[GoldStory]) -> GoldStory:
    """Every story of a set as one: its documents are linked together, so a report merged with
    a report of another story counts as a wrong merge (an archive holds many stories at once)."""
    return GoldStory(
        id="pooled",
        path=stories[0].path.parent,
        documents=[d for s in stories for d in s.documents],
        mentions=[m for s in stories for m in s.mentions],
        ignore=[i for s in stories for i in s.ignore],
    )


def evaluate(which: str = "tuned", verbose: bool = False, pool: bool = False) -> dict[str, Any]:
    """The figures of one set (a name of ``SETS``); ``pool`` links all its stories at once."""
    if which not in SETS:
        raise ValueError(f"unknown set {which!r}; expected one of {sorted(SETS)}")
    stories = load_set(SETS[which])
    if pool:
        stories = [pooled(stories)]
    grouper = load_grouper()
    started = time.perf_counter()
    runs = [run_story(s, grouper) for s in stories]
    seconds = time.perf_counter() - started
    report = {"set": which, "pooled": pool, "digest": digest(SETS[which]), **score_set(runs)}
    report["seconds"] = round(seconds, 1)
    if verbose and which not in HELD_OUT:
        for run in runs:
            _explain(run)
    elif verbose:
        print(f"({which}: scored, never inspected; --verbose lists the development sets only)",
              file=sys.stderr)  # fmt: skip
    return report


def _explain(run: StoryRun) -> None:
    """Misses, wrong dates and split or merged mentions of one story (never held-out)."""
    predicted = predicted_mentions(run)
    matches = match(run.story.mentions, run.gold_spans, predicted)
    events = {(d, e.id): e for d, x in run.extractions.items() for e in x.events}
    print(f"== {run.story.id}")
    for m in run.story.mentions:
        p = matches.get(id(m))
        if p is None:
            print(f"  - missed {m.doc} {m.type} {m.happening}: {m.evidence[:60]!r}")
            continue
        event = events[(p.doc, p.event)]
        flags = [f"event={p.event}"]
        if run.happening_of is not None:
            flags.append(f"happening={run.happening_of.get((p.doc, p.event), '-')}")
        if m.date is not None and event.date != m.date:
            flags.append(f"DATE gold={m.date} got={event.date}")
        if not is_placed(event) and m.modality == "asserted":
            flags.append("UNPLACED")
        print(f"  ~ {m.doc} {m.happening}: {m.evidence[:50]!r} {' '.join(flags)}")


def _fmt(x: float | None) -> str:
    return "   n/a" if x is None else f"{x:6.3f}"


def _print(r: dict[str, Any]) -> None:
    cross = r["cross_document"]
    print(
        f"[{r['set']}{' pooled' if r.get('pooled') else ''}] "
        f"{r['stories']} stories, {r['documents']} documents, "
        f"{r['gold_mentions']} gold mentions of {r['gold_happenings']} happenings; "
        f"{r['predicted_mentions']} predicted mentions in {r['predicted_events']} events, "
        f"{r['seconds']} s"
    )
    print(f"{'':<26}{'P':>6}{'R':>7}{'F1':>7}   pairs gold/predicted")
    rows = [
        ("mentions", r["mentions"], ""),
        ("within-document links", r["within_document"], _pair_counts(r["within_document"])),
        ("cross-document merges", cross, _pair_counts(cross)),
    ]
    for name, row, extra in rows:
        figures = f"{_fmt(row['precision'])}{_fmt(row['recall'])} {_fmt(row['f1'])}"
        print(f"{name:<26}{figures}   {extra}")
    pl, d = r["placement"], r["dates"]
    print(
        f"placed (asserted happenings): {_fmt(pl['placed'])} of {pl['asserted_happenings']}; "
        f"per report: {_fmt(pl['placed_reports'])} of {pl['reports']}"
    )
    print(
        f"happened-date accuracy:       {_fmt(d['accuracy'])} (matched), "
        f"{_fmt(d['accuracy_all'])} (all {d['dated_mentions']} dated mentions)"
    )
    print(f"modality accuracy (matched):  {_fmt(r['modality_accuracy'])}")


def _pair_counts(row: dict[str, Any]) -> str:
    return f"{row['gold_pairs']}/{row['predicted_pairs']}"


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument(
        "--set", choices=[*SETS, "both"], default="both", help="which set (both: every set)"
    )
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    parser.add_argument("--verbose", action="store_true", help="list errors (not held-out)")
    parser.add_argument(
        "--pooled",
        action="store_true",
        help="link all stories of a set together (wrong merges across stories count)",
    )
    ns = parser.parse_args()
    names = list(SETS) if ns.set == "both" else [ns.set]
    reports = {name: evaluate(name, verbose=ns.verbose, pool=ns.pooled) for name in names}
    if ns.json:
        print(json.dumps(reports, indent=2, ensure_ascii=False))
        return
    for i, report in enumerate(reports.values()):
        if i:
            print()
        _print(report)


if __name__ == "__main__":
    main()
