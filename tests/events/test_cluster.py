"""Mentions of one happening in one document are one event (rules in dossier.events.cluster)."""

from __future__ import annotations

from dossier.analyze.pieces import paragraphs
from dossier.events.cluster import cluster_mentions, place
from dossier.models import Entity, Event, Geo, Quantity

HEAD = "Court frees man\n\n"
TEXT = HEAD + "x" * 400 + "\n\n" + "y" * 400


def ev(n: int, type_: str = "detention", **kw: object) -> Event:
    start = len(HEAD) + 10 * n if n else 0
    return Event(f"v{n + 1}", type_, (start, start + 5), **kw)  # type: ignore[arg-type]


PEOPLE = [
    Entity("p1", "PERSON", "Askar Kubanychbek-uulu"),
    Entity("p2", "PERSON", "Another Man"),
    Entity("o1", "ORG", "Supreme Court"),
    Entity("g1", "GROUP", "Uzbeks"),
    Entity("l1", "PLACE", "Bishkek"),
    Entity("l2", "PLACE", "Osh"),
]


def cluster(
    *events: Event, quantities: list[Quantity] | None = None, referring: tuple[str, ...] = ()
) -> list[Event]:
    return cluster_mentions(paragraphs(TEXT), list(events), PEOPLE, quantities or [], referring)


def test_a_person_in_common_with_compatible_dates_is_one_happening() -> None:
    (one,) = cluster(
        ev(1, targets=["p1"], date="2023-01"), ev(5, targets=["p1"], date="2023-01-12")
    )
    assert one.mentions == [(len(HEAD) + 10, len(HEAD) + 15), (len(HEAD) + 50, len(HEAD) + 55)]
    assert one.date == "2023-01-12"  # the finest of the dates


def test_incompatible_dates_or_different_people_or_types_stay_apart() -> None:
    assert (
        len(cluster(ev(1, targets=["p1"], date="2023-01"), ev(2, targets=["p1"], date="2023-05")))
        == 2
    )
    assert len(cluster(ev(1, targets=["p1"]), ev(2, targets=["p2"]))) == 2
    assert len(cluster(ev(1, targets=["p1"]), ev(2, "prosecution", targets=["p1"]))) == 2
    assert len(cluster(ev(1, targets=["p1"]), ev(2, targets=["p1"], modality="planned"))) == 2


def test_an_organisation_alone_needs_dates_or_one_report() -> None:
    assert len(cluster(ev(1, actors=["o1"]), ev(2, actors=["o1"]))) == 2
    assert len(cluster(ev(1, actors=["o1"], date="2023"), ev(2, actors=["o1"], date="2023"))) == 1
    same_report = cluster(
        ev(1, actors=["o1"], reported="2023-08-30"), ev(2, actors=["o1"], reported="2023-08-30")
    )
    assert len(same_report) == 1


def test_groups_do_not_identify_a_happening() -> None:
    # below the lead, where no main-happening rule applies
    assert len(cluster(ev(45, targets=["g1"]), ev(46, targets=["g1"]))) == 2


def test_two_places_without_participants_are_two_happenings() -> None:
    assert (
        len(cluster(ev(1, place="l1", date="2023-09-12"), ev(2, place="l2", date="2023-09-12")))
        == 2
    )
    assert (
        len(cluster(ev(1, place="l1", date="2023-09-12"), ev(2, place="l1", date="2023-09-12")))
        == 1
    )


def test_the_same_count_joins_mentions_without_participants() -> None:
    qs = [Quantity(0, 2, "93", 93.0, None), Quantity(3, 5, "93", 93.0, None)]
    assert (
        len(cluster(ev(1, quantities=[0], date="2023-06"), ev(30, quantities=[1]), quantities=qs))
        == 1
    )


def test_a_bare_headline_joins_the_one_happening_of_its_type() -> None:
    headline, body = ev(0), ev(3, targets=["p1"], date="2023-01")
    (one,) = cluster(headline, body)
    assert one.evidence == body.evidence  # the informative mention is the evidence
    assert one.mentions[0] == (0, 5)


def test_a_bare_headline_joins_the_first_happening_the_lead_tells() -> None:
    events = cluster(ev(0), ev(3, targets=["p1"]), ev(4, targets=["p2"]))
    assert [len(v.mentions) for v in events] == [2, 1]
    assert events[0].targets == ["p1"]


def test_a_bare_mention_far_down_or_among_several_later_ones_stays_alone() -> None:
    far = Event("v9", "detention", (len(HEAD) + 420, len(HEAD) + 425))
    assert len(cluster(ev(3, targets=["p1"], date="2023-01"), far)) == 2
    later = [ev(45, targets=["p1"]), ev(46, targets=["p2"])]  # both below the lead
    assert len(cluster(ev(0), *later)) == 3


def test_in_a_text_without_blank_lines_the_headline_and_the_lead_are_its_first_lines() -> None:
    lines = "Court frees man\n" + "x" * 400 + "\n" + "y" * 400
    lead = Event("v1", "detention", (30, 35), targets=["p1"], date="2023-01")
    far = Event("v2", "detention", (430, 435))  # a bare mention in the third line
    assert len(cluster_mentions(paragraphs(lines), [lead, far], PEOPLE, [])) == 2
    headline = Event("v3", "detention", (0, 5))
    (one,) = cluster_mentions(paragraphs(lines), [headline, lead], PEOPLE, [])
    assert one.mentions == [(0, 5), (30, 35)]


def test_events_are_renumbered_in_text_order() -> None:
    events = cluster(ev(4, targets=["p2"]), ev(1, targets=["p1"]), ev(6, targets=["p1"]))
    assert [v.id for v in events] == ["v1", "v2"]
    assert events[0].targets == ["p1"] and len(events[0].mentions) == 2


def test_placement_happened_then_reported_then_published() -> None:
    assert place(Event("v1", "x", (0, 1), date="2023-05"), "2023-09-01").basis == "happened"  # type: ignore[union-attr]
    reported = place(Event("v1", "x", (0, 1), reported="2023-08-30"), "2023-09-01")
    assert reported is not None and (reported.value, reported.basis) == ("2023-08-30", "reported")
    published = place(Event("v1", "x", (0, 1), date="XXXX-08-30"), "2023-09-01")
    assert published is not None and (published.basis, published.precision) == ("published", "day")
    assert place(Event("v1", "x", (0, 1)), None) is None


def test_a_mention_that_refers_back_goes_on_with_the_happening_before_it() -> None:
    # "Police arrested a major in Bishkek. [...] The two were arrested on Wednesday."
    told, back = ev(45, place="l1"), ev(47, date="2023-09-13")
    assert len(cluster(told, back)) == 2
    (one,) = cluster(ev(45, place="l1"), ev(47, date="2023-09-13"), referring=("v48",))
    assert one.date == "2023-09-13" and len(one.mentions) == 2
    # the nearest earlier happening of its type, not the first
    first, second = ev(40, targets=["p1"]), ev(45, targets=["p2"])
    joined = cluster(first, second, ev(47), referring=("v48",))
    assert [len(v.mentions) for v in joined] == [1, 2]


def test_a_mention_that_refers_back_stays_apart_from_another_place_or_date() -> None:
    assert len(cluster(ev(45, place="l1"), ev(47, place="l2"), referring=("v48",))) == 2
    dated = cluster(ev(45, date="2023-04"), ev(47, date="2023-07-21"), referring=("v48",))
    assert len(dated) == 2


def test_the_headline_tells_the_leads_first_happening_of_its_type() -> None:
    # "Supreme Court frees man" over "On Wednesday the court threw out the verdict": an
    # organisation alone and one date would not join two mentions further down
    one = cluster(ev(0, "court_ruling", actors=["o1"]), ev(1, "court_ruling", date="2023-08-30"))
    assert len(one) == 1 and one[0].date == "2023-08-30"
    below = cluster(
        ev(45, "court_ruling", actors=["o1"]), ev(46, "court_ruling", date="2023-08-30")
    )
    assert len(below) == 2
    two_men = cluster(ev(0, targets=["p1"]), ev(1, targets=["p2"], date="2023-08-30"))
    assert len(two_men) == 2


def test_two_people_each_acting_are_two_happenings_though_one_addresses_the_other() -> None:
    # "Lavrov agreed on Monday ..." and "Sabry asked Lavrov on Monday ...": one day, one
    # person in common, but two speakers
    assurance = ev(1, "statement", actors=["p1"], date="2024-06-10")
    request = ev(2, "statement", actors=["p2"], targets=["p1"], date="2024-06-10")
    assert len(cluster(assurance, request)) == 2
    # the same speaker twice that day is one statement
    again = ev(3, "statement", actors=["p1"], targets=["p2"], date="2024-06-10")
    assert len(cluster(assurance, again)) == 1


def test_a_country_and_a_place_in_it_name_no_other_place() -> None:
    # "В Кении задержали россиянина" over "в минувший четверг задержала в Найроби"
    within = {"l1": "c1"}  # Bishkek lies in the country c1, which the document names
    headline, lead = ev(0, place="c1"), ev(3, place="l1", targets=["p1"], date="2023-01-12")
    one = cluster_mentions(paragraphs(TEXT), [headline, lead], PEOPLE, [], (), within)
    assert len(one) == 1
    # below the lead, "sent to Russia" and "raided a dormitory in Kursk" are two acts
    body = [ev(1, place="c1", date="2023-09"), ev(30, place="l1", date="2023-09-12")]
    assert len(cluster_mentions(paragraphs(TEXT), body, PEOPLE, [], (), within)) == 2
    # two cities of one country stay apart
    apart = cluster_mentions(
        paragraphs(TEXT),
        [ev(1, place="l1", date="2023-09-12"), ev(2, place="l2", date="2023-09-12")],
        PEOPLE, [], (), {"l1": "c1", "l2": "c1"},
    )  # fmt: skip
    assert len(apart) == 2


def test_one_verb_with_two_different_objects_is_two_acts() -> None:
    # "Putin has signed a decree ..." and "since 2022, when Putin signed a law ...": one
    # person, dates that agree, but a decree and a law are two things signed
    signs = (ev(1, "legislation", actors=["p1"]), ev(5, "legislation", actors=["p1"], date="2022"))
    acts = {"v2": frozenset({("sign", "decree")}), "v6": frozenset({("sign", "law")})}
    assert len(cluster_mentions(paragraphs(TEXT), list(signs), PEOPLE, [], acts=acts)) == 2
    acts = {"v2": frozenset({("sign", "decree")}), "v6": frozenset({("sign", "decree")})}
    assert len(cluster_mentions(paragraphs(TEXT), list(signs), PEOPLE, [], acts=acts)) == 1


def test_two_outcomes_the_pack_tells_apart_are_two_happenings() -> None:
    # "a man was killed in a drone attack" and "his cousin was wounded in the same attack":
    # one place, one day, no person named, but a death and a wounding
    hurt = (ev(1, "casualty", place="l1", date="2025-01-13"),
            ev(5, "casualty", place="l1", date="2025-01-13"))  # fmt: skip
    acts = {"v2": frozenset({("outcome", "0")}), "v6": frozenset({("outcome", "1")})}
    assert len(cluster_mentions(paragraphs(TEXT), list(hurt), PEOPLE, [], acts=acts)) == 2
    assert len(cluster_mentions(paragraphs(TEXT), list(hurt), PEOPLE, [])) == 1


def test_two_terms_with_nothing_in_common_are_two_sentences() -> None:
    # "the court sentenced the recruiter to 7 years", "his accomplice, 27, got 5 years":
    # one court, one day, two sentences; the ages beside them are no terms
    terms = [
        Quantity(0, 7, "7 годам", 7.0, "year"),
        Quantity(0, 10, "38-летнего", 38.0, "year"),
        Quantity(0, 5, "5 лет", 5.0, "year"),
        Quantity(0, 9, "27-летний", 27.0, "year"),
        Quantity(0, 11, "seven years", 7.0, "year"),
    ]
    one, two, again = (
        ev(1, "prosecution", actors=["o1"], date="2025-07-10", quantities=[0, 1]),
        ev(3, "prosecution", actors=["o1"], date="2025-07-10", quantities=[2, 3]),
        ev(5, "prosecution", actors=["o1"], date="2025-07-10", quantities=[4]),
    )
    assert len(cluster(one, two, quantities=terms)) == 2
    # the same term told again, or an age alone, goes with it
    assert len(cluster(one, again, quantities=terms)) == 1
    age_only = ev(3, "prosecution", actors=["o1"], date="2025-07-10", quantities=[1])
    assert len(cluster(one, age_only, quantities=terms)) == 1


def test_a_headline_place_off_the_map_may_lie_in_the_leads() -> None:
    # "CID arrests woman at Dhaka airport" over "... arrested a woman at Hazrat Shahjalal
    # International Airport on Wednesday night": the gazetteer has no point for the airport,
    # so nothing says it lies elsewhere; two places it knows stay two
    places = [
        Entity("l7", "PLACE", "Dhaka", geo=Geo(23.7, 90.4, "BD")),
        Entity("l8", "PLACE", "Hazrat Shahjalal International Airport"),
        Entity("l9", "PLACE", "Chattogram", geo=Geo(22.3, 91.8, "BD")),
    ]
    headline = ev(0, actors=["o1"], place="l7")
    lead = ev(1, actors=["o1"], place="l8", date="2025-02-05")
    one = cluster_mentions(paragraphs(TEXT), [headline, lead], [*PEOPLE, *places], [])
    assert len(one) == 1 and one[0].date == "2025-02-05"
    known = ev(1, actors=["o1"], place="l9", date="2025-02-05")
    two = cluster_mentions(paragraphs(TEXT), [headline, known], [*PEOPLE, *places], [])
    assert len(two) == 2
