"""The JSON API: every endpoint answers, and every bad input (unknown ids, bad dates, huge
page numbers, malformed JSON, missing rights or CSRF) is a clear 4xx in JSON, never a 500.

The pages are fetched too, with the same bad inputs, since a page must not answer 500 either.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient

from dossier import verbs
from dossier.settings import get_settings
from dossier.web import create_app

from .conftest import PASSWORD

pytestmark = pytest.mark.slow


def client(db: Path, **settings: Any) -> TestClient:
    base = get_settings()
    fields = {name: getattr(base, name) for name in base.__slots__}  # type: ignore[attr-defined]
    app = create_app(db, type(base)(**{**fields, **settings}))
    return TestClient(app, raise_server_exceptions=True)


@pytest.fixture(scope="module")
def reader(web_db: Path) -> Iterator[TestClient]:
    with client(web_db) as c:
        yield c


@pytest.fixture
def editor(fresh_db: Path) -> Iterator[TestClient]:
    token = verbs.new_api_token("ana", "tests", fresh_db)
    with client(fresh_db) as c:
        c.headers["Authorization"] = f"Bearer {token}"
        yield c


def first(c: TestClient, **params: Any) -> dict[str, Any]:
    body = c.get("/api/timeline", params=params).json()
    row: dict[str, Any] = body["items"][0]
    return row


def error(response: Any, status: int) -> str:
    assert response.status_code == status, response.text
    body = response.json()
    assert body["status"] == status and body["error"]
    message: str = body["error"]
    return message


def test_timeline_pages_filters_and_facets(reader: TestClient) -> None:
    body = reader.get("/api/timeline", params={"per_page": 5}).json()
    assert body["total"] > 5 and body["pages"] > 1 and len(body["items"]) == 5
    assert set(body["facets"]) == {"type", "language", "source", "reviewed"}
    assert sum(body["facets"]["type"].values()) == body["total"]
    when = [r["when"] for r in body["items"]]
    assert when == sorted(when)
    ru = reader.get("/api/timeline", params={"language": "ru"}).json()
    assert 0 < ru["total"] < body["total"]
    kinds = reader.get("/api/timeline", params=[("type", "court_ruling"), ("type", "detention")])
    assert {r["type"] for r in kinds.json()["items"]} <= {"court_ruling", "detention"}
    named = reader.get("/api/timeline", params={"entity": "Kubanychbek-uulu"}).json()
    assert 0 < named["total"] < body["total"]
    ranged = reader.get("/api/timeline", params={"since": "2023", "until": "2023-06"}).json()
    assert all("2023" <= r["when"][:7] <= "2023-06" for r in ranged["items"])
    assert reader.get("/api/timeline", params={"reviewed": "yes"}).json()["total"] == 0
    page2 = reader.get("/api/timeline", params={"per_page": 5, "page": 2}).json()
    assert page2["items"][0] != body["items"][0]


@pytest.mark.parametrize(
    ("params", "status"),
    [
        ({"since": "2023-13"}, 400),
        ({"until": "yesterday"}, 400),
        ({"page": 0}, 422),
        ({"page": 10**30}, 422),
        ({"page": 99_999}, 404),
        ({"per_page": 100_000}, 422),
        ({"reviewed": "maybe"}, 400),
        ({"all": "perhaps"}, 422),
    ],
)
def test_timeline_bad_input(reader: TestClient, params: dict[str, Any], status: int) -> None:
    error(reader.get("/api/timeline", params=params), status)
    page = reader.get("/timeline", params=params)
    assert page.status_code == status and "text/html" in page.headers["content-type"]


def test_an_unknown_entity_is_an_empty_timeline(reader: TestClient) -> None:
    body = reader.get("/api/timeline", params={"entity": "Nobody Anywhere"}).json()
    assert body["total"] == 0 and body["items"] == []
    assert "no entity named" in reader.get("/timeline?entity=Nobody+Anywhere").text


def test_happening_document_entity(reader: TestClient) -> None:
    row = first(reader)
    detail = reader.get(f"/api/happenings/{row['happening_id']}").json()
    assert detail["happening"]["happening_id"] == row["happening_id"]
    key = detail["reports"][0]["key"]
    assert detail["contexts"][key]["evidence"]
    assert reader.get(f"/api/happenings/{key}").json()["happening"] == detail["happening"]
    doc = reader.get(f"/api/documents/{row['document_id']}").json()
    assert doc["extraction"]["schema"].startswith("dossier.extraction/")
    assert doc["metadata"]["id"] == row["document_id"]
    case = reader.get("/api/entities/Kubanychbek-uulu").json()
    assert case["entity"]["type"] == "PERSON" and case["happenings"] and case["companions"]
    assert reader.get("/api/entities", params={"type": "PLACE"}).json()["total"] > 0


@pytest.mark.parametrize(
    "path",
    [
        "/api/happenings/nope", "/api/happenings/abc/def", "/api/documents/0000",
        "/api/entities/Nobody%20Anywhere", "/api/jobs/nope", "/happenings/nope",
        "/documents/0000", "/entities/Nobody", "/api/nowhere", "/nowhere",
    ],
)  # fmt: skip
def test_unknown_ids_are_404(reader: TestClient, path: str) -> None:
    response = reader.get(path)
    if path.startswith("/api/jobs"):
        assert response.status_code == 401  # jobs are for editors; anonymous is refused first
    elif path.startswith("/api/"):
        error(response, 404)
    else:
        assert response.status_code == 404


def test_lists_search_places_graph_reviews(reader: TestClient) -> None:
    assert reader.get("/api/sources").json()["total"] > 0
    assert reader.get("/api/sources/graph").json()[0]["claims"] >= 1
    assert reader.get("/api/copies").json()["total"] >= 1
    assert any(p["name"] == "Bishkek" for p in reader.get("/api/places").json())
    hits = reader.get("/api/search", params={"q": "Supreme Court"}).json()
    assert hits and hits[0]["marks"]
    assert reader.get("/api/search", params={"q": "суд"}).status_code == 200
    error(reader.get("/api/search", params={"q": ""}), 422)
    error(reader.get("/api/search", params={"q": " ".join(f"w{i}" for i in range(40))}), 400)
    error(reader.get("/api/sources", params={"page": 500}), 404)
    assert reader.get("/api/reviews").json()["total"] == 0
    error(reader.get("/api/history", params={"target": "thing", "key": "x"}), 422)
    assert reader.get("/api/me").json() == {"name": None, "role": None}
    assert "/api/timeline" in reader.get("/api/openapi.json").json()["paths"]


def test_writing_needs_an_editor(reader: TestClient, web_db: Path) -> None:
    row = first(reader)
    body = {"target": "happening", "key": row["happening_id"], "action": "reject"}
    error(reader.post("/api/reviews", json=body), 401)
    token = verbs.new_api_token("rex", "", web_db)
    forbidden = reader.post("/api/reviews", json=body, headers={"Authorization": f"Bearer {token}"})
    assert "reader" in error(forbidden, 403)
    bad = reader.post("/api/reviews", json=body, headers={"Authorization": "Bearer nope"})
    error(bad, 401)


def test_review_edit_undo_and_history(editor: TestClient) -> None:
    row = first(editor)
    key = row["happening_id"]
    made = editor.post(
        "/api/reviews",
        json={"target": "happening", "key": key, "action": "edit", "field": "date",
              "value": "2019-Q3", "reason": "the court file"},
    )  # fmt: skip
    assert made.status_code == 201, made.text
    assert made.json()["after"] == {"value": "2019-Q3", "precision": "quarter"}
    moved = first(editor)
    assert moved["happening_id"] == key and moved["when"] == "2019-Q3"
    assert moved["precision"] == "quarter" and moved["edited"] == ["date"]
    assert editor.get("/api/timeline", params={"reviewed": "yes"}).json()["total"] == 1
    rejected = editor.post(
        "/api/reviews", json={"target": "happening", "key": key, "action": "reject"}
    )
    assert rejected.status_code == 201
    assert all(r["happening_id"] != key for r in editor.get("/api/timeline").json()["items"])
    undo = editor.post("/api/reviews/undo", json={"review_id": rejected.json()["id"]})
    assert undo.status_code == 201 and undo.json()["after"] is None
    assert first(editor)["happening_id"] == key
    history = editor.get("/api/history", params={"target": "happening", "key": key}).json()
    assert [h["action"] for h in history] == ["edit", "reject", "undo"]
    assert [h["user"] for h in history] == ["ana"] * 3
    log = editor.get("/api/reviews").json()
    assert log["total"] == 3 and log["items"][0]["action"] == "undo"


@pytest.mark.parametrize(
    ("body", "status"),
    [
        ({"target": "happening", "key": "nope", "action": "reject"}, 404),
        ({"target": "happening", "key": "{key}", "action": "explode"}, 422),
        ({"target": "happening", "key": "{key}", "action": "edit", "field": "date",
          "value": "2023-02-30"}, 400),
        ({"target": "happening", "key": "{key}", "action": "edit", "field": "date",
          "value": "last spring"}, 400),
        ({"target": "happening", "key": "{key}", "action": "edit", "field": "type",
          "value": "picnic"}, 400),
        ({"target": "happening", "key": "{key}", "action": "edit"}, 400),
        ({"target": "entity", "key": "{key}", "action": "reject"}, 404),
        ({"target": "happening", "key": "{key}", "action": "note", "value": ""}, 400),
        ({"target": "happening", "key": "x" * 600, "action": "reject"}, 422),
        ({"key": "{key}"}, 422),
    ],
)  # fmt: skip
def test_bad_reviews(editor: TestClient, body: dict[str, Any], status: int) -> None:
    key = first(editor)["happening_id"]
    body = {k: v.replace("{key}", key) if isinstance(v, str) else v for k, v in body.items()}
    error(editor.post("/api/reviews", json=body), status)


def test_malformed_json_and_bodies(editor: TestClient) -> None:
    headers = {"Content-Type": "application/json"}
    error(editor.post("/api/reviews", content=b"{not json", headers=headers), 422)
    error(editor.post("/api/reviews", content=b"[]", headers=headers), 422)
    error(editor.post("/api/merge", content=b"\xff\xfe", headers=headers), 422)
    error(editor.post("/api/reviews/undo", json={"review_id": 10**40}), 422)
    error(editor.post("/api/reviews/undo", json={"review_id": 12345}), 404)
    error(editor.post("/api/ingest", json={"urls": ["file:///etc/passwd"]}), 400)
    error(editor.post("/api/ingest", json={"urls": []}), 422)


def test_merge_and_split_entities_happenings_copies(editor: TestClient, fresh_db: Path) -> None:
    merged = editor.post(
        "/api/merge", json={"a": "Kirill Kabanov", "b": "Yevgeny Prigozhin", "reason": "test"}
    )
    assert merged.status_code == 201, merged.text
    assert (
        verbs.entity("Kabanov", fresh_db).entity.id == verbs.entity("Prigozhin", fresh_db).entity.id
    )
    split = editor.post("/api/split", json={"a": "Kirill Kabanov", "b": "Yevgeny Prigozhin"})
    assert split.status_code == 201
    assert (
        verbs.entity("Kabanov", fresh_db).entity.id != verbs.entity("Prigozhin", fresh_db).entity.id
    )
    group = editor.get("/api/copies").json()["items"][0]
    a, b = group["documents"][0]["id"], group["documents"][1]["id"]
    assert editor.post("/api/split", json={"a": a, "b": b, "target": "copy"}).status_code == 201
    rows = editor.get("/api/timeline").json()["items"]
    both = editor.post(
        "/api/merge",
        json={"a": rows[0]["happening_id"], "b": rows[1]["happening_id"], "target": "happening"},
    )
    assert both.status_code == 201
    error(editor.post("/api/merge", json={"a": "Nobody", "b": "Kabanov"}), 404)
    error(editor.post("/api/merge", json={"a": "Kabanov", "b": "Kabanov"}), 400)
    error(editor.post("/api/merge", json={"a": "x", "b": "y", "target": "planet"}), 422)
    log = editor.get("/api/reviews", params={"per_page": 10}).json()["items"]
    assert [r["action"] for r in log] == ["merge", "split", "split", "merge"]


def test_signin_session_csrf_and_rate_limit(fresh_db: Path) -> None:
    with client(fresh_db, signin_attempts=3) as c:
        form = c.get("/signin")
        csrf = c.cookies["dossier_csrf"]
        assert csrf in form.text
        assert c.post("/signin", data={"name": "ana", "password": PASSWORD}).status_code == 422
        refused = c.post("/signin", data={"csrf": "forged", "name": "ana", "password": PASSWORD})
        assert refused.status_code == 403
        for _ in range(3):
            wrong = c.post("/signin", data={"csrf": csrf, "name": "ana", "password": "nope"})
            assert wrong.status_code == 401
        limited = c.post("/signin", data={"csrf": csrf, "name": "ana", "password": PASSWORD})
        assert limited.status_code == 429
    with client(fresh_db) as c:
        c.get("/signin")
        csrf = c.cookies["dossier_csrf"]
        ok = c.post(
            "/signin", data={"csrf": csrf, "name": "ana", "password": PASSWORD, "next": "//evil"},
            follow_redirects=False,
        )  # fmt: skip
        assert ok.status_code == 303 and ok.headers["location"] == "/timeline"
        assert "httponly" in ok.headers["set-cookie"].lower()
        assert c.get("/api/me").json() == {"name": "ana", "role": "editor"}
        key = first(c)["happening_id"]
        body = {"target": "happening", "key": key, "action": "accept"}
        error(c.post("/api/reviews", json=body), 403)  # a session needs the CSRF header
        assert c.post("/api/reviews", json=body, headers={"X-CSRF-Token": csrf}).status_code == 201
        form_post = c.post(
            "/review", data={**body, "csrf": csrf, "next": "/timeline"}, follow_redirects=False
        )
        assert form_post.status_code == 303


def test_reading_can_require_signing_in(fresh_db: Path) -> None:
    with client(fresh_db, read_access="signed-in") as c:
        error(c.get("/api/timeline"), 401)
        page = c.get("/timeline", follow_redirects=False)
        assert page.status_code == 303 and page.headers["location"].startswith("/signin")
        assert c.get("/signin").status_code == 200


def test_security_headers(reader: TestClient) -> None:
    response = reader.get("/timeline")
    csp = response.headers["content-security-policy"]
    assert "script-src 'self'" in csp and "unsafe-inline" not in csp
    assert response.headers["x-content-type-options"] == "nosniff"
    assert "<script>" not in response.text.replace('<script src="/static/app.js" defer>', "")


def test_ingest_job_refuses_private_addresses(editor: TestClient) -> None:
    started = editor.post("/api/ingest", json={"urls": ["http://127.0.0.1:9/article"]})
    assert started.status_code == 202
    job_url = started.json()["url"]
    for _ in range(200):
        job = editor.get(job_url).json()
        if job["status"] in ("done", "failed"):
            break
        import time

        time.sleep(0.05)
    assert job["status"] == "done" and job["stored"] == 0
    assert "private" in job["failures"][0][1] or "loopback" in job["failures"][0][1]


def test_the_api_is_documented_without_a_cdn_or_inline_script(reader: TestClient) -> None:
    response = reader.get("/api/docs")
    assert response.status_code == 200
    assert "script-src 'self'" in response.headers["content-security-policy"]
    assert "/api/timeline" in response.text
    assert "cdn" not in response.text.lower()
    assert "<script>" not in response.text  # only the app's own script file
    assert reader.get("/api/openapi.json").json()["paths"]
