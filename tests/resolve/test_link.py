from __future__ import annotations

from dossier.resolve import EntityRecord, link, merge, split

RECORDS = [
    EntityRecord("d1/e1", "PERSON", "Askar Kubanychbek-uulu", ("Kubanychbek-uulu",)),
    EntityRecord("d2/e3", "PERSON", "Аскар Кубанычбек уулу"),
    EntityRecord("d3/e1", "PERSON", "Nurlan Kubanychbek uulu"),
    EntityRecord("d3/e2", "ORG", "Wagner Group", ("Wagner",)),
    EntityRecord("d4/e7", "ORG", "ЧВК Вагнер"),
    EntityRecord("d5/e1", "PERSON", "Kubanychbek uulu"),
    EntityRecord("d5/e2", "PLACE", "Wagner"),
]


def test_link_joins_spellings_and_keeps_others_apart() -> None:
    ids = link(RECORDS, [])
    assert ids["d1/e1"] == ids["d2/e3"] == "d1/e1"
    assert ids["d3/e1"] == "d3/e1"
    assert ids["d3/e2"] == ids["d4/e7"]
    assert ids["d5/e2"] == "d5/e2"  # a place is never an organisation
    assert ids["d5/e1"] == "d5/e1"  # a bare surname does not link by itself


def test_judgements_override_scores_and_survive_reruns() -> None:
    judgements = [merge("d5/e1", "d1/e1"), split("d1/e1", "d2/e3")]
    for _ in range(2):
        ids = link(RECORDS, judgements)
        assert ids["d5/e1"] == ids["d1/e1"]
        assert ids["d2/e3"] != ids["d1/e1"]


def test_the_latest_judgement_on_a_pair_wins() -> None:
    ids = link(RECORDS, [split("d3/e2", "d4/e7"), merge("d3/e2", "d4/e7")])
    assert ids["d3/e2"] == ids["d4/e7"]
    ids = link(RECORDS, [merge("d3/e2", "d4/e7"), split("d3/e2", "d4/e7")])
    assert ids["d3/e2"] != ids["d4/e7"]


def test_a_split_is_not_undone_by_a_chain() -> None:
    records = [
        EntityRecord("a", "PERSON", "Kirill Kabanov"),
        EntityRecord("b", "PERSON", "Кирилл Кабанов"),
        EntityRecord("c", "PERSON", "Kabanov Kirill"),
    ]
    ids = link(records, [split("a", "c")])
    assert ids["a"] != ids["c"]
    assert len(set(ids.values())) == 2
