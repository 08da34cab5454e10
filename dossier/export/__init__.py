"""Exports: the evidence base in the formats analysts' tools read.

Each format is a named, versioned exporter (:mod:`dossier.export.base`) in :data:`EXPORTERS`;
:func:`get_exporter` looks one up by the name ``dossier export --format`` takes. Every
exporter is a function of one snapshot of the base (:func:`dossier.export.collect.collect`),
and every fact it writes carries its evidence span and its review status.

- ``jsonl``    the extraction contract, one document per line, with the reviews beside it
- ``ftm``      FollowTheMoney entities as JSON lines (Aleph, OpenSanctions tools)
- ``acled``    an ACLED-shaped CSV, one row per happening (mapping: the pack's acled.yaml)
- ``geojson``  a FeatureCollection of places with their happenings
- ``csv``      one CSV file per table, in a folder
- ``parquet``  the same tables as Parquet files, in a folder

The heavy libraries (followthemoney, pyarrow) are imported only by the exporter that needs
them, when it runs.
"""

from __future__ import annotations

from dossier.errors import QueryError
from dossier.export import acled, ftm, geojson, jsonl, tables
from dossier.export.base import Exporter, FolderExporter, LineExporter
from dossier.export.collect import collect
from dossier.export.records import ExportData

__all__ = [
    "EXPORTERS",
    "ExportData",
    "Exporter",
    "FolderExporter",
    "LineExporter",
    "collect",
    "get_exporter",
]

EXPORTERS: dict[str, LineExporter | FolderExporter] = {
    e.name: e
    for e in (jsonl.EXPORTER, ftm.EXPORTER, acled.EXPORTER, geojson.EXPORTER, tables.CSV,
              tables.PARQUET)
}  # fmt: skip


def get_exporter(name: str) -> LineExporter | FolderExporter:
    """The exporter called ``name``; :class:`QueryError` naming the formats otherwise."""
    try:
        return EXPORTERS[name]
    except KeyError:
        raise QueryError(
            f"unknown export format {name!r} (available: {', '.join(EXPORTERS)})"
        ) from None
