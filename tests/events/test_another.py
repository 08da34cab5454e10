"""A mention whose subject or object is someone not yet told ("Another Tajik man was buried",
"похоронили ещё одного уроженца района") tells a new happening of its type (rule 7 of
``dossier.events.cluster``), though it shares the day and the place with the one told before;
and the places of one document that the gazetteer resolves to one place are one entity ("в
Хатлоне" and "Хатлонской области"), so a headline's place and its lead's do not keep one
happening apart. Through the real pipeline (spaCy / Natasha), on invented articles."""

from __future__ import annotations

import pytest

ARTICLES: list[tuple[str, str]] = [
    ("ru", "В Хатлоне похоронили погибшего на войне таджика\n\n"
     "В субботу в одном из кишлаков Хатлонской области похоронили 20-летнего уроженца "
     "Таджикистана, погибшего на войне в Украине.\n\n"
     "Его завербовали в колонии, рассказал родственник погибшего.\n\n"
     "В субботу на том же кладбище похоронили ещё одного уроженца района."),
    ("en", "Tajik fighter buried in Khatlon\n\n"
     "Relatives on Saturday buried a 20-year-old man in a village in the Khatlon region.\n\n"
     "He had been recruited in a prison colony, a relative said.\n\n"
     "On the same day, another Tajik man was buried in the same cemetery."),
]  # fmt: skip

# round 10: a second act at an occasion told ("at the same hearing") or done to someone named
# by a relation to the one told ("his accomplice", "a second defendant")
HEARINGS: list[tuple[str, str]] = [
    ("en", "Kyrgyz court jails recruiter\n\n"
     "A court in Karakol on Tuesday sentenced a 45-year-old man to eight years in prison for "
     "recruiting villagers to fight for Russia.\n\n"
     "He was detained in February, prosecutors said.\n\n"
     "At the same hearing on Tuesday, the court gave a woman from Balykchy a three-year "
     "suspended sentence."),
    ("en", "Kyrgyz court jails recruiter\n\n"
     "A court in Karakol on Tuesday sentenced a 45-year-old man to eight years in prison for "
     "recruiting villagers to fight for Russia.\n\n"
     "He was detained in February, prosecutors said.\n\n"
     "His accomplice was sentenced on Tuesday too."),
    ("ru", "В Караколе осудили вербовщика\n\n"
     "Во вторник Каракольский городской суд приговорил 45-летнего мужчину к восьми годам "
     "лишения свободы за вербовку односельчан.\n\n"
     "Его задержали в феврале, сообщили в прокуратуре.\n\n"
     "На том же заседании во вторник суд вынес приговор жительнице Балыкчы."),
    ("ru", "В Караколе осудили вербовщика\n\n"
     "Во вторник Каракольский городской суд приговорил 45-летнего мужчину к восьми годам "
     "лишения свободы за вербовку односельчан.\n\n"
     "Его задержали в феврале, сообщили в прокуратуре.\n\n"
     "Во вторник суд осудил и второго обвиняемого."),
]  # fmt: skip


def paragraphs_of(
    articles: list[tuple[str, str]], kind: str, published: str
) -> list[list[list[int]]]:
    """Each article's events of ``kind``, as the paragraphs of their mentions (0: headline)."""
    from events_pipeline import run_many

    out = []
    runs = run_many([(text, lang, published) for lang, text in articles])
    for (_, text), r in zip(articles, runs, strict=True):
        starts = [text.index(p) for p in text.split("\n\n")]
        out.append(
            [
                sorted({sum(s <= start for s in starts) - 1 for start, _ in e.mentions})
                for e in r.events
                if e.type == kind
            ]
        )
    return out


@pytest.fixture(scope="module")
def results() -> list[list[list[int]]]:
    return paragraphs_of(ARTICLES, "casualty", "2025-10-06")


@pytest.mark.slow
@pytest.mark.parametrize("n", range(len(ARTICLES)))
def test_another_burial_is_a_second_happening(results: list[list[list[int]]], n: int) -> None:
    # the headline's and the lead's burial are one; "another" man's burial is a second
    assert results[n][0][:2] == [0, 1], results[n]
    assert [3] in results[n], results[n]


@pytest.fixture(scope="module")
def hearings() -> list[list[list[int]]]:
    return paragraphs_of(HEARINGS, "prosecution", "2025-06-18")


@pytest.mark.slow
@pytest.mark.parametrize("n", range(len(HEARINGS)))
def test_a_second_sentence_at_the_same_hearing_is_a_second_happening(
    hearings: list[list[list[int]]], n: int
) -> None:
    assert hearings[n][0][:2] == [0, 1], hearings[n]
    assert [3] in hearings[n], hearings[n]


# (language, text, the dates of its casualty events, in order)
SENTENCES: list[tuple[str, str, list[str | None]]] = [
    # a conjunct of a relative clause is no part of the sentence's time, and the lead rule
    # does not join two clauses of one sentence that the trigger stage kept apart
    ("en", "Tajik fighter buried at home\n\nRelatives on Saturday buried a 20-year-old Tajik "
     "man who was recruited into the Russian army from a prison colony and killed in "
     "Ukraine, his family said.", ["2025-10-04", None]),
    # a body brought home is a casualty of its own, on its own day
    ("ru", "Тело таджика доставили в Душанбе в ночь на пятницу грузовым рейсом из Москвы.",
     ["2025-10-03"]),
]  # fmt: skip


@pytest.fixture(scope="module")
def dated() -> list[list[str | None]]:
    from events_pipeline import run_many

    runs = run_many([(text, language, "2025-10-06") for language, text, _ in SENTENCES])
    return [[e.date for e in r.events if e.type == "casualty"] for r in runs]


@pytest.mark.slow
@pytest.mark.parametrize("n", range(len(SENTENCES)))
def test_a_relative_clause_and_a_body_keep_their_own_time(
    dated: list[list[str | None]], n: int
) -> None:
    assert dated[n] == SENTENCES[n][2]
