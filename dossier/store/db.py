"""The SQL connection the query modules are written against, on SQLite or PostgreSQL.

The modules under :mod:`dossier.store` write their SQL once, in the SQLite dialect with ``?``
parameters, and run it on either engine: :class:`PgConnection` wraps a psycopg 3 connection
and translates what differs, so that a query module never tests which engine it talks to.

What the translation covers (and all the store's SQL keeps to):

- ``?`` parameters become ``%s``; a literal ``%`` is doubled.
- ``INSERT OR IGNORE INTO …`` becomes ``INSERT INTO … ON CONFLICT DO NOTHING``.
- ``instr(a, b)`` becomes ``strpos(a, b)``.
- ``BEGIN IMMEDIATE`` (SQLite's "take the write lock now") becomes ``BEGIN`` plus a
  transaction-scoped advisory lock that every writer takes, so writes are serialised as they
  are in SQLite and document row numbers are committed in the order they were given.
- ``BEGIN`` alone (a reader's snapshot) becomes ``BEGIN ISOLATION LEVEL REPEATABLE READ``.

What cannot be translated word for word is asked of a helper here (:func:`values_in`, the
values of a JSON array: ``json_each`` against ``jsonb_array_elements_text``;
:func:`contains_folded`; :func:`identity`) or kept in the backend module (schema, full-text
search).
"""

from __future__ import annotations

import json
import re
import sqlite3
from collections.abc import Iterable, Sequence
from functools import lru_cache
from typing import Any, Protocol

# Any number would do, as long as every Dossier writer takes the same one.
WRITE_LOCK = 0x0D055139


class Db(Protocol):
    """What the query modules need of a connection: ``sqlite3.Connection`` has it as it is."""

    def execute(self, sql: str, parameters: Any = ..., /) -> Any: ...
    def executemany(self, sql: str, parameters: Iterable[Any], /) -> Any: ...


def integrity_errors() -> tuple[type[Exception], ...]:
    """The exceptions a broken constraint raises, on either engine."""
    import psycopg

    return (sqlite3.IntegrityError, psycopg.IntegrityError)


def dialect(db: Db) -> str:
    """``"sqlite"`` or ``"postgresql"``."""
    return PgConnection.dialect if isinstance(db, PgConnection) else "sqlite"


def values_in(db: Db, expression: str) -> str:
    """A subquery of the values of a JSON array: ``x IN ({values_in(db, "?")})``."""
    if dialect(db) == "postgresql":
        return f"SELECT jsonb_array_elements_text(({expression})::jsonb)"
    return f"SELECT value FROM json_each({expression})"


def contains_folded(db: Db, array: str) -> str:
    """A condition: one of the strings of the JSON array ``array`` contains the parameter,
    case aside (SQLite's ``lower`` knows only ASCII, so there it is a Python function)."""
    if dialect(db) == "postgresql":
        return (
            f"EXISTS (SELECT 1 FROM jsonb_array_elements_text(({array})::jsonb) AS s(value) "
            "WHERE strpos(lower(s.value), lower(?)) > 0)"
        )
    assert isinstance(db, sqlite3.Connection)
    db.create_function("dossier_cited", 2, _contains_folded, deterministic=True)
    return f"dossier_cited({array}, ?)"


def _contains_folded(array: str, wanted: str) -> bool:
    needle = wanted.casefold()
    return any(needle in s.casefold() for s in json.loads(array))


def identity(db: Db) -> str:
    """An SQL expression naming the database itself (its file, or server and name)."""
    if dialect(db) == "postgresql":
        return (
            "(coalesce(inet_server_addr()::text, '') || ':' || inet_server_port() "
            "|| '/' || current_database())"
        )
    return "(SELECT file FROM pragma_database_list WHERE name = 'main')"


class Row(tuple[Any, ...]):
    """A result row read by position or by column name, like ``sqlite3.Row``."""

    _names: dict[str, int]

    def __new__(cls, values: Sequence[Any], names: dict[str, int]) -> Row:
        row = super().__new__(cls, values)
        row._names = names
        return row

    def __getitem__(self, key: Any) -> Any:
        if isinstance(key, str):
            return tuple.__getitem__(self, self._names[key])
        return tuple.__getitem__(self, key)

    def keys(self) -> list[str]:
        return list(self._names)


def _row_factory(cursor: Any) -> Any:
    names = {c.name: i for i, c in enumerate(cursor.description or ())}

    def make(values: Sequence[Any]) -> Row:
        return Row(values, names)

    return make


_PARAM = re.compile(r"'(?:[^']|'')*'|\"(?:[^\"]|\"\")*\"|\?|%")
_IGNORE = re.compile(r"^\s*INSERT\s+OR\s+IGNORE\s+INTO\b", re.IGNORECASE)
_INSTR = re.compile(r"\binstr\(", re.IGNORECASE)


@lru_cache(maxsize=1024)
def translate(sql: str) -> str:
    """The PostgreSQL form of one statement of the store's SQL (see the module docstring)."""

    def swap(match: re.Match[str]) -> str:
        token = match.group(0)
        return "%s" if token == "?" else token.replace("%", "%%")

    out = _PARAM.sub(swap, sql)
    if _IGNORE.match(out):
        out = (
            _IGNORE.sub("INSERT INTO", out, count=1).rstrip().rstrip(";")
            + " ON CONFLICT DO NOTHING"
        )
    return _INSTR.sub("strpos(", out)


class PgConnection:
    """A psycopg 3 connection (autocommit: transactions are the explicit BEGIN…COMMIT of the
    store's code) that speaks the store's SQL; see the module docstring."""

    dialect = "postgresql"

    def __init__(self, raw: Any) -> None:
        self.raw = raw
        raw.autocommit = True
        raw.row_factory = _row_factory

    def execute(self, sql: str, parameters: Any = None, /) -> Any:
        word = sql.strip().upper()
        if word == "BEGIN IMMEDIATE":
            self.raw.execute("BEGIN")
            return self.raw.execute("SELECT pg_advisory_xact_lock(%s)", (WRITE_LOCK,))
        if word == "BEGIN":
            return self.raw.execute("BEGIN ISOLATION LEVEL REPEATABLE READ")
        return self.raw.execute(translate(sql), _params(parameters))

    def executemany(self, sql: str, parameters: Iterable[Any], /) -> Any:
        rows = [_params(p) for p in parameters]
        cursor = self.raw.cursor()
        if rows:
            cursor.executemany(translate(sql), rows)
        return cursor


def _params(parameters: Any) -> Any:
    return () if parameters is None else tuple(parameters)
