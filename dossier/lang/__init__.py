"""The language registry: one :class:`Language` per language the stages have rules for.

A :class:`Language` holds that language's words as data (month and number words, speech
verbs, quote marks, modality cues, furniture lines) and names its temporal rules and its NLP
adapter. Stages look a language up by code with :func:`get_language` and apply what it holds;
they never test a language code themselves.

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
from types import ModuleType
from typing import TYPE_CHECKING, Literal

if TYPE_CHECKING:
    from dossier.models import Analysis

RuleSet = Literal["en", "ru"]
Analyzer = Callable[[Sequence[str], int], "list[Analysis]"]


@dataclass(frozen=True)
class Language:
    """One language: its code, its words as data, its rules and its NLP adapter."""

    code: str
    name: str
    # Which of the stages' rule sets (cite, measure, modality) this language's text gets;
    # None for an unsupported language: no rules at all.
    rule_set: RuleSet | None = None
    temporal_rules: str | None = None  # module with RULES and TENSE
    analyzer: str | None = None  # "module:function" taking (texts, batch_size)
    month_words: Mapping[str, int] = field(default_factory=dict)
    number_words: Mapping[str, float] = field(default_factory=dict)
    speech_verbs: re.Pattern[str] | None = None
    quote_marks: tuple[tuple[str, str], ...] = ()
    modality_cues: Mapping[str, frozenset[str]] = field(default_factory=dict)
    furniture_lines: tuple[str, ...] = ()

    @property
    def supported(self) -> bool:
        """True when the stages have rules for this language."""
        return self.rule_set is not None

    def temporal(self) -> ModuleType | None:
        """The temporal rules module (``RULES``, ``TENSE``), or None."""
        return importlib.import_module(self.temporal_rules) if self.temporal_rules else None

    def analyze(self) -> Analyzer | None:
        """The NLP adapter, or None where no model exists for the language."""
        if self.analyzer is None:
            return None
        module, _, name = self.analyzer.partition(":")
        adapter: Analyzer = getattr(importlib.import_module(module), name)
        return adapter


UNSUPPORTED = Language(code="und", name="unsupported")


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
