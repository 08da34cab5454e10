"""Russian: its words (``words.yaml`` here) and rules, as one :class:`~dossier.lang.Language`."""

from __future__ import annotations

import re
from collections.abc import Sequence
from pathlib import Path

from dossier.lang import (
    Language,
    alternation,
    event_cues,
    forms,
    month_forms,
    quote_pairs,
    read_words,
)
from dossier.models import Analysis


def analyze(texts: Sequence[str], batch_size: int = 32) -> list[Analysis]:
    """Natasha, which batches on its own: the adapter with the registry's signature."""
    from dossier.analyze.russian import analyze_russian

    return analyze_russian(texts)


# A word of a closed list, not inside a longer or hyphenated word.
_WORD = r"(?<![\w-])(?:{})(?![\w-])"


def language() -> Language:
    words = read_words(Path(__file__).parent)
    speech = alternation(words["speech_verbs"])
    return Language(
        code="ru",
        name="Russian",
        rule_set="ru",
        temporal_rules="dossier.temporal.russian",
        analyzer="dossier.lang.ru:analyze",
        month_words=month_forms(words["months"]),
        number_words=forms(words["numbers"]),
        count_words=forms(words["numbers"]) | forms(words["count_words"]),
        speech_verbs=re.compile(_WORD.format(speech), re.IGNORECASE),
        speech_nouns=frozenset(words["speech_nouns"].split()),
        needs_that=frozenset(words["needs_that"].split()),
        quote_cues=re.compile(
            _WORD.format(f"{speech}|{alternation(words['quote_cues'])}"), re.IGNORECASE
        ),
        quote_marks=quote_pairs(words["quote_marks"]),
        modality_cues=event_cues(words["events"]),
        furniture_lines=tuple(words["furniture_lines"]),
    )
