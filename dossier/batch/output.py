"""The output folder of a batch run: one Parquet dataset (a folder of parts) per record kind.

    DIR/documents/part-TAG.parquet   DIR/entities/part-TAG.parquet   ...   DIR/failures/...

Results are written in parts, each part one file per kind under the same TAG. A file is
written beside its place and renamed into it, and the documents file of a part is renamed
last: a part is complete when its documents file exists. A killed run can leave a part
without it; opening the folder removes such parts (and unfinished files), so their documents
are extracted again on resume and no record is stored twice. Documents of complete parts
are what a resumed run skips.
"""

from __future__ import annotations

import os
import time
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq

from dossier.batch.records import KINDS, SCHEMAS, table
from dossier.errors import InputError

_PART = "part-"
_SUFFIX = ".parquet"


class Output:
    """What a batch run has written under ``root``, and the writing of new parts."""

    def __init__(self, root: str | Path, *, create: bool = True) -> None:
        self.root = Path(root)
        if not create and not (self.root / "documents").is_dir():
            raise InputError(f"{self.root}: no batch output here (no documents dataset)")
        if self.root.exists() and not self.root.is_dir():
            raise InputError(f"{self.root}: not a folder")
        self.removed = 0
        if create:  # a run: it alone writes here, so what is unfinished was left by a killed one
            for kind in KINDS:
                (self.root / kind).mkdir(parents=True, exist_ok=True)
            self.removed = self._remove_unfinished()
        self._run = f"{time.strftime('%Y%m%dT%H%M%S')}-{os.getpid()}"
        self._parts = 0

    def _remove_unfinished(self) -> int:
        """Remove what a killed run left half written; returns the number of files removed."""
        complete = {p.name for p in (self.root / "documents").glob(f"{_PART}*{_SUFFIX}")}
        removed = 0
        for kind in KINDS:
            for path in (self.root / kind).iterdir():
                unfinished = path.name.startswith(".") and path.name.endswith(".tmp")
                if unfinished or (path.suffix == _SUFFIX and path.name not in complete):
                    path.unlink()
                    removed += 1
        return removed

    def paths(self, kind: str) -> list[Path]:
        """The files of ``kind`` in complete parts, in the order they were written."""
        complete = {p.name for p in (self.root / "documents").glob(f"{_PART}*{_SUFFIX}")}
        found = (self.root / kind).glob(f"{_PART}*{_SUFFIX}")
        return sorted(path for path in found if path.name in complete)

    def read(self, kind: str, columns: list[str] | None = None) -> pa.Table:
        """Every row of ``kind`` in complete parts, in the order of the parts."""
        schema = _schema(kind, columns)
        tables = [pq.read_table(p, columns=schema.names) for p in self.paths(kind)]
        return pa.concat_tables(tables) if tables else schema.empty_table()

    @staticmethod
    def read_file(path: Path, kind: str, columns: list[str] | None = None) -> list[dict[str, Any]]:
        """The rows of one part file of ``kind``."""
        schema = _schema(kind, columns)
        rows: list[dict[str, Any]] = pq.read_table(path, columns=schema.names).to_pylist()
        return rows

    def write(self, rows: dict[str, list[dict[str, Any]]]) -> None:
        """One part: a file for every kind (empty ones too), the documents file last."""
        self._parts += 1
        name = f"{_PART}{self._run}-{self._parts:05d}{_SUFFIX}"
        for kind in (*(k for k in KINDS if k != "documents"), "documents"):
            target = self.root / kind / name
            temporary = target.with_name(f".{name}.tmp")
            pq.write_table(table(kind, rows.get(kind, [])), temporary)
            temporary.replace(target)


def _schema(kind: str, columns: list[str] | None) -> pa.Schema:
    schema = SCHEMAS[kind]
    return schema if columns is None else pa.schema([schema.field(c) for c in columns])
