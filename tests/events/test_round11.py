"""Round 11's happenings families, each test written from the family's description before its
rule, through the real pipeline (spaCy / Natasha) on invented sentences."""

from __future__ import annotations

import pytest

# A semicolon joins two independent clauses: the second clause's negation or hedge is no cue
# about the first, though the parser may hang the first clause under the second's verb.
SEMICOLONS: list[tuple[str, str, str, str]] = [
    # (language, text, the trigger word of a clause, that clause's modality)
    ("en", "A 31-year-old man from Jalal-Abad was wounded near Bakhmut in March; his family "
     "has not been told where he is.", "wounded", "asserted"),
    ("en", "Two Nepali recruits were detained at the border in May; officials would not say "
     "whether they had been charged.", "detained", "asserted"),
    # and the clause after it keeps its own too
    ("en", "Police did not name the suspects; both men were detained in Osh on Friday.",
     "detained", "asserted"),
]  # fmt: skip


@pytest.mark.slow
@pytest.mark.parametrize("n", range(len(SEMICOLONS)))
def test_a_clause_beside_a_semicolon_keeps_its_own_modality(n: int) -> None:
    from events_pipeline import run_many

    language, text, word, modality = SEMICOLONS[n]
    (run,) = run_many([(text, language, "2025-06-18")])
    found = [e for e in run.events if e.trigger and word in text[e.trigger[0] : e.trigger[1]]]
    assert found, [(e.type, e.modality, e.trigger) for e in run.events]
    assert {e.modality for e in found} == {modality}, [(e.type, e.modality) for e in found]


# A trigger noun's own participle dates it: "a decree signed in early July" is a decree of
# July, whatever the sentence's or the paragraph's time ("The raid followed ...", after a
# paragraph opened "On Friday").
PARTICIPLES: list[tuple[str, str, str, str]] = [
    # (language, text, type, the date of that type's event)
    ("en", "Police raided a hostel on Wednesday.\n\nOn Friday the ministry protested. The raid "
     "came days after a regional law adopted in late June that bars migrants from taxi work.",
     "legislation", "2025-06"),
    ("en", "The families met the governor on Monday.\n\nTheir complaint concerns a "
     "presidential decree signed in early July.", "legislation", "2025-07"),
    ("ru", "В понедельник семьи встретились с губернатором.\n\nОни сослались на указ, "
     "подписанный в начале июня, который запрещает мигрантам работать в такси.",
     "legislation", "2025-06"),
]  # fmt: skip


@pytest.mark.slow
@pytest.mark.parametrize("n", range(len(PARTICIPLES)))
def test_a_trigger_nouns_own_participle_dates_it(n: int) -> None:
    from events_pipeline import run_many

    language, text, kind, date = PARTICIPLES[n]
    (run,) = run_many([(text, language, "2025-08-11")])
    found = [e.date for e in run.events if e.type == kind]
    assert found == [date], [(e.type, e.date) for e in run.events]


# A date in a relative clause of the source ("the family of a man, who was killed in
# November, told investigators ...") is that clause's, though it lies inside the attribution;
# the attribution's own time ("the ministry said on Tuesday") still dates no happening.
SOURCE_CLAUSES: list[tuple[str, str, str, str | None]] = [
    ("en", "The mother of a 31-year-old from Osh, who was wounded near Bakhmut in March, told "
     "reporters that he had been tricked into signing.", "casualty", "2025-03"),
    ("ru", "Мать 31-летнего жителя Оша, который был ранен под Бахмутом в марте, рассказала "
     "журналистам, что его обманом заставили подписать контракт.", "casualty", "2025-03"),
]  # fmt: skip


@pytest.mark.slow
@pytest.mark.parametrize("n", range(len(SOURCE_CLAUSES)))
def test_a_date_in_a_relative_clause_of_the_source_is_that_clauses(n: int) -> None:
    from events_pipeline import run_many

    language, text, kind, date = SOURCE_CLAUSES[n]
    (run,) = run_many([(text, language, "2025-06-18")])
    found = [e.date for e in run.events if e.type == kind]
    assert found == [date], [(e.type, e.date) for e in run.events]


# The headline's and the lead's weak mentions join the lead's happening of their type only
# when they tell the same outcome: "His brother, 24, was wounded" is no mention of the death
# the lead told first, though neither names a participant.
OUTCOMES: list[tuple[str, str, str, str]] = [
    ("en", "Punjab man killed in Ukraine\n\nA 28-year-old has been killed in Ukraine, his "
     "family said. His brother was wounded in the same attack.\n\nThe family asked the "
     "government for help.", "has been killed", "was wounded"),
    ("ru", "Уроженец Оша погиб в Украине\n\nЖитель Оша погиб в Украине, сообщили его "
     "родственники. Его брат был ранен при том же обстреле.\n\nСемья обратилась к властям.",
     "погиб в Украине, сообщили", "был ранен"),
]  # fmt: skip


@pytest.mark.slow
@pytest.mark.parametrize("n", range(len(OUTCOMES)))
def test_a_weak_lead_mention_joins_no_happening_of_another_outcome(n: int) -> None:
    from events_pipeline import run_many

    language, text, death, wound = OUTCOMES[n]
    (run,) = run_many([(text, language, "2025-06-18")])
    at = {w: text.index(w) for w in (death, wound)}
    holder = {
        w: [e.id for e in run.events if any(s <= at[w] < t for s, t in e.mentions)]
        for w in at
    }  # fmt: skip
    assert holder[death] and holder[wound], [(e.type, e.mentions) for e in run.events]
    assert holder[death] != holder[wound], [(e.type, e.mentions) for e in run.events]


# A number in a relative clause that tells no happening is its noun's, not the event's:
# "under the law, which carries five to 10 years" gives the law's range, not the term.
@pytest.mark.slow
def test_a_relative_clauses_number_is_its_nouns() -> None:
    from events_pipeline import run_many

    text = ("A court in Karakol convicted the man in March under the article on mercenarism, "
            "which carries up to 10 years in prison, and gave him seven years.")  # fmt: skip
    (run,) = run_many([(text, "en", "2025-06-18")])
    terms = [
        [run.quantities[i].text for i in e.quantities]
        for e in run.events
        if e.type == "prosecution"
    ]  # fmt: skip
    assert terms == [["seven years"]], terms


# A happening named as what a statement is about ("заявили о гибели студента", "reported
# the death of a student") is not dated by the statement's time ("в четверг"): the death is
# dated where the text tells it, and then the two mentions are one happening.
ABOUT: list[tuple[str, str]] = [
    ("ru", "В четверг в пресс-службе университета заявили о гибели 22-летнего студента из "
     "Камеруна. По словам родных, молодой человек погиб в начале мая под Донецком."),
    ("ru", "Во вторник в посольстве сообщили о гибели уроженца Ганы. По словам его брата, он "
     "погиб в начале мая."),
]  # fmt: skip


@pytest.mark.slow
@pytest.mark.parametrize("n", range(len(ABOUT)))
def test_a_happening_a_statement_is_about_is_not_dated_by_the_statement(n: int) -> None:
    from events_pipeline import run_many

    language, text = ABOUT[n]
    (run,) = run_many([(text, language, "2025-07-04")])
    dates = [e.date for e in run.events if e.type == "casualty"]
    assert dates == ["2025-05"], [(e.type, e.date, e.mentions) for e in run.events]


@pytest.mark.slow
@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("ru", "В четверг появились публикации о гибели уроженца Ганы."),
        ("en", "On Thursday the embassy confirmed the death of a Ghanaian student."),
    ],
)
def test_a_happening_that_news_is_about_takes_no_date_from_the_news(
    language: str, text: str
) -> None:
    from events_pipeline import run_many

    (run,) = run_many([(text, language, "2025-07-04")])
    assert [e.date for e in run.events if e.type == "casualty"] == [None]


# Pack 8: a charge sheet filed in an Indian court is a prosecution; "ушли на СВО" (went to
# the "special military operation") an enlistment; a diplomatic note handed over a statement.
PACK8: list[tuple[str, str, str]] = [
    ("en", "Police in Karnal filed a chargesheet against two agents on Tuesday.", "prosecution"),
    ("en", "The chargesheet against the agents was submitted to a sessions court.", "prosecution"),
    ("ru", "Летом двое жителей села ушли на СВО.", "recruitment"),
    ("en", "The foreign ministry in Kathmandu sent a note to the Russian embassy on Wednesday.",
     "statement"),
    ("ru", "МИД Непала вручил ноту послу России.", "statement"),
]  # fmt: skip


@pytest.mark.slow
@pytest.mark.parametrize("n", range(len(PACK8)))
def test_pack_8_triggers(n: int) -> None:
    from events_pipeline import run_many

    language, text, kind = PACK8[n]
    (run,) = run_many([(text, language, "2025-06-18")])
    assert kind in [e.type for e in run.events], [(e.type, e.mentions) for e in run.events]
