"""Round 24's happenings families, each test written from the family's description before
its rule, through the real pipeline on invented articles."""

from __future__ import annotations

import pytest

from .conftest import events_of


# A lead opened by its city in capitals and a dash ("COLOMBO — The magistrate on Monday
# remanded ...") tells its act as any lead does: the remand and the arrest told in its
# relative clause are two happenings, each on its own day.
@pytest.mark.slow
def test_a_lead_after_a_city_and_a_dash_keeps_its_act() -> None:
    text = (
        "Sri Lankan court remands agency owner in Russia recruitment case\n\nCOLOMBO — The "
        "Anuradhapura magistrate on Monday remanded until November 30 the owner of a foreign "
        "employment agency who was arrested on Saturday for sending retired soldiers to "
        "fight for Russia."
    )
    events = events_of(text, "en", "2026-11-17")
    found = sorted((e.outcome, e.date) for e in events if e.type == "detention")
    assert found == [("detain/VERB", "2026-11-14"), ("remand in custody", "2026-11-16")], found


# An English headline tells a past happening in the simple present ("Court jails man",
# "Kyrgyzstan asks Moscow to explain ..."): no habit, as the same present in the body would be.
# A Russian headline's present ("Суды Хатлона выносят приговоры") is a habit as often.
@pytest.mark.slow
def test_an_english_headline_in_the_present_tells_a_happening() -> None:
    text = (
        "Kyrgyzstan asks Moscow to explain army contracts of three migrants\n\nBISHKEK, Nov 12 "
        "(Central Asia Wire) - Three Kyrgyz migrants detained in a raid in Yekaterinburg "
        "last week were made to sign contracts with the Russian army, their relatives said."
    )
    events = events_of(text, "en", "2026-11-12")
    headline = [e for e in events if e.evidence[0] < text.index("\n")]
    assert headline, [(e.type, e.evidence) for e in events]
    assert all(e.modality == "asserted" for e in headline), [(e.type, e.modality) for e in headline]
