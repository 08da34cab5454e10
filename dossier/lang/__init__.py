"""The language registry: one :class:`Language` per language the stages have rules for.

A :class:`Language` holds that language's words (month and number words, speech verbs,
quote marks, modality cues, furniture lines), read from ``dossier/lang/<code>/words.yaml``,
and names its temporal rules and its NLP adapter. Stages look a language up by code with
:func:`get_language` and apply what it holds; they never test a language code themselves.

A code with no rules (``"de"``, ``"uk"``, ``"und"``) gets :data:`UNSUPPORTED` under its own
code. The policy for such a language: it is identified, stored and searchable; it gets
entities only where an NLP model exists (none today, so sentences only); and no other
language's rules are applied to it, so the temporal, measure, cite and events stages return
nothing for it.

The registry is built on the first lookup, so that the stages, whose tables the languages
point at, may themselves import this module.
"""

from __future__ import annotations

import importlib
import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from functools import lru_cache
from pathlib import Path
from types import ModuleType
from typing import TYPE_CHECKING, Any

import yaml

if TYPE_CHECKING:
    from dossier.models import Analysis

Analyzer = Callable[[Sequence[str], int], "list[Analysis]"]


@dataclass(frozen=True)
class CiteRules:
    """The cite stage's cue patterns for one language (built in code in its folder)."""

    # Cue phrases before a source ("according to", "по данным"); a group "pron" marks a
    # pronoun source inside the cue ("по его словам").
    according: re.Pattern[str]
    # A cue of ``according`` that reports rather than attributes ("как сообщает ТАСС").
    reported_cue: re.Pattern[str] | None = None
    # A sentence opening that makes its speech verb report the sentence before ("Об этом
    # сообщил X").
    this_reported: re.Pattern[str] | None = None
    # Text right before a speech verb that makes the verb part of a cue phrase ("как").
    inside_cue: re.Pattern[str] | None = None
    # "Interfax quoted X as saying", "X was quoted as saying".
    quoted_as_saying: bool = False
    # Direct speech opened by a dash: "— Нас обманули, — сказал он."
    dash_dialogue: bool = False
    # Who was told may stand between the verb and its source, in the dative: "рассказала
    # «Азаттыку» мать задержанного", "заявил журналистам глава МИД" (see
    # dossier.cite.attribution.recipient).
    recipients: bool = False
    # Right after a speech verb, what makes it no speech: "reported her son missing to
    # police", "сообщила о его пропаже в милицию".
    not_speech: re.Pattern[str] | None = None
    # A sentence that opens by saying who gave the figures of the sentence before ("Такие
    # данные привел X"), as ``this_reported`` does with a speech verb; its group "verb" is
    # the verb.
    figures_given: re.Pattern[str] | None = None


@dataclass(frozen=True)
class Morphology:
    """Hooks into an inflected language's morphology: code, not data."""

    lemma: Callable[[str], str]  # a word's dictionary form
    # A phrase put in the nominative by the case the words before it govern.
    base_phrase: Callable[[str, str], str]
    base_name: Callable[[str, str], str]  # a name (label PERSON or ORG) in the nominative


@dataclass(frozen=True)
class Language:
    """One language: its code, its words as data, its rules and its NLP adapter."""

    code: str
    name: str
    temporal_rules: str | None = None  # module with RULES and TENSE
    analyzer: str | None = None  # "module:function" taking (texts, batch_size)
    # "module:function" taking (tree, head) to the clause's Tense (dossier.events.tense)
    tense: str | None = None
    cite: CiteRules | None = None
    morphology: Morphology | None = None
    # Noun phrases put their head first ("Министерство иностранных дел"), not last
    # ("the foreign ministry").
    head_first: bool = False
    # Headlines tell a past happening in the simple present ("Court jails man"): a present
    # in a headline is no habit. Russian headlines tell one in the past ("Суд осудил ..."),
    # and their present is a habit as often ("Суды выносят приговоры").
    headline_present: bool = False
    # An object may stand before its verb ("в военкомат доставили", "контракт подписал"):
    # the events stage also matches a multiword trigger with its verb last.
    verb_last: bool = False
    # How digits are written: a regex of a number ("3,100.5" or "3 100,5"), and whether the
    # decimal mark is a comma.
    digits: str | None = None
    decimal_comma: bool = False
    month_words: Mapping[str, int] = field(default_factory=dict)
    # Cardinals, numbers wherever they stand ("twelve", "двенадцати").
    number_words: Mapping[str, float] = field(default_factory=dict)
    # The one number-word table of the language: the cardinals and the words that count
    # only in a counted phrase ("a year", "a couple of days", "пару дней").
    count_words: Mapping[str, float] = field(default_factory=dict)
    speech_verbs: re.Pattern[str] | None = None
    speech_nouns: frozenset[str] = frozenset()  # speech forms that are often nouns ("claims")
    needs_that: frozenset[str] = frozenset()  # speech verbs that as often take a plain object
    # The speech verbs that may stand before their subject ("…, said X"); empty: any may
    # ("…, — подтвердил X"). "…, confirmed the arrests" has an object, not a speaker.
    inverted_speech: frozenset[str] = frozenset()
    quote_cues: re.Pattern[str] | None = None  # words that make a quotation speech
    quote_marks: tuple[tuple[str, str], ...] = ()
    # The events stage's cue lemmas by kind: modality ("negated", "planned",
    # "hypothetical") and dating ("frame_breakers", "act_verbs", ...).
    modality_cues: Mapping[str, frozenset[str]] = field(default_factory=dict)
    furniture_lines: tuple[str, ...] = ()

    @property
    def supported(self) -> bool:
        """True when the stages have rules for this language."""
        return any((self.temporal_rules, self.cite, self.digits, self.tense))

    def temporal(self) -> ModuleType | None:
        """The temporal rules module (``RULES``, ``TENSE``), or None."""
        return importlib.import_module(self.temporal_rules) if self.temporal_rules else None

    def analyze(self) -> Analyzer | None:
        """The NLP adapter, or None where no model exists for the language."""
        adapter: Analyzer | None = _hook(self.analyzer)
        return adapter

    def clause_tense(self) -> Callable[..., Any] | None:
        """The events stage's tense of a clause, ``(tree, head) -> Tense``, or None."""
        rule: Callable[..., Any] | None = _hook(self.tense)
        return rule


def _hook(path: str | None) -> Any:
    """The function a "module:function" path names, imported on first use."""
    if path is None:
        return None
    module, _, name = path.partition(":")
    return getattr(importlib.import_module(module), name)


UNSUPPORTED = Language(code="und", name="unsupported")


def read_words(folder: Path) -> dict[str, Any]:
    """The ``words.yaml`` of a language's folder."""
    data: dict[str, Any] = yaml.safe_load((folder / "words.yaml").read_text(encoding="utf-8"))
    return data


def word_fields(words: Mapping[str, Any]) -> dict[str, Any]:
    """The :class:`Language` fields that every language reads from its ``words.yaml`` alike;
    the patterns that follow a language's grammar (speech verbs, quote cues) it builds
    itself."""
    return {
        "month_words": month_forms(words["months"]),
        "number_words": forms(words["numbers"]),
        "count_words": forms(words["numbers"]) | forms(words["count_words"]),
        "speech_nouns": frozenset(words["speech_nouns"].split()),
        "needs_that": frozenset(words["needs_that"].split()),
        "inverted_speech": frozenset(str(words.get("inverted_speech") or "").split()),
        "quote_marks": quote_pairs(words["quote_marks"]),
        "modality_cues": event_cues(words["events"]),
        "furniture_lines": tuple(words["furniture_lines"]),
    }


def forms(table: Mapping[float, str]) -> dict[str, float]:
    """``{value: "form form_two"}`` -> ``{"form": value, "form two": value}``."""
    return {
        form.replace("_", " "): float(value)
        for value, spaced in table.items()
        for form in spaced.split()
    }


def month_forms(table: Mapping[int, str]) -> dict[str, int]:
    """``{month: "form form"}`` -> ``{"form": month}``."""
    return {form: int(month) for month, spaced in table.items() for form in spaced.split()}


def alternation(spaced: str) -> str:
    """A regex alternation of space-separated words, in their order; "_" is any space."""
    return "|".join(re.escape(w).replace("_", r"\s+") for w in spaced.split())


def quote_pairs(marks: Sequence[str]) -> tuple[tuple[str, str], ...]:
    """``["«»", '""']`` -> ``(("«", "»"), ('"', '"'))``."""
    return tuple((pair[0], pair[1]) for pair in marks)


def event_cues(table: Mapping[str, Sequence[str]]) -> dict[str, frozenset[str]]:
    """The events stage's cue lemmas, normalised as the stage compares them."""
    from dossier.events.lexicon import norm

    return {kind: frozenset(norm(w) for w in words) for kind, words in table.items()}


@lru_cache(maxsize=1)
def languages() -> dict[str, Language]:
    """Every registered language by code (built on first use)."""
    from dossier.lang import en, ru

    return {lang.code: lang for lang in (en.language(), ru.language())}


@lru_cache(maxsize=256)
def get_language(code: str | None) -> Language:
    """The registered language for ``code`` ("en", "ru-RU", "RU"), else :data:`UNSUPPORTED`
    carrying ``code`` itself."""
    key = (code or "").lower()[:2]
    found = languages().get(key)
    return found if found is not None else replace(UNSUPPORTED, code=code or "und")


def __getattr__(name: str) -> dict[str, Language]:
    if name == "LANGUAGES":
        return languages()
    raise AttributeError(name)
