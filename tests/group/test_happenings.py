"""Reports of one happening across documents (rules in dossier.group.happenings)."""

from __future__ import annotations

from dossier.group.happenings import (
    Number,
    Report,
    link_reports,
    link_score,
    rare_name_stories,
    summarize,
)
from dossier.resolve.link import Judgement


def report(doc: str, n: int = 1, type_: str = "detention", **kw: object) -> Report:
    return Report(key=f"{doc}/v{n}", document_id=doc, type=type_, **kw)  # type: ignore[arg-type]


KUB = frozenset({"person:kub"})
OTHER = frozenset({"person:other"})
GKNB = frozenset({"org:gknb"})


def groups(*reports: Report, judgements: list[Judgement] | None = None) -> list[set[str]]:
    ids = link_reports(list(reports), judgements or [])
    out: dict[str, set[str]] = {}
    for key, hid in ids.items():
        out.setdefault(hid, set()).add(key)
    return sorted(out.values(), key=lambda g: sorted(g))


def test_one_person_and_compatible_dates_across_languages_is_one_happening() -> None:
    en = report("en", persons=KUB, date="2023-01", published="2023-08-31")
    ru = report("ru", persons=KUB, date="2023-01", published="2023-08-30")
    explainer = report("md", persons=KUB, date="2023-01-15", published="2024-09-16")
    assert groups(en, ru, explainer) == [{"en/v1", "md/v1", "ru/v1"}]


def test_what_keeps_reports_apart() -> None:
    assert len(groups(report("a", persons=KUB), report("b", persons=OTHER))) == 2
    assert (
        len(
            groups(
                report("a", persons=KUB, date="2023-01"), report("b", persons=KUB, date="2023-05")
            )
        )
        == 2
    )
    assert len(groups(report("a", persons=KUB), report("b", type_="prosecution", persons=KUB))) == 2
    # happened after the other was published: a later happening of the same kind
    late = report("b", persons=KUB, date="2024-02")
    assert len(groups(report("a", persons=KUB, published="2023-09-01"), late)) == 2


def test_two_reports_of_one_document_never_merge() -> None:
    one, two = report("a", 1, persons=KUB), report("a", 2, persons=KUB)
    assert len(groups(one, two, report("b", persons=KUB))) == 2


def test_one_organisation_place_or_date_is_not_enough_together_they_are() -> None:
    assert len(groups(report("a", organizations=GKNB), report("b", organizations=GKNB))) == 2
    org_and_year = [report(d, organizations=GKNB, date="2023") for d in "ab"]
    assert len(groups(*org_and_year)) == 2
    org_day_place = [report(d, organizations=GKNB, date="2023-01-12", place="osh") for d in "ab"]
    assert len(groups(*org_day_place)) == 1
    one_place_month = [report(d, place="osh", date="2023-09") for d in "ab"]
    assert len(groups(*one_place_month)) == 2
    one_place_day = [report(d, place="osh", date="2023-09-12") for d in "ab"]
    assert len(groups(*one_place_day)) == 1
    ten = (Number("year", 10, "ten years"),)
    numbered = [report(d, place="osh", date="2023-09", numbers=ten) for d in "ab"]
    assert len(groups(*numbered)) == 1


def test_places_far_apart_keep_reports_apart() -> None:
    moscow, yekaterinburg = (55.75, 37.62), (56.84, 60.6)
    ten = (Number("count", 23, "23"),)
    a = report("a", persons=KUB, place="msk", where=moscow)
    b = report("b", persons=KUB, place="ekb", where=yekaterinburg)
    assert len(groups(a, b)) == 2
    near = report("c", place="new-moscow", where=(55.55, 37.3), date="2024-03-26", numbers=ten)
    far = report("d", place="msk", where=moscow, date="2024-03-26", numbers=ten)
    assert len(groups(near, far)) == 1


def test_copies_of_one_report_merge_by_type_and_date() -> None:
    a = report("a", copy_group="g", date="2023-08-30")
    b = report("b", copy_group="g")
    assert len(groups(a, b)) == 1


def test_judgements_win() -> None:
    a, b = report("a", persons=KUB), report("b", persons=KUB)
    assert len(groups(a, b, judgements=[Judgement("split", "a/v1", "b/v1")])) == 2
    c = report("c", persons=OTHER)
    assert len(groups(a, c, judgements=[Judgement("merge", "a/v1", "c/v1")])) == 1


def test_summary_counts_independent_sources_and_finds_conflicts() -> None:
    wire = report(
        "wire", date="2023-06", published="2023-06-15", source_keys=("copy:g",), sources=("AP",),
        numbers=(Number("count", 93, "at least 93"),), summary="93 died",
    )  # fmt: skip
    repost = report(
        "repost", published="2023-06-16", source_keys=("copy:g",), sources=("AP",),
        numbers=(Number("count", 93, "at least 93"),),
    )  # fmt: skip
    other = report(
        "local", date="2023-06-10", published="2023-06-20", source_keys=("outlet:asia-plus",),
        sources=("Asia-Plus",), numbers=(Number("count", 42, "42"),),
    )  # fmt: skip
    h = summarize("h", [repost, other, wire])
    assert h.sources == ("AP", "Asia-Plus")  # the repost is a copy: one source
    assert h.placement is not None
    assert (h.placement.value, h.placement.basis) == ("2023-06-10", "happened")
    assert h.first_reported == "2023-06-15"
    (conflict,) = h.conflicts
    assert conflict.field == "count"
    assert {v for v, _ in conflict.values} == {"at least 93", "42"}


def test_an_undated_happening_is_placed_by_its_earliest_report() -> None:
    cited = report("a", reported="2023-08-30", published="2023-09-04")
    own = report("b", published="2023-08-29")
    h = summarize("h", [cited, own])
    assert h.placement is not None
    assert (h.placement.value, h.placement.basis) == ("2023-08-29", "published")
    h = summarize("h", [cited])
    assert h.placement is not None and h.placement.basis == "reported"


def test_two_documents_of_one_story_share_their_other_happenings_with_less_evidence() -> None:
    # the two documents already share one arrest, by one person in common
    a1 = report("a", 1, persons=KUB, date="2024-05-07", published="2024-05-08")
    b1 = report("b", 1, persons=KUB, date="2024-05-07", published="2024-05-08")
    # each retells the case's opening: one organisation and the month, nothing more
    case_a = report("a", 2, "prosecution", organizations=GKNB, date="2024-03")
    case_b = report("b", 2, "prosecution", organizations=GKNB, date="2024-03-06")
    assert groups(a1, b1, case_a, case_b) == [{"a/v1", "b/v1"}, {"a/v2", "b/v2"}]
    # the same two reports in documents that share nothing else stay apart (rule 3)
    other_a = report("c", 2, "prosecution", organizations=GKNB, date="2024-03")
    other_b = report("d", 2, "prosecution", organizations=GKNB, date="2024-03-06")
    assert len(groups(other_a, other_b)) == 2


def test_one_story_never_merges_on_the_calendar_alone_nor_across_what_keeps_apart() -> None:
    a1 = report("a", 1, persons=KUB, date="2024-05-07", published="2024-05-08")
    b1 = report("b", 1, persons=KUB, date="2024-05-07", published="2024-05-08")
    # a month and a news week: as often two happenings of a type
    month_a = report("a", 2, "casualty", date="2024-04", published="2024-05-08")
    month_b = report("b", 2, "casualty", date="2024-04-20", published="2024-05-08")
    assert len(groups(a1, b1, month_a, month_b)) == 3
    # an organisation in common does not overcome dates that disagree
    early = report("a", 2, "prosecution", organizations=GKNB, date="2024-02")
    late = report("b", 2, "prosecution", organizations=GKNB, date="2024-03")
    assert len(groups(a1, b1, early, late)) == 3


def test_times_alone_never_link_however_they_add_up() -> None:
    # one day, its month and one news week: nothing of the happening itself (rule 3)
    a = report("a", 1, "statement", date="2023-09-04", published="2023-09-05")
    b = report("b", 1, "statement", date="2023-09-04", published="2023-09-08")
    assert link_score(a, b) == 0
    with_place = [report(d, 1, "statement", date="2023-09-04", place="havana") for d in "ab"]
    assert link_score(*with_place) >= 4


def test_a_season_counts_as_a_month() -> None:
    # an organisation, a place, a week of news and "in the autumn of 2022" on both sides
    a, b = (
        report(d, 1, "recruitment", organizations=GKNB, place="osh", date="2022-FA",
               published=day)
        for d, day in (("a", "2023-06-15"), ("b", "2023-06-20"))
    )  # fmt: skip
    assert groups(a, b) == [{"a/v1", "b/v1"}]
    autumn_and_year = report("b", 1, "recruitment", organizations=GKNB, place="osh",
                             date="2022", published="2023-06-20")  # fmt: skip
    assert len(groups(a, autumn_and_year)) == 2


def test_one_story_links_reports_that_give_one_date_finer_than_a_year() -> None:
    a1 = report("a", 1, "prosecution", persons=KUB, date="2025-01-06", published="2025-01-08")
    b1 = report("b", 1, "prosecution", persons=KUB, date="2025-01-06", published="2025-01-07")
    # each retells his detention "in the summer of 2023", and nothing else in common
    summer_a = report("a", 2, date="2023-SU", published="2025-01-08")
    summer_b = report("b", 2, date="2023-SU", published="2025-01-07")
    assert groups(a1, b1, summer_a, summer_b) == [{"a/v1", "b/v1"}, {"a/v2", "b/v2"}]
    # the same two reports in documents that share nothing else stay apart (rule 3)
    assert len(groups(summer_a, summer_b)) == 2


def test_a_follow_up_months_later_links_the_one_report_of_a_type_at_one_date() -> None:
    # the verdict in May, and months later its appeal story: one man, one story
    a1 = report("a", 1, "prosecution", persons=KUB, date="2025-05-14", published="2025-05-15")
    b1 = report("b", 1, "prosecution", persons=KUB, date="2025-05", published="2025-11-12")
    # each tells once that he was detained in February, and nothing else in common
    feb_a = report("a", 2, date="2025-02", published="2025-05-15")
    feb_b = report("b", 2, date="2025-02", published="2025-11-12")
    assert groups(a1, b1, feb_a, feb_b) == [{"a/v1", "b/v1"}, {"a/v2", "b/v2"}]
    # a document that tells two detentions in February does not say which one is the other's
    feb_a2 = report("a", 3, date="2025-02", published="2025-05-15")
    assert len(groups(a1, b1, feb_a, feb_a2, feb_b)) == 4
    # in a follow-up months later, a day and its month are one occasion too, when each is
    # its document's only report of the type in that month ("on February 11", "was
    # detained in February"; within one news week they are not: the test above)
    day_b = report("b", 2, date="2025-02-11", published="2025-11-12")
    assert groups(a1, b1, feb_a, day_b) == [{"a/v1", "b/v1"}, {"a/v2", "b/v2"}]
    # not when one document tells two in that month, though on other days
    day_b2 = report("b", 3, date="2025-02-20", published="2025-11-12")
    assert len(groups(a1, b1, feb_a, day_b, day_b2)) == 4
    # nor when both name participants and share none (two speakers, two statements)
    by_gknb = report("a", 2, date="2025-02", organizations=GKNB, published="2025-05-15")
    by_other = report("b", 2, date="2025-02-11", persons=OTHER, published="2025-11-12")
    assert len(groups(a1, b1, by_gknb, by_other)) == 3


def test_a_report_of_another_outcome_of_the_type_is_no_rival_at_its_date() -> None:
    # the verdict, and months later a follow-up: "arrested in late June and remanded by a
    # magistrate the next day" tells one arrest in June beside one remand (two outcomes the
    # pack tells apart), so the arrest is still its document's only one that month
    a1 = report("a", 1, "prosecution", persons=KUB, date="2026-08-14", published="2026-08-15")
    b1 = report("b", 1, "prosecution", persons=KUB, date="2026-08", published="2026-11-12")
    held_a = report("a", 2, date="2026-06-30", outcome="detain", published="2026-08-15")
    held_b = report("b", 2, date="2026-06", outcome="detain", published="2026-11-12")
    remand_b = report("b", 3, date="2026-06", outcome="remand", published="2026-11-12")
    assert groups(a1, b1, held_a, held_b, remand_b) == [
        {"a/v1", "b/v1"}, {"a/v2", "b/v2"}, {"b/v3"},
    ]  # fmt: skip
    # a second arrest that month, or one that tells no outcome, still leaves it unclear
    again_b = report("b", 4, date="2026-06-20", outcome="detain", published="2026-11-12")
    assert len(groups(a1, b1, held_a, held_b, again_b)) == 4
    vague_b = report("b", 4, date="2026-06-20", published="2026-11-12")
    assert len(groups(a1, b1, held_a, held_b, vague_b)) == 4


def test_in_a_follow_up_a_day_and_its_week_are_one_occasion() -> None:
    # one man's refusal and its follow-up: "выдворили в понедельник" (2026-10-12) and, nine
    # days later, "was deported from Russia last week" (ISO week 42, which holds that Monday)
    a1 = report("a", 1, "statement", persons=KUB, date="2026-10-13", published="2026-10-14")
    b1 = report("b", 1, "statement", persons=KUB, date="2026-10-13", published="2026-10-22")
    out_a = report("a", 2, date="2026-10-12", outcome="deport", published="2026-10-14")
    out_b = report("b", 2, date="2026-W42", outcome="deport", published="2026-10-22")
    assert groups(a1, b1, out_a, out_b) == [{"a/v1", "b/v1"}, {"a/v2", "b/v2"}]
    # a day of another week is another occasion
    other = report("a", 2, date="2026-10-05", outcome="deport", published="2026-10-14")
    assert len(groups(a1, b1, other, out_b)) == 3
    # and a second removal that week on one side leaves it unclear
    again = report("a", 3, date="2026-10-15", outcome="deport", published="2026-10-14")
    assert len(groups(a1, b1, out_a, again, out_b)) == 4


def test_in_a_follow_up_a_month_and_its_season_are_one_occasion() -> None:
    # one migrant's story: "в начале июля его задержали в центре" and, a month later,
    # "Летом мигранта задержали в центре": July is in the summer, each its document's only
    # detention then
    a1 = report("a", 1, "statement", persons=KUB, date="2026-09-16", published="2026-09-17")
    b1 = report("b", 1, "statement", persons=KUB, date="2026-09-16", published="2026-10-14")
    july = report("a", 2, date="2026-07", published="2026-09-17")
    summer = report("b", 2, date="2026-SU", published="2026-10-14")
    assert groups(a1, b1, july, summer) == [{"a/v1", "b/v1"}, {"a/v2", "b/v2"}]
    # so is a day in it
    day = report("a", 2, date="2026-07-03", published="2026-09-17")
    assert groups(a1, b1, day, summer) == [{"a/v1", "b/v1"}, {"a/v2", "b/v2"}]
    # a January day is in the winter named by the December before it
    winter_a = report("a", 2, date="2026-01-12", published="2026-09-17")
    winter_b = report("b", 2, date="2025-WI", published="2026-10-14")
    assert groups(a1, b1, winter_a, winter_b) == [{"a/v1", "b/v1"}, {"a/v2", "b/v2"}]
    # a month of another season is another occasion
    autumn = report("b", 2, date="2026-FA", published="2026-10-14")
    assert len(groups(a1, b1, july, autumn)) == 3
    # and a second detention that summer on one side leaves it unclear
    june = report("a", 3, date="2026-06-20", published="2026-09-17")
    assert len(groups(a1, b1, july, june, summer)) == 4


def test_a_follow_up_retells_the_one_happening_of_a_type_with_a_vague_time() -> None:
    # one agent's arrest links two documents (rule 3); each tells one body's return, the
    # first with no time of its own ("Тело … доставили в Катманду"), the follow-up "whose
    # body was returned in February": each its document's only one, so one happening
    a1 = report("a", 1, persons=KUB, date="2026-01", published="2026-02-12")
    c1 = report("c", 1, persons=KUB, date="2026", published="2026-04-08")
    body_a = report("a", 2, "casualty", outcome="body", published="2026-02-12")
    body_c = report("c", 2, "casualty", date="2026-02", outcome="body", published="2026-04-08")
    assert groups(a1, c1, body_a, body_c) == [{"a/v1", "c/v1"}, {"a/v2", "c/v2"}]
    # not when one document tells two returns, whatever their dates
    again_c = report("c", 3, "casualty", date="2025-11", outcome="body", published="2026-04-08")
    assert len(groups(a1, c1, body_a, body_c, again_c)) == 4
    # nor when both name participants and share none
    named_a = report("a", 2, "casualty", outcome="body", persons=OTHER, published="2026-02-12")
    named_c = report("c", 2, "casualty", outcome="body", organizations=GKNB, published="2026-04-08")
    assert len(groups(a1, c1, named_a, named_c)) == 3
    # nor between documents that share only a rare name (rule 7): a name shared by two
    # stories in a small collection is weaker than a happening in common
    ids = link_reports([body_a, body_c], stories=[("a", "c")])
    assert ids["a/v2"] != ids["c/v2"]


def test_a_story_found_in_a_later_round_retells_its_one_happening_of_a_type_too() -> None:
    # two documents of a rare name (rule 7) link one detention "in the summer of 2023" by
    # rule 5; that makes them one story, whose one body's return each tells, the first with
    # no time, the second "this year": one happening, as for a story found by rule 3
    det_a = report("a", 1, date="2023-SU", published="2026-02-12")
    det_c = report("c", 1, date="2023-SU", published="2026-04-08")
    body_a = report("a", 2, "casualty", outcome="body", published="2026-02-12")
    body_c = report("c", 2, "casualty", date="2026", outcome="body", published="2026-04-08")
    ids = link_reports([det_a, det_c, body_a, body_c], stories=[("a", "c")])
    assert ids["a/v1"] == ids["c/v1"]
    assert ids["a/v2"] == ids["c/v2"]
    # not when one document tells two returns
    again_c = report("c", 3, "casualty", date="2025-11", outcome="body", published="2026-04-08")
    ids = link_reports([det_a, det_c, body_a, body_c, again_c], stories=[("a", "c")])
    assert len({ids["a/v2"], ids["c/v2"], ids["c/v3"]}) == 3


def test_two_near_misses_of_two_types_make_one_story() -> None:
    # an unnamed man's verdict: the month and "ten years" in common, one short of enough
    ten = (Number("year", 10.0, "ten years"),)
    verdict_a = report("a", 1, "prosecution", date="2023-05-16", numbers=ten,
                       published="2023-05-17")  # fmt: skip
    verdict_c = report("c", 1, "prosecution", date="2023-05", numbers=ten, published="2023-08-30")
    # his detention by one agency in January, told by both
    held_a = report("a", 2, organizations=GKNB, date="2023-01", published="2023-05-17")
    held_c = report("c", 2, organizations=GKNB, date="2023-01", published="2023-08-30")
    assert groups(verdict_a, verdict_c, held_a, held_c) == [
        {"a/v1", "c/v1"}, {"a/v2", "c/v2"},
    ]  # fmt: skip
    # one near miss alone is chance: two verdicts of ten years in one month stay apart
    assert len(groups(verdict_a, verdict_c)) == 2
    # so do two near misses of one type
    again_a = report("a", 3, "prosecution", date="2023-05", numbers=ten, published="2023-05-17")
    assert len(groups(verdict_a, verdict_c, again_a)) == 3
    # an organisation and a month, a second type: still chance without the near miss
    assert len(groups(held_a, held_c)) == 2


def test_two_weaker_agreements_of_two_types_make_one_story_too() -> None:
    # a follow-up months later retells an unnamed recruiter's case: his verdict with the
    # same "seven years" and no date, his detention in the same month at the same airport;
    # each pair alone is half of enough, and both together tell one story (rule 6)
    seven = (Number("year", 7.0, "seven years"),)
    verdict_a = report("a", 1, "prosecution", date="2025-07-10", numbers=seven,
                       published="2025-07-11")  # fmt: skip
    verdict_c = report("c", 1, "prosecution", numbers=seven, published="2025-09-19")
    held_a = report("a", 2, place="tashkent", date="2025-03", published="2025-07-11")
    held_c = report("c", 2, place="tashkent", date="2025-03", published="2025-09-19")
    assert groups(verdict_a, verdict_c, held_a, held_c) == [
        {"a/v1", "c/v1"}, {"a/v2", "c/v2"},
    ]  # fmt: skip
    # either agreement alone stays apart
    assert len(groups(verdict_a, verdict_c)) == 2
    assert len(groups(held_a, held_c)) == 2


def test_two_near_misses_of_one_type_by_four_reports_make_one_story() -> None:
    # two deaths retold months later: one "in April in the Kharkiv region", another "in March
    # in the Kurukshetra district"; each pair is half of enough, the two together one story
    april_a = report("a", 1, "casualty", place="kharkiv", date="2025-04", published="2025-05-06")
    april_c = report("c", 1, "casualty", place="kharkiv", date="2025-04", published="2025-07-17")
    march_a = report("a", 2, "casualty", place="kurukshetra", date="2025-03",
                     published="2025-05-06")  # fmt: skip
    march_c = report("c", 2, "casualty", place="kurukshetra", date="2025-03",
                     published="2025-07-17")  # fmt: skip
    assert groups(april_a, april_c, march_a, march_c) == [
        {"a/v1", "c/v1"}, {"a/v2", "c/v2"},
    ]  # fmt: skip
    assert len(groups(april_a, april_c)) == 2


def test_documents_that_share_a_rare_name_tell_one_story() -> None:
    # rule 7: a follow-up that shares no participant with the first report, but names the
    # same small town; each document tells once of a death in November
    death_a = report("a", 1, "casualty", date="2024-11", published="2025-02-19")
    death_c = report("c", 1, "casualty", date="2024-11", published="2025-05-06")
    apart = [{"a/v1"}, {"c/v1"}]
    assert groups(death_a, death_c) == apart  # a month alone never links
    ids = link_reports([death_a, death_c], stories=[("a", "c")])
    assert ids["a/v1"] == ids["c/v1"]
    # still nothing against what keeps reports apart: two persons
    one = report("a", 1, "casualty", persons=KUB, date="2024-11", published="2025-02-19")
    two = report("c", 1, "casualty", persons=OTHER, date="2024-11", published="2025-05-06")
    ids = link_reports([one, two], stories=[("a", "c")])
    assert ids["a/v1"] != ids["c/v1"]


def test_a_rare_name_is_one_few_documents_share() -> None:
    named = {
        "place:karnal": {"a", "c"},
        "org:cbi": {"a", "b", "c"},
        "place:moscow": {"a", "b", "d", "e"},  # named by four: marks no story
    }
    assert rare_name_stories(named) == {("a", "c"), ("a", "b"), ("b", "c")}
    assert ("d", "e") not in rare_name_stories(named)


def test_two_outcomes_of_a_type_are_two_happenings() -> None:
    """A body's return and the burial of the same man on the same day, told in two documents,
    are two happenings (rule 4); a report whose trigger names no outcome goes with either."""
    flown = report("a", type_="casualty", persons=KUB, date="2025-05-13", outcome="body return")
    buried = report("b", type_="casualty", persons=KUB, date="2025-05-13", outcome="bury")
    assert len(groups(flown, buried)) == 2
    again = report("c", type_="casualty", persons=KUB, date="2025-05-13", outcome="body return")
    assert groups(flown, again) == [{"a/v1", "c/v1"}]
    told = report("d", type_="casualty", persons=KUB, date="2025-05-13")
    assert groups(buried, told) == [{"b/v1", "d/v1"}]


def test_a_states_institution_or_a_region_marks_no_story() -> None:
    # rule 7 counts names over the collection; in a small one "МИД Египта", the Russian
    # Ministry of Defence or a front-line region are rare too, but every story of that state
    # or region names them (a pooled development set chained a Douala arrest to a
    # Krasnoyarsk raid through them)
    from dossier.group.reports import story_names

    named = story_names([
        ("org:mfa-eg", "a", "ORG", "МИД Египта"),
        ("org:mod", "b", "ORG", "Russian Ministry of Defence"),
        ("org:embassy", "c", "ORG", "посольство России"),
        ("place:donetsk", "d", "PLACE", "Donetsk Oblast"),
        ("org:court", "e", "ORG", "Sovetsky District Court"),
        ("place:singra", "f", "PLACE", "Singra"),
        ("person:na", "g", "PERSON", "N.A."),
    ])  # fmt: skip
    assert set(named) == {"org:court", "place:singra", "person:na"}


def test_a_happening_told_ahead_is_the_one_that_happened_for_the_same_person() -> None:
    """ "His body is to be flown home" (planned) and, in a later report, "his body was flown
    home on October 28" are one happening when they name one person, though it happened
    after the first report came out; without a person in common they stay apart."""
    ahead = report(
        "a", type_="casualty", persons=KUB, modality="planned", outcome="body return",
        published="2026-10-20",
    )  # fmt: skip
    done = report(
        "b", type_="casualty", implied=KUB, date="2026-10-28", outcome="body return",
        published="2026-11-05", place="place:rambukkana",
    )  # fmt: skip
    assert groups(ahead, done) == [{"a/v1", "b/v1"}]
    anyone = report(
        "c", type_="casualty", date="2026-10-28", outcome="body return", published="2026-11-05",
        place="place:rambukkana", organizations=GKNB,
    )  # fmt: skip
    planned = report(
        "a", type_="casualty", organizations=GKNB, modality="planned", outcome="body return",
        place="place:rambukkana",
    )  # fmt: skip
    assert len(groups(planned, anyone)) == 2
    # a negated report is no such report: "his body has not come back" stays apart
    denied = report("d", type_="casualty", persons=KUB, modality="negated", outcome="body return")
    assert len(groups(denied, done)) == 2


def test_a_documents_own_asserted_report_links_before_its_offer() -> None:
    """An offer ("заключить контракт", hypothetical) and the signing ("подписал контракт")
    in one document, and a later report of the signing: the signing links, not the offer,
    though the offer shares more with it (rule 4 allows one of them only)."""
    offer = report(
        "a", 1, type_="recruitment", modality="hypothetical", implied=KUB, organizations=GKNB,
        place="place:karshi",
    )  # fmt: skip
    signed = report("a", 2, type_="recruitment", implied=KUB, date="2025-05")
    later = report(
        "b", 1, type_="recruitment", implied=KUB, organizations=GKNB, place="place:karshi",
        date="2025-05",
    )  # fmt: skip
    assert {"a/v2", "b/v1"} in groups(offer, signed, later)


def test_a_person_named_by_initials_is_the_one_another_report_names_in_full() -> None:
    """A Russian court's release names the defendant "Ф. Р."; a Central Asian outlet retells
    the verdict with "Firuz Rajabov": with the same age and news week they are one verdict,
    where two full names, or initials of other letters, are two people."""
    court = report(
        "ru", type_="prosecution", persons=frozenset({"person:fr-ru"}), date="2026-10-14",
        published="2026-10-15", signs=(("person:fr-ru", "fr."),),
        numbers=(Number("year", 35, "35-летнему"),),
    )  # fmt: skip
    outlet = report(
        "en", type_="prosecution", persons=frozenset({"person:rajabov"}), date="2026-W42",
        published="2026-10-16", signs=(("person:rajabov", "fr"),),
        numbers=(Number("year", 35, "35-year-old"),),
    )  # fmt: skip
    assert groups(court, outlet) == [{"en/v1", "ru/v1"}]
    other = report(
        "kg", type_="prosecution", persons=frozenset({"person:other"}), date="2026-W42",
        published="2026-10-16", signs=(("person:other", "ak"),),
        numbers=(Number("year", 35, "35-year-old"),),
    )  # fmt: skip
    assert len(groups(court, other)) == 2
    # two letters alone, with nothing else of the happening in common, are no link
    bare = report(
        "uz", type_="prosecution", persons=frozenset({"person:rajabov"}), date="2026-W42",
        published="2026-10-16", signs=(("person:rajabov", "fr"),),
    )  # fmt: skip
    assert len(groups(court, bare)) == 2
