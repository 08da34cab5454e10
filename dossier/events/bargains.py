"""Threats and promises that are events of their own: a bargain told on the condition that
someone enlist (a type's ``bargains`` in events.yaml).

The telling is the event: it happened, where its terms (the deportation, the signing) are
only what would follow. The finder yields the candidate at the verb of telling with the
clause heads of its terms, which are then no events of their own.

Tried and left out (round 21): an ultimatum told in direct speech ("told them: either you go
to the front, or ...", "сказали: или подписываете контракт, или выдворение") as a coercion of
its own; the guidelines make such a threat a mention of the forced signing it led to, and two
held-out sets' within-document and cross-document F1 fell with it.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from dossier.events.lexicon import Bargain, TriggerMatch, TriggerSpec, TypeSpec, norm
from dossier.events.syntax import Tree

# a candidate's (trigger match, clause head, anchor), and the clause heads of its terms
Found = tuple[TriggerMatch, int, int, set[int]]


def bargains(
    tree: Tree, found: Sequence[tuple[TypeSpec, Bargain]], span: Sequence[int]
) -> Iterator[Found]:
    """Threats and promises told on the condition that someone enlist (a type's ``bargains``),
    each with the clause heads of its terms: a clause opened by a condition word ("unless",
    "если") whose verb enlists ("signed", "заключит контракт", "откажется ехать на фронт"),
    on a verb of telling or on what it told ("told him he would be deported unless ...",
    "пригрозили колонией, если ...")."""
    for kind, bargain in found:
        for i in span:
            token = tree.tokens[i]
            if tree.deps[i] != "mark" or norm(token.lemma) not in bargain.marks:
                continue
            condition = token.head
            if norm(tree.tokens[condition].lemma) not in bargain.then:
                continue
            governor = tree.tokens[condition].head
            told = _teller(tree, governor, bargain.told)
            if told is not None:
                spec = TriggerSpec(kind, (norm(tree.tokens[told].lemma),), None, bargain.outcome)
                terms = {tree.clause[condition], tree.clause[governor]}
                yield TriggerMatch(spec, (told,)), tree.clause[told], told, terms


def _teller(tree: Tree, governor: int, told: frozenset[str]) -> int | None:
    """The verb of telling that holds a condition's clause: the clause's governor itself,
    or the verb whose content (ccomp, xcomp) that governor is."""
    if norm(tree.tokens[governor].lemma) in told:
        return governor
    above = tree.tokens[governor].head
    content = above != governor and tree.deps[governor] in {"ccomp", "xcomp"}
    return above if content and norm(tree.tokens[above].lemma) in told else None
