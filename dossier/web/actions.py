"""The forms that change something: sign in and out, review, merge and split, ingest.

Each checks the CSRF token, who is asking, then calls one verb and sends the browser back
to the page it came from (303), so a reload never repeats a change.
"""

from __future__ import annotations

from typing import Annotated, Literal

from fastapi import APIRouter, Depends, File, Form, Request, UploadFile
from fastapi.responses import RedirectResponse, Response

from dossier import verbs
from dossier.errors import InputError
from dossier.store.accounts import User
from dossier.web.auth import (
    SESSION_COOKIE,
    Web,
    WebError,
    check_csrf,
    editor,
    web,
)
from dossier.web.jobs import Jobs, upload_name
from dossier.web.pages import _local, show

router = APIRouter(include_in_schema=False)
Editor = Annotated[User, Depends(editor)]
Context = Annotated[Web, Depends(web)]
Csrf = Annotated[str, Form(max_length=100)]
Text = Annotated[str, Form(max_length=10_000)]
Back = Annotated[str, Form(max_length=500)]


def back(target: str) -> Response:
    return RedirectResponse(_local(target), status_code=303)


@router.post("/signin")
def signin(
    request: Request,
    ctx: Context,
    csrf: Csrf,
    name: Annotated[str, Form(max_length=64)],
    password: Annotated[str, Form(max_length=1000)],
    next: Back = "/timeline",
) -> Response:
    check_csrf(request, csrf)
    address = request.client.host if request.client else "unknown"
    keys = (f"address:{address}", f"name:{name}")
    ctx.limit.check(*keys)
    found = verbs.sign_in(name, password, ctx.settings.session_hours, ctx.db)
    if found is None:
        ctx.limit.failed(*keys)
        response = show(request, "signin.html", None, next=_local(next), failed=name)
        response.status_code = 401
        return response
    response = back(next)
    response.set_cookie(
        SESSION_COOKIE, found[1], httponly=True, samesite="strict", path="/",
        max_age=ctx.settings.session_hours * 3600,
    )  # fmt: skip
    return response


@router.post("/signout")
def signout(request: Request, ctx: Context, csrf: Csrf) -> Response:
    check_csrf(request, csrf)
    if token := request.cookies.get(SESSION_COOKIE):
        verbs.sign_out(token, ctx.db)
    response = back("/timeline")
    response.delete_cookie(SESSION_COOKIE, path="/")
    return response


@router.post("/review")
def review(
    request: Request,
    user: Editor,
    ctx: Context,
    csrf: Csrf,
    target: Annotated[str, Form(max_length=20)],
    key: Annotated[str, Form(max_length=500)],
    action: Annotated[str, Form(max_length=20)],
    field: Annotated[str | None, Form(max_length=20)] = None,
    value: Text = "",
    reason: Text = "",
    next: Back = "/timeline",
) -> Response:
    check_csrf(request, csrf)
    verbs.review_fact(user.name, target, key, action, value, field or None, reason, ctx.db)
    return back(next)


@router.post("/undo")
def undo(
    request: Request,
    user: Editor,
    ctx: Context,
    csrf: Csrf,
    review_id: Annotated[int, Form(ge=1, le=2**62)],
    reason: Text = "",
    next: Back = "/audit",
) -> Response:
    check_csrf(request, csrf)
    verbs.undo_review(user.name, review_id, reason, ctx.db)
    return back(next)


@router.post("/judge")
def judge(
    request: Request,
    user: Editor,
    ctx: Context,
    csrf: Csrf,
    kind: Annotated[Literal["merge", "split"], Form()],
    a: Annotated[str, Form(max_length=500)],
    b: Annotated[str, Form(max_length=500)],
    target: Annotated[Literal["entity", "happening", "copy"], Form()] = "entity",
    reason: Text = "",
    next: Back = "/timeline",
) -> Response:
    check_csrf(request, csrf)
    verbs.judge(user.name, kind, a.strip(), b.strip(), target, reason, ctx.db)
    return back(next)


@router.post("/ingest")
async def ingest(
    request: Request,
    user: Editor,
    csrf: Csrf,
    files: Annotated[list[UploadFile] | None, File()] = None,
    urls: Text = "",
) -> Response:
    check_csrf(request, csrf)
    jobs: Jobs = request.app.state.jobs
    limit = web(request).settings.max_bytes
    inputs = [u.strip() for u in urls.splitlines() if u.strip()]
    for url in inputs:
        if not url.lower().startswith(("http://", "https://")):
            raise InputError(f"{url[:100]!r}: paste http(s) addresses of articles or feeds")
    folder = None
    uploads = [f for f in files or [] if f.filename]
    if uploads:
        folder = jobs.upload_folder()
        for i, upload in enumerate(uploads):
            path = folder / upload_name(upload.filename, i)
            data = await upload.read(limit + 1)
            if len(data) > limit:
                raise WebError(413, f"{upload.filename}: larger than {limit} bytes")
            path.write_bytes(data)
            inputs.append(str(path))
    job = jobs.start(user.name, inputs, folder)
    return RedirectResponse(f"/jobs/{job.id}", status_code=303)
