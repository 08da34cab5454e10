"""Who is asking, and may they: sessions and tokens, roles, CSRF, and the sign-in limit.

A browser signs in with a form and gets a session cookie (HttpOnly, SameSite=Strict); a
script sends ``Authorization: Bearer <token>`` (``dossier user token``). Every form carries
the CSRF token that is also in the ``dossier_csrf`` cookie (double submit: another site can
neither read the cookie nor set the field); a JSON write with a session cookie sends it as
``X-CSRF-Token``, one with a bearer token needs none.
"""

from __future__ import annotations

import hmac
import secrets
import threading
import time
from collections import defaultdict, deque
from dataclasses import dataclass, field

from fastapi import Request

from dossier import verbs
from dossier.settings import Settings
from dossier.store.accounts import User

SESSION_COOKIE = "dossier_session"
CSRF_COOKIE = "dossier_csrf"
CSRF_HEADER = "x-csrf-token"
WINDOW_SECONDS = 300  # sign-in failures are counted over five minutes


class WebError(Exception):
    """An answer other than the page: ``status`` with a message for the person or script."""

    def __init__(self, status: int, message: str, location: str | None = None) -> None:
        super().__init__(message)
        self.status = status
        self.message = message
        self.location = location  # where a browser is sent instead (the sign-in page)


@dataclass(slots=True)
class SignInLimit:
    """At most ``attempts`` failed sign-ins per address and per name in the window."""

    attempts: int
    failures: dict[str, deque[float]] = field(default_factory=lambda: defaultdict(deque))
    lock: threading.Lock = field(default_factory=threading.Lock)

    def _recent(self, key: str, now: float) -> deque[float]:
        times = self.failures[key]
        while times and times[0] < now - WINDOW_SECONDS:
            times.popleft()
        return times

    def check(self, *keys: str) -> None:
        now = time.monotonic()
        with self.lock:
            if any(len(self._recent(k, now)) >= self.attempts for k in keys):
                raise WebError(429, "too many failed sign-ins; wait five minutes and try again")

    def failed(self, *keys: str) -> None:
        now = time.monotonic()
        with self.lock:
            for key in keys:
                self._recent(key, now).append(now)


@dataclass(slots=True)
class Web:
    """What every request handler reads: the database, the settings, shared state."""

    db: str  # a SQLite file or a postgresql:// address
    settings: Settings
    limit: SignInLimit


def web(request: Request) -> Web:
    found: Web = request.app.state.web
    return found


def current_user(request: Request) -> User | None:
    if hasattr(request.state, "user"):
        cached: User | None = request.state.user
        return cached
    ctx = web(request)
    user = None
    header = request.headers.get("authorization", "")
    if header[:7].lower() == "bearer ":
        user = verbs.session_user(header[7:].strip(), "token", ctx.db)
        if user is None:
            raise WebError(401, "this API token is unknown or revoked")
        request.state.bearer = True
    elif cookie := request.cookies.get(SESSION_COOKIE):
        user = verbs.session_user(cookie, "session", ctx.db)
    request.state.user = user
    return user


def may_read(request: Request) -> User | None:
    """The reader, when reading is open or they are signed in."""
    user = current_user(request)
    if user is None and web(request).settings.read_access == "signed-in":
        raise WebError(401, "sign in to read this base", _signin(request))
    return user


def editor(request: Request) -> User:
    """The signed-in editor (or admin) making a change; everyone else is refused."""
    user = current_user(request)
    if user is None:
        raise WebError(401, "sign in as an editor to change anything", _signin(request))
    if not user.can("editor"):
        raise WebError(403, f"{user.name} is a {user.role}; changes need an editor")
    return user


def _signin(request: Request) -> str:
    return f"/signin?next={request.url.path}"


def csrf_token(request: Request) -> str:
    token: str = request.state.csrf
    return token


def new_csrf() -> str:
    return secrets.token_urlsafe(24)


def check_csrf(request: Request, submitted: str | None) -> None:
    """A form's (or header's) token must match the cookie; bearer-token calls need none."""
    if getattr(request.state, "bearer", False):
        return
    cookie = request.cookies.get(CSRF_COOKIE, "")
    given = submitted if submitted is not None else request.headers.get(CSRF_HEADER, "")
    if not cookie or not given or not hmac.compare_digest(cookie, given):
        raise WebError(403, "the form's security token is missing or stale; reload the page")
