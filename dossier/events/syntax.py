"""Dependency-tree helpers over :class:`~dossier.models.Token` lists: labels, clauses, subtrees.

spaCy's English model speaks ClearNLP labels (``dobj``, ``nsubjpass``, ``relcl``) and Natasha
speaks Universal Dependencies (``obj``, ``nsubj:pass``, ``acl:relcl``); :func:`canonical`
maps both to one vocabulary so that the rules below are written once.
"""

from __future__ import annotations

from dataclasses import dataclass

from dossier.models import Analysis, Token

_LABELS = {
    "dobj": "obj",
    "nsubjpass": "nsubj:pass",
    "csubjpass": "csubj:pass",
    "auxpass": "aux:pass",
    "relcl": "acl:relcl",
    "pobj": "obl",
    "neg": "advmod",
    "dative": "iobj",  # ClearNLP's indirect object ("gave his associate five years")
}

# Relations whose dependent verb starts a clause of its own.
CLAUSE_DEPS = frozenset(
    {"ccomp", "xcomp", "advcl", "acl:relcl", "acl", "conj", "parataxis", "csubj", "pcomp"}
)
CLAUSE_POS = frozenset({"VERB", "AUX"})


def canonical(dep: str) -> str:
    return _LABELS.get(dep, dep)


@dataclass(slots=True)
class Tree:
    """One document's tokens with children lists and each token's clause head."""

    tokens: list[Token]
    language: str
    deps: list[str]
    children: list[list[int]]
    clause: list[int]  # index of the clause head that governs each token
    sentence_tokens: dict[int, range]

    def subtree(self, i: int) -> list[int]:
        """``i`` and everything below it (cycle-safe: parsers can emit non-trees)."""
        seen, stack = {i}, [i]
        while stack:
            for child in self.children[stack.pop()]:
                if child not in seen:
                    seen.add(child)
                    stack.append(child)
        return sorted(seen)

    def ancestors(self, i: int) -> list[int]:
        """Heads of ``i`` up to the root of its sentence (cycle-safe)."""
        out: list[int] = []
        seen = {i}
        while self.tokens[i].head != i and self.tokens[i].head not in seen:
            i = self.tokens[i].head
            seen.add(i)
            out.append(i)
        return out

    def depth(self, i: int) -> int:
        return len(self.ancestors(i))

    def child_deps(self, i: int, deps: frozenset[str]) -> list[int]:
        return [c for c in self.children[i] if self.deps[c] in deps]

    def governor(self, i: int) -> int:
        """The word ``i`` hangs on, through its preposition: ClearNLP hangs a noun on its
        preposition and the preposition on the verb or noun ("reported -> about -> death"),
        UD hangs it on that word directly."""
        head = self.tokens[i].head
        return self.tokens[head].head if self.tokens[head].pos == "ADP" else head


def build_tree(analysis: Analysis) -> Tree:
    tokens = analysis.tokens
    n = len(tokens)
    deps = [canonical(t.dep) for t in tokens]
    children: list[list[int]] = [[] for _ in range(n)]
    for t in tokens:
        if t.head != t.i and 0 <= t.head < n:
            children[t.head].append(t.i)
    heads = [t.head == t.i or (deps[t.i] in CLAUSE_DEPS and t.pos in CLAUSE_POS) for t in tokens]
    clause = [-1] * n
    for t in tokens:
        clause[t.i] = _clause_of(t.i, tokens, heads)
    bounds: dict[int, list[int]] = {}
    for t in tokens:
        bounds.setdefault(t.sentence, [t.i, t.i])[1] = t.i
    sentence_tokens = {s: range(a, b + 1) for s, (a, b) in bounds.items()}
    return Tree(tokens, analysis.language, deps, children, clause, sentence_tokens)


def _clause_of(i: int, tokens: list[Token], heads: list[bool]) -> int:
    seen = set()
    while not heads[i] and i not in seen:
        seen.add(i)
        i = tokens[i].head
    return i
