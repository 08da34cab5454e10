"""Linking across documents inside the store: entities, copy groups, happenings, and the
analyst's merge/split judgements.

Each stored entity is a record keyed ``<document id>/<local id>``, each report (event)
``<document id>/<event id>``. Linking hands records, fingerprints and reports to the pure
linkers (:func:`dossier.resolve.link`, :func:`dossier.group.copies.group_copies`,
:func:`dossier.group.happenings.link_reports`) with every judgement, and writes the groups
back, so a judgement is applied again on every linking.

**Incremental.** After an ingest only the new documents' neighbourhood is linked again
(:func:`_scoped`), so the cost grows with the new documents and the blocks they touch, not
with the base. The linkers compare only items that share a blocking key, and the store keeps
every item's keys (:mod:`dossier.store.keys`), so the neighbourhood is found by index:

1. Entities: the new records, with the entities they may join (sharing a key of a block the
   linker compares, or their very name), each entity stood for by one record per distinct
   name (records named alike join unscored, so the others follow their stand-in).
2. Copies: the new documents, those sharing a fingerprint key, and their copy groups; only
   pairs with a new document are compared (:func:`dossier.group.copies.extend_copy_groups`).
3. Happenings: every report of the documents whose entities or copy group changed (the new
   ones among them), the reports of a shared block that would link with one of them, and
   every report of the happenings all of them are in, linked again whole; then, while a
   happening changes, every report of its documents too (two documents that come to share a
   happening link their other reports as one story, rule 5; so do two with a near miss,
   rule 6), up to :data:`_STORY_ROUNDS` times. Each document brought in whole also brings
   in the reports that rule 5 can pair with its own of the documents it shares a rare name
   with (rule 7: those of a type it reports), and whole the documents of a name that the
   new documents made common (the story it marked ends); the rare names of all of them are
   counted over the whole base, and only a rare name's records are read. Only the
   happenings that changed are summarised and written.

So that a scoped linking reads little of a big base, the store keeps each report as the
last linking built it (``report_cards``, written by :meth:`_Plan.write`): the reports of a
shared block are sifted by rules 1-2 on the cards' modality and dates
(:func:`_datable_holders`) and only those that pass are built, from their cards. A card is
valid while its document's entities and copy group are: a linking that changes either has
the document in its scope and writes its cards anew. Entities are stood for by the first
record of each distinct name their tally keeps (:class:`dossier.store.queries.EntityTally`),
never by reading all their records. :func:`link_reports` keeps scores and blocks between the
widening rounds (:class:`dossier.group.happenings.LinkMemo`), and linking runs with the
cyclic garbage collector off.

Linking also keeps, per entity, the happenings that name it and its summary
(:mod:`dossier.store.entity_index`): rebuilt by a full linking, refreshed by a scoped one
for the happenings it wrote and the entities it renamed, and added to (the tally) for the
entities it gave new records to.

Each group is recomputed whole, and ids stay put (:func:`stable`): a group keeps the
smallest id one of its members had, so reviews and links to an entity or a happening survive
ingests. A linking is a full one when judgements changed since the last, when the keys are
missing (a base from before migration 7), when the new documents are more than a quarter of
the base, or when asked (``relink(full=True)``). ``tests/store/test_incremental.py`` checks
that linking a base a few documents at a time ends as a full linking does.

Known difference: a block larger than the linker compares (``MAX_BLOCK``) is counted over all
items holding the key, where the entity linker counts records with distinct names, so a new
record may miss a candidate that a full linking would score.
"""

from __future__ import annotations

import gc
import json
from collections import defaultdict
from collections.abc import Collection, Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any, Literal

from dossier.errors import DossierError
from dossier.group.copies import MAX_BLOCK as COPY_BLOCK
from dossier.group.copies import blocking_keys, extend_copy_groups
from dossier.group.happenings import MAX_BLOCK as REPORT_BLOCK
from dossier.group.happenings import (
    RARE_NAME,
    Happening,
    LinkMemo,
    Report,
    link_or_near,
    link_reports,
    may_agree,
    rare_name_stories,
    summarize,
)
from dossier.group.reports import story_names
from dossier.resolve import EntityRecord, link
from dossier.resolve.link import MAX_BLOCK, record_keys
from dossier.store import entity_index, grouping, keys
from dossier.store.db import Db
from dossier.store.queries import EntityTally, lookup_key


class Stale(Exception):
    """Another command stored a document or a judgement while linking read and computed."""


# Of the link_keys rows and report cards; another value makes the next linking a full one
# (version 2: report cards, which a base linked before lacks).
KEYS_VERSION = "2"
# How many times a scoped linking widens to the documents of the happenings it changed.
_STORY_ROUNDS = 6
# Past this share of the base, a linking of the new documents costs as much as a full one.
_SCOPED_SHARE = 0.25


def relink(conn: Db, state: str, state_sql: str, full: bool = False) -> int:
    """Link entities, copy groups and happenings across documents; returns the entity count.

    When the last linking covered everything but some new documents (the usual case after
    an ingest), only their neighbourhood is linked again (:func:`_scoped`); when judgements
    changed, keys are missing, or ``full``, everything is (:func:`_full`).

    Everything is read and computed first, then written in one write transaction, so a
    reader never sees entities linked but happenings not. ``state`` is what ``state_sql``
    gave before reading: if it gives anything else once the write lock is held, another
    command wrote meanwhile, and :class:`Stale` is raised with nothing written. Otherwise
    the state is recorded as linked in the same transaction.
    """
    new = None if full else _new_documents(conn, state)
    with _no_cycle_collection():
        plan = _full(conn) if new is None else _scoped(conn, new)
    conn.execute("BEGIN IMMEDIATE")
    try:
        if str(conn.execute(f"SELECT {state_sql}").fetchone()[0]) != state:
            raise Stale(state)
        plan.write(conn)
        if plan.full or _meta(conn, "entity_index") != entity_index.VERSION:
            entity_index.rebuild(conn)
        else:
            entity_index.refresh(
                conn,
                plan.old_happenings | {h.id for h in plan.grouping.happenings},
                plan.renamed,
                {doc for doc, _ in plan.canonical},
            )
        _set_meta(conn, "entity_index", entity_index.VERSION)
        _set_meta(conn, "linked", state)
        _set_meta(conn, "link_keys", KEYS_VERSION)
        conn.execute("COMMIT")
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    return int(conn.execute("SELECT count(DISTINCT canonical_id) FROM entities").fetchone()[0])


@contextmanager
def _no_cycle_collection() -> Iterator[None]:
    """Linking builds hundreds of thousands of small objects and no reference cycles; the
    cyclic garbage collector, which each allocation burst sets off, would scan the whole
    heap of an ingest process (the language models' objects with it) each time: on the
    incremental benchmark, 10.6 s of a scoped linking's took 9.0 s without it."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def _meta(conn: Db, key: str) -> str | None:
    row = conn.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
    return None if row is None else str(row[0])


def _set_meta(conn: Db, key: str, value: str) -> None:
    conn.execute(
        "INSERT INTO meta (key, value) VALUES (?, ?) "
        "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
        (key, value),
    )


def _new_documents(conn: Db, state: str) -> list[str] | None:
    """The documents stored since the last linking, when only they are new; else None."""
    previous = _meta(conn, "linked")
    if previous is None or _meta(conn, "link_keys") != KEYS_VERSION:
        return None
    (old_row, _, old_judgement), (row, _, judgement) = (
        previous.partition(":"),
        state.partition(":"),
    )
    if old_judgement != judgement or not old_row.isdigit() or int(old_row) > int(row):
        return None
    new = [r[0] for r in conn.execute("SELECT id FROM documents WHERE rowid > ?", (int(old_row),))]
    total = int(conn.execute("SELECT count(*) FROM documents").fetchone()[0])
    return new if len(new) <= _SCOPED_SHARE * total else None


def stable(groups: Mapping[str, str], previous: Mapping[str, str | None]) -> dict[str, str]:
    """Group ids that stay put: a group keeps the smallest id one of its members had, if
    that id is one of its members' keys; else it takes its smallest key (a new group)."""
    members: dict[str, list[str]] = defaultdict(list)
    for key, root in groups.items():
        members[root].append(key)
    out: dict[str, str] = {}
    for keys_ in members.values():
        own = set(keys_)
        kept = [old for k in keys_ if (old := previous.get(k)) is not None and old in own]
        name = min(kept) if kept else min(keys_)
        out.update(dict.fromkeys(keys_, name))
    return out


@dataclass(slots=True)
class _Plan:
    """What one linking writes: over the whole base (``full``) or over a scope."""

    full: bool
    canonical: dict[tuple[str, str], str]  # (document, local id) -> canonical id
    copy_scope: set[str]  # documents whose copy group is decided here
    grouping: grouping.Grouping
    old_happenings: set[str]  # happening ids this linking replaces
    report_keys: dict[tuple[str, str], set[str]]  # (document, event) -> its keys
    built: list[Report] = field(default_factory=list)  # reports built anew, whose cards to keep
    document_keys: list[tuple[str, str, str, str]] = field(default_factory=list)
    renamed: dict[str, str] = field(default_factory=dict)  # old canonical id -> new

    def write(self, conn: Db) -> None:
        conn.executemany(
            "UPDATE entities SET canonical_id = ? WHERE canonical_id = ?",
            [(new, old) for old, new in self.renamed.items()],
        )
        conn.executemany(
            "UPDATE entities SET canonical_id = ? WHERE document_id = ? AND local_id = ?",
            [(cid, doc, local) for (doc, local), cid in self.canonical.items()],
        )
        if self.full:
            grouping.write(conn, self.grouping)
            conn.execute("DELETE FROM link_keys WHERE kind = 'h'")
        else:
            grouping.write_scoped(conn, self.grouping, self.copy_scope, self.old_happenings)
            conn.executemany(
                "DELETE FROM link_keys WHERE kind = 'h' AND document_id = ? AND item = ?",
                list(self.report_keys),
            )
        grouping.write_cards(conn, self.built, everything=self.full)
        keys.insert(conn, self.document_keys)
        keys.insert(
            conn,
            (("h", key, doc, event) for (doc, event), ks in self.report_keys.items() for key in ks),
        )


def _records(rows: Iterable[Any]) -> tuple[list[EntityRecord], dict[str, str | None]]:
    records, previous = [], {}
    for r in rows:
        key = f"{r[0]}/{r[1]}"
        records.append(keys.entity_record(r[0], r[1], r[2], r[3], json.loads(r[4])))
        previous[key] = r[5]
    return records, previous


_ENTITY_COLUMNS = "SELECT document_id, local_id, type, name, aliases, canonical_id FROM entities"
_ENTITIES_OF = _ENTITY_COLUMNS + " WHERE document_id IN ({marks})"  # some documents'


def _full(conn: Db) -> _Plan:
    """Everything linked again; the keys of documents stored before migration 7 filled in."""
    records, previous = _records(conn.execute(_ENTITY_COLUMNS))
    canonical = stable(link(records, grouping.judgements(conn, "entity")), previous)
    prints = grouping.fingerprints(conn)
    copies = grouping.copy_groups_of(conn, prints)
    group_of = {doc: g.id for g in copies for doc in g.documents}
    reports = sorted(grouping.reports_of(conn, canonical, group_of), key=lambda r: r.key)
    previous = {f"{r[0]}/{r[1]}": r[2] for r in conn.execute(
        "SELECT document_id, id, happening_id FROM events"
    )}  # fmt: skip
    named = story_names((canonical[r.key], _split(r.key)[0], r.type, r.name) for r in records)
    said = grouping.judgements(conn, "happening")
    ids = stable(link_reports(reports, said, stories=rare_name_stories(named)), previous)
    happening_of = {_report_id(r): ids[r.key] for r in reports}
    document_keys: list[tuple[str, str, str, str]] = []
    if _meta(conn, "link_keys") != KEYS_VERSION:  # stored before the keys were kept
        document_keys = [("e", k, *_split(r.key)) for r in records for k in record_keys(r)]
        document_keys += [("c", k, fp.document_id, "") for fp in prints for k in blocking_keys(fp)]
    return _Plan(
        full=True,
        canonical={_split(k): v for k, v in canonical.items()},
        copy_scope=set(),
        grouping=grouping.Grouping(
            copies, happening_of, _summaries(reports, ids, _linked_place_names(records, canonical))
        ),
        old_happenings=set(),
        report_keys={_report_id(r): keys.report_keys(r) for r in reports},
        document_keys=document_keys,
        built=reports,
    )


def _linked_place_names(
    records: Iterable[EntityRecord], canonical: Mapping[str, str]
) -> dict[str, str]:
    """The name of each place as :func:`grouping.place_names` gives it once this linking's
    ids are written (the least name of its PLACE records); the tables still hold the ids
    of the last linking."""
    return _least({}, ((canonical[r.key], r.name) for r in records if r.type == "PLACE"))


def _least(names: dict[str, str], more: Iterable[tuple[str, str]]) -> dict[str, str]:
    """``names`` with each (id, name) of ``more`` folded in, keeping each id's least name."""
    for cid, name in more:
        names[cid] = min(names.get(cid, name), name)
    return names


def _split(key: str) -> tuple[str, str]:
    """A record or report key, ``<document>/<local id>``, in its two parts."""
    document_id, _, local = key.partition("/")
    return document_id, local


def _report_id(report: Report) -> tuple[str, str]:
    return (report.document_id, report.key.rsplit("/", 1)[1])


def _summaries(
    reports: Iterable[Report], ids: Mapping[str, str], place_names: dict[str, str]
) -> list[Happening]:
    """The happenings these reports make, each summarised from its reports (``ids``)."""
    members: dict[str, list[Report]] = defaultdict(list)
    for report in reports:
        members[ids[report.key]].append(report)
    return [summarize(hid, rs, place_names) for hid, rs in members.items()]


def _scoped(conn: Db, new: list[str]) -> _Plan:
    """Linking of the new documents and their neighbourhood only (see the module docstring)."""
    # -- entities: the new records with one record per name of each entity they may join
    new_rows = list(keys.rows_in(conn, _ENTITIES_OF, new))
    fresh_records = {f"{r[0]}/{r[1]}" for r in new_rows}
    # The new records' blocking keys, as stored with them (keys.document_rows)
    new_keys = {
        k
        for r in new_rows
        for k in record_keys(keys.entity_record(r[0], r[1], r[2], r[3], json.loads(r[4])))
    }
    found = keys.small_keys(conn, "e", new_keys, MAX_BLOCK)
    held = (
        "SELECT DISTINCT e.canonical_id FROM link_keys k JOIN entities e "
        "ON e.document_id = k.document_id AND e.local_id = k.item "
        "WHERE k.kind = 'e' AND k.key IN ({marks})"
    )
    provisional = {r[5] for r in new_rows}  # the new records' own ids, before linking
    groups = {r[0] for r in keys.rows_in(conn, held, found)} - provisional
    named = entity_index.named(conn, {lookup_key(r[3]) for r in new_rows}) - provisional
    tallies = entity_index.tallies(conn, groups | named)
    groups |= _same_names(conn, new_rows, named, tallies)
    # Records named alike are one entity without scoring: one stands for the others, and the
    # record whose key is the entity's id stands for its name, so that the id is kept.
    stand_ins: dict[tuple[str, str, str, str], Any] = {}
    for cid in groups & set(tallies):
        for document_id, local_id, *variant in tallies[cid].stand_ins():
            stand_ins[(cid, *variant)] = (document_id, local_id, *variant, cid)
    for r in keys.rows_in(  # an entity one linking has not summarised yet: from its records
        conn,
        "SELECT min(document_id || '/' || local_id), type, name, aliases, canonical_id "
        "FROM entities WHERE canonical_id IN ({marks}) GROUP BY canonical_id, type, name, aliases",
        groups - set(tallies),
    ):
        document_id, local_id = _split(r[0])
        stand_ins[(r[4], r[1], r[2], r[3])] = (document_id, local_id, r[1], r[2], r[3], r[4])
    for r in keys.rows_in(conn, _ENTITIES_OF, {_split(g)[0] for g in groups}):
        if f"{r[0]}/{r[1]}" == r[5]:
            stand_ins[(r[5], r[2], r[3], r[4])] = r
    records, previous = _records([*new_rows, *stand_ins.values()])
    linked = stable(link(records, grouping.judgements(conn, "entity")), previous)
    renamed = {
        old: linked[key]
        for key, old in previous.items()
        if key not in fresh_records and old is not None and old != linked[key]
    }
    changed = {k: linked[k] for k in fresh_records}
    touched = set(new)
    if renamed:
        touched |= {
            r[0]
            for r in keys.rows_in(
                conn, "SELECT DISTINCT document_id FROM entities WHERE canonical_id IN ({marks})",
                renamed,
            )
        }  # fmt: skip
    # -- copy groups: the new documents with those they may copy and those documents' groups
    new_prints = grouping.fingerprints(conn, new)
    new_keys = {k for fp in new_prints for k in blocking_keys(fp)}
    found = keys.small_keys(conn, "c", new_keys, COPY_BLOCK)
    near_docs = {d for d, _ in keys.holders(conn, "c", found)} | set(new)
    old_group = _copy_group_of(conn, near_docs)
    in_groups = "SELECT id FROM documents WHERE copy_group IN ({marks})"
    scope = near_docs | {r[0] for r in keys.rows_in(conn, in_groups, set(old_group.values()))}
    old_group |= _copy_group_of(conn, scope - near_docs)
    prints = sorted(
        [*new_prints, *grouping.fingerprints(conn, scope - set(new))], key=lambda fp: fp.document_id
    )
    copies = extend_copy_groups(prints, old_group, set(new), grouping.copy_judgements(conn))
    new_group = {doc: g.id for g in copies for doc in g.documents}
    touched |= {d for d in scope if old_group.get(d) != new_group.get(d)}

    # -- happenings: every report of the touched documents, with those they may join
    def copy_groups_now(documents: set[str]) -> dict[str, str]:
        found = _copy_group_of(conn, documents - scope)
        return found | {d: new_group[d] for d in documents & scope if d in new_group}

    seen = _canonical_of(conn, touched, changed, renamed)
    group_of = copy_groups_now(touched)
    mine = grouping.reports_of(conn, seen, group_of, touched)
    mine_keys = {_report_id(r): keys.report_keys(r) for r in mine}
    found = keys.small_keys(conn, "h", set().union(*mine_keys.values()), REPORT_BLOCK)
    built: dict[tuple[str, str], Report] = {_report_id(r): r for r in mine}
    near_reports = _linking_mates(conn, mine, found, seen, group_of, built, changed, renamed)
    whole = set(touched)  # documents every report of which is in the scope
    # rule 7: the names the scope's documents share with few others bring those others whole
    rare = _story_named(conn, whole, changed, renamed, new_rows)
    ended, partners = _rare_partners(rare, set(new))
    rare |= _story_named(conn, (ended | partners) - whole, changed, renamed, new_rows)
    near_reports |= _story_mates(conn, rare, whole, partners - ended - whole, built)
    whole |= ended
    memo = LinkMemo.widening()  # scores and blocks, kept from round to round
    said = grouping.judgements(conn, "happening")
    for _ in range(_STORY_ROUNDS):
        old = _reach(conn, whole, near_reports)
        missing = {report for report in old if report not in built}
        built |= grouping.cards(conn, missing)
        missing -= set(built)
        if missing:  # no card: built from the tables
            documents = {d for d, _ in missing}
            seen |= _canonical_of(conn, documents, changed, renamed)
            group_of |= copy_groups_now(documents)
            built |= {
                _report_id(r): r
                for r in grouping.reports_of(conn, seen, group_of, documents, missing)
            }
        reports = sorted((built[k] for k in old), key=lambda r: r.key)
        previous_of = {f"{d}/{e}": h for (d, e), h in old.items()}
        ids = stable(link_reports(reports, said, memo, rare_name_stories(rare)), previous_of)
        happening_of = {_report_id(r): ids[r.key] for r in reports}
        # Two documents that come to share a happening may link their other reports as one
        # story (rule 5): every document of a happening this linking changes must be whole;
        # so must a document with a near miss to one whose entities or copy group changed
        # (rule 6: a second type may agree). Near misses between documents the linking did
        # not change were weighed by the linking that last did.
        moved = _changed_reports(old, happening_of)
        near = {d for pair in memo.near if touched & set(pair) for d in pair}
        grown = ({d for d, _ in moved} | near) - whole
        if not grown:
            break
        mates = _story_named(conn, grown, changed, renamed, new_rows)
        ended, partners = _rare_partners(mates, set(new))
        more = (ended | partners) - whole - grown
        rare |= mates | _story_named(conn, more, changed, renamed, new_rows)
        whole |= grown | ended
        near_reports |= _story_mates(conn, rare, grown, partners - whole, built)
    # Only the happenings that changed are summarised and written again.
    changed_reports = [r for r in reports if _report_id(r) in moved]
    places = {r.place for r in changed_reports if r.place}
    names = _place_names(conn, places, new_rows, changed, renamed)
    return _Plan(
        full=False,
        canonical={_split(k): v for k, v in changed.items()},
        renamed=renamed,
        copy_scope=scope,
        grouping=grouping.Grouping(
            copies,
            {k: v for k, v in happening_of.items() if k in moved},
            _summaries(changed_reports, ids, names),
        ),
        old_happenings={h for k, h in old.items() if k in moved and h is not None},
        report_keys=mine_keys,
        built=mine,
    )


def _place_names(
    conn: Db,
    places: set[str],
    new_rows: list[Any],
    changed: Mapping[str, str],
    renamed: Mapping[str, str],
) -> dict[str, str]:
    """The name of each place as :func:`grouping.place_names` gives it once this linking is
    written (the least name of its records): the stored records of the place, of entities
    renamed to it, and the new records it takes in, which the tables do not yet show."""
    summed = {
        cid: tally
        for cid, tally in entity_index.tallies(conn, places).items()
        if set(tally.types) == {"PLACE"}
    }
    names = {cid: min(summed[cid].names) for cid in summed}  # as place_names gives them
    names |= grouping.place_names(conn, places - set(summed))
    taken_in = ((changed.get(f"{r[0]}/{r[1]}"), r[3]) for r in new_rows if r[2] == "PLACE")
    renamed_to = {old: new for old, new in renamed.items() if new in places}
    stored = grouping.place_names(conn, renamed_to)
    names = _least(names, ((cid, name) for cid, name in taken_in if cid in places))
    return _least(names, ((renamed_to[old], name) for old, name in stored.items()))


def _linking_mates(
    conn: Db,
    mine: list[Report],
    found: set[str],
    seen: dict[str, str],
    group_of: dict[str, str],
    built: dict[tuple[str, str], Report],
    changed: Mapping[str, str],
    renamed: Mapping[str, str],
) -> set[tuple[str, str]]:
    """The reports that share a compared block with one of ``mine`` and would link with it:
    the others in those blocks cannot be moved by ``mine`` (unless their happening is, which
    brings them in whole)."""
    held, carded = _datable_holders(conn, mine, found)
    holders = set(held) - set(built)
    built |= {k: r for k, r in carded.items() if k in holders}
    missing = holders - set(built)
    if missing:  # no card: built from the tables
        documents = {d for d, _ in missing}
        seen |= _canonical_of(conn, documents - {d for d, _ in built}, changed, renamed)
        group_of |= _copy_group_of(conn, documents)
        built |= {
            _report_id(r): r for r in grouping.reports_of(conn, seen, group_of, documents, missing)
        }
    by_key: dict[str, list[Report]] = defaultdict(list)
    for report_id in holders:  # by the keys it holds (a held report's keys are current)
        for key in held[report_id]:
            by_key[key].append(built[report_id])
    mates: set[tuple[str, str]] = set()
    for report in mine:
        for key in keys.report_keys(report):
            for other in by_key.get(key, ()):
                if other.document_id != report.document_id and any(link_or_near(report, other)):
                    mates.add(_report_id(other))  # one it links with, or a near miss (rule 6)
    return mates


def _datable_holders(
    conn: Db, mine: list[Report], found: set[str]
) -> tuple[dict[tuple[str, str], set[str]], dict[tuple[str, str], Report]]:
    """The reports holding one of ``found`` whose modality and dates let them link with a
    report of ``mine`` that holds the same key (rules 1 and 2), each with those of ``found``
    it holds, and those of them that have a card, built from it. The cards are sifted by
    their columns before any is parsed: in an archive most reports of a shared block
    happened on another day. A report whose stored keys are stale (its document's entities
    or copy group changed) is in the linking's scope whole already; one without a card is
    kept unsifted and built from the tables."""
    wanted: dict[str, set[tuple[str, str | None, str | None]]] = defaultdict(set)
    for report in mine:
        for key in keys.report_keys(report):
            if key in found:
                wanted[key].add((report.modality, report.date, report.latest))
    verdicts: dict[tuple[str, tuple[str, str | None, str | None]], bool] = {}  # (key, held)
    by_report: dict[tuple[str, str], set[str]] = defaultdict(set)
    for r in keys.rows_in(
        conn, "SELECT key, document_id, item FROM link_keys WHERE kind = 'h' AND key IN ({marks})",
        found,
    ):  # fmt: skip
        by_report[(r[1], r[2])].add(r[0])
    sql = (
        "SELECT document_id, event_id, modality, date, latest, card FROM report_cards "
        "WHERE document_id IN ({marks})"
    )
    unsifted = set(by_report)
    built: dict[tuple[str, str], Report] = {}
    for r in keys.rows_in(conn, sql, {d for d, _ in by_report}):
        shared = by_report.get((r[0], r[1]))
        if shared is None:
            continue
        unsifted.discard((r[0], r[1]))
        held = (r[2], r[3], r[4])
        for k in shared:
            fits = verdicts.get((k, held))
            if fits is None:
                fits = verdicts[(k, held)] = any(may_agree(m, held) for m in wanted[k])
            if fits:
                built[(r[0], r[1])] = grouping.from_card(r[5])
                break
    return {k: by_report[k] for k in set(built) | unsifted}, built


def _changed_reports(
    old: Mapping[tuple[str, str], str | None], new: Mapping[tuple[str, str], str]
) -> set[tuple[str, str]]:
    """The reports of every happening whose reports differ before and after linking, and of
    every happening they were in before."""
    before: dict[str, set[tuple[str, str]]] = defaultdict(set)
    after: dict[str, set[tuple[str, str]]] = defaultdict(set)
    for report, hid in old.items():
        if hid is not None:
            before[hid].add(report)
    for report, hid in new.items():
        after[hid].add(report)
    moved: set[tuple[str, str]] = set()
    for hid, reports in after.items():
        if before.get(hid) != reports:
            moved |= reports
            moved |= {r for report in reports if (h := old.get(report)) for r in before[h]}
    return moved


def _reach(
    conn: Db, documents: set[str], reports: set[tuple[str, str]]
) -> dict[tuple[str, str], str | None]:
    """Every report of ``documents``, ``reports``, and every report of a happening one of
    them is in, each with the happening it was in."""
    found: dict[tuple[str, str], str | None] = {}
    by_document = "SELECT document_id, id, happening_id FROM events WHERE document_id IN ({marks})"
    for r in keys.rows_in(conn, by_document, documents | {d for d, _ in reports}):
        if r[0] in documents or (r[0], r[1]) in reports:
            found[(r[0], r[1])] = r[2]
    hids = {h for h in found.values() if h is not None}
    by_happening = (
        "SELECT document_id, id, happening_id FROM events WHERE happening_id IN ({marks})"
    )
    for r in keys.rows_in(conn, by_happening, hids):
        found[(r[0], r[1])] = r[2]
    return found


def _same_names(
    conn: Db, rows: list[Any], named: set[str], tallies: Mapping[str, EntityTally]
) -> set[str]:
    """Those of the entities ``named`` like one of the new records ``rows`` with a record of
    exactly its type and name: the linker joins such records unscored, however large the
    blocks of their keys. ``tallies`` tell (an entity without one is read from its records)."""
    wanted = {(r[2], r[3]) for r in rows}
    out = {
        cid
        for cid in named & set(tallies)
        if any((t, n) in wanted for _, _, t, n, _ in tallies[cid].stand_ins())
    }
    return out | {
        r[0]
        for r in keys.rows_in(
            conn,
            "SELECT DISTINCT canonical_id, type, name FROM entities "
            "WHERE canonical_id IN ({marks})",
            named - set(tallies),
        )
        if (r[1], r[2]) in wanted
    }


def _copy_group_of(conn: Db, documents: Collection[str]) -> dict[str, str]:
    return {
        r[0]: r[1]
        for r in keys.rows_in(
            conn, "SELECT id, copy_group FROM documents WHERE id IN ({marks})", documents
        )
        if r[1] is not None
    }


def _story_named(
    conn: Db,
    documents: Collection[str],
    changed: Mapping[str, str],
    renamed: Mapping[str, str],
    new_rows: Sequence[Any],
) -> dict[str, set[str]]:
    """Rule 7's names of these documents (:func:`story_names`), each with every document of
    the base that names it, as this linking leaves the entities."""

    def current(document_id: str, local_id: str, canonical: str) -> str:
        return changed.get(f"{document_id}/{local_id}") or renamed.get(canonical, canonical)

    own = [
        (current(r[0], r[1], r[2]), r[0], r[3], r[4])
        for r in keys.rows_in(conn, _STORY_ROWS + " WHERE document_id IN ({marks})", documents)
    ]
    ids = set(story_names(own))
    stored = ids | {old for old, new in renamed.items() if new in ids}
    # a name more than RARE_NAME stored documents name marks no story and ends none: its
    # records (thousands, for "Moscow") are never read
    counts = keys.rows_in(
        conn,
        "SELECT canonical_id, count(DISTINCT document_id) FROM entities "
        "WHERE canonical_id IN ({marks}) GROUP BY canonical_id",
        stored,
    )
    common = {renamed.get(r[0], r[0]) for r in counts if r[1] > RARE_NAME}
    wanted = {old for old in stored if renamed.get(old, old) not in common}
    rows = [
        (current(r[0], r[1], r[2]), r[0], r[3], r[4])
        for r in keys.rows_in(conn, _STORY_ROWS + " WHERE canonical_id IN ({marks})", wanted)
    ]
    rows += [(changed[f"{r[0]}/{r[1]}"], r[0], r[2], r[3]) for r in new_rows]
    return {cid: docs for cid, docs in story_names(rows).items() if cid in ids - common}


_STORY_ROWS = "SELECT document_id, local_id, canonical_id, type, name FROM entities"


def _rare_partners(named: Mapping[str, set[str]], new: set[str]) -> tuple[set[str], set[str]]:
    """Rule 7's documents beside the scope's: (ended, partners). Those of a name the new
    documents made common are linked whole (the story it marked ends); those of a name still
    rare join with their reports that rule 5 can pair (:func:`_story_mates`). The stories of
    their own names are weighed too (the caller adds them)."""
    ended: set[str] = set()
    partners: set[str] = set()
    for docs in named.values():
        if len(docs) <= RARE_NAME:
            partners |= docs
        elif len(docs - new) <= RARE_NAME:
            ended |= docs
    return ended, partners


def _story_mates(
    conn: Db,
    named: Mapping[str, set[str]],
    whole: set[str],
    partners: set[str],
    built: Mapping[tuple[str, str], Report],
) -> set[tuple[str, str]]:
    """The reports of ``partners`` that rule 5 can pair with a report of a ``whole`` document
    they share a rare name with: those of a type it reports (rule 5 pairs one type only)."""
    types: dict[str, set[str]] = defaultdict(set)  # a whole document's report types
    for report in built.values():
        if report.document_id in whole:
            types[report.document_id].add(report.type)
    wanted: dict[str, set[str]] = defaultdict(set)  # partner -> the types it may pair
    for docs in named.values():
        if len(docs) <= RARE_NAME:
            kinds = set().union(*(types.get(d, set()) for d in docs & whole))
            for d in docs & partners:
                wanted[d] |= kinds
    rows = keys.rows_in(
        conn, "SELECT document_id, id, type FROM events WHERE document_id IN ({marks})", wanted
    )
    return {(r[0], r[1]) for r in rows if r[2] in wanted[r[0]]}


def _canonical_of(
    conn: Db, documents: Collection[str], changed: Mapping[str, str], renamed: Mapping[str, str]
) -> dict[str, str]:
    """Record key -> canonical id for the entities of these documents, as this linking leaves
    them: ``changed`` by record, ``renamed`` by old canonical id."""
    out: dict[str, str] = {}
    for r in keys.rows_in(
        conn,
        "SELECT document_id, local_id, canonical_id FROM entities WHERE document_id IN ({marks})",
        documents,
    ):
        key = f"{r[0]}/{r[1]}"
        out[key] = changed.get(key) or renamed.get(r[2], r[2])
    return out


def record_key(conn: Db, name: str) -> str:
    """The record that best stands for ``name``: an exact name before an alias, most mentions.

    A canonical id (``<document>/<local id>``) is accepted as it is.
    """
    if conn.execute(
        "SELECT 1 FROM entities WHERE document_id || '/' || local_id = ?", (name,)
    ).fetchone():
        return name
    # The very spelling first ("Kubanychbek-uulu" and "Kubanychbek uulu" normalise alike),
    # then the name before an alias, then the record mentioned most.
    row = conn.execute(
        "SELECT n.document_id || '/' || n.local_id FROM entity_names n JOIN entities e "
        "ON e.document_id = n.document_id AND e.local_id = n.local_id WHERE n.key = ? "
        "ORDER BY n.verbatim = ? DESC, n.is_name DESC, e.mentions DESC, 1 DESC LIMIT 1",
        (lookup_key(name), name),
    ).fetchone()
    if row is None:
        raise DossierError(f"no entity named {name!r} (try `dossier entities`)")
    return str(row[0])


def judge(conn: Db, kind: Literal["merge", "split"], a: str, b: str) -> tuple[str, str]:
    """Record the analyst's judgement between two entities; returns the two keys.

    The caller relinks (:meth:`dossier.store.sqlite.SQLiteStore.judge`), so that the linking
    it runs is recorded as done.
    """
    key_a, key_b = record_key(conn, a), record_key(conn, b)
    if key_a == key_b:
        raise DossierError(f"{a!r} and {b!r} name the same entity record; nothing to {kind}")
    conn.execute("INSERT INTO judgements (kind, a, b) VALUES (?, ?, ?)", (kind, key_a, key_b))
    return key_a, key_b


def judge_group(
    conn: Db, target: Literal["happening", "copy"], kind: str, a: str, b: str
) -> tuple[str, str]:
    """Record the analyst's judgement between two happenings (report keys or happening ids)
    or two documents (ids or the URLs they came from); the caller relinks."""
    find = _report_key if target == "happening" else _document_id
    key_a, key_b = find(conn, a), find(conn, b)
    if key_a == key_b:
        raise DossierError(f"{a!r} and {b!r} name the same {target}; nothing to {kind}")
    conn.execute(
        "INSERT INTO judgements (kind, a, b, target) VALUES (?, ?, ?, ?)",
        (kind, key_a, key_b, target),
    )
    return key_a, key_b


def _report_key(conn: Db, key: str) -> str:
    """A report key as given, or the lead report of the happening with that id."""
    document_id, _, event_id = key.partition("/")
    row = (
        conn.execute(
            "SELECT document_id || '/' || id FROM events WHERE document_id = ? AND id = ?",
            (document_id, event_id),
        ).fetchone()
        or conn.execute("SELECT lead FROM happenings WHERE id = ?", (key,)).fetchone()
    )
    if row is None:
        raise DossierError(f"no happening or report {key!r} (try `dossier timeline --json`)")
    return str(row[0])


def _document_id(conn: Db, name: str) -> str:
    """A document by its id, a unique prefix of it, or an address it was ingested from."""
    rows = conn.execute(
        "SELECT DISTINCT d.id FROM documents d LEFT JOIN origins o ON o.document_id = d.id "
        "WHERE d.id = ? OR substr(d.id, 1, length(?)) = ? OR o.origin = ? OR o.url = ? "
        "OR d.url = ? LIMIT 2",
        (name, name, name, name, name, name),
    ).fetchall()
    if len(rows) != 1:
        problem = "no document" if not rows else "more than one document"
        raise DossierError(f"{problem} matches {name!r} (try `dossier copies --json`)")
    return str(rows[0][0])
