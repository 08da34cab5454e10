"""Queries the web workbench needs beyond the command line's: a timeline page with facets,
the context of each report, one document with its extraction, an entity's company, the
citation graph between outlets, and the places on the map.

Rows are built by the same helpers as the CLI's (:mod:`dossier.store.timeline`), and the
analysts' reviews (:mod:`dossier.store.review`) are applied on top: a rejected happening
leaves the timeline, an edited date or type places and filters it.
"""

from __future__ import annotations

import json
import threading
from collections import Counter, defaultdict
from dataclasses import dataclass, replace
from typing import Any

from dossier.contract import from_contract
from dossier.models import Extraction
from dossier.store import entity_index, timeline
from dossier.store.base import CaseFile, TimelineRow
from dossier.store.db import Db, contains_folded, identity, values_in
from dossier.store.queries import canonical_ids, entity_row
from dossier.store.review import Overrides, Review
from dossier.store.sortkey import sort_key
from dossier.store.timeline import _LEAD, _names, _row

PER_PAGE_MAX = 200
FACET_SOURCES = 15  # the most frequent sources shown as a facet
# A view's total and facets count at most this many happenings, the first in date order: a
# first view then costs the same on a base of any size (counting every one of 330,000
# happenings took 1-2 s). Beyond it the total is a lower bound and says so (``capped``).
COUNT_CAP = 1000


@dataclass(frozen=True, slots=True)
class TimelineQuery:
    entity: str | None = None
    types: tuple[str, ...] = ()
    source: str | None = None
    language: str | None = None
    since: str | None = None
    until: str | None = None
    reviewed: bool | None = None  # only reviewed happenings, only unreviewed, or both
    include_unasserted: bool = False
    page: int = 1
    per_page: int = 50


@dataclass(frozen=True, slots=True)
class ReviewedRow:
    """A timeline row as the analysts left it: reviewed values in place of the machine's."""

    row: TimelineRow
    status: str | None  # "accepted", "rejected" or None (not reviewed)
    edited: tuple[str, ...]  # the fields a person changed
    reviewed: bool


@dataclass(frozen=True, slots=True)
class TimelinePage:
    rows: tuple[ReviewedRow, ...]
    total: int  # happenings in the view; when ``capped``, the first COUNT_CAP of them
    page: int
    per_page: int
    facets: dict[str, tuple[tuple[str, int], ...]]  # counts among the ``total`` counted
    capped: bool = False  # the view holds more than ``total``: counting stopped there
    has_next: bool = False  # another page follows this one

    @property
    def pages(self) -> int:
        """The pages known: every page when the total is exact; when it is capped, the
        counted ones, this one and the next (one may page on past the count)."""
        known = max(1, -(-self.total // self.per_page))
        return max(known, self.page + self.has_next) if self.capped else known


def reviewed_row(row: TimelineRow, found: Overrides) -> ReviewedRow:
    fields = found.happening.get(row.happening_id, {})
    changes: dict[str, Any] = {}
    for name, review in fields.items():
        if name == "type" and review.after:
            changes["type"] = review.after
        elif name == "date" and review.after:
            changes.update(
                when=review.after["value"], precision=review.after["precision"],
                placed_by="reviewed",
            )  # fmt: skip
        elif name == "place" and review.after:
            changes["place"] = review.after
        elif name == "actors" and review.after is not None:
            changes["actors"] = tuple(review.after)
    status = fields["status"].after if "status" in fields else None
    return ReviewedRow(
        replace(row, **changes) if changes else row,
        status,
        tuple(n for n, r in fields.items() if n != "status" and r.after is not None),
        row.happening_id in found.reviewed,
    )


def timeline_page(
    conn: Db, q: TimelineQuery, found: Overrides, *, facets: bool = True
) -> TimelinePage:
    """A page of a timeline view, with the view's total and (unless not wanted) its facets."""
    # The happenings without a reviewed date or type (nearly all) are filtered and ordered by
    # their own columns, as walks of an index in date order that stop after the page
    # (:func:`_walks`); the few with one (``o``) are added apart, by their reviewed values.
    canon: list[str] | None = None
    if q.entity:
        canon = sorted(canonical_ids(conn, q.entity))
        if not canon:
            return TimelinePage((), 0, q.page, q.per_page, {})
    filters, params = _filters(conn, q, found)
    where = filters.replace("{k}", "coalesce(o.k, h.sort_key)")
    rparams = list(params)
    if q.types:
        where += f" AND coalesce(o.t, h.type) IN ({','.join('?' * len(q.types))})"
        rparams += q.types
    if canon is not None:
        where += (
            " AND EXISTS (SELECT 1 FROM entity_happenings eh WHERE eh.happening_id = h.id "
            f"AND eh.canonical_id IN ({values_in(conn, '?')}))"
        )
        rparams.append(json.dumps(canon))
    values, vparams = _override_values(found)
    reviewed = (
        "SELECT h.id, coalesce(o.k, h.sort_key) AS k, coalesce(o.t, h.type) AS t, h.sources, "
        f"h.languages FROM o JOIN happenings h ON h.id = o.id WHERE {where}"
    )

    def view(limit: int) -> tuple[str, list[Any]]:
        """Every unreviewed happening of the view among its first ``limit``, with every
        reviewed one: those hold the first ``limit`` in order."""
        walks, wparams = _walks(conn, q, canon, filters, params, limit)
        return (
            f"WITH o(id, k, t) AS ({values}) SELECT id, k, t, sources, languages FROM "
            f"({walks} UNION ALL {reviewed}) AS p",
            [*vparams, *wparams, *rparams],
        )

    offset = (q.page - 1) * q.per_page
    # one more than the page, to tell whether another follows
    sql, args = view(offset + q.per_page + 1)
    ids = [
        r[0]
        for r in conn.execute(
            f"{sql} ORDER BY k, id LIMIT ? OFFSET ?", [*args, q.per_page + 1, offset]
        )
    ]
    has_next = len(ids) > q.per_page
    ids = ids[: q.per_page]
    rows = tuple(reviewed_row(r, found) for r in _rows(conn, ids))
    # Every page of one filtered view has the same counts: they are computed once for the
    # state of the base (documents, judgements, reviews, linking) and kept. They count the
    # first COUNT_CAP + 1 happenings in the page's own order, so that the index serves them
    # as it serves a page.
    sql, args = view(COUNT_CAP + 1)
    if not facets:  # the total alone: no source lists read and counted
        sql = sql.replace("t, sources, languages FROM", "t, '[]', '[]' FROM", 1)
    sample = f"{sql} ORDER BY k, id LIMIT ?"
    args = [*args, COUNT_CAP + 1]
    key = (_state(conn), sample, json.dumps(args))
    summary = _SUMMARIES.get(key)
    if summary is None:
        counted = [(r[0], r[2], r[3], r[4]) for r in conn.execute(sample, args).fetchall()]
        summary = _summary(counted, found)
        with _LOCK:
            while len(_SUMMARIES) >= _KEEP:
                del _SUMMARIES[next(iter(_SUMMARIES))]
            _SUMMARIES[key] = summary
    total, capped, counts = summary
    return TimelinePage(rows, total, q.page, q.per_page, counts, capped, has_next)


# A view of several types or entities is walked once per type and entity, each walk reading
# an index in date order (happenings_type, entity_happenings_order or _type) and stopping
# after the page; past this many walks, once with the types and entities as conditions.
_WALKS_MAX = 24


def _walks(
    conn: Db,
    q: TimelineQuery,
    canon: list[str] | None,
    filters: str,
    params: list[Any],
    limit: int,
) -> tuple[str, list[Any]]:
    """The first ``limit`` unreviewed happenings of a view, in order, as (id, k, t, sources,
    languages) rows: a union of walks, each ordered and limited, that the caller orders."""
    types: list[str | None] = list(q.types) or [None]
    entities: list[str | None] = list(canon) if canon is not None else [None]
    if len(types) * len(entities) > _WALKS_MAX:
        kinds = ",".join("?" * len(q.types))
        where = filters.replace("{k}", "h.sort_key")
        extra: list[Any] = list(q.types)
        if q.types:
            where += f" AND h.type IN ({kinds})"
        if canon is not None:
            where += (
                " AND h.id IN (SELECT happening_id FROM entity_happenings "
                f"WHERE canonical_id IN ({values_in(conn, '?')}))"
            )
            extra.append(json.dumps(canon))
        types, entities = [None], [None]
        filters, params = where, [*params, *extra]
    walks: list[str] = []
    out: list[Any] = []
    for entity in entities:
        for kind in types:
            if entity is None:
                k, t, order = "h.sort_key", "h.type", "h.sort_key, h.id"
                source = "happenings h WHERE "
                args: list[Any] = []
            else:
                k, t, order = "eh.sort_key", "eh.type", "eh.sort_key, eh.happening_id"
                source = (
                    "entity_happenings eh JOIN happenings h ON h.id = eh.happening_id "
                    "WHERE eh.canonical_id = ? AND "
                )
                args = [entity]
            if kind is not None:
                source += f"{t} = ? AND "
                args.append(kind)
            condition = filters.replace("{k}", k)
            walks.append(
                f"SELECT * FROM (SELECT h.id, {k} AS k, {t} AS t, h.sources, h.languages "
                f"FROM {source}h.id NOT IN (SELECT id FROM o) AND {condition} "
                f"ORDER BY {order} LIMIT ?) AS w{len(walks)}"
            )
            out += [*args, *params, limit]
    # A happening naming two of the entities is in both their walks: once is enough.
    joint = " UNION " if len(entities) > 1 else " UNION ALL "
    return joint.join(walks), out


Facets = dict[str, tuple[tuple[str, int], ...]]
_KEEP = 256  # filtered views whose counts are kept
_LOCK = threading.Lock()
_SUMMARIES: dict[tuple[str, str, str], tuple[int, bool, Facets]] = {}


def _state(conn: Db) -> str:
    """What the counts depend on; every change to the base changes it."""
    row = conn.execute(
        f"SELECT {identity(conn)}, "
        "(SELECT max(rowid) FROM documents), (SELECT max(id) FROM judgements), "
        "(SELECT max(id) FROM reviews), (SELECT value FROM meta WHERE key = 'linked')"
    ).fetchone()
    return json.dumps(list(row))


def _summary(sample: list[Any], found: Overrides) -> tuple[int, bool, Facets]:
    """The number of happenings in a filtered view, whether counting stopped at COUNT_CAP,
    and the facet counts among those counted; ``sample`` holds (id, type, sources,
    languages) of the view's first COUNT_CAP + 1 happenings."""
    capped = len(sample) > COUNT_CAP
    counted = sample[:COUNT_CAP]
    types: Counter[str] = Counter()
    languages: Counter[str] = Counter()
    sources: Counter[str] = Counter()
    reviewed = 0
    for hid, kind, cited, langs in counted:
        types[str(kind)] += 1
        sources.update(str(s) for s in json.loads(cited))
        languages.update(str(lang) for lang in json.loads(langs))
        reviewed += hid in found.reviewed
    total = len(counted)
    facets = {
        "type": _ranked(types),
        "language": _ranked(languages),
        "source": _ranked(sources)[:FACET_SOURCES],
        "reviewed": (("yes", reviewed), ("no", total - reviewed)),
    }
    return total, capped, facets


def _ranked(counts: Counter[str]) -> tuple[tuple[str, int], ...]:
    """Most frequent first, ties by value (as ``ORDER BY count DESC, value`` would)."""
    return tuple(sorted(counts.items(), key=lambda item: (-item[1], item[0])))


def _filters(conn: Db, q: TimelineQuery, found: Overrides) -> tuple[str, list[Any]]:
    """The WHERE clause over happenings ``h`` of a view, its types and entity aside (each is
    walked apart, :func:`_walks`), with ``{k}`` where the sort key goes."""
    k = "{k}"
    where = [f"{k} IS NOT NULL"]
    params: list[Any] = []
    if not q.include_unasserted:
        where.append("h.modality IN ('asserted', 'generic')")
    if q.since:
        where.append(f"{k} >= ?")
        params.append(q.since)
    if q.until:
        # "until 2023" includes all of 2023: every key whose prefix is at most the value, as
        # a range the index walk stops at.
        where.append(f"{k} < ?")
        params.append(timeline.past_prefix(q.until))
    if q.language:
        where.append(f"? IN ({values_in(conn, 'h.languages')})")
        params.append(q.language)
    if q.source:
        where.append(contains_folded(conn, "h.sources"))
        params.append(q.source)
    if found.hidden:
        where.append(f"h.id NOT IN ({values_in(conn, '?')})")
        params.append(json.dumps(sorted(found.hidden)))
    if q.reviewed is not None:
        where.append(f"h.id {'' if q.reviewed else 'NOT '}IN ({values_in(conn, '?')})")
        params.append(json.dumps(sorted(found.reviewed)))
    return " AND ".join(where), params


def _override_values(found: Overrides) -> tuple[str, list[Any]]:
    """A VALUES list of (happening id, sort key, type) for reviewed dates and types."""
    rows: list[Any] = []
    for hid, fields in found.happening.items():
        date, kind = fields.get("date"), fields.get("type")
        key = sort_key(date.after["value"]) if date and date.after else None
        if key or (kind and kind.after):
            rows += [hid, key, kind.after if kind else None]
    if not rows:
        return "SELECT NULL, NULL, NULL WHERE 1 = 0", []
    return "VALUES " + ",".join(["(?, ?, ?)"] * (len(rows) // 3)), rows


def _rows(conn: Db, ids: list[str]) -> list[TimelineRow]:
    if not ids:
        return []
    leads = conn.execute(
        _LEAD + f" WHERE h.id IN ({values_in(conn, '?')})", (json.dumps(ids),)
    ).fetchall()
    names = _names(conn, {r["document_id"] for r in leads})
    found = {r["id"]: _row(conn, r, tuple(json.loads(r["sources"])), names) for r in leads}
    return [found[i] for i in ids if i in found]


@dataclass(frozen=True, slots=True)
class ReportContext:
    """A report's evidence in the words around it."""

    key: str
    before: str
    evidence: str
    after: str
    status: str | None
    edits: tuple[Review, ...]


def report_contexts(
    conn: Db, keys: list[str], found: Overrides, width: int = 320
) -> dict[str, ReportContext]:
    """The paragraph around each report's evidence (at most ``width`` characters a side)."""
    out = {}
    for key in keys:
        doc, _, event = key.partition("/")
        row = conn.execute(
            "SELECT e.evidence_start, e.evidence_end, d.text FROM events e JOIN documents d "
            "ON d.id = e.document_id WHERE e.document_id = ? AND e.id = ?",
            (doc, event),
        ).fetchone()
        if row is None:
            continue
        text, start, end = row["text"], int(row["evidence_start"]), int(row["evidence_end"])
        left = max(text.rfind("\n\n", 0, start) + 2, start - width, 0)
        right = text.find("\n\n", end)
        right = min(len(text) if right < 0 else right, end + width)
        fields = found.event.get(key, {})
        out[key] = ReportContext(
            key,
            ("…" if left > 0 and text[left - 1] != "\n" else "") + text[left:start],
            text[start:end],
            text[end:right] + ("…" if right < len(text) and text[right] != "\n" else ""),
            fields["status"].after if "status" in fields else None,
            tuple(r for n, r in fields.items() if n != "status" and r.after is not None),
        )
    return out


@dataclass(frozen=True, slots=True)
class DocumentView:
    extraction: Extraction
    meta: dict[str, Any]  # url, title, publisher, author, published, basis, language, ...
    origins: tuple[tuple[str, str | None, str], ...]  # (origin, url, seen at)
    copies: tuple[tuple[str, str | None, str | None], ...]  # (id, title, published) of its group
    happenings: dict[str, str]  # event id -> happening id
    statuses: dict[str, str]  # event id -> accepted / rejected


def document(conn: Db, doc_id: str, found: Overrides) -> DocumentView | None:
    row = conn.execute("SELECT * FROM documents WHERE id = ?", (doc_id,)).fetchone()
    if row is None:
        return None
    meta = {k: row[k] for k in row.keys() if k not in ("text", "extraction")}  # noqa: SIM118
    origins = tuple(
        (r[0], r[1], r[2])
        for r in conn.execute(
            "SELECT origin, url, seen_at FROM origins WHERE document_id = ? ORDER BY seen_at",
            (doc_id,),
        )
    )
    copies: tuple[tuple[str, str | None, str | None], ...] = ()
    if row["copy_group"]:
        copies = tuple(
            (r[0], r[1], r[2])
            for r in conn.execute(
                "SELECT id, title, published FROM documents WHERE copy_group = ? AND id != ? "
                "ORDER BY published, id",
                (row["copy_group"], doc_id),
            )
        )
    happenings = {
        r[0]: r[1]
        for r in conn.execute(
            "SELECT id, happening_id FROM events WHERE document_id = ?", (doc_id,)
        )
        if r[1]
    }
    statuses = {}
    for event_id in happenings:
        fields = found.event.get(f"{doc_id}/{event_id}", {})
        if "status" in fields and fields["status"].after:
            statuses[event_id] = str(fields["status"].after)
    extraction = from_contract(json.loads(row["extraction"]))
    return DocumentView(extraction, meta, origins, copies, happenings, statuses)


def case_file(conn: Db, name: str, found: Overrides, limit: int | None = None) -> CaseFile | None:
    """An entity's case file: its names, its first ``limit`` documents (by id) and
    happenings (in date order, reviews applied, taken from the timeline page query), how
    many happenings (counted up to COUNT_CAP, as the timeline counts), and the sources those
    happenings cite; ``limit`` is CASE_ROWS unless given. Several canonical entities may
    share a name (two people, or a person and a place): the case file is for the one
    mentioned most. Everything is read off indexes linking keeps (entity_index), so an
    entity named in most documents costs what a rare one does."""
    limit = limit or timeline.CASE_ROWS
    canon = canonical_ids(conn, name)
    if not canon:
        return None
    summary = entity_index.summaries(conn, canon)
    if not summary:
        return None
    entity = max(summary.values(), key=lambda e: (e.mentions, e.id))
    doc_ids = entity_index.first_documents(conn, entity.id, limit)
    titles = dict(
        conn.execute(
            f"SELECT id, title FROM documents WHERE id IN ({values_in(conn, '?')})",
            (json.dumps(doc_ids),),
        ).fetchall()
    )
    page = timeline_page(conn, TimelineQuery(entity=entity.id, per_page=limit), found, facets=False)
    events = tuple(r.row for r in page.rows)
    return CaseFile(
        entity=entity,
        documents=tuple((d, titles.get(d)) for d in doc_ids),
        events=events,
        sources=tuple(dict.fromkeys(s for e in events for s in e.sources)),
        # every one shown: counted, whatever the cap
        events_total=page.total if page.has_next else len(events),
        events_capped=page.capped and page.has_next,
    )


@dataclass(frozen=True, slots=True)
class Companion:
    id: str
    name: str
    type: str
    documents: int  # documents both appear in


def companions(conn: Db, canonical_id: str, limit: int = 20) -> list[Companion]:
    """The entities named in the same documents as this one, most shared documents first."""
    rows = conn.execute(
        "SELECT b.canonical_id, count(DISTINCT b.document_id) AS n FROM entities a "
        "JOIN entities b ON b.document_id = a.document_id WHERE a.canonical_id = ? "
        "AND b.canonical_id != a.canonical_id GROUP BY b.canonical_id "
        "ORDER BY n DESC, b.canonical_id LIMIT ?",
        (canonical_id, limit),
    ).fetchall()
    out = []
    for cid, n in rows:
        records = conn.execute(
            "SELECT * FROM entities WHERE canonical_id = ? LIMIT 200", (cid,)
        ).fetchall()
        entity = entity_row(cid, records)
        out.append(Companion(cid, entity.name, entity.type, int(n)))
    return out


@dataclass(frozen=True, slots=True)
class CitationEdge:
    citing: str  # the outlet (publisher) whose document cites
    cited: str  # the source it cites
    claims: int


def citation_graph(conn: Db, limit: int = 200) -> list[CitationEdge]:
    """Outlet -> cited source, with the number of claims; documents without a known
    publisher are named by their site."""
    rows = conn.execute(
        "SELECT coalesce(d.publisher, d.url, 'unknown outlet'), "
        "coalesce(c.source_entity, lower(c.source)), min(c.source), count(*) "
        "FROM citations c JOIN documents d ON d.id = c.document_id "
        "GROUP BY 1, 2 ORDER BY 4 DESC, 1, 3 LIMIT ?",
        (limit,),
    )
    return [CitationEdge(_site(r[0]), r[2], int(r[3])) for r in rows]


def _site(name: str) -> str:
    if name.startswith(("http://", "https://")):
        return name.split("/")[2].removeprefix("www.")
    return name


@dataclass(frozen=True, slots=True)
class Place:
    id: str
    name: str
    lat: float
    lon: float
    country: str | None
    happenings: int


def places(conn: Db, hidden: set[str]) -> list[Place]:
    """Places with coordinates that happenings are placed at or name, with their counts."""
    counts: dict[str, set[str]] = defaultdict(set)
    geo: dict[str, tuple[str, float, float, str | None]] = {}
    for r in conn.execute(
        "SELECT en.canonical_id, en.name, en.lat, en.lon, en.country, e.happening_id "
        "FROM event_entities x JOIN entities en ON en.document_id = x.document_id "
        "AND en.local_id = x.local_id JOIN events e ON e.document_id = x.document_id "
        "AND e.id = x.event_id WHERE en.type = 'PLACE' AND en.lat IS NOT NULL "
        "AND e.happening_id IS NOT NULL"
    ):
        if r[5] in hidden:
            continue
        counts[r[0]].add(r[5])
        geo.setdefault(r[0], (r[1], float(r[2]), float(r[3]), r[4]))
    out = [Place(cid, *geo[cid], len(hs)) for cid, hs in counts.items()]
    out.sort(key=lambda p: (-p.happenings, p.name))
    return out
