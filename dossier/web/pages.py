"""The pages people read: each parses its query, calls one verb, renders one template."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Depends, Query, Request
from fastapi.responses import RedirectResponse, Response

from dossier import verbs
from dossier.store.accounts import User
from dossier.store.base import TimelineFilter
from dossier.store.review import EDITABLE, event_types
from dossier.store.web_queries import CitationEdge, TimelineQuery
from dossier.web import mapsvg, render
from dossier.web.auth import Web, WebError, csrf_token, editor, may_read, web
from dossier.web.params import Page, query_string, timeline_query

router = APIRouter(include_in_schema=False)
Reader = Annotated[User | None, Depends(may_read)]
Context = Annotated[Web, Depends(web)]


def show(request: Request, template: str, user: User | None, **context: Any) -> Response:
    context.update(user=user, csrf=csrf_token(request), path=request.url.path)
    response: Response = request.app.state.templates.TemplateResponse(request, template, context)
    return response


@router.get("/")
def home() -> Response:
    return RedirectResponse("/timeline", status_code=303)


@router.get("/timeline")
def timeline(
    request: Request,
    user: Reader,
    ctx: Context,
    q: Annotated[TimelineQuery, Depends(timeline_query)],
) -> Response:
    page = verbs.timeline_page(q, ctx.db)
    why = ""
    if page.total == 0:
        why = verbs.why_empty(TimelineFilter(entity=q.entity), ctx.db)
    axis = render.axis([r.row.when for r in page.rows])
    return show(
        request, "timeline.html", user, page=page, q=q, axis=axis, why=why,
        qs=lambda **c: query_string(q, **c), types=event_types(),
    )  # fmt: skip


@router.get("/happenings/{key:path}")
def happening(request: Request, key: str, user: Reader, ctx: Context) -> Response:
    view = verbs.happening_view(key, ctx.db)
    axis = render.axis([view.head.row.when])
    return show(
        request, "happening.html", user, view=view, axis=axis, editable=EDITABLE,
        types=event_types(), context=render.evidence_in_context,
    )  # fmt: skip


@router.get("/documents/{document_id}")
def document(request: Request, document_id: str, user: Reader, ctx: Context) -> Response:
    view = verbs.document_view(document_id, ctx.db)
    facts, spans = render.facts_and_spans(view.extraction, view.happenings, view.statuses)
    text = render.highlight(view.extraction.document.text, spans)
    return show(request, "document.html", user, view=view, facts=facts, text=text)


@router.get("/entities")
def entities(
    request: Request,
    user: Reader,
    ctx: Context,
    type: Annotated[str | None, Query()] = None,
) -> Response:
    kind = type.upper() if type else None
    rows = verbs.entities(ctx.db, kind, 300)
    return show(request, "entities.html", user, rows=rows, kind=kind)


@router.get("/entities/{name:path}")
def entity(request: Request, name: str, user: Reader, ctx: Context) -> Response:
    view = verbs.entity_view(name, ctx.db)
    return show(request, "entity.html", user, view=view)


@router.get("/sources")
def sources(request: Request, user: Reader, ctx: Context) -> Response:
    rows = verbs.sources(ctx.db)
    edges = verbs.citation_graph(ctx.db)
    return show(request, "sources.html", user, rows=rows, graph=_graph(edges))


def _graph(edges: list[CitationEdge]) -> dict[str, Any]:
    """A two-column drawing: citing outlets on the left, cited sources on the right."""
    shown = edges[:60]
    left = list(dict.fromkeys(e.citing for e in shown))
    right = list(dict.fromkeys(e.cited for e in shown))
    row = 22
    height = max(len(left), len(right), 1) * row + 20
    ly = {name: 20 + i * row * max(len(right), 1) / max(len(left), 1) for i, name in
          enumerate(left)}  # fmt: skip
    ry = {name: 20 + i * row for i, name in enumerate(right)}
    most = max((e.claims for e in shown), default=1)
    lines = [(ly[e.citing], ry[e.cited], round(1 + 4 * e.claims / most, 2), e) for e in shown]
    return {"left": ly, "right": ry, "lines": lines, "height": height, "edges": edges}


@router.get("/copies")
def copies(request: Request, user: Reader, ctx: Context) -> Response:
    return show(request, "copies.html", user, groups=verbs.copies(ctx.db))


@router.get("/map")
def map_page(request: Request, user: Reader, ctx: Context) -> Response:
    places = verbs.places(ctx.db)
    return show(request, "map.html", user, view=mapsvg.map_view(places), places=places)


@router.get("/search")
def search(
    request: Request,
    user: Reader,
    ctx: Context,
    q: Annotated[str, Query(max_length=1000)] = "",
) -> Response:
    hits = verbs.search(q, ctx.db, 50) if q.strip() else []
    marked = [(h, _marked(h.snippet, h.marks)) for h in hits]
    return show(request, "search.html", user, q=q, hits=marked)


def _marked(snippet: str, marks: tuple[tuple[int, int], ...]) -> list[tuple[str, bool]]:
    """The snippet as (text, matched) pieces, its brackets dropped around the matches."""
    pieces: list[tuple[str, bool]] = []
    at = 0
    for start, end in marks:
        pieces.append((snippet[at : max(at, start - 1)], False))
        pieces.append((snippet[start:end], True))
        at = end + 1
    pieces.append((snippet[at:], False))
    return [p for p in pieces if p[0]]


@router.get("/ingest")
def ingest_form(request: Request, user: Annotated[User, Depends(editor)]) -> Response:
    return show(request, "ingest.html", user)


@router.get("/jobs/{job_id}")
def job(request: Request, job_id: str, user: Annotated[User, Depends(editor)]) -> Response:
    found = request.app.state.jobs.get(job_id)
    if found is None:
        raise WebError(404, f"no ingest job {job_id!r} (jobs last until the server stops)")
    return show(request, "job.html", user, job=found)


@router.get("/audit")
def audit(request: Request, user: Reader, ctx: Context, page: Page = 1) -> Response:
    rows, total = verbs.audit_log(page, 50, ctx.db)
    pages = max(1, -(-total // 50))
    return show(request, "audit.html", user, rows=rows, total=total, page=page, pages=pages)


@router.get("/history")
def history(
    request: Request,
    user: Reader,
    ctx: Context,
    target: Annotated[str, Query(max_length=20)],
    key: Annotated[str, Query(max_length=500)],
) -> Response:
    rows = verbs.fact_history(target, key, ctx.db)
    return show(request, "history.html", user, rows=rows, target=target, key=key)


@router.get("/signin")
def signin_form(
    request: Request, next: Annotated[str, Query(max_length=500)] = "/timeline"
) -> Response:
    return show(request, "signin.html", None, next=_local(next), failed="")


def _local(target: str) -> str:
    """Only a path on this site is a place to go back to after signing in."""
    if target.startswith("/") and not target.startswith(("//", "/\\")):
        return target
    return "/timeline"


@router.get("/api/docs")
def api_docs(request: Request, user: Reader) -> Response:
    """The JSON API from its OpenAPI description, rendered here: FastAPI's own page loads its
    scripts from a CDN and needs an inline script, neither of which this app allows."""
    spec = request.app.openapi()
    operations = [
        {
            "method": method.upper(),
            "path": path,
            "summary": op.get("summary", ""),
            "description": op.get("description", ""),
            "parameters": [
                {
                    "name": p["name"],
                    "in": p["in"],
                    "required": p.get("required", False),
                    "type": p.get("schema", {}).get("type", ""),
                    "description": p.get("description", ""),
                }
                for p in op.get("parameters", [])
            ],
            "body": "requestBody" in op,
        }
        for path, methods in spec.get("paths", {}).items()
        for method, op in methods.items()
    ]
    return show(request, "api_docs.html", user, operations=operations, info=spec.get("info", {}))
