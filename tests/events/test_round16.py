"""Round 16's happenings families, each test written from the family's description before
its rule, through the real pipeline on invented articles."""

from __future__ import annotations

import pytest

from dossier.events.lexicon import compile_lexicon


def _events(text: str, language: str, kind: str, published: str = "2026-03-06") -> list:
    from events_pipeline import run_many

    (run,) = run_many([(text, language, published)])
    return [e for e in run.events if e.type == kind]


# Force and persuasion are two coercions: the raid (a round-up, a summons, men driven to an
# enlistment office) and the pressure, deceit or threats that follow it. A report that
# tells "after a police raid on a market … officers pressed him to sign" tells two
# happenings, which another outlet may retell one at a time.
RAID_THEN_PRESSURE: list[tuple[str, str]] = [
    ("en", "Police raided a vegetable market in Yekaterinburg on Monday and detained about 40 "
     "migrants, a rights group said.\n\n"
     "At the police station, officers pressed the men to sign contracts with the defence "
     "ministry, the group said."),
    ("ru", "В понедельник полиция провела облаву на овощном рынке в Екатеринбурге и задержала "
     "около 40 мигрантов, сообщили правозащитники.\n\n"
     "В отделе полиции мужчин уговаривали подписать контракт с Минобороны, рассказали они."),
]  # fmt: skip


@pytest.mark.slow
@pytest.mark.parametrize("n", range(len(RAID_THEN_PRESSURE)))
def test_a_raid_and_the_pressure_after_it_are_two_coercions(n: int) -> None:
    language, text = RAID_THEN_PRESSURE[n]
    events = _events(text, language, "coercion")
    assert len(events) == 2, [(e.mentions, e.outcome) for e in events]
    assert {e.outcome for e in events} == {"raid", "coerce"}


def test_an_outcome_group_may_stand_for_every_other_trigger() -> None:
    data = {
        "version": "1",
        "types": {
            "coercion": {
                "definition": "People are forced into service.",
                "triggers": {"en": ["raid", "coerce", "lure"], "ru": ["облава", "обмануть"]},
                "outcomes": [["raid", "облава"], ["coerce", "*"]],
            }
        },
    }
    kind = compile_lexicon(data).types["coercion"]
    assert kind.outcomes == (
        frozenset({"raid", "облава"}),
        frozenset({"coerce", "lure", "обмануть"}),
    )
    assert kind.outcome_names == ("raid", "coerce")
