"""Score the temporal stage on the TempEval-3 platinum test set (task A: timexes).

Reads ``../shared/data/tempeval3-platinum/`` (relative to the repository root): the
text and DCT of each ``*.TE3input``, the gold TIMEX3 of each ``*.tml`` (the DCT
itself is not scored). Runs ``dossier.temporal.tag`` with the DCT as anchor and
prints extraction, type and value figures beside HeidelTime's published row.

    .venv/bin/python eval/temporal/tempeval3.py [--errors]
"""

from __future__ import annotations

import html
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from scoring import Score, Span, evaluate_marked, report

from dossier.temporal import tag

ROOT = Path(__file__).resolve().parents[2]
DATA = ROOT.parent / "shared" / "data" / "tempeval3-platinum"
# Published TempEval-3 task A figures (UzZaman et al. 2013), from the data's README.
HEIDELTIME = {"relaxed_f1": 0.9030, "strict_f1": 0.8134, "value_f1": 0.7761}

_TEXT = re.compile(r"<TEXT>(.*?)</TEXT>", re.S)
_TAG = re.compile(r"<(/?)(\w+)([^>]*)>")
_ATTR = re.compile(r'(\w+)="([^"]*)"')
_DCT = re.compile(r'<DCT>\s*<TIMEX3[^>]*value="([^"]+)"', re.S)


def read_gold(path: Path) -> tuple[str, list[Span]]:
    """Plain text of the TEXT section and its gold timexes, offsets into that text."""
    raw = path.read_text(encoding="utf-8")
    body = _TEXT.search(raw)
    if body is None:
        raise ValueError(f"{path}: no <TEXT> section")
    out: list[str] = []
    length = 0
    spans: list[Span] = []
    open_timex: tuple[int, dict[str, str]] | None = None
    pos = 0
    source = body.group(1)
    for m in _TAG.finditer(source):
        chunk = html.unescape(source[pos : m.start()])
        out.append(chunk)
        length += len(chunk)
        pos = m.end()
        if m.group(2) != "TIMEX3":
            continue
        if m.group(1) == "":
            open_timex = (length, dict(_ATTR.findall(m.group(3))))
        elif open_timex is not None:
            start, attrs = open_timex
            text = "".join(out)[start:length]
            spans.append(Span(start, length, attrs.get("type", ""), attrs.get("value", ""), text))
            open_timex = None
    out.append(html.unescape(source[pos:]))
    return "".join(out), spans


def read_dct(path: Path) -> str:
    m = _DCT.search(path.read_text(encoding="utf-8"))
    if m is None:
        raise ValueError(f"{path}: no DCT")
    return m.group(1)


def evaluate(data: Path = DATA) -> tuple[dict[str, float], Score]:
    score = Score()
    for gold_path in sorted(data.glob("*.tml")):
        text, gold = read_gold(gold_path)
        given = gold_path.with_name(gold_path.name + ".TE3input")
        # one input file is spelled differently from its gold file; the gold DCT is the same
        dct = read_dct(given if given.exists() else gold_path)
        system = [Span(t.start, t.end, t.type, t.value, t.text) for t in tag(text, "en", dct)]
        score.add(gold_path.stem, gold, system)
    return score.figures(), score


# English sentences of our own, written after the rules and never used to tune them
HELDOUT = Path(__file__).with_name("english_heldout.txt")


def evaluate_heldout(path: Path = HELDOUT) -> tuple[dict[str, float], Score]:
    return evaluate_marked(path, "en")


def main() -> None:
    if not DATA.is_dir():
        sys.exit(f"TempEval-3 platinum data not found at {DATA}")
    figures, score = evaluate()
    print(report("TempEval-3 platinum", figures, score))
    print(
        f"HeidelTime (published): relaxed F1 {HEIDELTIME['relaxed_f1']:.4f}  "
        f"strict F1 {HEIDELTIME['strict_f1']:.4f}  value F1 {HEIDELTIME['value_f1']:.4f}"
    )
    if "--errors" in sys.argv:
        print("\n".join(score.errors))
    figures, score = evaluate_heldout()
    print()
    print(report("English held-out set (ours)", figures, score))
    if "--errors" in sys.argv:
        print("\n".join(score.errors))


if __name__ == "__main__":
    main()
