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
