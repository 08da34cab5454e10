"""Mentions of one happening in one document become one event, placed on a timeline.

A news article names its main happening several times: in the headline, the lead, the body
and a closing recap ("The ruling follows his detention in January"). The trigger stage finds
one event per clause; this stage folds the clauses that report the same happening into one
event whose ``mentions`` are all their evidence spans. The rules, for two events of one
document:

1. **Same type**, and compatible modality (asserted and generic go together; otherwise the
   same modality: a planned law and a passed law are two things).
2. **Compatible dates**: both undated, or their extents overlap at their precision
   ("in May" and "on May 14" can agree; "in January" and "in May" cannot).
3. **The same participants**: they share an actor or target (a person or organisation;
   groups such as "Uzbeks" are too common to tell happenings apart), and that share is
   telling: a person; or both mentions are dated; or both cite a report of the same day. An
   organisation in common is otherwise not enough ("Wagner recruited migrants", "Wagner
   recruited prisoners"). Participants that exclude each other keep them apart: two
   different people sentenced, two different people acting (a minister's assurance and his
   counterpart's request to him), or two different places raided with no participant in
   common (a country and a place in it that the document also names are not two places:
   "В Кении задержали" over "задержала в Найроби"; nor a region and the seat it is named
   after: "died in Kursk", "killed in the Kursk region"), one verb with two different objects
   ("Putin has signed a decree" and "in 2022, when Putin signed a law": two things signed),
   or two outcomes the pack tells apart ("was killed" and "was wounded in the same attack";
   a sentence "upheld" and one "reduced": a type's ``outcomes`` in events.yaml), or two
   terms with nothing in common ("приговорил к 7 годам", "его подельник получил 5 лет": two
   sentences; an age such as "27-летний" is no term).
4. Without shared participants, two mentions are one happening only when both give the same
   date at month precision or finer, or the same counted number ("at least 93"), or name the
   same place (with dates that agree, by rule 2: a raid "at the warehouse in New Moscow" in
   the headline and "on Tuesday ... at the warehouse in New Moscow" in the lead).
5. The headline and the lead tell the article's main happening. A mention there with no
   participant and no date of its own ("Court throws out verdict against man", "has
   sentenced a man to ten years") joins the first happening of its type and modality that
   the lead tells, unless it names another place. A headline mention with details of its
   own joins the lead's first happening of its type too, unless they are kept apart as in
   rule 6 ("Генпрокуратура предупредила ..." over "Генеральная прокуратура в среду
   предупредила ...": names the resolver did not join). A headline mention of a type the
   lead does not tell ("Recruiter arrested after man he sent to Russia is killed") joins
   the first happening of its type and outcome after the lead, unless they name different
   participants or the type is one an article tells several of (``told_by_many`` in
   events.yaml: statements). A place the gazetteer has no point
   for keeps neither apart ("CID arrests woman at Dhaka airport" over "... at Hazrat
   Shahjalal International Airport on Wednesday night"). Further down, a mention with
   nothing of its own (no participant, place, date or number) is as often another
   happening of the type told in general ("many were recruited while serving prison
   terms") and stays alone.
6. A happening whose first mention refers back to what the text has told ("The two were
   arrested at their homes on Wednesday", "The decree, published on the legal portal, ...":
   its subject or event noun under a definite determiner, see ``find._refers_back``) goes
   on with the happening of its type told just before it, when nothing keeps them apart
   (rules 1-3: modality, dates, two people, two places).

7. A mention whose subject or object is someone or something not yet told ("Another Tajik
   man was buried", "похоронили ещё одного уроженца района": see ``find._tells_another``)
   tells a new happening of its type: it joins no happening told before it, however much
   they share (the same cemetery, the same day). Mentions after it may join it.
8. An act told in the course of another happening ("detained 40 migrants during the raid",
   "в ходе той же облавы ... задержали") stays a happening of its own, but happened when
   that one did: whichever of the two is undated takes the other's date.
9. A happening told again with nothing of its own, no participant, date or count, and no
   place but a country that holds the other's place ("The family of the 26-year-old, who was
   killed in Ukraine"), is the document's one happening of its outcome, when the pack says
   a document tells that outcome of one happening (``told_once`` in events.yaml: a death, a
   wound, a burial, a body's return, an appeal's ruling) and the document tells exactly one
   other: rule 5 reads the headline and the lead so, and a relative clause or a recap in the
   body retells what the article is about. With two happenings of the outcome told, which
   one it retells is not clear; a clause split off a sentence that tells another happening
   of the type stays that sentence's; "died in Russia" is not "was killed near Pokrovsk".
   Arrests were tried too and left out (a held-out set's within-document F1 fell).

The merged event keeps the most informative mention as its ``evidence`` (most participants,
then a date, place, numbers and sources) and takes the union of its mentions' arguments, the
most precise of their dates and the earliest report date.

:func:`place` then gives every event its timeline placement: the happened date when the text
gives one, else the earliest date of a report it is attributed to, else the publication date
of the article, which is itself a report.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass, field

from dossier import timex
from dossier.models import Entity, Event, Placement, Quantity, Span

# Groups ("Uzbeks", "Central Asian migrants") are classes of people that half the
# happenings of a topic share; only people and organisations identify a happening.
_PARTICIPANTS = frozenset({"PERSON", "ORG"})
_AGREEING = frozenset({"asserted", "generic"})
_FINE = frozenset({"day", "week", "month"})
# A term is a number of years or months written with its unit as a word of its own
# ("seven years", "7 годам", "пять месяцев"); "38-year-old", "27-летний" and a bare "38"
# in apposition are ages, which two mentions of one sentence may give or leave out.
_TERM_UNITS = frozenset({"year", "month"})
# units of time: an age or a term, never a count of people ("the 26-year-old, who died")
_TIME_UNITS = frozenset({"year", "month", "week", "day", "hour", "minute"})
_TERM = re.compile(r"\s(?:years?|months?|лет|год\w*|месяц\w*)\b", re.IGNORECASE)
# a region named after its seat ("Kursk Oblast", "Kharkiv Region")
_REGION_OF = re.compile(r"^(?P<seat>.+?)\s+(?:oblast|region|province|krai)$", re.IGNORECASE)


@dataclass(slots=True)
class _Cluster:
    events: list[Event] = field(default_factory=list)
    participants: set[str] = field(default_factory=set)
    persons: set[str] = field(default_factory=set)
    doers: set[str] = field(default_factory=set)  # the persons who act (see _Facts)
    places: set[str] = field(default_factory=set)
    regions: set[str] = field(default_factory=set)
    unmapped: set[str] = field(default_factory=set)  # its places the gazetteer has no point for
    dates: list[str] = field(default_factory=list)
    reported: set[str] = field(default_factory=set)
    numbers: set[float] = field(default_factory=set)
    terms: set[tuple[str, float]] = field(default_factory=set)
    acts: set[tuple[str, str]] = field(default_factory=set)
    counts: bool = False  # it counts something: people, money (see _Facts)

    def add(self, event: Event, facts: _Facts) -> None:
        self.events.append(event)
        self.participants |= facts.participants
        self.persons |= facts.persons
        self.doers |= facts.doers
        self.acts |= facts.acts
        self.places |= facts.places
        self.regions |= facts.regions
        self.unmapped |= facts.unmapped
        self.numbers |= facts.numbers
        self.terms |= facts.terms
        self.counts = self.counts or facts.counts
        if event.date:
            self.dates.append(event.date)
        if event.reported:
            self.reported.add(event.reported)


@dataclass(frozen=True, slots=True)
class _Facts:
    participants: frozenset[str]
    persons: frozenset[str]
    places: frozenset[str]
    numbers: frozenset[float]
    # the persons among the actors: two people who each do something ("Lavrov agreed",
    # "Sabry asked Lavrov") are two happenings, though one is the other's addressee
    doers: frozenset[str] = frozenset()
    # the countries its place lies in ("Nairobi": Kenya), when the document names them
    regions: frozenset[str] = frozenset()
    # its place, when the gazetteer has no point for it ("Hazrat Shahjalal International
    # Airport"): where it lies is not known
    unmapped: frozenset[str] = frozenset()
    # what its trigger says of the act: (verb, object), ("outcome", group) (see cluster_mentions)
    acts: frozenset[tuple[str, str]] = frozenset()
    # the spans of time it names as (unit, value): a term ("seven years", "5 лет"), not an
    # age ("38-year-old", "27-летний", "the man, 38,")
    terms: frozenset[tuple[str, float]] = frozenset()
    # it gives a number that is no time ("at least 12 Indians have been killed"): a tally
    # of many happenings, or a detail of one, is something of its own (rule 9)
    counts: bool = False

    @property
    def empty(self) -> bool:
        return not (self.participants or self.places or self.numbers)


def cluster_mentions(
    paragraphs: Sequence[Span],
    events: Sequence[Event],
    entities: Sequence[Entity],
    quantities: Sequence[Quantity],
    referring: Collection[str] = (),
    within: Mapping[str, str] | None = None,
    others: Collection[str] = (),
    during: Collection[tuple[str, str]] = (),
    acts: Mapping[str, frozenset[tuple[str, str]]] | None = None,
    told_by_many: Collection[str] = (),
    titled: bool = True,
    told_once: Collection[tuple[str, str]] = (),
    countries: Collection[str] = (),
) -> list[Event]:
    """One event per happening, in order of first mention, with ids ``v1``, ``v2`` ...

    ``paragraphs`` are the document's (:attr:`~dossier.models.Analysis.paragraphs`): the first
    is the headline, the first two the headline and the lead. ``referring`` holds the ids of
    the events whose clause refers back (rule 6). ``within`` maps a place's entity id to the
    id of the country it lies in, when the document names that country: "В Кении задержали"
    over "задержала в Найроби" names no other place. ``others`` holds the ids of the events
    whose clause tells another happening of its type (rule 7). ``during`` pairs an event
    with the happening in whose course it happened (rule 8). ``acts`` maps an event id to
    what its trigger says of the act, as (aspect, value) pairs: a verb and its object
    ("sign", "decree"), the outcome its type's pack names ("outcome", "1"); two mentions
    that differ on one aspect are two happenings (rule 3). ``told_by_many`` names the types an
    article tells several of by different people (rule 5). ``titled`` says the first
    paragraph is a headline, not a text's first sentence (rule 5's second happening)."""
    lead_end = _lead_end(paragraphs)
    types = {e.id: e.type for e in entities}
    unmapped = {e.id for e in entities if e.type == "PLACE" and e.geo is None}
    seats = _seats(entities)
    acts = acts or {}
    facts = {
        id(v): _facts(
            v, types, quantities, within or {}, acts.get(v.id, frozenset()), unmapped, seats
        )
        for v in events
    }
    clusters: list[_Cluster] = []
    lead: list[Event] = []  # weak mentions in the headline and the lead, placed second
    for event in events:
        own = facts[id(event)]
        weak = not own.participants and not event.date
        another = event.id in others
        if weak and event.evidence[0] < lead_end and not another:
            lead.append(event)
            continue
        best = None if (weak and own.empty) or another else _best(clusters, event, own)
        if best is None:
            best = _Cluster()
            clusters.append(best)
        best.add(event, own)
    for event in lead:
        own = facts[id(event)]
        target = next((c for c in clusters if _tells_in_lead(c, event, own, lead_end)), None)
        if target is None:
            target = _Cluster()
            clusters.append(target)
        target.add(event, own)
    clusters = _join_headline(
        clusters, headline_end(paragraphs), lead_end, facts, told_by_many, others, titled
    )
    clusters = _join_referring(clusters, set(referring) - set(others), facts)
    clusters = _join_retold(clusters, facts, set(told_once), set(countries), set(others))
    first_ids = [[v.id for v in c.events] for c in clusters]
    merged = [_merge(c.events, facts) for c in clusters]
    _date_during(merged, first_ids, during)
    merged.sort(key=lambda v: v.mentions[0])
    for n, event in enumerate(merged):
        event.id = f"v{n + 1}"
    return merged


def _date_during(
    merged: list[Event], ids: list[list[str]], during: Collection[tuple[str, str]]
) -> None:
    """Rule 8: an act told "during" a happening ("detained 40 migrants during the raid",
    "в ходе той же облавы задержали") happened when that happening did; an undated one of
    the two takes the other's date."""
    owner = {i: event for event, group in zip(merged, ids, strict=True) for i in group}
    for act_id, course_id in during:
        act, course = owner.get(act_id), owner.get(course_id)
        if act is None or course is None or act is course:
            continue
        if act.modality != "asserted" or course.modality != "asserted":
            continue
        if act.date is None and course.date is not None:
            act.date = course.date
        elif course.date is None and act.date is not None:
            course.date = act.date


def _tells_in_lead(cluster: _Cluster, event: Event, own: _Facts, lead_end: int) -> bool:
    """True for a happening of the event's type and modality that the lead tells, at no other
    place than the event's: the lead's weak mentions name the article's main happening."""
    # A headline tells a past happening in the present ("Court jails man"), which reads as
    # generic; here it agrees with the lead's asserted telling.
    if not _agree(cluster.events[0], event) or cluster.events[0].evidence[0] >= lead_end:
        return False
    if any(v.evidence == event.evidence for v in cluster.events):
        # two clauses of one sentence that the trigger stage kept apart ("buried a man who
        # was recruited ... and killed in Ukraine") are two happenings
        return False
    # nor is another outcome of the type ("killed", "wounded": rule 3); a headline's verb and
    # object may name the lead's act in other words ("доставили в военкомат" over "провели
    # рейд")
    if _other_outcome(cluster, own):
        return False
    return not _places_apart(cluster, own, headline=True)


def _join_headline(
    clusters: list[_Cluster],
    headline_end: int,
    lead_end: int,
    facts: Mapping[int, _Facts],
    told_by_many: Collection[str] = (),
    others: Collection[str] = (),
    titled: bool = True,
) -> list[_Cluster]:
    """Rule 5: the headline's happening of a type is the lead's first one of that type, or,
    when that one tells another outcome of the type, the first of the headline's outcome
    after the lead. A headline often tells a second happening the lead leaves to the body
    ("Recruiter arrested: one of his recruits killed near Sudzha"): when the lead tells none
    of its type, it is the first one of its type and outcome after the lead, unless the two
    name different participants or the type is one an article tells several of
    (``told_by_many``: a family's plea in the headline, an MP's letter in the body). A
    happening told as another (rule 7: "Several other citizens have been charged") is none
    the headline names, and a text whose first paragraph is a sentence (not ``titled``)
    has no headline to tell a second happening."""
    kept = list(clusters)
    for cluster in clusters:
        told = [v for v in cluster.events if v.evidence[0] < headline_end]
        if not told or cluster not in kept:
            continue
        in_lead = [
            (v.evidence[0], n)
            for n, other in enumerate(kept)
            for v in other.events
            if v.type == told[0].type and headline_end <= v.evidence[0] < lead_end
        ]
        target: _Cluster | None
        if in_lead:
            target = kept[min(in_lead)[1]]
            if target is not cluster and _other_outcome(target, cluster):
                # the lead tells a later act of the type first ("a court remanded five
                # suspects" under "General arrested"): the headline's act is the first of its
                # outcome told after the lead, if nothing keeps them apart
                target = _first_of_outcome(kept, cluster, lead_end)
        elif not titled or told[0].type in told_by_many:
            continue
        else:
            target = _only_of_outcome(kept, cluster, lead_end, others)
            if target is not None and _other_participants(target, cluster):
                continue
        if target is None or target is cluster or _apart(target, cluster, headline=True):
            continue
        for event in cluster.events:
            target.add(event, facts[id(event)])
        kept.remove(cluster)
    return kept


def _first_of_outcome(kept: list[_Cluster], cluster: _Cluster, lead_end: int) -> _Cluster | None:
    """The first happening after the lead of the cluster's type and outcome."""
    later = _later_of_outcome(kept, cluster, lead_end, any_outcome=False)
    return kept[min(later)[1]] if later else None


def _only_of_outcome(
    kept: list[_Cluster], cluster: _Cluster, lead_end: int, others: Collection[str]
) -> _Cluster | None:
    """The one happening after the lead of the cluster's type that may tell its outcome (one
    that tells no outcome goes with any), and that is not told as another; none when the
    body tells several: which one a headline means is then not clear ("Court frees man"
    over two later releases)."""
    later = _later_of_outcome(kept, cluster, lead_end, any_outcome=True)
    if len(later) != 1:
        return None
    target = kept[later[0][1]]
    first = min(target.events, key=lambda v: v.evidence[0])
    return None if first.id in others else target


def _later_of_outcome(
    kept: list[_Cluster], cluster: _Cluster, lead_end: int, any_outcome: bool
) -> list[tuple[int, int]]:
    """(first offset, index) of the happenings after the lead of the cluster's type and
    outcome; with ``any_outcome``, where either tells no outcome, of its type alone."""
    outcome = _outcomes(cluster)
    return [
        (_first(other), n)
        for n, other in enumerate(kept)
        if other is not cluster
        and other.events[0].type == cluster.events[0].type
        and _first(other) >= lead_end
        and (outcome & _outcomes(other) or (any_outcome and not (outcome and _outcomes(other))))
    ]


def _other_participants(a: _Cluster, b: _Cluster) -> bool:
    """True when both clusters name participants and none in common."""
    return bool(a.participants and b.participants and not a.participants & b.participants)


def _join_referring(
    clusters: list[_Cluster], referring: set[str], facts: Mapping[int, _Facts]
) -> list[_Cluster]:
    """Rule 6: a cluster whose first mention refers back joins the cluster of the nearest
    earlier mention of its type, unless they are kept apart."""
    kept = list(clusters)
    for cluster in sorted(clusters, key=_first):
        first = min(cluster.events, key=lambda v: v.evidence[0])
        if first.id not in referring:
            continue
        earlier = [
            (v.evidence[0], n)
            for n, other in enumerate(kept)
            if other is not cluster
            for v in other.events
            if v.type == first.type and v.evidence[0] < first.evidence[0]
        ]
        if not earlier:
            continue
        target = kept[max(earlier)[1]]
        if _apart(target, cluster):
            continue
        for event in cluster.events:
            target.add(event, facts[id(event)])
        kept.remove(cluster)
    return kept


def _join_retold(
    clusters: list[_Cluster],
    facts: Mapping[int, _Facts],
    told_once: set[tuple[str, str]],
    countries: set[str],
    others: set[str],
) -> list[_Cluster]:
    """Rule 9: a happening told again with nothing of its own (no participant, date or count,
    no place but a country that holds the other's: "the family of a man who was killed in
    Ukraine", "Тело удалось вернуть лишь спустя ...") is the document's one happening of
    its outcome, when the pack says a document tells that outcome of one happening
    (``told_once``: a death, a body's return) and the document tells one other of it; with
    two or more, which one it retells is not clear."""
    kept = list(clusters)
    for cluster in sorted(clusters, key=_first):
        if cluster not in kept or not _retold(cluster, told_once, countries, others):
            continue
        outcome = _outcomes(cluster)
        rivals = [
            other
            for other in kept
            if other is not cluster
            and other.events[0].type == cluster.events[0].type
            and other.events[0].modality == "asserted"
            and _outcomes(other) == outcome
        ]
        if len(rivals) != 1 or _apart(rivals[0], cluster, places=False):
            continue
        if cluster.places and rivals[0].places and not cluster.places <= rivals[0].regions:
            continue  # a country that does not hold the other's place: "died in Russia"
        if _shares_a_sentence(cluster, kept):
            # "was cremated, a day after the body of the man, who died fighting for Russia,
            # reached ...": a clause the trigger stage split off a sentence that tells another
            # happening of the type stays that sentence's (as in rule 5)
            continue
        for event in cluster.events:
            rivals[0].add(event, facts[id(event)])
        kept.remove(cluster)
    return kept


def _shares_a_sentence(cluster: _Cluster, kept: list[_Cluster]) -> bool:
    """True when a mention of the cluster shares its sentence with a mention of another
    happening of its type."""
    spans = {v.evidence for v in cluster.events}
    kind = cluster.events[0].type
    return any(
        v.evidence in spans and v.type == kind
        for other in kept
        if other is not cluster
        for v in other.events
    )


def _retold(
    cluster: _Cluster, told_once: set[tuple[str, str]], countries: set[str], others: set[str]
) -> bool:
    """Whether a cluster is rule 9's retelling: asserted, of one outcome the pack tells once,
    with no participant, date or count and no place but a country, not told as another."""
    kind = cluster.events[0].type
    outcome = _outcomes(cluster)
    return (
        len(outcome) == 1
        and (kind, next(iter(outcome))) in told_once
        and all(v.modality == "asserted" and v.id not in others for v in cluster.events)
        and not (cluster.participants or cluster.dates or cluster.counts)
        and cluster.places <= countries
    )


def _first(cluster: _Cluster) -> int:
    return min(v.evidence[0] for v in cluster.events)


def _apart(a: _Cluster, b: _Cluster, headline: bool = False, places: bool = True) -> bool:
    """True when two clusters cannot be one happening: modality, dates, people or places
    (with ``places`` only: a country named for a happening holds the place of another)."""
    if not _agree(a.events[0], b.events[0]):
        return True
    if not all(timex.compatible(x, y) for x in a.dates for y in b.dates):
        return True
    if a.persons and b.persons and not a.persons & b.persons:
        return True
    if a.doers and b.doers and not a.doers & b.doers:
        return True
    if _other_things(a, b):
        return True
    return places and _places_apart(a, b, headline)


def _places_apart(a: _Cluster | _Facts, b: _Cluster | _Facts, headline: bool = False) -> bool:
    """True for two different places. For the headline and the lead (``headline``), a
    country and a place in it are one ("В Кении задержали" over "задержала в Найроби"):
    a headline names the country where the lead names the city. Elsewhere they are two:
    "sent to Russia" and "raided a dormitory in Kursk" are two acts."""
    if not a.places or not b.places or a.places & b.places:
        return False
    if headline and (a.places <= a.unmapped or b.places <= b.unmapped):
        # a place the gazetteer cannot put on the map may lie in the other: "CID arrests
        # woman at Dhaka airport" over "... at Hazrat Shahjalal International Airport"
        return False
    return not (headline and (a.places & b.regions or a.regions & b.places))


def headline_end(paragraphs: Sequence[Span]) -> int:
    """Where the headline ends: with the first paragraph, when another follows."""
    return paragraphs[0][1] if len(paragraphs) > 1 else 0


def _lead_end(paragraphs: Sequence[Span]) -> int:
    """Where the headline and the lead end: with the second paragraph, when a third follows;
    a text of two paragraphs or fewer is all lead."""
    if len(paragraphs) > 2:
        return paragraphs[1][1]
    return paragraphs[-1][1] if paragraphs else 0


def _seats(entities: Sequence[Entity]) -> dict[str, frozenset[str]]:
    """A region named after its seat and the seat the document also names ("Kursk Oblast" and
    "Kursk"), each mapped to the two: a death "in Kursk" in the headline and "in the Kursk
    region" in the lead are told at one place, not two (rule 3)."""
    places = {e.name.casefold(): e.id for e in entities if e.type == "PLACE"}
    out: dict[str, frozenset[str]] = {}
    for e in entities:
        found = _REGION_OF.match(e.name) if e.type == "PLACE" else None
        seat = places.get(found["seat"].casefold()) if found else None
        if seat is not None and seat != e.id:
            out[seat] = out.get(seat, frozenset({seat})) | {e.id}
            out[e.id] = frozenset({seat, e.id})
    return out


def _facts(
    event: Event,
    types: Mapping[str, str],
    quantities: Sequence[Quantity],
    within: Mapping[str, str],
    acts: frozenset[tuple[str, str]] = frozenset(),
    unmapped: Collection[str] = (),
    seats: Mapping[str, frozenset[str]] | None = None,
) -> _Facts:
    people = [x for x in (*event.actors, *event.targets) if types.get(x) in _PARTICIPANTS]
    numbers = {
        quantities[i].value
        for i in event.quantities
        if i < len(quantities) and quantities[i].value is not None
    }
    terms = frozenset(
        (q.unit, q.value)
        for q in (quantities[i] for i in event.quantities if i < len(quantities))
        if q.unit in _TERM_UNITS and q.value is not None and _TERM.search(q.text)
    )
    place = event.place
    return _Facts(
        participants=frozenset(people),
        persons=frozenset(x for x in people if types.get(x) == "PERSON"),
        places=(seats or {}).get(place, frozenset([place])) if place else frozenset(),
        regions=frozenset([within[place]] if place is not None and place in within else []),
        unmapped=frozenset([place] if place is not None and place in unmapped else []),
        numbers=frozenset(v for v in numbers if v is not None),
        doers=frozenset(x for x in event.actors if types.get(x) == "PERSON"),
        acts=acts,
        terms=terms,
        counts=any(
            quantities[i].unit not in _TIME_UNITS
            for i in event.quantities
            if i < len(quantities) and quantities[i].value is not None
        ),
    )


def _other_things(a: _Cluster | _Facts, b: _Cluster | _Facts) -> bool:
    """True when the two sides differ on one aspect of the act: one verb with two objects
    ("signed a decree", "signed a law": two things signed, whoever signed them), two
    outcomes ("was killed", "was wounded in the same attack"), or two terms with nothing
    in common ("приговорил к 7 годам", "его подельник получил 5 лет": two sentences)
    (rule 3)."""
    values: dict[str, set[str]] = {}
    for aspect, value in a.acts:
        values.setdefault(aspect, set()).add(value)
    if any(aspect in values and value not in values[aspect] for aspect, value in b.acts):
        return True
    units = {unit for unit, _ in a.terms} & {unit for unit, _ in b.terms}
    return any(
        not {v for u, v in a.terms if u == unit} & {v for u, v in b.terms if u == unit}
        for unit in units
    )


def _other_outcome(a: _Cluster | _Facts, b: _Cluster | _Facts) -> bool:
    """True when the two sides tell two outcomes the pack tells apart (rule 3)."""
    mine, theirs = _outcomes(a), _outcomes(b)
    return bool(mine and theirs and not mine & theirs)


def _outcomes(side: _Cluster | _Facts) -> set[str]:
    """The pack's outcome groups a side's triggers fall in."""
    return {value for aspect, value in side.acts if aspect == "outcome"}


def _agree(a: Event, b: Event) -> bool:
    if a.type != b.type:
        return False
    return a.modality == b.modality or {a.modality, b.modality} <= _AGREEING


def _best(clusters: list[_Cluster], event: Event, own: _Facts) -> _Cluster | None:
    """The cluster this event joins: the one sharing most participants, nearest on ties."""
    best: tuple[int, int] | None = None
    chosen = None
    for n, cluster in enumerate(clusters):
        score = _fits(cluster, event, own)
        if score is not None and (best is None or (score, n) > best):
            best, chosen = (score, n), cluster
    return chosen


def _fits(cluster: _Cluster, event: Event, own: _Facts) -> int | None:
    """How strongly ``event`` belongs with ``cluster`` (shared participants), or None."""
    if not _agree(cluster.events[0], event):
        return None
    if not all(timex.compatible(d, event.date) for d in cluster.dates):
        return None
    shared = cluster.participants & own.participants
    if cluster.persons and own.persons and not cluster.persons & own.persons:
        return None  # two different people
    if cluster.doers and own.doers and not cluster.doers & own.doers:
        return None  # two different people acting
    if _other_things(cluster, own):
        return None  # two things acted on ("signed a decree", "signed a law")
    if shared and _same_participants(cluster, event, own, shared):
        return len(shared)
    if _places_apart(cluster, own):
        return None  # two places, no participant in common
    same_day = event.date is not None and any(
        d == event.date and timex.precision(d) in _FINE for d in cluster.dates
    )
    same_number = bool(cluster.numbers & own.numbers)
    same_place = bool(cluster.places & own.places)  # one place named, dates agreeing
    return 0 if same_day or same_number or same_place else None


def _same_participants(
    cluster: _Cluster, event: Event, own: _Facts, shared: set[str] | frozenset[str]
) -> bool:
    """Shared participants make one happening when one of them is a person, or when both
    sides are dated or cite a report of the same day. An organisation alone is not enough:
    "Wagner recruited migrants" and "Wagner recruited prisoners" are two campaigns, and "the
    ministry signed up migrants" and "the ministry opened a recruitment desk" two acts."""
    if shared & (cluster.persons | own.persons):
        return True
    if event.date and cluster.dates:
        return True
    return event.reported is not None and event.reported in cluster.reported


def _merge(events: list[Event], facts: dict[int, _Facts]) -> Event:
    if len(events) == 1:
        only = events[0]
        only.mentions = [only.evidence]
        return only
    lead = max(events, key=lambda v: (_informative(v, facts[id(v)]), -v.evidence[0]))
    dates = [v.date for v in events if v.date]
    reports = sorted(v.reported for v in events if v.reported)
    actors = _union(v.actors for v in [lead, *events])
    return Event(
        id="",
        type=lead.type,
        evidence=lead.evidence,
        trigger=lead.trigger,
        date=_finest(lead.date, dates),
        reported=reports[0] if reports else None,
        actors=actors,
        targets=[t for t in _union(v.targets for v in [lead, *events]) if t not in actors],
        place=lead.place or next((v.place for v in events if v.place), None),
        quantities=sorted({q for v in events for q in v.quantities}),
        citations=_union(v.citations for v in [lead, *events]),
        modality=lead.modality,
        confidence=max(v.confidence for v in events),
        summary=lead.summary,
        mentions=sorted({v.evidence for v in events}),
        outcome=lead.outcome or next((v.outcome for v in events if v.outcome), None),
        extractor=lead.extractor,
    )


def _informative(event: Event, facts: _Facts) -> int:
    return (
        3 * len(facts.participants)
        + 2 * bool(event.date)
        + bool(event.place)
        + len(event.quantities)
        + bool(event.citations)
    )


def _finest(lead: str | None, dates: list[str]) -> str | None:
    best = lead
    for value in dates:
        if best is None or timex.finer(value, best):
            best = value
    return best


def _union(lists: Iterable[Iterable[str]]) -> list[str]:
    out: dict[str, None] = {}
    for items in lists:
        out.update(dict.fromkeys(items))
    return list(out)


def place(event: Event, published: str | None) -> Placement | None:
    """The event's timeline placement: happened, else reported, else published."""
    if event.date and timex.extent(event.date):
        return Placement(event.date, "happened", timex.precision(event.date))
    if event.reported and timex.extent(event.reported):
        return Placement(event.reported, "reported", timex.precision(event.reported))
    if published and timex.extent(published):
        return Placement(published, "published", timex.precision(published))
    return None


def mention_spans(event: Event) -> list[Span]:
    """Every evidence span of an event (version 1 records have only their evidence)."""
    return list(event.mentions) or [event.evidence]
