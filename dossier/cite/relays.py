"""Outlets as a source's phrase names them: "the RIA Novosti news agency", a known
outlet before its kind word, stands by its name, so that it relays a quotation ("…,"
X said, according to the RIA Novosti news agency) by rule 3 of :mod:`dossier.cite.sources`.
"""

from __future__ import annotations

import re

from dossier.cite.lexicon import EN_OUTLET_KINDS
from dossier.cite.registry import OutletRegistry

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
