"""Outlets as a source's phrase names them: "the RIA Novosti news agency", a known
outlet before its kind word, stands by its name, so that it relays a quotation ("…,"
X said, according to the RIA Novosti news agency) by rule 3 of :mod:`dossier.cite.sources`.
"""

from __future__ import annotations

import re

from dossier.cite.lexicon import EN_OUTLET_KINDS
from dossier.cite.record import Found
from dossier.cite.registry import OutletRegistry, outlet_name

# "the RIA Novosti news agency", "the Kommersant newspaper": an outlet's name before its
# kind word
_NAME_BEFORE_KIND = re.compile(
    rf"^(?:the\s+)?(?P<name>[A-Z][\w./-]*(?:\s+[A-Z][\w./-]*){{0,3}})\s+"
    rf"(?:state(?:-run|-owned)?\s+|independent\s+|online\s+)?{EN_OUTLET_KINDS}$"
)


def outlet_before_kind(source: str, registry: OutletRegistry) -> str:
    """An outlet the registry knows, described by its kind word after its name, stands as
    its name ("the RIA Novosti news agency" -> "RIA Novosti"); any other source as is."""
    m = _NAME_BEFORE_KIND.match(source)
    return m.group("name") if m is not None and registry.lookup(m.group("name")) else source


# "two officials quoted by the Press Trust of India said", "Two officials cited by Reuters
# said": the outlet that quoted the speakers, inside the subject (round 14, english_dev7)
# "Two former recruits interviewed by 24.kg said" likewise (round 18, english_dev11)
_QUOTED_BY = re.compile(
    r"^(?P<speaker>.+?)\s+(?:quoted|cited|interviewed)\s+by\s+(?P<outlet>[^,]+)$"
)


def split_quoted_by(text: str, found: Found, registry: OutletRegistry) -> list[Found]:
    """A reported citation whose subject names the outlet that quoted it, as two: the
    speaker (relayed by the outlet, by rule 3 of :mod:`dossier.cite.sources`) and the
    outlet's own; any other citation as it is."""
    m = _QUOTED_BY.match(found.source.strip()) if found.kind == "reported" else None
    if m is None or registry.lookup(m.group("outlet")) is None:
        return [found]
    outlet = re.sub(r"^the\s+", "", m.group("outlet"), flags=re.IGNORECASE)
    at = text.find(outlet, found.start, max(found.end, found.start + len(found.source)))
    at = at if at >= 0 else found.start
    found.source = m.group("speaker")
    told = Found("reported", outlet, at, at + len(outlet), supports=list(found.supports))
    return [found, told]


# "в ответе прокуратуры на запрос «Вёрстки»", "Согласно ответу X на запрос «Азия-Плюс»": the
# outlet whose query the body answered (round 16, russian_dev10); "на запрос редакции" (or
# "издания") is the publisher's own, no outlet of its own
_QUERY_TAIL = re.compile(
    r"\s+на\s+(?:запрос|вопрос)\w*\s+(?P<outlet>«[^»]{1,40}»|редакции|издания"
    r"|[A-ZА-ЯЁ0-9][\w.-]*(?:\s+[A-ZА-ЯЁ][\w.-]*){0,2})$"
)
_OWN_QUERY = frozenset({"редакции", "издания"})


def split_query(text: str, found: Found, registry: OutletRegistry) -> list[Found]:
    """A citation whose source ends with the outlet whose query it answered, as two: the
    body, relayed by that outlet, and the outlet's own of the same kind (as "told X" gives
    X one); the publisher's own query is cut from the source and gives none."""
    m = _QUERY_TAIL.search(found.source) if found.kind in ("reported", "according_to") else None
    if m is None:
        return [found]
    found.source = found.source[: m.start()]
    written = m.group("outlet")
    if written in _OWN_QUERY:
        return [found]
    name = outlet_name(written, registry) or written.strip("«»")
    at = text.find(written, found.start)
    at = at if at >= 0 else found.start
    found.relay = name
    asked = Found(found.kind, name, at, at + len(written), supports=list(found.supports))
    return [found, asked]
