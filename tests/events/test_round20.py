"""Round 20's happenings families, each test written from the family's description before
its rule, through the real pipeline on invented articles."""

from __future__ import annotations

import pytest

from .conftest import events_of


def _events(text: str, language: str, published: str = "2026-11-18") -> list:
    return events_of(text, language, published)


# A raid named after "after" with a detail of its own ("detained after a raid on their hostel
# on October 1") is a happening of its own before the clause, as one after "during" is: the
# guidelines count an event noun with a detail as a mention, and the raid's other reports had
# nothing to link to. A relative clause that tells the raid ("after a raid that police
# carried out on Tuesday") is its mention. (Russian "после облавы" was measured and left out.)
AFTER: list[tuple[str, str]] = [
    ("en", "He was detained after a raid on their hostel on October 1."),
    ("en", "Forty men were detained after a police raid on a market in Kazan on Tuesday."),
]  # fmt: skip


@pytest.mark.slow
@pytest.mark.parametrize("n", range(len(AFTER)))
def test_a_raid_after_after_is_a_happening(n: int) -> None:
    language, text = AFTER[n]
    events = _events(text, language)
    assert sorted(e.type for e in events if e.modality == "asserted") == [
        "coercion",
        "detention",
    ], [(e.type, e.modality) for e in events]


@pytest.mark.slow
def test_a_raid_with_a_relative_clause_is_left_to_its_clause() -> None:
    """The noun is no event of its own where a relative clause tells the raid (a mention of
    its own where its verb is a trigger): no second raid beside the clause's."""
    events = _events("He was detained after a raid that was carried out on Tuesday.", "en")
    assert [e.type for e in events] == ["detention"]


# An army contract offered instead of what a detained man faces ("предложили контракт вместо
# выдворения", "offered him an army contract instead of deportation") is
# the pressure, and it happened: a coercion, asserted. It was read as a planned signing. An
# offer alone is a recruiter's approach (a recruitment in the gold), and "in exchange for"
# lowered the events blind set: neither is read so.
OFFERS: list[tuple[str, str]] = [
    ("ru", "В спецприемнике ему предложили контракт с армией вместо выдворения."),
    ("ru", "В отделе им предлагали подписать контракт вместо уголовного дела."),
    ("en", "Officers offered him an army contract instead of deportation."),
]  # fmt: skip


@pytest.mark.slow
@pytest.mark.parametrize("n", range(len(OFFERS)))
def test_a_contract_offered_is_a_coercion_that_happened(n: int) -> None:
    language, text = OFFERS[n]
    events = _events(text, language)
    assert [(e.type, e.modality) for e in events] == [("coercion", "asserted")], [
        (e.type, e.modality) for e in events
    ]


# Sent to a region of the war in Ukraine ("был направлен в Донецкую область", "его отправили в
# Луганскую область", "was sent to the Donetsk region") is a deployment, as "sent to the
# front" is: court releases and relatives name the region, not the front (dev14). Kursk and
# Belgorod are left out, where men are as often sent to work.
DEPLOYED: list[tuple[str, str]] = [
    ("ru", "Летом 2025 года он был направлен в Донецкую область."),
    ("ru", "Через две недели его отправили в Запорожскую область."),
    ("en", "Two weeks later he was sent to the Luhansk region."),
]  # fmt: skip


@pytest.mark.slow
@pytest.mark.parametrize("n", range(len(DEPLOYED)))
def test_sent_to_a_region_of_the_war_is_a_deployment(n: int) -> None:
    language, text = DEPLOYED[n]
    assert [e.type for e in _events(text, language)] == ["deployment"]
