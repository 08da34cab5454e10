"""Outlets the registry knows by a name of several words that the tagger left untagged.

The small model tags "Current Time" nowhere in "Current Time, the network run by RFE/RL,
spoke to …" (round 24, probing issue 10's "outlets typed ORG" family): a run of two to five
capitalised words ("of" may stand between them) that no mention touches and that the outlet
registry knows as written is that outlet. One word alone is left to the tagger and the
evidence rules: "Dawn", "Mint" and "Kabar" open sentences as common words.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from dossier.models import Mention
from dossier.resolve.contexts import CAPITAL_WORD, NEXT_CAPITAL_WORD

EXTRACTOR = "dossier.resolve.known/1"

_RUN = re.compile(
    rf"(?<![\w.'’-])(?:The[ \u00a0]+)?(?P<name>{CAPITAL_WORD}(?:{NEXT_CAPITAL_WORD}){{1,4}})"
    r"(?![\w'’-])"
)


def known_outlet_mentions(
    text: str, mentions: list[Mention], is_outlet: Callable[[str], bool]
) -> list[Mention]:
    """``mentions`` with each untagged run of capitalised words the registry knows
    (``is_outlet``) as an outlet's mention."""
    found = [
        Mention(*m.span("name"), m.group("name"), "OUTLET", EXTRACTOR)
        for m in _RUN.finditer(text)
        if not any(x.start < m.end("name") and m.start("name") < x.end for x in mentions)
        and is_outlet(m.group("name"))
    ]
    return sorted([*mentions, *found], key=lambda m: (m.start, m.end))
