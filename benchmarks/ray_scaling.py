"""Ray scaling: `dossier batch` with 1 and 2 workers beside `dossier ingest` in one process.

    .venv/bin/python benchmarks/ray_scaling.py [--articles 2000] [--workers 1 2] [--skip-ingest]

The sample articles of examples/ (English and Russian) are parsed once, then varied into N
distinct articles of the same language: the paragraphs of one article, rotated, with a
paragraph of another joined in and every small number (not years) shifted, so that each text
hashes differently and nothing is skipped as a copy. They are written as N plain-text files,
and every run reads that same folder, each in a child process of its own, one after another:

- batch W: `dossier batch` with W workers into a fresh output folder (a local Ray started
  for the run, each worker loading the models once; no store);
- ingest: `dossier.ingest` into a fresh SQLite file (one process, batches of 32).

Reported per run: wall time with everything (Ray start, model loading), throughput, the
steady throughput between the first and the last part written (startup excluded), peak
resident memory per worker (``ru_maxrss`` in each worker) and of the driver, and for each
W > 1 the scaling efficiency: throughput(W) / (W x throughput(1)).
"""

from __future__ import annotations

import argparse
import json
import re
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
_SMALL_NUMBER = re.compile(r"(?<![\d.,])\d{1,3}(?![\d.,]?\d)")


def sample_texts(source: Path) -> list[tuple[str, str]]:
    from dossier.acquire import InputFailure, iter_inputs
    from dossier.analyze import detect_language
    from dossier.parse import parse

    texts = []
    for item in iter_inputs([str(source)]):
        if not isinstance(item, InputFailure):
            article = parse(item)
            texts.append((detect_language(article.text), article.text))
    return texts


def varied(samples: list[tuple[str, str]], count: int) -> list[str]:
    """``count`` distinct texts, each one article rotated, a paragraph of another added."""
    out: list[str] = []
    seen: set[str] = set()
    for n in range(count):
        language, text = samples[n % len(samples)]
        others = [t for lang, t in samples if lang == language and t != text] or [text]
        paragraphs = [p for p in text.split("\n\n") if p.strip()]
        shift = (n // len(samples)) % max(1, len(paragraphs))
        extra = [p for p in others[n % len(others)].split("\n\n") if p.strip()]
        body = paragraphs[shift:] + paragraphs[:shift] + [extra[(n // 3) % len(extra)]]
        step = n % 17 + 1
        joined = "\n\n".join(body)
        variant = _SMALL_NUMBER.sub(lambda m, step=step: str(int(m.group()) + step), joined)
        if variant in seen:  # rare: the same rotation, paragraph and shift again
            variant += f"\n\nUpdated {n}."
        seen.add(variant)
        out.append(variant + "\n")
    return out


def child_ingest(folder: str, db: str) -> dict[str, float]:
    import dossier

    started = time.monotonic()
    report = dossier.ingest([folder], db)
    seconds = time.monotonic() - started
    return {
        "documents": report.stored,
        "seconds": seconds,
        "peak_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
    }


def child_batch(folder: str, out: str, workers: int) -> dict[str, float]:
    from dossier.batch.run import run_batch

    parts: list[tuple[float, int]] = []  # (time, documents so far) at each part written

    def progress(line: str) -> None:  # "1,024 documents, ..."
        parts.append((time.monotonic(), int(line.split()[0].replace(",", ""))))

    started = time.monotonic()
    report = run_batch([folder], out, workers=workers, progress=progress)
    seconds = time.monotonic() - started
    return {
        "documents": report.documents,
        "failures": report.failures,
        "seconds": seconds,
        "steady_rate": _steady(parts),
        "parts": len(parts),
        "worker_peak_rss_mb": [v / 2**20 for v in report.peak_rss.values()],
        "driver_peak_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
    }


def _steady(parts: list[tuple[float, int]]) -> float:
    if len(parts) < 2 or parts[-1][0] == parts[0][0]:
        return 0.0
    return (parts[-1][1] - parts[0][1]) / (parts[-1][0] - parts[0][0])


def _child(args: list[str]) -> dict[str, object]:
    result = subprocess.run(
        [sys.executable, __file__, "--child", *args],
        capture_output=True, text=True, cwd=ROOT, check=False,
    )  # fmt: skip
    if result.returncode != 0:
        sys.exit(f"child {args[0]} failed:\n{result.stderr[-3000:]}")
    figures: dict[str, object] = json.loads(result.stdout.strip().splitlines()[-1])
    return figures


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--articles", type=int, default=2000)
    parser.add_argument("--workers", type=int, nargs="+", default=[1, 2])
    parser.add_argument("--skip-ingest", action="store_true")
    parser.add_argument("--child", nargs="+", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        kind, *rest = args.child
        if kind == "ingest":
            figures = child_ingest(*rest)
        else:
            figures = child_batch(rest[0], rest[1], int(rest[2]))
        print(json.dumps(figures))
        return
    with tempfile.TemporaryDirectory(prefix="ray-scaling-") as tmp:
        folder = Path(tmp) / "texts"
        folder.mkdir()
        texts = varied(sample_texts(ROOT / "examples"), args.articles)
        for n, text in enumerate(texts):
            (folder / f"{n:05d}.txt").write_text(text, encoding="utf-8")
        words = sum(len(t.split()) for t in texts)
        print(f"{len(texts):,} articles, {words:,} words, in {folder}", flush=True)
        rates: dict[int, float] = {}
        for workers in args.workers:
            got = _child(["batch", str(folder), str(Path(tmp) / f"out-{workers}"), str(workers)])
            rate = float(got["documents"]) / float(got["seconds"])  # type: ignore[arg-type]
            rates[workers] = rate
            peaks = ", ".join(f"{v:.0f}" for v in got["worker_peak_rss_mb"])  # type: ignore[attr-defined]
            line = (
                f"batch, {workers} worker(s): {got['documents']} documents "
                f"({got['failures']} failures) in {got['seconds']:.1f} s, {rate:.2f} articles/s "
                f"(steady {got['steady_rate']:.2f}/s over {got['parts']} parts); "
                f"peak per worker {peaks} MB, driver {got['driver_peak_rss_mb']:.0f} MB"
            )
            if workers > 1 and 1 in rates:
                line += f"; scaling efficiency {rate / (workers * rates[1]):.2f}"
            print(line, flush=True)
        if not args.skip_ingest:
            got = _child(["ingest", str(folder), str(Path(tmp) / "ingest.db")])
            rate = float(got["documents"]) / float(got["seconds"])  # type: ignore[arg-type]
            print(
                f"ingest, one process: {got['documents']} documents in {got['seconds']:.1f} s, "
                f"{rate:.2f} articles/s; peak {got['peak_rss_mb']:.0f} MB",
                flush=True,
            )


if __name__ == "__main__":
    main()
