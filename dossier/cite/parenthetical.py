"""Parenthetical citations: "(Kloop.kg, August 30)", "(see EDM, November 8, 2022)".

A parenthesis is a citation when each of its ``;``-separated items reads
``[see|cf.|см.] SOURCE, DATE`` (or ``SOURCE DATE`` with a bare year), where SOURCE is a
short name (capitalised, quoted or a web domain) and DATE is nothing but a date. A
parenthesis with a source and no date counts only when the registry knows the source or
it is a web domain, and the parenthesis closes its sentence: "(Reuters)." is a citation,
"Radio Free Europe (RFE/RL) said" is an acronym.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from dossier.cite.lexicon import words
from dossier.cite.registry import OutletRegistry, split_domain

_MONTHS_EN = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
    r"Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
)
_MONTHS_RU = (
    r"(?:январ[ьяе]|феврал[ьяе]|март[ае]?|апрел[ьяе]|ма[йяе]|июн[ьяе]|июл[ьяе]|"
    r"август[ае]?|сентябр[ьяе]|октябр[ьяе]|ноябр[ьяе]|декабр[ьяе])"
)
_YEAR = r"(?:1[89]|20)\d{2}"
_RU_YEAR_TAIL = r"(?:\s*(?:гг\.?|г\.?|года?))?"
DATE_ONLY = re.compile(
    rf"""^(?:
        {_MONTHS_EN}\s+\d{{1,2}}(?:st|nd|rd|th)?(?:,?\s*{_YEAR})?
      | \d{{1,2}}(?:st|nd|rd|th)?\s+{_MONTHS_EN}(?:,?\s*{_YEAR})?
      | {_MONTHS_EN},?\s+{_YEAR}
      | \d{{1,2}}\s+{_MONTHS_RU}(?:\s+{_YEAR})?{_RU_YEAR_TAIL}
      | {_MONTHS_RU}\s+{_YEAR}{_RU_YEAR_TAIL}
      | {_YEAR}{_RU_YEAR_TAIL}
      | \d{{1,2}}[./]\d{{1,2}}[./](?:\d{{4}}|\d{{2}})
      | {_YEAR}-\d{{2}}(?:-\d{{2}})?
    )\.?$""",
    re.IGNORECASE | re.VERBOSE,
)
_PAREN = re.compile(r"\(([^()\n]{2,240})\)")
_SEE = re.compile(r"^(?:see\s+also|see|cf\.?|compare|см\.\s*также|см\.|ср\.)\s+", re.IGNORECASE)
_SOURCE_YEAR = re.compile(rf"^(?P<src>.+?)\s+(?P<date>{_YEAR})$")
_FIRST_CHAR_OK = re.compile(r"^[A-ZА-ЯЁ«\"“„]")
# Capitalised words that open a parenthesis that is not a citation: "(In 2022, ...)".
_NOT_SOURCE_WORDS = words(
    "in on at for from since until till during about around before after between also and "
    "or but now then formerly born died aged age estimated est approx via see note e.g "
    "i.e including mostly both each per ca this that these those the a an в на с со до "
    "после около из по от за при "
)
MAX_SOURCE_WORDS = 6


@dataclass(frozen=True, slots=True)
class ParenItem:
    """One citation inside a parenthesis: where it is and what it names."""

    start: int  # the item, without brackets, "see" included
    end: int
    source: str
    source_start: int
    source_end: int
    date_start: int | None
    date_end: int | None
    see_also: bool
    paren_start: int  # the whole parenthesis, brackets included
    paren_end: int


def find_parentheticals(text: str, registry: OutletRegistry) -> list[ParenItem]:
    """Every parenthetical citation item in ``text``, in text order."""
    found: list[ParenItem] = []
    for match in _PAREN.finditer(text):
        items = _parse_paren(text, match.start(1), match.end(1), registry)
        if items:
            found.extend(items)
    return found


def _parse_paren(
    text: str, start: int, end: int, registry: OutletRegistry
) -> list[ParenItem] | None:
    """All items of one parenthesis, or None when any item is not a citation."""
    items: list[ParenItem] = []
    pos = start
    pieces = text[start:end].split(";")
    for piece in pieces:
        item = _parse_item(text, pos, pos + len(piece), start - 1, end + 1)
        pos += len(piece) + 1
        if item is None:
            return None
        items.append(item)
    undated = [i for i in items if i.date_start is None]
    if undated and not (len(items) == 1 and _closes_sentence(text, end + 1)):
        return None
    for item in undated:
        if registry.lookup(item.source) is None and split_domain(item.source) is None:
            return None
    return items


def _parse_item(
    text: str, start: int, end: int, paren_start: int, paren_end: int
) -> ParenItem | None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1] in " \t.":
        end -= 1
    raw = text[start:end]
    see = _SEE.match(raw)
    src_start = start + (see.end() if see else 0)
    body = text[src_start:end]
    comma = body.find(",")
    date_span: tuple[int, int] | None = None
    if comma > 0:
        src_end = src_start + comma
        date_start = src_end + 1
        while date_start < end and text[date_start].isspace():
            date_start += 1
        if not DATE_ONLY.match(text[date_start:end]):
            return None
        date_span = (date_start, end)
    else:
        bare = _SOURCE_YEAR.match(body)
        if bare is not None:
            src_end = src_start + bare.end("src")
            date_span = (src_start + bare.start("date"), end)
        else:
            src_end = end
    source = text[src_start:src_end].strip()
    if not _looks_like_source(source):
        return None
    return ParenItem(
        start=start,
        end=end,
        source=source.strip('«»"“”„'),
        source_start=src_start,
        source_end=src_end,
        date_start=date_span[0] if date_span else None,
        date_end=date_span[1] if date_span else None,
        see_also=see is not None,
        paren_start=paren_start,
        paren_end=paren_end,
    )


def _looks_like_source(source: str) -> bool:
    if not source or len(source.split()) > MAX_SOURCE_WORDS or DATE_ONLY.match(source):
        return False
    if split_domain(source) is not None:
        return True
    if not _FIRST_CHAR_OK.match(source) or any(ch.isdigit() for ch in source):
        return False
    words = source.strip('«»"“”„').split()
    if not words:  # nothing but quote marks: no name to cite
        return False
    return words[0].casefold().rstrip(".,") not in _NOT_SOURCE_WORDS


def _closes_sentence(text: str, pos: int) -> bool:
    """True when only sentence-final punctuation (or the line end) follows ``pos``."""
    rest = text[pos : pos + 3]
    return rest == "" or rest[0] in ".;!?\n" or rest.strip() == ""
