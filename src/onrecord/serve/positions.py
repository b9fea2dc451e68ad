"""Positions and shifts in the web app: /api/positions, /api/shifts, their CSV, and the /positions page.

Kept apart from app.py so the routes read as one piece; ``add_routes`` is called by ``create_app``.
No ``from __future__ import annotations`` here: FastAPI reads the routes' annotations, which name
local aliases (the store dependency) that a string annotation could not resolve.
"""

import io
from collections.abc import Callable
from datetime import date
from typing import Annotated, Any

from fastapi import Depends, FastAPI, HTTPException, Query, Request
from fastapi.responses import HTMLResponse, Response

from onrecord.store import Store
from onrecord.store.positions import PositionQuery, parse_days, positions, shifts
from onrecord.store.queries import QueryError

Duration = Annotated[str | None, Query(max_length=20, description="90d, 12w, 6m, 1y")]


class PositionFilters:
    """The filters `onrecord positions` and `shifts` take, as query parameters."""

    def __init__(self, issue: Annotated[str | None, Query(max_length=200)] = None,
                 actor: Annotated[str | None, Query(max_length=200)] = None,
                 as_of: Annotated[date | None, Query(description="judge as of this date")] = None,
                 window: Duration = None, half_life: Duration = None, roll_up: bool = False,
                 since: Annotated[date | None, Query(description="shifts on or after this date")] = None,
                 min_confidence: Annotated[float, Query(ge=0, le=1, description="shifts at least this sure")] = 0.0,
                 ) -> None:
        try:
            window_days = parse_days(window) if window else None
            half_life_days = float(parse_days(half_life)) if half_life else None
        except ValueError as err:
            raise HTTPException(400, str(err)) from err
        self.query = PositionQuery(issue=issue or None, actor=actor or None,
                                   as_of=as_of.isoformat() if as_of else None, window_days=window_days,
                                   half_life_days=half_life_days, roll_up=roll_up,
                                   since=since.isoformat() if since else None, min_confidence=min_confidence)


def _csv(rows: list[dict[str, Any]], write: Callable[[list[dict[str, Any]], Any], None], name: str) -> Response:
    buffer = io.StringIO()
    write(rows, buffer)
    return Response(buffer.getvalue(), media_type="text/csv; charset=utf-8",
                    headers={"Content-Disposition": f'attachment; filename="{name}"'})


def add_routes(app: FastAPI, store_dep: Any, page: Callable[..., HTMLResponse]) -> None:
    from onrecord.store.export import write_positions_csv, write_shifts_csv

    Filters = Annotated[PositionFilters, Depends()]

    def matrix(store: Store, filters: PositionFilters) -> dict[str, Any]:
        try:
            return positions(store, filters.query, app.state.settings)
        except QueryError as err:
            raise HTTPException(400, str(err)) from err

    def changes(store: Store, filters: PositionFilters) -> list[dict[str, Any]]:
        try:
            return shifts(store, filters.query, app.state.settings)
        except QueryError as err:
            raise HTTPException(400, str(err)) from err

    @app.get("/api/positions", tags=["positions"])
    def api_positions(store: store_dep, filters: Filters) -> dict[str, Any]:
        """Where each actor stands on each issue as of a date: stance (support, oppose, open, mixed, unclear),
        confidence, counts, first and last seen, and evidence statements with links."""
        return matrix(store, filters)

    @app.get("/api/positions.csv", tags=["positions"])
    def api_positions_csv(store: store_dep, filters: Filters) -> Response:
        """The same cells, one CSV row each; ``evidence`` holds the statements' links."""
        return _csv(matrix(store, filters)["positions"], write_positions_csv, "positions.csv")

    @app.get("/api/shifts", tags=["positions"])
    def api_shifts(store: store_dep, filters: Filters) -> dict[str, Any]:
        """Each change of an actor's stance on an issue, oldest first, with the statements either side."""
        return {"items": changes(store, filters)}

    @app.get("/api/shifts.csv", tags=["positions"])
    def api_shifts_csv(store: store_dep, filters: Filters) -> Response:
        return _csv(changes(store, filters), write_shifts_csv, "shifts.csv")

    @app.get("/positions", response_class=HTMLResponse, include_in_schema=False)
    def positions_page(request: Request, store: store_dep, filters: Filters) -> HTMLResponse:
        try:
            result = positions(store, filters.query, app.state.settings)
        except QueryError as err:
            return page(request, "error.html", 400, message=str(err))
        actors = sorted({p["actor"]["name"] for p in result["positions"]}, key=str.lower)
        issues = sorted({p["issue"] for p in result["positions"]})
        cells = {(p["actor"]["name"], p["issue"]): p for p in result["positions"]}
        return page(request, "positions.html", result=result, actors=actors, issues=issues, cells=cells,
                    query=filters.query)
