"""Local files: find them, read them within the size limit, and say what kind they are.

Bytes are passed on undecoded: the parse stage owns character sets. This module only
refuses what is plainly not a text document (binary magic numbers, NUL bytes, control
characters), and tells documents from feeds and JSON lines.
"""

from __future__ import annotations

import os
import re
import stat
from pathlib import Path
from typing import BinaryIO

from dossier.errors import InputError, ParseError

# What a file or body turned out to be, beyond the MIME types of single documents.
FEED = "feed"
JSONL = "jsonl"

HTML = "text/html"
PLAIN = "text/plain"
MARKDOWN = "text/markdown"

SUFFIX_KINDS: dict[str, str] = {
    ".html": HTML,
    ".htm": HTML,
    ".txt": PLAIN,
    ".md": MARKDOWN,
    ".xml": FEED,
    ".rss": FEED,
    ".atom": FEED,
    ".jsonl": JSONL,
    ".ndjson": JSONL,
}

# Leading bytes of formats that are never a text document.
MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"\x89PNG\r\n\x1a\n", "PNG image"),
    (b"\xff\xd8\xff", "JPEG image"),
    (b"GIF87a", "GIF image"),
    (b"GIF89a", "GIF image"),
    (b"%PDF-", "PDF document"),
    (b"PK\x03\x04", "ZIP archive or Office document"),
    (b"\x1f\x8b", "gzip archive"),
    (b"BZh", "bzip2 archive"),
    (b"\xfd7zXZ\x00", "xz archive"),
    (b"7z\xbc\xaf\x27\x1c", "7-Zip archive"),
    (b"\x7fELF", "executable"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "Office document"),
    (b"RIFF", "RIFF media file"),
    (b"\x00\x00\x01\x00", "icon image"),
    (b"SQLite format 3\x00", "SQLite database"),
)

# Byte order marks of UTF-16 (LE, BE) and UTF-32 (LE starts like UTF-16 LE; BE).
WIDE_BOMS = (b"\xff\xfe", b"\xfe\xff", b"\x00\x00\xfe\xff")

# Bytes below 0x20 that ordinary text uses: tab, newline, carriage return, form feed,
# escape (ANSI colours in captured logs).
TEXT_CONTROLS = frozenset(b"\t\n\r\f\x1b")

# Share of other control bytes above which a sample is binary. Text in any 8-bit or UTF-8
# encoding has next to none; 5% leaves room for a stray \x0b or \x08 in pasted text.
CONTROL_RATIO = 0.05

SNIFF_BYTES = 8192

FEED_ROOT = re.compile(rb"<(?:rss|feed|rdf:RDF)[\s>]", re.IGNORECASE)
HTML_START = re.compile(rb"<(?:!doctype\s+html|html|head|body)[\s>]", re.IGNORECASE)
XML_START = re.compile(rb"^\s*<\?xml\b")


def format_size(size: int) -> str:
    """``52428800`` -> ``"50 MiB"``: one decimal, dropped when it is zero."""
    value = float(size)
    for unit in ("bytes", "KiB", "MiB", "GiB"):
        if value < 1024 or unit == "GiB":
            break
        value /= 1024
    text = f"{value:.1f}".removesuffix(".0")
    return f"{text} {unit}"


# A folder of articles often carries its own notes; they describe the articles, they are
# not articles. Named on the command line, such a file is still ingested.
_NOT_ARTICLES = ("readme", "license", "licence", "changelog", "contributing")


def _is_article_file(name: str) -> bool:
    stem = name.lower().split(".")[0]
    return not name.startswith(".") and stem not in _NOT_ARTICLES


def discover(folder: Path, unreadable: list[OSError] | None = None) -> list[Path]:
    """Supported files under ``folder``, recursively, in sorted order, hidden ones skipped.

    README, LICENSE, CHANGELOG and CONTRIBUTING files are skipped too. A folder that cannot
    be listed (the top one or any below it) is appended to ``unreadable``, so the caller can
    report it instead of passing over it in silence.

    Symbolic links to folders are not followed, so a link loop cannot make this endless.
    """
    found: list[Path] = []
    errors = unreadable if unreadable is not None else []
    for root, dirs, files in os.walk(folder, onerror=errors.append):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(files):
            path = Path(root, name)
            if _is_article_file(name) and path.suffix.lower() in SUFFIX_KINDS:
                found.append(path)
    return sorted(found, key=lambda p: p.relative_to(folder).parts)


def open_regular(path: Path, origin: str) -> BinaryIO:
    """``path`` opened for reading, refused unless it is a regular file.

    The file is opened first and checked after, on the open descriptor, so nothing can be
    swapped in between; opening does not block (O_NONBLOCK), so a FIFO or a device named
    ``.jsonl`` is refused instead of waiting forever for a writer.
    """
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0)
    try:
        fd = os.open(path, flags)
    except OSError as exc:
        raise InputError(f"{origin}: cannot read: {exc.strerror or exc}") from exc
    try:
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            raise InputError(f"{origin}: refused: not a regular file")
        # O_NONBLOCK has no effect on regular files; clear it all the same.
        os.set_blocking(fd, True)
        return os.fdopen(fd, "rb")
    except BaseException:
        os.close(fd)
        raise


def read_bounded(path: Path, origin: str, limit: int) -> bytes:
    """The bytes of ``path``, refusing files over ``limit`` without reading them whole."""
    handle = open_regular(path, origin)
    try:
        with handle:
            size = os.fstat(handle.fileno()).st_size
            if size > limit:
                raise InputError(
                    f"{origin}: refused: {format_size(size)} is over the {format_size(limit)} limit"
                )
            # One byte past the limit: a file that grew since fstat() is still caught.
            data = handle.read(limit + 1)
    except OSError as exc:
        raise InputError(f"{origin}: cannot read: {exc.strerror or exc}") from exc
    if len(data) > limit:
        raise InputError(f"{origin}: refused: over the {format_size(limit)} limit")
    if not data:
        raise ParseError(f"{origin}: refused: empty file")
    return data


def binary_reason(data: bytes) -> str | None:
    """Why ``data`` is not a text document ("PDF document", "binary data"), or None."""
    for magic, name in MAGIC:
        if data.startswith(magic):
            return name
    if data.startswith(WIDE_BOMS):
        return None  # UTF-16 and UTF-32 text is full of NUL bytes and is still text
    sample = data[:SNIFF_BYTES]
    if b"\x00" in sample:
        return "binary data"
    controls = sum(1 for byte in sample if byte < 0x20 and byte not in TEXT_CONTROLS)
    if sample and controls / len(sample) > CONTROL_RATIO:
        return "binary data"
    return None


def check_text(data: bytes, origin: str) -> None:
    reason = binary_reason(data)
    if reason is not None:
        raise ParseError(f"{origin}: refused: not a text document ({reason})")


def classify(data: bytes, origin: str, *, declared: str | None = None) -> str:
    """What ``data`` is: a document MIME type, :data:`FEED` or :data:`JSONL`.

    ``declared`` is what the file suffix or the server said (a kind from
    :data:`SUFFIX_KINDS` or a MIME type); None means sniff. XML that is neither a feed
    nor XHTML is refused, since nothing downstream reads it.
    """
    head = data[:SNIFF_BYTES].lstrip(b"\xef\xbb\xbf")
    if declared in (HTML, PLAIN, MARKDOWN, JSONL):
        return declared
    if declared == FEED:
        if FEED_ROOT.search(head):
            return FEED
        if HTML_START.search(head):
            return HTML
        raise ParseError(f"{origin}: refused: XML that is not an RSS or Atom feed")
    if XML_START.match(head) or FEED_ROOT.match(head.lstrip()):
        return classify(data, origin, declared=FEED)
    if HTML_START.search(head[:1024]):
        return HTML
    if _looks_like_json_lines(head):
        return JSONL
    return PLAIN


def _looks_like_json_lines(head: bytes) -> bool:
    first = head.lstrip().split(b"\n", 1)[0].strip()
    return first.startswith(b"{") and first.endswith(b"}")
