"""TempEval-3 style scoring of timexes against gold, shared by the English and Russian evals.

A system timex matches a gold one *relaxed* when their spans overlap and *strict* when
the spans are equal; each gold timex is matched at most once. Type accuracy is the
share of relaxed matches with the right type; value P/R/F1 counts relaxed matches
whose normalised value equals the gold value, over all system and all gold timexes,
as the TempEval-3 scorer does.

Our own gold files use inline markup: a document opens with ``@ <document date>``,
each timex is ``[[quoted text|TYPE|value]]``, lines starting with ``#`` are comments.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from dossier.temporal import tag

_MARK = re.compile(r"\[\[([^|\]]+)\|([A-Z]+)\|([^\]]+)\]\]")


@dataclass(frozen=True, slots=True)
class Span:
    start: int
    end: int
    type: str
    value: str
    text: str = ""


@dataclass(slots=True)
class Score:
    gold: int = 0
    system: int = 0
    relaxed: int = 0
    strict: int = 0
    typed: int = 0
    valued: int = 0
    errors: list[str] = field(default_factory=list)

    def add(self, doc: str, gold: list[Span], system: Iterable[Span]) -> None:
        system = list(system)
        self.gold += len(gold)
        self.system += len(system)
        used: set[int] = set()
        for s in system:
            match = _best(s, gold, used)
            if match is None:
                self.errors.append(f"{doc}: FP {s.text!r} {s.type} {s.value}")
                continue
            used.add(match)
            g = gold[match]
            self.relaxed += 1
            self.strict += (g.start, g.end) == (s.start, s.end)
            self.typed += g.type == s.type
            if g.value == s.value:
                self.valued += 1
            else:
                self.errors.append(
                    f"{doc}: VALUE {s.text!r} {s.type} {s.value} gold {g.text!r} {g.type} {g.value}"
                )
        for i, g in enumerate(gold):
            if i not in used:
                self.errors.append(f"{doc}: FN {g.text!r} {g.type} {g.value}")

    def figures(self) -> dict[str, float]:
        return {
            "relaxed_p": _div(self.relaxed, self.system),
            "relaxed_r": _div(self.relaxed, self.gold),
            "relaxed_f1": _f1(self.relaxed, self.system, self.gold),
            "strict_p": _div(self.strict, self.system),
            "strict_r": _div(self.strict, self.gold),
            "strict_f1": _f1(self.strict, self.system, self.gold),
            "type_accuracy": _div(self.typed, self.relaxed),
            "value_p": _div(self.valued, self.system),
            "value_r": _div(self.valued, self.gold),
            "value_f1": _f1(self.valued, self.system, self.gold),
        }


def read_documents(path: Path) -> list[tuple[str, str, list[Span]]]:
    """(document date, plain text, gold spans) for every document of the gold file."""
    docs: list[tuple[str, str, list[Span]]] = []
    dct, lines = "", list[str]()
    for line in [*path.read_text(encoding="utf-8").splitlines(), "@ end"]:
        if line.startswith("#"):
            continue
        if line.startswith("@"):
            if lines:
                docs.append((dct, *_unmark("\n".join(lines).strip())))
            dct, lines = line[1:].strip(), []
            continue
        lines.append(line)
    return docs


def evaluate_marked(path: Path, language: str) -> tuple[dict[str, float], Score]:
    """Score :func:`dossier.temporal.tag` on one of our inline-marked gold files."""
    score = Score()
    for i, (dct, text, gold) in enumerate(read_documents(path)):
        system = [Span(t.start, t.end, t.type, t.value, t.text) for t in tag(text, language, dct)]
        score.add(f"doc{i + 1} ({dct})", gold, system)
    return score.figures(), score


def _unmark(marked: str) -> tuple[str, list[Span]]:
    out: list[str] = []
    spans: list[Span] = []
    length, pos = 0, 0
    for m in _MARK.finditer(marked):
        out.append(marked[pos : m.start()])
        length += m.start() - pos
        quoted = m.group(1)
        spans.append(Span(length, length + len(quoted), m.group(2), m.group(3), quoted))
        out.append(quoted)
        length += len(quoted)
        pos = m.end()
    out.append(marked[pos:])
    return "".join(out), spans


def _best(s: Span, gold: list[Span], used: set[int]) -> int | None:
    best, overlap = None, 0
    for i, g in enumerate(gold):
        if i in used:
            continue
        common = min(s.end, g.end) - max(s.start, g.start)
        if common > overlap:
            best, overlap = i, common
    return best


def _div(a: int, b: int) -> float:
    return a / b if b else 0.0


def _f1(hits: int, system: int, gold: int) -> float:
    p, r = _div(hits, system), _div(hits, gold)
    return 2 * p * r / (p + r) if p + r else 0.0


def report(title: str, figures: dict[str, float], score: Score) -> str:
    f = {k: f"{x:.4f}" for k, x in figures.items()}
    rows = [
        f"{title}: {score.gold} gold, {score.system} system timexes",
        "             P       R       F1",
        f"relaxed   {f['relaxed_p']}  {f['relaxed_r']}  {f['relaxed_f1']}",
        f"strict    {f['strict_p']}  {f['strict_r']}  {f['strict_f1']}",
        f"value     {f['value_p']}  {f['value_r']}  {f['value_f1']}",
        f"type accuracy {f['type_accuracy']}",
    ]
    return "\n".join(rows)
