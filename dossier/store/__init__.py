"""Store: documents and everything extracted from them, behind :class:`~dossier.store.base.Store`.

``open_store(None)`` opens the file named by ``DOSSIER_DB`` (default ``./dossier.db``).
"""

from __future__ import annotations

from pathlib import Path

from dossier.settings import get_settings
from dossier.store.base import Store, TimelineFilter
from dossier.store.sqlite import SQLiteStore

__all__ = ["SQLiteStore", "Store", "TimelineFilter", "open_store"]


def open_store(path: str | Path | None = None, *, create: bool = True) -> SQLiteStore:
    """The store at ``path``; ``create=False`` for commands that must not make a new one.

    Those commands (the queries, export, merge, split) first finish any cross-document linking
    a killed ingest left undone, so that they see linked entities.
    """
    store = SQLiteStore(path if path is not None else get_settings().db, create=create)
    if not create:
        try:
            store.ensure_linked(attempts=1)  # one try: an ingest still writing links at its end
        except BaseException:
            store.close()
            raise
    return store
