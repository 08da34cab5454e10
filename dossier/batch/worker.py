"""The batch worker: a callable class that Ray runs as a pool of actors.

Each actor loads the NLP models once, in ``__init__``; each call takes units
(:mod:`dossier.batch.units`) and yields one result table per NLP batch: a row per document
extracted (its contract JSON), per document already done (only its origin: a copy, or a
document of an earlier run) and per failure. Reading, parsing and extraction are the
functions `dossier ingest` uses; nothing here knows about Ray, so the class also runs as it
is in one process (the tests call it directly).
"""

from __future__ import annotations

import json
import os
import resource
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

import pyarrow as pa

from dossier import verbs
from dossier.acquire import InputFailure
from dossier.batch.units import Unit, iter_unit
from dossier.contract import to_contract
from dossier.models import Article
from dossier.pipeline import Options
from dossier.settings import get_settings

RESULT = pa.schema(
    [
        ("kind", pa.string()),  # document | origin | failure
        ("input", pa.int64()),
        ("item", pa.int64()),
        ("origin", pa.string()),
        ("id", pa.string()),
        ("url", pa.string()),
        ("contract", pa.string()),
        ("stage", pa.string()),
        ("reason", pa.string()),
        ("worker", pa.int64()),  # process id of the worker
        ("peak_rss", pa.int64()),  # the worker's peak resident memory so far, in bytes
    ]
)


@dataclass(slots=True)
class _Chunk:
    """One NLP batch being read: its result rows, and the articles still to extract."""

    rows: list[dict[str, Any]] = field(default_factory=list)
    articles: list[tuple[Article, str]] = field(default_factory=list)
    where: dict[str, tuple[int, int]] = field(default_factory=dict)  # origin -> (input, item)


class Extractor:
    """Reads, parses and extracts units; one instance per worker process."""

    def __init__(
        self,
        done: Iterable[str] = (),
        *,
        language: str | None = None,
        allow_private: bool = False,
    ) -> None:
        self.done = set(done)  # documents of earlier runs and of this worker's batches
        self.options = Options(language=language)
        self.allow_private = allow_private
        self.batch_size = get_settings().batch_size
        _load_models()

    def __call__(self, units: pa.Table) -> Iterator[pa.Table]:
        for row in units.to_pylist():
            unit = Unit.from_row(row)
            try:
                yield from self.unit(unit)
            except Exception as exc:  # a bug that one unit triggers costs that unit alone
                reason = f"worker failed: {type(exc).__name__}: {exc}".splitlines()[0]
                yield self._table([_failure(unit.input, -1, unit.names[0], "worker", reason)])

    def unit(self, unit: Unit) -> Iterator[pa.Table]:
        chunk = _Chunk()
        for input_no, item, acquired in iter_unit(unit, allow_private=self.allow_private):
            self._take(chunk, input_no, item, acquired)
            if len(chunk.articles) >= self.batch_size:
                yield self._finish(chunk)
                chunk = _Chunk()
        if chunk.rows or chunk.articles:
            yield self._finish(chunk)

    def _take(self, chunk: _Chunk, input_no: int, item: int, acquired: Any) -> None:
        if isinstance(acquired, InputFailure):
            chunk.rows.append(_failure(input_no, item, acquired.origin, "acquire", acquired.reason))
            return
        parsed = verbs.parse_or_failure(acquired)
        if isinstance(parsed, InputFailure):
            chunk.rows.append(_failure(input_no, item, parsed.origin, "parse", parsed.reason))
            return
        origin = acquired.origin
        chunk.where.setdefault(origin, (input_no, item))
        if parsed.id in self.done or any(a.id == parsed.id for a, _ in chunk.articles):
            # already extracted (an earlier run, an earlier batch, a copy in this one)
            chunk.rows.append(_origin(input_no, item, origin, parsed.id, parsed.url))
        else:
            chunk.articles.append((parsed, origin))

    def _finish(self, chunk: _Chunk) -> pa.Table:
        extractions, failures = verbs.extract_each(chunk.articles, self.options)
        for extraction, origin in extractions:
            input_no, item = chunk.where[origin]
            contract = json.dumps(to_contract(extraction), ensure_ascii=False)
            doc = extraction.document
            chunk.rows.append(
                {"kind": "document", "input": input_no, "item": item, "origin": origin,
                 "id": doc.id, "url": doc.url, "contract": contract}
            )  # fmt: skip
            self.done.add(doc.id)
        for failure in failures:
            input_no, item = chunk.where.get(failure.origin, (-1, -1))
            chunk.rows.append(_failure(input_no, item, failure.origin, "extract", failure.reason))
        return self._table(chunk.rows)

    def _table(self, rows: list[dict[str, Any]]) -> pa.Table:
        # ru_maxrss is in kilobytes on Linux
        stamp = {"worker": os.getpid(), "peak_rss": _peak_rss_kb() * 1024}
        return pa.Table.from_pylist([{**row, **stamp} for row in rows], schema=RESULT)


def _failure(input_no: int, item: int, origin: str, stage: str, reason: str) -> dict[str, Any]:
    return {
        "kind": "failure", "input": input_no, "item": item, "origin": origin,
        "stage": stage, "reason": reason,
    }  # fmt: skip


def _origin(input_no: int, item: int, origin: str, doc_id: str, url: str | None) -> dict[str, Any]:
    return {"kind": "origin", "input": input_no, "item": item, "origin": origin, "id": doc_id,
            "url": url}  # fmt: skip


def _peak_rss_kb() -> int:
    return int(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)


def _load_models() -> None:
    """Load what every document needs now, once per worker, not on its first batch."""
    from dossier.analyze import detect_language
    from dossier.analyze.english import load_model
    from dossier.analyze.russian import load_models
    from dossier.packs import get_pack

    load_model()
    load_models()
    detect_language("A sentence to load the language detector.")
    get_pack(get_settings().pack)
