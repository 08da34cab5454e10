"""The JSON API under ``/api/``: the verbs of :mod:`dossier.verbs`, paginated, with the
timeline's filters; documented at ``/api/docs`` (OpenAPI at ``/api/openapi.json``).

Every error is ``{"error": "...", "status": N}`` with a 4xx status.
"""

from __future__ import annotations

from dataclasses import asdict
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Depends, Query, Request
from pydantic import BaseModel, Field

from dossier import verbs
from dossier.contract import to_contract
from dossier.store.accounts import User
from dossier.store.review import Review
from dossier.store.web_queries import TimelineQuery
from dossier.web.auth import Web, WebError, check_csrf, editor, may_read, web
from dossier.web.params import Page, PerPage, timeline_query

router = APIRouter(prefix="/api", tags=["dossier"])
Reader = Annotated[User | None, Depends(may_read)]
Editor = Annotated[User, Depends(editor)]
Context = Annotated[Web, Depends(web)]
Key = Annotated[str, Field(min_length=1, max_length=500)]
Reason = Annotated[str, Field(max_length=2000)]


def _page(items: list[Any], page: int, per_page: int, what: str) -> dict[str, Any]:
    pages = max(1, -(-len(items) // per_page))
    if page > pages:
        raise WebError(404, f"page {page} is past the last page of {what} ({pages})")
    start = (page - 1) * per_page
    return {
        "items": [asdict(i) for i in items[start : start + per_page]],
        "total": len(items), "page": page, "pages": pages, "per_page": per_page,
    }  # fmt: skip


@router.get("/timeline", summary="Happenings in date order, filtered, with facet counts")
def timeline(
    _: Reader, ctx: Context, q: Annotated[TimelineQuery, Depends(timeline_query)]
) -> dict[str, Any]:
    page = verbs.timeline_page(q, ctx.db)
    return {
        "items": [
            {**asdict(r.row), "status": r.status, "edited": list(r.edited), "reviewed": r.reviewed}
            for r in page.rows
        ],
        "total": page.total, "page": page.page, "pages": page.pages, "per_page": page.per_page,
        # capped: counting stopped at "total", the view holds more (and "pages" more pages);
        # the facets count those "total" happenings, the first in date order
        "capped": page.capped, "has_next": page.has_next,
        "facets": {k: dict(v) for k, v in page.facets.items()},
    }  # fmt: skip


@router.get("/happenings/{key:path}", summary="One happening: its reports, evidence, reviews")
def happening(key: str, _: Reader, ctx: Context) -> dict[str, Any]:
    view = verbs.happening_view(key, ctx.db)
    return {
        **asdict(view.detail),
        "review": {"status": view.head.status, "edited": list(view.head.edited),
                   "reviewed": view.head.reviewed, "hidden": view.hidden,
                   "values": asdict(view.head.row)},
        "contexts": {k: asdict(c) for k, c in view.contexts.items()},
        "history": [asdict(r) for r in view.history],
    }  # fmt: skip


@router.get("/documents/{document_id}", summary="One document: metadata, extraction, copies")
def document(document_id: str, _: Reader, ctx: Context) -> dict[str, Any]:
    view = verbs.document_view(document_id, ctx.db)
    return {
        "metadata": view.meta,
        "extraction": to_contract(view.extraction),
        "origins": [{"origin": o, "url": u, "seen_at": s} for o, u, s in view.origins],
        "copies": [{"id": i, "title": t, "published": p} for i, t, p in view.copies],
        "happenings": view.happenings,
        "reviews": view.statuses,
    }


@router.get("/entities", summary="Entities across documents, most documents first")
def entities(
    _: Reader,
    ctx: Context,
    type: Annotated[Literal["PERSON", "ORG", "PLACE", "OUTLET", "GROUP"] | None, Query()] = None,
    page: Page = 1,
    per_page: PerPage = 50,
) -> dict[str, Any]:
    return _page(verbs.entities(ctx.db, type), page, per_page, "entities")


@router.get("/entities/{name:path}", summary="An entity's case file")
def entity(name: str, _: Reader, ctx: Context) -> dict[str, Any]:
    view = verbs.entity_view(name, ctx.db)
    return {
        **asdict(view.case),
        "happenings": [
            {**asdict(r.row), "status": r.status, "reviewed": r.reviewed} for r in view.happenings
        ],
        "companions": [asdict(c) for c in view.companions],
        "history": [asdict(r) for r in view.history],
    }


@router.get("/sources", summary="Sources with their claims, dates and citing documents")
def sources(_: Reader, ctx: Context, page: Page = 1, per_page: PerPage = 50) -> dict[str, Any]:
    return _page(verbs.sources(ctx.db), page, per_page, "sources")


@router.get("/sources/graph", summary="Which outlet cites which source, with claim counts")
def graph(_: Reader, ctx: Context) -> list[dict[str, Any]]:
    return [asdict(e) for e in verbs.citation_graph(ctx.db)]


@router.get("/copies", summary="Copy groups: documents that carry one report")
def copies(_: Reader, ctx: Context, page: Page = 1, per_page: PerPage = 50) -> dict[str, Any]:
    return _page(verbs.copies(ctx.db), page, per_page, "copy groups")


@router.get("/places", summary="Places with coordinates and their happenings (the map)")
def places(_: Reader, ctx: Context) -> list[dict[str, Any]]:
    return [asdict(p) for p in verbs.places(ctx.db)]


@router.get("/search", summary="Full-text search; matches are spans of each snippet")
def search(
    _: Reader,
    ctx: Context,
    q: Annotated[str, Query(min_length=1, max_length=1000)],
    limit: Annotated[int, Query(ge=1, le=200)] = 20,
) -> list[dict[str, Any]]:
    return [asdict(h) for h in verbs.search(q, ctx.db, limit)]


@router.get("/reviews", summary="The audit log: every review, newest first")
def reviews(_: Reader, ctx: Context, page: Page = 1, per_page: PerPage = 50) -> dict[str, Any]:
    rows, total = verbs.audit_log(page, per_page, ctx.db)
    return {
        "items": [asdict(r) for r in rows], "total": total, "page": page,
        "pages": max(1, -(-total // per_page)), "per_page": per_page,
    }  # fmt: skip


@router.get("/history", summary="Every review of one fact")
def history(
    _: Reader,
    ctx: Context,
    target: Annotated[Literal["happening", "event", "entity", "copy"], Query()],
    key: Annotated[str, Query(min_length=1, max_length=500)],
) -> list[dict[str, Any]]:
    return [asdict(r) for r in verbs.fact_history(target, key, ctx.db)]


class ReviewIn(BaseModel):
    target: Literal["happening", "event", "entity", "copy"]
    key: Key
    action: Literal["accept", "reject", "reopen", "edit", "note"]
    field: Literal["type", "date", "place", "actors", "targets"] | None = None
    value: str | list[Annotated[str, Field(max_length=2000)]] | None = Field(
        default=None, description="The new value (edit) or the note's text"
    )
    reason: Reason = ""


@router.post("/reviews", status_code=201, summary="Accept, reject, reopen, edit or annotate")
def add_review(body: ReviewIn, request: Request, user: Editor, ctx: Context) -> dict[str, Any]:
    check_csrf(request, None)
    found: Review = verbs.review_fact(
        user.name, body.target, body.key, body.action, body.value, body.field, body.reason,
        ctx.db,
    )  # fmt: skip
    return asdict(found)


class UndoIn(BaseModel):
    review_id: Annotated[int, Field(ge=1, le=2**62)]
    reason: Reason = ""


@router.post("/reviews/undo", status_code=201, summary="Undo a review (a new review)")
def undo(body: UndoIn, request: Request, user: Editor, ctx: Context) -> dict[str, Any]:
    check_csrf(request, None)
    return asdict(verbs.undo_review(user.name, body.review_id, body.reason, ctx.db))


class JudgeIn(BaseModel):
    a: Key
    b: Key
    target: Literal["entity", "happening", "copy"] = "entity"
    reason: Reason = ""


@router.post("/merge", status_code=201, summary="Two entities, happenings or copies are one")
def merge(body: JudgeIn, request: Request, user: Editor, ctx: Context) -> dict[str, Any]:
    check_csrf(request, None)
    return asdict(verbs.judge(user.name, "merge", body.a, body.b, body.target, body.reason, ctx.db))


@router.post("/split", status_code=201, summary="Two entities, happenings or copies differ")
def split(body: JudgeIn, request: Request, user: Editor, ctx: Context) -> dict[str, Any]:
    check_csrf(request, None)
    return asdict(verbs.judge(user.name, "split", body.a, body.b, body.target, body.reason, ctx.db))


class IngestIn(BaseModel):
    urls: Annotated[
        list[Annotated[str, Field(max_length=2000)]], Field(min_length=1, max_length=200)
    ]


@router.post("/ingest", status_code=202, summary="Ingest article or feed addresses (a job)")
def ingest(body: IngestIn, request: Request, user: Editor) -> dict[str, Any]:
    check_csrf(request, None)
    for url in body.urls:
        if not url.lower().startswith(("http://", "https://")):
            raise WebError(400, f"{url[:100]!r} is not an http(s) address")
    job = request.app.state.jobs.start(user.name, list(body.urls), None)
    return {"job": job.id, "status": job.status, "url": f"/api/jobs/{job.id}"}


@router.get("/jobs/{job_id}", summary="An ingest job's progress")
def job(job_id: str, request: Request, user: Editor) -> dict[str, Any]:
    found = request.app.state.jobs.get(job_id)
    if found is None:
        raise WebError(404, f"no ingest job {job_id!r}")
    return asdict(found)


@router.get("/me", summary="Who this session or token belongs to")
def me(user: Reader) -> dict[str, Any]:
    return {"name": user.name, "role": user.role} if user else {"name": None, "role": None}
