"""Interviews printed as dash lines: "— Вопрос?" and "— Ответ." after a speaker named once.

Russian outlets print a long interview as a run of dash lines, the interviewer's questions
and the guest's answers, after a paragraph that introduces the guest ("Он рассказал
«Медиазоне», как попал на фронт"). A dash line ending in a question mark is the
interviewer's: the publisher's own words, no citation. A dash line after one, with no speech
verb of its own (the dialogue rule of :mod:`dossier.cite.quotes` has not taken it), is an
answer: a ``quote`` of the speaker of the last attribution or quote before the run's first
question, in the paragraph before it (round 16, russian_dev10; eval/GUIDELINES.md). A dash
line with no question before it is no answer: it may be anyone's.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from dossier.cite.lexicon import TOLD_OUTLET
from dossier.cite.record import Found
from dossier.cite.registry import OutletRegistry
from dossier.cite.text import Layout, trim
from dossier.models import Span

# "— Первые два месяца платили." is an answer; a lone "— Да." says too little to quote
MIN_ANSWER_WORDS = 2
_DASH_LINE = re.compile(r"[—–][ \t]*(?=\S)")
_CLOSING_MARKS = '»"”’'


@dataclass(slots=True)
class Answer:
    """An answer with no speaker yet, and where its run's first question starts."""

    found: Found
    asked_at: int


def interview_answers(
    text: str, layout: Layout, body_end: int, taken: Sequence[Span]
) -> list[Answer]:
    """The answers of every question-and-answer run of dash lines, in text order; a dash
    line overlapping ``taken`` (a dialogue line with its own speech verb) is none."""
    answers: list[Answer] = []
    asked_at: int | None = None
    for start, end in layout.paragraphs:
        if start >= body_end:
            break
        dash = _DASH_LINE.match(text, start, end)
        if dash is None:
            asked_at = None  # a paragraph of narration ends the run
            continue
        words = trim(text, dash.end(), end, " \t\n")
        line = text[words[0] : words[1]]
        if line.rstrip(_CLOSING_MARKS).endswith("?"):
            asked_at = start if asked_at is None else asked_at
            continue
        if asked_at is None or len(line.split()) < MIN_ANSWER_WORDS:
            continue
        if any(s < end and start < e for s, e in taken):
            continue
        answers.append(Answer(Found("quote", "", start, end, supports=[words]), asked_at))
    return answers


def answer_speakers(
    layout: Layout, found: Sequence[Found], answers: Sequence[Answer], registry: OutletRegistry
) -> list[Found]:
    """Each answer with the speaker (and role and relay) of the last attribution or quote
    in the paragraph before its run's first question; an outlet, the one that interviews
    the guest ("рассказал «Медиазоне»", "изданию"), is not the guest. Answers with no such
    speaker are left out."""
    attributed = [
        f
        for f in found
        if f.kind in ("quote", "reported", "according_to") and f.source and not _outlet(f, registry)
    ]
    out: list[Found] = []
    for answer in answers:
        lowest = layout.paragraph_of(max(0, answer.asked_at - 1))[0]
        before = [f for f in attributed if lowest <= f.start < answer.asked_at]
        if not before:
            continue
        speaker = max(before, key=lambda f: f.start)
        quote = answer.found
        quote.source, quote.role, quote.relay = speaker.source, speaker.role, speaker.relay
        out.append(quote)
    return out


def _outlet(cite: Found, registry: OutletRegistry) -> bool:
    """Is the source an outlet, by name or by its kind word ("издание", "the agency")?"""
    return registry.lookup(cite.source) is not None or cite.source.casefold() in TOLD_OUTLET
