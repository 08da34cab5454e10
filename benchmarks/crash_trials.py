"""Crash and concurrency trials against the real command line: is anything lost or stored twice?

    .venv/bin/python benchmarks/crash_trials.py [--kills 20] [--writers 10] [--seed 13]

Kill trials run ``dossier ingest`` over a handful of short example articles, one document per
commit (``DOSSIER_BATCH_SIZE=1``), and kill it with SIGKILL, in turn: at a random moment of a
clean run's duration; within 50 ms of a random document's commit; within 5 ms of the last
document's commit, which lands before or during cross-document linking (it takes tens of
milliseconds over these documents). Each killed base is checked
(``PRAGMA integrity_check``; every stored document has all its entities, events and
citations), then the same ingest is run again, and the result must equal a clean ingest:
the same documents, origins and records, entities linked (no provisional ids).

Concurrent runs start two writers, or a writer and a reader loop, on a new and on an existing
file, then check the same. Prints each trial, and lost and duplicated counts at the end.
The test suite runs fewer trials of the same kinds (``tests/store/test_crash_safety.py``).
"""

from __future__ import annotations

import argparse
import os
import random
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "examples"
# Short articles in both languages, enough for a few commits and cross-document links.
INPUTS = tuple(
    str(EXAMPLES / name)
    for name in (
        "wire-kyrgyz-supreme-court-mercenary-case.txt",
        "wire-nepal-halts-permits-russia.txt",
        "wire-india-cbi-trafficking-network.txt",
        "ru-kg-mercenary-verdict-overturned.txt",
        "analysis-wagner-prison-recruitment.txt",
    )
)
ENV = {**os.environ, "DOSSIER_BATCH_SIZE": "1", "COLUMNS": "200"}
RECORD_TABLES = ("entities", "events", "citations")


@dataclass(frozen=True)
class Snapshot:
    """What a base holds, comparable between a clean ingest and a recovered one."""

    integrity: str
    documents: frozenset[str]
    per_document: dict[str, tuple[int, ...]]  # document id -> rows in RECORD_TABLES
    origins: int
    canonical: int  # distinct canonical entity ids
    provisional: int  # entities still carrying a per-document (unlinked) id

    def lost(self, clean: Snapshot) -> int:
        return len(clean.documents - self.documents)

    def duplicated(self, clean: Snapshot) -> int:
        """Rows beyond the clean ingest's, document by document, and extra origins."""
        extra = sum(
            max(0, have - want)
            for doc, counts in self.per_document.items()
            for have, want in zip(counts, clean.per_document.get(doc, (0,) * 3), strict=True)
        )
        return extra + max(0, self.origins - clean.origins)

    def incomplete(self, clean: Snapshot) -> list[str]:
        """Stored documents that lack some of their records."""
        return [d for d, c in self.per_document.items() if c != clean.per_document.get(d)]

    def problems(self, clean: Snapshot) -> list[str]:
        """Every way this base differs from the clean ingest; empty when it equals it."""
        found = [] if self.integrity == "ok" else [f"integrity: {self.integrity}"]
        if self.documents != clean.documents:
            found.append(f"documents {len(self.documents)} != {len(clean.documents)}")
        if self.incomplete(clean):
            found.append(f"incomplete documents: {self.incomplete(clean)}")
        if self.origins != clean.origins:
            found.append(f"origins {self.origins} != {clean.origins}")
        if self.canonical != clean.canonical:
            found.append(f"canonical entities {self.canonical} != {clean.canonical}")
        if self.provisional:
            found.append(f"{self.provisional} entities not linked")
        return found


def snapshot(db: Path) -> Snapshot:
    if not db.exists():
        return Snapshot("ok", frozenset(), {}, 0, 0, 0)
    conn = sqlite3.connect(f"{db.resolve().as_uri()}?mode=ro", uri=True)
    try:
        integrity = conn.execute("PRAGMA integrity_check").fetchone()[0]
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        if "documents" not in tables:
            return Snapshot(integrity, frozenset(), {}, 0, 0, 0)
        documents = frozenset(r[0] for r in conn.execute("SELECT id FROM documents"))
        per: dict[str, list[int]] = {d: [0] * len(RECORD_TABLES) for d in documents}
        for i, table in enumerate(RECORD_TABLES):
            sql = f"SELECT document_id, count(*) FROM {table} GROUP BY document_id"
            for doc, n in conn.execute(sql):
                per.setdefault(doc, [0] * len(RECORD_TABLES))[i] = n
        one = lambda sql: int(conn.execute(sql).fetchone()[0])  # noqa: E731
        return Snapshot(
            integrity=integrity,
            documents=documents,
            per_document={d: tuple(c) for d, c in per.items()},
            origins=one("SELECT count(*) FROM origins"),
            canonical=one("SELECT count(DISTINCT canonical_id) FROM entities"),
            # A linked id is a record key "<document>/<local id>"; a provisional one is
            # "<TYPE>:<name key>" (dossier.store.queries.provisional_key).
            provisional=one("SELECT count(*) FROM entities WHERE canonical_id NOT LIKE '%/%'"),
        )
    finally:
        conn.close()


def command(*args: str) -> list[str]:
    return [sys.executable, "-m", "dossier", *args]


def ingest(db: Path, inputs: Sequence[str] = INPUTS) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        command("ingest", "-q", *inputs, "--db", str(db)),
        capture_output=True, text=True, env=ENV, cwd=ROOT, timeout=600, check=False,
    )  # fmt: skip


def clean_ingest(folder: Path, inputs: Sequence[str] = INPUTS) -> tuple[Snapshot, float]:
    """The reference: a clean ingest of ``inputs``, and how long it took."""
    db = folder / f"clean-{len(inputs)}.db"
    started = time.monotonic()
    result = ingest(db, inputs)
    if result.returncode != 0:
        raise RuntimeError(f"clean ingest failed: {result.stderr}")
    return snapshot(db), time.monotonic() - started


@dataclass
class Trial:
    name: str
    stored_at_kill: int = 0
    unlinked_at_kill: bool = False  # documents committed, linking not done
    problems: list[str] = field(default_factory=list)
    lost: int = 0
    duplicated: int = 0


def _documents(db: Path) -> int:
    try:
        conn = sqlite3.connect(f"{db.resolve().as_uri()}?mode=ro", uri=True, timeout=0.05)
        try:
            return int(conn.execute("SELECT count(*) FROM documents").fetchone()[0])
        finally:
            conn.close()
    except sqlite3.Error:
        return 0


def kill_trial(
    db: Path,
    clean: Snapshot,
    rng: random.Random,
    duration: float,
    mode: int,
    inputs: Sequence[str] = INPUTS,
    rerun: Callable[[Path, Sequence[str]], object] = ingest,
) -> Trial:
    """Kill an ingest at a random point, check the base, run the ingest again, compare.

    ``mode`` 0 kills at a random moment, 1 after a random document, 2 after the last one.
    """
    process = subprocess.Popen(
        command("ingest", "-q", *inputs, "--db", str(db)),
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=ENV, cwd=ROOT,
    )  # fmt: skip
    if mode:  # when the n-th document is committed, within the next few milliseconds
        last = len(clean.documents)
        target = last if mode == 2 else rng.randint(1, last)
        name = f"kill after document {target}"
        while process.poll() is None and _documents(db) < target:
            time.sleep(0.001)
        time.sleep(rng.uniform(0, 0.005 if mode == 2 else 0.05))
    else:
        delay = rng.uniform(0, duration)
        name = f"kill at {delay:.2f}s"
        time.sleep(delay)
    process.send_signal(signal.SIGKILL)
    process.wait()
    trial = Trial(name)
    if db.exists():
        killed = snapshot(db)
        trial.stored_at_kill = len(killed.documents)
        trial.unlinked_at_kill = killed.provisional > 0
        if killed.integrity != "ok":
            trial.problems.append(f"after kill: integrity {killed.integrity}")
        if killed.incomplete(clean):
            trial.problems.append(f"after kill: incomplete {killed.incomplete(clean)}")
    rerun(db, inputs)
    return _compare(trial, snapshot(db), clean)


def _compare(trial: Trial, got: Snapshot, clean: Snapshot) -> Trial:
    trial.problems += got.problems(clean)
    trial.lost, trial.duplicated = got.lost(clean), got.duplicated(clean)
    return trial


def concurrent_run(
    db: Path, clean: Snapshot, existing: bool, readers: bool, inputs: Sequence[str] = INPUTS
) -> Trial:
    """Two writers (overlapping halves of the inputs), or a writer beside a reader loop."""
    name = f"{'writer+readers' if readers else 'two writers'} on {'an existing' if existing else 'a new'} file"  # noqa: E501
    trial = Trial(name)
    if existing:
        result = ingest(db, inputs[:1])
        if result.returncode != 0:
            trial.problems.append(f"seeding failed: {result.stderr.strip()}")
    if readers:
        groups = [list(inputs)]
    else:
        half = (len(inputs) + 1) // 2
        groups = [list(inputs[:half]), list(inputs[half - 1 :])]  # one input in both
    writers = [_start_ingest(db, group) for group in groups]
    while readers and any(w.poll() is None for w in writers):
        trial.problems += _read_once(db)
    for writer in writers:
        _, stderr = writer.communicate(timeout=600)
        if writer.returncode != 0:
            trial.problems.append(f"writer failed: {stderr.strip()}")
    return _compare(trial, snapshot(db), clean)


def _start_ingest(db: Path, inputs: Sequence[str]) -> subprocess.Popen[str]:
    return subprocess.Popen(
        command("ingest", "-q", *inputs, "--db", str(db)),
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=ENV, cwd=ROOT,
    )  # fmt: skip


def _read_once(db: Path) -> list[str]:
    """One read command beside the writer: a table, or a clear one-line refusal."""
    for args in (("timeline", "--json"), ("entities", "--limit", "5"), ("search", "court")):
        result = subprocess.run(
            command(*args, "--db", str(db)),
            capture_output=True, text=True, env=ENV, cwd=ROOT, timeout=600, check=False,
        )  # fmt: skip
        if result.returncode != 0 and (
            "Traceback" in result.stderr or len(result.stderr.strip().splitlines()) != 1
        ):
            return [f"reader {args[0]} failed: {result.stderr.strip()[-300:]}"]
    return []


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--kills", type=int, default=20)
    parser.add_argument("--writers", type=int, default=10)
    parser.add_argument("--seed", type=int, default=13)
    args = parser.parse_args(argv)
    rng = random.Random(args.seed)
    trials: list[Trial] = []
    with tempfile.TemporaryDirectory(prefix="dossier-crash-") as tmp:
        folder = Path(tmp)
        clean, duration = clean_ingest(folder)
        print(f"clean ingest: {len(clean.documents)} documents in {duration:.1f}s")
        for i in range(args.kills):
            trials.append(kill_trial(folder / f"k{i}.db", clean, rng, duration, i % 3))
            _show(trials[-1])
        for i in range(args.writers):
            existing, readers = bool(i % 2), bool(i // 2 % 2)
            trials.append(concurrent_run(folder / f"c{i}.db", clean, existing, readers))
            _show(trials[-1])
    kills, n = trials[: args.kills], len(clean.documents)
    print(
        f"\n{args.kills} kill -9 trials ({sum(t.stored_at_kill > 0 for t in kills)} with "
        f"documents stored at the kill, {sum(t.unlinked_at_kill for t in kills)} left unlinked, "
        f"{sum(t.unlinked_at_kill and t.stored_at_kill == n for t in kills)} of them with all "
        f"{n} documents stored) "
        f"and {args.writers} concurrent runs: "
        f"{sum(t.lost for t in trials)} documents lost, "
        f"{sum(t.duplicated for t in trials)} rows duplicated, "
        f"{sum(bool(t.problems) for t in trials)} trials with problems"
    )
    return 1 if any(t.problems for t in trials) else 0


def _show(trial: Trial) -> None:
    state = "ok" if not trial.problems else "; ".join(trial.problems)
    extra = f" (stored {trial.stored_at_kill}{', unlinked' if trial.unlinked_at_kill else ''})"
    print(f"{trial.name}{extra if trial.name.startswith('kill') else ''}: {state}", flush=True)


if __name__ == "__main__":
    sys.exit(main())
