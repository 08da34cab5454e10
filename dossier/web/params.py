"""Query strings shared by the pages and the API: the timeline's filters, checked once.

An HTML form sends empty fields as empty strings; they mean "no filter" here.
"""

from __future__ import annotations

import re
from typing import Annotated

from fastapi import Query

from dossier.errors import InputError, QueryError
from dossier.parse.dates import normalize_published
from dossier.store.web_queries import PER_PAGE_MAX, TimelineQuery

_DATE = re.compile(r"\d{4}(?:-\d{2}(?:-\d{2})?)?")
MAX_PAGE = 100_000  # far past any base's last page; a larger number is refused, not computed


def date_bound(value: str | None, name: str) -> str | None:
    """A since/until bound: a real YYYY, YYYY-MM or YYYY-MM-DD, as the CLI takes."""
    if not value:
        return None
    try:
        if _DATE.fullmatch(value):
            return normalize_published(value, name)
    except InputError:
        pass
    raise QueryError(f"{name}: not a date: {value!r} (use YYYY, YYYY-MM or YYYY-MM-DD)")


def _blank(value: str | None) -> str | None:
    return value.strip() or None if value else None


Page = Annotated[int, Query(ge=1, le=MAX_PAGE, description="Page number, from 1")]
PerPage = Annotated[int, Query(ge=1, le=PER_PAGE_MAX, description="Rows per page")]


def timeline_query(
    entity: Annotated[str | None, Query(description="A name, alias or entity id")] = None,
    type: Annotated[list[str] | None, Query(description="Event types (repeatable)")] = None,
    source: Annotated[str | None, Query(description="Part of a source's name")] = None,
    language: Annotated[str | None, Query(description="A report's language: en, ru")] = None,
    since: Annotated[str | None, Query(description="From this date (YYYY[-MM[-DD]])")] = None,
    until: Annotated[str | None, Query(description="Up to this date, inclusive")] = None,
    reviewed: Annotated[
        str | None, Query(description="yes: reviewed only; no: not reviewed only")
    ] = None,
    all: Annotated[bool, Query(description="Include negated, planned, hypothetical")] = False,
    page: Page = 1,
    per_page: PerPage = 50,
) -> TimelineQuery:
    if reviewed not in (None, "", "yes", "no"):
        raise QueryError(f"reviewed: {reviewed!r} is not yes or no")
    return TimelineQuery(
        entity=_blank(entity),
        types=tuple(t for t in (type or []) if t),
        source=_blank(source),
        language=_blank(language),
        since=date_bound(_blank(since), "since"),
        until=date_bound(_blank(until), "until"),
        reviewed={"yes": True, "no": False}.get(reviewed or ""),
        include_unasserted=all,
        page=page,
        per_page=per_page,
    )


def query_string(q: TimelineQuery, **changes: object) -> str:
    """The shareable query string of a filtered view, with some values changed."""
    from urllib.parse import urlencode

    values: dict[str, object] = {
        "entity": q.entity, "type": list(q.types), "source": q.source, "language": q.language,
        "since": q.since, "until": q.until,
        "reviewed": {True: "yes", False: "no"}.get(q.reviewed) if q.reviewed is not None else None,
        "all": "true" if q.include_unasserted else None, "page": q.page,
        "per_page": q.per_page if q.per_page != 50 else None,
    }  # fmt: skip
    values.update(changes)
    pairs = [(k, v) for k, v in values.items() if v not in (None, "", [])]
    if ("page", 1) in pairs:
        pairs.remove(("page", 1))
    return urlencode(pairs, doseq=True)
