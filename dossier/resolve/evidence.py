"""The type of a cluster of mentions, decided from evidence rather than one tag.

The small English model mislabels single words: a surname as a place ("Kabanov"
in "Kabanov-led"), a capital as a person, an outlet's domain as a place. Each
cluster is typed by the strongest evidence it has, in this order:

1. the outlet registry, or a citation that names it as a source -> OUTLET
2. the pack's aliases -> the entry's type
3. a web domain as the name ("Kloop.kg", "T.me/channel") -> OUTLET
4. a person: a span of two or more words tagged as a person, a patronymic particle
   (uulu, kyzy), or a title before a mention ("Mr.", "President") -> PERSON
5. the gazetteer knows one of its names -> PLACE
6. a nationality: tagged NORP, or one capitalised word that a country's name
   starts with or that starts with a country's name (Uzbeks, Kyrgyz, Russian) -> GROUP
7. otherwise the labels' majority, ties in the order PERSON, ORG, PLACE, GROUP;
   a cluster with no typed label (only WORK_OF_ART and the like) is no entity.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from dossier.models import EntityType
from dossier.resolve.gazetteer import Gazetteer
from dossier.resolve.spans import PARTICLE_KEYS, NameSpan

if TYPE_CHECKING:
    from dossier.resolve.document import Cluster

_DOMAIN = re.compile(
    r"^[a-z0-9][\w-]*(?:\.[\w-]+)*\.(?:[a-z]{2}|com|org|net|info|asia|news|media|online|tv)"
    r"(?:/\S*)?$",
    re.IGNORECASE,
)
_TITLE_BEFORE = re.compile(
    r"(?:\b(?:Mr|Mrs|Ms|Dr|Prof|Gen|Col|Lt|Sgt|Capt|President|Premier|Minister|General|"
    r"Colonel|Major|Senator|Judge|Ambassador|lawyer|activist|journalist|spokesman|"
    r"spokeswoman|spokesperson|deputy|director|commander|господин|госпожа|президент|"
    r"министр|генерал|полковник|депутат|адвокат|журналист)\.?\s+)$",
    re.IGNORECASE,
)
_TIE_ORDER: tuple[EntityType, ...] = ("PERSON", "ORG", "PLACE", "GROUP", "OUTLET")
_DEMONYM_ENDINGS = ("ians", "ian", "ans", "an", "s", "i", "ese", "ish")


@dataclass(slots=True)
class Evidence:
    text: str
    gazetteer: Gazetteer
    clusters: list[list[NameSpan]] = field(default_factory=list)

    def titled(self, span: NameSpan) -> bool:
        return _TITLE_BEFORE.search(self.text, max(0, span.start - 40), span.start) is not None

    def in_gazetteer(self, span: NameSpan) -> bool:
        return bool(
            self.gazetteer.candidates(span.surface) or self.gazetteer.candidates(span.nominative)
        )


def decide_type(cluster: Cluster, evidence: Evidence) -> EntityType | None:
    spans = cluster.spans
    if cluster.outlet:
        return "OUTLET"
    if cluster.alias:
        return cluster.alias.type
    person = _person_evidence(spans, evidence)
    if cluster.cited and not person:
        return "OUTLET"
    if any(_DOMAIN.match(s.surface) for s in spans):
        return "OUTLET"
    if person:
        return "PERSON"
    if any(evidence.in_gazetteer(s) for s in spans):
        return "PLACE"
    votes = Counter(s.type for s in spans if s.type is not None)
    if votes["GROUP"] or any(_demonym(s, evidence.gazetteer) for s in spans):
        return "GROUP"
    if not votes:
        return None
    return max(_TIE_ORDER, key=lambda kind: (votes[kind], -_TIE_ORDER.index(kind)))


def _person_evidence(spans: list[NameSpan], evidence: Evidence) -> bool:
    for span in spans:
        if span.type == "PERSON" and len(span.keys) >= 2:
            return True
        if len(span.keys) >= 2 and span.keys[-1] in PARTICLE_KEYS and span.type != "ORG":
            return True
        if evidence.titled(span):
            return True
    return False


def _demonym(span: NameSpan, gazetteer: Gazetteer) -> bool:
    """One capitalised word that shares its stem with a country's name (Uzbeks, Russian)."""
    word = span.surface
    if len(span.keys) != 1 or not word[:1].isupper() or not word.isalpha():
        return False
    lower = word.lower()
    stems = {lower} | {lower[: -len(e)] for e in _DEMONYM_ENDINGS if lower.endswith(e)}
    for country in gazetteer.country_names():
        for stem in stems:
            if (
                len(stem) >= 4
                and stem != country
                and (country.startswith(stem) or stem.startswith(country.rstrip("aeiy")))
            ):
                return True
    return False
