"""JSON lines: one article per line, ``{"url", "title", "published", "text" | "html"}``.

A line is checked on its own; a bad one is reported with its file and line number and
the others still go through. A line with a ``url`` but neither ``text`` nor ``html`` asks
for the URL to be fetched. Files are read a line at a time, so a large export is fine;
the size limit applies to each line (one article), not to the file.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import IO, Any

from dossier.acquire.files import format_size
from dossier.errors import InputError

FIELDS = ("url", "title", "published", "text", "html")
_SURROGATE = re.compile("[\ud800-\udfff]")


@dataclass(frozen=True, slots=True)
class LineError:
    where: str
    reason: str


@dataclass(frozen=True, slots=True)
class Record:
    where: str  # "file.jsonl:3"
    url: str | None = None
    title: str | None = None
    published: str | None = None
    text: str | None = None
    html: str | None = None


def parse_record(value: Any, where: str) -> Record:
    """A Record from one decoded JSON value; InputError saying what is wrong otherwise."""
    if not isinstance(value, dict):
        raise InputError(f"{where}: expected a JSON object, got {type(value).__name__}")
    fields: dict[str, str | None] = {}
    for name in FIELDS:
        item = value.get(name)
        if item is not None and not isinstance(item, str):
            raise InputError(f"{where}: field {name!r} must be a string")
        if item is not None and _SURROGATE.search(item):
            # a "\ud800" escape decodes to a lone surrogate, which no later stage can encode
            raise InputError(f"{where}: field {name!r} is not valid Unicode (lone surrogate)")
        fields[name] = item if item and item.strip() else None
    if fields["text"] is None and fields["html"] is None and fields["url"] is None:
        raise InputError(f"{where}: needs a non-empty 'text' or 'html' (or a 'url' to fetch)")
    return Record(where=where, **fields)


def parse_line(line: bytes, where: str) -> Record:
    try:
        value = json.loads(line)
    except UnicodeDecodeError as exc:
        raise InputError(f"{where}: not valid UTF-8 ({exc.reason} at byte {exc.start})") from exc
    except json.JSONDecodeError as exc:
        raise InputError(f"{where}: invalid JSON ({exc.msg} at column {exc.colno})") from exc
    except RecursionError as exc:  # "[[[[..." deeper than the decoder's recursion limit
        raise InputError(f"{where}: invalid JSON (nested too deeply)") from exc
    except ValueError as exc:
        # Python refuses to convert an integer of over 4,300 digits (quadratic to convert),
        # with a plain ValueError the decoder passes through; the line fails on its own.
        reason = str(exc).split(";", 1)[0].strip()
        raise InputError(f"{where}: invalid JSON ({reason})") from exc
    return parse_record(value, where)


def iter_file(handle: IO[bytes], origin: str, limit: int) -> Iterator[Record | LineError]:
    """Records (or the error for each bad line) from an open JSON lines file."""
    number = 0
    while True:
        line = handle.readline(limit + 1)
        if not line:
            return
        number += 1
        where = f"{origin}:{number}"
        if len(line) > limit and not line.endswith(b"\n"):
            _skip_rest_of_line(handle, limit)
            yield LineError(where, f"refused: line is over the {format_size(limit)} limit")
            continue
        if not line.strip():
            continue
        try:
            yield parse_line(line, where)
        except InputError as exc:
            yield _line_error(where, exc)


def _skip_rest_of_line(handle: IO[bytes], chunk: int) -> None:
    while True:
        rest = handle.readline(chunk)
        if not rest or rest.endswith(b"\n"):
            return


def iter_body(data: bytes, origin: str) -> Iterator[Record | LineError]:
    """Records from a fetched body: a JSON object or array, or JSON lines."""
    try:
        whole = json.loads(data)
    except (ValueError, RecursionError):
        # not one JSON document (or nested too deeply, or with a number too long to read):
        # read it as lines below, so that only the bad lines fail
        pass
    else:
        values = whole if isinstance(whole, list) else [whole]
        for index, value in enumerate(values, start=1):
            where = f"{origin}:{index}" if len(values) > 1 else origin
            try:
                yield parse_record(value, where)
            except InputError as exc:
                yield _line_error(where, exc)
        return
    for number, line in enumerate(data.splitlines(), start=1):
        where = f"{origin}:{number}"
        if line.strip():
            try:
                yield parse_line(line, where)
            except InputError as exc:
                yield _line_error(where, exc)


def _line_error(where: str, exc: InputError) -> LineError:
    return LineError(where, str(exc).removeprefix(f"{where}: "))
