"""Reports of one happening in many documents become one happening, with its sources.

Each document's events are already one per happening *within* that document
(:mod:`dossier.events.cluster`). Here the events of all documents — the *reports* — are
linked into happenings. :func:`link_reports` is pure: reports and the analyst's judgements
in, each report's happening id out. Two reports are one happening when:

1. **Same type**, and compatible modality (asserted goes with generic; otherwise equal).
2. **Compatible dates**: their happened dates overlap at their precision ("2023-05" and
   "2023-05-14"), and neither happened after the other was reported or published.
3. **Shared participants or place**, telling enough to name one occurrence:
   - a person in common (canonical entity ids, so "Kubanychbek-uulu" in English and
     "Кубанычбек уулу" in Russian are one);
   - a person in common where one side only implies them (named in its words without a role,
     or the one person its article is about, when the clause says "he"), if a side is dated;
   - an organisation in common, when both reports give a happened date, or both cite
     reports of the same day;
   - a place in common, when both give a happened date of month precision or finer and no
     participants that exclude each other;
   - the same document's copy: reports of one type from a copy group (syndicated, rewritten,
     translated) with compatible dates and no conflicting participants;
   - the same telling number ("ten years", "17 people"; not 0 or 1), when both are dated or
     they share a person, named or implied, or two such numbers ("four years and two months");
   - the same day, unless both places are on the map and more than :data:`NEAR_KM` apart.
4. **Never two reports of one document**: the events stage already decided they differ.
   Two different persons on both sides also keep reports apart.

Candidate pairs come from blocks keyed by (type, participant), (type, place) and
(type, copy group), never from all pairs; within a block, pairs are tried strongest first,
so a weak link cannot pre-empt a strong one under the one-document constraint. The
analyst's merges and splits (by report key) are applied first and win.

A happening's id is its smallest report key, so ids stay put while that report does. Its
summary (:func:`summarize`) gives the placement (the finest happened date; else the
earliest report date, from a citation or else from publication), the reports, the number of
independent sources (copies of one report, and several reports by one outlet, count once)
and the conflicts: numbers, dates or places that the reports give differently.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date
from itertools import combinations
from math import asin, cos, radians, sin, sqrt

from dossier import timex
from dossier.models import Placement
from dossier.resolve.link import Clusters, Judgement, apply_judgements

_AGREEING = frozenset({"asserted", "generic"})
_FINE = frozenset({"day", "week", "month"})
# A block holding more reports than this (one country named in every report of a type)
# costs its square and tells little; its reports still meet through other keys.
MAX_BLOCK = 400
# Two places this close are one scene told at two scales ("New Moscow" and "Moscow"); a
# country's capital and a provincial city are several hundred kilometres apart.
NEAR_KM = 100


@dataclass(frozen=True, slots=True)
class Number:
    unit: str  # the unit, or the counted noun's head, or "count"
    value: float
    text: str  # as the report gave it ("at least 93")


@dataclass(frozen=True, slots=True)
class Report:
    """One document's event, as the linker sees it (ids are canonical entity ids)."""

    key: str  # "<document id>/<event id>"
    document_id: str
    type: str
    modality: str = "asserted"
    date: str | None = None
    reported: str | None = None
    published: str | None = None
    persons: frozenset[str] = frozenset()
    organizations: frozenset[str] = frozenset()
    # People the report is about without the parse giving them a role: named in its words
    # ("a court sentenced Kubanychbek-uulu's co-defendant" aside), or the one person the whole
    # article is about when the clause says "he" ("He was detained by the GKNB").
    implied: frozenset[str] = frozenset()
    place: str | None = None
    where: tuple[float, float] | None = None  # the place's coordinates, when known
    copy_group: str | None = None
    numbers: tuple[Number, ...] = ()
    sources: tuple[str, ...] = ()  # display names of the sources it is attributed to
    source_keys: tuple[str, ...] = ()  # one key per independent source (see source_keys)
    summary: str = ""

    @property
    def participants(self) -> frozenset[str]:
        return self.persons | self.organizations

    @property
    def people(self) -> frozenset[str]:
        """The persons it names as participants, else those it implies."""
        return self.persons or self.implied

    @property
    def latest(self) -> str | None:
        """By when it must have happened: the report's own date, else publication."""
        return self.reported or self.published


@dataclass(frozen=True, slots=True)
class Conflict:
    field: str  # "date", "place" or a number's unit
    values: tuple[tuple[str, tuple[str, ...]], ...]  # (value, the sources that give it)


@dataclass(frozen=True, slots=True)
class Happening:
    id: str
    type: str
    reports: tuple[str, ...]  # report keys, in order of report date
    placement: Placement | None
    first_reported: str | None
    sources: tuple[str, ...]  # one display name per independent source
    conflicts: tuple[Conflict, ...] = field(default_factory=tuple)
    summary: str = ""
    modality: str = "asserted"
    lead: str = ""  # the report key the summary comes from


def source_keys(
    cited: Sequence[tuple[str, str | None]], document_key: str
) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """(keys, names) of a report's independent sources.

    ``cited`` holds (name, entity id) of each source the report is attributed to; without
    one, the document itself is the source, under ``document_key``: its copy group when it
    has copies, else its publisher, else itself. Copies of one report and several reports
    of one outlet thus count once.
    """
    if not cited:
        return (document_key,), ()
    keys = tuple(dict.fromkeys(entity or f"name:{name.casefold()}" for name, entity in cited))
    return keys, tuple(dict.fromkeys(name for name, _ in cited))


def link_reports(reports: Sequence[Report], judgements: Iterable[Judgement] = ()) -> dict[str, str]:
    """Each report key mapped to its happening id (see the module docstring)."""
    index = {r.key: i for i, r in enumerate(reports)}
    clusters = Clusters(len(reports))
    by_document: dict[str, list[int]] = defaultdict(list)
    for i, report in enumerate(reports):
        by_document[report.document_id].append(i)
    for members in by_document.values():
        for i, j in combinations(members, 2):
            clusters.forbid(i, j)
    apply_judgements(clusters, index, judgements)
    scored = sorted(
        (
            (-score, i, j)
            for i, j in _candidate_pairs(reports)
            if (score := link_score(reports[i], reports[j])) > 0
        ),
    )
    for _, i, j in scored:
        clusters.union(i, j)
    smallest: dict[int, str] = {}
    for report in reports:
        root = clusters.find(index[report.key])
        if root not in smallest or report.key < smallest[root]:
            smallest[root] = report.key
    return {r.key: smallest[clusters.find(index[r.key])] for r in reports}


def _candidate_pairs(reports: Sequence[Report]) -> set[tuple[int, int]]:
    blocks: dict[tuple[str, str], list[int]] = defaultdict(list)
    for i, report in enumerate(reports):
        for key in _block_keys(report):
            blocks[(report.type, key)].append(i)
    pairs: set[tuple[int, int]] = set()
    for members in blocks.values():
        if 1 < len(members) <= MAX_BLOCK:
            pairs.update(combinations(members, 2))
    return pairs


def _block_keys(report: Report) -> list[str]:
    keys = [f"p:{x}" for x in report.participants | report.people]
    if report.place:
        keys.append(f"l:{report.place}")
    if report.copy_group:
        keys.append(f"c:{report.copy_group}")
    keys += [f"n:{unit}:{value:g}" for unit, value in _telling(report)]
    if report.date and timex.precision(report.date) == "day":
        keys.append(f"d:{report.date}")
    return keys


def _telling(report: Report) -> set[tuple[str, float]]:
    """Numbers specific enough to name one happening: not 0 or 1 ("one year", "a man")."""
    return {(n.unit, n.value) for n in report.numbers if n.value >= 2}


def link_score(a: Report, b: Report) -> int:
    """How strongly two reports name one happening; 0 when they do not (rules 1-4)."""
    if a.document_id == b.document_id or a.type != b.type:
        return 0
    if a.modality != b.modality and not {a.modality, b.modality} <= _AGREEING:
        return 0
    if not timex.compatible(a.date, b.date):
        return 0
    if not (timex.not_after(a.date, b.latest) and timex.not_after(b.date, a.latest)):
        return 0
    if a.persons and b.persons and not a.persons & b.persons:
        return 0
    if a.persons & b.persons:
        return 4 + len(a.participants & b.participants)
    both_dated = a.date is not None and b.date is not None
    if a.people & b.people and (a.date is not None or b.date is not None):
        return 3  # one person implied on a side, and a date that agrees
    if a.organizations & b.organizations and (
        both_dated or (a.reported is not None and a.reported == b.reported)
    ):
        return 3
    if a.copy_group is not None and a.copy_group == b.copy_group:
        return 2
    shared_numbers = _telling(a) & _telling(b)
    if shared_numbers and (both_dated or a.people & b.people or len(shared_numbers) > 1):
        return 2  # "sentenced to four years and two months", "17 people detained", in both
    fine = both_dated and timex.precision(a.date) in _FINE and timex.precision(b.date) in _FINE
    if a.place is not None and a.place == b.place and fine:
        return 1
    if a.date == b.date and timex.precision(a.date) == "day" and _near(a, b):
        return 1  # the same day, nothing apart: "raided a warehouse in Moscow on Tuesday"
    return 0


def _near(a: Report, b: Report) -> bool:
    """False only when both places are placed on the map and far apart (two cities' raids on
    one day). A place without coordinates is often one the other report names in another
    script or case ("Kotelniki", "в Котельниках"), so it does not keep them apart."""
    if a.place is None or b.place is None or a.place == b.place:
        return True
    if a.where is None or b.where is None:
        return True
    return _km(a.where, b.where) <= NEAR_KM


def _km(a: tuple[float, float], b: tuple[float, float]) -> float:
    lat1, lon1, lat2, lon2 = map(radians, (*a, *b))
    h = sin((lat2 - lat1) / 2) ** 2 + cos(lat1) * cos(lat2) * sin((lon2 - lon1) / 2) ** 2
    return 2 * 6371 * asin(sqrt(h))


def summarize(
    happening_id: str, reports: Sequence[Report], place_names: dict[str, str] | None = None
) -> Happening:
    """The happening that these reports (all of one id) make."""
    ordered = sorted(reports, key=lambda r: (timex.extent(r.latest) or _FAR, r.key))
    lead = _lead(ordered)
    first = next((r.latest for r in ordered if timex.extent(r.latest)), None)
    sources: dict[str, str] = {}
    for r in ordered:
        names = r.sources or ("",) * len(r.source_keys)
        for key, name in zip(r.source_keys, names, strict=False):
            sources.setdefault(key, name or key)
    return Happening(
        id=happening_id,
        type=lead.type,
        reports=tuple(r.key for r in ordered),
        placement=_placement(ordered),
        first_reported=first,
        sources=tuple(sources.values()),
        conflicts=tuple(_conflicts(ordered, place_names or {})),
        summary=lead.summary,
        modality=lead.modality,
        lead=lead.key,
    )


_FAR = (date.max, date.max)  # undated reports sort last


def _lead(reports: Sequence[Report]) -> Report:
    """The report that best stands for the happening: a dated, asserted, early one."""
    return min(
        reports,
        key=lambda r: (r.modality not in _AGREEING, r.date is None, -len(r.participants)),
    )


def _placement(reports: Sequence[Report]) -> Placement | None:
    dated = [r.date for r in reports if r.date and timex.extent(r.date)]
    if dated:
        best = dated[0]
        for value in dated[1:]:
            if timex.finer(value, best):
                best = value
        return Placement(best, "happened", timex.precision(best))
    candidates = [
        (value, basis)
        for r in reports
        for value, basis in ((r.reported, "reported"), (r.published, "published"))
        if value and timex.extent(value)
    ]
    if not candidates:
        return None
    value, basis = min(candidates, key=lambda c: (timex.extent(c[0]) or _FAR, c[1]))
    if basis == "reported":
        return Placement(value, "reported", timex.precision(value))
    return Placement(value, "published", timex.precision(value))


def _conflicts(reports: Sequence[Report], place_names: dict[str, str]) -> list[Conflict]:
    out: list[Conflict] = []
    numbers: dict[str, dict[float, tuple[str, set[str]]]] = defaultdict(dict)
    for r in reports:
        for n in r.numbers:
            _, who = numbers[n.unit].setdefault(n.value, (n.text, set()))
            who.update(_who(r))
    for unit, values in numbers.items():
        if len(values) > 1:
            out.append(Conflict(unit, tuple((t, tuple(sorted(w))) for t, w in values.values())))
    out += _differing("date", [(r.date, r) for r in reports if r.date], timex.compatible)
    out += _differing(
        "place",
        [(place_names.get(r.place, r.place), r) for r in reports if r.place],
        lambda a, b: a == b,
    )
    return out


def _who(report: Report) -> list[str]:
    return list(report.sources) or [report.document_id]


def _differing(
    name: str, given: list[tuple[str, Report]], agree: Callable[[str, str], bool]
) -> list[Conflict]:
    """A conflict when two of the given values cannot both be right."""
    values: dict[str, set[str]] = defaultdict(set)
    for value, report in given:
        values[value].update(_who(report))
    keys = list(values)
    clash = any(not agree(a, b) for a, b in combinations(keys, 2))
    if not clash:
        return []
    return [Conflict(name, tuple((v, tuple(sorted(values[v]))) for v in keys))]
