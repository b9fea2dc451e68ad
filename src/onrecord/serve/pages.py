"""The server-rendered pages: home, articles, the reader, actor pages, search and "Try it".

No ``from __future__ import annotations``: FastAPI reads these annotations at run time.
"""

import calendar
import json
from dataclasses import replace
from datetime import date
from typing import Annotated, Any, Literal
from urllib.parse import urlencode

from fastapi import APIRouter, Form, Query, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import HTMLResponse
from markupsafe import Markup

from onrecord.ingest.metadata import plausible_day
from onrecord.store import Store
from onrecord.store import queries as q
from onrecord.store.export import headline, said_label
from onrecord.store.kept import kept

from . import render
from .deps import (
    ACTORS_MEANT,
    PAGE_SIZE,
    Filters,
    StatementFilters,
    StoreDep,
    actors_meant,
    analysis,
    page,
    retry_headers,
    unicode_problem,
)
from .events import actor_events, article_events, listed, marks_of
from .pool import PoolUnavailable
from .positions import actor_positions, kept_headers, kept_note, reading

ACTOR_PAGE_STATEMENTS = 300  # the newest; the rest through search and its CSV

router = APIRouter(include_in_schema=False, default_response_class=HTMLResponse)


@router.get("/")
def home(request: Request, store: StoreDep) -> HTMLResponse:
    top = q.actors(store, limit=12, min_statements=1)
    return page(request, "home.html", articles=q.articles(store, limit=20), actors=top, overview=q.overview(store))


@router.get("/articles/{key}")
def article_page(request: Request, key: str, store: StoreDep,
                 part: Annotated[int, Query(ge=1, le=100_000, description="a long article's part")] = 1,
                 find: Annotated[str | None, Query(max_length=200, description=(
                     "a reader anchor (s-KEY, s-id-N, ev-N): show the part that holds it"))] = None
                 ) -> HTMLResponse:
    data = q.article(store, key, with_statements=False)  # the statements once the part is known
    if data is None:
        return page(request, "error.html", 404, message=f"No article {key!r} in this store.")
    # A long article is shown a part at a time: a 20 MB one (77,000 statements) took over 10 s to read
    # and render whole, and its page would have been hundreds of megabytes.
    parts = render.text_parts(data["text"], request.app.state.settings.serve_reader_part_chars)
    if find is not None and (offset := q.anchor_offset(store, data["id"], find)) is not None:
        part = part_holding(parts, offset)
    if part > len(parts):
        return page(request, "error.html", 404, message=f"{key!r} has {len(parts)} part(s), not {part}.")
    window = parts[part - 1]
    data["statements"] = q.article_statements(store, q.StatementFilter(article=data["id"], within=window))
    marks = [m for m in article_events(store, data["id"]) if window[0] <= m["start"] < window[1]]
    return reader(request, data, stored=True, marks=marks, window=window, part=part, parts=len(parts))


def part_holding(parts: list[tuple[int, int]], offset: int) -> int:
    """The number (from 1) of the part whose range holds ``offset``; the last part for one past the text."""
    for number, (start, end) in enumerate(parts, start=1):
        if start <= offset < end:
            return number
    return len(parts)


def reader(request: Request, data: dict[str, Any], *, stored: bool, marks: list[dict[str, Any]] | None = None,
           window: tuple[int, int] | None = None, part: int = 1, parts: int = 1) -> HTMLResponse:
    """The reader for an article: stored, or just analysed by "Try it" (its events marked from ``data``);
    with ``window``, only that part of its text."""
    legend = render.speakers(data["statements"])
    details = [_detail(s, n, legend) for n, s in enumerate(data["statements"])]
    marks = marks_of(data) if marks is None else marks
    text, said = data["text"], data["statements"]
    start, end = window or (0, len(text))
    # A text that opens with its title (--title-line) shows that line once: as the heading, marks and all.
    top = headline(data.get("title"), text) if start == 0 else None
    heading = render.highlight(text, said, legend, marks, 0, top[0]) if top else None
    shown, folded = render.legend_parts(legend)
    return page(request, "article.html", article=data, legend=shown, legend_more=folded, stored=stored,
                events=listed(marks), heading=heading, part=part, parts=parts,
                body=render.highlight(text, said, legend, marks, top[1] if top else start, end),
                details_json=Markup(json.dumps(details).replace("<", "\\u003c").replace("&", "\\u0026")))


@router.get("/actors")
def actors_page(request: Request, store: StoreDep,
                q_: Annotated[str | None, Query(alias="q", max_length=200)] = None,
                everyone: Annotated[bool, Query(alias="all")] = False,
                page_number: Annotated[int, Query(alias="page", ge=1, le=100_000)] = 1) -> HTMLResponse:
    """Every actor, most quoted first, searchable by name or alias: the way in to the actor pages."""
    q_ = (q_ or "").strip() or None
    least = 0 if everyone else 1  # by default those quoted at least once, as the API and `onrecord actors`
    total = q.count_actors(store, search=q_, min_statements=least)
    rows = q.actors(store, limit=PAGE_SIZE, offset=(page_number - 1) * PAGE_SIZE, search=q_, min_statements=least)
    keep = urlencode({k: v for k, v in (("q", q_), ("all", "true" if everyone else None)) if v})
    return page(request, "actors.html", actors=rows, total=total, words=q_ or "", everyone=everyone, keep=keep,
                page_number=page_number, pages=max(1, -(-total // PAGE_SIZE)))


@router.get("/actors/{key}")
def actor_page(request: Request, key: str, store: StoreDep,
               act: Annotated[str | None, Query()] = None) -> HTMLResponse:
    info = q.actor(store, key)
    if info is None:
        return page(request, "error.html", 404, message=f"No actor {key!r} in this store.")
    if act and act not in q.ACTS:
        return page(request, "error.html", 400, message=f"act must be one of {', '.join(q.ACTS)}")
    f = q.StatementFilter(actor=info["id"], exact_actor=True, act=act)
    total = q.count_statements(store, f)
    rows = q.statements(store, replace(f, newest_first=True, limit=ACTOR_PAGE_STATEMENTS))
    groups: dict[str, dict[str, Any]] = {}
    for row in rows:
        groups.setdefault(row["article"]["id"], {"article": row["article"], "statements": []})[
            "statements"].append(row)
    ordered = sorted(groups.values(), key=lambda g: g["article"]["published"] or "", reverse=True)
    settings = request.app.state.settings
    read = reading(settings)
    found = actor_positions(store, info["id"], settings, read)
    # Statements per day, kept as positions are: the top actor of 100,000 articles (171,500 statements) took
    # 0.14-0.18 s of CPU for its chart (1.4 s with the store not yet in the page cache) on every visit.
    days = kept(store, "actor-timeline", (info["id"], act), settings,
                lambda s: q.timeline(s, info["id"], act=act), read)
    answer = page(request, "actor.html", actor=info, groups=ordered, act=act, acts=q.ACTS, shown=len(rows),
                  total=total, chart=render.timeline_svg(days), positions=found, kept=kept_note(read),
                  events=actor_events(store, str(info["id"])))
    answer.headers.update(kept_headers(read))
    return answer


NOT_ANALYSED_SHOWN = 20  # stored articles in another language linked under the list (the newest)


@router.get("/articles")
def articles_page(request: Request, store: StoreDep,
                  outlet: Annotated[str | None, Query(max_length=200)] = None,
                  q_: Annotated[str | None, Query(alias="q", max_length=500)] = None,
                  sort: Annotated[Literal["date", "relevance"] | None, Query(
                      description="relevance (the default with q): best matches first; date: newest first")] = None,
                  page_number: Annotated[int, Query(alias="page", ge=1, le=100_000)] = 1) -> HTMLResponse:
    outlet, q_ = outlet or None, (q_ or "").strip() or None
    try:
        total = q.count_articles(store, outlet, q_)
    except q.QueryError as err:
        return page(request, "error.html", 400, message=str(err))
    # A reader who searches wants the articles about the words first (a page of a few thousand ranked is cheap).
    relevance = bool(q_) and sort != "date"
    rows = q.articles(store, limit=PAGE_SIZE, offset=(page_number - 1) * PAGE_SIZE, outlet=outlet, search=q_,
                      relevance=relevance)
    keep = urlencode({k: v for k, v in (("outlet", outlet), ("q", q_), ("sort", sort)) if v})
    if q_:  # where each article says the words: its first place, marked
        phrases = q.search_phrases(q_)
        hits, lead = render.search_pattern(phrases), render.search_pattern(phrases[:1])
        texts = q.article_texts(store, [a["id"] for a in rows])
        rows = [dict(a, snippet=render.snippet(texts.get(a["id"], ""), hits, lead)) for a in rows]
    return page(request, "articles.html", articles=rows, total=total, outlet=outlet, words=q_ or "", keep=keep,
                outlets=q.outlets(store), page_number=page_number, pages=max(1, -(-total // PAGE_SIZE)),
                relevance=relevance, not_analysed=q.not_analysed(store, limit=NOT_ANALYSED_SHOWN))


@router.get("/search")
def search_page(request: Request, store: StoreDep, filters: Filters,
                page_number: Annotated[int, Query(alias="page", ge=1, le=10_000)] = 1) -> HTMLResponse:
    settings = request.app.state.settings
    f = filters.to_filter(limit=PAGE_SIZE + 1, offset=(page_number - 1) * PAGE_SIZE)  # one more: is there a next?
    try:
        total, more = (q.count_statements_upto(store, f, settings.serve_search_count_max) if filters.any()
                       else (0, False))
        rows = q.statements(store, f) if filters.any() else []
        has_next, rows = len(rows) > PAGE_SIZE, rows[:PAGE_SIZE]
        # Facets are one GROUP BY over every match: only for an exact count under the threshold.
        skipped = more or total > settings.serve_facet_max_matches
        found = q.facets(store, f, settings.serve_facet_values) if total and not skipped else {}
        which = _which_actor(store, filters, f, total)
    except q.QueryError as err:
        return page(request, "search.html", 400, error=str(err), filters=filters, rows=[], total=0, more=False,
                    meant=_actors_meant(store, filters),
                    facets={}, facets_skipped=False, has_next=False,
                    page_number=1, pages=1, acts=q.ACTS, outlets=q.outlets(store), query=filters.query(), which=None,
                    issues=q.known_issues(store), stances=q.STANCES)
    pages = max(1, -(-total // PAGE_SIZE))
    # Past a capped count ("1,000+") the pages go on while there is a row after this page: page 20 of "20+"
    # had no next link, and the matches after the first 1,000 could not be reached from the page.
    return page(request, "search.html", filters=filters, rows=rows, total=total, more=more,
                hits=render.search_pattern(q.search_phrases(filters.q)) if filters.q else None,
                page_number=page_number, facets=_facet_links(filters, found), facets_skipped=skipped,
                pages=max(pages, page_number) if more else pages, has_next=has_next, acts=q.ACTS,
                outlets=q.outlets(store), query=filters.query(), error=None, which=which, issues=q.known_issues(store),
                stances=q.STANCES)


def _actors_meant(store: Store, filters: StatementFilters) -> list[dict[str, Any]]:
    """When the search's actor name was refused as meaning several actors ("Sanders"), those quoted, each with
    the query string of the same search by them: the page said "give the full name or the id" in a line of
    text, and a reader had to retype one."""
    if not filters.actor:
        return []
    return [{**a, "query": filters.query(actor=None, actor_id=a["id"])} for a in actors_meant(store, filters.actor)]


def _which_actor(store: Store, filters: StatementFilters, f: q.StatementFilter, found: int) -> dict[str, Any] | None:
    """Which actor the search took its actor name as, when that may surprise (as `onrecord statements`
    says on stderr): nothing found while the name could mean others, or others it could mean are quoted
    more. "Clinton" was taken as a one-statement actor "Clinton" and the page showed that one statement,
    with no word of Hillary Clinton's 456 or Bill Clinton's 58. Each other actor links to the same search
    by them."""
    chosen, others = q.actor_alternatives(store, f)
    if chosen is None:
        return None
    if found:
        others = [r for r in others if r["n_statements"] > chosen["n_statements"]]
    if not others:
        return None
    return {"name": chosen["name"], "id": chosen["slug"], "found": found, "more": len(others) - ACTORS_MEANT,
            "others": [{"name": r["name"], "statements": r["n_statements"],
                        "query": filters.query(actor=None, actor_id=r["slug"])} for r in others[:ACTORS_MEANT]]}


@router.get("/try")
def try_form(request: Request) -> HTMLResponse:
    return page(request, "try.html", text="", published="", error=None,
                limit=request.app.state.settings.serve_max_text_chars)


@router.post("/try")
async def try_run(request: Request, text: Annotated[str, Form()],
                  published: Annotated[str, Form()] = "") -> HTMLResponse:
    """The pasted text analysed; ``published``, its date, dates what it tells ("on Thursday", "last week"):
    the page had no field for it, and every event of a pasted article was undated (`POST /api/extract` took
    one)."""
    limit = request.app.state.settings.serve_max_text_chars

    def refuse(status: int, error: str, kept: str = "", headers: dict[str, str] | None = None) -> HTMLResponse:
        response = page(request, "try.html", status, text=kept, published=published if kept else "", limit=limit,
                        error=error)
        response.headers.update(headers or {})
        return response

    published = published.strip()
    if not text.strip():
        return refuse(400, "Paste an article first.", text)
    if len(text) > limit:
        return refuse(413, f"That text has {len(text):,} characters; the limit here is {limit:,}.")
    if problem := unicode_problem(text):
        return refuse(400, f"That text is not valid Unicode ({problem}).")
    if published and not _calendar_day(published):
        return refuse(400, f"“{published[:40]}” is not a date (YYYY-MM-DD).", text)
    try:
        result = json.loads(await analysis(request, text.replace("\r\n", "\n"), None, published or None))
    except PoolUnavailable as err:  # the text stays in the form, to try again or shorten
        return refuse(503, str(err), text, retry_headers(err))
    return await run_in_threadpool(reader, request, result, stored=False)


def _calendar_day(value: str) -> bool:
    """Whether ``value`` is a day as a date field sends it (YYYY-MM-DD), one the store could hold."""
    try:
        day = date.fromisoformat(value)
    except ValueError:
        return False
    return len(value) == 10 and plausible_day(day.isoformat())


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
            "cue": _cue_words(text("cue")), "resolution": s["resolution"], "content": text("content"),
            "continues": render.continued_anchor(s), "when": said_label(s.get("said"))}


def _cue_words(cue: str | None) -> str | None:
    """A transcript turn's cue is the colon after its speaker's label ("MS. JEAN-PIERRE:"): shown alone, a ":"
    in the details panel and on actor pages read as a glitch."""
    return "the colon after the speaker's label (a transcript turn)" if cue == ":" else cue


def _facet_links(filters: StatementFilters, found: dict[str, list[dict[str, Any]]]) -> dict[str, list[dict[str, Any]]]:
    """Each facet value with the query string that narrows the search to it."""
    def narrowed(name: str, value: Any) -> str:
        if name == "month":  # a month is a date range: its first and last day
            year, month = (int(part) for part in str(value).split("-"))
            last = calendar.monthrange(year, month)[1]
            return filters.query(since=f"{value}-01", until=f"{value}-{last:02d}")
        return filters.query(**{name: str(value).lower() if name == "hedged" else str(value)})

    return {name: [dict(v, query=narrowed(name, v["value"])) for v in values] for name, values in found.items()}
