"""Store: documents and everything extracted from them, behind :class:`~dossier.store.base.Store`.

``open_store(None)`` opens the file named by ``DOSSIER_DB`` (default ``./dossier.db``).
"""

from __future__ import annotations

from pathlib import Path

from dossier.settings import get_settings
from dossier.store.base import Store, TimelineFilter
from dossier.store.sqlite import SQLiteStore

__all__ = ["SQLiteStore", "Store", "TimelineFilter", "open_store"]


def open_store(path: str | Path | None = None) -> SQLiteStore:
    return SQLiteStore(path if path is not None else get_settings().db)
