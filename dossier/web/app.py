"""The web workbench: :func:`create_app` builds the FastAPI application for one database.

Pages (:mod:`dossier.web.pages`, :mod:`dossier.web.actions`) and the JSON API
(:mod:`dossier.web.api`) are thin: they parse the request, call one function of
:mod:`dossier.verbs`, and render. Every answer carries a Content-Security-Policy that allows
no inline script and nothing from elsewhere; every error is a clear 4xx (JSON under
``/api/``, a page elsewhere), never a traceback.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import jinja2
from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, RedirectResponse, Response
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates
from starlette.exceptions import HTTPException as StarletteHTTPException

from dossier import __version__
from dossier.errors import DossierError, InputError, QueryError, StoreError
from dossier.settings import Settings, get_settings
from dossier.store.review import NotFound
from dossier.web import render
from dossier.web.auth import (
    CSRF_COOKIE,
    SignInLimit,
    Web,
    WebError,
    csrf_token,
    current_user,
    new_csrf,
)
from dossier.web.jobs import Jobs

HERE = Path(__file__).parent
CSP = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'"
)
HEADERS = {
    "Content-Security-Policy": CSP,
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "X-Frame-Options": "DENY",
}


def templates() -> Jinja2Templates:
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(HERE / "templates"),
        autoescape=True,  # every value is escaped unless it is Markup built by render.py
        undefined=jinja2.StrictUndefined,
    )
    env.filters.update(render.filters())
    env.tests["cyrillic"] = render.cyrillic
    env.globals.update(version=__version__)
    return Jinja2Templates(env=env)


def create_app(db: str | Path | None = None, settings: Settings | None = None) -> FastAPI:
    settings = settings or get_settings()
    path = str(db) if db is not None else settings.db
    app = FastAPI(
        title="Dossier",
        version=__version__,
        description="A sourced evidence base: happenings, documents, entities, sources.",
        docs_url=None,  # served by pages.api_docs: FastAPI's page needs a CDN and inline script
        redoc_url=None,
        openapi_url="/api/openapi.json",
    )
    app.state.web = Web(path, settings, SignInLimit(settings.signin_attempts))
    app.state.jobs = Jobs(path)
    app.state.templates = templates()
    app.mount("/static", StaticFiles(directory=HERE / "static"), name="static")

    @app.middleware("http")
    async def security(request: Request, call_next: Any) -> Response:
        given = request.cookies.get(CSRF_COOKIE, "")
        request.state.csrf = given if 20 <= len(given) <= 64 else new_csrf()
        response: Response = await call_next(request)
        for name, value in HEADERS.items():
            response.headers.setdefault(name, value)
        if given != request.state.csrf:
            response.set_cookie(
                CSRF_COOKIE, request.state.csrf, httponly=True, samesite="strict", path="/"
            )
        return response

    _errors(app)
    from dossier.web import actions, api, pages

    app.include_router(api.router)
    app.include_router(pages.router)
    app.include_router(actions.router)
    return app


def _errors(app: FastAPI) -> None:
    def answer(request: Request, status: int, message: str) -> Response:
        if request.url.path.startswith("/api/"):
            return JSONResponse({"error": message, "status": status}, status_code=status)
        try:
            user = current_user(request)
        except WebError:
            user = None
        page = request.app.state.templates.TemplateResponse(
            request,
            "error.html",
            {
                "status": status,
                "message": message,
                "user": user,
                "csrf": csrf_token(request),
                "path": request.url.path,
            },
            status_code=status,
        )
        return page  # type: ignore[no-any-return]

    @app.exception_handler(WebError)
    def web_error(request: Request, exc: WebError) -> Response:
        if exc.location and not request.url.path.startswith("/api/"):
            return RedirectResponse(exc.location, status_code=303)
        return answer(request, exc.status, exc.message)

    @app.exception_handler(NotFound)
    def not_found(request: Request, exc: NotFound) -> Response:
        return answer(request, 404, str(exc))

    @app.exception_handler(DossierError)
    def dossier_error(request: Request, exc: DossierError) -> Response:
        status = 503 if isinstance(exc, StoreError) else 400
        if isinstance(exc, InputError | QueryError):
            status = 400
        if "no entity" in str(exc) or "no happening" in str(exc) or "no document" in str(exc):
            status = 404
        return answer(request, status, str(exc))

    @app.exception_handler(RequestValidationError)
    def invalid(request: Request, exc: RequestValidationError) -> Response:
        problems = "; ".join(
            f"{'.'.join(str(p) for p in e.get('loc', ()) if p != 'body') or 'input'}: "
            f"{e.get('msg', 'invalid')}"
            for e in exc.errors()
        )
        return answer(request, 422, problems or "invalid input")

    @app.exception_handler(StarletteHTTPException)
    def http_error(request: Request, exc: StarletteHTTPException) -> Response:
        return answer(request, exc.status_code, str(exc.detail))

    @app.exception_handler(Exception)
    def unexpected(request: Request, exc: Exception) -> Response:
        # A bug still answers in the page's or the API's shape, without its traceback.
        return answer(request, 500, f"internal error ({type(exc).__name__})")
