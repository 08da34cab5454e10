"""The tense of a clause, one function per language, named by its
:attr:`dossier.lang.Language.tense`.

English reads tense from the auxiliaries and the verb's ending; Russian asks pymorphy3 for
the verb's tense and takes "будет"/"будут" before a verb as the analytic future.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any, NamedTuple

from dossier.events.lexicon import norm
from dossier.events.syntax import Tree

_CUE_DEPS = frozenset({"aux", "aux:pass", "advmod", "mark", "det", "amod", "cc"})
_AUX = frozenset({"aux", "aux:pass"})
_VERBS = frozenset({"VERB", "AUX"})


class Tense(NamedTuple):
    future: bool  # the clause is in a future tense its cue words do not show
    generic: bool  # the simple present: a habit or a state, not a happening
    present: bool  # a present tense, simple or progressive ("are conducting")


def english(tree: Tree, head: int) -> Tense:
    token = tree.tokens[head]
    verb = token.pos in _VERBS
    auxes = [norm(tree.tokens[c].text) for c in tree.child_deps(head, _AUX)]
    text, lemma = norm(token.text), norm(token.lemma)
    if auxes:
        simple = all(a in {"is", "are", "am", "do", "does"} for a in auxes)
        generic = verb and simple and not text.endswith("ing")
        present = auxes[0] in {"is", "are", "am", "has", "have", "'s", "'re", "'m"}
    else:
        forms = {lemma, lemma + "s", lemma + "es", lemma[:-1] + "ies"}
        generic = present = verb and text in forms and not text.endswith("ed")
    return Tense(future=False, generic=generic, present=present)


def russian(tree: Tree, head: int) -> Tense:
    token = tree.tokens[head]
    tense = _russian_tense(token.text)
    # Russian analytic future: "будет отправлен", "будут вербовать".
    future_be = any(
        norm(tree.tokens[c].text).startswith("буд") for c in tree.child_deps(head, _CUE_DEPS)
    )
    present = tense == "pres"
    return Tense(
        future=tense == "futr" or future_be,
        generic=present and token.pos in _VERBS,
        present=present,
    )


@lru_cache(maxsize=1)
def _morph() -> Any:
    import pymorphy3  # loaded on the first Russian clause only: ~0.3 s

    return pymorphy3.MorphAnalyzer()


@lru_cache(maxsize=4096)
def _russian_tense(word: str) -> str | None:
    for parse in _morph().parse(word)[:1]:
        if parse.tag.POS == "VERB":
            return str(parse.tag.tense) if parse.tag.tense else None
    return None
