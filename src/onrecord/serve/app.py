"""The web reader and JSON API over a store: FastAPI, server-rendered pages, no CDN.

Each request opens its own read-only connection, so pages keep working while an
ingest writes to the same store (SQLite WAL: readers never wait for the writer).
"""

from __future__ import annotations

import calendar
import csv
import io
import json
import logging
import sqlite3
import time
from collections.abc import AsyncIterator, Callable, Iterator
from contextlib import asynccontextmanager, contextmanager
from dataclasses import replace
from datetime import date
from importlib import resources
from pathlib import Path
from typing import Annotated, Any, Literal
from urllib.parse import quote, urlencode

from fastapi import Depends, FastAPI, Form, HTTPException, Query, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.exceptions import RequestValidationError
from fastapi.openapi.docs import get_swagger_ui_html
from fastapi.responses import HTMLResponse, JSONResponse, Response, StreamingResponse
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates
from markupsafe import Markup
from pydantic import BaseModel, Field, field_validator
from starlette.datastructures import Headers, MutableHeaders
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from onrecord._version import __version__
from onrecord.settings import Settings
from onrecord.store import Store, StoreError
from onrecord.store import queries as q
from onrecord.store.export import FLAT_COLUMNS, flatten

from . import render
from .pool import Analyser, AnalysisPool, PoolUnavailable, analyse_json

log = logging.getLogger("onrecord.serve")
PAGE_SIZE = 50
ACTOR_PAGE_STATEMENTS = 300  # the newest; the rest through search and its CSV
CSP = ("default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; object-src 'none'; "
       "base-uri 'none'; form-action 'self'; frame-ancestors 'none'")
# Swagger UI (served from the fastapi-offline wheel, not a CDN) starts itself with an inline script.
DOCS_CSP = CSP.replace("script-src 'self'", "script-src 'self' 'unsafe-inline'").replace(
    "style-src 'self'", "style-src 'self' 'unsafe-inline'")


def unicode_problem(text: str) -> str | None:
    """Why ``text`` is not Unicode text (a JSON "\\ud800" escape gives an unpaired surrogate), or None."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError as err:
        return f"unpaired surrogate U+{ord(text[err.start]):04X} at character {err.start}: not Unicode text"
    return None


class ExtractRequest(BaseModel):
    text: str = Field(description="the article text (not stored), up to 200,000 characters by default "
                                  "(Settings.serve_max_text_chars)")
    id: str | None = None
    published: date | None = None

    @field_validator("text", "id")
    @classmethod
    def _unicode(cls, value: str | None) -> str | None:
        if value is not None and (problem := unicode_problem(value)):
            raise ValueError(problem)
        return value


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
            await JSONResponse({"detail": "bad Content-Length"}, 400)(scope, receive, headed)
        elif declared is not None and int(declared) > self.max_body:
            await JSONResponse({"detail": too_large}, 413)(scope, receive, headed)
        else:
            await self._guarded(scope, counted, headed, lambda: started)

    async def _guarded(self, scope: Scope, receive: Receive, send: Send, started: Callable[[], bool]) -> None:
        try:
            await self.app(scope, receive, send)
        except HTTPException as err:  # the cap, raised where no exception handler sees it (a static file...)
            if started():
                raise
            await JSONResponse({"detail": err.detail}, err.status_code)(scope, receive, send)
        except Exception:
            log.exception("unhandled error on %s %s", scope.get("method"), scope.get("path"))
            if started():  # too late for a status; the client sees the connection close mid-body
                raise
            await JSONResponse({"detail": "internal server error (logged on the server)"}, 500)(
                scope, receive, send)


async def _validation_error(request: Request, exc: Exception) -> Response:
    """422 with where and what, without echoing the input (it may be 200,000 characters, or not Unicode)."""
    assert isinstance(exc, RequestValidationError)
    detail = [{"type": e.get("type"), "loc": list(e.get("loc", ())), "msg": str(e.get("msg"))} for e in exc.errors()]
    return Response(json.dumps({"detail": detail}), status_code=422, media_type="application/json")


def create_app(db: str | Path, settings: Settings | None = None, analyse: Analyser = analyse_json) -> FastAPI:
    """The app for the store at ``db`` (created empty if missing, so "Try it" works on a fresh machine).

    ``analyse`` is what the worker processes run for "Try it" and ``POST /api/extract``.
    """
    db = Path(db)
    settings = settings or Settings.from_env()
    Store(db).close()  # creates and migrates; afterwards every request reads only
    pool = AnalysisPool(settings, analyse)

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        pool.start()  # the workers load the model while the server starts
        yield
        pool.close()

    app = FastAPI(title="onrecord", version=__version__, docs_url=None, redoc_url=None, lifespan=lifespan,
                  description="Who said what, how firmly, and when: statements, actors and articles in a store.")
    app.add_middleware(_Guard, max_body=settings.serve_max_body_bytes)
    app.add_exception_handler(RequestValidationError, _validation_error)
    app.add_exception_handler(sqlite3.OperationalError, _sqlite_error)
    limit = settings.serve_max_text_chars
    here = resources.files("onrecord.serve")
    templates = Jinja2Templates(directory=str(here / "templates"))
    templates.env.globals["safe_url"] = render.safe_url
    templates.env.globals["statement_link"] = statement_link
    templates.env.filters["visible_bidi"] = lambda text: Markup(render.escape_visible(str(text or "")))
    app.mount("/static", StaticFiles(directory=str(here / "static")), name="static")
    _mount_swagger(app)

    app.state.db, app.state.settings, app.state.pool = db, settings, pool

    def page(request: Request, name: str, status: int = 200, **context: Any) -> HTMLResponse:
        return templates.TemplateResponse(request, name, context, status_code=status)

    # -- pages ---------------------------------------------------------------------------------------

    @app.get("/", response_class=HTMLResponse, include_in_schema=False)
    def home(request: Request, store: StoreDep) -> HTMLResponse:
        top = q.actors(store, limit=12, min_statements=1)
        return page(request, "home.html", articles=q.articles(store, limit=20), actors=top,
                    overview=q.overview(store))

    @app.get("/articles/{key}", response_class=HTMLResponse, include_in_schema=False)
    def article_page(request: Request, key: str, store: StoreDep) -> HTMLResponse:
        data = q.article(store, key)
        if data is None:
            return page(request, "error.html", 404, message=f"No article {key!r} in this store.")
        return _reader(request, data, stored=True)

    def _reader(request: Request, data: dict[str, Any], *, stored: bool) -> HTMLResponse:
        legend = render.speakers(data["statements"])
        details = [_detail(s, n, legend) for n, s in enumerate(data["statements"])]
        return page(request, "article.html", article=data, legend=list(legend.values()), stored=stored,
                    body=render.highlight(data["text"], data["statements"], legend),
                    details_json=Markup(json.dumps(details).replace("<", "\\u003c").replace("&", "\\u0026")))

    @app.get("/actors/{key}", response_class=HTMLResponse, include_in_schema=False)
    def actor_page(request: Request, key: str, store: StoreDep,
                   act: Annotated[str | None, Query()] = None) -> HTMLResponse:
        info = q.actor(store, key)
        if info is None:
            return page(request, "error.html", 404, message=f"No actor {key!r} in this store.")
        if act and act not in q.ACTS:
            return page(request, "error.html", 400, message=f"act must be one of {', '.join(q.ACTS)}")
        f = q.StatementFilter(actor=info["id"], act=act)
        total = q.count_statements(store, f)
        rows = q.statements(store, replace(f, newest_first=True, limit=ACTOR_PAGE_STATEMENTS))
        groups: dict[str, dict[str, Any]] = {}
        for row in rows:
            groups.setdefault(row["article"]["id"], {"article": row["article"], "statements": []})[
                "statements"].append(row)
        ordered = sorted(groups.values(), key=lambda g: g["article"]["published"] or "", reverse=True)
        return page(request, "actor.html", actor=info, groups=ordered, act=act, acts=q.ACTS, shown=len(rows),
                    total=total, chart=render.timeline_svg(q.timeline(store, info["id"], act=act)))

    @app.get("/articles", response_class=HTMLResponse, include_in_schema=False)
    def articles_page(request: Request, store: StoreDep,
                      outlet: Annotated[str | None, Query(max_length=200)] = None,
                      q_: Annotated[str | None, Query(alias="q", max_length=500)] = None,
                      page_number: Annotated[int, Query(alias="page", ge=1, le=100_000)] = 1) -> HTMLResponse:
        outlet, q_ = outlet or None, (q_ or "").strip() or None
        try:
            total = q.count_articles(store, outlet, q_)
        except q.QueryError as err:
            return page(request, "error.html", 400, message=str(err))
        rows = q.articles(store, limit=PAGE_SIZE, offset=(page_number - 1) * PAGE_SIZE, outlet=outlet, search=q_)
        keep = urlencode({k: v for k, v in (("outlet", outlet), ("q", q_)) if v})
        return page(request, "articles.html", articles=rows, total=total, outlet=outlet, words=q_ or "", keep=keep,
                    outlets=q.outlets(store), page_number=page_number, pages=max(1, -(-total // PAGE_SIZE)))

    @app.get("/search", response_class=HTMLResponse, include_in_schema=False)
    def search_page(request: Request, store: StoreDep, filters: Annotated[_Filters, Depends()],
                    page_number: Annotated[int, Query(alias="page", ge=1, le=10_000)] = 1) -> HTMLResponse:
        f = filters.to_filter(limit=PAGE_SIZE, offset=(page_number - 1) * PAGE_SIZE)
        try:
            rows, total = (q.statements(store, f), q.count_statements(store, f)) if filters.any() else ([], 0)
            counted = 0 < total <= settings.serve_facet_max_matches
            found = q.facets(store, f, settings.serve_facet_values) if counted else {}
        except q.QueryError as err:
            return page(request, "search.html", 400, error=str(err), filters=filters, rows=[], total=0, facets={},
                        facets_skipped=False,
                        page_number=1, pages=1, acts=q.ACTS, outlets=q.outlets(store), query=filters.query())
        return page(request, "search.html", filters=filters, rows=rows, total=total, page_number=page_number,
                    facets=_facet_links(filters, found), facets_skipped=total > settings.serve_facet_max_matches,
                    pages=max(1, -(-total // PAGE_SIZE)), acts=q.ACTS, outlets=q.outlets(store),
                    query=filters.query(), error=None)

    @app.get("/try", response_class=HTMLResponse, include_in_schema=False)
    def try_form(request: Request) -> HTMLResponse:
        return page(request, "try.html", text="", error=None, limit=limit)

    @app.post("/try", response_class=HTMLResponse, include_in_schema=False)
    async def try_run(request: Request, text: Annotated[str, Form()]) -> HTMLResponse:
        def refuse(status: int, error: str, kept: str = "", headers: dict[str, str] | None = None) -> HTMLResponse:
            response = page(request, "try.html", status, text=kept, limit=limit, error=error)
            response.headers.update(headers or {})
            return response

        if not text.strip():
            return refuse(400, "Paste an article first.", text)
        if len(text) > limit:
            return refuse(413, f"That text has {len(text):,} characters; the limit here is {limit:,}.")
        if problem := unicode_problem(text):
            return refuse(400, f"That text is not valid Unicode ({problem}).")
        try:
            result = json.loads(await pool.run(text.replace("\r\n", "\n")))
        except PoolUnavailable as err:  # the text stays in the form, to try again or shorten
            return refuse(503, str(err), text, _retry_headers(err))
        return await run_in_threadpool(_reader, request, result, stored=False)

    # -- JSON API -----------------------------------------------------------------------------------

    @app.get("/api/articles", tags=["articles"])
    def api_articles(store: StoreDep, limit: Annotated[int, Query(ge=1, le=500)] = 20,
                     offset: Offset = 0, outlet: str | None = None,
                     q_: Annotated[str | None, Query(alias="q", max_length=500)] = None) -> dict[str, Any]:
        """Analysed articles, newest first; ``q`` searches titles and texts."""
        try:
            return {"items": q.articles(store, limit=limit, offset=offset, outlet=outlet, search=q_),
                    "total": q.count_articles(store, outlet, q_), "limit": limit, "offset": offset}
        except q.QueryError as err:
            raise HTTPException(400, str(err)) from err

    @app.get("/api/articles/{key}", tags=["articles"])
    def api_article(key: str, store: StoreDep) -> dict[str, Any]:
        """One article: text, metadata, statements (offsets index ``text``) and actors."""
        data = q.article(store, key)
        if data is None:
            raise HTTPException(404, f"no article {key!r}")
        return data

    @app.get("/api/actors", tags=["actors"])
    def api_actors(store: StoreDep, limit: Annotated[int, Query(ge=1, le=500)] = 50,
                   offset: Offset = 0, q_: Annotated[str | None, Query(alias="q", max_length=200)] = None
                   ) -> dict[str, Any]:
        """Actors with statement, article and quote counts, most quoted first."""
        return {"items": q.actors(store, limit=limit, offset=offset, search=q_, min_statements=1),
                "total": q.count_actors(store, search=q_, min_statements=1), "limit": limit, "offset": offset}

    @app.get("/api/actors/{key}", tags=["actors"])
    def api_actor(key: str, store: StoreDep) -> dict[str, Any]:
        """One actor: aliases, roles, counts and statements per day."""
        info = q.actor(store, key)
        if info is None:
            raise HTTPException(404, f"no actor {key!r}")
        info["timeline"] = [{"date": d, "statements": n} for d, n in q.timeline(store, info["id"])]
        return info

    @app.get("/api/quotes", tags=["statements"])
    def api_quotes(store: StoreDep, actor: Annotated[str | None, Query(max_length=200)] = None,
                   min_sources: Annotated[int, Query(ge=1, le=1000)] = 2,
                   limit: Annotated[int, Query(ge=1, le=500)] = 50,
                   offset: Offset = 0) -> dict[str, Any]:
        """The same quote reported by several outlets: one entry per quote with every source."""
        try:
            return {"items": q.quotes(store, actor=actor, min_sources=min_sources, limit=limit, offset=offset),
                    "limit": limit, "offset": offset}
        except q.QueryError as err:
            raise HTTPException(400, str(err)) from err

    @app.get("/api/statements", tags=["statements"])
    def api_statements(store: StoreDep, filters: Annotated[_Filters, Depends()],
                       limit: Annotated[int, Query(ge=1, le=500)] = PAGE_SIZE,
                       offset: Offset = 0,
                       facets: Annotated[bool, Query(description="counts per actor, act, outlet, hedged and "
                                                     "month of everything the filters find")] = False
                       ) -> dict[str, Any]:
        """Statements with their article metadata; every filter is optional."""
        f = filters.to_filter(limit=limit, offset=offset)
        try:
            out = {"items": q.statements(store, f), "total": q.count_statements(store, f), "limit": limit,
                   "offset": offset}
            if facets:
                out["facets"] = q.facets(store, f, settings.serve_facet_values)
            return out
        except q.QueryError as err:
            raise HTTPException(400, str(err)) from err

    @app.get("/api/statements.csv", tags=["statements"], response_class=StreamingResponse)
    def api_statements_csv(request: Request, filters: Annotated[_Filters, Depends()]) -> StreamingResponse:
        """The same statements as CSV, one flat row each (all of them: no pagination); ``link`` opens the
        statement in the reader."""
        f = filters.to_filter()
        with _opened(db, settings.serve_query_timeout_s) as store:
            try:
                q.count_statements(store, f)  # a bad filter is a 400 before streaming starts
            except q.QueryError as err:
                raise HTTPException(400, str(err)) from err

        site = str(request.base_url).rstrip("/")  # absolute: a spreadsheet has no page to resolve it against

        def rows() -> Iterator[str]:
            with _opened(db) as store:  # no budget: a whole store's export may rightly take long
                buffer = io.StringIO()
                writer = csv.DictWriter(buffer, fieldnames=(*FLAT_COLUMNS, "link"))
                writer.writeheader()
                for row in q.iter_statements(store, f):
                    writer.writerow({**flatten(row), "link": site + statement_link(row)})
                    if buffer.tell() > 64_000:
                        yield buffer.getvalue()
                        buffer.seek(0)
                        buffer.truncate()
                yield buffer.getvalue()

        return StreamingResponse(rows(), media_type="text/csv; charset=utf-8",
                                 headers={"Content-Disposition": 'attachment; filename="statements.csv"'})

    @app.post("/api/extract", tags=["extract"], response_class=JSONResponse, responses={
        200: {"description": "the same JSON as `onrecord extract --include-text`"},
        503: {"description": "every analysis worker is busy (Retry-After given), or the analysis went over "
                             "its time budget and was stopped"}})
    async def api_extract(body: ExtractRequest) -> Response:
        """Analyse a text at once without storing it (the same output as ``onrecord extract``).

        The analysis runs in a worker process under a time budget (``Settings.serve_timeout_s``)."""
        if not body.text.strip():
            raise HTTPException(400, "empty text")
        if len(body.text) > limit:
            raise HTTPException(422, f"text has {len(body.text):,} characters; the limit is {limit:,}")
        try:
            result = await pool.run(body.text, body.id, body.published.isoformat() if body.published else None)
        except PoolUnavailable as err:
            raise HTTPException(503, str(err), _retry_headers(err)) from None
        return Response(result, media_type="application/json")

    from .positions import add_routes as add_position_routes

    add_position_routes(app, StoreDep, page)
    return app


def _retry_headers(err: PoolUnavailable) -> dict[str, str] | None:
    return None if err.retry_after is None else {"Retry-After": str(err.retry_after)}


@contextmanager
def _opened(db: Path, budget_s: float | None = None) -> Iterator[Store]:
    """A read-only connection; with ``budget_s``, SQLite stops any statement still running after it."""
    try:
        store = Store(db, readonly=True)
    except StoreError as err:
        raise HTTPException(503, str(err)) from err
    if budget_s is not None:
        deadline = time.monotonic() + budget_s
        store.conn.set_progress_handler(lambda: time.monotonic() > deadline, 1000)  # every 1,000 VM steps
    try:
        yield store
    finally:
        store.close()


def _store(request: Request) -> Iterator[Store]:
    """One read-only connection per request, under the request's time budget."""
    with _opened(request.app.state.db, request.app.state.settings.serve_query_timeout_s) as store:
        yield store


async def _sqlite_error(request: Request, exc: Exception) -> Response:
    """A query stopped at its budget is a 503 that says so; any other database error is a logged 500."""
    if isinstance(exc, sqlite3.OperationalError) and str(exc) == "interrupted":
        budget = request.app.state.settings.serve_query_timeout_s
        return JSONResponse({"detail": f"the query did not finish within its {budget:g} s budget and was stopped"},
                            503)
    log.error("database error on %s %s", request.method, request.url.path, exc_info=exc)
    return JSONResponse({"detail": "internal server error (logged on the server)"}, 500)


StoreDep = Annotated[Store, Depends(_store)]
Offset = Annotated[int, Query(ge=0, le=q.SQLITE_MAX_INT)]


def statement_link(s: dict[str, Any]) -> str:
    """Where a statement (a row of ``q.statements``) is in the reader: its article, at its anchor."""
    return f"/articles/{quote(s['article']['id'], safe='')}#{render.anchor(s)}"


def _detail(s: dict[str, Any], n: int, legend: dict[str, render.Speaker]) -> dict[str, Any]:
    """What the details panel shows for statement ``n``; article text with bidi controls made visible
    (the panel sets textContent, where a U+202E would still reverse what follows it)."""
    who = legend[render.speaker_key(s)[0]]

    def text(part: str) -> str | None:
        return render.show_bidi(s[part]["text"]) if s.get(part) else None

    return {"speaker_number": who.number, "anchor": render.anchor(s, n),
            "actor": render.show_bidi(s["actor"]["name"]) if s["actor"] else None,
            "actor_id": s["actor"]["id"] if s["actor"] else None,
            "written": text("speaker"), "act": s["act"], "hedged": s["hedged"],
            "negated": s["negated"], "kind": s["kind"], "confidence": s["confidence"],
            "cue": text("cue"), "resolution": s["resolution"], "content": text("content")}


def _facet_links(filters: _Filters, found: dict[str, list[dict[str, Any]]]) -> dict[str, list[dict[str, Any]]]:
    """Each facet value with the query string that narrows the search to it."""
    def narrowed(name: str, value: Any) -> str:
        if name == "month":  # a month is a date range: its first and last day
            year, month = (int(part) for part in str(value).split("-"))
            last = calendar.monthrange(year, month)[1]
            return filters.query(since=f"{value}-01", until=f"{value}-{last:02d}")
        return filters.query(**{name: str(value).lower() if name == "hedged" else str(value)})

    return {name: [dict(v, query=narrowed(name, v["value"])) for v in values] for name, values in found.items()}


class _Filters:
    """Statement filters shared by /search, /api/statements and the CSV download."""

    def __init__(self, q_: Annotated[str | None, Query(alias="q", max_length=500)] = None,
                 actor: Annotated[str | None, Query(max_length=200)] = None,
                 outlet: Annotated[str | None, Query(max_length=200)] = None,
                 since: date | None = None, until: date | None = None,
                 act: Annotated[str | None, Query(max_length=40)] = None,
                 hedged: bool | None = None,
                 issue: Annotated[str | None, Query(max_length=200, description="an issue id")] = None,
                 stance: Annotated[str | None, Query(max_length=20)] = None,
                 kind: Annotated[str | None, Query(max_length=20)] = None,
                 with_parts: Annotated[bool, Query(description="the actor's institutions too")] = False,
                 sort: Annotated[Literal["date", "relevance"], Query(
                     description="relevance: best matches of q first")] = "date") -> None:
        self.q, self.actor, self.outlet, self.with_parts = q_ or None, actor or None, outlet or None, with_parts
        self.sort = sort
        self.since, self.until, self.act, self.hedged, self.kind = since, until, act or None, hedged, kind or None
        self.issue, self.stance = issue or None, stance or None

    def any(self) -> bool:
        return any(v is not None for v in (self.q, self.actor, self.outlet, self.since, self.until, self.act,
                                           self.hedged, self.kind, self.issue, self.stance))

    def to_filter(self, limit: int | None = None, offset: int = 0) -> q.StatementFilter:
        return q.StatementFilter(actor=self.actor, with_parts=self.with_parts, outlet=self.outlet,
                                 since=self.since.isoformat() if self.since else None,
                                 until=self.until.isoformat() if self.until else None, act=self.act,
                                 hedged=self.hedged, kind=self.kind, issue=self.issue, stance=self.stance,
                                 search=self.q, relevance=self.sort == "relevance", limit=limit, offset=offset)

    def query(self, **changes: str | None) -> str:
        """These filters as a query string; ``changes`` replace some (a facet's link narrows the search)."""
        pairs = {"q": self.q, "actor": self.actor, "outlet": self.outlet, "since": self.since, "until": self.until,
                 "act": self.act, "hedged": None if self.hedged is None else str(self.hedged).lower(),
                 "kind": self.kind, "issue": self.issue, "stance": self.stance,
                 "with_parts": "true" if self.with_parts else None,
                 "sort": self.sort if self.sort != "date" else None}
        pairs.update(changes)
        return urlencode({k: str(v) for k, v in pairs.items() if v is not None})


def _mount_swagger(app: FastAPI) -> None:
    """Swagger UI 5 (it reads the OpenAPI 3.1 that FastAPI writes; 3.x could not), from the files the
    fastapi-offline wheel ships: no CDN."""
    from importlib import resources

    static = resources.files("fastapi_offline").joinpath("static")
    app.mount("/assets/swagger", StaticFiles(directory=str(static)), name="swagger")

    @app.get("/docs", include_in_schema=False)
    def docs() -> HTMLResponse:
        return get_swagger_ui_html(openapi_url="/openapi.json", title="onrecord API",
                                   swagger_js_url="/assets/swagger/swagger-ui-bundle.js",
                                   swagger_css_url="/assets/swagger/swagger-ui.css",
                                   swagger_favicon_url="/assets/swagger/favicon.png")
