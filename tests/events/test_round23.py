"""Round 23's happenings families, each test written from the family's description before
its rule, through the real pipeline on invented articles."""

from __future__ import annotations

import pytest

from dossier.errors import PackError
from dossier.events.lexicon import compile_lexicon

from .conftest import events_of


# A death or a body's return told again with nothing of its own (a relative clause "who died
# fighting for Russia", "Тело удалось вернуть лишь спустя ...") is the article's one
# happening of that outcome, not a second one (rule 9).
@pytest.mark.slow
@pytest.mark.parametrize(
    ("language", "text", "kind"),
    [
        (
            "en",
            "Family seeks answers over son's death\n\nHISAR - The young man was killed "
            "near Kupiansk in July, his father told reporters on Monday.\n\nThe family of "
            "the 26-year-old, who was killed in Ukraine, said the arrest of two agents "
            "gave them some hope.",
            "casualty",
        ),
        (
            "ru",
            "Тело погибшего на Украине уроженца Хатлона доставили в Душанбе\n\nДУШАНБЕ, 9 "
            "сентября. Тело 27-летнего мигранта из Хатлонской области, погибшего в июле под "
            "Купянском, в понедельник доставили в Душанбе, сообщили родственники.\n\nТело "
            "удалось вернуть лишь спустя два месяца после гибели.",
            "casualty",
        ),
    ],
)
def test_a_retelling_with_nothing_of_its_own_is_the_one_happening(
    language: str, text: str, kind: str
) -> None:
    events = events_of(text, language, "2026-09-09")
    found = [e for e in events if e.type == kind]
    assert len(found) == 1, [(e.type, e.date, text[e.evidence[0] : e.evidence[1]]) for e in found]


# With two happenings of the outcome told, a bare retelling says not which: it stays apart.
@pytest.mark.slow
def test_a_bare_retelling_beside_two_happenings_stays_apart() -> None:
    text = (
        "Two Nepali recruits killed\n\nKATHMANDU - A 31-year-old man from Gorkha was killed "
        "near Pokrovsk in May. Another man from Syangja was killed near Kupiansk in June.\n\n"
        "The family of one recruit, who died fighting for Russia, asked for help."
    )
    events = events_of(text, "en", "2026-07-01")
    deaths = [e for e in events if e.type == "casualty"]
    assert len(deaths) == 3, [(e.date, text[e.evidence[0] : e.evidence[1]]) for e in deaths]


# told_once names outcome groups by their first trigger, as the timeline names outcomes; a
# name that is no group's is a pack error, not a rule that quietly never applies.
def test_told_once_names_outcome_groups() -> None:
    data = {
        "version": "1",
        "types": {
            "casualty": {
                "definition": "People are killed or buried.",
                "triggers": {"en": ["kill", "die", "bury"]},
                "outcomes": [["kill", "die"], ["bury"]],
                "told_once": ["bury"],
            }
        },
    }
    assert compile_lexicon(data).types["casualty"].told_once == frozenset({1})
    data["types"]["casualty"]["told_once"] = ["die"]
    with pytest.raises(PackError, match="told_once"):
        compile_lexicon(data)


# A weekend dates a happening to its ISO week: a happened date has no weekend grain (the
# happenings guidelines), where the timex keeps its TimeML weekend value.
@pytest.mark.slow
def test_a_weekend_dates_a_happening_to_its_week() -> None:
    text = "В минувшие выходные полиция Шри-Ланки задержала владельца кадрового агентства."
    events = events_of(text, "ru", "2026-11-16")
    arrests = [e for e in events if e.type == "detention"]
    assert [e.date for e in arrests] == ["2026-W46"], [(e.type, e.date) for e in events]


# A term cut on appeal may be told by the term itself ("reduced the prison term of"): a court
# ruling that changes the verdict, as "reduced the sentence" is.
@pytest.mark.slow
def test_a_term_reduced_on_appeal_is_a_ruling_that_changes_it() -> None:
    text = (
        "On Tuesday, the Sughd regional court reduced the prison term of a 41-year-old "
        "returnee from nine years to seven, his lawyer said."
    )
    events = events_of(text, "en", "2026-10-21")
    rulings = [e for e in events if e.type == "court_ruling"]
    assert [(e.outcome, e.date) for e in rulings] == [("overturn", "2026-10-20")], [
        (e.type, e.outcome, e.date) for e in events
    ]


# What is appealed happened: an event noun that is the object of an appeal ("обжалует
# оправдательный приговор") is asserted, whatever the appeal's own tense (dev17: the
# headline's acquittal was read as planned and kept apart). English event nouns of rulings
# are no triggers of the pack, so the English words are listed but not tested here.
@pytest.mark.slow
@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("ru", "Прокуратура обжалует оправдательный приговор жителю Токмока."),
    ],
)
def test_what_is_appealed_happened(language: str, text: str) -> None:
    events = events_of(text, language, "2026-11-27")
    rulings = [(e.type, e.modality) for e in events if e.type == "court_ruling"]
    assert rulings == [("court_ruling", "asserted")], [(e.type, e.modality) for e in events]


# "Его тело до сих пор не возвращено": a body not returned, told with the verb "возвратить",
# is a negated body's return of its own, not a part of the death told before the semicolon.
@pytest.mark.slow
def test_a_body_not_returned_is_a_negated_return() -> None:
    text = (
        "34-летний уроженец Ферганы погиб в июле в Донецкой области; его тело до сих пор не "
        "возвращено, сообщила его сестра."
    )
    events = events_of(text, "ru", "2026-11-20")
    told = sorted((e.outcome, e.modality) for e in events if e.type == "casualty")
    assert told == [("body return", "negated"), ("kill", "asserted")], told
