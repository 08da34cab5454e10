"""Time the temporal stage alone: milliseconds per article over the examples/ articles
(plain text and Markdown, English and Russian) and the TempEval-3 platinum texts.

    .venv/bin/python eval/temporal/speed.py [repeats]

Prints the median of ``repeats`` (default 5) passes, so that a busy machine's noise is
mostly left out. The first pass also pays the one-off load of pymorphy3 (Russian tense).
"""

from __future__ import annotations

import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from tempeval3 import DATA, read_dct, read_gold

from dossier.temporal import tag

ROOT = Path(__file__).resolve().parents[2]


def articles() -> list[tuple[str, str, str]]:
    """(text, language, anchor) of every article timed."""
    out = []
    for path in sorted((ROOT / "examples").iterdir()):
        if path.suffix in (".txt", ".md") and path.name != "README.md":
            text = path.read_text(encoding="utf-8")
            language = "ru" if path.name.startswith("ru-") else "en"
            out.append((text, language, "2023-09-12"))
    for gold in sorted(DATA.glob("*.tml")) if DATA.is_dir() else []:
        out.append((read_gold(gold)[0], "en", read_dct(gold)))
    return out


def main() -> None:
    repeats = int(sys.argv[1]) if len(sys.argv) > 1 else 5
    docs = articles()
    for text, language, anchor in docs:  # warm-up: compiled patterns, pymorphy3
        tag(text, language, anchor)
    passes = []
    for _ in range(repeats):
        began = time.perf_counter()
        for text, language, anchor in docs:
            tag(text, language, anchor)
        passes.append(time.perf_counter() - began)
    chars = sum(len(d[0]) for d in docs)
    ms = statistics.median(passes) * 1000 / len(docs)
    print(f"{len(docs)} articles, {chars / len(docs):.0f} characters on average: {ms:.2f} ms each")


if __name__ == "__main__":
    main()
