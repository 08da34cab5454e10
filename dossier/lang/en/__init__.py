"""English: its words (``words.yaml`` here) and rules, as one :class:`~dossier.lang.Language`."""

from __future__ import annotations

import re
from pathlib import Path

from dossier.lang import (
    CiteRules,
    Language,
    alternation,
    read_words,
    word_fields,
)

CITE = CiteRules(
    according=re.compile(
        r"\b(?:according\s+to|as\s+per|citing|quoting|as\s+reported\s+by|as\s+cited\s+by|"
        # ", per the indictment", ", per police": "per" after a comma, not a rate's ("per cent",
        # "$3,000 per man")
        r"in\s+the\s+words\s+of|(?<=,\s)per(?!\s+(?:cent|annum|capita|head|person|man|men|"
        r"day|week|month|year|hour|unit|share|kilogram|kg|litre|liter|ton|tonne)\b))\s+",
        re.IGNORECASE,
    ),
    quoted_as_saying=True,
    # "had reported her son missing to police": a report to the police, not speech; "said
    # the men were missing" is speech (a clause: a verb before "missing")
    not_speech=re.compile(
        r"\s+(?:(?!(?:is|are|was|were|been|be|has|have|had|remain|remained|went|go|gone)\b)"
        r"[\w'’]+\s+){0,3}missing\b",
        re.IGNORECASE,
    ),
)


def language() -> Language:
    words = read_words(Path(__file__).parent)
    nouns = alternation(words["speech_nouns"])
    return Language(
        code="en",
        name="English",
        temporal_rules="dossier.temporal.english",
        analyzer="dossier.analyze.english:analyze_english",
        tense="dossier.events.tense:english",
        cite=CITE,
        headline_present=True,
        **word_fields(words),
        # "3,100" and "3.35 million"; Indian grouping "2,50,000" (lakh and crore); thousands
        # spaced as Russian copy writes them ("195 000 rubles", round 17)
        digits=r"\d{1,2}(?:,\d{2})+,\d{3}(?:\.\d+)?|\d{1,3}(?:,\d{3})+(?:\.\d+)?"
        r"|\d{1,3}(?:[\u00a0\u202f ]\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?",
        # Case-sensitive: "Says" opening a headline is rarely speech. A noun-like form
        # counts only before "that" or at the end of the sentence ("…, officials claim.").
        speech_verbs=re.compile(
            rf"\b(?:{alternation(words['speech_verbs'])})\b"
            rf"|\b(?:{nouns})(?=,?\s+that\b|[.,]?\s*$|\.)"
        ),
        quote_cues=re.compile(rf"\b(?:{alternation(words['quote_cues'])})\b", re.IGNORECASE),
    )
