"""Store: documents and everything extracted from them, behind :class:`~dossier.store.base.Store`.

:func:`open_store` chooses the backend by address: a plain path or ``sqlite:///path`` is the
embedded SQLite file (the default, ``./dossier.db``), ``postgresql://…`` a PostgreSQL server.
``None`` takes the address from ``DOSSIER_DB``.
"""

from __future__ import annotations

from pathlib import Path

from dossier.settings import get_settings
from dossier.store.base import Store, TimelineFilter
from dossier.store.engine import SqlStore
from dossier.store.sqlite import SQLiteStore

__all__ = [
    "SQLiteStore", "SqlStore", "Store", "TimelineFilter", "describe", "local_path", "open_store",
]  # fmt: skip

_SERVER = ("postgresql://", "postgres://")
_SQLITE = "sqlite:///"


def _address(db: str | Path | None) -> str:
    return str(db if db is not None else get_settings().db)


def is_server(db: str | Path | None) -> bool:
    """Whether ``db`` names a PostgreSQL server rather than a file."""
    return _address(db).startswith(_SERVER)


def local_path(db: str | Path | None) -> Path | None:
    """The SQLite file ``db`` names, or None for a server."""
    address = _address(db)
    if address.startswith(_SERVER):
        return None
    return Path(address[len(_SQLITE) :] if address.startswith(_SQLITE) else address)


def describe(db: str | Path | None) -> str:
    """``db`` as it may be shown: a path, or a server address without its password."""
    if is_server(db):
        from dossier.store.postgres import safe_url

        return safe_url(_address(db))
    return str(local_path(db))


def open_store(db: str | Path | None = None, *, create: bool = True) -> SqlStore:
    """The store ``db`` names; ``create=False`` for commands that must not make a new one.

    Those commands (the queries, export, merge, split) first finish any cross-document linking
    a killed ingest left undone, so that they see linked entities.
    """
    store: SqlStore
    if is_server(db):
        from dossier.store.postgres import PostgresStore

        store = PostgresStore(_address(db), create=create)
    else:
        path = local_path(db)
        assert path is not None
        store = SQLiteStore(path, create=create)
    if not create:
        try:
            store.ensure_linked(attempts=1)  # one try: an ingest still writing links at its end
        except BaseException:
            store.close()
            raise
    return store


def _conforms(store: SqlStore) -> Store:
    """Never called: mypy checks here that SqlStore implements the Store protocol."""
    return store
