"""Ingest jobs started from the web: uploaded files and pasted addresses, ingested in a thread
by :func:`dossier.verbs.ingest` with the command line's guards (private addresses refused,
``DOSSIER_MAX_BYTES`` per file), watched on a page that refreshes until the job is done.
"""

from __future__ import annotations

import re
import secrets
import shutil
import tempfile
import threading
from dataclasses import dataclass, field
from pathlib import Path

from dossier import verbs
from dossier.errors import InputError

SUFFIXES = (".html", ".htm", ".txt", ".md", ".xml", ".rss", ".atom", ".jsonl")
_SAFE_NAME = re.compile(r"[^A-Za-z0-9._-]+")
MAX_INPUTS = 200  # one job; a larger batch is a job for the command line


@dataclass(slots=True)
class Job:
    id: str
    user: str
    inputs: list[str]
    status: str = "queued"  # queued, running, done, failed
    handled: int = 0
    current: str = ""
    stored: int = 0
    already: int = 0
    failures: list[tuple[str, str]] = field(default_factory=list)
    documents: list[str] = field(default_factory=list)
    error: str = ""


@dataclass(slots=True)
class Jobs:
    db: str  # a SQLite file or a postgresql:// address
    jobs: dict[str, Job] = field(default_factory=dict)
    lock: threading.Lock = field(default_factory=threading.Lock)
    folder: Path = field(default_factory=lambda: Path(tempfile.mkdtemp(prefix="dossier-web-")))

    def get(self, job_id: str) -> Job | None:
        return self.jobs.get(job_id)

    def upload_folder(self) -> Path:
        path = self.folder / secrets.token_hex(8)
        path.mkdir(parents=True)
        return path

    def start(self, user: str, inputs: list[str], folder: Path | None) -> Job:
        if not inputs:
            raise InputError("nothing to ingest: upload files or paste addresses")
        if len(inputs) > MAX_INPUTS:
            raise InputError(f"at most {MAX_INPUTS} inputs in one job (use `dossier ingest`)")
        job = Job(secrets.token_hex(8), user, inputs)
        with self.lock:
            self.jobs[job.id] = job
        thread = threading.Thread(target=self._run, args=(job, folder), daemon=True)
        thread.start()
        return job

    def _run(self, job: Job, folder: Path | None) -> None:
        job.status = "running"

        def progress(origin: str) -> None:
            job.handled += 1
            job.current = origin

        try:
            report = verbs.ingest(job.inputs, self.db, allow_private=False, progress=progress)
            job.stored, job.already = report.stored, report.already
            job.failures = [(f.origin, f.reason) for f in report.failures]
            job.documents = list(dict.fromkeys(report.document_ids))
            job.status = "done"
        except Exception as exc:  # the job reports it; the server goes on
            job.error = f"{type(exc).__name__}: {exc}".splitlines()[0]
            job.status = "failed"
        finally:
            if folder is not None:
                shutil.rmtree(folder, ignore_errors=True)


def upload_name(filename: str | None, index: int) -> str:
    """A file name that is safe on disk and keeps the suffix ingest reads by."""
    name = Path(filename or "").name
    suffix = Path(name).suffix.lower()
    if suffix not in SUFFIXES:
        raise InputError(f"{name or 'a file'}: not a kind ingest reads ({', '.join(SUFFIXES)})")
    stem = _SAFE_NAME.sub("-", Path(name).stem)[:60].strip("-.") or "upload"
    return f"{index:03d}-{stem}{suffix}"
