"""Bytes to text, and the content hash that identifies a document by its text."""

from __future__ import annotations

import codecs
import hashlib
import re

from dossier.errors import ParseError

# A byte order mark says the encoding outright and outranks any declared charset (as in the
# HTML standard). UTF-32 LE is looked for before UTF-16 LE, whose mark it starts with.
_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)

# Control characters no article needs: C0 except tab and newline, DEL, and C1 (U+0080-U+009F,
# where U+009B is a terminal's CSI). A NUL from a JSON "\u0000" or an ESC from a pasted log
# would otherwise be stored and later reach a terminal. Form feed and vertical tab are line
# breaks in word-processor exports, so they become newlines.
_CONTROLS = re.compile("[\x00-\x08\x0e-\x1f\x7f-\x9f]")
_LINE_BREAKS = re.compile("\r\n?|[\x0b\x0c]")


def document_id(text: str) -> str:
    """Content hash: the same text, whitespace aside, is the same document wherever it came from."""
    canonical = " ".join(text.split())
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()[:16]


def bom_encoding(content: bytes) -> str | None:
    """The codec a byte order mark at the start of ``content`` names, or None."""
    for bom, encoding in _BOMS:
        if content.startswith(bom):
            return encoding
    return None


def is_wide_unicode(content: bytes) -> bool:
    """UTF-16 or UTF-32 with a byte order mark: text, although full of NUL bytes."""
    return bom_encoding(content) in ("utf-16", "utf-32")


def sniff_head(content: bytes, size: int) -> bytes:
    """The first ``size`` bytes as UTF-8, for pattern sniffing, whatever the BOM says."""
    encoding = bom_encoding(content)
    if encoding in ("utf-16", "utf-32"):
        # 4 bytes per character at most: decode enough, tolerate a cut last character
        text = content[: size * 4].decode(encoding, errors="ignore")
        return text.encode("utf-8")[:size]
    return content[:size]


def clean_text(text: str) -> str:
    """Newlines as ``\\n``, form feeds as newlines, other control characters removed."""
    return _CONTROLS.sub("", _LINE_BREAKS.sub("\n", text))


def decode_text(content: bytes, origin: str, encoding: str = "utf-8") -> str:
    """``content`` as clean text: a BOM decides the encoding, else ``encoding`` (strictly)."""
    encoding = bom_encoding(content) or encoding
    try:
        text = content.decode("utf-8-sig" if encoding.lower() in ("utf-8", "utf8") else encoding)
    except UnicodeDecodeError as exc:
        raise ParseError(
            f"{origin}: not valid {encoding} text (bad byte at offset {exc.start})"
        ) from exc
    except LookupError as exc:
        raise ParseError(f"{origin}: unknown text encoding {encoding!r}") from exc
    return clean_text(text)
