"""Round 13's happenings families, each test written from the family's description before
its rule, through the real pipeline on invented sentences."""

from __future__ import annotations

import pytest

# A type's pack outcomes (a death, a wounding, a burial, a body's return) told in two
# conjoined clauses of one sentence are two happenings, as they are in two sentences.
CONJOINED_OUTCOMES: list[tuple[str, str, set[str]]] = [
    ("en", "The body of a 31-year-old Uzbek builder was flown to Tashkent on Monday, and he was "
     "buried in his village near Namangan the next morning, his cousin said.",
     {"body return", "bury"}),
    ("en", "One of the recruits was wounded near Pokrovsk in March and died in a field "
     "hospital a week later.", {"kill", "wound/VERB"}),
    ("ru", "Тело 29-летнего уроженца Ошской области доставили в Бишкек в понедельник, а "
     "похоронили его на следующий день в родном селе.", {"body return", "bury"}),
]  # fmt: skip


@pytest.mark.slow
@pytest.mark.parametrize("n", range(len(CONJOINED_OUTCOMES)))
def test_two_outcomes_in_conjoined_clauses_are_two_events(n: int) -> None:
    from events_pipeline import run_many

    language, text, outcomes = CONJOINED_OUTCOMES[n]
    (run,) = run_many([(text, language, "2025-06-18")])
    casualties = [e for e in run.events if e.type == "casualty"]
    # the outcome groups are named by their first entry in events.yaml, in any language
    assert outcomes <= {e.outcome for e in casualties}, [(e.outcome, e.summary) for e in casualties]


# Pack 10: a person handed to another state's custody, extradited or expelled; a body's
# remains returned; a police charge sheet submitted, and police charging suspects "over" a
# case.
PACK10: list[tuple[str, str, str]] = [
    ("en", "Russia on Friday handed the recruiter over to Kazakh police at Aktobe airport.",
     "detention"),
    ("en", "His extradition to Tashkent was approved by a Moscow court in May.", "detention"),
    ("ru", "В ноябре студента выслали из России за нарушение визового режима.", "detention"),
    ("ru", "Россия экстрадировала вербовщика в Киргизию.", "detention"),
    ("en", "The remains of the 29-year-old were flown into Kathmandu on Monday.", "casualty"),
    ("ru", "Останки погибшего доставили в Душанбе в пятницу.", "casualty"),
    ("en", "Detectives submitted a charge sheet against four agents to a Dhaka court.",
     "prosecution"),
    ("en", "Police in Lagos charged three men over the fake job adverts.", "prosecution"),
    ("en", "An appeals court in Kazan cut the fine imposed on the employer by half.",
     "court_ruling"),
    ("ru", "Районный суд назначил компании штраф в 800 тысяч рублей.", "prosecution"),
    ("en", "The agency's owner was tracked down in Sylhet a week later.", "detention"),
]  # fmt: skip


@pytest.mark.slow
@pytest.mark.parametrize("n", range(len(PACK10)))
def test_pack_10_triggers(n: int) -> None:
    from events_pipeline import run_many

    language, text, kind = PACK10[n]
    (run,) = run_many([(text, language, "2025-06-18")])
    assert kind in [e.type for e in run.events], [(e.type, e.mentions) for e in run.events]
