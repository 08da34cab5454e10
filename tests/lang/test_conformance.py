"""One conformance suite over every registered language (issue 10, "A language registry"),
and the policy for a language without rules: identified, stored, searchable, and no other
language's rules applied to it."""

from __future__ import annotations

import tomllib
from dataclasses import fields
from pathlib import Path

import pytest

from dossier import verbs
from dossier.analyze import analyze_texts
from dossier.cite import OutletRegistry, find_citations
from dossier.events.modality import cue_words
from dossier.lang import LANGUAGES, UNSUPPORTED, get_language
from dossier.measure import find_quantities
from dossier.packs import get_pack
from dossier.parse.furniture import is_furniture
from dossier.temporal import infer_published, tag
from dossier.temporal.values import duration

# One sentence per language with a date, a number and a citation in it.
SAMPLES = {
    "en": "The court sentenced 12 men on March 5, 2023, the prosecutor said.",
    "ru": "Суд приговорил 12 человек 5 марта 2023 года, сообщил прокурор.",
}
FURNITURE = {"en": "Share this article", "ru": "Читайте также:"}
GERMAN = (
    "Das Gericht in Bischkek verurteilte am 5. März 2023 zwölf Männer zu 12 Jahren Haft, "
    "sagte der Staatsanwalt laut der Nachrichtenagentur. Die Männer hatten in Syrien gekämpft."
)


@pytest.fixture(scope="module")
def registry() -> OutletRegistry:
    return OutletRegistry.from_pack(get_pack())


def test_every_language_has_a_sample() -> None:
    assert set(LANGUAGES) == set(SAMPLES)


@pytest.mark.parametrize("code", sorted(SAMPLES))
def test_language_has_its_data(code: str) -> None:
    lang = get_language(code)
    assert lang.code == code and lang.supported and lang.name
    assert len(set(lang.month_words.values())) == 12
    assert len(lang.number_words) >= 10
    assert lang.speech_verbs is not None
    assert lang.quote_marks
    assert {"negated", "planned", "hypothetical"} <= set(lang.modality_cues)
    # the events stage reads every kind of cue in every language ("referring": rule 6 of
    # dossier.events.cluster)
    assert set(lang.modality_cues) == set(get_language("en").modality_cues)
    assert "referring" in lang.modality_cues
    assert lang.furniture_lines
    rules = lang.temporal()
    assert rules is not None and rules.RULES
    assert lang.analyze() is not None


# Every field a language fills; an unsupported language leaves them all empty.
DATA_FIELDS = [f.name for f in fields(UNSUPPORTED) if f.name not in ("code", "name")]


@pytest.mark.parametrize("code", sorted(SAMPLES))
def test_every_data_field_is_filled(code: str) -> None:
    lang = get_language(code)
    # what a language may lack: Russian speech verbs are never nouns and any of them may
    # stand before its subject, English is not inflected and keeps its verbs first; Russian
    # headlines tell a happening in the past, not the present
    optional = {
        "morphology", "head_first", "decimal_comma", "speech_nouns", "verb_last",
        "inverted_speech", "headline_present",
    }  # fmt: skip
    empty = [f for f in DATA_FIELDS if f not in optional and not getattr(lang, f)]
    assert not empty, f"{code} has no {empty}"
    assert lang.clause_tense() is not None
    assert set(lang.number_words) <= set(lang.count_words)  # one number table, cardinals marked
    assert all(open_ and close for open_, close in lang.quote_marks)


def test_words_are_shipped_as_package_data() -> None:
    root = Path(__file__).parents[2]
    for code in LANGUAGES:
        assert (root / "dossier" / "lang" / code / "words.yaml").is_file()
    pyproject = tomllib.loads((root / "pyproject.toml").read_text(encoding="utf-8"))
    assert "*.yaml" in pyproject["tool"]["setuptools"]["package-data"]["*"]


# A month word in a dated sentence, and a count word in a duration, per language.
MONTH_SAMPLE = {"en": "It began in {} 2021.", "ru": "Это началось в {} 2021 года."}
COUNT_SAMPLE = {"en": "The talks lasted {} days.", "ru": "Переговоры длились {} дней."}
# Count words the temporal rules leave out: "семью" is in news far more often "the family"
# than "seven" ("вернулся в семью год назад").
NOT_TEMPORAL_COUNTS = {"ru": {"семью"}}


@pytest.mark.parametrize("code", sorted(SAMPLES))
def test_temporal_stage_reads_the_language_words(code: str) -> None:
    """The temporal stage keeps no month or number table of its own: every month word and
    every count word of the language dates a sentence or counts a duration."""
    lang = get_language(code)
    for word, month in lang.month_words.items():
        form = word.title() if code == "en" else word  # English months are capitalised
        values = [t.value for t in tag(MONTH_SAMPLE[code].format(form), code, "2023-09-12")]
        assert f"2021-{month:02d}" in values, (word, values)
    skipped = NOT_TEMPORAL_COUNTS.get(code, set())
    for word, count in lang.count_words.items():
        if not count or word in skipped:  # "half a" (0) is read by a rule of its own
            continue
        values = [t.value for t in tag(COUNT_SAMPLE[code].format(word), code, "2023-09-12")]
        assert duration(count, "D") in values, (word, values)
    for word in skipped:
        assert not tag(COUNT_SAMPLE[code].format(word), code, "2023-09-12"), word


@pytest.mark.parametrize("code", sorted(SAMPLES))
def test_language_data_is_used(code: str) -> None:
    lang = get_language(code)
    assert lang.speech_verbs is not None
    assert lang.speech_verbs.search(SAMPLES[code])
    assert all(w == w.casefold() for w in lang.month_words)
    assert is_furniture(FURNITURE[code])
    assert get_language(code.upper()) == lang


@pytest.mark.parametrize("code", sorted(SAMPLES))
def test_sample_yields_date_number_citation(code: str, registry: OutletRegistry) -> None:
    text = SAMPLES[code]
    timexes = tag(text, code, "2023-03-06")
    assert "2023-03-05" in [t.value for t in timexes]
    assert 12 in [q.value for q in find_quantities(text, code)]
    [analysis] = analyze_texts([(text, code)])
    cites = find_citations(text, code, timexes, analysis.sentences, registry, analysis.mentions)
    assert cites, f"no citation in the {code} sample"


def test_unsupported_language_keeps_its_code() -> None:
    lang = get_language("de")
    assert lang.code == "de" and not lang.supported
    assert lang.temporal() is None and lang.analyze() is None
    assert not lang.month_words and not lang.modality_cues
    assert get_language(None).code == "und"


def test_unsupported_language_gets_no_english_rules(registry: OutletRegistry) -> None:
    assert tag(GERMAN, "de", "2023-03-06") == []
    assert infer_published(GERMAN, "de") is None
    assert find_quantities(GERMAN, "de") == []
    assert find_citations(GERMAN, "de", [], [], registry) == []
    [analysis] = analyze_texts([(GERMAN, "de")])
    assert analysis.sentences and not analysis.mentions  # sentences, no model for entities
    assert find_citations(GERMAN, "de", [], analysis.sentences, registry) == []


@pytest.mark.parametrize("code", ["de", "uk", "und", None])
def test_unsupported_language_has_no_rules_for_any_stage(code: str | None) -> None:
    lang = get_language(code)
    filled = [f for f in DATA_FIELDS if getattr(lang, f)]
    assert not filled, f"{code} gets {filled}"
    assert lang.temporal() is None and lang.analyze() is None and lang.clause_tense() is None
    assert not cue_words(code or "und", "negated") and not cue_words(code or "und", "planned")


def test_unsupported_language_is_stored_and_searchable(tmp_path: Path) -> None:
    article = tmp_path / "urteil.txt"
    article.write_text(GERMAN, encoding="utf-8")
    db = tmp_path / "de.db"
    report = verbs.ingest([str(article)], db)
    assert report.stored == 1, report.failures
    counts = verbs.counts(db)
    assert counts.documents == 1
    assert counts.events == 0 and counts.citations == 0
    [doc_id] = report.document_ids
    view = verbs.document_view(doc_id, db)
    assert view.meta["language"] == "de"
    assert not view.extraction.timexes and not view.extraction.quantities
    hits = verbs.search("Staatsanwalt", db)
    assert [h.document_id for h in hits] == [doc_id]
