"""Fast tests of the events stage over hand-built parses (no NLP model is loaded)."""

from __future__ import annotations

import pytest

from dossier.errors import PackError
from dossier.events import compile_lexicon, find_events
from dossier.events.lexicon import match_sentence
from dossier.models import Analysis, Article, Citation, Entity, Sentence, Timex, Token
from dossier.packs import get_pack

# word, lemma, pos, dep, head (index within the sentence; the root points to itself)
Row = tuple[str, str, str, str, int]


def parse(sentences: list[list[Row]], sep: str = " ") -> tuple[str, Analysis]:
    """Text and Analysis from rows per sentence; words are joined by spaces."""
    text, tokens, spans = "", [], []
    for rows in sentences:
        base, start = len(tokens), len(text)
        for n, (word, lemma, pos, dep, head) in enumerate(rows):
            if n:
                text += " "
            tokens.append(
                Token(base + n, len(text), len(text) + len(word), word, lemma, pos, dep,
                      base + head, len(spans))
            )  # fmt: skip
            text += word
        spans.append(Sentence(start, len(text)))
        text += sep
    return text, Analysis("en", spans, tokens, [], "test")


DETAINED_IN_MAY: list[Row] = [
    ("In", "in", "ADP", "prep", 4),
    ("May", "May", "PROPN", "pobj", 0),
    (",", ",", "PUNCT", "punct", 4),
    ("he", "he", "PRON", "nsubjpass", 4),
    ("was", "be", "AUX", "auxpass", 4),
    ("detained", "detain", "VERB", "root", 4),
    (".", ".", "PUNCT", "punct", 4),
]
NOT_SIGN: list[Row] = [
    ("He", "he", "PRON", "nsubj", 3),
    ("did", "do", "AUX", "aux", 3),
    ("not", "not", "PART", "neg", 3),
    ("sign", "sign", "VERB", "root", 3),
    ("a", "a", "DET", "det", 5),
    ("contract", "contract", "NOUN", "dobj", 3),
    (".", ".", "PUNCT", "punct", 3),
]
COULD_BE_SENT: list[Row] = [
    ("They", "they", "PRON", "nsubjpass", 3),
    ("could", "could", "AUX", "aux", 3),
    ("be", "be", "AUX", "auxpass", 3),
    ("sent", "send", "VERB", "root", 3),
    ("to", "to", "ADP", "prep", 3),
    ("the", "the", "DET", "det", 6),
    ("front", "front", "NOUN", "pobj", 4),
    (".", ".", "PUNCT", "punct", 3),
]


def run(text: str, analysis: Analysis, **kw: object) -> list:  # type: ignore[type-arg]
    article = Article(id="t", text=text, language="en", published="2023-09")
    return find_events(
        article, analysis, kw.get("timexes", []), [], kw.get("citations", []),  # type: ignore[arg-type]
        kw.get("entities", []), get_pack(),  # type: ignore[arg-type]
    )  # fmt: skip


def may(text: str) -> Timex:
    at = text.index("May")
    return Timex(at, at + 3, "May", "DATE", "2023-05")


def test_detention_with_its_own_date_and_target() -> None:
    text, analysis = parse([DETAINED_IN_MAY])
    he = text.index("he ")
    person = Entity("e1", "PERSON", "Ali", mentions=[(he, he + 2)])
    [event] = run(text, analysis, timexes=[may(text)], entities=[person])
    assert (event.id, event.type, event.date, event.modality) == (
        "v1",
        "detention",
        "2023-05",
        "asserted",
    )
    assert event.targets == ["e1"] and event.actors == []
    assert text[event.evidence[0] : event.evidence[1]] == text.strip()
    assert "detained" in (event.summary or "")


def test_sentence_initial_date_carries_to_the_next_sentence_of_the_paragraph() -> None:
    text, analysis = parse([DETAINED_IN_MAY, NOT_SIGN])
    events = run(text, analysis, timexes=[may(text)])
    assert [(e.type, e.date, e.modality) for e in events] == [
        ("detention", "2023-05", "asserted"),
        ("recruitment", "2023-05", "negated"),
    ]


def test_date_does_not_carry_across_a_paragraph_break() -> None:
    text, analysis = parse([DETAINED_IN_MAY, NOT_SIGN], sep="\n\n")
    assert [e.date for e in run(text, analysis, timexes=[may(text)])] == ["2023-05", None]


def test_hypothetical_deployment_and_reported_date_from_citation() -> None:
    text, analysis = parse([COULD_BE_SENT])
    cite = Citation("c1", "Kloop.kg", "parenthetical", 0, 0, date="2023-08-30",
                    supports=[(0, len(text))])  # fmt: skip
    [event] = run(text, analysis, citations=[cite])
    assert (event.type, event.modality, event.date) == ("deployment", "hypothetical", None)
    assert event.reported == "2023-08-30" and event.citations == ["c1"]
    assert event.confidence < 0.6


def test_phrase_triggers_allow_a_gap_and_keep_order() -> None:
    lexicon = compile_lexicon({"types": {"recruitment": {"triggers": {"en": ["sign contract"]}}}})
    _, analysis = parse([NOT_SIGN])
    [found] = match_sentence(lexicon, "en", analysis.tokens)
    assert found.is_phrase and [analysis.tokens[i].text for i in found.tokens] == [
        "sign",
        "contract",
    ]
    _, analysis = parse(
        [[("contract", "contract", "NOUN", "root", 0), ("sign", "sign", "VERB", "dep", 0)]]
    )
    assert match_sentence(lexicon, "en", analysis.tokens) == []


def test_pos_restricted_trigger() -> None:
    lexicon = compile_lexicon({"types": {"x": {"triggers": {"en": ["sentence/VERB"]}}}})
    noun = Token(0, 0, 8, "sentence", "sentence", "NOUN", "root", 0, 0)
    verb = Token(0, 0, 9, "sentenced", "sentence", "VERB", "root", 0, 0)
    assert match_sentence(lexicon, "en", [noun]) == []
    assert len(match_sentence(lexicon, "en", [verb])) == 1


def test_malformed_pack_file_raises_pack_error() -> None:
    with pytest.raises(PackError, match="types"):
        compile_lexicon({"kinds": []})


def test_every_pack_type_has_a_definition() -> None:
    from dossier.events import load_lexicon

    lexicon = load_lexicon(get_pack())
    assert {"recruitment", "coercion", "court_ruling", "statement", "other"} <= set(lexicon.types)
    assert all(lexicon.types.values())


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        (
            "🔹 **Deputies plan to introduce a bill** today",
            "Deputies plan to introduce a bill today",
        ),
        ("▪️ Минобороны не подтвердило данные", "Минобороны не подтвердило данные"),
        ("- The authorities should stop raids.", "The authorities should stop raids"),
        ("that six men had been killed ()", "six men had been killed"),
        ("see [our report](http://example.org/a) on it", "see our report on it"),
        ("«Кто-то» сказал", "«Кто-то» сказал"),
    ],
)
def test_summary_reads_as_a_clause(raw: str, expected: str) -> None:
    from dossier.events.find import clean_summary

    assert clean_summary(raw) == expected
