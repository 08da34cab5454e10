"""The analysis budget: bounded pieces for the models, offsets kept exact (issue 13)."""

from __future__ import annotations

import time

import pytest

from dossier.analyze import analyze_texts
from dossier.analyze.pieces import (
    MAX_PIECE_CHARS,
    MAX_SYMBOL_RUN,
    break_symbol_runs,
    dateline_end,
    paragraphs,
    pieces,
)

SENTENCE = "The court in Bishkek sentenced the man to ten years on Tuesday, his lawyer said. "


def test_paragraphs_are_runs_of_lines_between_blank_lines() -> None:
    text = "\nTitle\n\nFirst line\nsecond line\n  \n\n  Indented\n"
    assert [text[start:end] for start, end in paragraphs(text)] == [
        "Title",
        "First line\nsecond line",
        "Indented",  # without the space around it
    ]


def test_a_text_without_blank_lines_has_a_paragraph_per_line() -> None:
    # plain-text articles often put each paragraph on one line, with no blank line between
    text = "Headline without a stop\nFirst paragraph. Its second sentence.\n  Second one.\n"
    assert [text[start:end] for start, end in paragraphs(text)] == [
        "Headline without a stop",
        "First paragraph. Its second sentence.",
        "Second one.",
    ]
    assert [p.text for p in pieces(text)] == [text[s:e] for s, e in paragraphs(text)]


def test_paragraphs_scan_is_linear_in_blank_lines() -> None:
    # The old single regular expression looked ahead over every following blank line at
    # each line end: 100,000 lines of one space took ~20 s.
    text = "a" + "\n " * 100_000 + "b"
    started = time.monotonic()
    assert [text[start:end] for start, end in paragraphs(text)] == ["a", "b"]
    assert time.monotonic() - started < 1


def test_a_long_paragraph_is_cut_at_sentence_ends_within_the_budget() -> None:
    text = "Head\n\n" + SENTENCE * 100  # one 8,200-character paragraph
    found = list(pieces(text))
    assert found[0].text == "Head"
    assert all(len(p.text) <= MAX_PIECE_CHARS for p in found)
    assert all(text[p.offset : p.offset + len(p.text)] == p.text for p in found)
    assert all(p.text.startswith("The court") for p in found[1:])  # cut after full stops
    assert "".join(p.text for p in found[1:]) == (SENTENCE * 100).rstrip()


def test_a_paragraph_without_spaces_is_cut_anyway() -> None:
    text = "x" * (3 * MAX_PIECE_CHARS + 5)
    assert [len(p.text) for p in pieces(text)] == [MAX_PIECE_CHARS] * 3 + [5]


def test_symbol_runs_are_broken_without_moving_any_character() -> None:
    run = "&" * 100
    text = f"Bread & butter ?!... «quote» {run} end ={'=' * 30}"
    broken = break_symbol_runs(text)
    assert len(broken) == len(text)
    assert broken[: text.index(run)] == text[: text.index(run)]  # prose untouched
    # a run's last piece may be one longer: the run's last symbol is never replaced
    assert max(len(chunk) for chunk in broken.split()) == MAX_SYMBOL_RUN + 1
    assert all(a == b or a == " " for a, b in zip(broken, text, strict=True))
    assert break_symbol_runs("&" * MAX_SYMBOL_RUN) == "&" * MAX_SYMBOL_RUN


def test_piece_model_text_is_the_broken_copy() -> None:
    text = "Intro.\n\n" + "(" * 60
    last = list(pieces(text))[-1]
    assert last.text == "(" * 60
    assert last.model_text == break_symbol_runs(last.text) != last.text


@pytest.mark.slow
@pytest.mark.parametrize("language", ["en", "ru"])
def test_thirty_thousand_ampersands_are_analysed_quickly_and_exactly(language: str) -> None:
    # Before: spaCy's tokenizer took 85 s on this run (quadratic in its length).
    text = "Intro sentence here.\n\n" + "&" * 30_000 + "\n\nAfter the run."
    started = time.monotonic()
    (analysis,) = analyze_texts([(text, language)])
    assert time.monotonic() - started < 60  # 85 s before; ~15 s now on the loaded 2-core machine
    for token in analysis.tokens:
        assert text[token.start : token.end] == token.text
    for sentence in analysis.sentences:
        assert 0 <= sentence.start < sentence.end <= len(text)
    assert any(t.text == "After" for t in analysis.tokens)


@pytest.mark.slow
def test_a_huge_paragraph_reaches_the_model_in_bounded_pieces(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from dossier.analyze import english

    seen: list[int] = []
    nlp = english.load_model()

    class Counting:
        meta = nlp.meta

        def pipe(self, texts: object, batch_size: int) -> object:
            def counted() -> object:
                for text in texts:  # type: ignore[attr-defined]
                    seen.append(len(text))
                    yield text

            return nlp.pipe(counted(), batch_size=batch_size)

    monkeypatch.setattr(english, "load_model", lambda: Counting())
    text = SENTENCE * 300  # one paragraph of 24,600 characters
    (analysis,) = english.analyze_english([text])
    assert max(seen) <= MAX_PIECE_CHARS
    assert sum(seen) == len(text.rstrip())  # the paragraph without its trailing space
    assert [analysis.tokens[i].i for i in range(len(analysis.tokens))] == list(
        range(len(analysis.tokens))
    )


def test_a_wire_dateline_is_a_piece_of_its_own() -> None:
    text = "Headline\n\nMOSCOW, Aug 6 (Eurasia Wire) - Police detained 300 migrants."
    got = [(p.offset, p.text) for p in pieces(text)]
    assert got == [
        (0, "Headline"),
        (10, "MOSCOW, Aug 6 (Eurasia Wire) - "),
        (41, "Police detained 300 migrants."),
    ]
    for opening, lead in (
        ("COLOMBO (Lanka Wire) — ", "Police"),
        ("ДУШАНБЕ, 4 окт — ", "Тело"),
        ("NEW DELHI, March 3 - ", "India"),
    ):
        assert dateline_end(opening + lead + " said.") == len(opening)
    # capitals and a dash alone are not a dateline
    assert dateline_end("NATO - the alliance said.") == 0
    assert dateline_end("Police in Moscow - a raid") == 0


def test_the_lead_after_a_dateline_keeps_its_actor() -> None:
    from dossier.analyze.english import analyze_english

    text = "MOSCOW, Aug 6 (Eurasia Wire) - Russian police detained 300 migrants."
    (analysis,) = analyze_english([text])
    subjects = [t.text for t in analysis.tokens if t.dep == "nsubj"]
    assert "MOSCOW" not in subjects and "police" in subjects


def test_a_dateline_of_a_city_and_a_double_hyphen_is_one() -> None:
    # Radio Free Europe and older wire copy write the city alone and two hyphens for the
    # dash ("DUSHANBE -- Relatives ..."); a single dash after capitals stays no dateline
    for opening, lead in (("DUSHANBE -- ", "Relatives"), ("NEW DELHI -- ", "The")):
        assert dateline_end(opening + lead + " said.") == len(opening)
    assert dateline_end("NATO - the alliance said.") == 0
    assert dateline_end("НАТО — военный блок.") == 0


def test_a_lead_opened_by_a_city_in_capitals_and_a_dash_parses_without_it() -> None:
    # "COLOMBO — The magistrate on Monday remanded ...": the city alone before the dash is the
    # lead's dateline (round 24); read with the lead, it became the sentence's root and the
    # act a modifier of the magistrate. Only in the first paragraphs, before a capital.
    from dossier.analyze.english import analyze_english

    text = (
        "Court remands agency owner\n\nCOLOMBO — The Anuradhapura magistrate on Monday "
        "remanded until November 30 the owner of a foreign employment agency."
    )
    got = [(p.offset, p.text) for p in pieces(text)]
    assert got[1] == (28, "COLOMBO — ")
    (analysis,) = analyze_english([text])
    roots = [t.text for t in analysis.tokens if t.dep == "root"]
    assert "remanded" in roots, roots
    body = "Headline\n\nLead.\n\nMore.\n\nNATO — The alliance said so."
    assert [p.text for p in pieces(body)][-1] == "NATO — The alliance said so."
