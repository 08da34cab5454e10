"""A body's possessive before another body's name: two bodies, the owner and its own.

"the House of Representatives' International Relations Committee", "the National Assembly's
Foreign Affairs Committee", "the Ministry of Defence's Main Intelligence Directorate": the
small model tags the whole as one organisation, while the guidelines key the owner and the
body it owns apart, as "the CID's Human Trafficking … Division" and "the Nepal Police's
Anti-Human Trafficking Bureau" are (round 24, families_dev22). A country's or a place's
possessive is rules.py's (owner_place_mentions).
"""

from __future__ import annotations

import re

from dossier.models import Mention

EXTRACTOR = "dossier.resolve.owners"

# the owner's last word: a body's head word, singular or plural ("Representatives'")
_HEADS = frozenset(
    {
        *("Police", "Assembly", "Parliament", "Representatives", "Senate", "Duma", "Congress"),
        *("Ministry", "Department", "Army", "Navy", "Council", "Commission", "Government"),
        *("Court", "Bureau", "Agency", "Service", "Office", "Committee", "Forces", "Guard"),
        *("Directorate", "Cabinet", "Party", "Union", "Investigation"),
    }
)
_OWNER_BODY = re.compile(
    r"^(?:[Tt]he\s+)?(?P<owner>[A-Z][\w.-]*(?:\s+(?:of\s+(?:the\s+)?|and\s+)?[A-Z][\w.-]*)*)"
    r"(?:['’]s|(?<=s)['’])\s+(?P<body>[A-Z][\w.-]*(?:\s+(?:of\s+|and\s+|for\s+)?[A-Z][\w.-]*)*)$"
)


def body_owner_mentions(text: str, mentions: list[Mention]) -> list[Mention]:
    """``mentions`` with an organisation's mention that opens with another body's possessive
    split in two: the owner and the body it owns, both organisations."""
    out: list[Mention] = []
    for m in mentions:
        found = _OWNER_BODY.match(m.text) if m.label == "ORG" else None
        if found is None or found.group("owner").split()[-1] not in _HEADS:
            out.append(m)
            continue
        owner, body = (m.start + found.start(g) for g in ("owner", "body"))
        owner_end = m.start + found.end("owner")
        out.append(Mention(owner, owner_end, text[owner:owner_end], "ORG", EXTRACTOR))
        out.append(Mention(body, m.end, text[body : m.end], "ORG", EXTRACTOR))
    return out
