"""The JSON API under ``/api``: articles, actors, statements (and their CSV), quotes, and ``POST extract``.
Every JSON answer has a typed model (``schemas.py``), which ``/docs`` shows.

No ``from __future__ import annotations``: FastAPI reads these annotations at run time.
"""

import csv
import io
from collections.abc import Iterator
from dataclasses import replace
from typing import Annotated, Any, Literal

from fastapi import APIRouter, HTTPException, Query, Request
from fastapi.responses import JSONResponse, Response, StreamingResponse
from pydantic import BaseModel

from onrecord.store import queries as q
from onrecord.store.events import article_events
from onrecord.store.export import FLAT_COLUMNS, flatten, statement_link

from .deps import PAGE_SIZE, SEARCH, Filters, Offset, StoreDep, analysis, opened, retry_headers
from .pool import PoolUnavailable
from .schemas import (
    ActorDetail,
    ActorPage,
    ArticleOut,
    ArticlePage,
    ExtractRequest,
    QuotePage,
    StatementPage,
)

router = APIRouter(prefix="/api")
Limit = Annotated[int, Query(ge=1, le=500)]


def typed(model: type[BaseModel], data: dict[str, Any]) -> Response:
    """``data`` checked against its model and written as JSON here, in the request's worker thread. Returned
    as a dict, FastAPI would validate it in a second trip through the thread pool and encode it again in
    Python on the event loop: under load that cost the JSON calls more than their queries. The model stays
    the route's ``response_model``, for /docs; keys the query leaves out stay out (``exclude_unset``)."""
    return Response(model.model_validate(data).model_dump_json(by_alias=True, exclude_unset=True),
                    media_type="application/json")


@router.get("/articles", tags=["articles"], response_model=ArticlePage)
def api_articles(store: StoreDep, limit: Limit = 20, offset: Offset = 0, outlet: str | None = None,
                 q_: Annotated[str | None, Query(alias="q", max_length=500)] = None,
                 search: Annotated[str | None, Query(max_length=500, description=SEARCH)] = None,
                 sort: Annotated[Literal["date", "relevance"], Query(
                     description="relevance: best matches of q first")] = "date") -> Response:
    """Analysed articles, newest first; ``q`` searches titles and texts."""
    q_ = q_ or search
    try:
        return typed(ArticlePage, {
            "items": q.articles(store, limit=limit, offset=offset, outlet=outlet, search=q_,
                                relevance=sort == "relevance"),
            "total": q.count_articles(store, outlet, q_), "limit": limit, "offset": offset})
    except q.QueryError as err:
        raise HTTPException(400, str(err)) from err


ARTICLE_PAGE = 500  # statements in one answer on a long range when no limit is given
Chars = Annotated[int | None, Query(ge=0, le=q.SQLITE_MAX_INT, description=(
    "a character range [start, end) of the text: its statements (those whose content starts there) and text"))]


@router.get("/articles/{key}", tags=["articles"], response_model=ArticleOut)
def api_article(key: str, request: Request, store: StoreDep, start: Chars = None, end: Chars = None,
                limit: Annotated[int | None, Query(ge=1, le=1000, description=(
                    "statements per answer; by default every one of a range of at most "
                    "serve_reader_part_chars (200,000) characters, else 500"))] = None,
                offset: Offset = 0,
                text: Annotated[bool | None, Query(description=(
                    "include the range's text; by default only when the range is at most "
                    "serve_reader_part_chars characters"))] = None) -> Response:
    """One article: metadata, text, statements (offsets index the whole text), actors and the events it
    reports (as ``/api/events`` lists them). A long article is read a range and a page at a time:
    ``statements_total`` counts the range's statements, ``offset`` + ``limit`` page them."""
    data = q.article(store, key, with_statements=False)  # the statements once the range is known
    if data is None:
        raise HTTPException(404, f"no article {key!r}")
    # A 20 MB article (77,000 statements) read whole took a heavy turn for 11 s and ended in a 503 at the
    # query budget: a long range gets a page of statements and no text unless asked.
    length, small_chars = len(data["text"]), request.app.state.settings.serve_reader_part_chars
    lo, hi = start or 0, length if end is None else min(end, length)
    if lo > hi:
        raise HTTPException(400, f"start {lo:,} is past the end {hi:,} (the text has {length:,} characters)")
    small = hi - lo <= small_chars
    whole = q.StatementFilter(article=data["id"], within=(lo, hi))
    limit = limit or (None if small else ARTICLE_PAGE)
    data["statements"] = q.article_statements(store, replace(whole, limit=limit, offset=offset))
    total = (len(data["statements"]) if limit is None and offset == 0  # every one read: no count needed
             else q.count_statements(store, whole))
    data["text"] = data["text"][lo:hi] if (small if text is None else text) else None
    data.update(text_length=length, start=lo, end=hi, statements_total=total, limit=limit, offset=offset)
    data["events"] = article_events(store.conn, q.article_row_id(store, data["id"]))
    return typed(ArticleOut, data)


@router.get("/actors", tags=["actors"], response_model=ActorPage)
def api_actors(store: StoreDep, limit: Limit = 50, offset: Offset = 0,
               q_: Annotated[str | None, Query(alias="q", max_length=200)] = None,
               search: Annotated[str | None, Query(max_length=200, description=SEARCH)] = None) -> Response:
    """Actors with statement, article and quote counts, most quoted first; ``q`` searches names and aliases."""
    q_ = q_ or search
    return typed(ActorPage, {"items": q.actors(store, limit=limit, offset=offset, search=q_, min_statements=1),
                             "total": q.count_actors(store, search=q_, min_statements=1), "limit": limit,
                             "offset": offset})


@router.get("/actors/{key}", tags=["actors"], response_model=ActorDetail)
def api_actor(key: str, store: StoreDep) -> Response:
    """One actor: aliases, roles, counts and statements per day."""
    info = q.actor(store, key)
    if info is None:
        raise HTTPException(404, f"no actor {key!r}")
    info["timeline"] = [{"date": d, "statements": n} for d, n in q.timeline(store, info["id"])]
    return typed(ActorDetail, info)


@router.get("/quotes", tags=["statements"], response_model=QuotePage)
def api_quotes(store: StoreDep, actor: Annotated[str | None, Query(max_length=200)] = None,
               min_sources: Annotated[int, Query(ge=1, le=1000, description=(
                   "only quotes carried by at least this many articles (default 2: the same quote across "
                   "outlets; 1 lists every quote)"))] = 2, limit: Limit = 50,
               offset: Offset = 0) -> Response:
    """The same quote reported by several outlets: one entry per quote with every source."""
    try:
        return typed(QuotePage, {
            "items": q.quotes(store, actor=actor, min_sources=min_sources, limit=limit, offset=offset),
            "limit": limit, "offset": offset})
    except q.QueryError as err:
        raise HTTPException(400, str(err)) from err


@router.get("/statements", tags=["statements"], response_model=StatementPage)
def api_statements(request: Request, store: StoreDep, filters: Filters, limit: Limit = PAGE_SIZE,
                   offset: Offset = 0,
                   facets: Annotated[bool, Query(description="counts per actor, act, outlet, hedged, "
                                                 "month and issue of everything the filters find")] = False
                   ) -> Response:
    """Statements with their article metadata; every filter is optional."""
    f = filters.to_filter(limit=limit, offset=offset)
    settings = request.app.state.settings
    try:
        # A search counts up to a cap. Facets are one GROUP BY over every match: counted only for at most
        # serve_facet_max_matches (as /search does), else facets_skipped: the most quoted actor's facets took
        # 2 s at 100,000 articles (171,500 statements), a common word's more.
        cap = settings.serve_facet_max_matches if facets else settings.serve_search_count_max
        total, more = (q.count_statements_upto(store, f, cap) if f.search or not facets
                       else (q.count_statements(store, f), False))
        out = {"items": q.statements(store, f), "total": total, "total_is_lower_bound": more, "limit": limit,
               "offset": offset}
        if facets:
            skipped = more or total > settings.serve_facet_max_matches
            out["facets"] = None if skipped else q.facets(store, f, settings.serve_facet_values)
            out["facets_skipped"] = skipped
        return typed(StatementPage, out)
    except q.QueryError as err:
        raise HTTPException(400, str(err)) from err


@router.get("/statements.csv", tags=["statements"], response_class=StreamingResponse)
def api_statements_csv(request: Request, filters: Filters) -> StreamingResponse:
    """The same statements as CSV, one flat row each (all of them: no pagination); ``link`` opens the
    statement in the reader."""
    db, settings = request.app.state.db, request.app.state.settings
    f = filters.to_filter()
    with opened(db, settings.serve_query_timeout_s) as store:
        try:
            q.count_statements(store, f)  # a bad filter is a 400 before streaming starts
        except q.QueryError as err:
            raise HTTPException(400, str(err)) from err

    site = str(request.base_url).rstrip("/")  # absolute: a spreadsheet has no page to resolve it against

    def rows() -> Iterator[str]:
        with opened(db) as store:  # no budget: a whole store's export may rightly take long
            buffer = io.StringIO()
            writer = csv.DictWriter(buffer, fieldnames=FLAT_COLUMNS)
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


@router.post("/extract", tags=["extract"], response_class=JSONResponse, responses={
    200: {"description": "the same JSON as `onrecord extract --include-text`"},
    503: {"description": "every analysis worker is busy (Retry-After given), or the analysis went over "
                         "its time budget and was stopped"}})
async def api_extract(request: Request, body: ExtractRequest) -> Response:
    """Analyse a text at once without storing it (the same output as ``onrecord extract``).

    The analysis runs in a worker process under a time budget (``Settings.serve_timeout_s``)."""
    limit = request.app.state.settings.serve_max_text_chars
    if not body.text.strip():
        raise HTTPException(400, "empty text")
    if len(body.text) > limit:
        raise HTTPException(422, f"text has {len(body.text):,} characters; the limit is {limit:,}")
    try:
        result = await analysis(request, body.text, body.id, body.published.isoformat() if body.published else None)
    except PoolUnavailable as err:
        raise HTTPException(503, str(err), retry_headers(err)) from None
    return Response(result, media_type="application/json")
