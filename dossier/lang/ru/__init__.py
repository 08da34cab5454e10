"""Russian: its words and rules, as one :class:`~dossier.lang.Language`.

The words live in the stages' lexicons (``dossier/temporal/lexicon.py``,
``dossier/measure/lexicon.py``, ``dossier/cite/lexicon.py``, ``dossier/events/cues.yaml``);
this object points at them. The page-furniture lines live here.
"""

from __future__ import annotations

from collections.abc import Sequence

from dossier.lang import Language
from dossier.models import Analysis

# Lines of page furniture (sharing, comments, "read also") that parse drops, as regexes.
FURNITURE_LINES = (
    r"поделиться:?|комментарии|оставить комментарий|читайте также:?|подписывайтесь.*|реклама",
)


def analyze(texts: Sequence[str], batch_size: int = 32) -> list[Analysis]:
    """Natasha, which batches on its own: the adapter with the registry's signature."""
    from dossier.analyze.russian import analyze_russian

    return analyze_russian(texts)


def language() -> Language:
    from dossier.cite.lexicon import RU_SPEECH
    from dossier.events.modality import cues
    from dossier.measure.lexicon import RU_NUMBER_WORDS
    from dossier.temporal.lexicon import RU_MONTHS

    return Language(
        code="ru",
        name="Russian",
        rule_set="ru",
        temporal_rules="dossier.temporal.russian",
        analyzer="dossier.lang.ru:analyze",
        month_words=RU_MONTHS,
        number_words=RU_NUMBER_WORDS,
        speech_verbs=RU_SPEECH,
        quote_marks=(("«", "»"), ("„", "“"), ('"', '"')),
        modality_cues=cues().get("ru", {}),
        furniture_lines=FURNITURE_LINES,
    )
