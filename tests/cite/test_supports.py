"""The support rule written in dossier/cite/find.py."""

from __future__ import annotations

from dossier.cite import OutletRegistry, find_citations
from dossier.models import Sentence

from .helpers import span_text


def _supports(text: str, registry: OutletRegistry, source: str) -> list[str]:
    [cite] = [c for c in find_citations(text, "en", [], [], registry) if c.source == source]
    return [span_text(text, s) for s in cite.supports]


def test_closing_citation_supports_earlier_uncited_sentences(registry: OutletRegistry) -> None:
    text = "First fact. Second fact. Third fact closes it (RT, July 19)."
    assert _supports(text, registry, "RT") == [
        "Third fact closes it",
        "First fact.",
        "Second fact.",
    ]


def test_walk_back_stops_at_a_cited_sentence(registry: OutletRegistry) -> None:
    text = "Old fact (Wion, September 4). Middle fact. Last fact (RT, July 19)."
    assert _supports(text, registry, "RT") == ["Last fact", "Middle fact."]
    text = "The ministry said the plan worked. Middle fact. Last fact (RT, July 19)."
    assert _supports(text, registry, "RT") == ["Last fact", "Middle fact."]


def test_walk_back_stops_at_the_paragraph_start(registry: OutletRegistry) -> None:
    text = "Other paragraph.\n\nNew paragraph fact. Last fact (RT, July 19)."
    assert _supports(text, registry, "RT") == ["Last fact", "New paragraph fact."]


def test_mid_sentence_citation_supports_its_sentence_only(registry: OutletRegistry) -> None:
    text = "Earlier fact. The decree (RT, July 19) was signed in May."
    assert _supports(text, registry, "RT") == ["The decree (RT, July 19) was signed in May."]


def test_second_citation_in_a_sentence_starts_after_the_first(registry: OutletRegistry) -> None:
    text = "Prices rose (RT, July 19), and wages fell (Wion, September 4)."
    assert _supports(text, registry, "Wion") == ["and wages fell"]


def test_analyzer_sentences_are_used_when_given(registry: OutletRegistry) -> None:
    text = "One. Two (RT, July 19)."
    # an analyzer that kept both in one sentence: the citation supports all of it
    cites = find_citations(text, "en", [], [Sentence(0, len(text))], registry)
    assert [span_text(text, s) for s in cites[0].supports] == ["One. Two"]


def test_analysis_paragraphs_are_used_when_given(registry: OutletRegistry) -> None:
    text = "Other fact. New fact. Last fact (RT, July 19)."
    # the analyze stage's paragraphs: the walk back stops where the second one starts
    paragraphs = [(0, 11), (12, len(text))]
    [cite] = find_citations(text, "en", [], [], registry, None, paragraphs)
    assert [span_text(text, s) for s in cite.supports] == ["Last fact", "New fact."]


def test_a_text_without_blank_lines_has_a_paragraph_per_line(registry: OutletRegistry) -> None:
    text = "Other paragraph.\nNew paragraph fact. Last fact (RT, July 19)."
    assert _supports(text, registry, "RT") == ["Last fact", "New paragraph fact."]


def test_attribution_supports_content_not_cue(registry: OutletRegistry) -> None:
    text = "According to the ministry, 40 people were detained."
    [cite] = find_citations(text, "en", [], [], registry)
    assert (cite.kind, cite.source) == ("according_to", "the ministry")
    assert [span_text(text, s) for s in cite.supports] == ["40 people were detained"]
