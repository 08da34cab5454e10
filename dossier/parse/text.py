"""Bytes to text, and the content hash that identifies a document by its text."""

from __future__ import annotations

import hashlib

from dossier.errors import ParseError


def document_id(text: str) -> str:
    """Content hash: the same text, whitespace aside, is the same document wherever it came from."""
    canonical = " ".join(text.split())
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()[:16]


def decode_text(content: bytes, origin: str, encoding: str = "utf-8") -> str:
    try:
        text = content.decode("utf-8-sig" if encoding.lower() in ("utf-8", "utf8") else encoding)
    except UnicodeDecodeError as exc:
        raise ParseError(
            f"{origin}: not valid {encoding} text (bad byte at offset {exc.start})"
        ) from exc
    except LookupError as exc:
        raise ParseError(f"{origin}: unknown text encoding {encoding!r}") from exc
    return text.replace("\r\n", "\n").replace("\r", "\n")
