"""Positions and shifts in the web app: /api/positions, /api/shifts, their CSV, and the /positions page.

Kept apart from app.py so the routes read as one piece; ``add_routes`` is called by ``create_app``.
No ``from __future__ import annotations`` here: FastAPI reads the routes' annotations, which name
local aliases (the store dependency) that a string annotation could not resolve.
"""

import io
from collections.abc import Callable
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Annotated, Any, Literal, TypeVar
from urllib.parse import urlencode

from fastapi import Depends, FastAPI, HTTPException, Query, Request
from fastapi.responses import HTMLResponse, Response
from markupsafe import Markup, escape

from onrecord.serve import render
from onrecord.serve.deps import actors_meant
from onrecord.settings import Settings
from onrecord.store import Store
from onrecord.store.kept import Reading, warm
from onrecord.store.positions import (
    PositionQuery,
    dated_range,
    issue_timeline,
    parse_days,
    positions,
    shift_threshold,
    shift_trusted,
    shifts,
    stored_issues,
    thin_shifts,
)
from onrecord.store.queries import QueryError, known_issues

_T = TypeVar("_T")
# as_of and since: far enough from year 1 and 9999 that a window (at most 100 years) or the page's step
# earlier or later stays a date (9999-12-31 answered 500: OverflowError).
FIRST_DAY, LAST_DAY = date(200, 1, 1), date(9799, 12, 31)
Duration = Annotated[str | None, Query(max_length=20, description="90d, 12w, 6m, 1y")]


class PositionFilters:
    """The filters `onrecord positions` and `shifts` take, as query parameters."""

    def __init__(self, issue: Annotated[str | None, Query(max_length=200)] = None,
                 actor: Annotated[str | None, Query(max_length=200)] = None,
                 as_of: Annotated[date | None, Query(description="judge as of this date")] = None,
                 window: Duration = None, half_life: Duration = None, roll_up: bool = False,
                 since: Annotated[date | None, Query(description="shifts on or after this date")] = None,
                 min_confidence: Annotated[float, Query(ge=0, le=1, description="shifts at least this sure")] = 0.0,
                 min_articles: Annotated[int | None, Query(ge=1, le=1000, description=(
                     "shifts: articles each side of a shift needs (default: Settings.shift_min_articles); "
                     "positions: only cells resting on at least this many articles"))] = None,
                 sort: Annotated[Literal["actor", "evidence"], Query(description=(
                     "positions: by actor name, or the most articles and statements first"))] = "actor",
                 all_evidence: Annotated[bool, Query(description=(
                     "shifts: from every tagged statement, not only trusted ones (a side-taking act by a named "
                     "speaker, plainly about the issue; default: Settings.shift_trusted_only)"))] = False,
                 ) -> None:
        try:
            window_days = parse_days(window) if window else None
            half_life_days = float(parse_days(half_life)) if half_life else None
        except ValueError as err:
            raise HTTPException(400, str(err)) from err
        for name, day in (("as_of", as_of), ("since", since)):
            if day is not None and not FIRST_DAY <= day <= LAST_DAY:  # a window or a page's step before it
                raise HTTPException(400, f"{name} must be between {FIRST_DAY} and {LAST_DAY}, got {day}")
        self.query = PositionQuery(issue=issue or None, actor=actor or None,
                                   as_of=as_of.isoformat() if as_of else None, window_days=window_days,
                                   half_life_days=half_life_days, roll_up=roll_up,
                                   since=since.isoformat() if since else None, min_confidence=min_confidence,
                                   min_articles=min_articles, sort=sort,
                                   trusted_only=False if all_evidence else None)


# The stance rows of each actor's band, top to bottom, and how a point of each stance is drawn: a shape
# as well as a colour, so the chart reads in grey print and for colour-blind readers; the legend says which.
STANCE_ROWS = ("support", "open", "oppose", "unclear")
SHAPES = {"support": ("triangle pointing up", "#2e7d32"), "open": ("hollow circle", "#b26a00"),
          "oppose": ("triangle pointing down", "#c62828"), "unclear": ("cross", "#757575")}
# The matrix's rows on the page (the CSV has them all): 300 PolNeAR articles gave 578 actors, a page of
# 887 KB and 35,000 px that took 1.3 s to show, most rows a one-statement cell of a passing mention.
POSITIONS_ROWS = 100
TIMELINE_SHIFTS = 50  # listed under the chart, the newest; the rest through /api/shifts.csv
ROW_H, BAND_GAP, LABEL_W, PLOT_W, AXIS_H, INSET = 14, 22, 190, 640, 34, 12  # INSET: points clear of the labels


def _marker(stance: str, x: float, y: float) -> str:
    """One point's shape, centred on (x, y); presentation attributes only (the CSP forbids inline style)."""
    colour = SHAPES.get(stance, SHAPES["unclear"])[1]
    if stance == "support":
        return f'<path d="M{x:.1f},{y - 5:.1f} L{x + 5:.1f},{y + 4:.1f} L{x - 5:.1f},{y + 4:.1f} Z" fill="{colour}"/>'
    if stance == "oppose":
        return f'<path d="M{x:.1f},{y + 5:.1f} L{x + 5:.1f},{y - 4:.1f} L{x - 5:.1f},{y - 4:.1f} Z" fill="{colour}"/>'
    if stance == "open":
        return f'<circle cx="{x:.1f}" cy="{y:.1f}" r="4.5" fill="#fff" stroke="{colour}" stroke-width="2"/>'
    return (f'<path d="M{x - 4:.1f},{y - 4:.1f} L{x + 4:.1f},{y + 4:.1f} M{x - 4:.1f},{y + 4:.1f} '
            f'L{x + 4:.1f},{y - 4:.1f}" stroke="{colour}" stroke-width="2"/>')


def _ticks(first: date, last: date, count: int = 5) -> list[date]:
    span = (last - first).days
    if span == 0:
        return [first]
    return sorted({first + timedelta(days=round(span * n / (count - 1))) for n in range(count)})


def stance_timeline_svg(timeline: dict[str, Any]) -> Markup:
    """Each actor's stance on one issue over time: a band per actor, a row per stance, one linked point per
    statement (the link opens it in the reader). Everything from the store is escaped."""
    points = timeline["points"]
    if not points:
        return Markup('<p class="muted">No dated statement on this issue for these filters.</p>')
    first = date.fromisoformat(timeline["since"] or points[0]["day"])
    last = date.fromisoformat(timeline["as_of"] or points[-1]["day"])
    span = max((last - first).days, 1)
    band = ROW_H * len(STANCE_ROWS) + BAND_GAP
    # Past three actors the chart is taller than a screen, and its dates were only at the bottom (a 12-actor
    # chart's 1,000 pixels down): the dates go above the bands too.
    above = AXIS_H if len(timeline["actors"]) > 3 else 0
    top = {a["id"]: above + BAND_GAP + n * band for n, a in enumerate(timeline["actors"])}
    height = above + BAND_GAP + band * len(top) + AXIS_H
    width = LABEL_W + PLOT_W + 40  # room for the last date's label

    def at(day: date) -> float:
        return LABEL_W + INSET + (day - first).days / span * (PLOT_W - 2 * INSET)
    out = [f'<svg class="stance-timeline" viewBox="0 0 {width} {height}" width="{width}" height="{height}" '
           f'role="img" aria-labelledby="chart-title"><title id="chart-title">'
           f'{escape(timeline["issue"])}: stance of {len(top)} actors from {first} to {last}</title>']
    for actor in timeline["actors"]:
        y0 = top[actor["id"]]
        out.append(f'<text x="4" y="{y0 - 6}" font-size="12" font-weight="bold" fill="#222">'
                   f'{escape(actor["name"])} ({actor["statements"]})</text>')
        for row, stance in enumerate(STANCE_ROWS):
            y = y0 + row * ROW_H + ROW_H / 2
            out.append(f'<text x="{LABEL_W - 8}" y="{y + 4:.1f}" font-size="10" fill="#555" '
                       f'text-anchor="end">{stance}</text><line x1="{LABEL_W}" y1="{y:.1f}" '
                       f'x2="{LABEL_W + PLOT_W}" y2="{y:.1f}" stroke="#e4e4e4"/>')
    seen: dict[tuple[str, str, str], int] = {}
    for p in points:
        row = STANCE_ROWS.index(p["stance"]) if p["stance"] in STANCE_ROWS else len(STANCE_ROWS) - 1
        slot = (p["actor"]["id"], p["day"], p["stance"])
        nth = seen[slot] = seen.get(slot, -1) + 1  # the same day's points side by side, not on top of each other
        x = at(date.fromisoformat(p["day"])) + (nth % 6) * 5
        y = top[p["actor"]["id"]] + row * ROW_H + ROW_H / 2
        said = f"{p['act']}{', hedged' if p['hedged'] else ''}"
        label = f"{p['day']} · {p['actor']['name']} · {p['stance']} ({said}): “{p['content']}”"
        out.append(f'<a class="point" href="{escape(p["link"])}" data-stance="{escape(p["stance"])}">'
                   f'<title>{escape(render.show_bidi(label))}</title>{_marker(p["stance"], x, y)}</a>')
    base = height - AXIS_H + 6
    out.append(f'<line x1="{LABEL_W}" y1="{base}" x2="{LABEL_W + PLOT_W}" y2="{base}" stroke="#888"/>')
    if above:
        out.append(f'<line x1="{LABEL_W}" y1="{above - 6}" x2="{LABEL_W + PLOT_W}" y2="{above - 6}" stroke="#888"/>')
    for tick in _ticks(first, last):
        x = at(tick)
        out.append(f'<line x1="{x:.1f}" y1="{base}" x2="{x:.1f}" y2="{base + 4}" stroke="#888"/>'
                   f'<text x="{x:.1f}" y="{base + 16}" font-size="10" fill="#444" text-anchor="middle">{tick}</text>')
        if above:
            out.append(f'<line x1="{x:.1f}" y1="{above - 10}" x2="{x:.1f}" y2="{above - 6}" stroke="#888"/>'
                       f'<text x="{x:.1f}" y="{above - 14}" font-size="10" fill="#444" text-anchor="middle">'
                       f'{tick}</text>')
    out.append("</svg>")
    return Markup("".join(out))


def stance_legend() -> Markup:
    """The shapes of the chart, each drawn and named."""
    items = []
    for stance in STANCE_ROWS:
        items.append(f'<li><svg width="14" height="14" viewBox="0 0 14 14" aria-hidden="true">{_marker(stance, 7, 7)}'
                     f'</svg> {stance} ({SHAPES[stance][0]})</li>')
    return Markup(f'<ul class="stance-legend">{"".join(items)}</ul>')


def _csv(rows: _T, write: Callable[[_T, Any], None], name: str) -> Response:
    buffer = io.StringIO()
    write(rows, buffer)
    return Response(buffer.getvalue(), media_type="text/csv; charset=utf-8",
                    headers={"Content-Disposition": f'attachment; filename="{name}"'})


def reading(settings: Settings) -> Reading:
    """A request's reads of kept answers: stale ones up to ``positions_stale_s`` old, and another request's
    computation of the same answer waited for at most the request's own query budget."""
    return Reading(stale_s=settings.positions_stale_s, wait_s=settings.serve_query_timeout_s)


def _oldest(read: Reading) -> tuple[str, bool, int] | None:
    """When the oldest answer given was computed (ISO, UTC, to the second), whether it is stale, and the articles
    added since; None when nothing kept was read (an error before it)."""
    if not read.given:
        return None
    stale = read.stale
    given = stale or min(read.given, key=lambda g: g.computed_at)
    at = datetime.fromtimestamp(given.computed_at, UTC).replace(microsecond=0)
    return at.isoformat().replace("+00:00", "Z"), stale is not None, given.articles_added


def kept_headers(read: Reading) -> dict[str, str]:
    """What an answer rests on, said to every client without changing its body (a CSV stays a CSV):
    ``X-Onrecord-Computed-At`` (UTC), ``X-Onrecord-Stale`` (``true``: the store has moved since, a newer answer
    is being computed) and ``X-Onrecord-Articles-Added`` (analysed articles since)."""
    found = _oldest(read)
    if found is None:
        return {}
    at, stale, added = found
    return {"X-Onrecord-Computed-At": at, "X-Onrecord-Stale": "true" if stale else "false",
            "X-Onrecord-Articles-Added": str(added)}


def kept_fields(read: Reading) -> dict[str, Any]:
    """The same in a JSON body: ``computed_at``, ``stale``, ``articles_added_since``."""
    found = _oldest(read)
    if found is None:
        return {}
    at, stale, added = found
    return {"computed_at": at, "stale": stale, "articles_added_since": added}


def kept_note(read: Reading) -> dict[str, Any] | None:
    """For a page: when the stale answer shown was computed (HH:MM:SS UTC) and the articles added since."""
    found = _oldest(read)
    if found is None or not found[1]:
        return None
    return {"time": found[0][11:19] + " UTC", "added": found[2]}


def _headed(response: Response, read: Reading) -> Response:
    response.headers.update(kept_headers(read))
    return response


def warm_positions(db: Path, settings: Settings) -> None:
    """Compute in the background what /positions and /api/positions open on (the whole store's matrix: one
    answer, kept by name and sorted as asked) and the issues every timeline page lists."""
    warm(db, settings, lambda store: positions(store, PositionQuery(), settings),
         lambda store: stored_issues(store, settings))


def add_routes(app: FastAPI, store_dep: Any, page: Callable[..., HTMLResponse]) -> None:
    from onrecord.store.export import write_positions_csv, write_shifts_csv

    Filters = Annotated[PositionFilters, Depends()]

    def answer(query: Callable[[Store, PositionQuery, Settings, Reading], _T], store: Store,
               filters: PositionFilters, read: Reading) -> _T:
        """``query`` over the store with the request's filters; a bad filter (unknown actor ...) is a 400."""
        try:
            return query(store, filters.query, app.state.settings, read)
        except QueryError as err:
            raise HTTPException(400, str(err)) from err

    def matrix(store: Store, filters: PositionFilters, read: Reading) -> dict[str, Any]:
        return answer(positions, store, filters, read)

    def changes(store: Store, filters: PositionFilters, read: Reading) -> list[dict[str, Any]]:
        return answer(shifts, store, filters, read)

    def thin_shifts_of_none(store: Store, query: PositionQuery, settings: Settings, read: Reading) -> int:
        return thin_shifts(store, query, 0, settings, read)

    @app.get("/api/positions", tags=["positions"])
    def api_positions(store: store_dep, filters: Filters, response: Response) -> dict[str, Any]:
        """Where each actor stands on each issue as of a date: stance (support, oppose, open, mixed, unclear),
        confidence, counts, first and last seen, and evidence statements with links. ``stale`` is true while
        the store is being written and this answer, computed at ``computed_at``, is being recomputed
        (``articles_added_since`` then): see docs/SERVE.md."""
        read = reading(app.state.settings)
        found = matrix(store, filters, read)
        _headed(response, read)
        return found | kept_fields(read)

    @app.get("/api/positions.csv", tags=["positions"])
    def api_positions_csv(store: store_dep, filters: Filters) -> Response:
        """The same cells, one CSV row each, with the as-of date, window and half-life they were judged with;
        ``evidence`` holds the statements' links. The headers ``X-Onrecord-Stale`` and
        ``X-Onrecord-Computed-At`` say whether the store has moved since."""
        read = reading(app.state.settings)
        return _headed(_csv(matrix(store, filters, read), write_positions_csv, "positions.csv"), read)

    @app.get("/api/shifts", tags=["positions"])
    def api_shifts(store: store_dep, filters: Filters, response: Response) -> dict[str, Any]:
        """Each change of an actor's stance on an issue, oldest first, with the statements either side;
        ``window`` judges each day with the days before it (one stray statement is then no shift), ``as_of``
        ignores statements after it. With ``min_articles=1`` a brief contrary stance is one item whose ``returned``
        gives the day the earlier stance came back. Each statement gives ``said`` (its own day, where it differs from
        its article's ``published``), ``speaker`` and ``cue`` as the article words them, and its article's
        ``outlet`` and ``title``. ``stale``, ``computed_at``: as for /api/positions."""
        read = reading(app.state.settings)
        items = changes(store, filters, read)
        _headed(response, read)
        return {"items": items} | kept_fields(read)

    @app.get("/api/shifts.csv", tags=["positions"])
    def api_shifts_csv(store: store_dep, filters: Filters) -> Response:
        read = reading(app.state.settings)
        return _headed(_csv(changes(store, filters, read), write_shifts_csv, "shifts.csv"), read)

    def timeline(store: Store, filters: PositionFilters, read: Reading) -> dict[str, Any]:
        return answer(issue_timeline, store, filters, read)

    @app.get("/api/positions/timeline", tags=["positions"])
    def api_timeline(store: store_dep, filters: Filters, response: Response) -> dict[str, Any]:
        """Every dated statement on one ``issue`` (required) by the actors who said most about it, oldest first,
        each with its stance and link; ``since`` and ``as_of`` bound the dates. ``stale``, ``computed_at``: as
        for /api/positions."""
        read = reading(app.state.settings)
        found = timeline(store, filters, read)
        _headed(response, read)
        return found | kept_fields(read)

    @app.get("/positions/timeline", response_class=HTMLResponse, include_in_schema=False)
    def timeline_page(request: Request, store: store_dep, filters: Filters) -> Response:
        read = reading(app.state.settings)
        issues = stored_issues(store, app.state.settings, read)
        if not filters.query.issue:
            return _headed(page(request, "timeline.html", issues=issues, query=filters.query, result=None,
                                chart=None, kept=kept_note(read)), read)
        try:
            result = timeline(store, filters, read)
        except HTTPException as err:
            return page(request, "error.html", err.status_code, message=str(err.detail),
                        choices=_choices(store, request, filters.query.actor))
        found = changes(store, filters, read)
        needed = shift_threshold(filters.query, app.state.settings)
        # On a real corpus the default threshold often leaves no shift at all; without a word the page then
        # reads as "nobody changed" when the changes are there, each resting on one report.
        thin = 0 if found else answer(thin_shifts_of_none, store, filters, read)
        return _headed(page(request, "timeline.html", issues=issues, query=filters.query, result=result,
                            chart=stance_timeline_svg(result), legend=stance_legend(), changes=found,
                            shift_limit=TIMELINE_SHIFTS, shift_min_articles=needed, thin_shifts=thin,
                            shift_excursions=app.state.settings.shift_drop_excursions and needed > 1,
                            shift_returns=app.state.settings.shift_drop_excursions and needed <= 1,
                            shift_trusted=shift_trusted(filters.query, app.state.settings),
                            shift_links=_shift_links(filters.query), kept=kept_note(read)), read)

    @app.get("/positions", response_class=HTMLResponse, include_in_schema=False)
    def positions_page(request: Request, store: store_dep, filters: Filters) -> Response:
        query = filters.query
        if "sort" not in request.query_params:  # the page opens on the best-attested cells (the API: by name)
            query = replace(query, sort="evidence")
        read = reading(app.state.settings)
        try:
            result = positions(store, query, app.state.settings, read)
        except QueryError as err:
            return page(request, "error.html", 400, message=str(err), choices=_choices(store, request, query.actor))
        # One row per actor, in the order of its first cell: the cells come sorted as asked (by name, or the
        # most articles first). The rows were always by name, so sort=evidence changed nothing on the page.
        rows: dict[str, dict[str, Any]] = {}
        for p in result["positions"]:
            rows.setdefault(p["actor"]["id"], p["actor"])
        actors = list(rows.values())
        shown = actors[:POSITIONS_ROWS]
        kept = {a["id"] for a in shown}
        cells = {(p["actor"]["id"], p["issue"]): p for p in result["positions"] if p["actor"]["id"] in kept}
        issues = sorted({issue for _, issue in cells})
        return _headed(page(request, "positions.html", result=result, actors=shown,
                            more_actors=len(actors) - len(shown), issues=issues, cells=cells, query=query,
                            links=_page_links(query, result), slider=_slider(store, result),
                            known_issues=known_issues(store), kept=kept_note(read)), read)


def _choices(store: Store, request: Request, actor: str | None) -> list[dict[str, Any]]:
    """For an actor name refused as ambiguous ("Sanders"), the quoted actors it could mean, each a link to this
    page with the same parameters and that actor."""
    kept = [(k, v) for k, v in request.query_params.multi_items() if k != "actor"]
    return [{**a, "href": f"{request.url.path}?{urlencode([*kept, ('actor', a['id'])])}"}
            for a in actors_meant(store, actor)]


def _params(query: PositionQuery, **changes: Any) -> str:
    """The page's query string with ``changes``; empty values are left out."""
    pairs = {"issue": query.issue, "actor": query.actor, "as_of": query.as_of,
             "window": f"{query.window_days}d" if query.window_days else None,
             "half_life": f"{query.half_life_days:g}d" if query.half_life_days else None,
             "roll_up": "true" if query.roll_up else None} | changes
    return urlencode({k: v for k, v in pairs.items() if v})


def _shift_params(query: PositionQuery, **changes: Any) -> str:
    """The query string of the shifts a timeline page lists: every filter ``shifts`` reads, so its CSV holds
    the same shifts as the page (not the whole issue's, at the default threshold)."""
    return _params(query, **({"half_life": None, "since": query.since, "min_articles": query.min_articles,
                              "min_confidence": query.min_confidence or None,
                              "all_evidence": "true" if query.trusted_only is False else None} | changes))


def _shift_links(query: PositionQuery) -> dict[str, str]:
    return {"csv": "/api/shifts.csv?" + _shift_params(query),
            "thin": "/positions/timeline?" + _shift_params(query, min_articles=1) + "#shifts",
            "every": "/positions/timeline?" + _shift_params(query, all_evidence="true") + "#shifts",
            "trusted": "/positions/timeline?" + _shift_params(query, all_evidence=None) + "#shifts"}


def _page_links(query: PositionQuery, result: dict[str, Any]) -> dict[str, str]:
    """Links that keep the filters: a step earlier and later (the window, else 30 days), CSV and timeline."""
    # Kept within the days the page takes: a store's latest date may be a placeholder (9999-12-31), stored
    # before ingest refused them, and a step later from it answered 500 (OverflowError).
    as_of = min(max(date.fromisoformat(result["as_of"]), FIRST_DAY), LAST_DAY)
    step = timedelta(days=query.window_days or 30)
    # The matrix's own order and floor; not the timeline's, where min_articles is the shifts' threshold.
    # The order always (the page's own default is evidence, the API's actor), and the floor when set.
    matrix = {"sort": query.sort, "min_articles": query.min_articles}
    return {"earlier": "/positions?" + _params(query, as_of=(as_of - step).isoformat(), **matrix),
            "later": "/positions?" + _params(query, as_of=(as_of + step).isoformat(), **matrix),
            "step": f"{step.days} days",
            "csv": "/api/positions.csv?" + _params(query, as_of=result["as_of"], **matrix),
            "timeline": _params(query, as_of=result["as_of"], window=None, half_life=None)}


def _slider(store: Store, result: dict[str, Any]) -> dict[str, Any] | None:
    """The as-of slider's range: one step per day from the first dated article to the last."""
    found = dated_range(store)
    if found is None:
        return None
    first, last = (date.fromisoformat(d) for d in found)
    as_of = date.fromisoformat(result["as_of"])
    return {"first": first.isoformat(), "days": max((last - first).days, 1),
            "value": min(max((as_of - first).days, 0), (last - first).days)}


def _faded_days(cell: dict[str, Any], as_of: object) -> int | None:
    """How many days before ``as_of`` the last statement the stance rests on was, when the cell's confidence
    shows as 0.00 only because its statements are that old (each weighs half every half-life); None otherwise.
    The stance's last statement, not the cell's: Donald Trump's oppose on trump-taxes-business (PolNeAR) rests
    on one statement of 2015-11-24 and said "last said 4 days before" from an unclear one of 2016-09-03."""
    last = (cell.get("backing") or {}).get("last") or cell.get("last_seen")
    if cell.get("confidence", 1) >= 0.005 or not cell.get("statements") or not last:
        return None
    try:
        days = (date.fromisoformat(str(as_of)[:10]) - date.fromisoformat(str(last)[:10])).days
    except ValueError:
        return None
    return days if days > 0 else None


def actor_positions(store: Store, actor_id: str, settings: Any, read: Reading | None = None) -> dict[str, Any]:
    """The actor page's positions: one row per issue, judged as of the newest article, never rolled up; with
    each issue's shifts (at the default threshold), oldest first. A cell said "mixed (support / oppose)" where
    the stance had moved, support to oppose and back (Bernie Sanders on Hillary Clinton's candidacy, April and
    June 2016), and the page never said when."""
    query = PositionQuery(actor=actor_id, exact_actor=True)
    found = positions(store, query, settings, read)
    # A confidence of 0.00 beside a stance of 101 statements, unexplained. The cells are copied, not changed in
    # place: the answer may be a kept one that other requests read.
    found = {**found, "positions": [{**cell, "faded_days": _faded_days(cell, found.get("as_of"))}
                                    for cell in found.get("positions", [])]}
    moves: dict[str, list[dict[str, Any]]] = {}
    for change in shifts(store, query, settings, read):
        moves.setdefault(change["issue"], []).append(change)
    return {**found, "shifts": moves}
