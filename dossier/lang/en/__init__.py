"""English: its words and rules, as one :class:`~dossier.lang.Language`.

The words live in the stages' lexicons (``dossier/temporal/lexicon.py``,
``dossier/measure/lexicon.py``, ``dossier/cite/lexicon.py``, ``dossier/events/cues.yaml``);
this object points at them. The page-furniture lines live here.
"""

from __future__ import annotations

from dossier.lang import Language

# Lines of page furniture (navigation, sharing, comments) that parse drops, as regexes.
FURNITURE_LINES = (
    r"post navigation|posts? navigation|next post|previous post|next article|previous article",
    r"leave a (?:comment|reply)|\d*\s*comments?|no comments(?: yet)?|add (?:a )?comment|"
    r"comments are closed\.?|show comments|view comments",
    r"share(?: this(?: article| story)?)?:?|share on (?:facebook|twitter|x|telegram|whatsapp|"
    r"linkedin|vk|reddit)|tweet|email|print|whatsapp|telegram|facebook|linkedin|copy link",
    r"like this:|related(?: posts| articles| stories)?:?|read more:?|subscribe(?: now)?|"
    r"advertisement|sign up for our newsletter",
)


def language() -> Language:
    from dossier.cite.lexicon import EN_SPEECH
    from dossier.events.modality import cues
    from dossier.measure.lexicon import EN_NUMBER_WORDS
    from dossier.temporal.lexicon import EN_MONTHS

    return Language(
        code="en",
        name="English",
        rule_set="en",
        temporal_rules="dossier.temporal.english",
        analyzer="dossier.analyze.english:analyze_english",
        month_words=EN_MONTHS,
        number_words=EN_NUMBER_WORDS,
        speech_verbs=EN_SPEECH,
        quote_marks=(("“", "”"), ('"', '"')),
        modality_cues=cues().get("en", {}),
        furniture_lines=FURNITURE_LINES,
    )
