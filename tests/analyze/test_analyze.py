from __future__ import annotations

import pytest

from dossier.analyze import analyze_texts, detect_language
from dossier.analyze.simple import split_sentences

EN = (
    "Kyrgyzstan's Supreme Court canceled the verdict on August 30.\n\n"
    "Askar Kubanychbek-uulu was detained in Bishkek in January 2023. He was sentenced in May."
)
RU = (
    "Верховный суд Киргизии отменил приговор 30 августа.\n\n"
    "Аскар Кубанычбек уулу был задержан в Бишкеке в январе 2023 года."
)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (EN, "en"),
        (RU, "ru"),
        ("Верховна Рада ухвалила закон про громадянство.", "uk"),
        ("...", "und"),
    ],
)
def test_detect_language(text: str, language: str) -> None:
    assert detect_language(text) == language


def test_simple_sentences_respect_paragraphs() -> None:
    text = "One. Two!\n\nThree"
    assert [text[s.start : s.end] for s in split_sentences(text)] == ["One.", "Two!", "Three"]


def test_simple_sentences_rule() -> None:
    text = (
        "Gen. Ruslan Omarov met Mr. Ivanov in St. Petersburg on Jan. 5. Talks failed.[1]\n"
        "A headline without a stop\n"
        "Then 40 left. «Why?» he asked. 3 days later, another left."
    )
    assert [text[s.start : s.end] for s in split_sentences(text)] == [
        "Gen. Ruslan Omarov met Mr. Ivanov in St. Petersburg on Jan. 5.",  # abbreviations
        "Talks failed.[1]",  # a footnote marker stays with its sentence
        "A headline without a stop",  # a line break always ends a sentence
        "Then 40 left.",
        "«Why?» he asked.",
        "3 days later, another left.",
    ]


def test_analysis_carries_paragraphs_and_no_sentence_crosses_one() -> None:
    text = "Headline\nFirst paragraph. Second sentence\nSecond paragraph."
    (analysis,) = analyze_texts([(text, "de")])  # no model: the rule
    assert [text[s:e] for s, e in analysis.paragraphs] == [
        "Headline",
        "First paragraph. Second sentence",
        "Second paragraph.",
    ]
    for sentence in analysis.sentences:
        assert any(s <= sentence.start and sentence.end <= e for s, e in analysis.paragraphs)


@pytest.mark.slow
@pytest.mark.parametrize(("text", "language"), [(EN, "en"), (RU, "ru")])
def test_records_point_into_the_text(text: str, language: str) -> None:
    (analysis,) = analyze_texts([(text, language)])
    assert analysis.language == language
    assert len(analysis.sentences) == 3 if language == "en" else 2
    for sentence in analysis.sentences:
        assert text[sentence.start : sentence.end].strip() == text[sentence.start : sentence.end]
    for token in analysis.tokens:
        assert text[token.start : token.end] == token.text
        assert 0 <= token.head < len(analysis.tokens)
        assert analysis.sentences[token.sentence].start <= token.start
    for mention in analysis.mentions:
        assert text[mention.start : mention.end] == mention.text
    surface = {m.text for m in analysis.mentions}
    assert ("Bishkek" in surface) if language == "en" else ("Бишкеке" in surface)


@pytest.mark.slow
@pytest.mark.parametrize("language", ["en", "ru"])
def test_no_sentence_crosses_a_paragraph_break(language: str) -> None:
    text = EN if language == "en" else RU
    for shape in (text, text.replace("\n\n", "\n")):  # with no blank line, each line is one
        (analysis,) = analyze_texts([(shape, language)])
        assert len(analysis.paragraphs) == 2
        for sentence in analysis.sentences:
            assert any(s <= sentence.start and sentence.end <= e for s, e in analysis.paragraphs)


@pytest.mark.slow
def test_batch_keeps_order_across_languages() -> None:
    results = analyze_texts([(EN, "en"), (RU, "ru"), ("Hola. Adiós.", "es"), (EN, "en")])
    assert [a.language for a in results] == ["en", "ru", "es", "en"]
    assert len(results[2].sentences) == 2 and results[2].tokens == []
    assert results[0].tokens == results[3].tokens


@pytest.mark.slow
def test_a_letter_without_a_unicode_name_does_not_crash_russian() -> None:
    # Found by tests/test_robustness.py: a Tangut letter (U+17000) made pymorphy's
    # unicodedata.name() raise ValueError, and the Russian analysis lost the document.
    text = "Путин 𗀀 сказал в Москве."
    (analysis,) = analyze_texts([(text, "ru")])
    assert [t.text for t in analysis.tokens][:3] == ["Путин", "𗀀", "сказал"]
    assert analysis.tokens[1].lemma == "𗀀"
    assert analysis.tokens[2].lemma == "сказать"
