"""Turns of a transcript: a paragraph that opens with a speaker's label and a colon.

Radio and TV transcripts, and interviews printed as questions and answers, give each turn
as "Name: …" ("Narayan Prasad Adhikari: We believe …", "Adhikari: …", "Olga Petrenko
(Memorial): …", "Военный комиссар … Андрей Гусев: …"). A turn whose label ends with a
person's name (a person mention of the analyze stage, or the surname of one named elsewhere
in the text) is one ``reported`` citation of that person, supporting the turn's words. A
question ("…?") is no claim, and the programme's own staff (a name the text introduces as
"our correspondent" or "our reporter") speak for the publisher, as a byline does: neither
gives a citation. A headline's "Name: …" (no full stop closing it) is the headline
rule's (:mod:`dossier.cite.headlines`). Speech inside a turn ("Our embassy … has confirmed
…") is the speaker's account, not a citation of its own (english_dev6's header).
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from dossier.cite.record import Found
from dossier.cite.text import Layout, trim
from dossier.models import Mention, Span

MAX_LABEL_WORDS = 10
# the label, an optional aside in brackets ("(Memorial)"), the colon and the turn's words
_TURN = re.compile(
    r"(?P<label>[^\W\d_][^:\n?!.()«»\"“”]{0,100}?)\s*(?:\([^()\n]{1,80}\))?:[ \t]+(?=\S)"
)
_STAFF = re.compile(
    r"\b(?:our|my)\s+(?:own\s+)?(?:correspondent|reporter)\b|\bнаш\w*\s+(?:корреспондент|репортер)",
    re.IGNORECASE,
)
_PEOPLE = frozenset({"PERSON", "PER"})


def transcript_turns(text: str, layout: Layout, mentions: Sequence[Mention]) -> Iterator[Found]:
    """One ``reported`` citation per turn of a named guest, in text order."""
    people = [m for m in mentions if m.label in _PEOPLE]
    surnames = {m.text.split()[-1].casefold() for m in people if m.text.split()}
    for start, end in layout.paragraphs:
        m = _TURN.match(text, start, end)
        if m is None:
            continue
        label_start, label_end = trim(text, *m.span("label"), " \t")
        label = text[label_start:label_end]
        words = label.split()
        if not words or len(words) > MAX_LABEL_WORDS:
            continue
        name = _speaker(text, label_start, label_end, people, surnames)
        if name is None or _staff(text, name):
            continue
        body = trim(text, m.end(), end, " \t\n")
        closing = text[body[0] : body[1]].rstrip("»\"”’'")[-1:]
        if body[0] >= body[1] or closing not in (".", "!", "…"):
            continue  # a question, or a headline ("Песков: …" has no full stop)
        yield Found("reported", name, label_start, label_end, supports=[body])


def inside_turns(turns: Sequence[Found]) -> list[Span]:
    """The words of each turn, where no other citation is made."""
    return [span for turn in turns for span in turn.supports]


def _speaker(
    text: str, start: int, end: int, people: Sequence[Mention], surnames: set[str]
) -> str | None:
    """The person a label ends with: a person mention closing it, else a surname of one."""
    for m in people:
        if m.start < end and end <= m.end + 1 and m.end > start:
            return text[max(m.start, start) : min(m.end, end)].strip()
    last = text[start:end].split()[-1]
    if last.casefold() in surnames and last[:1].isupper():
        return last
    return None


def _staff(text: str, name: str) -> bool:
    """Is ``name`` introduced as the programme's own correspondent or reporter?"""
    folded = name.casefold()
    return any(folded in text[m.end() : m.end() + 60].casefold() for m in _STAFF.finditer(text))
