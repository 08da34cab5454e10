"""Copy groups: documents that carry one report (reposts, rewrites, translations).

Principle 5 of the brief: a copy is not corroboration. This module finds which documents are
copies of each other; the store keeps the groups and the happenings count one source per group.
It is pure: fingerprints in, groups out, no database and no printing.

Fingerprint (:func:`fingerprint`, computed once per document, stored as JSON)
------------------------------------------------------------------------------
- a MinHash of the word 3-shingles (``minhash``) and the number of distinct shingles, so that
  the *containment* of the shorter text in the longer can be estimated: a repost with its own
  headline, byline, credit lines and page furniture, or one cut after a few paragraphs, still
  contains most of the other's shingles;
- a MinHash of the word stems (``bag``: first five letters of words of four letters or more),
  which survives synonym swaps, reordered sentences and re-translation better than shingles;
- the *facts* in text order, which survive translation and paraphrase: numbers (quantity values,
  ``n:180000``), dates (TIMEX3 values of DATE timexes, the year dropped from day and month
  values because a yearless "May 17" is anchored to each copy's own date: ``d:05-17``,
  ``m:06``, ``y:2022``; days named only relative to the document date, "Monday" or
  "yesterday", are left out, since a copy published a day later reads another day), people
  by their longest name word through the cross-script key (``p:kubanichbek`` for
  Kubanychbek-uulu, Кубанычбек уулу and Аскару Кубанычбек уулу), places by their coordinates
  (``g:42.9,74.6`` for Bishkek and Бишкек), outlets and organisations by name key (``o:``,
  ``r:``; these differ between languages and are compared only within one);
- the word count, the number of paragraphs (lines of eight words or more) and the word count of
  each quotation, in order.

The rule (:func:`copy_score`, :func:`is_copy`; two documents are copies at ``THRESHOLD`` = 0.5)
-----------------------------------------------------------------------------------------------
``copy_score`` is the larger of two scores, each built so that 0.5 is its decision point:

1. *Near duplicate* (one language): the estimated containment of the shorter text's 3-shingles
   in the longer's. Reposts measure 0.75-1.0, spun rewrites and re-translations 0.1-0.45, and
   independent reports of one event 0.12 at most (a shared quotation), so 0.5 sits in a gap.
2. *Rewrite or translation*: both documents need ``MIN_FACTS`` comparable facts (fewer says too
   little to tell a copy from another report of the same event), and

   - ``facts``: the weighted share of each document's facts found in the other (a multiset),
     the smaller of the two shares, mapped from ``FACTS_FLOOR`` (0.5: nothing) to 0.8 (full).
     A copy carries the same facts; an independent report shares the key facts of the event but
     has many of its own, so one of its shares stays low. Generic facts (a country, a month, a
     year, a number up to 12) weigh half. Across languages only numbers, dates, people and
     places are compared; organisation and outlet names change with the language. A document
     sharing half of its facts or less is never a rewrite;
   - ``order``: the share of the shared numbers and dates that come in the same order in both
     texts (longest increasing subsequence); a translation keeps the sequence;
   - in one language: ``score = (facts + lexical) / 2 x order x length``, where ``lexical`` is
     the stem-bag Jaccard mapped from 0.2 (what independent reports on one topic reach) to 0.4,
     and ``length`` the ratio of the word counts, full from 0.75 up;
   - across languages: ``score = facts x order x structure``, where ``structure`` is the mean
     agreement of length (a Russian text has about 0.83 of the English word count), paragraph
     count and quotation profile (quotations matched in order by length), mapped from 0.6 to
     0.9: a translation keeps paragraphs and quotations, a report written on its own does not.

   The constants next to each definition below say where they were set: on the ``tuned`` set of
   ``eval/copies/gold.yaml`` and the examples, never on ``heldout``.

Grouping (:func:`group_copies`)
-------------------------------
Candidate pairs come from blocking keys (:func:`blocking_keys`): the LSH bands of the shingle
MinHash (reposts), and pairs of a document's most distinctive facts (people, day dates, numbers
above 12; the ``FACT_KEYS`` with the lowest hash, a bottom-k sketch, so that two documents with
mostly the same facts pick mostly the same ones; generic facts fill up a document that has fewer)
for rewrites and translations. A key shared by
more than ``MAX_BLOCK`` documents is not distinctive and makes no pairs. Pairs within a block are
scored; copies are linked strongest first (Kruskal over a union-find). The analyst's judgements
are applied every time: a merge is a link made before any scored one; a split wins over both,
since a link that would put the two documents of a split into one group is skipped. The
original of a group is the earliest published (dates compared as extents: ``2023-05`` is not
before ``2023-05-14``), or where that does not decide, the longest; then the smaller id.
Only groups of two documents or more are returned.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass
from itertools import combinations
from typing import Any, Literal

from dossier.group import minhash
from dossier.group.fingerprint import Fingerprint, fingerprint
from dossier.timex import extent

__all__ = [
    "THRESHOLD",
    "Comparison",
    "CopyGroup",
    "CopyJudgement",
    "Fingerprint",
    "blocking_keys",
    "candidate_pairs",
    "compare",
    "copy_score",
    "fingerprint",
    "group_copies",
    "is_copy",
    "score",
]

THRESHOLD = 0.5
# Facts: a share of 0.5 or less counts as nothing, 0.8 or more as full. On the tuned set,
# independent reports of one event share 0.32-0.68 of their facts (cross-language at most 0.60,
# same-language at most 0.44) and copies 0.55-0.94; NER misses in garbled re-translations keep
# copies below 1.
FACTS_FLOOR, FACTS_SPAN = 0.5, 0.3
# Stem bags in one language: independent reports of one event measured 0.14-0.27 on the tuned
# set, spun rewrites and re-translations 0.33-0.50, reposts 0.5 and more.
LEXICAL_FLOOR, LEXICAL_SPAN = 0.2, 0.2
# Structure across languages: translations measured 0.90-1.0 (a translation keeps paragraphs
# and quotations); the Russian report in examples/ that follows the AP story's facts closely
# but was written on its own measured 0.79.
STRUCTURE_FLOOR, STRUCTURE_SPAN = 0.6, 0.3
MIN_FACTS = 5  # comparable facts each document needs before facts can make it a copy
FACT_KEYS = 6  # distinctive facts per document that make blocking keys (15 pairs)
MAX_BLOCK = 300  # a key shared by more documents is not distinctive (e.g. "p:putin|n:2022")
# A rewrite or translation keeps the length: below this ratio of (language-adjusted) word
# counts the length counts against it. Our translations measured 0.9-1.0 after adjustment.
LENGTH_RATIO = 0.75
# Russian has no articles: our translations measured 0.80-0.90 of the English word count.
WORDS_PER_ENGLISH_WORD = {"ru": 0.83}
CROSS_LANGUAGE_KINDS = frozenset("ndmypg")  # organisations and outlets change with the language
_HALF_WEIGHT_KINDS = frozenset("gmy")
_ORDERED_KINDS = frozenset("ndmy")
_INDEX = (1 << 24) - 1  # candidate_pairs packs a document index into 24 bits
MIN_ORDERED = 3


@dataclass(frozen=True, slots=True)
class CopyGroup:
    id: str  # "copies:" + the original's document id
    original: str
    documents: tuple[str, ...]  # the original first, then by document id


@dataclass(frozen=True, slots=True)
class CopyJudgement:
    """The analyst's word on two documents: one report (merge) or two (split)."""

    kind: Literal["merge", "split"]
    a: str
    b: str


# --- comparing two fingerprints ---------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Comparison:
    """The evidence :func:`copy_score` weighs (see the module docstring), each 0..1."""

    same_language: bool
    containment: float  # estimated share of the shorter text's 3-shingles in the longer
    lexical: float  # stem-bag Jaccard
    facts: float  # the smaller of the two weighted shares of facts found in the other
    order: float  # share of shared facts in the same order
    structure: float  # mean agreement of length, paragraphs and quotations
    enough_facts: bool


def compare(a: Fingerprint, b: Fingerprint) -> Comparison:
    """All the evidence on two documents (for diagnostics; :func:`copy_score` stops early)."""
    return _compare(_prepare(a), _prepare(b))


def copy_score(a: Fingerprint, b: Fingerprint) -> float:
    """How surely two documents carry one report, 0..1; copies at :data:`THRESHOLD`."""
    return _score(_prepare(a), _prepare(b))


def is_copy(a: Fingerprint, b: Fingerprint) -> bool:
    return copy_score(a, b) >= THRESHOLD


@dataclass(frozen=True, slots=True)
class _FactBag:
    sequence: tuple[str, ...]
    counts: dict[str, int]  # fact -> occurrences x weight, in half units (small ints are shared)
    total: int


@dataclass(frozen=True, slots=True)
class _Prepared:
    """A fingerprint with its fact multisets counted once (grouping meets it in many pairs)."""

    fp: Fingerprint
    all: _FactBag
    cross: _FactBag  # the facts comparable across languages


def _prepare(fp: Fingerprint) -> _Prepared:
    cross = tuple(f for f in fp.facts if f[0] in CROSS_LANGUAGE_KINDS)
    return _Prepared(fp, _fact_bag(fp.facts), _fact_bag(cross))


def _fact_bag(facts: tuple[str, ...]) -> _FactBag:
    counts = {f: n * int(2 * _weight(f)) for f, n in Counter(facts).items()}
    return _FactBag(facts, counts, sum(counts.values()))


def _score(a: _Prepared, b: _Prepared) -> float:
    """``score(_compare(a, b))``, without the evidence that cannot change the result."""
    same = a.fp.language == b.fp.language
    containment = _containment(a.fp, b.fp) if same else 0.0
    facts_a, facts_b = (a.all, b.all) if same else (a.cross, b.cross)
    if min(len(facts_a.sequence), len(facts_b.sequence)) < MIN_FACTS:
        return containment
    if _shared(facts_a, facts_b) <= FACTS_FLOOR:
        return containment
    return score(_compare(a, b))


def _compare(a: _Prepared, b: _Prepared) -> Comparison:
    same = a.fp.language == b.fp.language
    facts_a, facts_b = (a.all, b.all) if same else (a.cross, b.cross)
    return Comparison(
        same_language=same,
        containment=_containment(a.fp, b.fp) if same else 0.0,
        lexical=minhash.similarity(a.fp.bag, b.fp.bag) if same else 0.0,
        facts=_shared(facts_a, facts_b),
        order=_order(facts_a.sequence, facts_b.sequence),
        structure=_structure(a.fp, b.fp),
        enough_facts=min(len(facts_a.sequence), len(facts_b.sequence)) >= MIN_FACTS,
    )


def score(c: Comparison) -> float:
    """The rule of the module docstring over a :class:`Comparison`."""
    rewrite = 0.0
    facts = _clip((c.facts - FACTS_FLOOR) / FACTS_SPAN)
    if c.enough_facts and facts > 0.0:
        if c.same_language:
            lexical = _clip((c.lexical - LEXICAL_FLOOR) / LEXICAL_SPAN)
            rewrite = (facts + lexical) / 2 * c.order * c.structure
        else:
            structure = _clip((c.structure - STRUCTURE_FLOOR) / STRUCTURE_SPAN)
            rewrite = facts * c.order * structure
    return max(c.containment, rewrite)


def _clip(x: float) -> float:
    return min(1.0, max(0.0, x))


def _containment(a: Fingerprint, b: Fingerprint) -> float:
    j = minhash.similarity(a.minhash, b.minhash)
    if j == 0.0 or not a.shingles or not b.shingles:
        return 0.0
    # |A n B| = J (|A| + |B|) / (1 + J), over the smaller set
    return min(1.0, j * (a.shingles + b.shingles) / ((1 + j) * min(a.shingles, b.shingles)))


def _weight(fact: str) -> float:
    if fact[0] in _HALF_WEIGHT_KINDS:
        return 0.5
    if fact[0] == "n" and fact[2:].isdigit() and int(fact[2:]) <= 12:
        return 0.5
    return 1.0


def _shared(a: _FactBag, b: _FactBag) -> float:
    """The smaller of the two weighted shares of facts found in the other (multisets)."""
    if not a.total or not b.total:
        return 0.0
    small, large = (a, b) if len(a.counts) <= len(b.counts) else (b, a)
    # both sides weigh a fact alike, so min(w n_a, w n_b) = w min(n_a, n_b)
    shared = 0
    for fact, n in small.counts.items():
        other = large.counts.get(fact)
        if other is not None:
            shared += min(n, other)
    return min(shared / a.total, shared / b.total)


def _order(a: Sequence[str], b: Sequence[str]) -> float:
    """Share of the shared numbers and dates that come in the same order in both texts.

    Only numbers and dates: each occurrence sits where the text says it, while a name is placed
    at its first mention, which a headline or a photo caption moves. The k-th occurrence of a
    value in one text is paired with its k-th occurrence in the other.
    """
    where: dict[str, list[int]] = defaultdict(list)
    for i, f in enumerate(b):
        if f[0] in _ORDERED_KINDS:
            where[f].append(i)
    seen: Counter[str] = Counter()
    sequence = []
    for f in a:
        if f[0] in _ORDERED_KINDS:
            if seen[f] < len(where[f]):
                sequence.append(where[f][seen[f]])
            seen[f] += 1
    if len(sequence) < MIN_ORDERED:
        return 1.0  # too few to tell: order neither helps nor hurts
    return _increasing(sequence) / len(sequence)


def _increasing(values: Sequence[int]) -> int:
    """Length of the longest strictly increasing subsequence (patience sorting)."""
    import bisect

    tails: list[int] = []
    for v in values:
        i = bisect.bisect_left(tails, v)
        if i == len(tails):
            tails.append(v)
        else:
            tails[i] = v
    return len(tails)


def _ratio(x: float, y: float) -> float:
    return min(x, y) / max(x, y) if max(x, y) > 0 else 1.0


def _structure(a: Fingerprint, b: Fingerprint) -> float:
    """Length agreement; across languages also paragraphs and quotations (a translation keeps
    them, while a spun rewrite merges paragraphs and turns quotations into reported speech)."""
    length = _clip(_ratio(_english_words(a), _english_words(b)) / LENGTH_RATIO)
    if a.language == b.language:
        return length
    return (length + _ratio(a.paragraphs, b.paragraphs) + _quote_agreement(a, b)) / 3


def _english_words(fp: Fingerprint) -> float:
    return fp.words / WORDS_PER_ENGLISH_WORD.get(fp.language, 1.0)


def _quote_agreement(a: Fingerprint, b: Fingerprint) -> float:
    """Share of quotations matched in order by length (a translation keeps its quotations)."""
    if not a.quotes and not b.quotes:
        return 1.0
    scale_a = 1 / WORDS_PER_ENGLISH_WORD.get(a.language, 1.0)
    scale_b = 1 / WORDS_PER_ENGLISH_WORD.get(b.language, 1.0)
    matched, j = 0, 0
    for qa in a.quotes:
        for k in range(j, len(b.quotes)):
            if _ratio(qa * scale_a, b.quotes[k] * scale_b) >= 0.6:
                matched, j = matched + 1, k + 1
                break
    return matched / max(len(a.quotes), len(b.quotes))


# --- blocking and grouping --------------------------------------------------------------------


def blocking_keys(fp: Fingerprint) -> set[str]:
    """Keys such that two copies share at least one (see the module docstring)."""
    keys = set(minhash.band_keys(fp.minhash, "m"))
    # distinctive facts first, generic ones (places, months, small numbers) only to fill up
    chosen = sorted(
        {f for f in fp.facts if f[0] in CROSS_LANGUAGE_KINDS},
        key=lambda f: (not _distinctive(f), minhash.hash64(f), f),
    )[:FACT_KEYS]
    keys.update(f"f:{x}|{y}" for x, y in combinations(sorted(chosen), 2))
    return keys


def _distinctive(fact: str) -> bool:
    """Facts rare enough to block on, and comparable across languages."""
    kind = fact[0]
    if kind in "pd":
        return True
    return kind == "n" and _weight(fact) == 1.0


def candidate_pairs(fps: Sequence[Fingerprint]) -> set[tuple[int, int]]:
    """Index pairs that share a blocking key of a block no larger than :data:`MAX_BLOCK`.

    Keys are packed with their document's index into one sorted list of integers rather than a
    dictionary of lists: 100,000 documents have some 3 million keys, almost all of them unique.
    Two keys whose 40-bit hashes collide only make extra candidates, which scoring discards.
    """
    tagged = sorted(
        (minhash.hash64(key) >> 24) << 24 | i
        for i, fp in enumerate(fps)
        for key in blocking_keys(fp)
    )
    pairs: set[tuple[int, int]] = set()
    start = 0
    for end in range(1, len(tagged) + 1):
        if end == len(tagged) or tagged[end] >> 24 != tagged[start] >> 24:
            if 2 <= end - start <= MAX_BLOCK:
                members = sorted({v & _INDEX for v in tagged[start:end]})
                pairs.update(combinations(members, 2))
            start = end
    return pairs


def group_copies(
    fps: Sequence[Fingerprint], judgements: Sequence[CopyJudgement] = ()
) -> list[CopyGroup]:
    """Copy groups of two documents or more, ordered by their original's document id."""
    index = {fp.document_id: i for i, fp in enumerate(fps)}
    if len(fps) > _INDEX:
        raise ValueError(f"group_copies takes at most {_INDEX} documents at once, not {len(fps)}")
    prepared = [_prepare(fp) for fp in fps]
    links: list[tuple[float, int, int]] = []
    for i, j in candidate_pairs(fps):
        s = _score(prepared[i], prepared[j])
        if s >= THRESHOLD:
            links.append((s, i, j))
    forced = [
        (index[j.a], index[j.b])
        for j in judgements
        if j.kind == "merge" and j.a in index and j.b in index
    ]
    apart = [
        (index[j.a], index[j.b])
        for j in judgements
        if j.kind == "split" and j.a in index and j.b in index
    ]
    links.sort(key=lambda link: (-link[0], link[1], link[2]))
    sets = _Partition(len(fps), apart)
    for i, j in [*forced, *((i, j) for _, i, j in links)]:
        sets.union(i, j)
    groups = [_group([fps[i] for i in members]) for members in sets.groups()]
    return sorted(groups, key=lambda g: g.original)


def extend_copy_groups(
    fps: Sequence[Fingerprint],
    previous: Mapping[str, str | None],
    fresh: Collection[str],
    judgements: Sequence[CopyJudgement] = (),
) -> list[CopyGroup]:
    """Copy groups of ``fps`` when only the ``fresh`` documents are new (incremental linking).

    The others keep the copy groups ``previous`` gives them, which may merge; only pairs with
    a fresh document are compared. Links are made as :func:`group_copies` makes them (best
    first, never across a split), so the groups are the ones it would give, but for the rare
    case where a split judgement makes the order of links matter.
    """
    index = {fp.document_id: i for i, fp in enumerate(fps)}
    apart = [(index[j.a], index[j.b]) for j in judgements
             if j.kind == "split" and j.a in index and j.b in index]  # fmt: skip
    sets = _Partition(len(fps), apart)
    groups: dict[str, list[int]] = defaultdict(list)
    for fp in fps:
        if fp.document_id not in fresh and (g := previous.get(fp.document_id)):
            groups[g].append(index[fp.document_id])
    for members in groups.values():
        for m in members[1:]:
            sets.union(members[0], m)
    new = {index[d] for d in fresh if d in index}
    blocks: dict[str, list[int]] = defaultdict(list)
    for i, fp in enumerate(fps):
        for key in blocking_keys(fp):
            blocks[key].append(i)
    pairs = {
        (min(i, j), max(i, j))
        for members in blocks.values() if 2 <= len(members) <= MAX_BLOCK
        for i in members if i in new
        for j in members if j != i
    }  # fmt: skip
    prepared = {i: _prepare(fps[i]) for i in {i for pair in pairs for i in pair}}
    links = [(s, i, j) for i, j in pairs if (s := _score(prepared[i], prepared[j])) >= THRESHOLD]
    forced = [(index[j.a], index[j.b]) for j in judgements
              if j.kind == "merge" and j.a in index and j.b in index]  # fmt: skip
    links.sort(key=lambda link: (-link[0], link[1], link[2]))
    for i, j in [*forced, *((i, j) for _, i, j in links)]:
        sets.union(i, j)
    found = [_group([fps[i] for i in members]) for members in sets.groups()]
    return sorted(found, key=lambda g: g.original)


class _Partition:
    """Union-find that refuses a union putting the two documents of a split into one set."""

    def __init__(self, size: int, apart: Sequence[tuple[int, int]]) -> None:
        self.parent = list(range(size))
        self.partners: dict[int, set[int]] = defaultdict(set)
        for a, b in apart:
            if a != b:
                self.partners[a].add(b)
                self.partners[b].add(a)
        # per root: its members that are in a split judgement
        self.judged: dict[int, set[int]] = {m: {m} for m in self.partners}

    def find(self, i: int) -> int:
        while self.parent[i] != i:
            self.parent[i] = self.parent[self.parent[i]]
            i = self.parent[i]
        return i

    def union(self, a: int, b: int) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra == rb:
            return
        judged_a, judged_b = self.judged.get(ra, set()), self.judged.get(rb, set())
        if any(self.find(p) == rb for m in judged_a for p in self.partners[m]):
            return
        self.parent[rb] = ra
        if judged_b:
            self.judged[ra] = judged_a | judged_b
            self.judged.pop(rb, None)

    def groups(self) -> list[list[int]]:
        members: dict[int, list[int]] = defaultdict(list)
        for i in range(len(self.parent)):
            members[self.find(i)].append(i)
        return [m for m in members.values() if len(m) >= 2]


def _group(members: list[Fingerprint]) -> CopyGroup:
    original = _original(members)
    rest = sorted(fp.document_id for fp in members if fp is not original)
    return CopyGroup(
        id=f"copies:{original.document_id}",
        original=original.document_id,
        documents=(original.document_id, *rest),
    )


def _original(members: Sequence[Fingerprint]) -> Fingerprint:
    """Earliest published (an undated copy cannot show it came first), then longest, then id."""
    spans = {fp.document_id: extent(fp.published) for fp in members}
    dated = [fp for fp in members if spans[fp.document_id] is not None]
    candidates = [
        fp
        for fp in dated
        if not any(_before(spans[o.document_id], spans[fp.document_id]) for o in dated)
    ] or list(members)
    return min(candidates, key=lambda fp: (-fp.words, fp.document_id))


def _before(a: tuple[Any, Any] | None, b: tuple[Any, Any] | None) -> bool:
    return a is not None and b is not None and a[1] < b[0]
