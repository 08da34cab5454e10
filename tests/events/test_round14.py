"""Round 14's happenings families, each test written from the family's description before
its rule, through the real pipeline on invented articles (headline, lead, body)."""

from __future__ import annotations

import pytest

from .conftest import events_of


def _events(text: str, language: str, kind: str, published: str = "2025-10-03") -> list:
    return [e for e in events_of(text, language, published) if e.type == kind]


# A phrase trigger's own oblique noun ("оставить в силе", "без изменения", "in force") is no
# object of the act: a headline's "оставил в силе приговор" and a lead's "оставил без
# изменения приговор" tell one ruling, where "signed a decree" and "signed a law" are two.
SAME_ACT_IN_OTHER_WORDS: list[tuple[str, str, str]] = [
    ("ru", "Ошский облсуд оставил в силе приговор вербовщику из Узгена\n\n"
     "Ошский областной суд во вторник оставил без изменения приговор 39-летнему жителю "
     "Узгена, осужденному за вербовку земляков в российскую армию.\n\n"
     "Защита может обжаловать решение в Верховном суде.", "court_ruling"),
    ("ru", "Акмолинский облсуд оставил в силе приговор жителю Кокшетау\n\n"
     "Акмолинский областной суд в среду оставил без изменения приговор 27-летнему "
     "жителю Кокшетау, воевавшему на стороне России.\n\n"
     "Приговор вступил в законную силу.", "court_ruling"),
]  # fmt: skip


@pytest.mark.slow
@pytest.mark.parametrize("n", range(len(SAME_ACT_IN_OTHER_WORDS)))
def test_a_phrase_triggers_oblique_noun_is_no_object(n: int) -> None:
    language, text, kind = SAME_ACT_IN_OTHER_WORDS[n]
    events = _events(text, language, kind)
    headline = text.index("\n")
    told = [e for e in events if any(s[0] < headline for s in e.mentions)]
    assert len(told) == 1 and len(told[0].mentions) >= 2, [e.mentions for e in events]


# A place that tells who the participant is ("выходцев из Узбекистана") stays so when the
# participant's own phrase opens with a preposition of its own ("Около 40 граждан", "about
# 40 citizens"): the headline's "в Подольске" and the lead's arrest are one happening.
ORIGIN_UNDER_APPROXIMATION: list[tuple[str, str, str]] = [
    ("ru", "В Подольске на складе задержали около 40 мигрантов\n\n"
     "Около 40 иностранных граждан, в основном выходцев из Узбекистана, задержали во "
     "вторник на складе в Подольске за нарушение режима пребывания.\n\n"
     "В отношении задержанных составлены протоколы.", "detention"),
    ("ru", "В Екатеринбурге задержали 25 мигрантов\n\n"
     "Около 25 иностранцев, в основном уроженцев из Таджикистана, задержали в среду "
     "на стройке в Екатеринбурге.\n\n"
     "Им грозит выдворение.", "detention"),
]  # fmt: skip


@pytest.mark.slow
@pytest.mark.parametrize("n", range(len(ORIGIN_UNDER_APPROXIMATION)))
def test_origin_place_under_an_approximate_number(n: int) -> None:
    language, text, kind = ORIGIN_UNDER_APPROXIMATION[n]
    events = _events(text, language, kind)
    headline = text.index("\n")
    lead = text.index("\n\n", headline + 2)
    told = [e for e in events if any(s[0] < lead for s in e.mentions)]
    assert len(told) == 1, [(e.mentions, e.place) for e in events]


# A place named as an attribute of a noun that names an affair ("Russia scholarship scam",
# "Russia war-trafficking ring") tells what the affair is about, not where the act was: a
# headline's "charge six over Russia war-trafficking ring" is the lead's charge in Dhaka.
AFFAIR_ATTRIBUTE: list[tuple[str, str, str]] = [
    ("en", "Police charge five over Russia job-trafficking ring\n\n"
     "DHAKA, Oct 3 (Reuters) - Bangladesh police on Thursday filed charges against five "
     "people in Dhaka, accusing them of selling job-seekers to Russia's army.\n\n"
     "Two of them remain at large.", "prosecution"),
    ("en", "Police arrest third suspect in Russia visa scam\n\n"
     "A man suspected of sending students to Russia was arrested in Accra on Wednesday, "
     "police said.\n\n"
     "He is due in court next week.", "detention"),
]  # fmt: skip


@pytest.mark.slow
@pytest.mark.parametrize("n", range(len(AFFAIR_ATTRIBUTE)))
def test_a_place_attributed_to_an_affair_is_not_where(n: int) -> None:
    language, text, kind = AFFAIR_ATTRIBUTE[n]
    events = _events(text, language, kind)
    headline = text.index("\n")
    told = [e for e in events if any(s[0] < headline for s in e.mentions)]
    assert len(told) == 1 and len(told[0].mentions) >= 2, [(e.mentions, e.place) for e in events]


# A country written as the possessor of a place ("in Russia's Kursk region", "a court in
# Uzbekistan's Tashkent region") holds the place the happening was at: the finer one.
POSSESSOR_COUNTRY: list[tuple[str, str, str, str]] = [
    ("en", "A Tajik migrant was killed in Russia's Kursk region in March, his family said.",
     "casualty", "Kursk"),
    ("en", "A court in Uzbekistan's Tashkent region has sentenced a 39-year-old man to six "
     "years in prison for mercenarism.", "prosecution", "Tashkent"),
]  # fmt: skip


@pytest.mark.slow
@pytest.mark.parametrize("n", range(len(POSSESSOR_COUNTRY)))
def test_a_possessor_country_yields_to_the_place_it_holds(n: int) -> None:
    from events_pipeline import run_many

    language, text, kind, where = POSSESSOR_COUNTRY[n]
    (run,) = run_many([(text, language, "2025-07-02")])
    names = {e.id: e.name for e in run.entities}
    places = [names.get(e.place or "") for e in run.events if e.type == kind]
    assert places and all(p and where in p for p in places), places


# A headline in the news present drops its articles, and a tagger reads its verb as a noun
# ("CBI arrests Mumbai visa agent", "Uzbek court sentences migrant"): the headline still
# tells the happening, and the lead's telling joins it.
HEADLINE_PRESENT: list[tuple[str, str, str]] = [
    ("en", "Uzbek court sentences migrant\n\n"
     "A court in Tashkent on Tuesday sentenced a 31-year-old migrant worker to five years in "
     "prison for fighting for Russia in Ukraine.\n\n"
     "He had returned home in March.", "prosecution"),
    ("en", "CBI arrests Pune travel agent\n\n"
     "The Central Bureau of Investigation on Sunday arrested a travel agent in Pune over the "
     "recruitment of Indian men into the Russian army.\n\n"
     "The agency said more arrests were likely.", "detention"),
]  # fmt: skip


@pytest.mark.slow
@pytest.mark.parametrize("n", range(len(HEADLINE_PRESENT)))
def test_a_headline_verb_read_as_a_noun_tells_the_happening(n: int) -> None:
    language, text, kind = HEADLINE_PRESENT[n]
    events = _events(text, language, kind)
    headline = text.index("\n")
    told = [e for e in events if any(s[0] < headline for s in e.mentions)]
    assert len(told) == 1 and len(told[0].mentions) >= 2, [e.mentions for e in events]


# Pack 11: coercion told as persuasion or a bargain: an offer to drop a case if he signs,
# "уговорили заключить контракт", "пообещали закрыть дело", a threat of expulsion
# ("угрожая выдворением"), "pressed him to enlist".
PACK11: list[tuple[str, str]] = [
    ("en", "Officers at the police station offered to drop the case against him if he joined the "
     "army."),
    ("en", "Police pressed him to enlist after his work permit expired."),
    ("ru", "В отделе полиции его уговорили заключить контракт с Минобороны."),
    ("ru", "Сотрудники уговаривали мигрантов подписать контракт."),
    ("ru", "Ему пообещали закрыть дело, если он подпишет контракт."),
    ("ru", "Полицейские требовали подписать контракт, угрожая выдворением."),
]  # fmt: skip


@pytest.mark.slow
@pytest.mark.parametrize("n", range(len(PACK11)))
def test_pack_11_persuasion_is_coercion(n: int) -> None:
    language, text = PACK11[n]
    assert _events(text, language, "coercion"), text


# A clause with no date of its own happened when its own "when" clause did: "31 migrants
# were detained when police swept through the market in mid-August".
WHEN_CLAUSE_DATES: list[tuple[str, str, str]] = [
    ("en", "Sh.R. was one of 31 migrants who were detained when police swept through a market "
     "in Yekaterinburg in mid-August.", "2025-08"),
    ("en", "Officers detained the two brothers when they raided a hostel in Podolsk on "
     "October 2.", "2025-10-02"),
]  # fmt: skip


@pytest.mark.slow
@pytest.mark.parametrize("n", range(len(WHEN_CLAUSE_DATES)))
def test_a_clause_takes_the_date_of_its_when_clause(n: int) -> None:
    language, text, date = WHEN_CLAUSE_DATES[n]
    events = _events(text, language, "detention", published="2025-11-27")
    assert events and events[0].date == date, [(e.date, e.evidence) for e in events]


# A conjoined clause whose object is someone beside the one told ("and detained his
# partner", "and arrested his associate") tells another happening of its type, as a
# sentence of its own would (rule 7), not the first clause again.
CONJOINED_COMPANION: list[tuple[str, str]] = [
    ("en", "Police on Sunday arrested the owner of a Kathmandu manpower agency and detained his "
     "associate in Butwal."),
    ("en", "The CBI arrested a Mumbai visa agent and detained his partner."),
]  # fmt: skip


@pytest.mark.slow
@pytest.mark.parametrize("n", range(len(CONJOINED_COMPANION)))
def test_a_conjoined_clause_on_a_companion_is_another_happening(n: int) -> None:
    language, text = CONJOINED_COMPANION[n]
    assert len(_events(text, language, "detention", published="2026-02-17")) == 2, text


# An arrest, a court's order of custody and a removal from the country are three acts of
# the detention type (its pack outcomes), in one sentence or in two.
DETENTION_OUTCOMES: list[tuple[str, str, set[str]]] = [
    ("en", "Police arrested the recruiter at Osh airport on March 3, and a court remanded him "
     "in custody for two months.", {"detain/VERB", "remand in custody"}),
    ("en", "The student was detained in Voronezh in October. He was deported to Cairo three "
     "weeks later.", {"detain/VERB", "deport"}),
    ("ru", "Вербовщика задержали в Бишкеке 3 марта. Суд заключил его под стражу на два "
     "месяца.", {"detain/VERB", "remand in custody"}),
]  # fmt: skip


@pytest.mark.slow
@pytest.mark.parametrize("n", range(len(DETENTION_OUTCOMES)))
def test_arrest_custody_and_removal_are_three_acts(n: int) -> None:
    language, text, outcomes = DETENTION_OUTCOMES[n]
    events = _events(text, language, "detention", published="2025-11-27")
    assert {e.outcome for e in events} == outcomes, [(e.outcome, e.evidence) for e in events]


# A place inside an origin phrase is of the origin too: "an electrician from Thrissur in
# Kerala was killed" tells where he is from, not where he was killed.
NESTED_ORIGIN: list[tuple[str, str]] = [
    ("en", "An electrician from Thrissur in Kerala was killed earlier this month."),
    ("en", "A student from a village near Kara in northern Togo was detained on Monday."),
]  # fmt: skip


@pytest.mark.slow
@pytest.mark.parametrize("n", range(len(NESTED_ORIGIN)))
def test_a_place_inside_an_origin_phrase_is_no_place_of_the_act(n: int) -> None:
    language, text = NESTED_ORIGIN[n]
    (event,) = [e for e in _all_events(text, language) if e.type in {"casualty", "detention"}]
    assert event.place is None, text


def _all_events(text: str, language: str) -> list:
    from events_pipeline import run_many

    (run,) = run_many([(text, language, "2025-01-20")])
    return list(run.events)


# A lead may open with a later act of the headline's type ("a court remanded five
# suspects" under "Retired general arrested"): the headline tells the first act of its own
# outcome told after the lead. (Checked failing before the rule; "recruiting veterans for
# Russia" in a headline makes Russia its place, another family, left out here.)
HEADLINE_OUTCOME_AFTER_LEAD: list[tuple[str, str]] = [
    ("en", "Retired general arrested over recruiting veterans\n\n"
     "A court in Negombo on Thursday remanded five suspects in custody until May 30, among "
     "them a retired major general.\n\n"
     "The general and his assistant were arrested by detectives in Kurunegala on Wednesday.\n\n"
     "Three others worked for a recruitment agency."),
    ("ru", "В Шри-Ланке задержали отставного генерала\n\n"
     "Суд в Негомбо в четверг отправил под арест до 30 мая пятерых подозреваемых, среди них "
     "отставного генерал-майора.\n\n"
     "Генерал и его помощник были задержаны полицией в среду в Курунегале.\n\n"
     "Еще трое фигурантов дела работали в кадровом агентстве."),
]  # fmt: skip


@pytest.mark.slow
@pytest.mark.parametrize("n", range(len(HEADLINE_OUTCOME_AFTER_LEAD)))
def test_a_headline_joins_its_outcome_told_after_the_lead(n: int) -> None:
    language, text = HEADLINE_OUTCOME_AFTER_LEAD[n]
    events = _events(text, language, "detention", published="2024-05-10")
    headline = text.index("\n")
    (told,) = [e for e in events if any(s[0] < headline for s in e.mentions)]
    assert told.outcome == "detain/VERB" and len(told.mentions) >= 2, [
        (e.outcome, e.mentions) for e in events
    ]
