"""Modality of a trigger clause: did it happen, is it planned, hypothetical, negated, generic?

The cues are lemmas per language, in the ``events`` table of ``dossier/lang/<code>/words.yaml``
(:attr:`dossier.lang.Language.modality_cues`). A cue counts when it sits on the trigger,
on the clause head, among their auxiliaries/adverbs/markers, or on a verb that governs the
clause through ``xcomp``/``ccomp`` ("plans to recruit", "threatening them with prison",
"failed to sign"). Generic statements are clauses in the simple present with no date of their
own ("Russia recruits migrants"): habits and states, not happenings.
"""

from __future__ import annotations

from dossier.events.lexicon import norm
from dossier.events.syntax import Tree
from dossier.events.tense import Tense
from dossier.lang import get_language
from dossier.models import Modality

_CUE_DEPS = frozenset({"aux", "aux:pass", "advmod", "mark", "det", "amod", "cc"})
_GOVERNING_DEPS = frozenset({"xcomp", "ccomp", "obl", "prep", "obj", "nmod", "acl", "csubj"})
_SUBJECTS = frozenset({"nsubj", "nsubj:pass"})
_ORDER: tuple[Modality, ...] = ("negated", "hypothetical", "planned")


def cue_words(language: str, kind: str) -> frozenset[str]:
    return get_language(language).modality_cues.get(kind, frozenset())


def modality_of(tree: Tree, trigger: tuple[int, ...], head: int, language: str) -> Modality:
    """The modality of a clause headed by ``head`` whose trigger tokens are ``trigger``."""
    lemmas = _scope_lemmas(tree, trigger, head)
    for kind in _ORDER:
        if lemmas & cue_words(language, kind):
            return kind
    tense = _tense(tree, head, language)
    if tense is not None and tense.future:
        return "planned"
    return "asserted"


def _scope_lemmas(tree: Tree, trigger: tuple[int, ...], head: int) -> set[str]:
    scope: list[int] = [*trigger, head]
    # A phrase's words in a clause below the head ("signed documents they *could* not read")
    # carry that clause's cues, not the event's.
    for i in [*(t for t in trigger if tree.clause[t] == tree.clause[head]), head]:
        scope.extend(tree.child_deps(i, _CUE_DEPS))
    # "No Tajik fighter is known to have been prosecuted": the subject's determiner.
    for subject in tree.child_deps(head, _SUBJECTS):
        scope.extend(tree.child_deps(subject, frozenset({"det"})))
    # Walk up through governing verbs and prepositions, to the next clause of another kind.
    node = head
    for _ in range(4):
        parent = tree.tokens[node].head
        if parent == node or tree.deps[node] not in _GOVERNING_DEPS:
            break
        if _semicolon_between(tree, node, parent):
            break  # "was killed in January; the body has not been returned": two clauses
        scope.append(parent)
        scope.extend(tree.child_deps(parent, _CUE_DEPS))
        node = parent
    # The trigger's own words are not cues about it ("threaten to strip" is a coercion).
    kept = [i for i in scope if i not in trigger]
    return {norm(tree.tokens[i].lemma) for i in kept} | {norm(tree.tokens[i].text) for i in kept}


def _semicolon_between(tree: Tree, a: int, b: int) -> bool:
    """Whether a semicolon lies between two tokens: it joins two independent clauses, though
    the parser may hang the first under the second's verb."""
    low, high = sorted((a, b))
    return any(tree.tokens[k].text == ";" for k in range(low + 1, high))


def is_generic(tree: Tree, head: int, language: str) -> bool:
    """True when the clause is in the simple present: a habit or a state, not a happening."""
    tense = _tense(tree, head, language)
    return tense is not None and tense.generic


def is_present(tree: Tree, head: int, language: str) -> bool:
    """True when the clause is in a present tense, simple or progressive ("are conducting")."""
    tense = _tense(tree, head, language)
    return tense is not None and tense.present


def _tense(tree: Tree, head: int, language: str) -> Tense | None:
    """The clause's tense by the language's own rule; None where it has none."""
    rule = get_language(language).clause_tense()
    return rule(tree, head) if rule is not None else None
