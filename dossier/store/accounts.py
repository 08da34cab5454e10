"""Local accounts of the web workbench: users with argon2 password hashes, cookie sessions and
API tokens.

A session or token is a random value handed to the client once; the store keeps only its
SHA-256, so a copy of the database signs nobody in. Roles are ordered: a reader reads, an
editor also reviews, an admin also manages (:data:`ROLES`).
"""

from __future__ import annotations

import hashlib
import secrets
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

from dossier.errors import QueryError
from dossier.store.db import Db, integrity_errors

ROLES = ("reader", "editor", "admin")
_HASHER = PasswordHasher()  # argon2id with the library's current recommended parameters
# Verified against when the name is unknown, so that a wrong name costs as long as a wrong
# password and timing does not tell which names exist.
_DUMMY = _HASHER.hash("not a password")


@dataclass(frozen=True, slots=True)
class User:
    id: int
    name: str
    role: str

    def can(self, role: str) -> bool:
        """Whether this user holds ``role`` or one above it."""
        return ROLES.index(self.role) >= ROLES.index(role)


def add_user(conn: Db, name: str, role: str, password: str) -> User:
    if role not in ROLES:
        raise QueryError(f"unknown role {role!r} (use {', '.join(ROLES)})")
    if not name.strip() or len(name) > 64 or any(not c.isprintable() for c in name):
        raise QueryError("a user name is 1 to 64 printable characters")
    if len(password) < 8:
        raise QueryError("a password has at least 8 characters")
    try:
        row = conn.execute(
            "INSERT INTO users (name, role, password_hash) VALUES (?, ?, ?) RETURNING id",
            (name, role, _HASHER.hash(password)),
        ).fetchone()
    except integrity_errors() as exc:
        raise QueryError(f"a user named {name!r} exists already") from exc
    return User(int(row[0]), name, role)


def authenticate(conn: Db, name: str, password: str) -> User | None:
    row = conn.execute(
        "SELECT id, name, role, password_hash FROM users WHERE name = ?", (name,)
    ).fetchone()
    try:
        _HASHER.verify(row["password_hash"] if row else _DUMMY, password)
    except (VerificationError, InvalidHashError):
        return None
    return User(int(row["id"]), row["name"], row["role"]) if row else None


def _now() -> str:
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def _digest(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8", "surrogatepass")).hexdigest()


def new_session(conn: Db, user: User, hours: int) -> str:
    """A new sign-in for ``user``; returns the cookie value."""
    token = secrets.token_urlsafe(32)
    expires = (datetime.now(UTC) + timedelta(hours=hours)).strftime("%Y-%m-%dT%H:%M:%SZ")
    conn.execute(
        "INSERT INTO sessions (token_hash, user_id, kind, expires_at) VALUES (?, ?, 'session', ?)",
        (_digest(token), user.id, expires),
    )
    return token


def new_token(conn: Db, name: str, label: str = "") -> str:
    """A new API token for the user called ``name``; returns it (shown once)."""
    row = conn.execute("SELECT id FROM users WHERE name = ?", (name,)).fetchone()
    if row is None:
        raise QueryError(f"no user named {name!r} (dossier user add)")
    token = "dsr_" + secrets.token_urlsafe(32)
    conn.execute(
        "INSERT INTO sessions (token_hash, user_id, kind, label) VALUES (?, ?, 'token', ?)",
        (_digest(token), int(row[0]), label or None),
    )
    return token


def user_of(conn: Db, token: str, kind: str) -> User | None:
    """The user a live session cookie or API token belongs to."""
    row = conn.execute(
        "SELECT u.id, u.name, u.role FROM sessions s JOIN users u ON u.id = s.user_id "
        "WHERE s.token_hash = ? AND s.kind = ? AND (s.expires_at IS NULL "
        "OR s.expires_at > ?)",
        (_digest(token), kind, _now()),
    ).fetchone()
    return User(int(row[0]), row[1], row[2]) if row else None


def end_session(conn: Db, token: str) -> None:
    conn.execute(
        "DELETE FROM sessions WHERE token_hash = ? AND kind = 'session'", (_digest(token),)
    )
