"""A police officer named after the district he heads and his rank.

South Asian papers write an officer's post as the district and the rank's initials before
the name ("Kapurthala SSP R.S. Bhullar said", "Kaski DSP Ram Prasad Thapa told"), or the rank
in words ("Kalaburagi Superintendent of Police A.S. Venkatesh"); the tagger
runs the three into one organisation or person. The district is a place of its own, the
rank no part of any name (as :func:`dossier.resolve.rules.without_titles` leaves it out), and
the name after it a person, with its initials.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from dossier.models import Mention
from dossier.resolve.name_data import name_rules

EXTRACTOR = "dossier.resolve.officers/1"

_NAME = r"(?:[A-Z]\.[ \u00a0]?){0,3}[A-Z][a-z]+(?:[ \u00a0][A-Z][a-z]+){0,3}"


@lru_cache(maxsize=1)
def _post() -> re.Pattern[str]:
    data: Any = name_rules()
    # the longest rank first, and the district as short as it may be: "Kalaburagi Senior
    # Superintendent of Police" is no district "Kalaburagi Senior"
    written = sorted((str(r) for r in data["district_police_ranks"]), key=len, reverse=True)
    ranks = "|".join(re.escape(r).replace(r"\ ", r"[ \u00a0]+") for r in written)
    return re.compile(
        rf"(?P<district>[A-Z][a-z]+(?:[ \u00a0][A-Z][a-z]+)??)[ \u00a0]+(?:{ranks})[ \u00a0]+"
        rf"(?P<name>{_NAME})"
    )


@lru_cache(maxsize=1)
def _not_districts() -> frozenset[str]:
    data: Any = name_rules()
    return frozenset(str(word) for word in data["not_districts"])


def district_officer_mentions(text: str, mentions: list[Mention]) -> list[Mention]:
    """``mentions`` with each one that is a district, a police rank and a name cut into the
    district (a place) and the officer (a person)."""
    out: list[Mention] = []
    for m in mentions:
        post = _post().fullmatch(m.text)
        if post is None or set(post.group("district").split()) & _not_districts():
            out.append(m)
            continue
        district, name = post.span("district"), post.span("name")
        out.append(Mention(m.start + district[0], m.start + district[1],
                           post.group("district"), "GPE", EXTRACTOR))  # fmt: skip
        out.append(Mention(m.start + name[0], m.start + name[1], post.group("name"),
                           "PER", EXTRACTOR))  # fmt: skip
    return out
