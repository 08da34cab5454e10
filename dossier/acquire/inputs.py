"""Turning what the user named (files, folders, URLs, feeds, JSON lines) into documents.

Each input yields RawDocument records, or one InputFailure per thing that could not be
taken; a failure never stops the inputs after it.
"""

from __future__ import annotations

import re
import time
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

import httpx

from dossier.acquire import feeds, files, jsonlines
from dossier.acquire.guard import Resolver
from dossier.acquire.http import Fetched, fetch, make_client
from dossier.acquire.urls import strip_credentials, strip_optional
from dossier.errors import DossierError
from dossier.models import RawDocument
from dossier.settings import get_settings

URL_SCHEME = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*://")

# A feed whose links fail this many times in a row is broken or hostile (10,000 links to
# hosts that do not resolve took over 5 minutes); a real feed's few dead links never come
# close, and each failure is still reported on its own line.
MAX_LINK_FAILURES_IN_A_ROW = 20


@dataclass(frozen=True, slots=True)
class InputFailure:
    """An input (or one item of a feed or JSON lines file) that could not be taken."""

    origin: str
    reason: str  # one line, without the origin: "refused: not a text document (PNG image)"

    def __str__(self) -> str:
        return f"{self.origin}: {self.reason}"

    @classmethod
    def from_error(cls, origin: str, exc: Exception) -> InputFailure:
        """The failure an error stands for, the origin named once (messages often start with it)."""
        return cls(origin, str(exc).removeprefix(f"{origin}: "))


Acquired = RawDocument | InputFailure


def is_url(text: str) -> bool:
    return URL_SCHEME.match(text) is not None


def plan_inputs(inputs: Sequence[str]) -> list[str]:
    """The inputs with folders replaced by the files they hold, for a progress total.

    A feed or JSON lines file still counts as one input, however many items it holds.
    """
    planned: list[str] = []
    for name in inputs:
        path = Path(name)
        if not is_url(name) and path.is_dir():
            unreadable: list[OSError] = []
            planned.extend(str(child) for child in files.discover(path, unreadable))
            planned.extend(_folder_name(error, name) for error in unreadable)
        else:
            planned.append(name)
    return planned


def iter_inputs(
    inputs: Sequence[str],
    *,
    allow_private: bool = False,
    client: httpx.Client | None = None,
    resolver: Resolver | None = None,
) -> Iterator[Acquired]:
    """Documents and failures from every input, in order; never raises for a bad input.

    ``client`` is used as given (tests pass one with a mock transport); without one, a
    client is made on the first URL and closed when the iteration ends. ``resolver``
    replaces DNS for the address guard.
    """
    acquirer = _Acquirer(allow_private=allow_private, client=client, resolver=resolver)
    try:
        for name in inputs:
            yield from acquirer.input(name)
    finally:
        acquirer.close()


def iter_input(
    name: str,
    *,
    allow_private: bool = False,
    client: httpx.Client | None = None,
    resolver: Resolver | None = None,
) -> Iterator[Acquired]:
    """Documents and failures from one input (one entry of :func:`plan_inputs`)."""
    return iter_inputs([name], allow_private=allow_private, client=client, resolver=resolver)


class _Acquirer:
    """What one run shares: the HTTP client, the address policy and the settings."""

    def __init__(
        self, *, allow_private: bool, client: httpx.Client | None, resolver: Resolver | None
    ) -> None:
        self.allow_private = allow_private
        self.resolver = resolver
        self.settings = get_settings()
        self._client = client
        self._owns_client = False

    @property
    def client(self) -> httpx.Client:
        if self._client is None:
            self._client = make_client(self.settings)
            self._owns_client = True
        return self._client

    def close(self) -> None:
        if self._owns_client and self._client is not None:
            self._client.close()

    def input(self, name: str) -> Iterator[Acquired]:
        if is_url(name):
            yield from self.url(name)
            return
        path = Path(name)
        if path.is_dir():
            unreadable: list[OSError] = []
            children = files.discover(path, unreadable)
            for error in unreadable:
                yield InputFailure(
                    _folder_name(error, name), f"cannot read folder: {error.strerror or error}"
                )
            for child in children:
                yield from self.file(child, str(child))
        elif path.exists():
            yield from self.file(path, name)
        else:
            yield InputFailure(name, "no such file or folder")

    def fetch(self, url: str, deadline: float | None = None) -> Fetched:
        return fetch(
            url,
            self.client,
            allow_private=self.allow_private,
            resolver=self.resolver,
            deadline=deadline,
        )

    def url(self, url: str) -> Iterator[Acquired]:
        origin = strip_credentials(url)  # fetched with the credentials, never recorded with them
        try:
            fetched = self.fetch(url)
        except DossierError as exc:
            yield InputFailure.from_error(origin, exc)
            return
        if fetched.kind == files.FEED:
            yield from self.feed(
                fetched.content, origin, base_url=fetched.url, charset=fetched.charset, remote=True
            )
        elif fetched.kind == files.JSONL:
            yield from self.records(jsonlines.iter_body(fetched.content, origin))
        else:
            yield _document(origin, fetched)

    def file(self, path: Path, origin: str) -> Iterator[Acquired]:
        declared = files.SUFFIX_KINDS.get(path.suffix.lower())
        if declared == files.JSONL:
            yield from self.jsonl_file(path, origin)
            return
        try:
            data = files.read_bounded(path, origin, self.settings.max_bytes)
            files.check_text(data, origin)
            kind = files.classify(data, origin, declared=declared)
        except DossierError as exc:
            yield InputFailure.from_error(origin, exc)
            return
        if kind == files.FEED:
            yield from self.feed(data, origin, base_url=None, remote=False)
        elif kind == files.JSONL:
            yield from self.records(jsonlines.iter_body(data, origin))
        else:
            yield RawDocument(origin=origin, content=data, content_type=kind)

    def jsonl_file(self, path: Path, origin: str) -> Iterator[Acquired]:
        try:
            with files.open_regular(path, origin) as handle:
                files.check_text(handle.read(files.SNIFF_BYTES), origin)
                handle.seek(0)
                yield from self.records(
                    jsonlines.iter_file(handle, origin, self.settings.max_bytes)
                )
        except DossierError as exc:
            yield InputFailure.from_error(origin, exc)
        except OSError as exc:
            yield InputFailure(origin, f"cannot read: {exc.strerror or exc}")

    def records(
        self, records: Iterator[jsonlines.Record | jsonlines.LineError]
    ) -> Iterator[Acquired]:
        for record in records:
            if isinstance(record, jsonlines.LineError):
                yield InputFailure(record.where, record.reason)
            elif record.text is None and record.html is None and record.url is not None:
                yield from self.item_link(record.url, record.where, record.title, record.published)
            else:
                yield _record_document(record)

    def feed(
        self,
        data: bytes,
        origin: str,
        *,
        base_url: str | None,
        remote: bool,
        charset: str | None = None,
    ) -> Iterator[Acquired]:
        """Items of a feed: embedded content when it is the article, the link otherwise.

        A feed fetched from the web usually carries teasers, so its items' links are
        fetched unless an item embeds the full text; a feed file on disk is taken as
        given, and a link is fetched only for an item with no content at all.
        """
        try:
            items = feeds.read_feed(data, origin, base_url=base_url, charset=charset)
        except DossierError as exc:
            yield InputFailure.from_error(origin, exc)
            return
        cap = self.settings.max_feed_items
        yield from self.feed_items(items[:cap], origin, remote=remote)
        if len(items) > cap:
            yield InputFailure(
                origin,
                f"{len(items) - cap:,} items after the first {cap:,} not taken "
                "(DOSSIER_MAX_FEED_ITEMS)",
            )

    def feed_items(
        self, items: Sequence[feeds.FeedItem], origin: str, *, remote: bool
    ) -> Iterator[Acquired]:
        """The documents of a feed's items; linked ones within the budget of the whole feed.

        All links share one deadline (``settings.feed_timeout``), and after
        :data:`MAX_LINK_FAILURES_IN_A_ROW` failures in a row the rest are not tried: the
        links not fetched are reported in one line.
        """
        deadline = time.monotonic() + self.settings.feed_timeout
        failures_in_a_row, not_fetched, why = 0, 0, ""
        for number, item in enumerate(items, start=1):
            where = strip_credentials(item.link) if item.link else f"{origin}#{number}"
            if item.link is None or (item.content is not None and (item.full or not remote)):
                yield _item_document(item, where)
                continue
            why = why or self._stop_fetching(deadline, failures_in_a_row)
            if why:
                not_fetched += 1
                continue
            for got in self.item_link(item.link, where, item.title, item.published, deadline):
                failures_in_a_row = failures_in_a_row + 1 if isinstance(got, InputFailure) else 0
                yield got
        if not_fetched:
            yield InputFailure(origin, f"{not_fetched:,} linked items not fetched: {why}")

    def _stop_fetching(self, deadline: float, failures_in_a_row: int) -> str:
        """Why a feed's remaining links are not fetched, or "" to go on."""
        if failures_in_a_row >= MAX_LINK_FAILURES_IN_A_ROW:
            return f"its last {failures_in_a_row} links all failed"
        if time.monotonic() >= deadline:
            timeout = self.settings.feed_timeout
            return f"the feed's {timeout:g} s were spent (DOSSIER_FEED_TIMEOUT)"
        return ""

    def item_link(
        self,
        url: str,
        origin: str,
        title: str | None,
        published: str | None,
        deadline: float | None = None,
    ) -> Iterator[Acquired]:
        """One article behind a feed item or a JSON line: never a feed or list in turn."""
        if not is_url(url):
            yield InputFailure(origin, f"not an http(s) URL: {strip_credentials(url)!r}")
            return
        try:
            fetched = self.fetch(url, deadline=deadline)
        except DossierError as exc:
            yield InputFailure.from_error(origin, exc)
            return
        if fetched.kind in (files.FEED, files.JSONL):
            yield InputFailure(origin, "refused: links to a feed or list, not an article")
            return
        yield _document(origin, fetched, title=title, published=published)


def _folder_name(error: OSError, default: str) -> str:
    return str(error.filename) if error.filename else default


def _document(
    origin: str, fetched: Fetched, *, title: str | None = None, published: str | None = None
) -> RawDocument:
    return RawDocument(
        origin=origin,
        content=fetched.content,
        content_type=_with_charset(fetched.kind, fetched.charset),
        url=strip_credentials(fetched.url),
        title=title,
        published=published,
        charset=fetched.charset,
    )


def _with_charset(mime: str, charset: str | None) -> str:
    """``text/html; charset=windows-1251``: the parse stage decodes with the declared set."""
    return f"{mime}; charset={charset}" if charset else mime


def _item_document(item: feeds.FeedItem, origin: str) -> Acquired:
    if item.content is None:
        return InputFailure(origin, "feed item has neither content nor a link")
    return RawDocument(
        origin=origin,
        content=item.content.encode("utf-8"),
        content_type=_with_charset(item.content_type, "utf-8"),  # encoded here, just above
        url=strip_optional(item.link),
        title=item.title,
        published=item.published,
        charset="utf-8",
    )


def _record_document(record: jsonlines.Record) -> RawDocument:
    body = record.text if record.text is not None else record.html or ""
    return RawDocument(
        origin=record.where,
        content=body.encode("utf-8"),
        content_type=_with_charset(files.PLAIN if record.text is not None else files.HTML, "utf-8"),
        url=strip_optional(record.url),
        title=record.title,
        published=record.published,
        text=record.text,
        charset="utf-8",
    )
