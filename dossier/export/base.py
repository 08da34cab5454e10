"""The exporter interface: a named, versioned function from an export snapshot to output.

Two kinds: a :class:`LineExporter` yields text lines (one file, or stdout), a
:class:`FolderExporter` writes files into an empty folder it is given (one per table). Both
read only an :class:`~dossier.export.records.ExportData`, never the database, so the same
exporter serves the CLI, ``import dossier`` and a batch job.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

from dossier.export.records import ExportData


class Exporter(Protocol):
    @property
    def name(self) -> str: ...  # what `--format` takes
    @property
    def version(self) -> int: ...  # raised when the output's shape changes
    @property
    def description(self) -> str: ...


@dataclass(frozen=True, slots=True)
class LineExporter:
    name: str
    version: int
    description: str
    lines: Callable[[ExportData], Iterator[str]]

    @property
    def id(self) -> str:
        return f"{self.name}.v{self.version}"


@dataclass(frozen=True, slots=True)
class FolderExporter:
    name: str
    version: int
    description: str
    # writes its files into an empty folder; returns each file's name and its row count
    write: Callable[[ExportData, Path], dict[str, int]]

    @property
    def id(self) -> str:
        return f"{self.name}.v{self.version}"
