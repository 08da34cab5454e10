"""The work of a batch run cut into units, and the raw documents of one unit.

A unit is what one call of a worker reads: up to a batch of consecutive inputs (files, URLs),
one feed or JSON lines file, or one shard (a range of rows) of a Parquet file, so that one big
Parquet file is spread over every worker. A JSON lines file is read by one worker: its lines
are only found by reading it from the top, and a line with only a URL is fetched, which a
shard skipping to its start would have to do too; an archive goes in Parquet.

Inputs are numbered in the order of :func:`expand` (folders expanded), items in the order an
input yields them; ``(input, item)`` is where a document or failure came from, and the order
`dossier load` writes documents in.

Files, folders, URLs, feeds and JSON lines are read by :mod:`dossier.acquire`, with its
guards and budgets. Parquet files of texts (columns ``url``, ``title``, ``published`` and
``text`` or ``html``) are read here, a row at a time checked like a JSON line.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Iterator, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from dossier.acquire import Acquired, InputFailure, is_url, iter_input, plan_inputs
from dossier.acquire.inputs import _record_document  # the JSON line -> RawDocument rule
from dossier.acquire.jsonlines import FIELDS, parse_record
from dossier.errors import InputError

PARQUET = ".parquet"
# Shards per Parquet file and worker: enough that a worker finishing early finds more work,
# few enough that decoding up to a shard's start (row by row within a row group) stays cheap.
SHARDS_PER_WORKER = 4
# Inputs that may hold any number of documents: a unit of their own.
_MANY = (".jsonl", ".ndjson", ".json", ".xml", ".rss", ".atom")
_PARQUET_READ_ROWS = 1024  # rows decoded at a time while reading a shard


@dataclass(frozen=True, slots=True)
class Unit:
    input: int  # number of the first input
    names: list[str] = field(default_factory=list)  # consecutive inputs from ``input`` on
    start: int = 0  # first item, for a shard
    stop: int = -1  # item after the last, -1 for all

    def row(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_row(cls, row: dict[str, Any]) -> Unit:
        return cls(int(row["input"]), list(row["names"]), int(row["start"]), int(row["stop"]))


def expand(inputs: Sequence[str]) -> list[str]:
    """Every input to read, folders replaced by their files (Parquet files among them)."""
    names: list[str] = []
    for name in inputs:
        names.extend(plan_inputs([name]))
        path = Path(name)
        if not is_url(name) and path.is_dir():
            names.extend(str(p) for p in sorted(path.rglob(f"*{PARQUET}")) if _visible(p, path))
    return names


def _visible(path: Path, root: Path) -> bool:
    return not any(part.startswith(".") for part in path.relative_to(root).parts)


def plan_units(names: Sequence[str], *, workers: int, batch_size: int) -> list[Unit]:
    """Units over ``names``: groups of ``batch_size`` inputs, Parquet files in shards."""
    units: list[Unit] = []
    group: list[str] = []
    first = 0
    for index, name in enumerate(names):
        items = _parquet_rows(name)
        if items is None and not name.lower().endswith(_MANY):
            if not group:
                first = index
            group.append(name)
            if len(group) >= batch_size:
                units.append(Unit(first, group))
                group = []
            continue
        if group:
            units.append(Unit(first, group))
            group = []
        if items is None:
            units.append(Unit(index, [name]))
        else:
            units.extend(_shards(index, name, items, workers * SHARDS_PER_WORKER, batch_size))
    if group:
        units.append(Unit(first, group))
    return units


def _parquet_rows(name: str) -> int | None:
    """The rows of a Parquet file; None for other inputs (and for one pyarrow cannot open)."""
    path = Path(name)
    if is_url(name) or path.suffix.lower() != PARQUET or not path.is_file():
        return None
    import pyarrow.parquet as pq

    try:
        return int(pq.ParquetFile(path).metadata.num_rows)
    except Exception:  # not Parquet after all: the worker reads it and reports why
        return None


def _shards(index: int, name: str, items: int, most: int, batch_size: int) -> list[Unit]:
    count = max(1, min(math.ceil(items / batch_size), most))
    size = math.ceil(items / count) if items else 1
    # The last shard is open-ended, in case the file grew since it was planned.
    return [
        Unit(index, [name], n * size, -1 if n == count - 1 else (n + 1) * size)
        for n in range(count)
    ]


def iter_unit(unit: Unit, *, allow_private: bool = False) -> Iterator[tuple[int, int, Acquired]]:
    """``(input, item, document or failure)`` for every item of ``unit``."""
    for offset, name in enumerate(unit.names):
        if name.lower().endswith(PARQUET) and not is_url(name):
            items: Iterator[Acquired] = iter_parquet(name, unit.start, unit.stop)
            item = unit.start
        else:
            items, item = iter_input(name, allow_private=allow_private), 0
        for acquired in items:
            if item >= unit.start and (unit.stop < 0 or item < unit.stop):
                yield unit.input + offset, item, acquired
            elif unit.stop >= 0 and item >= unit.stop:
                break
            item += 1


def iter_parquet(name: str, start: int = 0, stop: int = -1) -> Iterator[Acquired]:
    """Documents of rows ``start`` to ``stop`` of a Parquet file of texts."""
    import pyarrow.parquet as pq

    try:
        parquet = pq.ParquetFile(name)
        columns = [c for c in FIELDS if c in parquet.schema_arrow.names]
        row = 0
        for batch in parquet.iter_batches(batch_size=_PARQUET_READ_ROWS, columns=columns):
            if row + batch.num_rows <= start:
                row += batch.num_rows
                continue
            for values in batch.to_pylist():
                if row >= start and (stop < 0 or row < stop):
                    yield _parquet_row(values, f"{name}:{row + 1}")
                row += 1
            if 0 <= stop <= row:
                return
    except OSError as exc:
        yield InputFailure(name, f"cannot read Parquet: {exc}".splitlines()[0])
    except Exception as exc:  # pyarrow's errors for a file that is not Parquet
        yield InputFailure(name, f"not a Parquet file of texts: {type(exc).__name__}: {exc}")


def _parquet_row(values: dict[str, Any], where: str) -> Acquired:
    fields = {k: v.isoformat() if isinstance(v, dt.date) else v for k, v in values.items()}
    try:
        record = parse_record(fields, where)
    except InputError as exc:
        return InputFailure.from_error(where, exc)
    if record.text is None and record.html is None:
        return InputFailure(where, "a Parquet row needs 'text' or 'html' (URLs are not fetched)")
    return _record_document(record)
