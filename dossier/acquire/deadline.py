"""One deadline for a whole fetch, enforced on the connection itself.

httpx's timeouts apply to each network operation, so a server that sends a header line
every second (or a body byte every few) never trips them, and a fetch could last for
ever. :class:`Deadline` makes the limit hold from the first step:

- host names are resolved in a worker thread that is waited on only until the deadline
  (the system resolver has no timeout of its own);
- every request gets per-operation timeouts no longer than the time left;
- a watchdog timer shuts the socket down when the time is up, which ends a read that is
  blocked in the middle of the headers or the body. The socket is learnt from httpcore's
  ``trace`` extension, as the connection is made.
"""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Callable
from types import TracebackType
from typing import Any, TypeVar

import httpx

from dossier.errors import FetchError

T = TypeVar("T")

# httpcore trace events whose return value is the connection's network stream.
_STREAM_EVENTS = frozenset({"connection.connect_tcp.complete", "connection.start_tls.complete"})


class Deadline:
    """``with Deadline(seconds) as clock:`` a fetch that must end within ``seconds``."""

    def __init__(self, seconds: float) -> None:
        self.seconds = seconds
        self.end = time.monotonic() + seconds
        self._lock = threading.Lock()
        self._streams: list[Any] = []
        self._fired = False
        self._done = False
        self._timer = threading.Timer(max(seconds, 0.0), self._fire)
        self._timer.daemon = True

    def __enter__(self) -> Deadline:
        self._timer.start()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        with self._lock:
            self._done = True
        self._timer.cancel()

    @property
    def remaining(self) -> float:
        return self.end - time.monotonic()

    @property
    def expired(self) -> bool:
        return self._fired or self.remaining <= 0

    def timeout(self, per_operation: float) -> httpx.Timeout:
        """Timeouts for one request: ``per_operation``, but never past the deadline."""
        left = self.remaining
        if left <= 0:
            raise FetchError(f"timed out: no complete response in {self.seconds:g} s")
        return httpx.Timeout(min(per_operation, left))

    def trace(self, event: str, info: dict[str, Any]) -> None:
        """httpcore's ``trace`` extension: note each stream as it connects."""
        if event not in _STREAM_EVENTS:
            return
        stream = info.get("return_value")
        with self._lock:
            self._streams.append(stream)
            if self._fired:  # connected just as time ran out
                _shut_down(stream)

    def _fire(self) -> None:
        with self._lock:
            if self._done:
                return
            self._fired = True
            for stream in self._streams:
                _shut_down(stream)


def _shut_down(stream: Any) -> None:
    """End every read on ``stream``'s socket now, from another thread.

    ``shutdown(2)`` on the descriptor wakes a blocked ``recv`` with end-of-file, which httpx
    reports as a network error. It goes through a temporary socket object on the same
    descriptor, so a TLS socket's state is never touched from this thread; a stream that
    was closed meanwhile has no descriptor (-1) and is left alone.
    """
    try:
        sock = stream.get_extra_info("socket")
        fileno = sock.fileno() if sock is not None else -1
    except Exception:  # any stream we cannot look into has nothing for us to cut
        return
    if fileno < 0:
        return
    try:
        raw = socket.socket(fileno=fileno)
    except OSError:
        return  # the descriptor is no longer a socket: the stream closed it
    try:
        raw.shutdown(socket.SHUT_RDWR)
    except OSError:
        pass  # already closed or never connected: nothing left to end
    finally:
        raw.detach()  # the descriptor still belongs to the stream


def resolve_within(lookup: Callable[[], T], clock: Deadline, what: str) -> T:
    """``lookup()`` run in a daemon thread and waited for until the deadline.

    A lookup that outlives the deadline is abandoned, not stopped (a thread blocked in
    ``getaddrinfo`` cannot be); being a daemon, it never holds up the process at exit.
    """
    outcome: list[T] = []
    failure: list[BaseException] = []

    def run() -> None:
        try:
            outcome.append(lookup())
        except BaseException as exc:  # handed to the caller's thread below
            failure.append(exc)

    worker = threading.Thread(target=run, name=f"resolve {what}", daemon=True)
    worker.start()
    worker.join(max(clock.remaining, 0.0))
    if failure:
        raise failure[0]
    if not outcome:
        raise FetchError(f"timed out resolving {what} ({clock.seconds:g} s)")
    return outcome[0]
