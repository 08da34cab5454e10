"""A police officer named after the district he heads and his rank.

South Asian papers write an officer's post as the district and the rank's initials before
the name ("Kapurthala SSP R.S. Bhullar said", "Kaski DSP Ram Prasad Thapa told"), or the rank
in words ("Kalaburagi Superintendent of Police A.S. Venkatesh"); the tagger
runs the three into one organisation or person. The district is a place of its own, the
rank no part of any name (as :func:`dossier.resolve.rules.without_titles` leaves it out), and
the name after it a person, with its initials. A police district's word between the place
and the rank ("Thrissur Rural Superintendent of Police B. Krishnakumar", round 23) is no part
of the place, and the tagger may give the post and the name as two mentions.
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
        rf"(?P<district>[A-Z][a-z]+(?:[ \u00a0][A-Z][a-z]+)??)"
        rf"(?:[ \u00a0]+(?:Rural|City|Urban))?[ \u00a0]+(?:{ranks})[ \u00a0]+(?P<name>{_NAME})"
    )


@lru_cache(maxsize=1)
def _not_districts() -> frozenset[str]:
    data: Any = name_rules()
    return frozenset(str(word) for word in data["not_districts"])


def district_officer_mentions(text: str, mentions: list[Mention]) -> list[Mention]:
    """``mentions`` with each one that is a district, a police rank and a name cut into the
    district (a place) and the officer (a person)."""
    out: list[Mention] = []
    done = 0  # the end of the last post read: the mentions before it are replaced
    for m in mentions:
        if m.start < done:
            continue
        post = _post().fullmatch(m.text) or _post_over_mentions(text, m, mentions)
        if post is None or set(post.group("district").split()) & _not_districts():
            out.append(m)
            continue
        start = m.start if post.string is m.text else 0
        district, name = post.span("district"), post.span("name")
        out.append(Mention(start + district[0], start + district[1],
                           post.group("district"), "GPE", EXTRACTOR))  # fmt: skip
        out.append(Mention(start + name[0], start + name[1], post.group("name"),
                           "PER", EXTRACTOR))  # fmt: skip
        done = start + post.end()
    return out


def _post_over_mentions(text: str, m: Mention, mentions: list[Mention]) -> re.Match[str] | None:
    """A post read from ``m`` on in the text, where the tagger gave the district and its rank
    apart from the name or left the name out ("Thrissur Rural Superintendent | B.
    Krishnakumar"): it must run past ``m``, no mention running past it."""
    post = _post().match(text, m.start)
    if post is None or post.end() <= m.end:
        return None
    inside = [o for o in mentions if o.start < post.end() and m.start < o.end]
    return None if any(o.start < m.start or o.end > post.end() for o in inside) else post
