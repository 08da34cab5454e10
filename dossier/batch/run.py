"""A batch run on Ray Data: units of inputs -> a pool of extractor actors -> Parquet parts.

The driver plans the units (:mod:`dossier.batch.units`), Ray Data hands them to a pool of
:class:`~dossier.batch.worker.Extractor` actors (``map_batches``, one unit per call, each
actor loading the models once), and the results stream back to the driver, which writes them
as parts of the output folder (:mod:`dossier.batch.output`). Writing on the driver keeps the
output on the machine that asked for it when the workers are on a cluster, and lets one
place drop what a worker extracted twice (the same text in two inputs) and what an earlier
run already wrote.

Local by default: ``ray.init`` with ``workers`` CPUs, no dashboard, no usage statistics (Ray's
own services listen on the machine's address, as Ray always does on Linux, behind its token
authentication; nothing is fetched from the network). ``address`` joins a running cluster
instead (``ray start --head``).
"""

from __future__ import annotations

import logging
import os
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pyarrow as pa

from dossier.batch.load import LoadReport, load_output
from dossier.batch.output import Output
from dossier.batch.records import KINDS, flatten
from dossier.batch.units import expand, plan_units
from dossier.batch.worker import Extractor
from dossier.errors import InputError
from dossier.pipeline import Options
from dossier.settings import get_settings

Progress = Callable[[str], None]  # called with one line per part written

# Results written per part: a killed run redoes at most this many documents (plus those in
# flight), and an archive of a million documents is some 4,000 parts of each kind.
PART_ROWS = 256


@dataclass(slots=True)
class BatchReport:
    out: Path
    inputs: int = 0  # inputs read (folders expanded)
    units: int = 0
    workers: int = 0
    documents: int = 0  # documents extracted and written by this run
    skipped: int = 0  # documents already written (earlier run) or copies of one
    failures: int = 0  # failure rows added by this run
    removed: int = 0  # files a killed run had left half written, removed first
    seconds: float = 0.0
    peak_rss: dict[int, int] = field(default_factory=dict)  # worker pid -> peak bytes
    load: LoadReport | None = None


class _Collector:
    """Result rows from the workers, less what is already written, gathered into parts."""

    def __init__(self, output: Output, report: BatchReport, part_rows: int) -> None:
        self.output, self.report, self.part_rows = output, report, part_rows
        self.done: set[str] = set(output.read("documents", ["id"]).column("id").to_pylist())
        origins = output.read("origins", ["document_id", "origin"]).to_pylist()
        self.origins = {(r["document_id"], r["origin"]) for r in origins}
        failures = output.read("failures", ["origin", "stage", "reason"]).to_pylist()
        self.failure_keys = {(r["origin"], r["stage"], r["reason"]) for r in failures}
        self.rows: dict[str, list[dict[str, Any]]] = {kind: [] for kind in KINDS}
        self.pending = 0

    def take(self, block: pa.Table) -> None:
        for row in block.to_pylist():
            worker = int(row["worker"])
            self.report.peak_rss[worker] = max(self.report.peak_rss.get(worker, 0), row["peak_rss"])
            if row["kind"] == "failure":
                self._failure(row)
            elif row["kind"] == "document" and row["id"] not in self.done:
                for kind, rows in flatten(row["contract"], row["input"], row["item"]).items():
                    self.rows[kind].extend(rows)
                self.done.add(row["id"])
                self.report.documents += 1
                self.pending += 1
                self._origin(row)
            else:  # a document written before, or extracted twice: only its origin is new
                self.report.skipped += 1
                self._origin(row)

    def _failure(self, row: dict[str, Any]) -> None:
        key = (row["origin"], row["stage"], row["reason"])
        if key not in self.failure_keys:  # a rerun fails the same input the same way
            self.failure_keys.add(key)
            self.rows["failures"].append(row)
            self.report.failures += 1
            self.pending += 1

    def _origin(self, row: dict[str, Any]) -> None:
        key = (row["id"], row["origin"])
        if key not in self.origins:
            self.origins.add(key)
            self.rows["origins"].append({"document_id": row["id"], **row})
            self.pending += 1

    def flush(self, force: bool = False) -> bool:
        if not self.pending or (self.pending < self.part_rows and not force):
            return False
        self.output.write(self.rows)
        self.rows = {kind: [] for kind in KINDS}
        self.pending = 0
        return True


def run_batch(
    inputs: Sequence[str],
    out: str | Path,
    *,
    db: str | Path | None = None,
    workers: int | None = None,
    address: str | None = None,
    allow_private: bool = False,
    options: Options = Options(),
    progress: Progress | None = None,
    part_rows: int = PART_ROWS,
) -> BatchReport:
    """Extract ``inputs`` into the output folder ``out``, skipping what it already holds."""
    started = time.monotonic()
    output = Output(out)
    report = BatchReport(out=Path(out), removed=output.removed)
    collector = _Collector(output, report, part_rows)
    names = expand(inputs)
    report.inputs = len(names)
    with _ray(workers, address) as pool:
        report.workers = pool
        units = plan_units(names, workers=pool, batch_size=get_settings().batch_size)
        report.units = len(units)
        for block in _results(units, pool, collector.done, options, allow_private):
            collector.take(block)
            if collector.flush() and progress:
                progress(_line(report, started))
    if collector.flush(force=True) and progress:
        progress(_line(report, started))
    report.seconds = time.monotonic() - started
    if db is not None:
        report.load = load_output(out, db)
    return report


def _results(
    units: list[Any], pool: int, done: set[str], options: Options, allow_private: bool
) -> Iterator[pa.Table]:
    if not units:
        return
    import ray.data

    context = ray.data.DataContext.get_current()
    context.enable_progress_bars = False  # the driver prints a line per part instead
    dataset = ray.data.from_items([u.row() for u in units], override_num_blocks=len(units))
    results = dataset.map_batches(
        Extractor,
        batch_size=1,  # one unit per call; a unit is about one NLP batch of documents
        batch_format="pyarrow",
        compute=ray.data.ActorPoolStrategy(size=pool),
        num_cpus=1,
        fn_constructor_kwargs={
            "done": sorted(done),
            "language": options.language,
            "allow_private": allow_private,
        },
    )
    yield from results.iter_batches(batch_size=None, batch_format="pyarrow")


@contextmanager
def _ray(workers: int | None, address: str | None) -> Iterator[int]:
    """Ray started (or joined) for the run; yields the number of workers to use."""
    os.environ.setdefault("RAY_USAGE_STATS_ENABLED", "0")  # Ray must not call home
    # Ray Data logs every execution at INFO; the driver prints its own line per part.
    os.environ.setdefault("RAY_DATA_LOG_LEVEL", "ERROR")
    import ray

    if workers is not None and workers < 1:
        raise InputError(f"--workers must be at least 1, not {workers}")
    if address:
        ray.init(address=address, log_to_driver=False, logging_level=logging.ERROR)
        cpus = ray.cluster_resources().get("CPU", 1)  # type: ignore[no-untyped-call]
        pool = workers or max(1, int(cpus))
    else:
        pool = workers or os.cpu_count() or 1
        ray.init(
            num_cpus=pool,
            include_dashboard=False,
            log_to_driver=False,
            logging_level=logging.ERROR,
        )
    try:
        yield pool
    finally:
        ray.shutdown()


def _line(report: BatchReport, started: float) -> str:
    seconds = time.monotonic() - started
    rate = report.documents / seconds if seconds else 0.0
    return (
        f"{report.documents:,} documents, {report.skipped:,} already done, "
        f"{report.failures:,} failures; {rate:.2f} documents/s"
    )
