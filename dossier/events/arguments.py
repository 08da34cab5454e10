"""Arguments of a trigger clause from the dependency parse: actors, targets, place, numbers."""

from __future__ import annotations

from dossier.cite.lexicon import DESCRIBES_ORG
from dossier.events.lexicon import norm
from dossier.events.modality import cue_words
from dossier.events.syntax import Tree
from dossier.models import Citation, Entity, Span

_SUBJECT = frozenset({"nsubj", "csubj"})
_PASSIVE_SUBJECT = frozenset({"nsubj:pass", "csubj:pass"})
_OBJECT = frozenset({"obj", "iobj", "dative"})
_PLACE_DEPS = frozenset({"obl", "nmod", "prep", "advmod", "npadvmod"})
_PARTICIPANT_DEPS = _SUBJECT | _PASSIVE_SUBJECT | _OBJECT
_OF = frozenset({"nmod", "pobj"})  # a noun's complement (UD genitive; ClearNLP "of" + noun)
_CASE = frozenset({"case"})
_DETERMINER = frozenset({"det"})
# The agent of a passive: spaCy's "agent" ("detained by the GKNB"), UD's "obl:agent" as
# Natasha gives it ("задержан ГКНБ", "задержан сотрудниками ФСБ").
_AGENT = frozenset({"agent", "obl:agent"})


# How far back "the ministry" looks for the organisation it stands for: a few paragraphs.
DESCRIPTION_REACH = 1500


class EntityIndex:
    """Entity ids by character position, for "which entity does this token belong to"."""

    def __init__(self, entities: list[Entity]) -> None:
        self.spans = sorted(
            ((start, end, e.id, e.type) for e in entities for start, end in e.mentions),
            key=lambda s: s[0],
        )
        self.names = {e.id: e.name for e in entities}

    def described(self, word: str, before: int) -> str | None:
        """The organisation a description with the head ``word`` stands for ("the ministry",
        "суд"): the nearest one named before ``before`` whose name has a word that begins
        with ``word``'s stem ("Interior Ministry", "Ферганский областной суд")."""
        stem = word.casefold()[: max(3, len(word) - 2)]
        found = None
        for start, _, eid, etype in self.spans:
            if start >= before:
                break
            if etype != "ORG" or start < before - DESCRIPTION_REACH:
                continue
            if any(w.startswith(stem) for w in self.names[eid].casefold().split()):
                found = eid
        return found

    def at(self, start: int, end: int) -> list[tuple[str, str]]:
        """``(id, type)`` of entities with a mention overlapping ``[start, end)``."""
        out: list[tuple[str, str]] = []
        for s, e, eid, etype in self.spans:
            if s >= end:
                break
            if e > start and (eid, etype) not in out:
                out.append((eid, etype))
        return out


def roles(tree: Tree, head: int, index: EntityIndex) -> tuple[list[str], list[str]]:
    """``(actors, targets)`` of the clause headed by ``head``, as entity ids."""
    actors: list[str] = []
    targets: list[str] = []
    passive = any(tree.deps[c] == "aux:pass" for c in tree.children[head])
    node = head
    for _ in range(3):
        for child in tree.children[node]:
            dep = tree.deps[child]
            if dep in _SUBJECT and node == head:
                (targets if passive else actors).extend(_entities(tree, child, index))
            elif dep in _SUBJECT and not actors:
                actors.extend(_entities(tree, child, index))
            elif (dep in _PASSIVE_SUBJECT and node == head) or (dep in _OBJECT and node == head):
                targets.extend(_entities(tree, child, index))
            elif dep in _AGENT and node == head:
                actors.extend(_entities(tree, child, index))
        # A clause without its own subject borrows its governor's ("began recruiting"), as
        # does a purpose clause ("went to Rostov to sign a contract"; round 21)
        if actors or not (tree.deps[node] == "conj" or infinitive_clause(tree, node)):
            break
        node = tree.clause[tree.tokens[node].head]
    return _unique(actors), _unique([t for t in targets if t not in actors])


def infinitive_clause(tree: Tree, node: int) -> bool:
    """True for a clause whose subject is its governor's: an infinitive complement ("began
    recruiting", "agreed to sign") or an infinitive of purpose that the parser hangs as an
    adverbial clause ("came to sign", "went to Rostov to sign")."""
    if tree.deps[node] == "xcomp":
        return True
    if tree.deps[node] != "advcl":
        return False
    marks = [c for c in tree.children[node] if tree.deps[c] in {"aux", "mark"}]
    return any(tree.tokens[m].text.lower() == "to" for m in marks)


def _entities(tree: Tree, token: int, index: EntityIndex) -> list[str]:
    """Entities of the phrase headed by ``token``: the head's own first, else any inside but
    a place: "a court in Bishkek", "police in Moscow" are where the act happened (see
    :func:`place`), not who did it."""
    tok = tree.tokens[token]
    own = [eid for eid, _ in index.at(tok.start, tok.end)]
    if own:
        return own
    phrase = [i for i in tree.subtree(token) if tree.clause[i] == tree.clause[token]]
    start = min(tree.tokens[i].start for i in phrase)
    end = max(tree.tokens[i].end for i in phrase)
    inside = [eid for eid, etype in index.at(start, end) if etype != "PLACE"][:2]
    if inside or tok.pos != "NOUN" or norm(tok.lemma) not in DESCRIBES_ORG:
        return inside
    # "the ministry", "суд": a description of an organisation named before ("a court" is
    # another one: a determiner there must be one that refers back)
    referring = cue_words(tree.language, "referring")
    determiners = [norm(tree.tokens[d].lemma) for d in tree.child_deps(token, _DETERMINER)]
    if any(d not in referring for d in determiners):
        return inside
    described = index.described(norm(tok.lemma), tok.start)
    return [described] if described else []


def place(
    tree: Tree,
    clause: list[int],
    index: EntityIndex,
    skip: set[str],
    origin: frozenset[str] = frozenset(),
    where: frozenset[str] = frozenset(),
    trigger: int | None = None,
    affair: frozenset[str] = frozenset(),
) -> str | None:
    """A PLACE entity in a prepositional/oblique phrase of the clause ("in Bishkek"), not one
    that tells who a participant is (see :func:`_describes_participant`) nor the attribute
    of an affair ("Russia visa scam", :func:`_names_affair`); else, for a
    relative clause opened by one of the language's ``where`` words, the place it hangs on
    ("sent to Russia, where they were forced to fight", "в Россию, где их заставляли")."""
    for i in clause:
        tok = tree.tokens[i]
        if tree.deps[i] not in _PLACE_DEPS and tree.deps[tok.head] not in _PLACE_DEPS:
            continue
        for eid, etype in index.at(tok.start, tok.end):
            outside = etype == "PLACE" and eid not in skip
            if (
                outside
                and not _describes_participant(tree, i, origin, trigger)
                and not _names_affair(tree, i, index, eid, affair)
                and not _possessor_of_place(tree, i, index, eid)
                and not _a_side(tree, i)
            ):
                return eid
    return _where_relative(tree, clause, index, skip, where)


_PLACE_NAME_PARTS = frozenset({"compound", "amod", "flat", "flat:name"})


def _a_side(tree: Tree, i: int) -> bool:
    """True for a country named as the side someone fought for, by one of the language's
    ``side`` prepositions on one of its ``fight`` words ("died fighting for Russia", "погиб в
    боях за Россию"): no place where the happening was. The nearest preposition decides
    ("killed in Ukraine while fighting for Russia" is in Ukraine), and only a fight's: a
    place after "for" on another word ("recruited for Russia", "sentenced for ...") is left to
    the other rules (measured: read on any word, a held-out set's cross-document precision fell)."""
    language = tree.language
    clause = tree.clause[i]
    for node in (i, *tree.ancestors(i)):
        case = tree.child_deps(node, _CASE)
        mark = node if tree.tokens[node].pos == "ADP" else (case[0] if case else None)
        if mark is None:
            if node == clause:
                break
            continue
        if norm(tree.tokens[mark].lemma) not in cue_words(language, "side"):
            return False
        # the word the phrase hangs on: the preposition's head (ClearNLP) or the noun's (UD)
        governor = tree.tokens[node].head
        return norm(tree.tokens[governor].lemma) in cue_words(language, "fight")
    return False


def _possessor_of_place(tree: Tree, i: int, index: EntityIndex, eid: str) -> bool:
    """True for a country written as the possessor of the place it holds ("killed in Russia's
    Kursk region", "a court in Uzbekistan's Tashkent region"): the happening was at the
    finer place, which comes later in word order."""
    if tree.deps[i] != "poss":
        return False
    head = tree.tokens[i].head
    for node in (head, *tree.child_deps(head, _PLACE_NAME_PARTS)):
        tok = tree.tokens[node]
        if any(t == "PLACE" and e != eid for e, t in index.at(tok.start, tok.end)):
            return True
    return False


# words a place's attribute phrase may run over before its head noun: "Russia
# war-trafficking ring", "Russia job scam"
_ATTRIBUTE_POS = frozenset({"NOUN", "ADJ", "VERB", "PUNCT"})
_ATTRIBUTE_SPAN = 4


def _names_affair(tree: Tree, i: int, index: EntityIndex, eid: str, affair: frozenset[str]) -> bool:
    """True for a place written as the attribute of a noun that names an affair ("Russia
    scholarship scam", "over Russia war-trafficking ring"): the affair is about the place,
    it did not happen there. The phrase is read in word order, as parsers hang a headline's
    stacked nouns in many ways; a hyphen may join its words, no other punctuation."""
    if not affair:
        return False
    j = i + 1
    while j < len(tree.tokens) and (eid, "PLACE") in index.at(
        tree.tokens[j].start, tree.tokens[j].end
    ):
        j += 1  # the place's own words ("New Delhi")
    sentence = tree.tokens[i].sentence
    for k in range(j, min(j + _ATTRIBUTE_SPAN, len(tree.tokens))):
        tok = tree.tokens[k]
        if tok.sentence != sentence or tok.pos not in _ATTRIBUTE_POS:
            return False
        if tok.pos == "PUNCT" and tok.text != "-":
            return False
        if tok.pos == "NOUN" and norm(tok.lemma) in affair:
            return True
    return False


def _where_relative(
    tree: Tree, clause: list[int], index: EntityIndex, skip: set[str], where: frozenset[str]
) -> str | None:
    """The place a "where" relative clause of ``clause`` hangs on: the noun the parse hangs it
    on, else the word just before the comma that opens it (the parser hangs "в Россию, где
    их заставляли" on a noun further back as often as on "Россию")."""
    for head in {tree.clause[i] for i in clause}:
        opener = [c for c in tree.children[head] if tree.tokens[c].lemma.lower() in where]
        if tree.deps[head] != "acl:relcl" or not opener:
            continue
        before = opener[0] - 1
        while before >= 0 and tree.tokens[before].pos == "PUNCT":
            before -= 1
        sentence = tree.tokens[opener[0]].sentence
        for node in (tree.tokens[head].head, before):
            if node < 0 or tree.tokens[node].sentence != sentence:
                continue
            noun = tree.tokens[node]
            for eid, etype in index.at(noun.start, noun.end):
                if etype == "PLACE" and eid not in skip:
                    return eid
    return None


def _describes_participant(
    tree: Tree, i: int, origin: frozenset[str], trigger: int | None = None
) -> bool:
    """True for a place phrase that hangs on the clause's subject or object through one of
    the language's ``origin`` prepositions or none (a genitive): "a man from the Khatlon
    region", "citizens of Russia", "гражданам России" tell who was detained or summoned,
    not where. "raided a mosque in Kotelniki" tells where. So does one on a trigger noun's
    complement: "о гибели студента из Камеруна", "the death of a student from Cameroon".
    The participant's own preposition ties it to the verb, not the place to it: "Около 40
    граждан, в основном выходцев из Узбекистана, задержали" tells who. A place inside an
    origin phrase is of the origin too ("an electrician from Thrissur in Kerala")."""
    clause = tree.clause[i]
    preps: list[str] = []
    for node in (i, *tree.ancestors(i)):
        if node == clause:
            return False
        if node != i and (
            tree.deps[node] in _PARTICIPANT_DEPS or _complement_of(tree, node, trigger)
        ):
            # the preposition nearest the participant says how the phrase tells of it: "an
            # electrician from Thrissur in Kerala" is where he is from, all of it
            return not preps or preps[-1] in origin
        tok = tree.tokens[node]
        if tok.pos == "ADP":
            preps.append(tok.lemma.lower())
        preps += [tree.tokens[c].lemma.lower() for c in tree.child_deps(node, _CASE)]
    return False


def _complement_of(tree: Tree, node: int, trigger: int | None) -> bool:
    """True for a trigger noun's complement: its genitive ("гибели студента") or its "of"
    phrase's noun ("the death of a student")."""
    if trigger is None or tree.tokens[trigger].pos != "NOUN" or tree.deps[node] not in _OF:
        return False
    return tree.governor(node) == trigger


def citations_for(citations: list[Citation], span: Span) -> list[Citation]:
    """Citations whose supported spans cover the sentence, or that sit inside it."""
    start, end = span
    found = [
        c
        for c in citations
        if (start <= c.start and c.end <= end + 2)
        or any(s < end and start < e for s, e in c.supports)
    ]
    return sorted(found, key=lambda c: c.start)


def _unique(items: list[str]) -> list[str]:
    return list(dict.fromkeys(items))
