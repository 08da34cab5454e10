"""The pack's event types and triggers, compiled once per pack into lemma look-up tables.

``events.yaml`` writes triggers as lemmas (see the comment at its top); here each becomes a
:class:`TriggerSpec`, and :func:`match_sentence` finds them in one sentence's tokens.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from dossier.errors import PackError
from dossier.models import Token
from dossier.packs import Pack

# Lemmas of a multiword trigger may have this many tokens between them ("signed *military*
# contracts", "upheld *a five - year prison* sentence"); 5 covers an article, a hyphenated
# modifier and a noun; 3 missed "upheld a five-year prison sentence" on the gold set.
MAX_GAP = 5


@dataclass(frozen=True, slots=True)
class TriggerSpec:
    type: str
    lemmas: tuple[str, ...]
    pos: str | None  # Universal POS the (single) lemma must have
    rank: int  # position of the type in events.yaml: the tie-break between types


@dataclass(frozen=True, slots=True)
class TriggerMatch:
    spec: TriggerSpec
    tokens: tuple[int, ...]  # document token indices, in order

    @property
    def is_phrase(self) -> bool:
        return len(self.spec.lemmas) > 1


@dataclass(slots=True)
class Lexicon:
    types: dict[str, str]  # type -> definition
    single: dict[str, dict[str, list[TriggerSpec]]]  # language -> lemma -> specs
    phrases: dict[str, dict[str, list[TriggerSpec]]]  # language -> first lemma -> specs


def norm(word: str) -> str:
    return word.lower().replace("ё", "е")


@lru_cache(maxsize=8)  # packs hash by identity, one object per pack (see dossier.packs)
def load_lexicon(pack: Pack) -> Lexicon:
    """The compiled lexicon of ``pack`` (compiled on first use, then cached)."""
    return compile_lexicon(pack.load("events.yaml"), source=f"{pack.path}/events.yaml")


def compile_lexicon(data: Any, source: str = "events.yaml") -> Lexicon:
    if not isinstance(data, dict) or not isinstance(data.get("types"), dict):
        raise PackError(f"{source}: expected a mapping with a 'types' mapping")
    lexicon = Lexicon(types={}, single={}, phrases={})
    for rank, (name, spec) in enumerate(data["types"].items()):
        if not isinstance(spec, dict):
            raise PackError(f"{source}: type {name!r} must be a mapping")
        lexicon.types[str(name)] = str(spec.get("definition", "")).strip()
        triggers = spec.get("triggers") or {}
        if not isinstance(triggers, dict):
            raise PackError(f"{source}: triggers of {name!r} must map language -> list")
        for language, entries in triggers.items():
            for entry in entries or []:
                _add(lexicon, str(name), str(language), str(entry), rank)
    return lexicon


def _add(lexicon: Lexicon, type_: str, language: str, entry: str, rank: int) -> None:
    words = entry.split()
    pos = None
    if len(words) == 1 and "/" in words[0]:
        word, pos = words[0].split("/", 1)
        words = [word]
    spec = TriggerSpec(type_, tuple(norm(w) for w in words), pos, rank)
    table = lexicon.single if len(words) == 1 else lexicon.phrases
    table.setdefault(language, {}).setdefault(spec.lemmas[0], []).append(spec)


def _keys(token: Token) -> tuple[str, ...]:
    lemma, text = norm(token.lemma), norm(token.text)
    return (lemma,) if lemma == text else (lemma, text)


def match_sentence(lexicon: Lexicon, language: str, tokens: list[Token]) -> list[TriggerMatch]:
    """Every trigger occurrence in one sentence's tokens (single lemmas and phrases)."""
    single = lexicon.single.get(language, {})
    phrases = lexicon.phrases.get(language, {})
    keys = [_keys(t) for t in tokens]
    found: list[TriggerMatch] = []
    for n, token in enumerate(tokens):
        for key in keys[n]:
            for spec in single.get(key, ()):
                if spec.pos is None or spec.pos == token.pos:
                    found.append(TriggerMatch(spec, (token.i,)))
            for spec in phrases.get(key, ()):
                rest = _match_rest(spec.lemmas[1:], keys, n + 1)
                if rest is not None:
                    found.append(TriggerMatch(spec, (token.i, *(tokens[k].i for k in rest))))
    return found


def _match_rest(
    lemmas: tuple[str, ...], keys: list[tuple[str, ...]], start: int
) -> list[int] | None:
    out: list[int] = []
    pos = start
    for lemma in lemmas:
        for k in range(pos, min(pos + MAX_GAP + 1, len(keys))):
            if lemma in keys[k]:
                out.append(k)
                pos = k + 1
                break
        else:
            return None
    return out
