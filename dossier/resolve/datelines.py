"""Datelines of South Asian and Kazakh papers, which the wire rule
(:func:`dossier.resolve.rules.dateline_mentions`) does not read.

- Nepali and Indian papers open a story with the city in capitals, a comma, the date and a
  colon ("LAMJUNG, Nov 3: Eight families …"): the city is a place, the date says so.
- Indian agencies write the country in square brackets, or none, and the agency in round
  ones ("Kathmandu [Nepal], December 2 (ANI): …", "Thiruvananthapuram, Jan 19 (NationPress)
  Another …"): the places and an outlet.
- Wires write the city in capitals, its country and the date before the dash ("BISHKEK,
  Kyrgyzstan, April 3 — …"): the city is a place.
- Kazakh agencies write the city, a full stop and the agency in capitals before the dash
  ("KARAGANDA. KAZINFORM – The court …"): a place and an outlet.
- Indian dailies print the city and the date on a line of their own under the credit
  ("Jalandhar, October 14"): the city is a place; so is a city in capitals alone on its line
  ("HYDERABAD"), where the gazetteer knows it (round 22).

Only in the first paragraphs, where a dateline stands; a flag word ("UPDATE") is no city.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from dossier.analyze.pieces import DATELINE_CITY, DATELINE_PARAGRAPHS
from dossier.analyze.pieces import paragraphs as split_paragraphs
from dossier.models import Mention, Span
from dossier.resolve.rules import _added, _flag_words

EXTRACTOR = "dossier.resolve.datelines/1"

_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
_DATE = rf"(?:{_MONTH}[^\S\n]+\d{{1,2}}|\d{{1,2}}[^\S\n]+{_MONTH})(?:,?[^\S\n]+\d{{4}})?"
_DATE_COLON = re.compile(rf"({DATELINE_CITY}),[^\S\n]+{_DATE}:[^\S\n]")
_AGENCY_AFTER_STOP = re.compile(
    rf"({DATELINE_CITY})\.[^\S\n]+([A-ZА-ЯЁ][A-ZА-ЯЁ-]{{2,}}(?:[^\S\n][A-ZА-ЯЁ-]{{2,}})?)"
    r"[^\S\n]*[-—–]+[^\S\n]"
)
# "Kathmandu [Nepal], December 2 (ANI): …", "Thiruvananthapuram, Jan 19 (NationPress)
# Another …": an Indian agency's dateline, the country in square brackets or none, the agency
# in round ones before a colon or the first sentence (round 23)
_BRACKETED_COUNTRY = re.compile(
    rf"([A-Z][a-z]+(?:[ -][A-Z][a-z]+)?)(?:[^\S\n]+\[([A-Z][a-z]+(?:[ ][A-Z][a-z]+)?)\])?,"
    rf"[^\S\n]+{_DATE}[^\S\n]+\(([A-Z][A-Za-z-]{{1,19}})\)(?::[^\S\n]|[^\S\n]+(?=[A-Z]))"
)
# "BISHKEK, Kyrgyzstan, April 3 — …": the city in capitals, its country and the date before
# the dash, which the wire rule's dateline (a city and one part after a comma) does not read
_COUNTRY_AND_DATE = re.compile(
    rf"({DATELINE_CITY}),[^\S\n]+[A-Z][a-z]+(?:[ ][A-Z][a-z]+)?,[^\S\n]+{_DATE}"
    r"[^\S\n]*(?:[-—–]+|--)[^\S\n]"
)
_OWN_LINE = re.compile(rf"([A-Z][a-z]+(?:[ -][A-Z][a-z]+){{0,2}}),[^\S\n]+{_DATE}[^\S\n]*")
_CITY_LINE = re.compile(rf"[^\S\n]*({DATELINE_CITY})[^\S\n]*")


def dateline_form_mentions(
    text: str,
    mentions: list[Mention],
    paragraphs: Sequence[Span] = (),
    known_place: Callable[[str], bool] = lambda name: False,
) -> list[Mention]:
    """``mentions`` with the city of each such dateline a place and the agency an outlet, in
    place of what the tagger made of them (a mention that runs past one is left alone); a
    city alone on its line only where ``known_place`` knows it (a headline of one word in
    capitals is no dateline)."""
    places: list[tuple[int, int]] = []
    outlets: list[tuple[int, int]] = []
    for start, end in list(paragraphs or split_paragraphs(text))[:DATELINE_PARAGRAPHS]:
        if found := _DATE_COLON.match(text, start, end):
            places.append(found.span(1))
        elif found := _BRACKETED_COUNTRY.match(text, start, end):
            places.extend(span for span in (found.span(1), found.span(2)) if span[0] >= 0)
            outlets.append(found.span(3))
        elif found := _COUNTRY_AND_DATE.match(text, start, end):
            places.append(found.span(1))
        elif found := _AGENCY_AFTER_STOP.match(text, start, end):
            places.append(found.span(1))
            outlets.append(found.span(2))
        elif found := (
            _OWN_LINE.fullmatch(text, start, end) or _city_line(text, start, end, known_place)
        ):
            places.append(found.span(1))
    places = [(a, b) for a, b in places if text[a:b].lower() not in _flag_words()]
    mentions = _added(text, mentions, outlets, "OUTLET", replace=True)
    return _added(text, mentions, places, "GPE", replace=True)


def _city_line(
    text: str, start: int, end: int, known_place: Callable[[str], bool]
) -> re.Match[str] | None:
    """A paragraph that is a known city in capitals alone ("HYDERABAD")."""
    found = _CITY_LINE.fullmatch(text, start, end)
    return found if found is not None and known_place(found.group(1)) else None
