"""Ingest throughput and peak memory of the whole pipeline, against bare spaCy on the same texts.

    .venv/bin/python benchmarks/ingest_throughput.py [--articles 500] [--source examples]

The English sample articles are parsed once, then varied into N distinct articles (paragraphs
rotated, a numbered sentence appended, so that every text hashes differently and nothing is
skipped as a duplicate). Two child processes then run on the same texts, one after the other:

- pipeline: ``dossier.ingest`` of N plain-text files into a fresh SQLite file (acquire, parse,
  analyze, temporal, measure, cite, resolve, events, store);
- spacy: ``nlp.pipe`` of the same N texts with the same model and batch size, nothing else.

Each child reports its wall time and its peak resident memory (``ru_maxrss``), so the memory
figure of one does not include the other. Only English texts are used, because bare spaCy is
the English baseline (Russian goes through Natasha in the pipeline).
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def english_texts(source: Path) -> list[str]:
    from dossier.acquire import InputFailure, iter_inputs
    from dossier.analyze import detect_language
    from dossier.parse import parse

    texts = []
    for item in iter_inputs([str(source)]):
        if isinstance(item, InputFailure):
            continue
        article = parse(item)
        if detect_language(article.text) == "en":
            texts.append(article.text)
    if not texts:
        sys.exit(f"no English articles under {source}")
    return texts


def varied(texts: list[str], count: int) -> list[str]:
    out = []
    for n in range(count):
        paragraphs = [p for p in texts[n % len(texts)].split("\n\n") if p.strip()]
        shift = (n // len(texts)) % max(1, len(paragraphs))
        rotated = paragraphs[shift:] + paragraphs[:shift]
        out.append("\n\n".join(rotated) + f"\n\nThis is report number {n + 1} in the series.\n")
    return out


def run_pipeline(folder: Path) -> dict[str, float]:
    import dossier

    start = time.perf_counter()
    with tempfile.TemporaryDirectory() as tmp:
        report = dossier.ingest([str(folder)], db=Path(tmp) / "bench.db")
    elapsed = time.perf_counter() - start
    if report.failures:
        sys.exit(f"pipeline failed on {len(report.failures)} input(s): {report.failures[0]}")
    return {"seconds": elapsed, "documents": report.stored}


def run_spacy(folder: Path) -> dict[str, float]:
    from dossier.analyze.english import load_model
    from dossier.settings import get_settings

    texts = [p.read_text(encoding="utf-8") for p in sorted(folder.glob("*.txt"))]
    start = time.perf_counter()
    nlp = load_model()
    docs = sum(1 for _ in nlp.pipe(texts, batch_size=get_settings().batch_size))
    return {"seconds": time.perf_counter() - start, "documents": docs}


def child(mode: str, folder: Path) -> None:
    result = run_pipeline(folder) if mode == "pipeline" else run_spacy(folder)
    result["peak_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(json.dumps(result))


def measure(mode: str, folder: Path) -> dict[str, float]:
    proc = subprocess.run(
        [sys.executable, __file__, "--child", mode, "--folder", str(folder)],
        capture_output=True, text=True, check=False, cwd=ROOT,
    )  # fmt: skip
    if proc.returncode != 0:
        sys.exit(f"{mode} run failed:\n{proc.stderr[-2000:]}")
    result: dict[str, float] = json.loads(proc.stdout.strip().splitlines()[-1])
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=500)
    parser.add_argument("--source", type=Path, default=ROOT / "examples")
    parser.add_argument("--child", choices=["pipeline", "spacy"])
    parser.add_argument("--folder", type=Path)
    args = parser.parse_args()
    if args.child:
        child(args.child, args.folder)
        return
    texts = varied(english_texts(args.source), args.articles)
    words = sum(len(t.split()) for t in texts)
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        for n, text in enumerate(texts):
            (folder / f"article-{n:05d}.txt").write_text(text, encoding="utf-8")
        spacy_run = measure("spacy", folder)
        pipe_run = measure("pipeline", folder)
    print(f"{len(texts)} English articles, {words} words (from {args.source})")
    for name, run in (("pipeline", pipe_run), ("bare spaCy", spacy_run)):
        print(
            f"{name:>10}: {run['seconds']:7.1f} s  {len(texts) / run['seconds']:6.1f} articles/s  "
            f"{words / run['seconds']:8.0f} words/s  peak {run['peak_mb']:6.0f} MB"
        )
    print(f"pipeline / bare spaCy time ratio: {pipe_run['seconds'] / spacy_run['seconds']:.2f}")


if __name__ == "__main__":
    main()
