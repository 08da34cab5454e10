"""Reports of one happening in many documents become one happening, with its sources.

Each document's events are already one per happening *within* that document
(:mod:`dossier.events.cluster`). Here the events of all documents — the *reports* — are
linked into happenings. :func:`link_reports` is pure: reports and the analyst's judgements
in, each report's happening id out. Two reports are one happening when:

1. **Same type**, and compatible modality (asserted goes with generic; otherwise equal). A
   report told ahead (planned or hypothetical: "his body is to be flown home", "deported
   unless he signed") goes with the asserted one when they name one person, also when that
   happened after it was published; such a pair is tried after all others, so that the
   document's own asserted report links first (round 18: dev6 and dev10 cross-document F1
   0.877 -> 0.892 and 0.722 -> 0.731, no held-out figure moved).
2. **Compatible dates**: their happened dates overlap at their precision ("2023-05" and
   "2023-05-14"), and neither happened after the other was reported or published.
3. **Enough in common** to name one occurrence: the weights of what they share add up to
   :data:`ENOUGH` (see :func:`_evidence`). A person in common (canonical entity ids, so
   "Kubanychbek-uulu" in English and "Кубанычбек уулу" in Russian are one) or one copy group
   is enough alone. A person one side only implies (named in its words without a role, or
   the one person its article is about, when the clause says "he") needs a little more: a
   happened date on either side. So does a person one side names by initials only, as
   Russian courts write a defendant ("Ф. Р."), whom the other names in full with those
   initials ("Firuz Rajabov", :func:`_by_initials`), when they also share a telling number,
   an organisation or a place; such a pair is tried after all others (round 18: dev12
   cross-document F1 0.636 -> 0.777, no other set moved). An organisation, a place (or two within
   :data:`NEAR_KM`), a month (or one week or season), a day, a telling number ("ten years",
   "17 people"; not 0 or 1), a second one, a cited report of the same day, publication in
   the same week: each counts, none alone, because in an archive many happenings of a type
   share any one of them (the synthetic archive of ``benchmarks/happenings_bench.py`` shows
   what a looser rule does: one happening swallows hundreds). Times alone (a day, its month,
   its news week) never link, however they add up: the pair must share something else.
4. **Nothing apart**: never two reports of one document (the events stage already decided
   they differ), two different persons (not a name and its initials, as in rule 3), two
   outcomes the pack tells apart (a death and the burial, a body's return and the funeral:
   ``Report.outcome``), or two places on the map far apart.
5. **One story**: two documents that share a happening by rules 1-4 tell one story, and a
   follow-up retells its other happenings with fewer details ("two others were arrested
   last month", "some 30 men were deceived the same way"). Their reports of one type count
   :data:`STORY` more, when they share something of the happening itself (a participant, a
   place, a number, a source) or one date finer than a year at one grain ("in the summer of
   2023" twice). A month against a day in it, or a news week, is not enough: two reports of
   a type in one week's stories are as often two happenings. Such a date counts one more
   when it is each document's only report of the type at that date (a report of another
   outcome of the type is no rival: "arrested in late June and remanded the next day" tells
   one arrest that month) (:func:`_one_occasion`): a follow-up months later shares no news
   week with the first story, and retells "detained in February" once; a document that gives
   the date to two reports of the type does not say which one is the other's. So do a day
   and its month ("on February 5", "was picked up at the airport in February") in a
   follow-up, published more than a news week after, when each is its document's only report
   of the type in that month and they name no different participants (round 13: a follow-up
   tells the first story's days by their month; within one news week a day and a month are
   as often two happenings). A day and its week, and a day or a month and the season that
   holds it ("detained in early July", "Летом мигранта задержали"), are one occasion so too
   (round 19: dev10 cross-document F1 0.731 -> 0.777, dev12 0.772 -> 0.791; no held-out set
   fell). Between two documents that share a happening by rule 3, a
   report that is each document's only one of its type and outcome, at any date, links too
   when one of the two gives no date finer than a year and they name no different
   participants (:meth:`_Alone.one_of_kind`): a follow-up retells the story's one body's
   return, or its one arrest, "earlier this year" or with no time at all (round 16). So
   do two documents that a later round of rule 5 found to share a happening (round 19: a
   rare name's documents that link "detained in the summer of 2023" twice; every
   development set but one rose, dev8 cross-document F1 0.746 -> 0.806, dev7 0.730 ->
   0.785; dev12 fell 0.778 -> 0.772; no held-out set fell, plain or pooled). Not between
   documents of a rare name alone (rule 7): a name two stories of a small collection share
   is too weak a story for it (with it, pooled sets' precision fell, dev3's 0.929 ->
   0.815). The synthetic archive of
   ``benchmarks/happenings_bench.py``, whose documents share nothing beyond their common
   happening, shows its cost there: pair precision 0.485 -> 0.385 on 20,000 documents (as
   round 9 found for a looser form, and round 11 for the one occasion); the held-out sets,
   which are told as stories, all rose with it. Each round of such links makes new stories,
   until none does.
6. **Corroborated story**: two documents whose reports of one type have at least half
   of :data:`ENOUGH` with a telling number, a place or a person in common (a wire story's
   "sentenced a Kyrgyz man to ten years" against a later "в мае приговорен к десяти
   годам"; "detained in March at Tashkent airport" twice) tell one story when their reports
   of a *second* type also agree by rule 5 (the same man's detention in January by the
   same agency): their reports that agree by rule 5 link, when they are two happenings at
   once: of two types, or two pairs of one type that share no report (two deaths retold
   months later, "in April in the Kharkiv region" and "in March in Kurukshetra"). One near
   miss is chance; two happenings that agree at once are one story told twice. These
   links are tried with the first round of rule 5's, strongest first. (Round 9 lowered
   the near miss from one short of enough to half of it: a follow-up months later shares
   no news week with the first report, and its near misses had to carry a number and a
   month at once.)

7. **A rare name**: two documents that name one person, organisation or place finer than
   a country that at most :data:`RARE_NAME` documents of the whole collection name (the
   district a raid was in, a recruiter, a city court; not "Moscow" or "the Ministry of
   Defence") tell one story: rule 5 applies to them from the first round
   (:func:`rare_name_stories`). A follow-up months later ("the four, who were arrested in
   February", "was killed in November") shares no participant with the first reports, but
   names the same small town or agency. The names are the documents' own, not only those
   of their reports; the caller counts them over its whole collection, so that a name turns
   common as the archive grows.

Candidate pairs come from blocks (:func:`_block_keys`) and, for rules 5 to 7, from the
reports of one type of the two documents of a story; never from all pairs. Pairs are tried strongest
first, so a weak link cannot pre-empt a strong one under the one-document constraint. The
analyst's merges and splits (by report key) are applied first and win.

A happening's id is its smallest report key, so ids stay put while that report does. Its
summary (:func:`summarize`) gives the placement (the finest happened date; else the
earliest report date, from a citation or else from publication), the reports, the number of
independent sources (copies of one report, and several reports by one outlet, count once)
and the conflicts: numbers, dates or places that the reports give differently.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from itertools import combinations
from math import asin, cos, radians, sin, sqrt

from dossier import timex
from dossier.models import Placement
from dossier.resolve.link import Judgement, latest_judgements

_AGREEING = frozenset({"asserted", "generic"})
# A happening told before it happened, or as what would happen: the same one, once it has,
# as the asserted report of it (with a person in common, see _may_link).
_AHEAD = frozenset({"planned", "hypothetical"})
_FINE = frozenset({"day", "week", "month", "season"})
# A block holding more reports than this (one country named in every report of a type)
# costs its square and tells little; its reports still meet through other keys.
MAX_BLOCK = 400
# Reports published within a week of each other belong to one news cycle: a weak clue.
SAME_NEWS_DAYS = 7
ENOUGH = 4  # the weight of evidence that makes two reports one happening (see _evidence)
# Two documents that already share a happening tell one story: what else they report of a
# type is likely the same, and needs half the evidence (a month and a news week, a number).
STORY = 2
# A name that at most this many documents of the collection name (a district, a person, a
# small court) marks their documents as one story (rule 7); a name more documents share
# ("Moscow", "the Ministry of Defence") marks none.
RARE_NAME = 3
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
    outcome: str | None = None  # which of its type's outcomes it tells (Event.outcome)
    # (canonical id, initials) of its persons, named or implied (:func:`initials_of`): "fr"
    # for "Firuz Rajabov", "fr." for a court's "Ф. Р."
    signs: tuple[tuple[str, str], ...] = ()

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


@dataclass(slots=True)
class LinkMemo:
    """What :func:`link_reports` keeps between calls over growing sets of reports (the
    store's incremental linking widens its scope and links again): pair scores by report
    keys, and with ``widening``, each report's block keys and each block's members with the
    pairs in it that link. A score depends on the two reports alone, and a block's links on
    its members alone, so what is kept is what would be computed. One call over a whole base
    keeps no blocks: it would hold every block's members twice for nothing."""

    scores: dict[tuple[str, str, bool], int] = field(default_factory=dict)
    keys: dict[str, list[str]] | None = None
    blocks: dict[tuple[str, int], tuple[tuple[str, ...], list[tuple[int, str, str]]]] | None = None
    # document pairs with a near miss (rule 6), from every widening call: the store makes
    # their documents whole, as it does for the documents of a happening that changed
    near: set[tuple[str, str]] = field(default_factory=set)

    @classmethod
    def widening(cls) -> LinkMemo:
        return cls(keys={}, blocks={})

    @property
    def widens(self) -> bool:
        """Whether it is kept for calls to come (every score kept, blocks remembered)."""
        return self.blocks is not None


def link_reports(
    reports: Sequence[Report],
    judgements: Iterable[Judgement] = (),
    memo: LinkMemo | None = None,
    stories: Iterable[tuple[str, str]] = (),
) -> dict[str, str]:
    """Each report key mapped to its happening id (see the module docstring); ``memo`` keeps
    work between calls over overlapping reports (:class:`LinkMemo`); ``stories`` holds the
    pairs of documents that share a rare name (rule 7, :func:`rare_name_stories`)."""
    index = {r.key: i for i, r in enumerate(reports)}
    groups = _Groups([r.document_id for r in reports])
    for said in latest_judgements(judgements, index):
        if said.kind == "split":
            groups.forbid(index[said.a], index[said.b])
        else:
            groups.union(index[said.a], index[said.b], judged=True)
    memo = LinkMemo() if memo is None else memo
    near = _Near(reports)
    pairs = _scored_pairs(reports, memo, near)
    linked = [(i, j) for _, i, j in sorted(pairs) if groups.union(i, j)]
    # rule 6 (near misses whose documents agree on a second type) beside the first round of
    # rule 5, strongest first; then rule 5 for the stories each round linked, until none gains
    present = {r.document_id for r in reports}
    named = {pair for pair in stories if pair[0] in present and pair[1] in present}
    # one of a kind (rule 5) between documents that share a happening, never a rare name alone
    shared = _documents(reports, linked)
    told = (
        _corroborated(reports, groups, near, memo)
        | _story_pairs(reports, groups, shared, memo, of_kind=True)
        | _story_pairs(reports, groups, named - shared, memo)
    )
    while told:
        linked = [(i, j) for _, i, j in sorted(told) if groups.union(i, j)]
        told = _story_pairs(reports, groups, _documents(reports, linked), memo, of_kind=True)
    smallest: dict[int, str] = {}
    for report in reports:
        root = groups.find(index[report.key])
        if root not in smallest or report.key < smallest[root]:
            smallest[root] = report.key
    return {r.key: smallest[groups.find(index[r.key])] for r in reports}


class _Groups:
    """Union-find over reports that never joins two reports of one document (unless the
    analyst merged them) nor two that the analyst split. Each root keeps the documents of
    its reports, so the check costs a set intersection, not a list of forbidden pairs."""

    def __init__(self, documents: list[str]) -> None:
        self.parent = list(range(len(documents)))
        self.document = documents  # of each report
        # the documents of each root of two reports or more (a lone report's is its own:
        # a million one-document sets took a fifth of an archive's linking memory)
        self.documents: dict[int, set[str]] = {}
        self.splits: list[tuple[int, int]] = []

    def find(self, i: int) -> int:
        while self.parent[i] != i:
            self.parent[i] = self.parent[self.parent[i]]
            i = self.parent[i]
        return i

    def _of(self, root: int) -> set[str]:
        found = self.documents.get(root)
        return found if found is not None else {self.document[root]}

    def forbid(self, a: int, b: int) -> None:
        self.splits.append((a, b))

    def may_join(self, a: int, b: int) -> bool:
        """Whether a link between ``a`` and ``b`` would join two groups (none judged apart)."""
        ra, rb = self.find(a), self.find(b)
        if ra == rb or not self._of(ra).isdisjoint(self._of(rb)):
            return False
        return not any({self.find(x), self.find(y)} == {ra, rb} for x, y in self.splits)

    def union(self, a: int, b: int, judged: bool = False) -> bool:
        """Join the groups of ``a`` and ``b``; False when they may not be (or already are)."""
        ra, rb = self.find(a), self.find(b)
        docs_a, docs_b = self._of(ra), self._of(rb)
        if ra == rb or not (judged or docs_a.isdisjoint(docs_b)):
            return False
        if any({self.find(x), self.find(y)} == {ra, rb} for x, y in self.splits):
            return False
        if len(docs_a) < len(docs_b):
            ra, rb, docs_a, docs_b = rb, ra, docs_b, docs_a
        self.parent[rb] = ra
        self.documents.pop(rb, None)
        if ra in self.documents:
            self.documents[ra] |= docs_b
        else:
            self.documents[ra] = docs_a | docs_b
        return True


def _scored_pairs(
    reports: Sequence[Report], memo: LinkMemo, near: _Near
) -> set[tuple[int, int, int]]:
    """(-score, i, j) of every pair in a block that links; pairs are scored as the blocks are
    read, so that only the few that link are held, never all candidate pairs. A block whose
    members are those it had in an earlier call gives the links it gave then. Reports of two
    types never link, so the blocks of one type are made, scored and let go before the next
    type's: an archive's blocks are held a sixth at a time. The documents of rule 6's near
    misses go to ``near``, and for a widening linking to ``memo.near``."""
    by_type: dict[str, list[int]] = defaultdict(list)
    for i, report in enumerate(reports):
        by_type[report.type].append(i)
    index = {r.key: i for i, r in enumerate(reports)} if memo.widens else {}
    scored: set[tuple[int, int, int]] = set()
    for kind, of_type in by_type.items():
        for block, members in _blocks(reports, of_type, memo).items():
            if 1 < len(members) <= MAX_BLOCK:
                _score_block(reports, (kind, block), members, memo, index, scored, near)
    if memo.widens:  # for the store's scoped linking (a whole archive's would only cost)
        memo.near.update(near.documents())
    return scored


def _blocks(reports: Sequence[Report], of_type: list[int], memo: LinkMemo) -> dict[int, list[int]]:
    """The blocks of these reports (of one type), by the hash of their key: an archive has
    millions of keys, most held once, and the strings took more memory than the reports'
    indices. Two keys sharing a hash (about one chance in 10^7 over a million reports) make
    one block: more candidates, or none past MAX_BLOCK."""
    blocks: dict[int, list[int]] = defaultdict(list)
    for i in of_type:
        report = reports[i]
        keys = None if memo.keys is None else memo.keys.get(report.key)
        if keys is None:
            keys = _block_keys(report)
            if memo.keys is not None:
                memo.keys[report.key] = keys
        for key in keys:
            blocks[hash(key)].append(i)
    return blocks


def _score_block(
    reports: Sequence[Report],
    block: tuple[str, int],
    members: list[int],
    memo: LinkMemo,
    index: Mapping[str, int],
    scored: set[tuple[int, int, int]],
    near: _Near,
) -> None:
    """Add the pairs of one block that link to ``scored``, and its near misses to ``near``
    (see :func:`_scored_pairs`); a near miss is kept in the block's memo with score 0."""
    pairs = _in_time(members, reports)
    found: list[tuple[int, str, str]] = []
    if memo.blocks is not None:
        ids = tuple(reports[i].key for i in members)
        kept = memo.blocks.get(block)
        if kept is not None and set(kept[0]) <= set(ids):
            # The block only gained members: its old pairs link as they did.
            found = list(kept[1])
            for score, a, b in found:
                if score:
                    scored.add((score, index[a], index[b]))
                else:
                    near.add(index[a], index[b])
            old = set(kept[0])
            pairs = (
                p for p in pairs
                if reports[p[0]].key not in old or reports[p[1]].key not in old
            )  # fmt: skip
        memo.blocks[block] = (ids, found)
    for i, j in pairs:
        score = _pair_score(memo.scores, reports[i], reports[j], keep=memo.widens)
        if score > 0:
            scored.add((-score, i, j))
            if memo.widens:
                found.append((-score, reports[i].key, reports[j].key))
        elif score == _NEAR:
            near.add(i, j)
            if memo.widens:
                found.append((0, reports[i].key, reports[j].key))


def _in_time(members: list[int], reports: Sequence[Report]) -> Iterator[tuple[int, int]]:
    """The pairs (i < j) of ``members`` whose happened dates overlap or are unknown, in no
    particular order: the others fail rule 2 and are never scored. Dated reports are swept
    in order of their first day, so a block of reports on many days costs what its
    overlapping pairs cost, not its square."""
    undated: list[int] = []
    dated: list[tuple[date, date, int]] = []
    for i in members:
        span = timex.extent(reports[i].date)
        if span is None:
            undated.append(i)
        else:
            dated.append((span[0], span[1], i))
    for n, i in enumerate(undated):
        for j in undated[n + 1 :]:
            yield min(i, j), max(i, j)
        for _, _, j in dated:
            yield min(i, j), max(i, j)
    dated.sort()
    active: list[tuple[date, int]] = []
    for first, last, i in dated:
        active = [(end, j) for end, j in active if end >= first]
        for _, j in active:
            yield min(i, j), max(i, j)
        active.append((last, i))


def rare_name_stories(documents_of: Mapping[str, Iterable[str]]) -> set[tuple[str, str]]:
    """Rule 7's pairs of documents (smaller id first): those that share a name (an entity's
    canonical id, mapped to the documents that name it, across the whole collection) which
    at most :data:`RARE_NAME` documents name."""
    pairs: set[tuple[str, str]] = set()
    for named in documents_of.values():
        documents = sorted(set(named))
        if len(documents) <= RARE_NAME:
            pairs.update(combinations(documents, 2))
    return pairs


def _documents(
    reports: Sequence[Report], linked: Iterable[tuple[int, int]]
) -> set[tuple[str, str]]:
    """The pairs of documents of pairs of reports (smaller id first)."""
    pairs = ((reports[i].document_id, reports[j].document_id) for i, j in linked)
    return {(a, b) if a < b else (b, a) for a, b in pairs}


def _story_pairs(
    reports: Sequence[Report],
    groups: _Groups,
    stories: set[tuple[str, str]],
    memo: LinkMemo,
    of_kind: bool = False,
) -> set[tuple[int, int, int]]:
    """(-score, i, j) of pairs that link as parts of one story (rule 5) and would join two
    groups: reports of one type in two documents of one of ``stories`` (documents just found
    to share a happening, or a rare name), scored with :data:`STORY` added. Candidates are
    those documents' reports of one type, never all pairs."""
    wanted = {d for pair in stories for d in pair}
    by_doc: dict[str, dict[str, list[int]]] = defaultdict(lambda: defaultdict(list))
    for i, report in enumerate(reports):
        if report.document_id in wanted:
            by_doc[report.document_id][report.type].append(i)
    scored: set[tuple[int, int, int]] = set()
    for one, other in stories:
        for kind, mine in by_doc[one].items():
            scored |= _one_story_pairs(
                reports, groups, memo, mine, by_doc[other].get(kind, ()), of_kind
            )
    return scored


def _one_story_pairs(
    reports: Sequence[Report],
    groups: _Groups,
    memo: LinkMemo,
    mine: Iterable[int],
    theirs: Iterable[int],
    of_kind: bool = False,
) -> set[tuple[int, int, int]]:
    """(-score, i, j) of the pairs of one type, one report from each side, that link as
    parts of one story and would join two groups."""
    out: set[tuple[int, int, int]] = set()
    mine, theirs = list(mine), list(theirs)
    if not mine or not theirs:
        return out
    alone: _Alone | None = None  # counted when a pair first needs it
    for i in mine:
        for j in theirs:
            a, b = reports[i], reports[j]
            if a.type != b.type:
                continue
            score = _pair_score(memo.scores, a, b, one_story=True, keep=memo.widens)
            fine = not score and _period(a.date) is not None and _period(b.date) is not None
            if fine or (of_kind and not score):
                if alone is None:
                    alone = _alone(reports, mine, theirs)
                if fine:
                    if alone.one_time(a, b):
                        score = _one_occasion(a, b)
                elif alone.one_of_kind(a, b) and _may_link(a, b):
                    score = ENOUGH
            if score and groups.may_join(i, j):
                out.add((-score, min(i, j), max(i, j)))
    return out


@dataclass(frozen=True, slots=True)
class _Alone:
    """Of the reports of two documents, how many of each side tell a type, with an outcome
    (or none), at a date finer than a year ("in January", "on May 14") and in its month (or
    week, or season): whether a report is its side's only one there. A report of another
    outcome of the type is no rival: "arrested in late June and remanded the next day" tells
    one arrest in June, as a pack that tells the two apart has it. It counts each side's
    reports of a type and outcome at any date too (:meth:`one_of_kind`)."""

    at_date: tuple[Counter[tuple[str, str | None, str]], Counter[tuple[str, str | None, str]]]
    in_month: tuple[Counter[tuple[str, str | None, str]], Counter[tuple[str, str | None, str]]]
    in_all: tuple[Counter[tuple[str, str | None, str]], Counter[tuple[str, str | None, str]]]

    def one_of_kind(self, a: Report, b: Report) -> bool:
        """Whether two reports of one story, one from each side, at least one of them with no
        date finer than a year, are each their document's only report of the type and
        outcome at any date, naming no different participants: a follow-up retells the
        story's one body's return, or the one arrest, "earlier this year" or with no time."""
        outcome = a.outcome or b.outcome
        return not _others_named(a, b) and all(
            _rivals(side, a.type, outcome, "") == 1 for side in self.in_all
        )

    def one_time(self, a: Report, b: Report) -> bool:
        """Whether two reports of one story, one from each side, may be one occasion: one
        date, each side's only report of the type and outcome at it; or a day and its month
        in a follow-up published more than a news week after, each side's only one that
        month, naming no different participants."""
        outcome = a.outcome or b.outcome
        if a.date == b.date:
            return all(_rivals(side, a.type, outcome, a.date) == 1 for side in self.at_date)
        month = _occasion(a, b)
        return (
            month is not None
            and all(_rivals(side, a.type, outcome, month) == 1 for side in self.in_month)
            and _days_apart(a.published, b.published) > SAME_NEWS_DAYS
            and not _others_named(a, b)
        )


def _rivals(
    counts: Counter[tuple[str, str | None, str]], kind: str, outcome: str | None, when: str | None
) -> int:
    """How many reports of ``counts`` tell the type at ``when`` with an outcome that may be
    ``outcome`` (one of them none, or the same)."""
    return sum(
        n
        for (t, o, w), n in counts.items()
        if t == kind and w == when and (o is None or outcome is None or o == outcome)
    )


def _alone(reports: Sequence[Report], mine: Iterable[int], theirs: Iterable[int]) -> _Alone:
    """:class:`_Alone` of the reports of two sides."""
    sides = []
    for members in (mine, theirs):
        dates: Counter[tuple[str, str | None, str]] = Counter()
        months: Counter[tuple[str, str | None, str]] = Counter()
        kinds: Counter[tuple[str, str | None, str]] = Counter()
        for i in members:
            report = reports[i]
            kinds[(report.type, report.outcome, "")] += 1
            month = _period(report.date)
            if report.date is not None and month is not None:
                dates[(report.type, report.outcome, report.date)] += 1
                months[(report.type, report.outcome, month)] += 1
                week = _week_of(report.date) if timex.precision(report.date) == "day" else None
                if week is not None:  # a day counts in its week too (_occasion)
                    months[(report.type, report.outcome, week)] += 1
                season = timex.season_of(report.date)
                if season is not None:  # a day or a month in its season too
                    months[(report.type, report.outcome, season)] += 1
        sides.append((dates, months, kinds))
    return _Alone(
        (sides[0][0], sides[1][0]), (sides[0][1], sides[1][1]), (sides[0][2], sides[1][2])
    )


def _others_named(a: Report, b: Report) -> bool:
    """Whether both reports name participants and share none ("the MP wrote to the minister"
    and "the ministry pledged help" in one month: two speakers, two statements)."""
    return bool(a.participants and b.participants and not a.participants & b.participants)


def _one_occasion(a: Report, b: Report) -> int:
    """Rule 5's score of two reports of one story that give one date finer than a year, each
    its document's only report of the type at that date ("detained in February" in both
    tellings of one man's return): one occasion, though they share nothing else. Two acts
    of a type in one month of one story ("promised a job in January", "made to sign in
    January") give the date twice on one side, and do not link so. A day and its month
    ("on February 5", "picked up at the airport in February"), or a day and its week, are one
    occasion too, when each is its document's only report of the type in that month or week
    (the caller checks)."""
    if _occasion(a, b) is None or not _may_link(a, b):
        return 0
    score = sum(weight for weight, shared in _evidence(a, b) if shared) + STORY + 1
    return score if score >= ENOUGH else 0


class _Near:
    """The pairs of documents with a near miss (rule 6), each held as one int: an archive's
    linking meets millions of near misses, most of them between a few document pairs."""

    def __init__(self, reports: Sequence[Report]) -> None:
        ids: dict[str, int] = {}
        self.of = [ids.setdefault(r.document_id, len(ids)) for r in reports]  # report -> doc
        self.names = list(ids)
        self.pairs: set[int] = set()

    def add(self, i: int, j: int) -> None:
        a, b = self.of[i], self.of[j]
        self.pairs.add(min(a, b) * len(self.names) + max(a, b))

    def indices(self) -> Iterator[tuple[int, int]]:
        """The document pairs, as the documents' ints."""
        for key in self.pairs:
            yield divmod(key, len(self.names))

    def documents(self) -> Iterator[tuple[str, str]]:
        """The document pairs, each as (smaller id, larger id)."""
        for a, b in self.indices():
            one, other = self.names[a], self.names[b]
            yield (one, other) if one < other else (other, one)


def _corroborated(
    reports: Sequence[Report], groups: _Groups, near: _Near, memo: LinkMemo
) -> set[tuple[int, int, int]]:
    """(-score, i, j) of the pairs rule 6 links: for each pair of documents with a near
    miss, their reports of one type that link by rule 5 (and would join two groups), when
    such pairs are of two types or more."""
    if not near.pairs:
        return set()
    wanted = {d for pair in near.indices() for d in pair}
    of_doc: dict[int, list[int]] = defaultdict(list)  # a document's reports, by its int
    for i, doc in enumerate(near.of):
        if doc in wanted:
            of_doc[doc].append(i)
    out: set[tuple[int, int, int]] = set()
    for one, other in near.indices():
        found = _one_story_pairs(reports, groups, memo, of_doc[one], of_doc[other])
        if _two_happenings(found):
            out |= found
    return out


def _two_happenings(found: set[tuple[int, int, int]]) -> bool:
    """Whether rule 5's pairs of two documents tell two happenings at once: two pairs that
    share no report on either side (of two types, or two of one type: "a man from Kaithal
    killed in April in the Kharkiv region" and "another from Kurukshetra killed in March")."""
    pairs = [(i, j) for _, i, j in found]
    return any(a != c and b != d and a != d and b != c for (a, b), (c, d) in combinations(pairs, 2))


def _block_keys(report: Report) -> list[str]:
    """Keys that any two reports with :data:`ENOUGH` in common share (see :func:`_evidence`).

    A day, a month or a cited report's date is never enough alone, so none is a key of its
    own: at archive scale a day holds hundreds of reports of a type. Every sufficient
    combination holds a person, a copy group, an organisation, or a place or a number with
    the month (the day's month, for a day), or two numbers.
    """
    keys = [f"p:{x}" for x in report.persons | report.people]
    keys += [f"o:{x}" for x in report.organizations]
    if report.copy_group:
        keys.append(f"c:{report.copy_group}")
    month = _period(report.date)
    numbers = sorted(_telling(report))
    # A place or a number counts with a month in common, or with publication within a
    # week: the week of publication and the one before, so that any two within 7 days meet.
    times = ([month] if month else []) + _weeks(report.published)
    for when in times:
        keys += [f"l:{report.place}:{when}"] if report.place else []
        keys += [f"n:{unit}:{value:g}:{when}" for unit, value in numbers]
    keys += [f"nn:{a}:{b}" for a, b in combinations(numbers, 2)]
    return keys


def _weeks(published: str | None) -> list[str]:
    extent = timex.extent(published)
    if extent is None or extent[0] != extent[1]:
        return []
    day = extent[0]
    return [f"w{(day - timedelta(days=back)).isocalendar()[:2]}" for back in (0, 7)]


def _telling(report: Report) -> set[tuple[str, float]]:
    """Numbers specific enough to name one happening: not 0 or 1 ("one year", "a man")."""
    return {(n.unit, n.value) for n in report.numbers if n.value >= 2}


def _pair_score(
    scores: dict[tuple[str, str, bool], int],
    a: Report,
    b: Report,
    one_story: bool = False,
    keep: bool = True,
) -> int:
    """:func:`link_score`, or :data:`_NEAR` for a near miss outside one story (rule 6), kept
    in ``scores`` by the two report keys; a pair that does not link only with ``keep`` (a
    linking over a whole archive meets most pairs once, and most do not link: keeping them
    took more memory than the reports)."""
    key = (a.key, b.key, one_story) if a.key < b.key else (b.key, a.key, one_story)
    found = scores.get(key)
    if found is None:
        score, close = _weigh(a, b, one_story)
        found = score or (_NEAR if close else 0)
        if keep or score:
            scores[key] = found
    return found


_NEAR = -1  # what _pair_score gives a near miss (rule 6)


def link_or_near(a: Report, b: Report) -> tuple[int, bool]:
    """(:func:`link_score`, whether they are a near miss) of two reports, from one weighing
    (the store asks both of every mate it may bring into a linking's scope)."""
    return _weigh(a, b)


def link_score(a: Report, b: Report, one_story: bool = False) -> int:
    """How strongly two reports name one happening: the weight of what they share (rule 3),
    with :data:`STORY` when their documents already share a happening (rule 5); 0 when it
    is below :data:`ENOUGH` or something keeps them apart (rules 1, 2 and 4)."""
    return _weigh(a, b, one_story)[0]


def _weigh(a: Report, b: Report, one_story: bool = False) -> tuple[int, bool]:
    """(:func:`link_score`, near miss) of two reports, from one weighing. A near miss (rule
    6): two reports that may link (rules 1, 2, 4) and have at least half of :data:`ENOUGH`,
    with a telling number, a place or a person in common (an organisation or a time alone
    is shared by too many happenings of an archive); a pair of one story is never one."""
    if not _may_link(a, b):
        return 0, False
    score = sum(weight for weight, shared in _evidence(a, b) if shared)
    if one_story:
        # The story stands for the news cycle: the pair must share something of the
        # happening itself, or one date finer than a year, else any two reports of a type
        # in two reports of one week would merge.
        if not (_share_more_than_time(a, b) or _same_fine_date(a, b)):
            return 0, False
        score += STORY
        return _tried_last(a, b, score if score >= ENOUGH else 0), False
    if not _share_more_than_time(a, b):
        # rule 3: times alone (a day, its month, its week) never name one happening
        return 0, False
    if score >= ENOUGH:
        return _tried_last(a, b, score), False
    close = 2 * score >= ENOUGH and bool(
        _alike(a, b)
        or _telling(a) & _telling(b)
        or (a.place is not None and b.place is not None and _near(a, b))
    )
    return 0, close


def _tried_last(a: Report, b: Report, score: int) -> int:
    """The lowest linking score for a pair that links a report told ahead with the asserted
    one: tried after every other pair, so that its document's own asserted report of the
    happening ("он подписал контракт" beside the offer "заключить контракт") links first.
    So for a pair whose person in common is only a match of initials (:func:`_by_initials`):
    two letters are a weaker sign of one man than his name."""
    if score and (
        _ahead_of(a.modality, b.modality) or (not a.people & b.people and _by_initials(a, b))
    ):
        return 1
    return score


def may_agree(a: tuple[str, str | None, str | None], b: tuple[str, str | None, str | None]) -> bool:
    """Rules 1 and 2 on two reports of one type given as (modality, date, latest): their
    modalities go together, their dates overlap, and neither happened after the other was
    reported. The store checks this on table rows before it builds reports."""
    if a[0] != b[0] and not {a[0], b[0]} <= _AGREEING and not _ahead_of(a[0], b[0]):
        return False
    if not timex.compatible(a[1], b[1]):
        return False
    # a report of what is to come may tell a happening later than its own publication
    return (a[0] in _AHEAD or timex.not_after(b[1], a[2])) and (
        b[0] in _AHEAD or timex.not_after(a[1], b[2])
    )


def _ahead_of(a: str, b: str) -> bool:
    """Whether one of two modalities tells ahead (planned, hypothetical) what the other
    asserts happened."""
    return a != b and {a, b} - _AHEAD == {"asserted"}


def _may_link(a: Report, b: Report) -> bool:
    if a.document_id == b.document_id or a.type != b.type:
        return False
    if not may_agree((a.modality, a.date, a.latest), (b.modality, b.date, b.latest)):
        return False
    if a.persons and b.persons and not a.persons & b.persons and not _by_initials(a, b):
        return False  # two different people
    if _ahead_of(a.modality, b.modality) and not _alike(a, b):
        return False  # "would be flown home" is "was flown home" only for the same person
    if a.outcome and b.outcome and a.outcome != b.outcome:
        return False  # "his body was flown home" and "he was buried": two happenings
    return not _far(a, b)


def _evidence(a: Report, b: Report) -> list[tuple[int, bool]]:
    """(weight, shared?) of each thing two reports can have in common.

    Weights, on the tuned gold and on the synthetic archive of benchmarks/happenings_bench.py:
    a person alone names a happening of a type; an organisation, a place, a month or a year
    is shared by many happenings of an archive and counts only with more; a day, a telling
    number or a report of the same day counts for half.
    """
    alike = _alike(a, b)
    same_day = a.date == b.date and timex.precision(a.date) == "day"
    same_month = _occasion(a, b) is not None  # a month, week or season; a day in a week
    numbers = _telling(a) & _telling(b)
    return [
        (ENOUGH, bool(a.persons & b.persons)),
        (3, alike and not a.persons & b.persons),
        (1, alike and (a.date is not None or b.date is not None)),
        (ENOUGH, a.copy_group is not None and a.copy_group == b.copy_group),
        (1, bool(a.organizations & b.organizations)),
        (1, a.place is not None and b.place is not None and _near(a, b)),
        (2, same_day),
        (1, same_month),
        (2, bool(numbers)),
        (2, len(numbers) > 1),
        (2, a.reported is not None and a.reported == b.reported),
        (1, _days_apart(a.published, b.published) <= SAME_NEWS_DAYS),
    ]


def _alike(a: Report, b: Report) -> bool:
    """Whether two reports are about one person: one they name or imply, or one that one
    of them names by initials only and the other in full (:func:`_by_initials`)."""
    return bool(a.people & b.people) or _by_initials(a, b)


def _by_initials(a: Report, b: Report) -> bool:
    """Whether one report names a person by initials only ("Ф. Р.", as Russian courts and
    prosecutors write a defendant) whose full name the other gives with those initials
    ("Firuz Rajabov"): a Central Asian outlet retells a court's release with the name."""
    if not a.signs or not b.signs:
        return False
    if not (
        _telling(a) & _telling(b)
        or a.organizations & b.organizations
        or (a.place is not None and b.place is not None and _near(a, b))
    ):
        return False  # two letters alone are too common a match
    return _named_in_full(a, b) or _named_in_full(b, a)


def _named_in_full(short: Report, full: Report) -> bool:
    """Whether a person ``short`` names by initials only is another person of ``full``'s
    with a full name of those initials."""
    initials = {(p, s[:-1]) for p, s in short.signs if s.endswith(".")}
    names = {(p, s) for p, s in full.signs if not s.endswith(".")}
    return any(p != q and s == t for p, s in initials for q, t in names)


def _period(value: str | None) -> str | None:
    """The month a happened date falls in (a day's month, a month), or the week or season it
    names: a time two reports share "in the same month" when theirs are equal."""
    grain = timex.precision(value)
    if value is None or grain not in _FINE:
        return None
    return value[:7] if grain in {"day", "month"} else value


def _occasion(a: Report, b: Report) -> str | None:
    """The period two reports' dates share as one occasion: their month (or week, or
    season) when it is one; else the ISO week when one gives that week and the other a day
    in it ("deported from Russia last week", "выдворили в понедельник")."""
    period = _period(a.date)
    if period is not None and period == _period(b.date):
        return period
    if a.date is None or b.date is None:
        return None
    if (timex.precision(a.date) == "season") != (timex.precision(b.date) == "season"):
        return _season_occasion(a.date, b.date)
    if ("W" in a.date) == ("W" in b.date):  # no week against a day (runs for every pair)
        return None
    week, day = (a.date, b.date) if "W" in a.date else (b.date, a.date)
    if timex.precision(week) == "week" and timex.precision(day) == "day" and _week_of(day) == week:
        return week
    return None


def _season_occasion(a: str, b: str) -> str | None:
    """The season when one of two dates names it (the caller checks that one does) and the
    other is a month or a day in it ("Летом мигранта задержали", "detained in early July")."""
    season, other = (a, b) if timex.precision(a) == "season" else (b, a)
    return season if timex.season_of(other) == season else None


def _week_of(value: str | None) -> str | None:
    """The ISO week ("2026-W42") of a day's date, else None."""
    try:
        return timex.iso_week(date.fromisoformat((value or "")[:10]))
    except ValueError:
        return None


def _same_fine_date(a: Report, b: Report) -> bool:
    """Whether both reports give one date finer than a year, to the same grain ("in the
    summer of 2023" twice): within one story, that names one occasion; "in April" against
    "on April 24" does not, as two happenings of a month are as often told so."""
    return a.date == b.date and _period(a.date) is not None


def _share_more_than_time(a: Report, b: Report) -> bool:
    """Whether two reports share a person, organisation, place, telling number, copy group
    or cited report: something of the happening, not only of the calendar."""
    return bool(
        _alike(a, b)
        or a.organizations & b.organizations
        or (a.place is not None and b.place is not None and _near(a, b))
        or _telling(a) & _telling(b)
        or (a.copy_group is not None and a.copy_group == b.copy_group)
        or (a.reported is not None and a.reported == b.reported)
    )


def _days_apart(a: str | None, b: str | None) -> int:
    """Days between two publication days; a large number when either is not a day."""
    ea, eb = timex.extent(a), timex.extent(b)
    if ea is None or eb is None or ea[0] != ea[1] or eb[0] != eb[1]:
        return 1 << 30
    return abs((ea[0] - eb[0]).days)


def _far(a: Report, b: Report) -> bool:
    """True for two places on the map more than :data:`NEAR_KM` apart (two cities' raids)."""
    if a.place is None or b.place is None or a.place == b.place:
        return False
    return a.where is not None and b.where is not None and _km(a.where, b.where) > NEAR_KM


def _near(a: Report, b: Report) -> bool:
    """True for one place, or two places on the map within :data:`NEAR_KM` of each other
    ("New Moscow" and "Moscow")."""
    if a.place is None or b.place is None or a.place == b.place:
        return True
    if a.where is None or b.where is None:
        return False
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
