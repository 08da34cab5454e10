"""``tag``: run one language's rules over a text with its anchor."""

from __future__ import annotations

from dossier.models import Timex
from dossier.temporal import english, russian
from dossier.temporal.calendar import Anchor
from dossier.temporal.engine import Context, run

EXTRACTOR = "dossier.temporal/2"  # 2: issue 10's time families

_LANGUAGES = {
    "en": (english.RULES, english.TENSE),
    "ru": (russian.RULES, russian.TENSE),
}


def tag(text: str, language: str, anchor: str | None) -> list[Timex]:
    """Temporal expressions in ``text``, normalised and anchored to ``anchor`` (a TIMEX3 value)."""
    rules = _LANGUAGES.get((language or "").lower()[:2])
    if rules is None:
        return []
    ctx = Context(text, Anchor.parse(anchor), rules[1])
    return run(rules[0], text, ctx)
