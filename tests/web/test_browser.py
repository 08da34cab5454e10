"""The workbench in a real browser (Debian's Chromium under Playwright): the analyst's flows,
from reading the timeline to rejecting, editing and merging, and a hostile article that must
execute nothing. Every page visited is saved as a screenshot in tests/web/screenshots/.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from dossier import verbs
from dossier.store.web_queries import TimelineQuery

from .conftest import EXAMPLES, FILES, LATER, PASSWORD, SCREENSHOTS, Server

pytestmark = [pytest.mark.browser, pytest.mark.slow]
FORBIDDEN = "the server responded with a status of 403 (Forbidden)"


class Watched:
    """A page with its dialogs, console errors and page errors recorded."""

    def __init__(self, page: Any, server: Server) -> None:
        self.page = page
        self.server = server
        self.dialogs: list[str] = []
        self.errors: list[str] = []
        page.on("dialog", self._dialog)
        page.on("console", lambda m: self.errors.append(m.text) if m.type == "error" else None)
        page.on("pageerror", lambda e: self.errors.append(str(e)))

    def _dialog(self, dialog: Any) -> None:
        self.dialogs.append(dialog.message)
        dialog.dismiss()

    def go(self, path: str) -> Any:
        response = self.page.goto(self.server.url + path)
        self.page.wait_for_load_state("load")
        return response

    def shot(self, name: str, phone: bool = False) -> None:
        SCREENSHOTS.mkdir(exist_ok=True)
        self.page.screenshot(path=str(SCREENSHOTS / f"{name}-1280.png"), full_page=False)
        if phone:
            self.page.set_viewport_size({"width": 390, "height": 844})
            self.page.screenshot(path=str(SCREENSHOTS / f"{name}-390.png"), full_page=False)
            self.page.set_viewport_size({"width": 1280, "height": 800})

    def sign_in(self, name: str) -> None:
        self.go("/signin")
        self.page.fill("input[name=name]", name)
        self.page.fill("input[name=password]", PASSWORD)
        self.page.click("form.signin button[type=submit]")
        self.page.wait_for_selector(f"text={name}")


@pytest.fixture
def browser_page(chromium: Any, server: Server) -> Iterator[Watched]:
    context = chromium.new_context(viewport={"width": 1280, "height": 800})
    watched = Watched(context.new_page(), server)
    yield watched
    context.close()
    assert watched.dialogs == [], f"a dialog opened: {watched.dialogs}"
    assert watched.errors == [], f"console errors: {watched.errors}"


def first_happening(db: Path, **filters: Any) -> verbs.ReviewedRow:
    page = verbs.timeline_page(TimelineQuery(**filters), db)
    return page.rows[0]


def test_timeline_filtered_by_entity(browser_page: Watched) -> None:
    w = browser_page
    w.go("/timeline")
    everything = w.page.locator("li.happening").count()
    assert everything > 3
    w.shot("timeline", phone=True)
    w.page.fill("input[name=entity]", "Kubanychbek-uulu")
    w.page.click("#filters button[type=submit]")
    w.page.wait_for_url(re.compile(r"entity=Kubanychbek-uulu"))
    rows = w.page.locator("li.happening")
    assert 0 < rows.count() < everything
    assert "naming Kubanychbek-uulu" in w.page.inner_text("p.summary")
    # Each row draws its date's extent: a bar as wide as the day, month or year it covers.
    assert w.page.locator("li.happening svg.extent rect.span").count() == rows.count()
    w.shot("timeline-entity")


def test_happening_then_its_document_with_the_evidence_marked(browser_page: Watched) -> None:
    w = browser_page
    w.go("/timeline?type=court_ruling")
    w.page.click("li.happening a.summary-link >> nth=0")
    w.page.wait_for_selector("mark.evidence")
    assert w.page.locator("mark.evidence").first.inner_text().strip()
    assert w.page.locator(".sources-count").inner_text().isdigit()
    w.shot("happening", phone=True)
    w.page.click("article.report a.doc-link >> nth=0")
    w.page.wait_for_selector("article.doc-text a.hl.k-event")
    target = w.page.evaluate("location.hash")
    assert target.startswith("#f-event-")
    # The fact the link points at is the one shown (:target), without any script.
    assert w.page.locator(f"li{target}").is_visible()
    # A marked entity shows its fact beside the text.
    w.page.click("article.doc-text a.hl.k-entity >> nth=0")
    w.page.wait_for_selector("#fact-pop")
    w.shot("document", phone=True)


def test_editor_rejects_a_happening_and_it_stays_rejected_after_reingest(
    browser_page: Watched,
) -> None:
    w = browser_page
    db = w.server.db
    row = first_happening(db, types=("court_ruling",)).row
    w.sign_in("ana")
    w.go(f"/happenings/{row.happening_id}")
    w.page.fill(".review-status input[name=reason]", "not a ruling")
    w.page.click("#reject-happening")
    w.page.wait_for_selector(".rejected-note")
    w.go("/timeline")
    assert w.page.locator(f"li[data-id='{row.happening_id}']").count() == 0
    # Re-ingest the same files and one more, which links the whole base again.
    report = verbs.ingest([*(str(EXAMPLES / f) for f in FILES), str(EXAMPLES / LATER)], db)
    assert report.stored == 1 and not report.failures
    w.go("/timeline?per_page=200")
    ids = w.page.locator("li.happening").evaluate_all("els => els.map(e => e.dataset.id)")
    for key in ids:
        detail = verbs.happening(key, db)
        assert row.happening_id not in {r.key for r in detail.reports}
    w.go("/audit")
    assert "not a ruling" in w.page.inner_text("table.log")
    w.shot("audit")


def test_editor_merges_two_entities_in_the_page(browser_page: Watched) -> None:
    w = browser_page
    db = w.server.db
    a, b = verbs.entities(db, "PERSON")[-2:]
    assert verbs.entity(a.id, db).entity.id != verbs.entity(b.id, db).entity.id
    w.sign_in("ana")
    w.go("/entities")
    w.page.fill("#merge-entities input[name=a]", a.name)
    w.page.fill("#merge-entities input[name=b]", b.name)
    w.page.fill("#merge-entities input[name=reason]", "one person")
    w.page.click("#merge-entities button[value=merge]")
    w.page.wait_for_url(re.compile(r"/entities$"))
    assert verbs.entity(a.name, db).entity.id == verbs.entity(b.name, db).entity.id
    w.go("/audit")
    assert "merge" in w.page.inner_text("table.log")


def test_editor_edits_a_date_and_sees_its_precision(browser_page: Watched) -> None:
    w = browser_page
    row = first_happening(w.server.db).row
    w.sign_in("ana")
    w.go(f"/happenings/{row.happening_id}")
    w.page.fill(".edit-date input[name=value]", "2022-SU")
    w.page.fill(".edit-date input[name=reason]", "the report says summer")
    w.page.click(".edit-date button[type=submit]")
    w.page.wait_for_selector("#when .precision:has-text('season')")
    assert "2022-SU" in w.page.inner_text("#when")
    assert w.page.locator(".badge.edited").count() >= 1
    w.shot("happening-edited")
    w.go("/timeline?since=2022&until=2022")
    item = w.page.locator(f"li[data-id='{row.happening_id}']")
    assert "season" in item.inner_text()


def test_a_reader_is_refused_with_403(browser_page: Watched) -> None:
    w = browser_page
    row = first_happening(w.server.db).row
    w.sign_in("rex")
    w.go(f"/happenings/{row.happening_id}")
    assert w.page.locator("#reject-happening").count() == 0  # no forms for a reader
    csrf = next(c["value"] for c in w.page.context.cookies() if c["name"] == "dossier_csrf")
    response = w.page.request.post(
        w.server.url + "/review",
        form={"csrf": csrf, "target": "happening", "key": row.happening_id, "action": "reject"},
    )
    assert response.status == 403
    assert verbs.timeline_page(TimelineQuery(), w.server.db).total > 0
    w.go("/ingest")
    assert "403" in w.page.inner_text("h1")
    assert w.errors == [
        "Failed to load resource: the server responded with a status of 403 (Forbidden)"
    ]
    w.errors.clear()


def test_a_hostile_article_executes_nothing(browser_page: Watched) -> None:
    w = browser_page
    (hit,) = verbs.search("Tokonov", w.server.db)
    w.go(f"/documents/{hit.document_id}")
    title = w.page.inner_text("h1.doc-title")
    assert "<script>alert('title')</script>" in title
    assert "\u202e" not in title and "\x1b" not in title
    text = w.page.inner_text("article.doc-text")
    assert "<img src=x onerror=alert('img')>" in text and "\u202e" not in text
    assert w.page.locator("a[href^='javascript']").count() == 0
    assert w.page.locator("article.doc-text script, article.doc-text img").count() == 0
    w.shot("hostile-document")
    w.page.click("article.doc-text a.hl.k-event >> nth=0")
    for path in ("/timeline", "/search?q=Tokonov", "/sources", "/entities", "/copies", "/map"):
        w.go(path)
        assert w.page.locator("script:not([src])").count() == 0
    link = w.page.locator("a.summary-link", has_text="Tokonov")
    if link.count():
        link.first.click()
        w.page.wait_for_selector("mark.evidence")
    # The dialogs and console errors are checked when the fixture closes.


def test_every_page_renders_at_desktop_and_phone_widths(browser_page: Watched) -> None:
    w = browser_page
    db = w.server.db
    row = first_happening(db).row
    w.sign_in("ana")
    pages = {
        "entities": "/entities",
        "entity": "/entities/Kubanychbek-uulu",
        "sources": "/sources",
        "copies": "/copies",
        "map": "/map",
        "search": "/search?q=Supreme+Court",
        "ingest": "/ingest",
        "signed-in-happening": f"/happenings/{row.happening_id}",
    }
    for name, path in pages.items():
        response = w.go(path)
        assert response.status == 200, path
        # Nothing is wider than the phone's screen but what scrolls on purpose.
        w.shot(name, phone=True)
    w.go("/map")
    w.page.click("svg.map a.place-link >> nth=0")
    w.page.wait_for_url(re.compile(r"/timeline\?entity="))
    assert w.page.locator("li.happening").count() > 0
