"""Numbered footnotes: markers in the text ("[3]", "³") and the reference list they point to.

The reference list is the run of numbered lines at the end of the text ("[3] Reuters,
“Title”, March 3, 2023." or "3. Коммерсантъ. «Заголовок». 12 марта 2023"), optionally
under a heading (References, Notes, Sources, Источники, Примечания). A marker counts only
when the list defines its number. An entry's source is its first segment (up to a comma,
a full stop or a quoted title), or its web domain when the entry is a bare URL.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_SUPERSCRIPT = str.maketrans("⁰¹²³⁴⁵⁶⁷⁸⁹", "0123456789")
_MARKER = re.compile(r"(?<=[\w.,;:!?\"”»’)])(?:\[(\d{1,3})\]|([⁰¹²³⁴⁵⁶⁷⁸⁹]{1,3}))")
_ENTRY = re.compile(
    r"^[ \t]*(?:\[(\d{1,3})\]|(\d{1,3})[.)]|([⁰¹²³⁴⁵⁶⁷⁸⁹]{1,3}))[ \t]+(\S[^\n]*)$", re.MULTILINE
)
_HEADING = re.compile(
    r"^[ \t]*(?:references|notes|sources|footnotes|endnotes|bibliography|источники|"
    r"примечания|ссылки|литература|сноски)[ \t]*:?[ \t]*$",
    re.IGNORECASE | re.MULTILINE,
)
_URL = re.compile(r"^(?:https?://)?(?:www\.)?((?:[\w-]+\.)+[a-z]{2,})(?:/\S*)?$", re.IGNORECASE)
_SOURCE_END = re.compile(r",|\.\s|[“«\"„]|\s[–—-]\s|:\s")


@dataclass(frozen=True, slots=True)
class Reference:
    number: int
    start: int  # the entry text, after its number
    end: int
    source: str
    source_start: int
    source_end: int


@dataclass(frozen=True, slots=True)
class Marker:
    number: int
    start: int
    end: int


def reference_list(text: str) -> tuple[int, dict[int, Reference]]:
    """(where the list begins, entries by number); (len(text), {}) when there is none."""
    entries = list(_ENTRY.finditer(text))
    block: list[re.Match[str]] = []
    # the list is the last run of entries, with nothing but blank space after or between them
    for match in reversed(entries):
        following = block[0].start() if block else len(text)
        if text[match.end() : following].strip():
            break
        block.insert(0, match)
    if not block:
        return len(text), {}
    start = block[0].start()
    headings = list(_HEADING.finditer(text, 0, start))
    heading = headings[-1] if headings else None
    if heading is not None and not text[heading.end() : start].strip():
        start = heading.start()
    refs: dict[int, Reference] = {}
    for match in block:
        number = int((match.group(1) or match.group(2) or match.group(3)).translate(_SUPERSCRIPT))
        refs[number] = _reference(number, match.start(4), match.end(4), text)
    if len(refs) < 1 or (heading is None and len(refs) < 2):
        return len(text), {}  # a single numbered line is not a reference list
    return start, refs


def _reference(number: int, start: int, end: int, text: str) -> Reference:
    entry = text[start:end].strip()
    url = _URL.match(entry)
    if url is not None:
        return Reference(number, start, end, url.group(1), start, start + len(entry))
    cut = _SOURCE_END.search(entry)
    src_len = cut.start() if cut is not None and cut.start() > 0 else len(entry)
    source = entry[:src_len].strip().rstrip(".")
    return Reference(number, start, end, source, start, start + len(source))


def find_markers(text: str, body_end: int, refs: dict[int, Reference]) -> list[Marker]:
    """Markers in the body (before the reference list) whose number the list defines."""
    markers = []
    for match in _MARKER.finditer(text, 0, body_end):
        raw = match.group(1) or match.group(2)
        number = int(raw.translate(_SUPERSCRIPT))
        if number in refs:
            markers.append(Marker(number, match.start(), match.end()))
    return markers
