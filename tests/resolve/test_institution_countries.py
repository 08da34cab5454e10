"""Institutions of different countries are never one entity, not even through a name that
names no country ("the Ministry of Foreign Affairs" of one article matches both "МИД
Непала" and "МИД Индии"; union-find would chain the two). Written before its rule.
"""

from __future__ import annotations

from dossier.resolve import EntityRecord, link
from dossier.resolve.names import owner_country


def test_the_country_an_institution_is_named_after() -> None:
    assert owner_country("МИД Непала") == owner_country("Nepal's foreign ministry") == "NP"
    assert owner_country("Ministry of External Affairs of India") == "IN"
    assert owner_country("Indian Embassy") == owner_country("Министерство иностранных дел Индии")
    assert owner_country("Ministry of Foreign Affairs") is None
    # the first country named owns it: Russia's embassy in Nepal, Nepal's in Moscow
    assert owner_country("Посольство России в Непале") == "RU"
    assert owner_country("Embassy of Nepal in Moscow") == "NP"
    assert owner_country("Austrian Embassy") == "AT"  # not Australia's


def test_a_countryless_name_does_not_chain_two_countries_ministries() -> None:
    records = [
        EntityRecord("a/e1", "ORG", "Ministry of Foreign Affairs"),
        EntityRecord("b/e1", "ORG", "МИД Непала"),
        EntityRecord("c/e1", "ORG", "МИД Индии"),
        EntityRecord("d/e1", "ORG", "МИД Киргизии"),
        EntityRecord("e/e1", "ORG", "Министерство иностранных дел Индии"),
    ]
    canonical = link(records)
    ministries = {canonical[k] for k in ("b/e1", "c/e1", "d/e1")}
    assert len(ministries) == 3  # three countries, three ministries
    assert canonical["c/e1"] == canonical["e/e1"]  # one country's, named two ways
