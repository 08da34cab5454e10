"""Copy groups and happenings inside the store: read the records, group them, write back.

Linking (:mod:`dossier.store.linking`) reads fingerprints, reports and judgements here, hands
them to the pure grouping functions (:mod:`dossier.group.copies`,
:mod:`dossier.group.happenings`), and stores the result with :func:`write` (the whole base)
or :func:`write_scoped` (a neighbourhood) inside the linking transaction. Nothing here decides
what is a copy or a happening: it only moves records between the tables and those functions.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Collection, Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from dossier.group.copies import CopyGroup, CopyJudgement, Fingerprint, group_copies
from dossier.group.happenings import Happening, Number, Report
from dossier.group.reports import (
    DocumentFacts,
    document_label,
    initials_of,
    main_person,
    map_point,
    report_of,
)
from dossier.models import Event
from dossier.packs import get_pack
from dossier.resolve import Judgement
from dossier.resolve.gazetteer import get_gazetteer
from dossier.store import keys
from dossier.store.db import Db
from dossier.store.sortkey import sort_key


@dataclass(slots=True)
class Grouping:
    copies: list[CopyGroup] = field(default_factory=list)
    happening_of: dict[tuple[str, str], str] = field(default_factory=dict)  # (doc, event)
    happenings: list[Happening] = field(default_factory=list)


def judgements(conn: Db, target: str) -> list[Judgement]:
    return [
        Judgement(r["kind"], r["a"], r["b"])
        for r in conn.execute(
            "SELECT kind, a, b FROM judgements WHERE target = ? ORDER BY id", (target,)
        )
    ]


def fingerprints(conn: Db, documents: Collection[str] | None = None) -> list[Fingerprint]:
    """The copy fingerprints of these documents (of all, by default), by document id."""
    sql = "SELECT data FROM fingerprints"
    rows = (
        conn.execute(sql + " ORDER BY document_id")
        if documents is None
        else keys.rows_in(conn, sql + " WHERE document_id IN ({marks})", documents)
    )
    found = [Fingerprint.from_json(json.loads(r[0])) for r in rows]
    return sorted(found, key=lambda fp: fp.document_id)


def copy_judgements(conn: Db) -> list[CopyJudgement]:
    return [CopyJudgement(j.kind, j.a, j.b) for j in judgements(conn, "copy")]


def copy_groups_of(conn: Db, prints: list[Fingerprint]) -> list[CopyGroup]:
    return group_copies(prints, copy_judgements(conn))


def _select(conn: Db, sql: str, documents: Collection[str] | None, column: str) -> Iterable[Any]:
    """Rows of ``sql`` (no WHERE), for these documents only when given."""
    if documents is None:
        rows: Iterable[Any] = conn.execute(sql)
        return rows
    where = " AND " if " WHERE " in sql else " WHERE "
    return keys.rows_in(conn, sql + where + column + " IN ({marks})", documents)


def reports_of(
    conn: Db,
    canonical: Mapping[str, str],
    group_of: Mapping[str, str],
    only: Collection[str] | None = None,
    events: Collection[tuple[str, str]] | None = None,
) -> list[Report]:
    """Every report (of the documents ``only`` and the (document, event) ``events`` only,
    when given) as the linker sees it."""
    # the gazetteer that map_point asks is built before the first read, not between two
    # reads, where a writer's commit would fall in the gap more often
    get_gazetteer(get_pack())
    documents = {
        r["id"]: DocumentFacts(
            r["id"], r["published"], r["publisher"], group_of.get(r["id"]),
            document_label(r["url"]),
        )
        for r in _select(conn, "SELECT id, published, publisher, url FROM documents", only, "id")
    }  # fmt: skip
    entities: dict[str, dict[str, tuple[str, str]]] = defaultdict(dict)
    signs: dict[str, dict[str, str]] = defaultdict(dict)  # initials of persons' names
    persons: dict[str, list[tuple[str, int]]] = defaultdict(list)
    geo: dict[tuple[str, str], tuple[float, float]] = {}
    for r in _select(
        conn, "SELECT document_id, local_id, type, mentions, lat, lon, name FROM entities", only,
        "document_id",
    ):  # fmt: skip
        key = f"{r[0]}/{r[1]}"
        entities[r[0]][r[1]] = (canonical.get(key, key), r[2])
        point = map_point(r[6], r[4], r[5])
        if point is not None:
            geo[(r[0], r[1])] = point
        if r[2] == "PERSON":
            persons[r[0]].append((r[1], int(r[3])))
            sign = initials_of(r[6] or "")
            if sign:
                signs[r[0]][r[1]] = sign
    cited: dict[tuple[str, str], tuple[str, str | None]] = {
        (r[0], r[1]): (r[2], r[3])
        for r in _select(
            conn,
            "SELECT document_id, id, source, source_entity FROM citations",
            only,
            "document_id",
        )
    }
    quoted: dict[str, set[str]] = defaultdict(set)  # the persons each document cites
    for (doc, _), (_, entity) in cited.items():
        if entity:
            quoted[doc].add(entity)
    main = {doc: main_person(people, quoted[doc]) for doc, people in persons.items()}
    named: dict[tuple[str, str], list[str]] = defaultdict(list)
    for r in _select(
        conn,
        "SELECT x.document_id, x.event_id, x.local_id FROM event_entities x JOIN entities e "
        "ON e.document_id = x.document_id AND e.local_id = x.local_id "
        "WHERE x.role = 'named' AND e.type = 'PERSON'",
        only,
        "x.document_id",
    ):
        named[(r[0], r[1])].append(r[2])
    reports = []
    for r in _select(
        conn,
        "SELECT document_id, id, type, modality, date, reported, actors, targets, place, "
        "citations, numbers, summary, outcome FROM events",
        only,
        "document_id",
    ):
        doc = r["document_id"]
        if events is not None and (doc, r["id"]) not in events:
            continue
        if doc not in documents:
            continue  # stored by a writer after the documents were read: its own ingest links it
        event = Event(
            id=r["id"], type=r["type"], evidence=(0, 0), date=r["date"], reported=r["reported"],
            actors=json.loads(r["actors"]), targets=json.loads(r["targets"]), place=r["place"],
            modality=r["modality"], summary=r["summary"], outcome=r["outcome"],
        )  # fmt: skip
        sources = [cited[(doc, c)] for c in json.loads(r["citations"]) if (doc, c) in cited]
        numbers = [Number(u, float(v), t) for u, v, t in json.loads(r["numbers"])]
        implied = named.get((doc, r["id"])) or [m for m in [main.get(doc)] if m]
        where = geo.get((doc, r["place"])) if r["place"] else None
        reports.append(
            report_of(
                event, documents[doc], entities[doc], sources, numbers, implied, where, signs[doc]
            )
        )
    return reports


def card(report: Report) -> str:
    """A report as one JSON row of ``report_cards``."""
    return json.dumps(
        [
            report.key, report.type, report.modality, report.date, report.reported,
            report.published, sorted(report.persons), sorted(report.organizations),
            sorted(report.implied), report.place, report.where, report.copy_group,
            [[n.unit, n.value, n.text] for n in report.numbers], report.sources,
            report.source_keys, report.summary, report.outcome, report.signs,
        ],
        ensure_ascii=False,
    )  # fmt: skip


def from_card(text: str) -> Report:
    (key, type_, modality, date, reported, published, persons, organizations, implied, place,
     where, copy_group, numbers, sources, source_keys, summary,
     *rest) = json.loads(text)  # fmt: skip
    return Report(
        key=key, document_id=key.rsplit("/", 1)[0], type=type_, modality=modality, date=date,
        reported=reported, published=published, persons=frozenset(persons),
        organizations=frozenset(organizations), implied=frozenset(implied), place=place,
        where=tuple(where) if where else None, copy_group=copy_group,
        numbers=tuple(Number(*n) for n in numbers), sources=tuple(sources),
        source_keys=tuple(source_keys), summary=summary,
        outcome=rest[0] if rest else None,  # a card written before outcomes were kept has none
        signs=tuple((p, s) for p, s in rest[1]) if len(rest) > 1 else (),
    )  # fmt: skip


def cards(conn: Db, reports: Collection[tuple[str, str]]) -> dict[tuple[str, str], Report]:
    """The stored cards of these (document, event) reports, as linking last built them: the
    report itself unless its document's entities or copy group changed since, which makes
    the linking that changes them build and store its reports anew. A report without a card
    (a base linked before cards were kept) is not among them."""
    wanted = set(reports)
    out: dict[tuple[str, str], Report] = {}
    for r in keys.rows_in(
        conn,
        "SELECT document_id, event_id, card FROM report_cards WHERE document_id IN ({marks})",
        {d for d, _ in wanted},
    ):
        if (r[0], r[1]) in wanted:
            out[(r[0], r[1])] = from_card(r[2])
    return out


def write_cards(conn: Db, reports: Iterable[Report], everything: bool) -> None:
    """Store the cards of these reports (in place of all there were, when ``everything``)."""
    rows = [
        (r.document_id, r.key.rsplit("/", 1)[1], r.modality, r.date, r.latest, card(r))
        for r in reports
    ]
    if everything:
        conn.execute("DELETE FROM report_cards")
    else:
        conn.executemany(
            "DELETE FROM report_cards WHERE document_id = ? AND event_id = ?",
            [row[:2] for row in rows],
        )
    conn.executemany(
        "INSERT INTO report_cards (document_id, event_id, modality, date, latest, card) "
        "VALUES (?, ?, ?, ?, ?, ?)",
        rows,
    )


def place_names(conn: Db, canonical_ids: Collection[str] | None = None) -> dict[str, str]:
    """The name of each place (of these canonical ids only, when given)."""
    sql = "SELECT canonical_id, min(name) FROM entities WHERE type = 'PLACE'"
    if canonical_ids is None:
        rows: Iterable[Any] = conn.execute(sql + " GROUP BY canonical_id")
    else:
        rows = keys.rows_in(
            conn, sql + " AND canonical_id IN ({marks}) GROUP BY canonical_id", canonical_ids
        )
    return {r[0]: r[1] for r in rows}


def write(conn: Db, grouping: Grouping) -> None:
    """Store copy groups and happenings in place of all there were; the caller holds the
    transaction."""
    conn.execute("UPDATE documents SET copy_group = NULL WHERE copy_group IS NOT NULL")
    conn.execute("DELETE FROM copy_groups")
    conn.execute("DELETE FROM happenings")
    language = dict(conn.execute("SELECT id, language FROM documents").fetchall())
    _store(conn, grouping, language)


def write_scoped(
    conn: Db, grouping: Grouping, documents: Collection[str], old_happenings: Collection[str]
) -> None:
    """Store the copy groups of ``documents`` and the happenings of a scoped linking, in
    place of those they replace (``old_happenings`` and the documents' old copy groups); the
    caller holds the transaction."""
    old_groups = {
        r[0] for r in keys.rows_in(
            conn, "SELECT DISTINCT copy_group FROM documents WHERE id IN ({marks})", documents
        ) if r[0] is not None
    }  # fmt: skip
    conn.executemany(
        "UPDATE documents SET copy_group = NULL WHERE id = ?", [(d,) for d in sorted(documents)]
    )
    conn.executemany(
        "DELETE FROM copy_groups WHERE id = ?",
        [(g,) for g in sorted(old_groups | {g.id for g in grouping.copies})],
    )
    conn.executemany(
        "DELETE FROM happenings WHERE id = ?",
        [(h,) for h in sorted(set(old_happenings) | {h.id for h in grouping.happenings})],
    )
    language = {
        r[0]: r[1]
        for r in keys.rows_in(
            conn,
            "SELECT id, language FROM documents WHERE id IN ({marks})",
            {doc for doc, _ in grouping.happening_of},
        )
    }
    _store(conn, grouping, language)


def _store(conn: Db, grouping: Grouping, language: Mapping[str, str | None]) -> None:
    """Insert the copy groups and happenings, and point documents and events at them."""
    conn.executemany(
        "INSERT INTO copy_groups (id, original) VALUES (?, ?)",
        [(g.id, g.original) for g in grouping.copies],
    )
    conn.executemany(
        "UPDATE documents SET copy_group = ? WHERE id = ?",
        [(g.id, doc) for g in grouping.copies for doc in g.documents],
    )
    conn.executemany(
        "UPDATE events SET happening_id = ? WHERE document_id = ? AND id = ?",
        [(hid, doc, event) for (doc, event), hid in grouping.happening_of.items()],
    )
    conn.executemany(
        "INSERT INTO happenings (id, type, modality, value, basis, precision, sort_key, "
        "summary, lead, reports, sources, first_reported, conflicts, languages) "
        "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
        [_row(h, language) for h in grouping.happenings],
    )


def _row(h: Happening, language: Mapping[str, str | None]) -> tuple[object, ...]:
    p = h.placement
    conflicts = [
        {"field": c.field, "values": [[value, list(who)] for value, who in c.values]}
        for c in h.conflicts
    ]
    return (
        h.id, h.type, h.modality, p.value if p else None, p.basis if p else None,
        p.precision if p else None, sort_key(p.value) if p else None, h.summary, h.lead,
        len(h.reports), json.dumps(h.sources, ensure_ascii=False), h.first_reported,
        json.dumps(conflicts, ensure_ascii=False),
        json.dumps(sorted(_languages(h, language))),
    )  # fmt: skip


def _languages(h: Happening, language: Mapping[str, str | None]) -> set[str]:
    """The languages of the documents that report the happening."""
    return {lang for key in h.reports if (lang := language.get(key.partition("/")[0]))}
