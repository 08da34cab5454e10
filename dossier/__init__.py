"""Dossier: turn news and analysis articles into a sourced evidence base.

The verbs of the command line, as functions over typed records::

    import dossier
    extraction = dossier.extract("article.html")          # no database
    report = dossier.ingest(["examples/"], db="my.db")    # acquire, extract, store
    rows = dossier.timeline("my.db")

They are loaded on first use, so ``import dossier`` stays cheap (spaCy loads only when a
document is analysed).
"""

from __future__ import annotations

from typing import Any

__version__ = "0.1.0"

_VERBS = {
    "ingest", "extract", "timeline", "entities", "entity", "sources", "search",
    "export_jsonl", "extraction_json", "IngestReport", "merge", "split", "happening",
    "copies", "export_lines", "export_folder", "review_fact", "batch", "load",
}  # fmt: skip

__all__ = sorted(_VERBS | {"__version__"})


def __getattr__(name: str) -> Any:
    if name in _VERBS:
        from dossier import verbs

        return getattr(verbs, name)
    raise AttributeError(f"module 'dossier' has no attribute {name!r}")
