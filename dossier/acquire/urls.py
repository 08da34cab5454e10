"""URLs as they may be stored and shown: without the credentials some of them carry.

``http://user:secret@host/`` is still fetched with its credentials (the user gave them on
purpose), but the password must not end up in the database, an export or a message, so
every URL and origin the acquire stage records passes through :func:`strip_credentials`.
"""

from __future__ import annotations

from urllib.parse import urlsplit, urlunsplit


def strip_credentials(url: str) -> str:
    """``url`` without ``user:password@``; anything that does not parse is returned as is."""
    if "@" not in url:
        return url
    try:
        parts = urlsplit(url)
    except ValueError:
        return url  # not a URL at all (a path named "a@b"); nothing to strip
    if parts.username is None and parts.password is None and "@" not in parts.netloc:
        return url
    host = parts.netloc.rpartition("@")[2]
    return urlunsplit(parts._replace(netloc=host))


def strip_optional(url: str | None) -> str | None:
    return strip_credentials(url) if url is not None else None
