"""Tagger spans to name spans (dossier.resolve.spans)."""

from __future__ import annotations

from dossier.models import Mention
from dossier.resolve.spans import clean_span


def test_a_span_stopped_inside_a_hyphened_particle_takes_the_particle() -> None:
    # the small model ends a sentence-initial name at "Kubanychbek-", before "uulu"
    text = "Askar Kubanychbek-uulu became the first to be jailed at home."
    span = clean_span(text, Mention(0, 18, text[:18], "PERSON", "test"))
    assert span is not None and span.surface == "Askar Kubanychbek-uulu"
    # a hyphen followed by no particle is no part of the name
    other = "Askar Osmonov- and his brother"
    span = clean_span(other, Mention(0, 13, other[:13], "PERSON", "test"))
    assert span is not None and span.surface == "Askar Osmonov"
