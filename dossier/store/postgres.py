"""The PostgreSQL store: a team's shared base on a server (``postgresql://…``).

Everything but connecting, migrating and full-text search is :class:`~dossier.store.engine.
SqlStore`'s, shared with SQLite; :class:`~dossier.store.db.PgConnection` speaks the store's
SQL to psycopg 3.

- **Connections** come from one psycopg pool per address and process (the web app opens a
  store per request). A store holds one connection until it is closed.
- **Migrations** are numbered (:mod:`dossier.store.pg_migrations`) and recorded in
  ``dossier_schema``; they run under the writers' advisory lock, so two commands starting on
  a new database do not both apply one.
- **Writers** take one transaction-scoped advisory lock per write transaction (what
  ``BEGIN IMMEDIATE`` is on SQLite): several ingest processes may run at once, extracting in
  parallel, and their writes are serialised, so nothing is lost or stored twice.
- **Search** uses a ``tsvector`` column generated with the ``english`` or ``russian``
  configuration by the document's language (``simple`` for others), on a GIN index. Only the
  first ``SEARCH_CANDIDATES`` matches are ranked (``ts_rank`` reads each one's tsvector), so
  a common word costs what a rare one does; its hits are then the best of those, and say so
  (``SearchHit.ranked_among``). SQLite's FTS5 ranks every match (bm25 over its own index).
"""

from __future__ import annotations

import atexit
import threading
from dataclasses import replace
from typing import Any

from dossier.errors import StoreError
from dossier.store import queries
from dossier.store.base import SearchHit
from dossier.store.db import WRITE_LOCK, PgConnection
from dossier.store.engine import SqlStore
from dossier.store.pg_migrations import PG_MIGRATIONS, SEARCH_CONFIG

_POOLS: dict[str, Any] = {}
_POOLS_LOCK = threading.Lock()
_CONNECT_SECONDS = 10
# Search ranks at most this many matching documents (see PostgresStore.search).
SEARCH_CANDIDATES = 200


def _pool(url: str) -> Any:
    """This process's pool for ``url``; the first call connects once, so that a wrong address
    or password is one clear error instead of the pool retrying in the background."""
    import psycopg
    from psycopg_pool import ConnectionPool

    with _POOLS_LOCK:
        pool = _POOLS.get(url)
        if pool is None:
            try:
                psycopg.connect(url, connect_timeout=_CONNECT_SECONDS).close()
            except psycopg.Error as exc:
                raise StoreError(f"{safe_url(url)}: cannot connect: {_first_line(exc)}") from exc
            pool = ConnectionPool(
                url, min_size=1, max_size=8, open=False, timeout=_CONNECT_SECONDS,
                kwargs={"autocommit": True}, name="dossier",
            )  # fmt: skip
            pool.open(wait=False)
            _POOLS[url] = pool
        return pool


def close_pool(url: str) -> None:
    """Close this process's connections to ``url`` (before the database is dropped)."""
    with _POOLS_LOCK:
        pool = _POOLS.pop(url, None)
    if pool is not None:
        pool.close()


@atexit.register
def _close_pools() -> None:
    with _POOLS_LOCK:
        for pool in _POOLS.values():
            pool.close()
        _POOLS.clear()


def safe_url(url: str) -> str:
    """The address without its password, for messages."""
    from psycopg.conninfo import conninfo_to_dict

    try:
        parts = conninfo_to_dict(url)
    except Exception:
        return "postgresql://…"
    user = f"{parts['user']}@" if parts.get("user") else ""
    port = f":{parts['port']}" if parts.get("port") else ""
    return f"postgresql://{user}{parts.get('host', '')}{port}/{parts.get('dbname', '')}"


class PostgresStore(SqlStore):
    conn: PgConnection
    dialect = "postgresql"

    def __init__(self, url: str, *, create: bool = True) -> None:
        """Connect to the database at ``url`` and migrate it when ``create``.

        ``create=False`` is for the commands that only read or judge: a database without a
        Dossier schema is an error, not a new empty base.
        """
        import psycopg
        import psycopg_pool

        self.url = url
        self.label = safe_url(url)
        self._pool = _pool(url)  # raises StoreError when the server cannot be reached
        try:
            raw = self._pool.getconn()
        except (psycopg_pool.PoolTimeout, psycopg.Error) as exc:
            raise StoreError(f"{self.label}: cannot connect: {_first_line(exc)}") from exc
        self.conn = PgConnection(raw)
        try:
            if not create and self._version() == 0:
                raise StoreError(f"no Dossier base at {self.label} (run `dossier ingest` first)")
            self._migrate()
        except BaseException:
            self.close()
            raise

    def _version(self) -> int:
        if self.conn.execute("SELECT to_regclass('dossier_schema')").fetchone()[0] is None:
            return 0
        row = self.conn.execute("SELECT coalesce(max(version), 0) FROM dossier_schema")
        version = int(row.fetchone()[0])
        if version > len(PG_MIGRATIONS):
            raise StoreError(
                f"{self.label}: database schema {version} is newer than this Dossier "
                f"({len(PG_MIGRATIONS)}); upgrade Dossier"
            )
        return version

    def _migrate(self) -> None:
        if self._version() == len(PG_MIGRATIONS):
            return
        raw = self.conn.raw
        with raw.transaction():
            raw.execute("SELECT pg_advisory_xact_lock(%s)", (WRITE_LOCK,))
            raw.execute("CREATE TABLE IF NOT EXISTS dossier_schema (version INTEGER NOT NULL)")
            version = self._version()
            for number in range(version, len(PG_MIGRATIONS)):
                raw.execute(PG_MIGRATIONS[number].encode())
                raw.execute("INSERT INTO dossier_schema (version) VALUES (%s)", (number + 1,))

    @property
    def schema_version(self) -> int:
        return self._version()

    def close(self) -> None:
        conn = getattr(self, "conn", None)
        if conn is None:
            return
        self.conn = None  # type: ignore[assignment]
        if conn.raw.info.transaction_status != 0:  # not idle: leave no transaction behind
            conn.raw.rollback()
        self._pool.putconn(conn.raw)

    def _cannot_write(self, exc: BaseException) -> bool:
        import psycopg

        cannot = (psycopg.errors.InsufficientPrivilege, psycopg.errors.ReadOnlySqlTransaction)
        return isinstance(exc, cannot)

    def _rolled_back(self) -> None:
        if self.conn.raw.info.transaction_status != 0:
            self.conn.raw.rollback()

    def search(self, query: str, limit: int = 20) -> list[SearchHit]:
        terms = queries.search_terms(query)
        if not terms:
            return []
        words = " ".join(terms)
        # The words in each configuration a document may have been indexed with; a document
        # matches when it has all of them in its own.
        tsquery = (
            "(plainto_tsquery('english', %(q)s) || plainto_tsquery('russian', %(q)s) "
            "|| plainto_tsquery('simple', %(q)s))"
        )
        # Ranking reads every candidate's tsvector (a common word matched 60,000 documents:
        # 860 ms): only the first SEARCH_CANDIDATES matches the index gives (in storage
        # order, the earliest stored first) are ranked, and the hits say so when more matched.
        rows = self.conn.raw.execute(
            f"WITH cand AS MATERIALIZED (SELECT d.rowid FROM documents d "
            f"WHERE d.search @@ {tsquery} LIMIT %(cap)s), "
            "top AS (SELECT d.id, d.title, d.text, d.language, "
            f"ts_rank(d.search, {tsquery}) AS rank, d.rowid "
            "FROM (SELECT rowid FROM cand LIMIT %(ranked)s) AS c "
            "JOIN documents d ON d.rowid = c.rowid ORDER BY rank DESC, d.rowid "
            "LIMIT %(limit)s) "
            f"SELECT id, title, ts_headline({SEARCH_CONFIG}, text, "
            f"plainto_tsquery({SEARCH_CONFIG}, %(q)s), %(options)s) AS snip, rank, "
            "(SELECT count(*) FROM cand) FROM top ORDER BY rank DESC, rowid",
            {
                "q": words,
                "cap": SEARCH_CANDIDATES + 1,  # one more, to tell whether more matched
                "ranked": SEARCH_CANDIDATES,
                "limit": max(0, min(limit, queries.MAX_LIMIT)),
                "options": "StartSel=\x02, StopSel=\x03, MaxWords=30, MinWords=12",
            },
        )
        out = []
        for r in rows:
            among = SEARCH_CANDIDATES if int(r[4]) > SEARCH_CANDIDATES else None
            hit = queries.hit(r[0], r[1], r[2], float(r[3]))
            out.append(replace(hit, ranked_among=among))
        return out


def _first_line(exc: BaseException) -> str:
    return (str(exc).strip().splitlines() or [type(exc).__name__])[0]
