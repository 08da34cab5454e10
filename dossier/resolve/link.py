"""Link entity records from many documents into canonical entities.

:func:`link` is pure: records and the analyst's judgements in, a mapping from each
record's key to its canonical entity id out. The store keeps both and calls it again
on every ingest, so a judgement is never lost to a re-run.

1. Judgements first. For each pair only the latest judgement counts. A split is a
   hard constraint: no score and no chain of merges joins the two records. A merge
   joins them unless that would break a split.
2. Records with identical names join without scoring; one of them stands for
   the others below. Candidate pairs come from blocking
   (:func:`dossier.resolve.names.blocking_keys`, by type): only records sharing a
   key are scored, never all pairs. A key shared by more than :data:`MAX_BLOCK`
   records (a very common given name and initial) is too unspecific to be worth
   its quadratic cost and is skipped; its records still meet through other keys.
3. A pair links when the best :func:`match_score` over their names and aliases
   (those with as many words as the name: an alias that is a bare surname would
   link every namesake) reaches :data:`dossier.resolve.names.THRESHOLD`. Links are
   transitive (union-find).
   Institutions of two countries are never one entity, not even through a name that names
   none: "the Ministry of Foreign Affairs" of one article scores as high against "МИД
   Непала" as against "МИД Индии", and links would chain the two
   (:func:`dossier.resolve.names.owner_country`: the first country a name names, by name in
   any case form or by demonym). An analyst's merge still joins them.
4. A cluster's canonical id is the smallest record key in it, so ids stay put as
   long as that record does.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Container, Iterable, Sequence
from dataclasses import dataclass, field
from typing import Literal

from dossier.models import EntityType
from dossier.resolve.names import THRESHOLD, analyze, blocking_keys, match_score, owner_country

MAX_BLOCK = 1000
MAX_NAMES = 8  # a record's name and its first aliases; more rarely adds a match


@dataclass(frozen=True, slots=True)
class EntityRecord:
    key: str  # unique across the collection, e.g. "<document id>/e4"
    type: EntityType
    name: str
    aliases: tuple[str, ...] = field(default_factory=tuple)


@dataclass(frozen=True, slots=True)
class Judgement:
    kind: Literal["merge", "split"]
    a: str  # record keys
    b: str


def merge(a: str, b: str) -> Judgement:
    return Judgement("merge", a, b)


def split(a: str, b: str) -> Judgement:
    return Judgement("split", a, b)


class Clusters:
    """Union-find over record indices, with cannot-link constraints between roots."""

    def __init__(self, size: int, owners: Sequence[str | None] = ()) -> None:
        self.parent = list(range(size))
        self.forbidden: dict[int, set[int]] = defaultdict(set)
        # each root's country, for institutions (see :func:`link`, rule 3)
        self.owner: dict[int, str] = {i: o for i, o in enumerate(owners) if o}

    def find(self, i: int) -> int:
        while self.parent[i] != i:
            self.parent[i] = self.parent[self.parent[i]]
            i = self.parent[i]
        return i

    def allowed(self, ra: int, rb: int) -> bool:
        return not any(self.find(x) == rb for x in self.forbidden.get(ra, ()))

    def union(self, a: int, b: int, judged: bool = False) -> bool:
        """Join the clusters of ``a`` and ``b``, unless a split forbids it or (unless the
        analyst ``judged`` so) they are institutions of two countries."""
        ra, rb = self.find(a), self.find(b)
        if ra == rb or not self.allowed(ra, rb):
            return False
        owners = {o for o in (self.owner.get(ra), self.owner.get(rb)) if o}
        if len(owners) > 1 and not judged:
            return False
        if len(self.forbidden.get(ra, ())) < len(self.forbidden.get(rb, ())):
            ra, rb = rb, ra
        self.parent[rb] = ra
        if rb in self.forbidden:
            self.forbidden[ra] |= self.forbidden.pop(rb)
        if rb in self.owner:
            self.owner.setdefault(ra, self.owner.pop(rb))
        return True

    def forbid(self, a: int, b: int) -> None:
        self.forbidden[self.find(a)].add(b)
        self.forbidden[self.find(b)].add(a)


def link(records: Sequence[EntityRecord], judgements: Iterable[Judgement] = ()) -> dict[str, str]:
    """Each record key mapped to its canonical entity id (see the module docstring)."""
    index = {record.key: i for i, record in enumerate(records)}
    owners = [owner_country(r.name) if r.type == "ORG" else None for r in records]
    clusters = Clusters(len(records), owners)
    apply_judgements(clusters, index, judgements)
    names = [_names(record) for record in records]
    # records that carry the same names are one entity without scoring (the same
    # person in a hundred articles): only one of them enters the blocks
    first: dict[tuple[str, tuple[str, ...]], int] = {}
    for i, record in enumerate(records):
        same = first.setdefault((record.type, names[i]), i)
        if same != i:
            clusters.union(same, i)
    unique = sorted(first.values())
    for members in _blocks([records[i] for i in unique], [names[i] for i in unique], unique):
        for x, i in enumerate(members):
            for j in members[x + 1 :]:
                if (
                    clusters.find(i) != clusters.find(j)
                    and _score(names[i], names[j], records[i].type) >= THRESHOLD
                ):
                    clusters.union(i, j)
    smallest: dict[int, str] = {}
    for record in records:
        root = clusters.find(index[record.key])
        if root not in smallest or record.key < smallest[root]:
            smallest[root] = record.key
    return {record.key: smallest[clusters.find(index[record.key])] for record in records}


def latest_judgements(judgements: Iterable[Judgement], known: Container[str]) -> list[Judgement]:
    """For each pair of known keys, the analyst's latest judgement: splits first, then
    merges, the order in which they are applied."""
    latest: dict[frozenset[str], Judgement] = {}
    for judgement in judgements:
        if judgement.a in known and judgement.b in known and judgement.a != judgement.b:
            latest[frozenset((judgement.a, judgement.b))] = judgement
    return sorted(latest.values(), key=lambda j: j.kind != "split")


def apply_judgements(
    clusters: Clusters, index: dict[str, int], judgements: Iterable[Judgement]
) -> None:
    for judgement in latest_judgements(judgements, index):
        if judgement.kind == "split":
            clusters.forbid(index[judgement.a], index[judgement.b])
        else:
            clusters.union(index[judgement.a], index[judgement.b], judged=True)


def record_keys(record: EntityRecord) -> set[str]:
    """The blocks a record enters (type and key): two records that :func:`link` may score
    share one. The store keeps them, so that linking new records finds their candidates."""
    return {
        f"{record.type}|{key}"
        for name in _names(record)
        for key in blocking_keys(name, record.type)
    }


def _names(record: EntityRecord) -> tuple[str, ...]:
    """The name and those aliases as specific as it: a bare surname alias links nothing."""
    kind = "PERSON" if record.type == "PERSON" else "ORG"
    size = len(analyze(record.name, kind).words)
    aliases = [a for a in record.aliases if len(analyze(a, kind).words) >= size]
    return tuple(dict.fromkeys((record.name, *aliases)))[:MAX_NAMES]


def _blocks(
    records: Sequence[EntityRecord], names: list[tuple[str, ...]], index: list[int]
) -> list[list[int]]:
    """Lists of record indices (``index[i]`` for the i-th record given) sharing a key."""
    blocks: dict[tuple[str, str], list[int]] = defaultdict(list)
    for i, record in enumerate(records):
        keys = set().union(*(blocking_keys(name, record.type) for name in names[i]))
        for key in keys:
            blocks[(record.type, key)].append(index[i])
    return [members for members in blocks.values() if 1 < len(members) <= MAX_BLOCK]


def _score(a: tuple[str, ...], b: tuple[str, ...], type: EntityType) -> float:
    best = 0.0
    for name_a in a:
        for name_b in b:
            best = max(best, match_score(name_a, name_b, type))
            if best >= THRESHOLD:
                return best
    return best
