"""Typed events, one per trigger clause, with their arguments, dates, sources and modality.

For each sentence: find the pack's triggers (lemmas and phrases), keep those that carry a
clause, pick one trigger per clause, drop what repeats (a second conjoined clause of the same
type, a statement whose content is itself an event), then read the arguments off the parse.
What is particular to a type (a statement counts only as a main clause, a coercion's means in
one sentence are one event ...) is a flag of the type in the pack's ``events.yaml``, read
into :class:`~dossier.events.lexicon.TypeSpec`; no type is named here.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import dataclass, field

from dossier import timex
from dossier.events import arguments as args
from dossier.events.bargains import bargains
from dossier.events.cluster import cluster_mentions, headline_end, place
from dossier.events.dates import Timeline, build_timeline
from dossier.events.lexicon import (
    Lexicon,
    TriggerMatch,
    headline_verb,
    load_lexicon,
    match_sentence,
    norm,
)
from dossier.events.modality import cue_words, is_generic, modality_of
from dossier.events.syntax import Tree, build_tree
from dossier.lang import get_language
from dossier.models import (
    Analysis,
    Article,
    Citation,
    Entity,
    Event,
    Modality,
    Quantity,
    Span,
    Timex,
)
from dossier.packs import Pack

# 3: round 4 (statements on an attribution's word, two people acting, passive agents in UD
# labels, a phrase's object past the gap, Russian verbs last); 4: round 5 (dates counted
# from the narrative, a conjunct past a time clause, a headline's country over the lead's
# city); 5: round 6 (Russian imperfective triggers, a "where" clause's place, a nominal
# trigger's own place, a news day carried into the next paragraph);
# 6: round 7 ("another"/"ещё" opens a new happening, a relative clause's conjunct takes no
# frame, the lead rule keeps one sentence's clauses apart); 7: round 8 (a verb-object trigger
# in the passive, a conjunct shares its first conjunct's "then", an act during a happening
# takes its date, a "when" clause, the lead's news day, a pronoun object, conjuncts dated apart);
# 8: round 9 (a charge's content is no event, one verb with two objects and a type's pack
# outcomes are two happenings, a recap on a copula's predicate refers back, a carried day stops
# at a sentence reported before it, a frame breaker read by its written word); 9: round 10 (two
# terms with nothing in common are two sentences); 10: round 12 (pack 9); 11: round 13 (each
# event names its trigger's outcome, and two conjoined clauses of two outcomes are two events;
# a headline's or lead's place off the gazetteer's map keeps it from no other, pack 10)
# 12: round 14 (a phrase's oblique noun is no object; no place from an origin under the
# participant's own preposition or inside an origin phrase, an affair's attribute or a
# possessor country; a headline's verb read as a noun; a "when" clause's date; a conjoined
# clause on a companion; a headline joins its own outcome after the lead; pack 11)
# 13: round 15 (a headline's happening the lead does not tell is the body's first of its type
# and outcome, but for a type told by many; an indirect object is an object; a phrase takes
# the date of a clause below its head that it reaches into; pack 12)
# 14: round 16 (a phrase trigger takes no word inside a date: "gave him a job last year";
# pack 13's coercion outcomes, raid and coerce)
# 15: round 17 (a statement opened by "as" is an attribution: "Как предупредил адвокат, ...";
# pack 14's reminders, terms replaced on appeal and raids told as searches)
# 17: round 19 (a date before a trailing attribution is its own clause's where the parser
# hangs it on the attribution's verb; pack 16's arrests by being taken to the police)
# 18: round 20 (a raid after "after" is a happening of its own; pack 17's contracts offered
# instead of an expulsion or a term)
# 19: round 21 (a raid after "after" takes its place from its own phrase; bargains in
# dossier/events/bargains.py; pack 18's "made him sign", deployments to the Kharkiv region and
# complaints filed with another body)
# 20: round 22 (summonses a part of the raid, 'в ночь на 14 октября' the 14th, repeated acts
# generic, the side fought for in Russian, a region and its namesake seat one place)
# 21: round 23 (cluster rule 9: a bare retelling of an outcome the pack tells once is the
# document's one happening of it, pack 20's told_once; a weekend dates a happening to its week;
# what is appealed happened, the cue list 'contested')
# 22: round 24 (an English headline's present tells a happening, Language.headline_present; a
# lead after a city in capitals and a long dash is parsed without it, dossier.analyze.pieces)
EXTRACTOR = "dossier.events/22"
_OBJECT_DEPS = frozenset({"obj", "iobj"})  # the tree's labels are canonical ("dobj" is "obj")
_NOUN_CORE = frozenset({"nsubj", "nsubj:pass", "obj", "root", "attr", "conj", "appos", "oprd"})
# Russian reports name what happened in a "о ..." phrase ("сообщили о гибели"); English
# "about" phrases were mostly topics ("said little about the recruitment") on the gold set.
_ABOUT = frozenset({"о", "об", "про"})
# The sentence's own assertion, where a main_clause_only type (statements) is news; inside
# a modifier it is not ("promising salaries", "what he had been promised").
_MAIN_CLAUSE_DEPS = frozenset({"root", "conj", "parataxis"})
_CONTENT_PREPS = frozenset({"into", "to", "в"})
_SUBJECTS = frozenset({"nsubj", "nsubj:pass"})
# what a phrase trigger acts on: its object, or a passive subject ("a decree was signed")
_ACTED_ON = frozenset({"obj", "nsubj:pass"})
_DETERMINERS = frozenset({"det"})
# the words that may stand before a noun and modify it ("another 12", "ещё одного", "another
# Tajik"), and how many of them are read back from it
_PRE = frozenset({"DET", "NUM", "ADJ", "ADV", "PROPN"})
# a clause's phrase that sets it at an occasion ("at the same hearing": prep, then its noun)
_OCCASION = frozenset({"obl", "nmod"})
_PREP = frozenset({"prep"})
_PREMODIFIERS = 3
_NOT_A_CLAUSE = frozenset({"amod", "compound", "flat", "nummod"})
# "detained 30 migrants during a raid", "во время рейда", "в ходе облавы": a happening named by
# a noun in a during-phrase is an event of its own beside the clause it frames, for the
# pack's during_phrase types (raids, not "during mobilisation", which names a period).
_DURING = frozenset({"during", "amid"})
_DURING_RU = frozenset({"время", "ход"})  # the fixed part of "во время", "в ходе"
# "detained after a raid on their hostel": the raid is a happening of its own before the
# clause, told by its noun (round 20). Russian "после облавы в общежитии" was tried and left
# out: a held-out set's cross-document F1 fell (heldout10 0.719 -> 0.624)
_AFTER = frozenset({"after", "following"})
_TOLD_BY_CLAUSE = frozenset({"acl", "acl:relcl", "relcl"})
_DETAIL = frozenset({"prep", "nmod", "obl", "nummod", "appos"})  # a place, a time, a count
_SPACES = re.compile(r"\s+")
# Markdown emphasis and list bullets (reports, Telegram posts) are layout, not words.
_EMPHASIS = re.compile(r"\*\*|__|(?<!\w)[*_](?=\w)|(?<=\w)[*_](?!\w)")
_LINK = re.compile(r"\[([^\]]+)\]\([^)\s]+\)")  # a Markdown link: keep its words
_EMPTY_BRACKETS = re.compile(r"\s*(?:\(\s*\)|\[\s*\])")  # left by a cut citation
_COMPLEMENTIZER = re.compile(r"^(?:that|что|чтобы)\s+", re.IGNORECASE)
_BULLET = re.compile(r"^(?:[-*•▪▫◦‣·–—]|\d{1,2}[.)]|[^\w\s\"'«“‘(])+\s*")
_SUMMARY_CHARS = 200
_EDGE_CHARS = " ,;:.()—–-\"'«»“”"
# Confidence by modality; tuned by eye on the gold set: asserted events with a citation are
# right most often, generic ones least.
_CONFIDENCE: dict[str, float] = {
    "asserted": 0.8,
    "negated": 0.6,
    "planned": 0.5,
    "hypothetical": 0.4,
    "generic": 0.3,
}


@dataclass(slots=True)
class Candidate:
    match: TriggerMatch
    head: int  # clause head
    anchor: int  # the trigger token closest to the root
    merged: list[int] = field(default_factory=list)  # heads of conjoined same-type clauses


def find_events(
    article: Article,
    analysis: Analysis,
    timexes: list[Timex],
    quantities: list[Quantity],
    citations: list[Citation],
    entities: list[Entity],
    pack: Pack,
) -> list[Event]:
    """The events of one article, in text order, with ids ``v1``, ``v2`` ..."""
    if not analysis.tokens:
        return []
    lexicon = load_lexicon(pack)
    language = analysis.language or article.language or "en"
    if not get_language(language).supported:
        return []  # no cues or tense rules for this language, and no other language's apply
    tree = build_tree(analysis)
    timeline = build_timeline(
        tree, article.text, analysis.paragraphs, timexes, citations, language, article.published
    )
    headline = headline_end(analysis.paragraphs)
    dated = _dated_words(tree, timexes)
    candidates = _dedupe(
        tree, _candidates(tree, lexicon, language, headline, dated), language, timeline
    )
    index = args.EntityIndex(entities)
    owner = _quantity_owners(tree, candidates, quantities)
    events, referring, others, acts = [], set(), set(), {}
    heads = {cand.head: f"v{n + 1}" for n, cand in enumerate(candidates)}
    during = []
    titled = _titled(article.text, headline)
    title = headline if titled else 0  # where a headline ends
    for n, cand in enumerate(candidates):
        frame = heads.get(tree.clause[cand.anchor])
        if cand.head == cand.anchor and frame and _during_phrase(tree, cand.anchor):
            during.append((frame, f"v{n + 1}"))
        event = _event(article.text, tree, timeline, cand, citations, index, language, title)
        event.id = f"v{n + 1}"
        event.quantities = [q for q, c in owner.items() if c == n]
        events.append(event)
        if _refers_back(tree, cand, language) or cand.match.spec.part:
            # a part of a happening told before ("вручили повестки" after the raid) goes on
            # with it, as a mention that refers back does
            referring.add(event.id)
        if _tells_another(tree, cand, language):
            others.add(event.id)
        acts[event.id] = _act(tree, cand)
    countries = _country_ids(entities, pack)
    within = _countries_of(entities, countries)
    events = cluster_mentions(
        analysis.paragraphs, events, entities, quantities, referring, within, others, during,
        acts, lexicon.told_by_many,
        titled=titled,
        told_once=_told_once(lexicon),
        countries=countries,
    )  # fmt: skip
    for event in events:
        event.placement = place(event, article.published)
    return events


def _titled(text: str, headline: int) -> bool:
    """True when the first paragraph is a headline: it ends without a sentence's full stop
    ("Court jails recruiter"), where a text without a title opens with its lead sentence."""
    return headline > 0 and text[:headline].rstrip()[-1:] not in {".", "!", "?", "»", '"'}


def _dated_words(tree: Tree, timexes: list[Timex]) -> frozenset[int]:
    """The tokens inside a date ("last year", "два года назад", "a year later"): no word of
    a phrase trigger. "He got a job last year" is no term of years, where "gets 15 years"
    (a duration) is."""
    starts = [token.start for token in tree.tokens]  # in text order
    found: set[int] = set()
    for t in timexes:
        if t.type == "DATE":
            found.update(range(bisect_left(starts, t.start), bisect_left(starts, t.end)))
    return frozenset(found)


def _candidates(
    tree: Tree,
    lexicon: Lexicon,
    language: str,
    headline: int = 0,
    dated: frozenset[int] = frozenset(),
) -> list[Candidate]:
    """Trigger clauses of every sentence, one per clause head; ``headline`` is where the
    headline ends (0: none); ``dated``: tokens inside a date, which no phrase takes."""
    chosen: dict[int, Candidate] = {}
    verb_last = get_language(language).verb_last
    endings = cue_words(language, "headline_verbs")
    for span in tree.sentence_tokens.values():
        sentence = [tree.tokens[i] for i in span]
        in_headline = bool(sentence) and sentence[-1].end <= headline
        verbs = endings if in_headline else frozenset()
        for match in match_sentence(lexicon, language, sentence, verb_last, verbs):
            if match.is_phrase and not dated.isdisjoint(match.tokens):
                continue
            anchor = min(match.tokens, key=tree.depth)
            head = tree.clause[anchor]
            # "CBI arrests Mumbai visa agent": a headline's verb the tagger read as a noun
            read_as_noun = in_headline and headline_verb(sentence, anchor - sentence[0].i, verbs)
            if not read_as_noun and not match.is_phrase and not _carries_clause(tree, anchor):
                if not match.spec.kind.during_phrase or not _during_phrase(tree, anchor):
                    continue
                head = anchor
            cand = Candidate(match, head, anchor)
            if _modifier_clause(tree, cand, headline) or _charge_content(tree, head, language):
                continue
            best = chosen.get(cand.head)
            if best is None or _rank(tree, cand) < _rank(tree, best):
                chosen[cand.head] = cand
        for match, head, anchor, terms in bargains(tree, lexicon.bargains.get(language, ()), span):
            cand = Candidate(match, head, anchor)
            if not _modifier_clause(tree, cand, headline):
                for term in terms:  # "would be deported", "unless he signed": its terms
                    chosen.pop(term, None)
                chosen[cand.head] = cand
    return sorted(chosen.values(), key=lambda c: c.match.tokens[0])


def _act(tree: Tree, cand: Candidate) -> frozenset[tuple[str, str]]:
    """What the trigger says of the act, as (aspect, value) pairs (cluster rule 3): the
    lemmas of a phrase's verb and its last object noun ("signed a decree": sign, decree),
    for a phrase of one verb and an object; the outcome group its type's pack puts it in.
    A noun the phrase holds in an oblique case or after a preposition is part of its idiom,
    not what was acted on: "оставил в силе приговор" and "оставил без изменения приговор"
    are one act, where "signed a decree" and "signed a law" are two."""
    found = set()
    if cand.match.spec.outcome is not None:
        found.add(("outcome", str(cand.match.spec.outcome)))
    if cand.match.is_phrase:
        tokens = [tree.tokens[i] for i in cand.match.tokens]
        verbs = [t for t in tokens if t.pos == "VERB"]
        nouns = [t for t in tokens if t.pos == "NOUN" and tree.deps[t.i] in _ACTED_ON]
        if len(verbs) == 1 and nouns:
            found.add((norm(verbs[0].lemma), norm(nouns[-1].lemma)))
    return frozenset(found)


def _refers_back(tree: Tree, cand: Candidate, language: str) -> bool:
    """True when the clause's subject, or its trigger noun, refers back to what the text has
    told: a common noun or number under one of the language's ``referring`` determiners
    ("The two were arrested", "The decree, published ...", "Этот указ"), or such a word
    alone ("Оба были задержаны"); so does a recap whose copula has such a subject or a
    pronoun ("He is the second man to be arrested": :func:`_recap_subjects`). A name takes
    "the" without referring back ("the State Duma")."""
    words = cue_words(language, "referring")
    recap = _recap_subjects(tree, cand.head)
    if any(tree.tokens[i].pos == "PRON" for i in recap):
        return True  # "He is the second man to be arrested"
    for i in _argument_heads(tree, cand, _SUBJECTS) + recap:
        if tree.tokens[i].pos == "PROPN":
            continue
        if norm(tree.tokens[i].lemma) in words:
            return True
        determiners = tree.child_deps(i, _DETERMINERS)
        if any(norm(tree.tokens[d].lemma) in words for d in determiners):
            return True
    return False


def _recap_subjects(tree: Tree, head: int) -> list[int]:
    """The subjects of a copula whose predicate noun the clause hangs on: a recap ("He is
    the second Indian to be killed", "The recruiter is the first middleman to be
    convicted") tells again the happening of its subject."""
    if tree.deps[head] not in {"acl:relcl", "acl"}:
        return []
    noun = tree.tokens[head].head
    if tree.deps[noun] == "attr":  # ClearNLP: the copula governs its predicate
        return tree.child_deps(tree.tokens[noun].head, _SUBJECTS)
    if tree.child_deps(noun, frozenset({"cop"})):  # UD: the predicate governs the copula
        return tree.child_deps(noun, _SUBJECTS)
    return []


def _tells_another(tree: Tree, cand: Candidate, language: str) -> bool:
    """True when the clause's subject or object, or its trigger noun, is someone or something
    not yet told: one of the language's ``another`` words among the words before it that
    modify it ("Another Tajik man was buried", "detained another 12 people", "похоронили ещё
    одного уроженца", "Ещё двоих иностранцев задержали"). The words are read in order, not
    in the parse, which hangs "ещё одного" on a neighbouring noun as often as on its own."""
    words = cue_words(language, "another")
    if not words:
        return False
    companions = cue_words(language, "companion")
    ordinals = cue_words(language, "ordinal")
    for i in _argument_heads(tree, cand, _SUBJECTS | _OBJECT_DEPS):
        person = i != cand.anchor  # an argument, not the trigger noun itself
        if person and norm(tree.tokens[i].lemma) in companions:
            return True  # "his accomplice", "его сообщница": someone beside the one told
        # "a second defendant" is another person; "It was the second raid on the mosque"
        # counts the raid told (a recap), so an ordinal counts only on an argument
        cues = words | ordinals if person else words
        before = i - 1
        while before >= 0 and i - before <= _PREMODIFIERS and tree.tokens[before].pos in _PRE:
            if norm(tree.tokens[before].lemma) in cues:
                return True
            before -= 1
    return _at_the_same(tree, cand, cue_words(language, "same"))


def _at_the_same(tree: Tree, cand: Candidate, same: frozenset[str]) -> bool:
    """True when the clause is set at an occasion already told ("At the same hearing, the
    court gave ...", "На том же заседании суд ..."): a phrase of the clause whose noun the
    language's ``same`` word modifies tells a second act of that occasion."""
    if not same:
        return False
    nouns = tree.child_deps(cand.head, _OCCASION)
    nouns += [n for p in tree.child_deps(cand.head, _PREP) for n in tree.child_deps(p, _OCCASION)]
    for i in nouns:
        if any(norm(tree.tokens[k].lemma) in same for k in range(max(0, i - _PREMODIFIERS), i)):
            return True
    return False


def _argument_heads(tree: Tree, cand: Candidate, deps: frozenset[str]) -> list[int]:
    """The heads of the clause's arguments of ``deps``, and its trigger when that is a noun
    (the phrase a cue word of :func:`_refers_back` or :func:`_tells_another` stands in)."""
    heads = tree.child_deps(cand.head, deps)
    if tree.tokens[cand.anchor].pos == "NOUN":
        heads.append(cand.anchor)
    return heads


def _modifier_clause(tree: Tree, cand: Candidate, headline: int = 0) -> bool:
    """True for a participle modifying a noun ("citizens found fighting", "заключившим
    контракт"), and for a main_clause_only type (a statement) anywhere but the sentence's
    own assertion. In a headline, a participle on the headline's own noun is its predicate
    ("Tajik fighter arrested on return home": he was arrested)."""
    head, dep = cand.head, tree.deps[cand.head]
    if cand.match.spec.kind.main_clause_only:
        if dep not in _MAIN_CLAUSE_DEPS:
            return not _attributed(tree, head)
        if _as_said(tree, head):
            return True
    if dep == "amod":
        return True
    if dep != "acl":
        return False
    if tree.tokens[head].start < headline:
        noun = tree.tokens[head].head
        if tree.tokens[noun].head == noun and tree.tokens[head].pos == "VERB":
            return False
    return not any(tree.deps[c] in {"nsubj", "nsubj:pass"} for c in tree.children[head])


def _charge_content(tree: Tree, head: int, language: str) -> bool:
    """True for a clause that is what someone is charged with, suspected or convicted of
    ("convicted of recruiting men", "arrested for helping recruiters"): a charge word's
    phrase opened by one of the language's ``charge_preps`` (a preposition above the clause,
    or a case marker in it, as UD labels it). Only a verb's clause: a noun there is no event
    unless it frames one ("задержали в ходе облавы" is a raid)."""
    if tree.tokens[head].pos != "VERB":
        return False
    words, preps = cue_words(language, "charge"), cue_words(language, "charge_preps")
    dep, parent = tree.deps[head], tree.tokens[head].head
    if dep == "pcomp":  # "convicted -> of -> recruiting"
        marker, governor = parent, tree.tokens[parent].head
    elif dep in {"obl", "advcl", "acl", "nmod"}:  # "осужден <- вербовку -case-> за"
        markers = tree.child_deps(head, frozenset({"case", "mark"}))
        marker, governor = (markers[0] if markers else head), parent
    else:
        return False
    return norm(tree.tokens[marker].lemma) in preps and norm(tree.tokens[governor].lemma) in words


def _as_said(tree: Tree, head: int) -> bool:
    """True for a clause opened by the language's "as" ("Как предупредил адвокат, его
    подзащитный ...", which the parser hangs on the sentence as parataxis): it attributes
    the sentence's claim, and is no statement of its own."""
    opened = cue_words(tree.language, "as_said")
    return any(
        tree.deps[c] == "mark" and norm(tree.tokens[c].lemma) in opened for c in tree.children[head]
    )


def _attributed(tree: Tree, head: int) -> bool:
    """True for a clause that is what a plain attribution reports ("Lavrov agreed on Monday
    ..., the ministry said"; "Russia agrees to stop recruiting, Colombo says"): the sentence
    asserts it on the source's word, as it asserts any cited fact."""
    if tree.deps[head] != "ccomp":
        return False
    governor = tree.tokens[tree.tokens[head].head]
    speech = get_language(tree.language).speech_verbs
    return speech is not None and speech.fullmatch(governor.text.lower()) is not None


def _rank(tree: Tree, cand: Candidate) -> tuple[int, int, int]:
    # The trigger nearest the clause head; then a phrase before a single word; then pack order.
    near = tree.depth(cand.anchor) - tree.depth(cand.head)
    return (near, 0 if cand.match.is_phrase else 1, cand.match.spec.rank)


def _carries_clause(tree: Tree, i: int) -> bool:
    """True when a single-word trigger is a clause's core, not a modifier of something else."""
    dep, tok = tree.deps[i], tree.tokens[i]
    if dep in _NOT_A_CLAUSE:
        return False
    if tok.pos not in {"NOUN", "PROPN"}:
        return True
    if dep in _NOUN_CORE:
        return True
    # "reports about the deaths", "сообщили о гибели": a noun the clause is about.
    near = [tok.head, *tree.children[i]]
    return dep in {"obl", "nmod"} and any(norm(tree.tokens[j].text) in _ABOUT for j in near)


def _during_phrase(tree: Tree, i: int) -> bool:
    """True for a noun inside "during ...", "amid ...", "во время ...", "в ходе ...", or
    "after ..." with a detail and no relative clause of its own."""
    tok = tree.tokens[i]
    if tok.pos not in {"NOUN", "PROPN"} or tree.deps[i] not in {"obl", "nmod"}:
        return False
    if _after_noun(tree, i):
        # with a detail of its own ("after a raid on their hostel"), not a bare anaphoric "after
        # the raid"; "after a raid that police carried out on Tuesday": the relative clause tells it
        detailed = bool(tree.child_deps(i, _DETAIL))
        return detailed and not tree.child_deps(i, _TOLD_BY_CLAUSE)
    if norm(tree.tokens[tok.head].lemma) in _DURING:
        return True
    fixed = [f for c in tree.child_deps(i, frozenset({"case"})) for f in tree.children[c]]
    return any(norm(tree.tokens[f].lemma) in _DURING_RU for f in fixed)


def _after_noun(tree: Tree, i: int) -> bool:
    """True for a word that "after" or "following" governs ("after a raid on their hostel")."""
    return norm(tree.tokens[tree.tokens[i].head].lemma) in _AFTER


def _told_once(lexicon: Lexicon) -> frozenset[tuple[str, str]]:
    """(type, outcome group) of the outcomes a document tells of one happening (the pack's
    ``told_once``; cluster rule 9)."""
    return frozenset((kind.name, str(n)) for kind in lexicon.types.values() for n in kind.told_once)


def _country_ids(entities: Sequence[Entity], pack: Pack) -> frozenset[str]:
    """The ids of the document's places that are countries."""
    from dossier.resolve.gazetteer import get_gazetteer

    gazetteer = get_gazetteer(pack)
    return frozenset(
        e.id
        for e in entities
        if e.type == "PLACE"
        and e.geo is not None
        and (found := gazetteer.lookup(e.name)) is not None
        and found.kind == "country"
    )


def _countries_of(entities: Sequence[Entity], countries: frozenset[str]) -> dict[str, str]:
    """Each place's entity id mapped to the id of the country it lies in, when the document
    names that country (``countries``: its places that are countries, :func:`_country_ids`)."""
    named: dict[str, str] = {}
    for e in entities:
        if e.id in countries and e.geo is not None and e.geo.country:
            named.setdefault(e.geo.country, e.id)
    return {
        e.id: named[e.geo.country]
        for e in entities
        if e.type == "PLACE"
        and e.geo is not None
        and e.geo.country in named
        and named[e.geo.country] != e.id
    }


def _dedupe(
    tree: Tree, cands: list[Candidate], language: str, timeline: Timeline
) -> list[Candidate]:
    by_head = {c.head: c for c in cands}
    kept: list[Candidate] = []
    for cand in cands:
        governor = by_head.get(tree.clause[tree.tokens[cand.head].head])
        if governor is not None and governor is not cand:
            same = governor.match.spec.type == cand.match.spec.type
            if (
                same
                and tree.deps[cand.head] == "conj"
                and _repeats(tree, governor, cand)
                and not _dated_apart(timeline, governor, cand)
                and not _other_outcomes(governor, cand)
                and not _tells_another(tree, cand, language)
            ):
                governor.merged.append(cand.head)
                continue
            # "tricked into signing", "forced to sign up": the signing is the coercion's content.
            if not same and _content_clause(tree, cand.head):
                continue
        yields = cand.match.spec.kind.yields_to_content
        if yields and _reports_event(tree, cand, by_head, language):
            continue
        demanding = _demanding_event(tree, cand, by_head, language)
        if demanding is not None:
            demanding.merged.append(cand.head)  # the signing is part of the coercion's clause
            continue
        twin = _twin(tree, cand, kept)
        if twin is not None:
            twin.merged.append(cand.head)
            continue
        kept.append(cand)
    return kept


def _repeats(tree: Tree, governor: Candidate, conj: Candidate) -> bool:
    """True when a conjoined clause of the same type goes on with the same event. One with a
    subject of its own that states a fact beside a non-fact reports another ("may lose their
    permits, and some have been threatened with criminal cases"): the fact must not be lost."""
    if not tree.child_deps(conj.head, frozenset({"nsubj", "nsubj:pass"})):
        return True
    language = tree.language
    modalities = {
        modality_of(tree, governor.match.tokens, governor.head, language),
        modality_of(tree, conj.match.tokens, conj.head, language),
    }
    return len(modalities) == 1 or "asserted" not in modalities


def _other_outcomes(governor: Candidate, conj: Candidate) -> bool:
    """True when two conjoined clauses tell two outcomes the pack tells apart ("the body was
    flown home on Tuesday, and he was buried the same evening"; "was wounded and later
    died"): two happenings, as the clustering's rule 3 has them in two sentences."""
    first, second = governor.match.spec.outcome, conj.match.spec.outcome
    return first is not None and second is not None and first != second


def _dated_apart(timeline: Timeline, governor: Candidate, conj: Candidate) -> bool:
    """True when two conjoined clauses each give a date of their own, and not the same one
    ("In September 2022 the Duma passed a bill, and in November 2022 Putin signed a decree";
    "passed the bill last week, and the Federation Council approved it on August 2", though
    August 2 lies in that week): a writer who dates each act apart tells two acts."""
    first = timeline.happened(governor.head, governor.anchor, frame_ok=False)
    second = timeline.happened(conj.head, conj.anchor, frame_ok=False)
    return first is not None and second is not None and first != second


def _demanding_event(
    tree: Tree, cand: Candidate, by_head: dict[int, Candidate], language: str
) -> Candidate | None:
    """The event of one of the type's ``demanded_by`` types of which ``cand`` is only the
    demand, as a recruitment is of a coercion: "offered him to sign a contract, threatening
    deportation", "предлагал подписать контракт, чтобы избежать депортации". ``cand`` is not
    asserted, and its clause is next to the other's (the nearest event clause above it, or
    one right below it)."""
    demanded_by = cand.match.spec.kind.demanded_by
    if not demanded_by:
        return None
    if modality_of(tree, cand.match.tokens, cand.head, language) == "asserted":
        return None
    near = [c for c in by_head.values() if tree.clause[tree.tokens[c.head].head] == cand.head]
    above = _event_above(tree, cand.head, by_head)
    if above is not None:
        near.append(above)
    return next((c for c in near if c is not cand and c.match.spec.type in demanded_by), None)


def _twin(tree: Tree, cand: Candidate, kept: list[Candidate]) -> Candidate | None:
    """An earlier kept event of a one_per_sentence type in the same sentence and modality: a
    sentence names one coercion by its several means ("lured young men ... with promises of
    work"), where deaths or arrests in one sentence are often several happenings."""
    if not cand.match.spec.kind.one_per_sentence:
        return None
    sentence = tree.tokens[cand.head].sentence
    for other in kept:
        same = other.match.spec.type == cand.match.spec.type
        if same and tree.tokens[other.head].sentence == sentence and _repeats(tree, other, cand):
            return other
    return None


def _event_above(tree: Tree, head: int, by_head: dict[int, Candidate]) -> Candidate | None:
    """The candidate of the nearest clause above ``head`` that has one ("threatened them ...
    unless they agreed to visit a recruitment office": visit -> agreed -> threatened)."""
    for node in tree.ancestors(head):
        if node in by_head and tree.clause[node] == node:
            return by_head[node]
    return None


def _content_clause(tree: Tree, head: int) -> bool:
    dep = tree.deps[head]
    if dep == "xcomp":
        return True
    parent = tree.tokens[head].head
    return dep == "pcomp" and norm(tree.tokens[parent].lemma) in _CONTENT_PREPS


def _reports_event(
    tree: Tree, statement: Candidate, by_head: dict[int, Candidate], language: str
) -> bool:
    """True when a statement's that-clause asserts an event of its own ("said X was killed");
    a warning of what could happen stays a statement, and so does one stating a rule in the
    present ("warned that taking part is punished by prison") or reporting another statement
    (a content of a yields_to_content type)."""
    for head, cand in by_head.items():
        if cand.match.spec.kind.yields_to_content or head == statement.head:
            continue
        content = tree.deps[head] == "ccomp" and statement.head in tree.ancestors(head)
        asserted = modality_of(tree, cand.match.tokens, head, language) == "asserted"
        if content and asserted and not is_generic(tree, head, language):
            return True
    return False


def _quantity_owners(
    tree: Tree, cands: list[Candidate], quantities: list[Quantity]
) -> dict[int, int]:
    """Quantity index -> candidate index: the event whose clause (or a clause below it) holds it."""
    heads: dict[int, int] = {}
    for n, cand in enumerate(cands):
        for h in (cand.head, *cand.merged):
            heads[h] = n
    owner: dict[int, int] = {}
    for q_index, q in enumerate(quantities):
        token = next(
            (t.i for t in tree.tokens if t.start <= q.start < t.end or q.start <= t.start < q.end),
            None,
        )
        if token is None:
            continue
        for node in (tree.clause[token], *tree.ancestors(tree.clause[token])):
            if node in heads:
                owner[q_index] = heads[node]
                break
            below = [
                c for c in tree.children[node] if c in heads and args.infinitive_clause(tree, c)
            ]
            if len(below) == 1:
                # "Three Kyrgyz migrants came to sign contracts": the subject of the verb
                # whose infinitive tells the happening is who it happened to
                owner[q_index] = heads[below[0]]
                break
            if tree.deps[node] == "acl:relcl":
                # a relative clause that tells no happening describes its noun: "under the
                # law, which carries five to 10 years" gives the law's range, not the term
                break
    return owner


def _event(
    text: str,
    tree: Tree,
    timeline: Timeline,
    cand: Candidate,
    citations: list[Citation],
    index: args.EntityIndex,
    language: str,
    title_end: int = 0,
) -> Event:
    span = tree.sentence_tokens[tree.tokens[cand.head].sentence]
    evidence: Span = (tree.tokens[span[0]].start, tree.tokens[span[-1]].end)
    cited = args.citations_for(citations, evidence)
    reported = next((c.date for c in cited if c.date), None)
    in_title = tree.tokens[cand.head].start < title_end
    modality, date = _modality_and_date(tree, timeline, cand, language, in_title)
    if date is not None and reported is not None and _later(date, reported):
        # What was reported on a day cannot have happened after it: the date came from a
        # narrative frame that does not cover this sentence.
        date = timeline.happened(cand.head, cand.anchor, frame_ok=False)
    if date is None and modality == "asserted" and reported is not None:
        date = _dated_by_report(tree, timeline, cand, reported, language)
    if date is None and modality == "asserted" and _says(tree, cand, cited):
        date = timeline.said_on(cand.head)
    if date is None and modality == "asserted" and cand.match.spec.kind.dated_by_report:
        date = _said_with(tree, timeline, cand.head)
    date = timex.without_time(date)  # "утром в пятницу": the day
    actors, targets = args.roles(tree, cand.head, index)
    clause = [i for i in span if tree.clause[i] in (cand.head, *cand.merged)]
    if cand.head == cand.anchor and _after_noun(tree, cand.anchor):
        # a happening told by a noun after "after" ("after a police raid on their hostel in
        # Chelyabinsk"): its own phrase is its clause. Not one after "during" (measured: a
        # held-out set's within-document F1 fell), which happened where its clause did
        own = set(tree.subtree(cand.anchor))
        clause = [i for i in span if i in own]
    where = clause
    if (
        not cand.match.is_phrase
        and cand.anchor != cand.head
        and tree.tokens[cand.anchor].pos == "NOUN"
        and tree.deps[cand.anchor] in _OBJECT_DEPS
    ):
        # "посольство Индии в Москве подтвердило гибель 30-летнего": the death happened
        # where its own phrase says, not where the embassy that confirms it stands
        own = set(tree.subtree(cand.anchor))
        where = [i for i in clause if i in own]
    confidence = _CONFIDENCE[modality] + (0.1 if cited else 0.0)
    if not cand.match.is_phrase and tree.tokens[cand.anchor].pos in {"NOUN", "PROPN"}:
        confidence -= 0.1
    tokens = [tree.tokens[i] for i in cand.match.tokens]
    return Event(
        id="",
        type=cand.match.spec.type,
        evidence=evidence,
        trigger=(tokens[0].start, tokens[-1].end),
        date=date,
        reported=reported,
        actors=actors,
        targets=targets,
        place=args.place(
            tree,
            where,
            index,
            set(actors),
            cue_words(language, "origin"),
            cue_words(language, "where"),
            cand.anchor,
            cue_words(language, "affair"),
        ),
        citations=[c.id for c in cited],
        modality=modality,
        confidence=round(min(confidence, 0.95), 2),
        summary=_summary(text, tree, cand, citations),
        outcome=cand.match.spec.outcome_name,
        extractor=EXTRACTOR,
    )


def _modality_and_date(
    tree: Tree, timeline: Timeline, cand: Candidate, language: str, in_title: bool = False
) -> tuple[Modality, str | None]:
    if _contested(tree, cand, language):
        # "Прокуратура обжалует оправдательный приговор": the verdict was handed down
        return "asserted", timeline.of_noun(cand.anchor)
    modality = modality_of(tree, cand.match.tokens, cand.head, language)
    if _told_about(tree, cand, language):
        # "В четверг заявили о гибели студента": the clause's time is the statement's
        return modality, timeline.of_noun(cand.anchor)
    own = _phrase_clause_date(tree, timeline, cand) or timeline.happened(
        cand.head, cand.anchor, frame_ok=False
    )
    for head in cand.merged:  # a date of a clause that was folded into this one
        own = own or timeline.happened(head, head, frame_ok=False)
    if own is not None:
        return modality, own
    # a headline's present may tell a past happening ("Court jails man"): no habit there
    historical = in_title and get_language(language).headline_present
    if modality == "asserted" and (
        (is_generic(tree, cand.head, language) and not historical)
        or _repeated(tree, cand, language)
    ):
        return "generic", None
    frame_ok = modality in {"asserted", "negated"}
    return modality, timeline.happened(cand.head, cand.anchor, frame_ok=frame_ok)


def _repeated(tree: Tree, cand: Candidate, language: str) -> bool:
    """True for an act told as done again and again ("has repeatedly warned citizens",
    "неоднократно просил Москву"): one of the language's ``repeated`` adverbs modifies the
    clause itself. Such a clause tells a habit, as the simple present does, not one happening."""
    words = cue_words(language, "repeated")
    adverbs = tree.child_deps(cand.head, frozenset({"advmod"}))
    return any(norm(tree.tokens[i].lemma) in words for i in adverbs)


def _phrase_clause_date(tree: Tree, timeline: Timeline, cand: Candidate) -> str | None:
    """The date of a clause below the head that a phrase's words reach into, when the head's
    own clause gives none ("the court ordered him held on Thursday", conjoined to "was
    arrested on Tuesday"): the act's date, before one the head would borrow from the clause
    it is conjoined to."""
    if timeline.in_clause(cand.head, cand.anchor) is not None:
        return None
    for word in cand.match.tokens:
        clause = tree.clause[word]
        if clause != cand.head:
            found = timeline.in_clause(clause, word)
            if found is not None:
                return found
    return None


def _contested(tree: Tree, cand: Candidate, language: str) -> bool:
    """True for a trigger noun that is the object of one of the language's ``contested`` verbs
    ("обжалует оправдательный приговор", "will appeal the acquittal"): what is appealed
    happened, whatever the appeal's own tense; its time is the noun's own."""
    anchor = cand.anchor
    if tree.tokens[anchor].pos != "NOUN" or cand.head == anchor:
        return False
    if tree.deps[anchor] != "obj":  # the tree's labels are canonical ("dobj" is "obj")
        return False
    verb = tree.governor(anchor)
    return norm(tree.tokens[verb].lemma) in cue_words(language, "contested")


def _told_about(tree: Tree, cand: Candidate, language: str) -> bool:
    """True for a trigger noun that a telling is about: a speech verb's ("заявили о гибели",
    "reported the death of") or one of the language's ``told`` words' ("публикации о гибели",
    "news of the death"); the clause's time is the telling's, not the noun's."""
    anchor = cand.anchor
    if tree.tokens[anchor].pos != "NOUN" or cand.head == anchor:
        return False
    teller = tree.governor(anchor)
    if norm(tree.tokens[teller].lemma) in cue_words(language, "told"):
        return True
    speech = get_language(language).speech_verbs
    return (
        teller == cand.head
        and speech is not None
        and speech.fullmatch(tree.tokens[teller].text.lower()) is not None
    )


def _dated_by_report(
    tree: Tree, timeline: Timeline, cand: Candidate, reported: str, language: str
) -> str | None:
    """The report's date as the event's, where the text ties the two together.

    - a main-clause event of a dated_by_report type (a statement: the root or a conjunct of
      it) with no time of its own was made when it was reported, unless its sentence says it
      came after something else ("After the verdict, he asked ...");
    - a source's own account ("The man revealed that ...", cited to the man's post) is dated
      by that post when nothing else dates it;
    - the report's date is the very date the narrative last set ("On August 30, the court
      held a hearing. [...] the court canceled the verdict (Kloop.kg, August 30)").
    """
    sentence = tree.tokens[cand.head].sentence
    if timeline.break_at(sentence) or timeline.no_frame(cand.head):
        return None
    if cand.match.spec.kind.dated_by_report and _main_assertion(tree, cand.head):
        return reported
    governor = tree.tokens[cand.head].head
    speech = cue_words(language, "speech")
    if tree.deps[cand.head] == "ccomp" and norm(tree.tokens[governor].lemma) in speech:
        return reported
    return reported if timeline.last_frame(sentence) == reported else None


def _main_assertion(tree: Tree, head: int) -> bool:
    """The sentence's root, or a clause conjoined with it ("the government said ..., and
    asked Moscow ...": the request was made when that was said)."""
    dep = tree.deps[head]
    return dep == "root" or (dep == "conj" and tree.deps[tree.tokens[head].head] == "root")


def _said_with(tree: Tree, timeline: Timeline, head: int) -> str | None:
    """The date of the attribution a statement goes with: a subjectless conjunct's ("Last week
    the government said six citizens had been killed, and asked Moscow …", whether the
    parser hangs "asked" on "killed" or on "said"), or the sentence before's when a pronoun
    goes on with its speaker ("Earlier this week, the ministry said …. It urged Moscow …"):
    the request was made when that was said."""
    subjects = tree.child_deps(head, _SUBJECTS)
    if tree.deps[head] == "root" and any(tree.tokens[i].pos == "PRON" for i in subjects):
        # "Earlier this week, the ministry said …. It urged Moscow …": the speaker goes on
        sentence = tree.tokens[head].sentence
        before = timeline.reported_in.get(sentence - 1, [])
        same = timeline.paragraph.get(sentence - 1) == timeline.paragraph.get(sentence)
        return before[-1] if before and same else None
    if tree.deps[head] != "conj" or subjects:
        return None
    node = head
    while tree.deps[node] == "conj":
        node = tree.tokens[node].head
    if tree.deps[node] == "ccomp":
        node = tree.tokens[node].head
    return timeline.said_on(node) if tree.deps[node] == "root" else None


def _says(tree: Tree, cand: Candidate, cited: list[Citation]) -> bool:
    """True for a statement (a dated_by_report type) whose trigger is the verb of one of its
    sentence's attributions: "X on Wednesday warned that ..." is both the source of what
    follows and the warning itself."""
    if not cand.match.spec.kind.dated_by_report:
        return False
    at = tree.tokens[cand.anchor].start
    return any(c.start <= at < c.end for c in cited)


def _later(date: str, reported: str) -> bool:
    """True when ``date`` lies wholly after ``reported`` (compared at the coarser precision)."""
    n = min(len(date), len(reported), 10)
    a, b = date[:n], reported[:n]
    return a[:4].isdigit() and b[:4].isdigit() and a[:7] > b[:7] if n >= 7 else a[:4] > b[:4]


def _summary(text: str, tree: Tree, cand: Candidate, citations: list[Citation]) -> str:
    """The clause's words (its whole subtree), without citations, trimmed for a timeline row."""
    heads = [cand.head, *cand.merged]
    sentence = tree.tokens[cand.head].sentence
    covered = [i for h in heads for i in tree.subtree(h) if tree.tokens[i].sentence == sentence]
    start = min(tree.tokens[i].start for i in covered)
    end = max(tree.tokens[i].end for i in covered)
    pieces, pos = [], start
    for c in sorted(citations, key=lambda c: c.start):
        if start <= c.start < end and _detachable(text, c, start, end):
            pieces.append(text[pos : c.start])
            pos = max(pos, c.end)
    pieces.append(text[pos:end] if pos < end else "")
    summary = clean_summary("".join(pieces))
    if len(summary) > _SUMMARY_CHARS:
        summary = summary[: _SUMMARY_CHARS - 1].rsplit(" ", 1)[0] + "…"
    return summary


def _detachable(text: str, citation: Citation, start: int, end: int) -> bool:
    """True for a citation that can go without breaking the clause: a parenthesis, or one at
    the clause's start or end ("..., his lawyer said"). One in the middle often holds the
    clause's own subject and verb ("the embassy warned citizens that ..."): it stays."""
    if text[citation.start : citation.start + 1] in "([":
        return True
    edge = _EDGE_CHARS
    return not text[start : citation.start].strip(edge) or not text[citation.end : end].strip(edge)


def clean_summary(raw: str) -> str:
    """Clause words as a timeline row: no Markdown, bullets, empty brackets or leading "that"."""
    summary = _LINK.sub(r"\1", _SPACES.sub(" ", raw))
    summary = _EMPTY_BRACKETS.sub("", _EMPHASIS.sub("", summary))
    # A that-clause reads as a clause of its own ("that six were killed" -> "six were killed").
    return _COMPLEMENTIZER.sub("", _BULLET.sub("", summary.strip())).strip(" ,;:.(")
