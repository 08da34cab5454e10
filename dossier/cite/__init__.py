"""Who says so: parenthetical citations, footnotes, attributions and quotes.

``find_citations`` returns :class:`dossier.models.Citation` records linked to the spans of
the claims they support; ``OutletRegistry`` resolves outlet names, aliases and domains
(from the domain pack's ``outlets.yaml``) to OUTLET ids.
"""

from dossier.cite.find import EXTRACTOR, find_citations
from dossier.cite.registry import Outlet, OutletRegistry

__all__ = ["EXTRACTOR", "Outlet", "OutletRegistry", "find_citations"]
