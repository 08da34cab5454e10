"""acquire: from what the user named to raw documents, refusing what is unsafe or not text.

    inputs (paths, folders, URLs)
      ├── folder      -> files.discover (recursive, sorted, supported suffixes, no hidden)
      ├── file        -> files.read_bounded -> files.check_text -> files.classify
      ├── http(s) URL -> http.fetch (guard.check_host at every hop, capped body)
      ├── feed        -> feeds.read_feed (defusedxml first, then feedparser)
      │                    items: embedded content, or http.fetch of the item link
      └── JSON lines  -> jsonlines (one record per line; a bad line fails alone)
    => RawDocument (bytes + metadata) | InputFailure (origin, one-line reason)

Nothing here decodes text: the parse stage does. Nothing here raises for one bad
input either: :func:`iter_inputs` yields an :class:`InputFailure` and goes on.
"""

from __future__ import annotations

from dossier.acquire.guard import Resolver, blocked_reason, check_host, system_resolver
from dossier.acquire.http import Fetched, fetch, make_client
from dossier.acquire.inputs import (
    Acquired,
    InputFailure,
    is_url,
    iter_input,
    iter_inputs,
    plan_inputs,
)

__all__ = [
    "Acquired",
    "Fetched",
    "InputFailure",
    "Resolver",
    "blocked_reason",
    "check_host",
    "fetch",
    "is_url",
    "iter_input",
    "iter_inputs",
    "make_client",
    "plan_inputs",
    "system_resolver",
]
