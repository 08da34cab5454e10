"""Gold-free measure: the share of asserted events that carry a happened date.

Runs the real pipeline (acquire -> parse -> extract) on every input of ``examples/`` and on
the seed article, and counts the asserted events whose ``date`` is set. No gold is needed, so
it can be run on any folder of articles; it says how often the text's own dates reach the
events, not whether they are right (that is ``evaluate.py``'s job).

    .venv/bin/python eval/events/dated_share.py [--json] [INPUT ...]
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from dossier.acquire import InputFailure, iter_inputs  # noqa: E402
from dossier.parse import parse  # noqa: E402
from dossier.pipeline import Options, extract_articles  # noqa: E402

SEED = ROOT.parent / "shared" / "seeds" / "000_27fdb9fe6705f161.txt"
DEFAULT_INPUTS = [str(ROOT / "examples"), str(SEED)]


def measure(inputs: list[str]) -> dict[str, Any]:
    """Asserted and dated-asserted event counts, per document and in total."""
    raws = [i for i in iter_inputs(inputs) if not isinstance(i, InputFailure)]
    articles = [parse(raw) for raw in raws]
    rows = []
    for raw, extraction in zip(raws, extract_articles(articles, Options()), strict=True):
        asserted = [e for e in extraction.events if e.modality == "asserted"]
        dated = sum(1 for e in asserted if e.date)
        rows.append({"document": raw.origin, "asserted": len(asserted), "dated": dated})
    asserted_total = sum(r["asserted"] for r in rows)
    dated_total = sum(r["dated"] for r in rows)
    share = round(dated_total / asserted_total, 3) if asserted_total else 0.0
    return {"asserted": asserted_total, "dated": dated_total, "share": share, "documents": rows}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("inputs", nargs="*", default=DEFAULT_INPUTS, help="files or folders")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    ns = parser.parse_args()
    report = measure([i for i in ns.inputs if Path(i).exists() or "://" in i])
    if ns.json:
        print(json.dumps(report, indent=2, ensure_ascii=False))
        return
    for row in report["documents"]:
        name = str(row["document"]).replace(str(ROOT) + "/", "")
        print(f"{row['dated']:>3}/{row['asserted']:<3} {name}")
    print(f"asserted events with a happened date: {report['dated']}/{report['asserted']} "
          f"= {report['share']:.3f}")  # fmt: skip


if __name__ == "__main__":
    main()
