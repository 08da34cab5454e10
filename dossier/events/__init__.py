"""Events: what happened, typed by the domain pack, with date, actors, place, numbers, sources.

The pack's ``events.yaml`` names the event types and their trigger lemmas per language; this
stage finds one event per trigger clause and reads its arguments from the dependency parse:

    find_events(article, analysis, timexes, quantities, citations, entities, pack) -> [Event]

Modules by step: ``lexicon`` (the pack's triggers), ``syntax`` (clauses of the parse),
``modality`` (negated, planned, hypothetical, generic), ``dates`` (own date, narrative frame),
``arguments`` (actors, targets, place, quantities, citations), ``find`` (putting it together).
"""

from dossier.events.find import EXTRACTOR, find_events
from dossier.events.lexicon import Lexicon, compile_lexicon, load_lexicon

__all__ = ["EXTRACTOR", "Lexicon", "compile_lexicon", "find_events", "load_lexicon"]
