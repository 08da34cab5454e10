"""An unnamed source described by the outlet he spoke to: "Источник «Коммерсанта» в
правоохранительных органах рассказал …", "Собеседник «Фонтанки» в мэрии сообщил …".

The guidelines' round 19 line reads it as "источник в Y рассказал X": the source is
"источник в Y", relayed by the outlet, which has a reported citation of its own. Before
round 22 the outlet stayed inside the source's words and was neither cited nor a relay.
"""

from __future__ import annotations

import re

from dossier.cite.record import Found

# the description, the outlet in quotation marks in the genitive, then where the source is
_DESCRIBED_BY_OUTLET = re.compile(
    r"(?P<who>(?i:источник|источники|собеседник|собеседница|собеседники))\s+"
    r"(?P<outlet>«[^»]{1,40}»)\s+(?P<rest>(?:в|во|из|на|при|среди)\s+\S.*)$"
)
_ATTRIBUTED = ("reported", "according_to", "quote")


def split_outlet_sources(text: str, found: list[Found]) -> list[Found]:
    """The outlets' own citations; each such source loses the outlet from its words."""
    added: list[Found] = []
    for cite in found:
        if cite.kind not in _ATTRIBUTED:
            continue
        m = _DESCRIBED_BY_OUTLET.match(cite.source.strip())
        if m is None:
            continue
        at = text.find(m.group("outlet"), cite.start, max(cite.end, cite.start + len(cite.source)))
        if at < 0:
            continue
        cite.source = f"{m.group('who')} {m.group('rest')}"
        outlet = (at, at + len(m.group("outlet")))
        added.append(
            Found("reported", text[outlet[0] : outlet[1]], *outlet, supports=list(cite.supports))
        )
    return added
