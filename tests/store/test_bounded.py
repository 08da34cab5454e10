"""Bounded reads (issue 12): a view's counts stop at a cap and say so, a case file shows its
first documents and happenings with their number; on both engines."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from dossier import verbs
from dossier.events.cluster import place as placement_of
from dossier.models import Article, Entity, Event, Extraction
from dossier.store import SqlStore, open_store, timeline, web_queries
from dossier.store.web_queries import TimelineQuery

YEARS = range(2011, 2017)  # six documents, six happenings of one person, a year apart


def extraction(year: int) -> Extraction:
    text = f"Askar Kubanychbek-uulu was detained in {year} in the case number {year}."
    name = (0, len("Askar Kubanychbek-uulu"))
    article = Article(id=f"d{year}", text=text, title=f"Case {year}", published=f"{year}-12",
                      language="ru" if year % 2 else "en")  # fmt: skip
    person = Entity("e1", "PERSON", "Askar Kubanychbek-uulu", [], [name])
    detained = Event("v1", "detention" if year % 3 else "prosecution", (0, len(text)),
                     date=str(year), targets=["e1"], confidence=0.8)  # fmt: skip
    detained.placement = placement_of(detained, article.published)
    return Extraction(document=article, entities=[person], events=[detained])


@pytest.fixture
def filled(db_address: str, monkeypatch: pytest.MonkeyPatch) -> Iterator[SqlStore]:
    monkeypatch.setattr(web_queries, "COUNT_CAP", 4)
    monkeypatch.setattr(timeline, "COUNT_CAP", 4)
    web_queries._SUMMARIES.clear()
    with open_store(db_address) as store:
        for year in YEARS:
            store.write(extraction(year))
        store.relink()
        assert store.counts().happenings == len(YEARS)
        yield store
    web_queries._SUMMARIES.clear()


def test_counts_stop_at_the_cap_and_say_so(filled: SqlStore) -> None:
    found = filled.overrides()
    page = filled.timeline_page(TimelineQuery(per_page=3), found)
    assert (page.total, page.capped, page.has_next, page.pages) == (4, True, True, 2)
    assert [r.row.when for r in page.rows] == ["2011", "2012", "2013"]
    # the facets count the first four in date order
    assert dict(page.facets["type"]) == {"detention": 3, "prosecution": 1}
    assert dict(page.facets["language"]) == {"ru": 2, "en": 2}
    assert dict(page.facets["reviewed"]) == {"yes": 0, "no": 4}
    # paging goes on past the count, and stops where the view ends
    last = filled.timeline_page(TimelineQuery(per_page=3, page=2), found)
    assert [r.row.when for r in last.rows] == ["2014", "2015", "2016"]
    assert (last.has_next, last.pages) == (False, 2)
    # a view within the cap is counted exactly
    small = filled.timeline_page(TimelineQuery(types=("detention",), per_page=3), found)
    assert (small.total, small.capped, small.has_next, small.pages) == (4, False, True, 2)
    few = filled.timeline_page(TimelineQuery(since="2014", per_page=3), found)
    assert (few.total, few.capped, few.has_next, few.pages) == (3, False, False, 1)


def test_the_cli_timeline_pages_past_the_cap(
    filled: SqlStore, db_address: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(web_queries, "PER_PAGE_MAX", 2)
    rows = verbs.timeline(db_address)
    assert [r.when for r in rows] == [str(y) for y in YEARS]
    with pytest.raises(verbs.NotFound):
        verbs.timeline_page(TimelineQuery(per_page=2, page=4), db_address)


@pytest.mark.parametrize("view", ["cli", "workbench"])
def test_a_case_file_shows_its_first_rows_and_their_number(
    filled: SqlStore, view: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(timeline, "CASE_ROWS", 2)
    if view == "cli":
        case = filled.case_file("Askar Kubanychbek-uulu")
    else:
        case = filled.reviewed_case_file("Askar Kubanychbek-uulu", filled.overrides())
    assert case is not None
    assert case.entity.documents == len(YEARS)
    assert [d for d, _ in case.documents] == ["d2011", "d2012"]
    assert [e.when for e in case.events] == ["2011", "2012"]
    assert (case.events_total, case.events_capped) == (4, True)
    monkeypatch.setattr(timeline, "CASE_ROWS", 10)
    if view == "cli":
        whole = filled.case_file("Askar Kubanychbek-uulu")
    else:
        whole = filled.reviewed_case_file("Askar Kubanychbek-uulu", filled.overrides())
    assert whole is not None and len(whole.documents) == len(YEARS)
    assert len(whole.events) == len(YEARS)
    assert (whole.events_total, whole.events_capped) == (len(YEARS), False)


def test_search_says_when_it_ranked_only_the_first_matches(
    filled: SqlStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    from dossier.store import postgres

    monkeypatch.setattr(postgres, "SEARCH_CANDIDATES", 2)
    hits = filled.search("detained")
    if filled.dialect == "postgresql":  # ranks the first two matches of six
        assert len(hits) == 2 and {h.ranked_among for h in hits} == {2}
    else:  # FTS5 ranks every match
        assert len(hits) == len(YEARS) and {h.ranked_among for h in hits} == {None}
    (one,) = filled.search("2013 detained")
    assert (one.document_id, one.ranked_among) == ("d2013", None)
