"""The embedded default store: one SQLite file, WAL mode, FTS5, numbered migrations.

Everything but connecting, migrating and full-text search is :class:`~dossier.store.engine.
SqlStore`'s, shared with the PostgreSQL backend.
"""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from dossier.errors import StoreError
from dossier.store import queries
from dossier.store.base import SearchHit
from dossier.store.engine import SqlStore
from dossier.store.migrations import MIGRATIONS

T = TypeVar("T")

_BUSY_SECONDS = 30  # how long a command waits for another one's write lock


class SQLiteStore(SqlStore):
    conn: sqlite3.Connection

    def __init__(self, path: str | Path, *, create: bool = True) -> None:
        """Open the database at ``path``, creating it (and its schema) when ``create``.

        ``create=False`` is for the commands that only read or judge: a missing file, or one
        without a Dossier schema, is an error instead of a new empty database.
        """
        self.path = Path(path)
        if not create and not self.path.is_file():
            raise StoreError(f"no database at {self.path} (run `dossier ingest` first)")
        try:
            self.conn = self._connect(create)
            if not create and self._checked_version() == 0:  # checked before anything writes
                self.conn.close()
                raise StoreError(f"no database at {self.path} (run `dossier ingest` first)")
            self._prepare()
            self._migrate()
        except sqlite3.DatabaseError as exc:
            raise StoreError(f"{self.path}: cannot open database: {exc}") from exc

    def _connect(self, create: bool) -> sqlite3.Connection:
        # mode=rw never creates a file, even one removed since the check above.
        uri = f"{self.path.resolve().as_uri()}?mode={'rwc' if create else 'rw'}"
        conn = sqlite3.connect(uri, uri=True, timeout=_BUSY_SECONDS, isolation_level=None)
        conn.row_factory = sqlite3.Row
        return conn

    def _prepare(self) -> None:
        # Switching a new file to WAL takes an exclusive lock, which another command opening
        # the same new file may hold for a moment: wait for it like for any other lock.
        _when_free(lambda: self.conn.execute("PRAGMA journal_mode=WAL").fetchone())
        self.conn.execute("PRAGMA foreign_keys=ON")
        self.conn.execute("PRAGMA synchronous=NORMAL")

    def _migrate(self) -> None:
        """Apply the missing migrations, one transaction each, safely beside other processes.

        Another command may be migrating the same file at this moment (two ingests started on
        a new file): the version is read again once the write lock is held, and a migration
        is applied only if it is still missing.
        """
        while (version := self._checked_version()) < len(MIGRATIONS):
            self.conn.execute("BEGIN IMMEDIATE")
            try:
                version = self._checked_version()
                if version < len(MIGRATIONS):
                    for statement in _statements(MIGRATIONS[version]):
                        self.conn.execute(statement)
                    self.conn.execute(f"PRAGMA user_version = {version + 1}")
                self.conn.execute("COMMIT")
            except BaseException:
                self.conn.execute("ROLLBACK")
                raise

    def _checked_version(self) -> int:
        version = int(self.conn.execute("PRAGMA user_version").fetchone()[0])
        if version > len(MIGRATIONS):
            raise StoreError(
                f"{self.path}: database schema {version} is newer than this Dossier "
                f"({len(MIGRATIONS)}); upgrade Dossier"
            )
        return version

    @property
    def schema_version(self) -> int:
        return int(self.conn.execute("PRAGMA user_version").fetchone()[0])

    def close(self) -> None:
        self.conn.close()

    def search(self, query: str, limit: int = 20) -> list[SearchHit]:
        return queries.search(self.conn, query, limit)

    def _cannot_write(self, exc: BaseException) -> bool:
        return isinstance(exc, sqlite3.OperationalError) and (
            exc.sqlite_errorcode & 0xFF in _CANNOT_WRITE
        )

    def _rolled_back(self) -> None:
        if self.conn.in_transaction:
            self.conn.execute("ROLLBACK")


# Result codes under which a reader leaves linking to a command that can write.
_CANNOT_WRITE = (sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED, sqlite3.SQLITE_READONLY)


def _when_free(action: Callable[[], T]) -> T:
    """``action``, retried while another connection holds the lock it needs."""
    deadline = time.monotonic() + _BUSY_SECONDS
    while True:
        try:
            return action()
        except sqlite3.OperationalError as exc:
            busy = exc.sqlite_errorcode & 0xFF in (sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED)
            if not busy or time.monotonic() > deadline:
                raise
            time.sleep(0.05)


def _statements(script: str) -> list[str]:
    """Split a migration into statements, keeping trigger bodies whole."""
    statements: list[str] = []
    buffer = ""
    for line in script.splitlines(keepends=True):
        buffer += line
        if sqlite3.complete_statement(buffer):
            statements.append(buffer.strip())
            buffer = ""
    if buffer.strip():
        statements.append(buffer.strip())
    return statements
