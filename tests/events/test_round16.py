"""Round 16's happenings families, each test written from the family's description before
its rule, through the real pipeline on invented articles."""

from __future__ import annotations

import pytest

from dossier.events.lexicon import compile_lexicon

from .conftest import events_of


def _events(text: str, language: str, kind: str, published: str = "2026-03-06") -> list:
    return [e for e in events_of(text, language, published) if e.type == kind]


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


# A phrase trigger takes no word inside a date: "gave him a job last year" is no term of years
# ("give year"), where "gave his associate five years" (a duration) is. Tried with "get year"
# and "дать год" as new triggers too ("Cuban recruiter gets 15 years"): those lowered held-out
# happenings figures (heldout7 cross 0.748 -> 0.746, heldout8 dates 0.761 -> 0.753) and events
# gold F1 0.903 -> 0.897, and were left out.
TERMS_OF_YEARS: list[tuple[str, str, bool]] = [
    ("en", "A court in Osh gave his associate five years.", True),
    ("en", "The company gave him a job at a warehouse last year.", False),
    ("en", "The court handed him a flat a year later.", False),
]  # fmt: skip


@pytest.mark.slow
@pytest.mark.parametrize("n", range(len(TERMS_OF_YEARS)))
def test_a_term_of_years_is_a_sentence_a_dates_year_is_not(n: int) -> None:
    language, text, sentenced = TERMS_OF_YEARS[n]
    assert bool(_events(text, language, "prosecution")) is sentenced


# A body that reaches home is its return, whatever the verb of arrival ("his body reached
# Kulob", "the coffin arrived", "тело прибыло в Душанбе", "прибыл гроб"): beside the death
# in the same sentence it is a second happening, the body's return (an outcome of its own).
BODY_ARRIVES: list[tuple[str, str, int]] = [
    ("en", "He was killed in Belgorod region in August, and his body reached Kulob on "
     "Tuesday.", 2),
    ("en", "The coffin arrived in Kathmandu on Friday.", 1),
    ("ru", "Тело погибшего прибыло в Душанбе во вторник.", 1),
    ("ru", "В среду в Ош прибыл гроб с телом мигранта.", 1),
]  # fmt: skip


@pytest.mark.slow
@pytest.mark.parametrize("n", range(len(BODY_ARRIVES)))
def test_a_body_that_arrives_home_is_its_return(n: int) -> None:
    language, text, count = BODY_ARRIVES[n]
    events = _events(text, language, "casualty")
    assert len(events) == count, [(e.mentions, e.outcome) for e in events]
    assert "body return" in {e.outcome for e in events}


# A recruit sent to a military axis is deployed ("отправили на Харьковское направление"),
# as one sent to the front is; a complaint sent to a prosecutor is not.
AXES: list[tuple[str, str, bool]] = [
    ("ru", "Через месяц его отправили на Харьковское направление.", True),
    ("ru", "Мигрант отправил жалобу в прокуратуру Свердловской области.", False),
]  # fmt: skip


@pytest.mark.slow
@pytest.mark.parametrize("n", range(len(AXES)))
def test_a_recruit_sent_to_a_military_axis_is_deployed(n: int) -> None:
    language, text, deployed = AXES[n]
    assert bool(_events(text, language, "deployment")) is deployed
