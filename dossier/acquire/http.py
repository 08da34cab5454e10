"""Fetching one URL with httpx, guarded at every hop.

Redirects are followed here, not by httpx, so that each hop gets the same checks: the
scheme, the SSRF guard (:mod:`dossier.acquire.guard`), the redirect cap and loops. When
the guard is on, the request goes to the address the guard checked, with the original
``Host`` header and TLS server name, so DNS cannot answer differently the second time.
Bodies are streamed and cut off at ``settings.max_bytes``; the content type is checked
before the body is read.

A whole fetch, every hop included, has one deadline counted from the start: resolving the
host, connecting, the headers and the body all spend it (see :mod:`.deadline`). Per-read
timeouts alone would let a server that trickles a header line a second hold a fetch forever.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

import httpx

from dossier.acquire import files
from dossier.acquire.deadline import Deadline, resolve_within
from dossier.acquire.guard import Resolver, check_host
from dossier.acquire.urls import strip_credentials
from dossier.errors import BlockedAddressError, DossierError, FetchError
from dossier.settings import Settings, get_settings

DOCUMENT_TYPES = {
    "text/html": files.HTML,
    "application/xhtml+xml": files.HTML,
    "text/plain": files.PLAIN,
    "text/markdown": files.MARKDOWN,
    "text/x-markdown": files.MARKDOWN,
}
FEED_TYPES = frozenset(
    {"application/rss+xml", "application/atom+xml", "application/rdf+xml"}
    | {"application/xml", "text/xml"}
)
JSON_TYPES = frozenset(
    {"application/json", "application/x-ndjson", "application/jsonl", "application/x-jsonlines"}
)
ACCEPT = (
    "text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,"
    "application/xml;q=0.9,text/plain;q=0.8,application/json;q=0.5"
)
REDIRECT_CODES = frozenset({301, 302, 303, 307, 308})

# A server that trickles a byte every few seconds never trips httpx's per-read timeout,
# so a whole fetch also has a deadline: this many read timeouts, ample for a news page.
DEADLINE_FACTOR = 3


@dataclass(frozen=True, slots=True)
class Fetched:
    """A response body that passed every check."""

    url: str  # the final URL, after redirects
    content: bytes
    kind: str  # a document MIME type, or files.FEED / files.JSONL
    charset: str | None = None


def make_client(settings: Settings | None = None) -> httpx.Client:
    settings = settings or get_settings()
    # trust_env=False: a proxy from the environment would resolve hosts itself and make
    # the address guard meaningless. No keep-alive: every request opens its own connection,
    # which the deadline's watchdog sees being made and can cut (a pooled one it cannot).
    return httpx.Client(
        timeout=settings.http_timeout,
        follow_redirects=False,
        headers={"User-Agent": settings.user_agent},
        trust_env=False,
        limits=httpx.Limits(max_keepalive_connections=0),
    )


def fetch(
    url: str,
    client: httpx.Client,
    *,
    allow_private: bool = False,
    resolver: Resolver | None = None,
    deadline: float | None = None,
) -> Fetched:
    """GET ``url`` through at most ``settings.max_redirects`` redirects; raise FetchError.

    The fetch ends by ``DEADLINE_FACTOR * settings.http_timeout`` seconds from now, or by
    ``deadline`` (a :func:`time.monotonic` time, e.g. a whole feed's) if that is sooner.
    Every message starts with ``url`` as given (credentials removed) and says which hop
    failed, e.g. ``http://a.example/x: refused: redirect to http://127.0.0.1/ resolves to
    loopback address 127.0.0.1 (use --allow-private to allow)``.
    """
    settings = get_settings()
    budget = DEADLINE_FACTOR * settings.http_timeout
    if deadline is not None:
        budget = max(0.0, min(budget, deadline - time.monotonic()))
    shown = strip_credentials(url)
    with Deadline(budget) as clock:
        try:
            return _follow(url, client, settings, clock, allow_private, resolver)
        except DossierError as exc:
            if clock.expired:
                raise FetchError(
                    f"{shown}: timed out: no complete response in {budget:g} s"
                ) from exc
            raise type(exc)(f"{shown}: {exc}") from exc


def _follow(
    url: str,
    client: httpx.Client,
    settings: Settings,
    clock: Deadline,
    allow_private: bool,
    resolver: Resolver | None,
) -> Fetched:
    current = url
    seen = {url}
    for hop in range(settings.max_redirects + 1):
        shown = strip_credentials(current)
        try:
            target = _parse_url(current)
            with _open(client, target, settings, clock, allow_private, resolver) as response:
                location = _redirect_location(response, target)
                if location is None:
                    return _read(response, current, settings, clock)
        except BlockedAddressError as exc:
            where = "" if hop == 0 else f"redirect to {shown} "
            raise BlockedAddressError(f"refused: {where}{exc}") from exc
        except DossierError as exc:
            where = "" if hop == 0 else f"redirect to {shown}: "
            raise type(exc)(f"{where}{exc}") from exc
        if location in seen:
            raise FetchError(f"refused: redirect loop at {strip_credentials(location)}")
        seen.add(location)
        current = location
    raise FetchError(f"refused: more than {settings.max_redirects} redirects")


def _parse_url(text: str) -> httpx.URL:
    try:
        url = httpx.URL(text)
    except httpx.InvalidURL as exc:
        raise FetchError(f"not a valid URL ({exc})") from exc
    if url.scheme not in ("http", "https"):
        raise FetchError(f"refused: only http and https URLs are supported, not {url.scheme!r}")
    if not url.host:
        raise FetchError("not a valid URL (no host)")
    return url


@contextmanager
def _open(
    client: httpx.Client,
    url: httpx.URL,
    settings: Settings,
    clock: Deadline,
    allow_private: bool,
    resolver: Resolver | None,
) -> Iterator[httpx.Response]:
    """A streamed response for ``url``, connected only to checked addresses."""
    addresses: list[str | None] = [None]
    if not allow_private:
        host = url.host
        addresses = list(resolve_within(lambda: check_host(host, resolver), clock, repr(host)))
    response = _send_first(client, url, addresses, settings, clock)
    try:
        yield response
    finally:
        response.close()


def _send_first(
    client: httpx.Client,
    url: httpx.URL,
    addresses: list[str | None],
    settings: Settings,
    clock: Deadline,
) -> httpx.Response:
    """Send to each address in turn until one connects (a host may list dead ones)."""
    headers = {"User-Agent": settings.user_agent, "Accept": ACCEPT}
    error: httpx.TransportError | None = None
    for address in addresses:
        target = url
        extensions: dict[str, Any] = {"trace": clock.trace}
        if address is not None:
            target = url.copy_with(host=address)
            headers["Host"] = url.netloc.decode("ascii")
            if url.scheme == "https":
                extensions["sni_hostname"] = url.host
                # The pool keys connections by address: without this, a TLS connection made
                # for one site could be reused for another site behind the same address.
                headers["Connection"] = "close"
        timeout = clock.timeout(settings.http_timeout)
        request = client.build_request(
            "GET", target, headers=headers, timeout=timeout, extensions=extensions
        )
        try:
            return client.send(request, stream=True, follow_redirects=False)
        except httpx.ConnectError as exc:
            error = exc
        except httpx.TimeoutException as exc:
            raise FetchError(f"timed out after {settings.http_timeout:g} s") from exc
        except httpx.HTTPError as exc:
            raise FetchError(f"network error: {exc}") from exc
    raise FetchError(f"cannot connect: {error}")


def _redirect_location(response: httpx.Response, url: httpx.URL) -> str | None:
    if response.status_code not in REDIRECT_CODES:
        return None
    location = response.headers.get("location")
    if not location:
        raise FetchError(f"HTTP {response.status_code} redirect without a Location header")
    try:
        return str(url.join(location))
    except httpx.InvalidURL as exc:
        raise FetchError(f"bad redirect Location {location!r} ({exc})") from exc


def _read(response: httpx.Response, url: str, settings: Settings, clock: Deadline) -> Fetched:
    if response.status_code >= 400:
        raise FetchError(f"HTTP {response.status_code} {response.reason_phrase}".rstrip())
    mime, charset = _content_type(response)
    declared = _declared_kind(mime)
    content = _read_capped(response, settings, clock)
    if not content:
        raise FetchError("refused: empty response")
    reason = files.binary_reason(content)
    if reason is not None:
        raise FetchError(f"refused: not a text document ({reason})")
    try:
        kind = files.classify(content, url, declared=declared)
    except DossierError as exc:  # it names the input first, as fetch() does: say it once
        raise FetchError(str(exc).removeprefix(f"{url}: ")) from exc
    return Fetched(url=url, content=content, kind=kind, charset=charset)


def _content_type(response: httpx.Response) -> tuple[str | None, str | None]:
    header = response.headers.get("content-type")
    if not header:
        return None, None
    mime, _, params = header.partition(";")
    charset = None
    for param in params.split(";"):
        name, _, value = param.partition("=")
        if name.strip().lower() == "charset" and value.strip():
            charset = value.strip().strip("\"'")
    return mime.strip().lower() or None, charset


def _declared_kind(mime: str | None) -> str | None:
    """The kind a MIME type promises, None when there is none to go by; refuse the rest."""
    if mime is None:
        return None
    if mime in DOCUMENT_TYPES:
        return DOCUMENT_TYPES[mime]
    if mime in FEED_TYPES:
        return files.FEED
    if mime in JSON_TYPES:
        return files.JSONL
    raise FetchError(f"refused: content type {mime} is not a text document")


def _read_capped(response: httpx.Response, settings: Settings, clock: Deadline) -> bytes:
    limit = settings.max_bytes
    declared = response.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > limit:
        raise FetchError(
            f"refused: {files.format_size(int(declared))} is over the "
            f"{files.format_size(limit)} limit"
        )
    chunks: list[bytes] = []
    size = 0
    try:
        for chunk in response.iter_bytes():
            size += len(chunk)
            if size > limit:
                raise FetchError(f"refused: body is over the {files.format_size(limit)} limit")
            if clock.expired:
                raise FetchError(f"timed out: body still arriving after {clock.seconds:g} s")
            chunks.append(chunk)
    except httpx.TimeoutException as exc:
        raise FetchError(f"timed out after {settings.http_timeout:g} s") from exc
    except httpx.HTTPError as exc:
        raise FetchError(f"network error while reading: {exc}") from exc
    return b"".join(chunks)
