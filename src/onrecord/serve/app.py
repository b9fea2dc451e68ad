"""The web reader and JSON API over a store: FastAPI, server-rendered pages, no CDN.

``create_app`` assembles the app from its routers (``pages``, ``api_routes``, ``positions``, ``events``). Each request
reads through a read-only connection of its own (``deps.Readers``), so pages keep working while an ingest
writes to the same store (SQLite WAL: readers never wait for the writer).
"""

from __future__ import annotations

import json
import logging
import sqlite3
from collections.abc import AsyncIterator, Callable, Mapping
from contextlib import asynccontextmanager
from importlib import resources
from pathlib import Path
from typing import Any
from urllib.parse import quote, unquote_plus

import anyio.to_thread
from fastapi import Depends, FastAPI, HTTPException, Request
from fastapi.exceptions import RequestValidationError
from fastapi.middleware.gzip import GZipMiddleware
from fastapi.openapi.docs import get_swagger_ui_html
from fastapi.responses import HTMLResponse, Response
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates
from markupsafe import Markup
from starlette.datastructures import Headers, MutableHeaders
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from onrecord._version import __version__
from onrecord.settings import Settings
from onrecord.store import prepare_to_serve
from onrecord.store.export import statement_anchor, statement_link

from . import api_routes, pages, render
from .admission import Admission
from .deps import Readers, StoreDep, known_parameters, page
from .pool import Analyser, AnalysisPool, analyse_json
from .positions import warm_positions
from .schemas import ErrorBody

log = logging.getLogger("onrecord.serve")
# Pages and JSON are gzipped for a client that asks (every browser): a 100,000-character briefing's reader page
# was 557 KB, 121 KB gzipped. Level 1 took 8 ms on that page, level 9 27 ms for 99 KB: most of the gain for
# a third of the time. Bodies under a kilobyte are sent as they are.
GZIP_LEVEL, GZIP_MIN_BYTES = 1, 1024
CSP = ("default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; object-src 'none'; "
       "base-uri 'none'; form-action 'self'; frame-ancestors 'none'")
# Swagger UI (served from the fastapi-offline wheel, not a CDN) starts itself with an inline script.
DOCS_CSP = CSP.replace("script-src 'self'", "script-src 'self' 'unsafe-inline'").replace(
    "style-src 'self'", "style-src 'self' 'unsafe-inline'")


# The one shape of every error the server answers (400, 404, 413, 422, 500, 503...):
#   {"detail": "one readable line", "errors": [{"type", "loc", "msg"}, ...]}
# ``detail`` is always a string (FastAPI's own 422 made it a list); ``errors`` lists each problem, with where
# it is (``["query", "offset"]``; empty when the request as a whole is at fault).
ERROR_TYPES = {400: "bad_request", 404: "not_found", 405: "method_not_allowed", 413: "too_large",
               500: "internal_error", 503: "unavailable"}


def error_response(status: int, detail: str, errors: list[dict[str, Any]] | None = None,
                   headers: Mapping[str, str] | None = None) -> Response:
    """An error in the one documented shape. ASCII JSON: a message may quote a lone surrogate from the
    request, which UTF-8 cannot encode."""
    errors = errors if errors is not None else [{"type": ERROR_TYPES.get(status, "error"), "loc": [], "msg": detail}]
    return Response(json.dumps({"detail": detail, "errors": errors}), status, headers=headers,
                    media_type="application/json")


class _Guard:
    """The outermost layer: the body cap, security headers, and a JSON 500 for anything unhandled.

    The cap is counted while the body streams in: a chunked body carries no Content-Length.
    """

    def __init__(self, app: ASGIApp, max_body: int) -> None:
        self.app, self.max_body = app, max_body

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        too_large = f"request body over {self.max_body:,} bytes"
        received, started = 0, False

        async def counted() -> Message:
            nonlocal received
            message = await receive()
            received += len(message.get("body", b""))
            if received > self.max_body:
                raise HTTPException(413, too_large)  # FastAPI's body reader passes HTTPException through
            return message

        async def headed(message: Message) -> None:
            nonlocal started
            if message["type"] == "http.response.start":
                started = True
                headers = MutableHeaders(scope=message)
                headers.setdefault("Content-Security-Policy", DOCS_CSP if scope["path"] == "/docs" else CSP)
                headers.setdefault("X-Content-Type-Options", "nosniff")
                headers.setdefault("Referrer-Policy", "no-referrer")
            await send(message)

        declared = Headers(scope=scope).get("content-length")
        if declared is not None and not (declared.isascii() and declared.isdigit() and len(declared) <= 18):
            await error_response(400, "bad Content-Length")(scope, receive, headed)
        elif declared is not None and int(declared) > self.max_body:
            await error_response(413, too_large)(scope, receive, headed)
        else:
            await self._guarded(scope, counted, headed, lambda: started)

    async def _guarded(self, scope: Scope, receive: Receive, send: Send, started: Callable[[], bool]) -> None:
        try:
            await self.app(scope, receive, send)
        except HTTPException as err:  # the cap, raised where no exception handler sees it (a static file...)
            if started():
                raise
            await error_response(err.status_code, str(err.detail), headers=err.headers)(scope, receive, send)
        except Exception:
            log.exception("unhandled error on %s %s", scope.get("method"), scope.get("path"))
            if started():  # too late for a status; the client sees the connection close mid-body
                raise
            await error_response(500, "internal server error (logged on the server)")(scope, receive, send)


class _HeadAsGet:
    """HEAD answered as GET without the body (RFC 9110: a server that answers GET answers HEAD). Every page and
    API route answered HEAD with 405 ``Allow: GET``, so ``curl -I``, link checkers and uptime monitors saw a
    working server as broken (serve14). The status and headers are the GET's; once they are sent the answer
    is cut, so a HEAD on the CSV download does not read the whole selection to throw it away."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["method"] != "HEAD":
            await self.app(scope, receive, send)
            return
        done = False

        async def headers_only(message: Message) -> None:
            nonlocal done
            if done:
                raise _HeadSent
            if message["type"] == "http.response.body":
                message = {"type": "http.response.body", "body": b"", "more_body": False}
                done = True
            await send(message)

        try:
            await self.app(dict(scope, method="GET"), receive, headers_only)
        except Exception:
            if not done:
                raise  # a failure before the answer: the guard's 500


class _HeadSent(OSError):
    """Raised at a HEAD's second body message: the headers went, the rest is not wanted (a streaming answer
    stops at an OSError from ``send``, as at a client gone)."""


class _BlankFields:
    """A page's query string without its empty fields: a form sends every field, the ones left empty as
    ``since=``, and a typed filter (a date, ``hedged``) read an empty value as a bad one. Submitting the search
    form with its dates left empty answered "cannot be shown" (422), as did the timeline's form. The API is
    left strict: a script that sends ``since=`` hears about it."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        raw = scope.get("query_string", b"") if scope["type"] == "http" else b""
        if raw and not scope["path"].startswith("/api/"):
            kept = [pair for pair in raw.split(b"&") if not _blank(pair.partition(b"=")[2])]
            scope = dict(scope, query_string=b"&".join(kept))
        await self.app(scope, receive, send)


def _blank(value: bytes) -> bool:
    """Whether a query value (as sent: percent- or plus-encoded) is empty or spaces only."""
    return not unquote_plus(value.decode("latin-1")).strip()


def _wants_page(request: Request) -> bool:
    """A browser on a page's URL: an error is shown as a page. A very long search (over 500 characters)
    or ``page=0`` typed in the address bar answered raw JSON; the API and scripts still get the JSON shape."""
    path = request.url.path
    return (not path.startswith(("/api/", "/static/", "/assets/")) and path != "/openapi.json"
            and "text/html" in request.headers.get("accept", ""))


async def _validation_error(request: Request, exc: Exception) -> Response:
    """422 with where and what, without echoing the input (it may be 200,000 characters, or not Unicode)."""
    assert isinstance(exc, RequestValidationError)
    errors = [{"type": str(e.get("type")), "loc": list(e.get("loc", ())), "msg": str(e.get("msg"))}
              for e in exc.errors()]
    detail = "; ".join(_said(e) for e in errors)
    if _wants_page(request):
        return page(request, "error.html", 422, message=f"This page cannot be shown with these parameters: {detail}.")
    return error_response(422, detail, errors)


def _said(error: dict[str, Any]) -> str:
    """One problem as a line: the parameter it is about, then what is wrong ("offset: ...")."""
    if error["type"] == "json_invalid":  # its loc is the character where the JSON broke: "0: JSON decode error"
        at = error["loc"][1] if len(error["loc"]) > 1 else 0
        return f"the request body is not valid JSON (it breaks at character {at})"
    where = ".".join(str(part) for part in error["loc"][1:])
    return error["msg"] if not where or where in error["msg"] else f"{where}: {error['msg']}"


async def _http_error(request: Request, exc: Exception) -> Response:
    """An HTTPException (a 400 from a filter, a 404, a 503 with Retry-After) in the one error shape."""
    assert isinstance(exc, StarletteHTTPException)
    if exc.status_code == 404 and _wants_page(request):  # a mistyped address
        return page(request, "error.html", 404, message=f"No page at {request.url.path}.")
    return error_response(exc.status_code, str(exc.detail), headers=exc.headers)


def create_app(db: str | Path, settings: Settings | None = None, analyse: Analyser = analyse_json) -> FastAPI:
    """The app for the store at ``db`` (created empty if missing, so "Try it" works on a fresh machine).

    ``analyse`` is what the worker processes run for "Try it" and ``POST /api/extract``.
    """
    db = Path(db)
    settings = settings or Settings.from_env()
    prepare_to_serve(db)  # creates and migrates (not on a read-only medium); afterwards every request reads only
    pool = AnalysisPool(settings, analyse)

    readers = Readers(db)

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        # The threads that run sync routes (the pages' and the API's queries): anyio's limiter, made a setting.
        anyio.to_thread.current_default_thread_limiter().total_tokens = settings.serve_threads
        pool.start()  # the workers load the model while the server starts
        if settings.positions_warm:  # the landing of /positions computed before its first visitor asks
            warm_positions(db, settings)
        yield
        pool.close()
        readers.close()

    # Every route documents the one error shape: FastAPI would describe its own 422 (a list in ``detail``),
    # which the handlers no longer send.
    errors: dict[int | str, dict[str, Any]] = {
        400: {"model": ErrorBody, "description": "a filter that cannot be applied"},
        422: {"model": ErrorBody, "description": "a bad or unknown parameter"}}
    app = FastAPI(title="onrecord", version=__version__, docs_url=None, redoc_url=None, lifespan=lifespan,
                  dependencies=[Depends(known_parameters)], responses=errors,
                  description="Who said what, how firmly, and when: statements, actors and articles in a store.")
    app.add_middleware(_HeadAsGet)  # routing sees a GET; the guard below still counts the body
    app.add_middleware(_BlankFields)  # innermost: routing and validation see a form's fields without the empty ones
    app.add_middleware(Admission, settings=settings)  # inside the guard: its 503 gets the security headers
    app.add_middleware(_Guard, max_body=settings.serve_max_body_bytes)
    app.add_middleware(GZipMiddleware, minimum_size=GZIP_MIN_BYTES, compresslevel=GZIP_LEVEL)  # outside the guard
    app.add_exception_handler(RequestValidationError, _validation_error)
    app.add_exception_handler(StarletteHTTPException, _http_error)
    app.add_exception_handler(sqlite3.OperationalError, _sqlite_error)
    app.add_exception_handler(sqlite3.DatabaseError, _sqlite_error)  # a damaged file: CORRUPT, NOTADB
    here = resources.files("onrecord.serve")
    templates = Jinja2Templates(directory=str(here / "templates"))
    templates.env.auto_reload = False  # package files: not checked for changes (a stat per template per page)
    templates.env.globals["safe_url"] = render.safe_url
    part_chars = settings.serve_reader_part_chars

    def reader_statement_link(row: dict[str, Any]) -> str:  # a hit deep in a long article opens its own part
        start = (row.get("content") or {}).get("start") or 0
        return render.reader_link(statement_link(row), statement_anchor(row), int(start), part_chars)

    templates.env.globals["statement_link"] = reader_statement_link
    templates.env.globals["event_link"] = lambda article, start: render.reader_link(
        f"/articles/{quote(str(article), safe='')}#ev-{int(start)}", f"ev-{int(start)}", int(start), part_chars)
    templates.env.globals["found_words"] = render.found_words
    # The parts that are there, joined by spaces: Jinja's `select` filter cost about 0.1 ms a call (a search
    # page made 50 of them, the most time spent in any one function on that page).
    templates.env.globals["joined"] = lambda *parts: " ".join(str(p) for p in parts if p)
    templates.env.filters["counted"] = render.counted
    templates.env.filters["visible_bidi"] = lambda text: Markup(render.escape_visible(str(text or "")))
    app.mount("/static", StaticFiles(directory=str(here / "static")), name="static")
    _mount_swagger(app)

    app.state.db, app.state.settings, app.state.pool, app.state.templates = db, settings, pool, templates
    app.state.readers = readers
    app.include_router(pages.router)
    app.include_router(api_routes.router)

    from .events import add_routes as add_event_routes
    from .positions import add_routes as add_position_routes

    add_position_routes(app, StoreDep, page)
    add_event_routes(app, StoreDep, page)
    return app


async def _sqlite_error(request: Request, exc: Exception) -> Response:
    """A query stopped at its budget, or a store damaged on disk, is a 503 that says so; any other database error
    is a logged 500."""
    if isinstance(exc, sqlite3.OperationalError) and str(exc) == "interrupted":
        budget = request.app.state.settings.serve_query_timeout_s
        return error_response(503, f"the query did not finish within its {budget:g} s budget and was stopped")
    if getattr(exc, "sqlite_errorcode", None) in (sqlite3.SQLITE_CORRUPT, sqlite3.SQLITE_NOTADB):
        # A store damaged on disk (a copy cut short, a disk error, a file written over in place) was a 500 "internal
        # server error" on every page that reached the damage, as if onrecord had a bug (redteam16).
        log.error("the store is damaged: %s on %s %s", exc, request.method, request.url.path)
        db = request.app.state.readers.db
        return error_response(503, f"the store at {db} is damaged ({exc}): `sqlite3 {db} 'PRAGMA integrity_check'` "
                                   "says where; restore it from a copy, or build it again with `onrecord ingest`")
    log.error("database error on %s %s", request.method, request.url.path, exc_info=exc)
    return error_response(500, "internal server error (logged on the server)")


def _mount_swagger(app: FastAPI) -> None:
    """Swagger UI 5 (it reads the OpenAPI 3.1 that FastAPI writes; 3.x could not), from the files the
    fastapi-offline wheel ships: no CDN."""
    static = resources.files("fastapi_offline").joinpath("static")
    app.mount("/assets/swagger", StaticFiles(directory=str(static)), name="swagger")

    @app.get("/docs", include_in_schema=False)
    def docs() -> HTMLResponse:
        return get_swagger_ui_html(openapi_url="/openapi.json", title="onrecord API",
                                   swagger_js_url="/assets/swagger/swagger-ui-bundle.js",
                                   swagger_css_url="/assets/swagger/swagger-ui.css",
                                   swagger_favicon_url="/assets/swagger/favicon.png")
