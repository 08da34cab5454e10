"""The pack's event types and triggers, compiled once per pack into lemma look-up tables.

``events.yaml`` writes triggers as lemmas (see the comment at its top); here each becomes a
:class:`TriggerSpec`, and :func:`match_sentence` finds them in one sentence's tokens. Each
type becomes a :class:`TypeSpec` with its behaviour flags (``one_per_sentence`` ...), so a
new type that behaves like an existing one needs a few lines of YAML and no code.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from dossier.errors import PackError
from dossier.events.syntax import canonical
from dossier.models import Token
from dossier.packs import Pack, validate

# Lemmas of a multiword trigger may have this many tokens between them ("signed *military*
# contracts", "upheld *a five - year prison* sentence"); 5 covers an article, a hyphenated
# modifier and a noun; 3 missed "upheld a five-year prison sentence" on the gold set.
MAX_GAP = 5


@dataclass(frozen=True, slots=True)
class Bargain:
    """A threat or a promise told to someone on the condition that he enlist (a type's
    ``bargains`` in events.yaml): "officers told him he would be deported unless he signed",
    "пообещали прекратить дело, если он заключит контракт"."""

    told: frozenset[str]  # verbs of telling: "tell", "пригрозить"
    marks: frozenset[str]  # words that open the condition: "unless", "если"
    then: frozenset[str]  # verbs of the condition: "sign", "enlist", "отказаться"
    # its outcome group: the one that holds the type's other triggers ("*"), since a bargain
    # is one of them ("coerce", not "raid")
    outcome: int | None = None


@dataclass(frozen=True, slots=True)
class TypeSpec:
    """One event type of the pack and how the events stage treats it (flags of events.yaml;
    their meaning is written at the top of that file and in its schema)."""

    name: str
    definition: str
    rank: int  # position of the type in events.yaml: the tie-break between types
    during_phrase: bool = False
    one_per_sentence: bool = False
    main_clause_only: bool = False
    yields_to_content: bool = False
    dated_by_report: bool = False
    told_by_many: bool = False
    demanded_by: frozenset[str] = frozenset()
    # groups of trigger entries (as written) that tell different outcomes of the type
    outcomes: tuple[frozenset[str], ...] = ()
    # each group's name: its first entry as written ("kill", "bury", "body return")
    outcome_names: tuple[str, ...] = ()
    # trigger entries (as written) that tell a part of a happening told before ("summons")
    parts: frozenset[str] = frozenset()
    # the indices of the outcome groups a document tells of one happening each (told_once)
    told_once: frozenset[int] = frozenset()
    bargains: tuple[tuple[str, Bargain], ...] = ()  # (language, bargain)


@dataclass(frozen=True, slots=True)
class TriggerSpec:
    kind: TypeSpec
    lemmas: tuple[str, ...]
    pos: str | None  # Universal POS the (single) lemma must have
    outcome: int | None = None  # the index of its group in ``kind.outcomes``, if any
    part: bool = False  # it tells a part of a happening told before (TypeSpec.parts)

    @property
    def type(self) -> str:
        return self.kind.name

    @property
    def outcome_name(self) -> str | None:
        """The name of its outcome group (:attr:`TypeSpec.outcome_names`), if any."""
        return None if self.outcome is None else self.kind.outcome_names[self.outcome]

    @property
    def rank(self) -> int:
        return self.kind.rank


@dataclass(frozen=True, slots=True)
class TriggerMatch:
    spec: TriggerSpec
    tokens: tuple[int, ...]  # document token indices, in order

    @property
    def is_phrase(self) -> bool:
        return len(self.spec.lemmas) > 1


@dataclass(slots=True)
class Lexicon:
    types: dict[str, TypeSpec]  # in pack order
    single: dict[str, dict[str, list[TriggerSpec]]]  # language -> lemma -> specs
    phrases: dict[str, dict[str, list[TriggerSpec]]]  # language -> first lemma -> specs
    # each phrase with its first word (the verb) moved last, for a language whose object may
    # come first ("в военкомат доставили" for "доставить в военкомат"): same layout
    verb_last: dict[str, dict[str, list[TriggerSpec]]] = field(default_factory=dict)
    told_by_many: frozenset[str] = frozenset()  # the types flagged so (TypeSpec.told_by_many)
    # language -> the types that read bargains in it, with theirs (TypeSpec.bargains)
    bargains: dict[str, list[tuple[TypeSpec, Bargain]]] = field(default_factory=dict)


def norm(word: str) -> str:
    return word.lower().replace("ё", "е")


@lru_cache(maxsize=8)  # packs hash by identity, one object per pack (see dossier.packs)
def load_lexicon(pack: Pack) -> Lexicon:
    """The compiled lexicon of ``pack`` (compiled on first use, then cached)."""
    return compile_lexicon(pack.load("events.yaml"), source=f"{pack.path}/events.yaml")


def compile_lexicon(data: Any, source: str = "events.yaml") -> Lexicon:
    """The lexicon of a parsed ``events.yaml``; :class:`PackError` when it breaks the schema
    (``dossier/packs/schema/events.schema.json``) or names a type it does not define."""
    validate(data, "events.yaml", source)
    lexicon = Lexicon(types={}, single={}, phrases={})
    for rank, (name, spec) in enumerate(data["types"].items()):
        kind = _type_spec(str(name), spec, rank)
        lexicon.types[kind.name] = kind
        listed: set[str] = set()
        for language, entries in (spec.get("triggers") or {}).items():
            for entry in entries or []:
                _add(lexicon, kind, str(language), str(entry))
                listed.add(str(entry))
        strays = sorted((set().union(*kind.outcomes) | kind.parts) - listed)
        if strays:
            where = f"types/{name}/outcomes or parts"
            raise PackError(f"{source}: at {where}: not a trigger of the type: {', '.join(strays)}")
        for language, bargain in kind.bargains:
            lexicon.bargains.setdefault(language, []).append((kind, bargain))
    lexicon.told_by_many = frozenset(k.name for k in lexicon.types.values() if k.told_by_many)
    for kind in lexicon.types.values():
        unknown = sorted(kind.demanded_by - lexicon.types.keys())
        if unknown:
            where = f"types/{kind.name}/demanded_by"
            raise PackError(f"{source}: at {where}: no such type: {', '.join(unknown)}")
    return lexicon


def _type_spec(name: str, spec: dict[str, Any], rank: int) -> TypeSpec:
    demanded = spec.get("demanded_by") or ()
    groups, rest = _outcome_groups(spec)
    return TypeSpec(
        name=name,
        definition=str(spec["definition"]).strip(),
        rank=rank,
        during_phrase=bool(spec.get("during_phrase", False)),
        one_per_sentence=bool(spec.get("one_per_sentence", False)),
        main_clause_only=bool(spec.get("main_clause_only", False)),
        yields_to_content=bool(spec.get("yields_to_content", False)),
        dated_by_report=bool(spec.get("dated_by_report", False)),
        told_by_many=bool(spec.get("told_by_many", False)),
        demanded_by=frozenset([demanded] if isinstance(demanded, str) else demanded),
        outcomes=tuple(frozenset(str(e) for e in group) for group in groups),
        outcome_names=tuple(str(group[0]) for group in groups),
        parts=frozenset(str(e) for e in spec.get("parts") or ()),
        told_once=_told_once(name, spec, groups),
        bargains=tuple(
            (str(language), _bargain(words, rest))
            for language, words in (spec.get("bargains") or {}).items()
        ),
    )


def _told_once(name: str, spec: dict[str, Any], groups: list[list[str]]) -> frozenset[int]:
    """The indices of the outcome groups ``told_once`` names by their first trigger."""
    firsts = {group[0]: n for n, group in enumerate(groups) if group}
    named = [str(e) for e in spec.get("told_once") or ()]
    unknown = sorted(set(named) - firsts.keys())
    if unknown:
        what = "not the first trigger of an outcome group"
        raise PackError(f"at types/{name}/told_once: {what}: {', '.join(unknown)}")
    return frozenset(firsts[e] for e in named)


def _bargain(words: dict[str, list[str]], outcome: int | None) -> Bargain:
    def lemmas(key: str) -> frozenset[str]:
        return frozenset(norm(str(w)) for w in words[key])

    return Bargain(lemmas("told"), lemmas("if"), lemmas("then"), outcome)


REST = "*"  # in an outcome group: the type's triggers in no other group


def _outcome_groups(spec: dict[str, Any]) -> tuple[list[list[str]], int | None]:
    """A type's outcome groups, a group's ``*`` standing for every trigger of the type in no
    other group: a pack tells force ("raid", "облава") from all its ways of persuasion without
    listing each of them twice, and a trigger added later joins the rest; with the index of
    that group (what a bargain tells, see :class:`Bargain`), None without one."""
    groups = [[str(e) for e in group] for group in spec.get("outcomes") or () if group]
    named = {e for group in groups for e in group if e != REST}
    every = [str(e) for entries in (spec.get("triggers") or {}).values() for e in entries or ()]
    rest = [e for e in dict.fromkeys(every) if e not in named]
    where = next((n for n, group in enumerate(groups) if REST in group), None)
    expanded = [
        [e for e in group if e != REST] + (rest if REST in group else []) for group in groups
    ]
    return expanded, where


def _add(lexicon: Lexicon, kind: TypeSpec, language: str, entry: str) -> None:
    words = entry.split()
    pos = None
    if len(words) == 1 and "/" in words[0]:
        word, pos = words[0].split("/", 1)
        words = [word]
    outcome = next((n for n, group in enumerate(kind.outcomes) if entry in group), None)
    part = entry in kind.parts
    spec = TriggerSpec(kind, tuple(norm(w) for w in words), pos, outcome, part)
    table = lexicon.single if len(words) == 1 else lexicon.phrases
    table.setdefault(language, {}).setdefault(spec.lemmas[0], []).append(spec)
    if len(words) > 1:
        moved = TriggerSpec(kind, (*spec.lemmas[1:], spec.lemmas[0]), None, outcome, part)
        lexicon.verb_last.setdefault(language, {}).setdefault(moved.lemmas[0], []).append(moved)


def _keys(token: Token) -> tuple[str, ...]:
    lemma, text = norm(token.lemma), norm(token.text)
    return (lemma,) if lemma == text else (lemma, text)


def match_sentence(
    lexicon: Lexicon,
    language: str,
    tokens: list[Token],
    verb_last: bool = False,
    headline_verbs: frozenset[str] = frozenset(),
) -> list[TriggerMatch]:
    """Every trigger occurrence in one sentence's tokens (single lemmas and phrases); with
    ``verb_last`` (a language of free word order), a phrase also with its verb last.

    ``headline_verbs`` holds the endings of a headline's present-tense verb (English "s"),
    given for a headline only: a headline drops its articles, and a tagger reads "CBI
    arrests Mumbai visa agent" or "Uzbek court sentences migrant" as a noun phrase. A word
    between two others with such an ending is then a verb trigger's verb."""
    single = lexicon.single.get(language, {})
    phrases = lexicon.phrases.get(language, {})
    moved = lexicon.verb_last.get(language, {}) if verb_last else {}
    keys = [_keys(t) for t in tokens]
    found: list[TriggerMatch] = []
    for n, token in enumerate(tokens):
        for key in keys[n]:
            for spec in single.get(key, ()):
                verb = spec.pos == "VERB" and headline_verb(tokens, n, headline_verbs)
                if spec.pos is None or spec.pos == token.pos or verb:
                    found.append(TriggerMatch(spec, (token.i,)))
            for spec in phrases.get(key, ()):
                rest = _match_rest(spec.lemmas[1:], keys, n + 1)
                if rest is None and len(spec.lemmas) == 2:
                    rest = _dependent(spec.lemmas[1], tokens, keys, n)
                if rest is not None:
                    found.append(TriggerMatch(spec, (token.i, *(tokens[k].i for k in rest))))
            for spec in moved.get(key, ()):
                rest = _match_rest(spec.lemmas[1:], keys, n + 1)
                if rest is None and len(spec.lemmas) == 2:
                    rest = _dependent(spec.lemmas[1], tokens, keys, n)
                if rest is not None:
                    found.append(TriggerMatch(spec, (token.i, *(tokens[k].i for k in rest))))
    position = {t.i: n for n, t in enumerate(tokens)}
    if not verb_last:
        found.extend(_passive(phrases, tokens, keys, position))
    found.extend(_pronoun_object(phrases, tokens, keys, position))
    return found


def headline_verb(tokens: list[Token], n: int, endings: frozenset[str]) -> bool:
    """True for a headline's word that is its present-tense verb, whatever the tagger made
    of it: it has a verb's ending and stands between a subject word and an object word."""
    if not endings or not 0 < n < len(tokens) - 1:
        return False
    token = tokens[n]
    words = (tokens[n - 1], tokens[n + 1])
    return (
        token.pos in {"NOUN", "VERB"}
        and token.text.islower()
        and any(token.text.endswith(e) for e in endings)
        and all(w.pos in _HEADLINE_WORDS for w in words)
    )


_HEADLINE_WORDS = frozenset({"NOUN", "PROPN", "ADJ", "NUM", "DET"})


def _verb_object(
    phrases: dict[str, list[TriggerSpec]], keys: list[tuple[str, ...]], verb: int, noun: int
) -> list[TriggerSpec]:
    """The two-word verb-object triggers that the words at ``verb`` and ``noun`` make."""
    return [
        spec
        for key in keys[verb]
        for spec in phrases.get(key, ())
        if len(spec.lemmas) == 2 and spec.lemmas[1] in keys[noun]
    ]


def _pronoun_object(
    phrases: dict[str, list[TriggerSpec]],
    tokens: list[Token],
    keys: list[tuple[str, ...]],
    position: dict[int, int],
) -> list[TriggerMatch]:
    """A two-word verb-object trigger whose object a conjoined clause names again by a pronoun:
    "the Duma passed the bill last week, and the Federation Council approved it on August 2"
    ("approve bill"), "Госдума приняла закон, а Совет Федерации одобрил его"."""
    found: list[TriggerMatch] = []
    for token in tokens:
        verb = position.get(token.head)
        if token.pos != "PRON" or canonical(token.dep) != "obj" or verb is None:
            continue
        first = position.get(tokens[verb].head)
        if tokens[verb].dep != "conj" or first is None:
            continue
        objects = [
            k for k, t in enumerate(tokens)
            if t.head == tokens[first].i and canonical(t.dep) == "obj"
        ]  # fmt: skip
        specs = dict.fromkeys(s for k in objects for s in _verb_object(phrases, keys, verb, k))
        found.extend(TriggerMatch(spec, (tokens[verb].i, token.i)) for spec in specs)
    return found


def _passive(
    phrases: dict[str, list[TriggerSpec]],
    tokens: list[Token],
    keys: list[tuple[str, ...]],
    position: dict[int, int],
) -> list[TriggerMatch]:
    """Two-word verb-object triggers in the passive, the object now the verb's subject: "the
    case was filed on Wednesday" for "file case", "charges were brought" for "bring charge".
    Only where the noun is the passive subject of that very verb, so no gap limit applies and
    word order alone ("the case they filed") matches nothing."""
    found: list[TriggerMatch] = []
    for n, token in enumerate(tokens):
        verb = position.get(token.head)
        if canonical(token.dep) != "nsubj:pass" or verb is None:
            continue
        for spec in _verb_object(phrases, keys, verb, n):
            found.append(TriggerMatch(spec, (tokens[verb].i, token.i)))
    return found


def _dependent(
    lemma: str, tokens: list[Token], keys: list[tuple[str, ...]], n: int
) -> list[int] | None:
    """A two-word trigger's second lemma further than :data:`MAX_GAP` after the first, as a
    word the first governs or its governor: the object of a verb with a long modifier
    between ("gave a 22-year-old student a five-year suspended sentence"), or an object put
    first whose verb comes after a long apposition ("тело одного из них, 24-летнего
    уроженца ..., доставили"), which the gap alone misses."""
    first = tokens[n]
    for k in range(n + MAX_GAP + 2, len(tokens)):
        linked = tokens[k].head == first.i or first.head == tokens[k].i
        if linked and lemma in keys[k]:
            return [k]
    return None


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
