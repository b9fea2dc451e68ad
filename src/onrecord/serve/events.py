"""Events in the web app: /api/events (JSON), the /events timeline page, and the events an article's reader and an
actor's page show. Kept apart from app.py; ``add_routes`` is called by ``create_app``.

No ``from __future__ import annotations`` here: FastAPI reads the routes' annotations, which name local aliases
(the store dependency) that a string annotation could not resolve.
"""

from collections.abc import Callable
from datetime import date
from itertools import groupby
from typing import Annotated, Any, Literal
from urllib.parse import urlencode

from fastapi import Depends, FastAPI, HTTPException, Query, Request
from fastapi.responses import HTMLResponse

from onrecord.model import EventStatus, EventType
from onrecord.store import Store
from onrecord.store.events import EventFilter, article_event_mentions, corpus_events, count_events
from onrecord.store.queries import QueryError, article_row_id, find_actor, lookup_actor

from .schemas import EventPage


class EventFilters:
    """The filters `onrecord events` takes, as query parameters."""

    def __init__(self, actor: Annotated[str | None, Query(max_length=200)] = None,
                 type: Annotated[EventType | None, Query()] = None,
                 status: Annotated[EventStatus | None, Query()] = None,
                 since: Annotated[date | None, Query(description="events on or after this date")] = None,
                 until: Annotated[date | None, Query(description="events on or before this date")] = None,
                 dated: Annotated[Literal["yes", "no"] | None, Query(description="only dated or undated")] = None,
                 article: Annotated[str | None, Query(max_length=500,
                                                      description="only events this article reports (its id)")] = None,
                 limit: Annotated[int, Query(ge=1, le=1000)] = 100,
                 offset: Annotated[int, Query(ge=0, le=1_000_000)] = 0) -> None:
        self.actor, self.type, self.status = actor or None, type, status
        self.since, self.until, self.dated, self.article = since, until, dated, article or None
        self.limit, self.offset = limit, offset

    def query(self, **changes: Any) -> str:
        """These filters as a query string, ``changes`` replacing some (the page's previous and next links)."""
        pairs: dict[str, Any] = {"actor": self.actor, "type": self.type, "status": self.status, "since": self.since,
                                 "until": self.until, "dated": self.dated, "article": self.article,
                                 "limit": self.limit if self.limit != 100 else None, "offset": self.offset or None}
        pairs.update(changes)
        return urlencode({k: str(v) for k, v in pairs.items() if v is not None})

    def to_filter(self, store: Store) -> EventFilter:
        actor_id = None
        if self.actor:
            try:
                row = lookup_actor(store, self.actor)
            except QueryError as err:
                raise HTTPException(400, str(err)) from err
            actor_id = int(row["id"])
        article_id = article_row_id(store, self.article) if self.article else None
        if self.article and article_id is None:
            raise HTTPException(400, f"no article {self.article!r} in the store")
        return EventFilter(actor_id=actor_id, type=self.type, status=self.status, article_id=article_id,
                           since=self.since.isoformat() if self.since else None,
                           until=self.until.isoformat() if self.until else None,
                           undated=None if self.dated is None else self.dated == "no",
                           limit=self.limit, offset=self.offset)


def when(event: dict[str, Any]) -> str:
    """An event's date as a reader sees it: a day, "first – last", or "undated"."""
    if event.get("date"):
        return str(event["date"])
    if event.get("date_range"):
        first, last = event["date_range"]
        return f"{first} – {last}"
    return "undated"


def article_events(store: Store, slug: str) -> list[dict[str, Any]]:
    """A stored article's event mentions, for the reader's highlights and its list of events."""
    ident = article_row_id(store, slug)
    return article_event_mentions(store.conn, ident) if ident is not None else []


def marks_of(data: dict[str, Any]) -> list[dict[str, Any]]:
    """Event mentions to highlight, from an analysis not stored ("Try it": ``Article.to_dict()``'s events)."""
    return [{"start": m["start"], "end": m["end"], "type": e["type"], "status": e["status"], "event": n,
             "date": e.get("date"), "date_range": e.get("date_range")}
            for n, e in enumerate(data.get("events") or []) for m in e["mentions"]]


def listed(marks: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """One entry per event of an article (its first mention), for the list beside the reader."""
    seen: dict[Any, dict[str, Any]] = {}
    for m in marks:
        seen.setdefault(m["event"], {**m, "when": when(m)})
    return list(seen.values())


def actor_events(store: Store, actor: str, limit: int = 50) -> list[dict[str, Any]]:
    """The latest events an actor (slug, name or alias) took part in, for the actor's page."""
    row = find_actor(store, actor)
    if row is None:
        return []
    events = corpus_events(store.conn, EventFilter(actor_id=int(row["id"]), limit=limit))
    return [{**e, "when": when(e)} for e in events]


def add_routes(app: FastAPI, store_dep: Any, page: Callable[..., HTMLResponse]) -> None:
    Filters = Annotated[EventFilters, Depends()]

    @app.get("/api/events", tags=["events"], response_model=EventPage)
    def api_events(store: store_dep, filters: Filters) -> dict[str, Any]:
        """Meetings, talks, summits, calls, visits, press conferences, votes, debates, rallies, hearings and
        speeches, one per occasion with every article that reports it (``sources``), latest first, undated last."""
        f = filters.to_filter(store)
        return {"total": count_events(store.conn, f), "items": corpus_events(store.conn, f)}

    @app.get("/events", response_class=HTMLResponse, include_in_schema=False)
    def events_page(request: Request, store: store_dep, filters: Filters) -> HTMLResponse:
        try:
            f = filters.to_filter(store)
        except HTTPException as err:
            return page(request, "error.html", 400, message=str(err.detail))
        events = [{**e, "when": when(e)} for e in corpus_events(store.conn, f)]
        dated = [e for e in events if e["when"] != "undated"]
        undated = [e for e in events if e["when"] == "undated"]
        days = [(day, list(group)) for day, group in groupby(dated, key=lambda e: e["when"])]
        # The page showed its first 100 of 1,149 events with no way to the others: previous and next pages.
        total, step = count_events(store.conn, f), filters.limit
        nav = {"first": filters.offset + 1, "last": filters.offset + len(events),
               "previous": filters.query(offset=max(filters.offset - step, 0) or None) if filters.offset else None,
               "next": filters.query(offset=filters.offset + step) if filters.offset + step < total else None}
        return page(request, "events.html", days=days, undated=undated, filters=filters, nav=nav,
                    total=total, types=list(EventType.__args__),  # type: ignore[attr-defined]
                    statuses=list(EventStatus.__args__))  # type: ignore[attr-defined]
