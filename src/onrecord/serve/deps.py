"""What the page and API routers share: a read-only store per request under a time budget, the statement
filters, links into the reader and the page renderer.

No ``from __future__ import annotations``: FastAPI reads these annotations at run time.
"""

import asyncio
import logging
import threading
import time
from collections.abc import AsyncIterator, Iterator
from contextlib import contextmanager
from datetime import date
from pathlib import Path
from typing import Annotated, Any, Literal
from urllib.parse import urlencode

from fastapi import Depends, HTTPException, Query, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.dependencies.models import Dependant
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse
from fastapi.routing import APIRoute

from onrecord.store import Store, StoreError
from onrecord.store import queries as q
from onrecord.store.schema import MIGRATIONS

from .pool import PoolUnavailable

log = logging.getLogger("onrecord.serve")
PAGE_SIZE = 50
# The command line says --search where the API says q: both names are taken, q first.
SEARCH = "the same as q (the command line's --search)"


def unicode_problem(text: str) -> str | None:
    """Why ``text`` is not Unicode text (a JSON "\\ud800" escape gives an unpaired surrogate), or None."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError as err:
        return f"unpaired surrogate U+{ord(text[err.start]):04X} at character {err.start}: not Unicode text"
    return None


@contextmanager
def opened(db: Path, budget_s: float | None = None) -> Iterator[Store]:
    """A read-only connection of its own; with ``budget_s``, SQLite stops any statement still running after it."""
    store = _connect(db)
    if budget_s is not None:
        _budget(store, budget_s)
    try:
        yield store
    finally:
        store.close()


def _connect(db: Path) -> Store:
    try:
        return Store(db, readonly=True)
    except StoreError as err:
        raise HTTPException(503, str(err)) from err


def _budget(store: Store, budget_s: float) -> None:
    deadline = time.monotonic() + budget_s
    store.conn.set_progress_handler(lambda: time.monotonic() > deadline, 1000)  # every 1,000 VM steps


class Readers:
    """Read-only connections kept open between requests: opening one (the file checked, the pragmas set, the
    schema version read) took about 1 ms, as long as a small page's queries. A request takes an idle one or
    opens one, and gives it back with its time budget cleared; one whose request failed is closed, not kept.

    Each query sees the store as last committed (autocommit: every statement reads a fresh snapshot), so an
    ingest writing meanwhile is seen as with a new connection.

    A kept connection reads the file it opened, whatever is at the path now: a store replaced under the server
    (a rebuilt one moved over it) was never seen, a deleted one was served from its unlinked file, for as long
    as the server ran (serve14). So each take compares the path's file (device and inode, one ``stat``) with
    the one the kept connections read; when it changed, they are closed, a store written by an older onrecord
    is upgraded (as ``onrecord serve`` does at its start), and the request opens the new file; a missing path
    or a store of a newer schema is a 503 that says so."""

    def __init__(self, db: Path, keep: int = 64) -> None:
        self.db, self.keep = db, keep
        self._idle: list[Store] = []
        self._lock = threading.Lock()
        self._file = _identity(db)  # the file the connections read (None: none at the path)
        self._read: dict[int, tuple[int, int] | None] = {}  # id of each open connection -> the file it reads

    async def take(self, budget_s: float | None) -> Store:
        now = _identity(self.db)
        if now != self._file:
            await run_in_threadpool(self._switch, now)
        with self._lock:
            store = self._idle.pop() if self._idle else None
        if store is None:
            store = await run_in_threadpool(self._open)  # file system and SQLite: off the event loop
        if budget_s is not None:
            _budget(store, budget_s)
        return store

    def _open(self) -> Store:
        file = _identity(self.db)
        store = _connect(self.db)
        with self._lock:
            self._read[id(store)] = file
        return store

    def _switch(self, now: tuple[int, int] | None) -> None:
        """Another file at the path (or none): the kept connections closed, an older store upgraded."""
        with self._lock:
            if now == self._file:
                return  # another request switched first
            idle, self._idle, self._file = self._idle, [], now
            for store in idle:
                self._read.pop(id(store), None)
        for store in idle:
            store.close()
        if now is not None:
            log.warning("the store at %s was replaced while served; reading the new file", self.db)
            try:
                with Store(self.db, readonly=True) as new:
                    old = new.schema_version < MIGRATIONS[-1][0]
                if old:
                    Store(self.db).close()  # upgraded, as at the server's start
            except StoreError:
                pass  # the request's own open says what is wrong (a newer schema, not a store...)
        else:
            log.warning("the store at %s was deleted while served", self.db)

    def give_back(self, store: Store, *, failed: bool) -> None:
        store.conn.set_progress_handler(None, 0)
        with self._lock:
            if not failed and len(self._idle) < self.keep and self._read.get(id(store), False) == self._file:
                self._idle.append(store)
                return
            self._read.pop(id(store), None)
        store.close()

    def close(self) -> None:
        with self._lock:
            idle, self._idle = self._idle, []
            self._read.clear()
        for store in idle:
            store.close()


def _identity(db: Path) -> tuple[int, int] | None:
    """The file at ``db`` (device, inode), or None when there is none."""
    try:
        found = db.stat()
    except OSError:
        return None
    return found.st_dev, found.st_ino


async def _store(request: Request) -> AsyncIterator[Store]:
    """One read-only connection per request, under the request's time budget. An async dependency: taking a
    kept connection does not wait, so it does not cost the request a trip through the thread pool."""
    readers: Readers = request.app.state.readers
    store = await readers.take(request.app.state.settings.serve_query_timeout_s)
    failed = True
    try:
        yield store
        failed = False
    finally:
        readers.give_back(store, failed=failed)


StoreDep = Annotated[Store, Depends(_store)]


def known_parameters(request: Request) -> None:
    """An unknown query parameter on ``/api/...`` is a 422 naming it: FastAPI ignores one, so a misspelt or
    guessed filter (``?search=`` where the route takes ``q``) silently answered with everything. Pages are
    left alone: a browser or a shared link may carry parameters of its own."""
    route = request.scope.get("route")
    if not request.url.path.startswith("/api/") or not isinstance(route, APIRoute):
        return
    known = _query_names(route)
    unknown = sorted({name for name in request.query_params if name not in known})
    if unknown:
        takes = ", ".join(sorted(known)) or "none"
        raise RequestValidationError([
            {"type": "unknown_parameter", "loc": ("query", name),
             "msg": f"unknown query parameter {name!r}; {request.url.path} takes: {takes}"} for name in unknown])


_QUERY_NAMES: dict[int, frozenset[str]] = {}


def _query_names(route: APIRoute) -> frozenset[str]:
    """The query parameters ``route`` declares, its dependencies' included, by the name a URL gives them."""
    names = _QUERY_NAMES.get(id(route))
    if names is None:
        names = frozenset(_declared(route.dependant))
        _QUERY_NAMES[id(route)] = names
    return names


def _declared(dependant: Dependant) -> Iterator[str]:
    yield from (field.alias for field in dependant.query_params)
    for sub in dependant.dependencies:
        yield from _declared(sub)
Offset = Annotated[int, Query(ge=0, le=q.SQLITE_MAX_INT)]


def page(request: Request, name: str, status: int = 200, **context: Any) -> HTMLResponse:
    """A server-rendered page from the app's templates; ``status`` is in its context too (an error page's title)."""
    return request.app.state.templates.TemplateResponse(request, name, {"status": status, **context},  # type: ignore[no-any-return]
                                                         status_code=status)


ACTORS_MEANT = 8  # the actors offered for an actor name, most quoted first (refused as ambiguous, or surprising)


def actors_meant(store: Store, name: str | None) -> list[dict[str, Any]]:
    """The quoted actors an actor name refused as ambiguous could mean (name, id, statements), most quoted
    first; none when the name is one actor's or no name was given."""
    if not name:
        return []
    try:
        q.lookup_actor(store, name)
        return []  # the name is one actor's: the error is about something else
    except q.QueryError:
        pass
    quoted = [r for r in q.actors_meant(store, name) if r["n_statements"]]
    return [{"name": r["name"], "id": r["slug"], "statements": r["n_statements"]} for r in quoted[:ACTORS_MEANT]]


def retry_headers(err: PoolUnavailable) -> dict[str, str] | None:
    return None if err.retry_after is None else {"Retry-After": str(err.retry_after)}


async def analysis(request: Request, text: str, ident: str | None, published: str | None) -> bytes:
    """The pool's analysis of ``text`` for this request, stopped (its worker replaced) when the client goes away
    first: a tab closed on "Try it", or a client that posts texts and hangs up, kept a worker on an analysis
    no one would read until it ended or its budget ran out (20 s), every other analysis 503 meanwhile (four
    such posts, sent and dropped in a second, held both workers). ``PoolUnavailable`` when it cannot be done
    now, or the client went away (an answer no one receives). The client's end of data is its going: TCP does
    not tell a half-close from a close, and a closed tab is the common case (a script that half-closes once
    its request is sent, as ``nc`` does, got no answer before either)."""
    job: asyncio.Future[Any] = asyncio.ensure_future(request.app.state.pool.run(text, ident, published))
    gone: asyncio.Future[Any] = asyncio.ensure_future(_client_gone(request))
    try:
        await asyncio.wait({job, gone}, return_when=asyncio.FIRST_COMPLETED)
    finally:
        gone.cancel()
        if not job.done():
            job.cancel()  # the pool kills the worker and starts another (AnalysisPool.run)
    if job.cancelled():
        log.info("an analysis was stopped: its client went away")
        raise PoolUnavailable("the client went away before its analysis was done; it was stopped")
    result: bytes = job.result()
    return result


async def _client_gone(request: Request) -> None:
    """Returns once the server has seen the client disconnect (its body has been read by then)."""
    while (await request.receive())["type"] != "http.disconnect":
        pass


class StatementFilters:
    """Statement filters shared by /search, /api/statements and the CSV download."""

    def __init__(self, q_: Annotated[str | None, Query(alias="q", max_length=500)] = None,
                 search: Annotated[str | None, Query(max_length=500, description=SEARCH)] = None,
                 actor: Annotated[str | None, Query(max_length=200)] = None,
                 actor_id: Annotated[str | None, Query(max_length=200, description=(
                     "an actor's id exactly (its page's): that actor and no other the word could mean; "
                     "replaces actor"))] = None,
                 outlet: Annotated[str | None, Query(max_length=200)] = None,
                 since: date | None = None, until: date | None = None,
                 said_since: Annotated[date | None, Query(
                     description="said on or after: the statement's own day (or range), else its article's")] = None,
                 said_until: Annotated[date | None, Query(
                     description="said on or before: the statement's own day (or range), else its article's")] = None,
                 act: Annotated[str | None, Query(max_length=40)] = None,
                 hedged: bool | None = None,
                 issue: Annotated[str | None, Query(max_length=200, description="an issue id")] = None,
                 stance: Annotated[str | None, Query(max_length=20)] = None,
                 kind: Annotated[str | None, Query(max_length=20)] = None,
                 with_parts: Annotated[bool, Query(description="the actor's institutions too")] = False,
                 sort: Annotated[Literal["date", "newest", "relevance"], Query(
                     description="date: oldest first; newest: newest first; relevance: best matches of q first")
                 ] = "date") -> None:
        self.q, self.actor, self.outlet, self.with_parts = q_ or search or None, actor or None, outlet or None, \
            with_parts
        # An actor's page links its search and CSV by id: as a typed name, "obama" (a bare "Obama") could mean
        # Barack or Michelle Obama and was refused (nc19).
        self.actor_id = actor_id or None
        self.sort = sort
        self.since, self.until, self.act, self.hedged, self.kind = since, until, act or None, hedged, kind or None
        self.issue, self.stance = issue or None, stance or None
        self.said_since, self.said_until = said_since, said_until

    def any(self) -> bool:
        return any(v is not None for v in (self.q, self.actor, self.actor_id, self.outlet, self.since, self.until,
                                           self.act, self.hedged, self.kind, self.issue, self.stance, self.said_since,
                                           self.said_until))

    def to_filter(self, limit: int | None = None, offset: int = 0) -> q.StatementFilter:
        return q.StatementFilter(actor=self.actor_id or self.actor, exact_actor=self.actor_id is not None,
                                 with_parts=self.with_parts, outlet=self.outlet,
                                 since=self.since.isoformat() if self.since else None,
                                 until=self.until.isoformat() if self.until else None,
                                 said_since=self.said_since.isoformat() if self.said_since else None,
                                 said_until=self.said_until.isoformat() if self.said_until else None, act=self.act,
                                 hedged=self.hedged, kind=self.kind, issue=self.issue, stance=self.stance,
                                 search=self.q, relevance=self.sort == "relevance",
                                 newest_first=self.sort == "newest", limit=limit, offset=offset)

    def query(self, **changes: str | None) -> str:
        """These filters as a query string; ``changes`` replace some (a facet's link narrows the search)."""
        pairs = {"q": self.q, "actor": self.actor, "actor_id": self.actor_id, "outlet": self.outlet,
                 "since": self.since, "until": self.until,
                 "said_since": self.said_since, "said_until": self.said_until,
                 "act": self.act, "hedged": None if self.hedged is None else str(self.hedged).lower(),
                 "kind": self.kind, "issue": self.issue, "stance": self.stance,
                 "with_parts": "true" if self.with_parts else None,
                 "sort": self.sort if self.sort != "date" else None}
        pairs.update(changes)
        return urlencode({k: str(v) for k, v in pairs.items() if v is not None})


Filters = Annotated[StatementFilters, Depends()]
