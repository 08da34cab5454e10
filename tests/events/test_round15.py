"""Round 15's happenings families, each test written from the family's description before
its rule, through the real pipeline on invented articles (headline, lead, body)."""

from __future__ import annotations

import pytest

from .conftest import events_of


def _events(text: str, language: str, kind: str, published: str = "2026-03-06") -> list:
    return [e for e in events_of(text, language, published) if e.type == kind]


def _in_headline(text: str, events: list) -> list:
    headline = text.index("\n")
    return [e for e in events if any(s[0] < headline for s in e.mentions)]


# A headline that compresses two happenings ("Recruiter arrested after man he sent to Russia
# is killed") tells the second one the lead leaves to the body: the headline's death is the
# body's, not a happening of its own.
HEADLINE_TELLS_THE_BODYS: list[tuple[str, str, str]] = [
    ("en", "Kyrgyz recruiter arrested after man he sent to Russia is killed near Kupiansk\n\n"
     "BISHKEK, March 6 - Security officers in Bishkek on Tuesday arrested a 45-year-old man "
     "suspected of sending at least five local men to fight for Russia, the agency said.\n\n"
     "One of the men he sent, a 30-year-old from Talas, was killed near Kupiansk in "
     "February, his family said.\n\n"
     "The suspect faces up to ten years in prison.", "casualty"),
    ("ru", "В Бишкеке задержан вербовщик: один из отправленных им мужчин погиб под Купянском\n\n"
     "Сотрудники ГКНБ во вторник задержали в Бишкеке 45-летнего мужчину, которого "
     "подозревают в отправке земляков на войну на стороне России.\n\n"
     "Один из завербованных, 30-летний уроженец Таласа, в феврале погиб под Купянском, "
     "рассказали его родственники.\n\n"
     "Задержанному грозит до десяти лет лишения свободы.", "casualty"),
]  # fmt: skip


@pytest.mark.slow
@pytest.mark.parametrize("n", range(len(HEADLINE_TELLS_THE_BODYS)))
def test_a_headline_tells_a_happening_the_lead_leaves_to_the_body(n: int) -> None:
    language, text, kind = HEADLINE_TELLS_THE_BODYS[n]
    events = _events(text, language, kind)
    told = _in_headline(text, events)
    assert len(events) == 1 and len(told) == 1, [e.mentions for e in events]
    assert len(told[0].mentions) == 2, told[0].mentions


# A type an article tells several of by different people (statements: a family's plea, a
# ministry's warning) keeps its headline one apart from the body's first when the lead tells
# none: the pack's ``told_by_many`` flag.
HEADLINE_STATEMENT_NOT_THE_BODYS: list[tuple[str, str, str]] = [
    ("en", "Family of Nepali recruit killed in Ukraine urges government to bring his body home\n\n"
     "KATHMANDU, March 6 - A 24-year-old Nepali man who joined the Russian army last year "
     "was killed in Ukraine in January, relatives said on Thursday.\n\n"
     "On Monday Nepal's foreign ministry urged citizens not to travel to Russia for work.\n\n"
     "The ministry has asked Moscow to return the bodies of Nepalis killed in the war.",
     "statement"),
]  # fmt: skip


@pytest.mark.slow
@pytest.mark.parametrize("n", range(len(HEADLINE_STATEMENT_NOT_THE_BODYS)))
def test_a_headline_statement_the_lead_does_not_tell_stays_its_own(n: int) -> None:
    language, text, kind = HEADLINE_STATEMENT_NOT_THE_BODYS[n]
    events = _events(text, language, kind)
    told = _in_headline(text, events)
    assert len(told) == 1 and len(told[0].mentions) == 1, [e.mentions for e in events]


# Pack 12's phrasings of court news and claims, each a happening of its type: a verdict's own
# words, an indictment filed, a court's order of custody ("отправил под стражу", "ordered him
# held", a custody outcome; "попал в СИЗО", either), a demand for compensation told in the
# present.
PACK_12_PHRASINGS: list[tuple[str, str, str, str | None]] = [
    ("en", "Judge Rai passed the sentence on the two agents in Kathmandu on Friday.",
     "prosecution", None),
    ("en", "Police filed an indictment against the agency owner at the Colombo court on "
     "Monday.", "prosecution", None),
    ("ru", "Первомайский районный суд Бишкека в четверг отправил под стражу 41-летнего "
     "вербовщика.", "detention", "remand in custody"),
    ("ru", "В мае уроженец Оша попал в СИЗО в Ростове.", "detention", None),
    ("en", "The Pervomaisky district court ordered him held for two months on Thursday.",
     "detention", "remand in custody"),
    ("en", "Nepal seeks compensation from Moscow for the families of its citizens.",
     "statement", None),
    ("ru", "МИД Непала требует от России компенсаций семьям погибших граждан.",
     "statement", None),
]  # fmt: skip


@pytest.mark.slow
@pytest.mark.parametrize("n", range(len(PACK_12_PHRASINGS)))
def test_pack_12_phrasings_are_happenings_of_their_type(n: int) -> None:
    language, text, kind, outcome = PACK_12_PHRASINGS[n]
    events = _events(text, language, kind)
    assert len(events) == 1, [(e.type, e.evidence) for e in events]
    assert outcome is None or events[0].outcome == outcome, events[0].outcome


# spaCy's English "dative" is an indirect object like any other: a conjoined clause whose
# indirect object is a companion ("and gave his associate five years") is another
# happening, as one whose direct object is ("and detained his partner").
COMPANION_AS_INDIRECT_OBJECT: list[tuple[str, str, str]] = [
    ("en", "Nepal court jails agency owner\n\n"
     "KATHMANDU, Oct 22 - The Kathmandu District Court on Wednesday jailed the owner of a "
     "manpower agency for seven years and gave his associate five years.\n\n"
     "Both men had sent Nepalis to fight for Russia.", "prosecution"),
]  # fmt: skip


@pytest.mark.slow
@pytest.mark.parametrize("n", range(len(COMPANION_AS_INDIRECT_OBJECT)))
def test_a_companion_as_indirect_object_is_another_happening(n: int) -> None:
    language, text, kind = COMPANION_AS_INDIRECT_OBJECT[n]
    events = _events(text, language, kind, published="2026-10-22")
    assert len(events) == 2, [(e.evidence, e.mentions) for e in events]


# A phrase whose words reach into a clause below its head ("ordered him held on Thursday")
# takes that clause's date when its head's own clause gives none, not the date its head
# would borrow from the clause it is conjoined to ("was arrested on Tuesday, and ...").
PHRASE_REACHES_A_DATED_CLAUSE: list[tuple[str, str, str, str]] = [
    ("en", "Kyrgyz court remands suspected recruiter\n\n"
     "BISHKEK, March 6 - Tilek Zhumabekov was arrested at a cafe in the capital on Tuesday, "
     "and the Pervomaisky district court ordered him held on Thursday, the security service "
     "said.", "2026-03-06", "2026-03-05"),
]  # fmt: skip


@pytest.mark.slow
@pytest.mark.parametrize("n", range(len(PHRASE_REACHES_A_DATED_CLAUSE)))
def test_a_phrase_takes_the_date_of_the_clause_it_reaches_into(n: int) -> None:
    language, text, published, date = PHRASE_REACHES_A_DATED_CLAUSE[n]
    events = _events(text, language, "detention", published=published)
    custody = [e for e in events if e.outcome == "remand in custody"]
    assert [e.date for e in custody] == [date], [(e.outcome, e.date) for e in events]
