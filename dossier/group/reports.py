"""From extractions to linked happenings: the glue that the store and evaluations share.

:func:`report_of` turns one document's event into a :class:`~dossier.group.happenings.Report`
given how its entities resolved across documents; :func:`happenings_of` does the whole
grouping over a set of extractions held in memory (entity linking, copy groups, happening
linking), for evaluations, tests and batch jobs. The store does the same steps over its
tables (:mod:`dossier.store.linking`).
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass
from urllib.parse import urlsplit

from dossier.group.copies import fingerprint, group_copies
from dossier.group.happenings import (
    Happening,
    Number,
    Report,
    link_reports,
    rare_name_stories,
    source_keys,
    summarize,
)
from dossier.models import Event, Extraction, Quantity, Span
from dossier.packs import get_pack
from dossier.resolve import EntityRecord, link
from dossier.resolve.gazetteer import get_gazetteer
from dossier.resolve.link import Judgement
from dossier.resolve.names import owner_country
from dossier.resolve.translit import token_key


@dataclass(frozen=True, slots=True)
class DocumentFacts:
    """What a report needs of its document."""

    id: str
    published: str | None = None
    publisher: str | None = None
    copy_group: str | None = None
    label: str | None = None  # how to name it as a source: its site or title

    @property
    def source_key(self) -> str:
        """The document as a source: its copy group, else its outlet, else itself."""
        if self.copy_group:
            return f"copy:{self.copy_group}"
        if self.publisher:
            return f"outlet:{self.publisher.casefold()}"
        return f"document:{self.id}"


def document_label(url: str | None) -> str | None:
    """The site a document came from ("example.org"), to name it as a source."""
    host = urlsplit(url).hostname if url else None
    return host.removeprefix("www.") if host else None


def implied_persons(
    event: Event,
    entities: Sequence[tuple[str, str, int, Sequence[Span]]],
    sources: Collection[str] = (),
) -> list[str]:
    """Persons an event is about without a role: those named in its mentions, else the
    article's main person. ``entities`` holds (local id, type, mention count, spans);
    ``sources`` the local ids of the persons the article cites (see :func:`main_person`)."""
    spans = event.mentions or [event.evidence]
    persons = [e for e in entities if e[1] == "PERSON"]
    named = [
        pid
        for pid, _, _, where in persons
        if any(s < me and ms < t for s, t in spans for ms, me in where)
    ]
    if named:
        return named
    main = main_person([(pid, count) for pid, _, count, _ in persons], sources)
    return [main] if main else []


def main_person(persons: Sequence[tuple[str, int]], sources: Collection[str] = ()) -> str | None:
    """The person an article is about, from (local id, mention count) of its persons: one
    mentioned at least three times and at least half again as often as anyone else (an
    article about one man calls him "he" in most clauses; a lawyer or an official it quotes
    is named once or twice); or the only person it names, unless it only quotes them (a
    report on "Sh.N." names him once or twice and calls him "he" after: "его задержали в
    феврале"; a report that names only the lawyer it quotes is about his client)."""
    if len(persons) == 1 and persons[0][0] not in sources:
        return persons[0][0]
    ranked = sorted(persons, key=lambda p: -p[1])
    if ranked and ranked[0][1] >= 3 and (len(ranked) == 1 or 2 * ranked[0][1] >= 3 * ranked[1][1]):
        return ranked[0][0]
    return None


def story_names(
    named: Iterable[tuple[str, str, str, str]],
) -> dict[str, set[str]]:
    """For rule 7 (:func:`dossier.group.happenings.rare_name_stories`): each name that can
    mark a story, mapped to the documents that name it, from (canonical id, document id,
    type, name) of entity records. Persons, organisations and places count; a country or a
    region is named by too many stories to mark one, as are outlets, nationalities and a
    state's institutions ("МИД Египта", "the Russian Ministry of Defence", "посольство
    России": round 13, where a small collection had made them rare)."""
    broad: dict[tuple[str, str], bool] = {}  # (type, name) -> too broad to mark a story

    def too_broad(kind: str, name: str) -> bool:
        if kind == "ORG":  # a state's ministry or embassy: named by every story of that state
            return owner_country(name) is not None
        # a country or a region: as broad as the stories told in it
        return kind == "PLACE" and broad_place(name)

    out: dict[str, set[str]] = defaultdict(set)
    for canonical, document, kind, name in named:
        if kind not in _STORY_KINDS:
            continue
        key = (kind, name)
        if key not in broad:
            broad[key] = too_broad(kind, name)
        if not broad[key]:
            out[canonical].add(document)
    return dict(out)


_STORY_KINDS = frozenset({"PERSON", "ORG", "PLACE"})


def map_point(name: str, lat: float | None, lon: float | None) -> tuple[float, float] | None:
    """A place's point for the linker's tests of two places near or far apart, or None for
    a country or a region: it holds the places its happenings are told at ("killed in
    eastern Ukraine", "погиб в Луганской области"; "raids in the Moscow region", "a raid on
    a hostel in Moscow"), and its point says nothing of their distance. A region still
    agrees with itself ("Kharkiv region", "Харьковской области": one entity)."""
    if lat is None or lon is None or broad_place(name):
        return None
    return (float(lat), float(lon))


def broad_place(name: str) -> bool:
    """Whether a place is a country or a region (a gazetteer area): too large for a point
    to tell two places apart (:func:`map_point`), and named by too many stories to mark one
    (:func:`story_names`)."""
    gazetteer = get_gazetteer(get_pack())
    if name.casefold() in gazetteer.country_aliases():
        return True
    place = gazetteer.lookup(name)
    return place is not None and place.kind in _AREAS


# kinds of place too large for a point to tell two places apart (GeoNames' "admin" areas)
_AREAS = frozenset({"country", "region", "admin"})


def numbers_of(event: Event, quantities: Sequence[Quantity]) -> tuple[Number, ...]:
    """The event's numbers: a unit, or "count" for counted things ("at least 93")."""
    found = []
    for i in event.quantities:
        if 0 <= i < len(quantities) and quantities[i].value is not None:
            q = quantities[i]
            found.append(Number(q.unit or "count", float(q.value or 0), q.text))
    return tuple(found)


def report_of(
    event: Event,
    document: DocumentFacts,
    entities: Mapping[str, tuple[str, str]],
    cited: Sequence[tuple[str, str | None]],
    numbers: Sequence[Number] = (),
    implied: Sequence[str] = (),
    where: tuple[float, float] | None = None,
    signs: Mapping[str, str] | None = None,
) -> Report:
    """One event as a report; ``entities`` maps a local id to (canonical id, type),
    ``implied`` lists local ids of persons it is about without a role (see Report), and
    ``signs`` the initials of each person's name (:func:`initials_of`) by local id."""

    def canonical(ids: Sequence[str], kind: str) -> frozenset[str]:
        return frozenset(entities[x][0] for x in ids if x in entities and entities[x][1] == kind)

    people = [*event.actors, *event.targets]
    marked = signs or {}
    signed = {
        (entities[x][0], marked[x])
        for x in (*people, *implied)
        if x in marked and x in entities and entities[x][1] == "PERSON"
    }
    keys, names = source_keys(cited, document.source_key)
    place = entities[event.place][0] if event.place and event.place in entities else None
    return Report(
        key=f"{document.id}/{event.id}",
        document_id=document.id,
        type=event.type,
        modality=event.modality,
        date=event.date,
        reported=event.reported,
        published=document.published,
        persons=canonical(people, "PERSON"),
        organizations=canonical(people, "ORG"),
        implied=canonical(implied, "PERSON"),
        place=place,
        where=where,
        copy_group=document.copy_group,
        numbers=tuple(numbers),
        sources=names or (document.publisher or document.label or f"document {document.id[:8]}",),
        source_keys=keys,
        summary=event.summary or "",
        outcome=event.outcome,
        signs=tuple(sorted(signed)),
    )


_INITIAL = re.compile(r"^[^\W\d_]{1,2}\.$")


def initials_of(name: str) -> str | None:
    """The initials of a person's name, as the two letter classes of its first and last
    words in alphabetical order (either order of given name and surname), with a full stop
    when the name is only initials: "Firuz Rajabov" and "Раджабов Фируз" give "fr", a court's
    "Ф. Р." gives "fr."; None for a single word or other initials."""
    words = re.findall(r"[^\W\d_]+\.?", name.lower().replace("ё", "е"))
    if len(words) < 2:
        return None
    only = all(_INITIAL.match(w) for w in words)
    if only and len(words) != 2:
        return None
    if not only and any(_INITIAL.match(w) for w in words):
        return None  # "Rajabov F.": a surname and an initial is neither
    # the first letter of each word's cross-script key, which spells "Х", "Kh" and Uzbek "X"
    # alike, as "Дж" and "J", "Ю" and "Yu" (the keys names are linked by)
    letters = sorted(token_key(w.rstrip("."))[:1] for w in (words[0], words[-1]))
    return "".join(letters) + ("." if only else "")


def happenings_of(
    extractions: Sequence[Extraction],
    copy_groups: Mapping[str, str] | None = None,
    judgements: Sequence[Judgement] = (),
) -> list[Happening]:
    """Happenings across a set of extractions (entities linked across them first).

    ``copy_groups`` maps a document id to its copy group; without it, copy groups are
    computed with :mod:`dossier.group.copies`.
    """
    records = [
        EntityRecord(f"{x.document.id}/{e.id}", e.type, e.name, tuple(e.aliases))
        for x in extractions
        for e in x.entities
    ]
    canonical = link(records)
    groups = dict(copy_groups) if copy_groups is not None else _copy_groups(extractions)
    reports: list[Report] = []
    for x in extractions:
        doc = x.document
        facts = DocumentFacts(
            doc.id, doc.published, doc.publisher, groups.get(doc.id), document_label(doc.url)
        )
        local = {e.id: (canonical[f"{doc.id}/{e.id}"], e.type) for e in x.entities}
        signs = {e.id: sign for e in x.entities if (sign := initials_of(e.name))}
        citations = {c.id: (c.source, c.source_entity) for c in x.citations}
        people = [(e.id, e.type, len(e.mentions), e.mentions) for e in x.entities]
        sources = {c.source_entity for c in x.citations if c.source_entity}
        geo = {e.id: map_point(e.name, e.geo.lat, e.geo.lon) for e in x.entities if e.geo}
        for event in x.events:
            cited = [citations[c] for c in event.citations if c in citations]
            numbers = numbers_of(event, x.quantities)
            implied = implied_persons(event, people, sources)
            where = geo.get(event.place) if event.place else None
            reports.append(report_of(event, facts, local, cited, numbers, implied, where, signs))
    named = story_names(
        (canonical[f"{x.document.id}/{e.id}"], x.document.id, e.type, e.name)
        for x in extractions
        for e in x.entities
    )
    ids = link_reports(reports, judgements, stories=rare_name_stories(named))
    members: dict[str, list[Report]] = defaultdict(list)
    for report in reports:
        members[ids[report.key]].append(report)
    return [summarize(hid, rs) for hid, rs in members.items()]


def _copy_groups(extractions: Sequence[Extraction]) -> dict[str, str]:
    groups = group_copies([fingerprint(x) for x in extractions])
    return {doc: g.id for g in groups for doc in g.documents}
