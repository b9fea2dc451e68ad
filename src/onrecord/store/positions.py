"""Positions and shifts: where each actor stands on each issue, as of a date, and when that changed.

Everything is read from ``statement_issues`` (filled by ``ingest --issues FILE``) joined to the
statements, their articles and actors. The weighing is done in SQL aggregates, grouped per
actor, issue and stance, so a large store is never loaded into Python; Python only decides each
cell from a handful of sums. How statements are weighed (docs/CORPUS.md, "Positions"):

    weight = 0.5 ** (age_days / half_life) * (soft_act_weight if the act commits less) * (hedged_weight if hedged)
             * issue score (how surely the statement is about the issue, 0..1)

``open`` is a stance like the others; ``unclear`` statements are counted but cast no vote. The
stance with the most weight wins; when the runner-up has ``mixed_ratio`` of the winner's weight or
more, the cell is ``mixed`` and both sides are listed with their evidence. Articles without a
date cannot be placed in time and are left out (``undated_statements`` says how many).
"""

from __future__ import annotations

import heapq
import math
import re
import threading
from collections import defaultdict
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from itertools import pairwise
from typing import Any
from urllib.parse import quote

from onrecord.extract.english import ANSWER_WORDS
from onrecord.settings import Settings
from onrecord.store import MEMBERS_SCHEMA, REPORTED_SCHEMA, SAID_LAST_DAY, Store
from onrecord.store.kept import Reading, kept
from onrecord.store.queries import QueryError, check_issue, filter_actor

# Acts that take a side outright; the others (assert, propose, question, refuse_to_commit) commit less.
# "refused to rule out" is as deliberate a position as "ruled out": without it ``open`` could never outweigh a
# side taken in passing.
FIRM_ACTS = ("commit", "reject", "deny", "support", "oppose", "emphasize", "refuse_to_commit")
VOTING = ("support", "oppose", "open")
# Trusted evidence (``trusted``): the acts that take a side outright and the speakers named in the article.
TRUSTED_ACTS = ("support", "oppose", "commit", "reject", "deny", "refuse_to_commit")
TRUSTED_RESOLUTIONS = ("named",)


@dataclass(frozen=True, slots=True)
class PositionQuery:
    issue: str | None = None
    actor: str | None = None  # name, alias, slug or id
    exact_actor: bool = False  # ``actor`` is an actor's id (slug): that actor only (its page)
    as_of: str | None = None  # ISO date; default: the newest dated article's date
    window_days: int | None = None  # positions: only statements this many days before as_of (None: all);
    # shifts: each day's stance is summed over this many days up to it
    half_life_days: float | None = None  # None: Settings.position_half_life_days
    roll_up: bool = False  # institutions count as their state (actors.part_of)
    since: str | None = None  # shifts only: changes on or after this date
    min_confidence: float = 0.0  # shifts only: leave out the less sure ones (prediction noise, mostly)
    min_articles: int | None = None  # shifts: articles each side needs (None: Settings.shift_min_articles);
    # positions: only cells resting on at least this many articles (None: every cell)
    trusted_only: bool | None = None  # shifts: from trusted statements alone (None: Settings.shift_trusted_only)
    sort: str = "actor"  # positions: "actor" (name, then issue) or "evidence" (most articles, then statements)


@dataclass(slots=True)
class _Cell:
    actor_id: int
    taxonomy: str
    issue: str
    weights: dict[str, float] = field(default_factory=dict)
    counts: dict[str, int] = field(default_factory=dict)
    acts: dict[str, int] = field(default_factory=dict)


# The longest duration taken: 100 years. Dates are counted back by it, and date arithmetic past year 1 or
# 9999 raises OverflowError (the web page answered 500 to window=99999999999d).
MAX_DURATION_DAYS = 36_525


def parse_days(value: str) -> int:
    """``90d``, ``12w``, ``6m`` (30-day months), ``1y`` or a bare number of days, at most 100 years."""
    text = value.strip().lower()
    units = {"d": 1, "w": 7, "m": 30, "y": 365}
    number, unit = (text[:-1], text[-1]) if text and text[-1] in units else (text, "d")
    try:
        days = float(number)
    except ValueError as err:
        raise ValueError(f"expected a duration such as 90d, 8w, 6m or 1y, got {value!r}") from err
    if days <= 0 or not math.isfinite(days):
        raise ValueError(f"a duration must be positive, got {value!r}")
    if days * units[unit] > MAX_DURATION_DAYS:
        raise ValueError(f"a duration of at most {MAX_DURATION_DAYS:,} days (100 years), got {value!r}")
    return round(days * units[unit])


def _weights(store: Store, settings: Settings, half_life: float, as_of: str) -> None:
    """Register the weight function: a Python UDF rather than SQLite's pow(), which some builds lack."""
    hedged_w, soft_w = settings.position_hedged_weight, settings.position_soft_act_weight

    decay: dict[str, float] = {}  # per publication day: a store has far fewer days than statements

    def age_factor(day: str) -> float:
        try:
            age = max((date.fromisoformat(as_of) - date.fromisoformat(day)).days, 0)
        except ValueError:  # a date an older store kept unparsed: no weight, rather than a failed query
            return 0.0
        return float(0.5 ** (age / half_life))

    def weight(published: str, act: str, hedged: int, score: float | None) -> float:
        day = published[:10]
        factor = decay.get(day)
        if factor is None:
            factor = decay[day] = age_factor(day)
        # A statement tagged with the issue in passing (a low score) weighs less than one plainly about it.
        relevance = 1.0 if score is None else min(max(float(score), 0.0), 1.0)
        return factor * (1.0 if act in FIRM_ACTS else soft_w) * (hedged_w if hedged else 1.0) * relevance

    store.conn.create_function("onrecord_weight", 4, weight, deterministic=True)
    floor, reported_ok = settings.position_trusted_score, settings.position_reported_trusted
    store.conn.create_function("onrecord_trusted", 4, lambda act, resolution, score, reported: int(trusted(
        act, resolution, score, floor, bool(reported) and not reported_ok)), deterministic=True)


def trusted(act: str, resolution: str, score: float | None, floor: float, reported: bool = False) -> bool:
    """Whether a tagged statement is evidence a reader can trust: its act takes a side outright, its speaker is
    named in the article, and it is about the issue with a score of ``floor`` or more. Out of fold on the train
    labels such a (statement, issue, stance) is right most of the time, a plain assert, a pronoun's or a described
    group's, or one tagged in passing far less often (docs/CORPUS.md, "Positions a user can trust").

    ``reported``: the content reports another party's position ("Hillary wants to abolish the Second Amendment",
    said by Trump: ``extract/reported.py``). Such a statement is no trusted evidence of the speaker's own: its
    stance is read off words that state someone else's (docs/CORPUS.md, "Someone else's position")."""
    return (act in TRUSTED_ACTS and resolution in TRUSTED_RESOLUTIONS and score is not None and float(score) >= floor
            and not reported)


def _trusted_sql(store: Store) -> str:
    """The SQL of a statement's ``trusted`` (a store written before migration 18 says of no statement whose
    position its content reports)."""
    reported = "s.reported_start IS NOT NULL" if store.schema_version >= REPORTED_SCHEMA else "0"
    return f"onrecord_trusted(s.act, s.resolution, i.score, {reported})"


def _own_sql(store: Store) -> str:
    """The SQL of whether a tag's issue is about its speaker (``IssueTag.own``; 0 in an older store)."""
    return "i.own" if store.schema_version >= REPORTED_SCHEMA else "0"


def _reported_sql(store: Store) -> str:
    """The SQL of the name whose position a statement's content reports (NULL: its own, or an older store)."""
    return "s.reported" if store.schema_version >= REPORTED_SCHEMA else "NULL"


def _as_of(store: Store, wanted: str | None) -> str:
    if wanted:
        return wanted
    row = store.conn.execute("SELECT MAX(published) FROM articles WHERE status = 'analysed'").fetchone()
    return str(row[0])[:10] if row and row[0] else date.today().isoformat()


_CONTENT_WORD = re.compile(r"[^\W_][\w.’'-]*")
_SHORT_CONTENT = 60  # characters: a longer content is never under three words, and the SQL asks no more of it


def no_position(content: str, kind: str, issue: str) -> bool:
    """A content of one or two words with no verb is no position on ``issue`` (issue 12, groups19): one word
    quoted for itself ("Romney's phrase “self-deportation”"), or a name alone ("He said “The Hispanics”", "large
    majorities of Americans agreed with Trump", both tagged ``immigration``) on an issue its id does not name.
    A name on the issue that names it stays a position: "Obama endorsed Clinton" is ``clinton-candidacy``'s
    "support", as a taxonomy describes it; so does an answer ("said no"). Statements keep every such content."""
    words = _CONTENT_WORD.findall(content)
    if not words or len(words) >= 3 or any(w.lower().strip(".") in ANSWER_WORDS for w in words):
        return False
    if kind == "direct" and len(words) == 1:
        return True  # one quoted word and nothing said of it
    if not all(w[0].isupper() for w in words):
        return False  # "mass deportation", "free trade": what is supported or opposed, named in the content
    named = set(issue.lower().split("-"))
    return not any(re.sub(r"['’]s?$|\.$", "", w.lower()) in named for w in words)


def _register_no_position(store: Store) -> str:
    """The SQL clause that keeps ``no_position`` contents out (the short ones asked only: a cheap test first)."""
    store.conn.create_function("onrecord_no_position", 3, lambda content, kind, issue: int(no_position(
        str(content or ""), str(kind or ""), str(issue or ""))), deterministic=True)
    return f"(length(s.content) > {_SHORT_CONTENT} OR NOT onrecord_no_position(s.content, s.kind, i.issue))"


def _filters(store: Store, query: PositionQuery, as_of: str | None,
             dated: bool = True) -> tuple[str, list[Any], str]:
    """FROM and WHERE clauses, their parameters, and the SQL for the actor a statement counts for
    (``dated=False``: the statements in undated articles instead, which no as-of date can place)."""
    who = _rolled("a") if query.roll_up else "a.id"
    clauses = ["ar.published IS NOT NULL" if dated else "ar.published IS NULL", "ar.status = 'analysed'",
               _register_no_position(store)]
    params: list[Any] = []
    if as_of is not None:
        clauses.append(f"substr({SAID_LAST_DAY}, 1, 10) <= ?")
        params.append(as_of)
        if query.window_days:
            clauses.append(f"substr({SAID_LAST_DAY}, 1, 10) > ?")
            params.append(_days_before(as_of, query.window_days))
    lead = _FROM if dated else _FROM_UNDATED
    if query.issue:
        check_issue(store, query.issue)
        clauses.append("i.issue = ?")
        params.append(query.issue)
    if query.actor:
        row = filter_actor(store, query.actor, query.exact_actor)
        if dated and store.schema_version >= MEMBERS_SCHEMA and _fewer_said(store, row, query.issue):
            lead = _FROM_SPEAKERS
        # Rolled up, an institution's name stands for its state: "White House" asks what the United
        # States (with all its institutions) said, not for a cell that the roll-up has merged away.
        actor = row["part_of"] or row["id"] if query.roll_up else row["id"]
        clauses.append(f"{who} = ?")
        params.append(actor)
        if store.schema_version >= MEMBERS_SCHEMA:
            # The speakers that can count for the actor, listed once: each statement is then one probe of
            # that list, rather than a look-up of its speaker's members (a third of the time for one actor).
            clauses.append(f"s.actor_id IN (SELECT a.id FROM actors a WHERE {who} = ? UNION SELECT m.group_id "
                           f"FROM actor_members m JOIN actors a ON a.id = m.member_id WHERE {who} = ?)")
            params += [actor, actor]
    return _source(store, query.roll_up, lead) + " WHERE " + " AND ".join(clauses), params, who


def _fewer_said(store: Store, actor: Any, issue: str | None) -> bool:
    """Whether the actor's statements are fewer than the issue's tagged ones (every tagged one without an issue):
    then they lead the join, read through statements_actor, each looked up in statement_issues by its key.
    Led by the tags, one actor's positions read every tagged statement of the store: the most quoted actor's
    page computed its positions from all 112,000 tags of 20,000 articles for its 9,000."""
    mine = int(actor["n_statements"])
    if issue is None:
        return True
    tagged = store.conn.execute("SELECT COUNT(*) FROM (SELECT 1 FROM statement_issues WHERE issue = ? LIMIT ?)",
                                (issue, mine + 1)).fetchone()[0]
    return bool(mine < tagged)


# CROSS JOIN keeps SQLite from reordering: the tagged statements are a small part of all statements, so
# they drive the join (left to itself the planner walks every analysed article's statements instead).
_FROM = ("FROM statement_issues i CROSS JOIN statements s ON s.id = i.statement_id "
         "JOIN articles ar ON ar.id = s.article_id JOIN actors a ON a.id = s.actor_id")
# One actor's (fewer than the tags): its speakers' statements first, through statements_actor.
_FROM_SPEAKERS = ("FROM statements s CROSS JOIN statement_issues i ON i.statement_id = s.id "
                  "JOIN articles ar ON ar.id = s.article_id JOIN actors a ON a.id = s.actor_id")
# The statements of undated articles: those articles first (an index), each one's statements and their tags.
# Led by the tags, the count of undated statements read every tag of the store (0.9 s at 20,000 articles) on
# every positions page, to find the few in undated articles.
_FROM_UNDATED = ("FROM articles ar CROSS JOIN statements s ON s.article_id = ar.id "
                 "CROSS JOIN statement_issues i ON i.statement_id = s.id JOIN actors a ON a.id = s.actor_id")


def _rolled(alias: str) -> str:
    """The actor ``alias`` counts for when institutions roll up to their state."""
    return f"COALESCE({alias}.part_of, {alias}.id)"


def _source(store: Store, roll_up: bool, lead: str = _FROM) -> str:
    """The FROM clause: each tagged statement once for each actor it counts for (``a``).

    A joint statement ("They said" after "Macron met Scholz": a group actor with members) is its group's and
    each member's position too (docs/CORPUS.md, "Joint statements"), so it is one row for the group and one
    for each member: an analyst asking where Scholz stands gets it, and no cell counts it twice. Rolled up,
    a member counts only for a state the group itself or an earlier member does not count for already (two
    French ministries speaking together are one French statement)."""
    if store.schema_version < MEMBERS_SCHEMA:  # an older store has no groups with members
        return lead
    member = "m.member_id"
    if roll_up:
        member += (" FROM actor_members m JOIN actors x ON x.id = m.member_id JOIN actors g ON g.id = m.group_id "
                   f"WHERE m.group_id = s.actor_id AND {_rolled('x')} != {_rolled('g')} AND NOT EXISTS ("
                   "SELECT 1 FROM actor_members n JOIN actors y ON y.id = n.member_id WHERE n.group_id = m.group_id "
                   f"AND n.member_id < m.member_id AND {_rolled('y')} = {_rolled('x')})")
    else:
        member += " FROM actor_members m WHERE m.group_id = s.actor_id"
    # The guard first: most speakers are in no group, and one probe of actor_members' key says so (without
    # it the member look-up of every statement made the issue timeline twice as slow).
    return (lead.removesuffix("a.id = s.actor_id")
            + "(a.id = s.actor_id OR s.actor_id IN (SELECT group_id FROM actor_members) "
            f"AND a.id IN (SELECT {member}))")


_ROWS = "temp.onrecord_position_rows"

# The group whose joint statement a row is (NULL: the speaker's own statement).
_VIA = "CASE WHEN a.id = s.actor_id THEN NULL ELSE s.actor_id END"


@contextmanager
def _weighed_rows(store: Store, where: str, params: list[Any], who: str) -> Iterator[str]:
    """The statements that count, joined and weighed once into a temporary table that the three queries
    of a matrix read (each repeating the joins and the weighing took three times as long at 10,000 articles).
    A temporary table lives in its own database, so a read-only connection can hold it."""
    store.conn.execute(f"DROP TABLE IF EXISTS {_ROWS}")
    store.conn.execute(
        f"CREATE TABLE {_ROWS} AS SELECT {who} AS actor, i.taxonomy, i.issue, i.stance, s.act, s.hedged, "
        f"s.id AS sid, s.article_id, s.quote_id, {SAID_LAST_DAY} AS published, {_VIA} AS via, "
        f"onrecord_weight({SAID_LAST_DAY}, s.act, s.hedged, i.score) AS w, {_trusted_sql(store)} AS t, "
        f"{_own_sql(store)} AS own {where}", params)
    # One quote reported by several articles (two outlets running a wire story, a live blog's updates) was
    # said once: its first report votes, the repeats are counted but weigh nothing. (Without this, a line
    # quoted by three outlets outvoted two things said once each.)
    store.conn.execute(
        f"UPDATE {_ROWS} SET w = 0 WHERE rowid IN (SELECT rowid FROM (SELECT rowid, ROW_NUMBER() OVER ("
        "PARTITION BY actor, taxonomy, issue, quote_id ORDER BY published, sid) AS k "
        f"FROM {_ROWS} WHERE quote_id IS NOT NULL) WHERE k > 1)")
    try:
        yield _ROWS
    finally:
        store.conn.execute(f"DROP TABLE IF EXISTS {_ROWS}")


def positions(store: Store, query: PositionQuery = PositionQuery(),
              settings: Settings | None = None, reading: Reading | None = None) -> dict[str, Any]:
    """The actor x issue matrix as of ``query.as_of``: one cell per actor and issue with a statement.

    Kept (``kept.kept``) in the order by name and sorted again as asked: the page opens on ``evidence`` and
    the API on ``actor``, one computation for both. The same rows: the order by name is the last part of the
    order by evidence, so rows alike under one are alike under the other and keep the computation's order."""
    settings = settings or Settings.from_env()
    if query.sort not in _SORTS:
        raise QueryError(f"sort must be one of {', '.join(_SORTS)}, not {query.sort!r}")
    by_name = replace(query, sort="actor")
    found = dict(kept(store, "positions", by_name, settings, lambda s: _positions(s, by_name, settings), reading))
    if query.sort != by_name.sort:
        found["positions"] = sorted(found["positions"], key=_SORTS[query.sort])
    return found


def _positions(store: Store, query: PositionQuery, settings: Settings) -> dict[str, Any]:
    """The matrix itself (``positions`` checks ``query.sort`` and keeps the answer)."""
    as_of = _as_of(store, query.as_of)
    half_life = query.half_life_days or settings.position_half_life_days
    _weights(store, settings, half_life, as_of)
    where, params, who = _filters(store, query, as_of)
    cells: dict[tuple[int, str, str], _Cell] = {}
    with _weighed_rows(store, where, params, who) as rows_table:
        for r in store.conn.execute(f"SELECT actor, taxonomy, issue, stance, act, COUNT(*) AS n, SUM(w) AS w "
                                    f"FROM {rows_table} GROUP BY 1, 2, 3, 4, 5"):
            key = (r["actor"], r["taxonomy"], r["issue"])
            cell = cells.setdefault(key, _Cell(*key))
            cell.weights[r["stance"]] = cell.weights.get(r["stance"], 0.0) + r["w"]
            cell.counts[r["stance"]] = cell.counts.get(r["stance"], 0) + r["n"]
            cell.acts[r["act"]] = cell.acts.get(r["act"], 0) + r["n"]
        totals = _totals(store, rows_table)
        by_stance = _by_stance(store, rows_table)
        own = {tuple(r) for r in store.conn.execute(
            f"SELECT DISTINCT actor, taxonomy, issue FROM {rows_table} WHERE own AND via IS NULL")}
        evidence = _evidence(store, rows_table, settings.position_evidence)
    names = _actor_names(store, {c.actor_id for c in cells.values()})
    rows = [_cell_dict(c, totals[key], by_stance[key], evidence.get(key, {}), names[c.actor_id], settings)
            | {"own_issue": key in own} for key, c in cells.items()]
    if query.min_articles:
        rows = [r for r in rows if r["articles"] >= query.min_articles]
    rows.sort(key=_SORTS[query.sort])
    span = dated_range(store)
    return {"as_of": as_of, "half_life_days": half_life, "window_days": query.window_days,
            "roll_up": query.roll_up, "undated_statements": _undated(store, query),
            "dated": {"first": span[0], "last": span[1]} if span else None, "positions": rows}


def _by_name(r: dict[str, Any]) -> tuple[Any, ...]:
    return (r["actor"]["name"].lower(), r["issue"])


def _by_evidence(r: dict[str, Any]) -> tuple[Any, ...]:
    # On a real corpus most cells rest on one passing report; a reader wants the well-attested ones first.
    return (-r["articles"], -r["statements"], *_by_name(r))


_SORTS = {"actor": _by_name, "evidence": _by_evidence}
POSITION_SORTS = tuple(_SORTS)


def _totals(store: Store, rows_table: str) -> dict[tuple[int, str, str], dict[str, Any]]:
    """Per cell: statements, articles, hedged ones, first and last seen."""
    out = {}
    for r in store.conn.execute(
            "SELECT actor, taxonomy, issue, COUNT(*) AS n, COUNT(DISTINCT article_id) AS articles, "
            f"SUM(hedged) AS hedged, MIN(published) AS first, MAX(published) AS last FROM {rows_table} "
            "GROUP BY 1, 2, 3"):
        out[(r["actor"], r["taxonomy"], r["issue"])] = dict(r)
    return out


def _by_stance(store: Store, rows_table: str) -> dict[tuple[int, str, str], dict[str, dict[str, Any]]]:
    """Per cell and stance: its statements, articles, first and last day (what each side rests on), and how many
    of those statements, and of their articles, are trusted evidence (``trusted``)."""
    out: dict[tuple[int, str, str], dict[str, dict[str, Any]]] = defaultdict(dict)
    for r in store.conn.execute(
            "SELECT actor, taxonomy, issue, stance, COUNT(*) AS n, COUNT(DISTINCT article_id) AS articles, "
            "MIN(published) AS first, MAX(published) AS last, SUM(t) AS trusted, SUM(CASE WHEN t THEN w ELSE 0 END) "
            f"AS trusted_w, COUNT(DISTINCT CASE WHEN t THEN article_id END) AS trusted_articles FROM {rows_table} "
            "GROUP BY 1, 2, 3, 4"):
        out[(r["actor"], r["taxonomy"], r["issue"])][r["stance"]] = {
            "statements": r["n"], "articles": r["articles"], "first": str(r["first"])[:10],
            "last": str(r["last"])[:10], "trusted": r["trusted"] or 0, "trusted_articles": r["trusted_articles"],
            "trusted_weight": round(r["trusted_w"] or 0.0, 3)}
    return out


def _evidence(store: Store, rows_table: str,
              per_stance: int) -> dict[tuple[int, str, str], dict[str, list[dict[str, Any]]]]:
    """The heaviest statements of each stance of each cell: ``w`` first, then the newest, then the lowest
    statement id; each stance's list newest first (equal dates in that rank order).

    One pass over the weighed rows keeps each stance's ``per_stance`` best in a small heap; the texts are then
    read for the rows kept. (Ranking every row with ROW_NUMBER() sorted them all: 1.3 s of the full matrix's
    4.5 at 100,000 articles, 500,000 rows.)"""
    out: dict[tuple[int, str, str], dict[str, list[dict[str, Any]]]] = defaultdict(dict)
    if per_stance <= 0:
        return out
    best: dict[tuple[int, str, str, str], list[tuple[float, str, int, int]]] = {}
    cursor = store.conn.cursor()
    cursor.row_factory = None  # plain tuples: half the cost of a Row each, over every weighed row
    for actor, taxonomy, issue, stance, w, published, sid, rowid in cursor.execute(
            f"SELECT actor, taxonomy, issue, stance, w, published, sid, rowid FROM {rows_table}"):
        # Larger is better: weight, then the later date, then the lower statement id.
        item = (w, published, -sid, rowid)
        heap = best.setdefault((actor, taxonomy, issue, stance), [])
        if len(heap) < per_stance:
            heapq.heappush(heap, item)
        elif item > heap[0]:
            heapq.heapreplace(heap, item)
    kept = sorted((item for heap in best.values() for item in heap), reverse=True)  # each stance's rank order
    kept.sort(key=lambda item: item[1], reverse=True)  # newest first, a stable sort: ties stay in rank order
    rowids = [item[3] for item in kept]
    rows: dict[int, Any] = {}
    for n in range(0, len(rowids), 500):  # SQLite's parameter cap
        chunk = rowids[n:n + 500]
        for r in store.conn.execute(
                "SELECT r.rowid AS ref, r.actor, r.taxonomy, r.issue, r.stance, r.w, r.t AS trusted, i.evidence, "
                f"s.key, s.act, s.hedged, s.content, s.speaker, s.cue, ar.slug AS article, ar.published, "
                f"{SAID_LAST_DAY} AS said_day, ar.outlet, ar.title, g.slug AS joint_id, g.name AS joint, "
                f"{_reported_sql(store)} AS reported "
                f"FROM {rows_table} r JOIN statements s ON s.id = r.sid LEFT JOIN actors g ON g.id = r.via "
                "JOIN articles ar ON ar.id = s.article_id JOIN statement_issues i ON i.statement_id = r.sid "
                f"AND i.taxonomy = r.taxonomy AND i.issue = r.issue WHERE r.rowid IN ({','.join('?' * len(chunk))})",
                chunk):
            rows[r["ref"]] = r
    for rowid in rowids:
        r = rows[rowid]
        out[(r["actor"], r["taxonomy"], r["issue"])].setdefault(r["stance"], []).append(evidence_dict(r))
    return out


def statement_link(article: str, key: str) -> str:
    """The statement in the reader; the slug quoted, since a file name may hold '#', '?' or a space."""
    return f"/articles/{quote(article, safe='')}#s-{key}"


def evidence_dict(r: Any) -> dict[str, Any]:
    out = {"article": r["article"], "key": r["key"], "link": statement_link(r["article"], r["key"]),
           "published": r["published"], "outlet": r["outlet"], "stance": r["stance"], "act": r["act"],
           "hedged": bool(r["hedged"]), "content": r["content"], "evidence": r["evidence"],
           "weight": round(r["w"], 3)}
    fields = dict(r)
    said_day = fields.get("said_day")  # the rows of older callers have none
    said = str(said_day)[:10] if said_day is not None else None
    if said is not None and said != str(r["published"])[:10]:  # made on a day of its own, not the article's
        out["said"] = said
    for name in ("speaker", "cue", "title"):  # the words the article gives the speaker and the saying, its headline
        if fields.get(name):
            out[name] = fields[name]
    if r["joint"] is not None:  # said together with others: the group that said it
        out["joint"] = {"id": r["joint_id"], "name": r["joint"]}
    if fields.get("trusted") is not None:  # trusted evidence (``trusted``); the rows of older callers do not say
        out["trusted"] = bool(fields["trusted"])
    if fields.get("reported"):  # the content reports another's position: whose
        out["reported"] = fields["reported"]
    return out


def decide(weights: dict[str, float], mixed_ratio: float) -> tuple[str, list[str], float]:
    """The stance of a cell from its stance weights: (stance, sides, confidence).

    ``unclear`` casts no vote. Confidence is the winner's share of the voting weight times how
    much weight there is at all (1 - e^-total: one fresh firm statement gives 0.63 at most, three 0.95).
    """
    votes = sorted(((w, s) for s, w in weights.items() if s in VOTING and w > 0), reverse=True)
    if not votes:
        return "unclear", [], 0.0
    total = sum(w for w, _ in votes)
    mass = 1 - math.exp(-total)
    if len(votes) > 1 and votes[1][0] >= mixed_ratio * votes[0][0]:
        return "mixed", [votes[0][1], votes[1][1]], round(votes[1][0] / total * mass, 3)
    return votes[0][1], [votes[0][1]], round(votes[0][0] / total * mass, 3)


def _cell_dict(cell: _Cell, totals: dict[str, Any], by_stance: dict[str, dict[str, Any]],
               evidence: dict[str, list[dict[str, Any]]], actor: dict[str, Any], settings: Settings) -> dict[str, Any]:
    stance, sides, confidence = decide(cell.weights, settings.position_mixed_ratio)
    shown = sides or list(evidence)
    # What the stance rests on: an analyst reads "support, 3 of 109 statements" very differently from
    # "support, 3 of 3"; the cell's ``statements`` count every one, ``unclear`` ones included.
    backing = [by_stance[s] for s in sides]
    # A stance can rest on fewer statements than another side has, when that side's are older and have faded
    # (Hillary Clinton on immigration, PolNeAR: oppose, 8 of 17; the 9 support are older): say so, with the
    # count, or "oppose, 8 of 17" reads as a sum that does not add up.
    rivals = [(b["statements"], s) for s, b in by_stance.items()
              if s in VOTING and s not in sides and b["statements"] > sum(x["statements"] for x in backing)]
    outnumbered = ({"stance": max(rivals)[1], "statements": max(rivals)[0]} if rivals and len(sides) == 1 else None)
    # Trusted evidence (``trusted``) behind each side shown. A stance (or either side of a mixed cell) that no
    # trusted statement backs, or whose trusted statements weigh no more than another stance's (weighed as the
    # cell is: an older trusted side has faded), rests on plain asserts, pronouns, described groups, statements
    # tagged in passing, or trusted ones that say otherwise: it is marked ``weak`` (not hidden), with the stance the
    # trusted statements lean to where there is one.
    trusted_sides = {s: by_stance[s].get("trusted", 0) for s in sides}
    contrary = max(((b.get("trusted_weight", 0.0), b.get("trusted", 0), s) for s, b in by_stance.items()
                    if s in VOTING and s not in sides), default=(0.0, 0, ""))
    weakest = min((by_stance[s].get("trusted_weight", 0.0) for s in sides), default=0.0)
    leaning = ({"stance": contrary[2], "statements": contrary[1]} if sides and contrary[1] and contrary[0] >= weakest
               else None)
    return {
        "actor": actor, "taxonomy": cell.taxonomy, "issue": cell.issue, "stance": stance, "sides": sides,
        "confidence": confidence, "weights": {s: round(w, 3) for s, w in sorted(cell.weights.items())},
        "stance_counts": dict(sorted(cell.counts.items())), "acts": dict(sorted(cell.acts.items())),
        "statements": totals["n"], "articles": totals["articles"],
        "backing": {"statements": sum(b["statements"] for b in backing),
                    "voting": sum(b["statements"] for s, b in by_stance.items() if s in VOTING),
                    "first": min((b["first"] for b in backing), default=None),
                    "last": max((b["last"] for b in backing), default=None),
                    "sides": {s: by_stance[s]["statements"] for s in sides}, "outnumbered_by": outnumbered,
                    "trusted": sum(trusted_sides.values()),
                    "trusted_articles": sum(by_stance[s].get("trusted_articles", 0) for s in sides),
                    "trusted_sides": trusted_sides, "trusted_lean": leaning},
        "weak": bool(sides) and (min(trusted_sides.values()) == 0 or leaning is not None),
        "by_stance": dict(sorted(by_stance.items())),
        "hedged_share": round((totals["hedged"] or 0) / totals["n"], 3),
        "first_seen": totals["first"], "last_seen": totals["last"],
        "evidence": [e for s in shown for e in evidence.get(s, [])],
    }


def issue_timeline(store: Store, query: PositionQuery, settings: Settings | None = None,
                   reading: Reading | None = None) -> dict[str, Any]:
    """Every dated statement on ``query.issue`` by the actors who said most about it, oldest first.

    ``query.as_of`` is the last day shown and ``query.since`` the first; ``actor`` and ``roll_up`` as for
    positions. The actors are the ``position_timeline_actors`` with most statements in that range, and the
    points their newest ``position_timeline_points``; ``left_out`` says how many of either are not shown.
    """
    settings = settings or Settings.from_env()
    if not query.issue:
        raise QueryError("a timeline is of one issue: give its id")
    return dict(kept(store, "timeline", query, settings, lambda s: _issue_timeline(s, query, settings), reading))


def _issue_timeline(store: Store, query: PositionQuery, settings: Settings) -> dict[str, Any]:
    where, params, who = _filters(store, replace(query, window_days=None), query.as_of)
    if query.since:
        where += f" AND substr({SAID_LAST_DAY}, 1, 10) >= ?"
        params = [*params, query.since]
    # Every actor's count in one pass: the actors shown are its first rows, and how many there are its length
    # (a second pass, COUNT(DISTINCT), read every tagged statement of the issue again: 184 of 933 ms at 100,000).
    counts = store.conn.execute(f"SELECT {who} AS actor, COUNT(*) AS n {where} GROUP BY 1 "
                                "ORDER BY n DESC, actor", params).fetchall()
    limit = settings.position_timeline_actors  # as SQL's LIMIT took it: a negative one is none
    shown = {r["actor"]: r["n"] for r in (counts if limit < 0 else counts[:limit])}
    total_actors = len(counts)
    points: list[dict[str, Any]] = []
    if shown:
        marks = ",".join("?" * len(shown))
        rows = store.conn.execute(
            f"SELECT {who} AS actor, i.stance, i.evidence, s.key, s.act, s.hedged, s.content, ar.slug AS article, "
            f"ar.published, {SAID_LAST_DAY} AS said_day, ar.outlet {where} AND {who} IN ({marks}) "
            f"ORDER BY {SAID_LAST_DAY} DESC, ar.id DESC, s.position DESC LIMIT ?",
            [*params, *shown, settings.position_timeline_points])
        points = [_point(r) for r in reversed(rows.fetchall())]
    names = _actor_names(store, set(shown))
    return {"issue": query.issue, "since": query.since, "as_of": query.as_of, "roll_up": query.roll_up,
            "actors": [dict(names[a], statements=n) for a, n in shown.items()],
            "points": [dict(p, actor=names[p["actor"]]) for p in points],
            "left_out": {"actors": total_actors - len(shown), "statements": sum(shown.values()) - len(points)}}


def dated_range(store: Store) -> tuple[str, str] | None:
    """The first and last publication day of the analysed articles (None when none is dated)."""
    row = store.conn.execute("SELECT MIN(published), MAX(published) FROM articles "
                             "WHERE status = 'analysed' AND published IS NOT NULL").fetchone()
    return (str(row[0])[:10], str(row[1])[:10]) if row and row[0] else None


def stored_issues(store: Store, settings: Settings | None = None,
                  reading: Reading | None = None) -> list[dict[str, Any]]:
    """The issues statements in the store are tagged with, most talked about first (kept as positions are:
    the count reads every tag, 380 ms at 100,000 articles, on every timeline page)."""
    settings = settings or Settings.from_env()
    return list(kept(store, "issues", PositionQuery(), settings, lambda s: [dict(r) for r in s.conn.execute(
        "SELECT issue, taxonomy, COUNT(*) AS statements FROM statement_issues GROUP BY issue, taxonomy "
        "ORDER BY statements DESC, issue")], reading))


def _point(r: Any) -> dict[str, Any]:
    return {"actor": r["actor"], "day": str(r["said_day"] or r["published"])[:10], "stance": r["stance"],
            "act": r["act"],
            "hedged": bool(r["hedged"]), "content": r["content"], "evidence": r["evidence"],
            "article": r["article"], "outlet": r["outlet"], "key": r["key"],
            "link": statement_link(r["article"], r["key"])}


def _actor_names(store: Store, ids: set[int]) -> dict[int, dict[str, Any]]:
    if not ids:
        return {}
    rows = store.conn.execute(f"SELECT id, slug, name, type FROM actors WHERE id IN ({','.join('?' * len(ids))})",
                              sorted(ids))
    return {r["id"]: {"id": r["slug"], "name": r["name"], "type": r["type"]} for r in rows}


def _undated(store: Store, query: PositionQuery) -> int:
    """The statements the query would count but for their article having no date: the same filters (issue,
    actor, roll-up), so `--actor X` says how many of X's are missing, not how many of everyone's."""
    where, params, _ = _filters(store, query, None, dated=False)
    return int(store.conn.execute(f"SELECT COUNT(*) {where}", params).fetchone()[0])


def undated_articles(store: Store, *, limit: int = 50, outlet: str | None = None) -> list[dict[str, Any]]:
    """Analysed articles with no publication date, in the order they were stored."""
    sql = ("SELECT ar.slug, ar.title, ar.outlet, ar.url, ar.source, (SELECT COUNT(*) FROM statements s "
           "WHERE s.article_id = ar.id) AS statements FROM articles ar WHERE ar.status = 'analysed' "
           "AND ar.published IS NULL")
    params: list[Any] = []
    if outlet:
        sql += " AND ar.outlet = ? COLLATE NOCASE"
        params.append(outlet)
    sql += " ORDER BY ar.id LIMIT ?"
    params.append(limit)
    return [{"id": r["slug"], "title": r["title"], "outlet": r["outlet"], "published": None, "url": r["url"],
             "source": r["source"], "statements": r["statements"]} for r in store.conn.execute(sql, params)]


# Orders a cell's statements as the reader does (publication time, article, place in it) and carries the
# statement id at the end, so MIN and MAX of it per group name the group's first and last statement.
_ORDER_KEY = f"printf('%s|%012d|%06d|%d', {SAID_LAST_DAY}, ar.id, s.position, s.id)"


@dataclass(slots=True)
class _Day:
    day: str
    weights: dict[str, float] = field(default_factory=dict)
    ends: dict[str, tuple[int, int]] = field(default_factory=dict)  # stance -> (first, last) statement id
    counts: dict[str, int] = field(default_factory=dict)  # stance -> statements that day
    reports: dict[str, set[tuple[int, int | None]]] = field(default_factory=dict)  # stance -> (article, quote)


@dataclass(slots=True)
class _Run:
    """Consecutive days (of a day series) whose stance is the same, and the evidence that stance has there."""
    stance: str
    first: int  # place of its first and last day in the series
    last: int
    statements: int = 0
    reports: set[tuple[int, int | None]] = field(default_factory=set)  # (article id, quote id) of its statements
    weight: float = 0.0
    days: int = 0  # days the stance was set on (each day of the run sets it)
    against: int = 0  # statements of another voting stance from its first day to its last (outvoted, or mixed days)


def shift_trusted(query: PositionQuery, settings: Settings) -> bool:
    """Whether shifts are found from trusted statements alone: the query's choice, else the settings'."""
    return settings.shift_trusted_only if query.trusted_only is None else query.trusted_only


def shift_threshold(query: PositionQuery, settings: Settings) -> int:
    """The articles a side a change needs to be listed as a shift: the query's, else the settings'."""
    return query.min_articles or settings.shift_min_articles


def thin_shifts(store: Store, query: PositionQuery, shown: int, settings: Settings | None = None,
                reading: Reading | None = None) -> int:
    """How many more changes than the ``shown`` ones one article a side would list. On a real corpus the
    default (two articles a side) often leaves "0 shift(s)", which reads as "no one changed" when it means
    "no change rests on two reports": the analyst should know the leads are there to read."""
    settings = settings or Settings.from_env()
    if shift_threshold(query, settings) <= 1:
        return 0
    return max(len(shifts(store, replace(query, min_articles=1), settings, reading)) - shown, 0)


def every_evidence_shifts(store: Store, query: PositionQuery, settings: Settings | None = None,
                          reading: Reading | None = None) -> int:
    """How many shifts the same query lists when every tagged statement counts, trusted or not (0 when it already
    does): the leads a reader can still open (``trusted_only=False``), most of them misread on PolNeAR train.

    Counted by the trusted computation itself, from the rows it reads anyway (``_Found.every``), and kept with it:
    asking for the count after the shifts costs nothing more (it used to run the whole computation again, the
    evidence of every shift read and kept besides)."""
    settings = settings or Settings.from_env()
    if not shift_trusted(query, settings):
        return 0
    return _found(store, query, settings, reading).every


def shifts(store: Store, query: PositionQuery = PositionQuery(),
           settings: Settings | None = None, reading: Reading | None = None) -> list[dict[str, Any]]:
    """Each change of an actor's stance on an issue, oldest first.

    Per actor, issue and publication day the voting stances are summed (firmness only: no decay within a
    day) and the day's stance decided as a cell's is (``decide``: a day whose two sides weigh alike is
    ``mixed`` and sets none). Consecutive days with one stance form a run; a run whose stance rests on
    fewer than ``min_articles`` articles is noise (a stray statement, one misattributed report) and is
    dropped, and the runs either side of it join. A shift is a change between two kept runs, so each side
    has that much evidence. ``confidence`` is the new stance's share of its first day times, for each side,
    ``1 - e^-weight`` of its run (as a cell's confidence grows with its weight); ``confirmed_days`` counts
    the later days of the new run. With ``query.window_days`` a day's stance is summed over that day and the
    window before it. Each shift carries the count, articles and dates of the evidence either side.

    One grouped query gives every day's sums and the first and last statement of each stance that day;
    the statements shown either side of the shifts are then read by id in one more query, not one each.
    """
    settings = settings or Settings.from_env()
    return list(_found(store, query, settings, reading).shifts)


@dataclass(slots=True)
class _Found:
    """What one computation of shifts gives: the shifts, and how many the same query lists from every tagged
    statement (-1 where it was computed from every statement already), counted when first asked (``_Count``)."""
    shifts: list[dict[str, Any]]
    count: Callable[[], int] = lambda: -1

    @property
    def every(self) -> int:
        return self.count()


class _Count:
    """The shifts every tagged statement makes, counted from the day series the trusted computation gathered, once,
    when first asked: the shifts alone (the API, the timeline page) do not pay for it. A kept answer is copied for
    each caller; this is not copied (``__deepcopy__``), so every copy shares the series and the count."""

    def __init__(self, rows: list[tuple[tuple[int, str, str], str, str, float, int, str]], query: PositionQuery,
                 settings: Settings, min_articles: int) -> None:
        self.rows, self.query, self.settings, self.min_articles = rows, query, settings, min_articles
        self.found: int | None = None
        self.lock = threading.Lock()

    def __deepcopy__(self, memo: dict[int, Any]) -> _Count:
        return self  # shared by every copy of the kept answer (and a lock is not copied)

    def __call__(self) -> int:
        with self.lock:
            if self.found is None:
                days: dict[tuple[int, str, str], list[_Day]] = defaultdict(list)
                for key, day, stance, weight, n, reports in self.rows:  # in the order of actor, issue and day
                    _add(days[key], day, stance, weight, n, _reports(reports))
                query = self.query
                self.found = sum(1 for series in days.values()
                                 for change in _series_changes(series, query, self.settings, self.min_articles)
                                 if (not query.since or change["day"] >= query.since)
                                 and round(change["mass"] * change["share"], 3) >= query.min_confidence)
                self.rows = []
            return self.found


def _found(store: Store, query: PositionQuery, settings: Settings, reading: Reading | None) -> _Found:
    def compute(s: Store) -> _Found:
        counts: list[_Count] = []
        found = _shifts(s, query, settings, counts)
        return _Found(found, counts[0]) if counts else _Found(found)

    found = kept(store, "shifts", query, settings, compute, reading)
    assert isinstance(found, _Found)
    return found


def _shifts(store: Store, query: PositionQuery, settings: Settings,
            counts: list[_Count] | None = None) -> list[dict[str, Any]]:
    """The shifts, computed afresh (``shifts`` keeps them); trusted only, the count of those from every statement is
    added to ``counts`` (``_Count``)."""
    _weights(store, settings, math.inf, date.max.isoformat())
    # Here the window smooths each day; it must not also cut the statements to those before as_of.
    where, params, who = _filters(store, replace(query, window_days=None), query.as_of)
    if not settings.shift_own_issues and store.schema_version >= REPORTED_SCHEMA:
        # A candidate on their own candidacy ("Donald Trump for president", said by Trump) supports it while
        # running (docs/ANNOTATION.md 1.4, self-description): a "change" there is a misread or someone else's
        # words (PolNeAR train: every one of Trump's read so far, docs/CORPUS.md). Their own statements on it
        # make no shift; a joint statement's members are not its speaker.
        where += " AND NOT (i.own AND a.id = s.actor_id)"
    min_articles = max(shift_threshold(query, settings), 1)
    # Each side of a shift may rest on trusted statements alone (``trusted``): on PolNeAR train, shifts found from
    # every tagged statement were wrong every time, mostly from a misread plain assert or a speaker that was not
    # the actor's own (docs/CORPUS.md, "Positions a user can trust"). What each side was said against still
    # counts every statement the other way, trusted or not (``every``).
    only_trusted = shift_trusted(query, settings)
    days: dict[tuple[int, str, str], list[_Day]] = defaultdict(list)
    every: dict[tuple[int, str, str], dict[str, dict[str, int]]] = defaultdict(lambda: defaultdict(dict))
    # Trusted only, the same rows as every statement makes them, kept as read: the shifts ``--all-evidence`` would
    # list are counted from them when asked (``every_evidence_shifts``), without a second computation.
    rows: list[tuple[tuple[int, str, str], str, str, float, int, str]] = []
    for r in store.conn.execute(
            f"SELECT {who} AS actor, i.taxonomy, i.issue, substr({SAID_LAST_DAY}, 1, 10) AS day, i.stance, "
            f"{_trusted_sql(store) if only_trusted else 1} AS t, "
            f"SUM(onrecord_weight({SAID_LAST_DAY}, s.act, s.hedged, i.score)) AS w, MIN({_ORDER_KEY}) AS first, "
            f"MAX({_ORDER_KEY}) AS last, COUNT(*) AS n, "
            "GROUP_CONCAT(DISTINCT s.article_id || ':' || COALESCE(s.quote_id, '')) AS reports "
            f"{where} AND i.stance IN ({','.join('?' * len(VOTING))}) "
            "GROUP BY 1, 2, 3, 4, 5, 6 ORDER BY 1, 2, 3, 4", [*params, *VOTING]):
        key = (r["actor"], r["taxonomy"], r["issue"])
        counted = every[key][r["day"]]
        counted[r["stance"]] = counted.get(r["stance"], 0) + r["n"]
        if only_trusted:
            rows.append((key, r["day"], r["stance"], r["w"], r["n"], r["reports"]))
        if not r["t"]:
            continue  # not trusted evidence: no side of a shift rests on it
        day = _add(days[key], r["day"], r["stance"], r["w"], r["n"], _reports(r["reports"]))
        day.ends[r["stance"]] = (_statement_id(r["first"]), _statement_id(r["last"]))
    found = []
    for key, series in days.items():
        for change in _series_changes(series, query, settings, min_articles):
            if only_trusted:
                spans = [(change["evidence"]["before"], change["from"]), (change["evidence"]["after"], change["to"])]
                if change.get("returned"):  # the stance that came back, said against as each side is
                    spans.append((change["returned"]["evidence"], change["from"]))
                for span, stance in spans:
                    span["against"] = sum(n for day, counts in every[key].items()
                                          if span["first"] <= day <= span["last"]
                                          for other, n in counts.items() if other != stance)
            if not query.since or change["day"] >= query.since:
                change["before_id"] = _pick(series, change["before_at"], change["from"], query.window_days, True)
                change["after_id"] = _pick(series, change["at"], change["to"], query.window_days, False)
                found.append((key, change))
    said = _statements(store, {(c[k], key[1], key[2]) for key, c in found for k in ("before_id", "after_id")})
    names = _actor_names(store, {key[0] for key, _ in found})
    described = _described_sources(store, names)
    out = [dict(shift, described_group=key[0] in described, trusted_only=only_trusted) for key, change in found
           if (shift := _shift_dict(key, change, names[key[0]], said))["confidence"] >= query.min_confidence]
    out.sort(key=lambda s: (s["date"], s["actor"]["name"].lower(), s["issue"]))
    if only_trusted and counts is not None:
        counts.append(_Count(rows, query, settings, min_articles))
    return out


def _add(series: list[_Day], day: str, stance: str, weight: float, n: int,
         reports: set[tuple[int, int | None]]) -> _Day:
    """Add one grouped row (a day's statements of one stance) to a day series in day order; the day."""
    if not series or series[-1].day != day:
        series.append(_Day(day))
    found = series[-1]
    found.weights[stance] = found.weights.get(stance, 0.0) + weight
    found.counts[stance] = found.counts.get(stance, 0) + n
    found.reports[stance] = found.reports.get(stance, set()) | reports
    return found


def _series_changes(series: list[_Day], query: PositionQuery, settings: Settings,
                    min_articles: int) -> list[dict[str, Any]]:
    """The changes of one actor's stance on one issue over its day series: runs, the thin and brief ones
    dropped, a change at the first day of each kept run after the first."""
    rolled = _rolling([(d.day, d.weights) for d in series], query.window_days)
    runs = _kept_runs(_runs(rolled, settings.position_mixed_ratio), series, query.window_days, min_articles,
                      excursions=settings.shift_drop_excursions and min_articles > 1)
    # Where brief contrary runs are kept (every change listed, ``--min-articles 1``), one is one lead, not two:
    # the change into it carries the day the steadier stance came back, and that return is not listed apart.
    return _changes(runs, rolled, series, returns=settings.shift_drop_excursions and min_articles <= 1)


def _described_sources(store: Store, names: dict[int, dict[str, Any]]) -> set[int]:
    """The actors among ``names`` that a description stands for, not a name: a group naming no members, a plural
    described ("Republicans", "critics", "voters"), and an unnamed source ("a senior official", "the ministry"),
    each quoted as a different set of people or a different body from one article to the next, so its "shift" is
    no one's change of mind (PolNeAR train: 3 of the 32 shifts, "Republican" twice and "Democrats"). A joint
    statement's group names its members."""
    unnamed = {i for i, a in names.items() if a["type"] == "unnamed"}
    groups = sorted(i for i, a in names.items() if a["type"] == "group")
    if not groups or store.schema_version < MEMBERS_SCHEMA:
        return unnamed | set(groups)
    marks = ",".join("?" * len(groups))
    joint = {r[0] for r in store.conn.execute(
        f"SELECT DISTINCT group_id FROM actor_members WHERE group_id IN ({marks})", groups)}
    return unnamed | (set(groups) - joint)


def _statement_id(order_key: str) -> int:
    return int(order_key.rsplit("|", 1)[1])


def _pick(series: list[_Day], at: int, stance: str, window_days: int | None, last: bool) -> int:
    """The statement that shows ``stance`` on day ``series[at]``: the last (or first) of it that day, or,
    when a window carried the stance from earlier days, of the newest day in the window that has one."""
    start = _window_start(series[at].day, window_days)
    for day in reversed(series[:at + 1]):
        if day.day < start:
            break
        if stance in day.ends:
            return day.ends[stance][1 if last else 0]
    raise AssertionError(f"no {stance} statement in the window of {series[at].day}")  # the sums had one


def _statements(store: Store, wanted: set[tuple[int, str, str]]) -> dict[tuple[int, str, str], dict[str, Any]]:
    """Evidence for (statement id, taxonomy, issue) triples, read in chunks of ids (SQLite's parameter cap)."""
    ids = sorted({w[0] for w in wanted})
    out: dict[tuple[int, str, str], dict[str, Any]] = {}
    for n in range(0, len(ids), 500):
        chunk = ids[n:n + 500]
        for r in store.conn.execute(
                "SELECT s.id, i.taxonomy, i.issue, i.stance, i.evidence, s.key, s.act, s.hedged, s.content, "
                f"s.speaker, s.cue, ar.slug AS article, ar.published, {SAID_LAST_DAY} AS said_day, ar.outlet, "
                "ar.title, "
                f"onrecord_weight({SAID_LAST_DAY}, s.act, s.hedged, i.score) AS w, {_trusted_sql(store)} AS trusted, "
                f"NULL AS joint_id, NULL AS joint, {_reported_sql(store)} AS reported "
                "FROM statement_issues i JOIN statements s ON s.id = i.statement_id "
                f"JOIN articles ar ON ar.id = s.article_id WHERE s.id IN ({','.join('?' * len(chunk))})", chunk):
            out[(r["id"], r["taxonomy"], r["issue"])] = evidence_dict(r)
    return out


def _rolling(series: list[tuple[str, dict[str, float]]], window_days: int | None
             ) -> list[tuple[str, dict[str, float]]]:
    """Each day's stance weights summed with those of the ``window_days`` before it (as given without)."""
    if not window_days:
        return series
    out: list[tuple[str, dict[str, float]]] = []
    first = 0  # the oldest day still inside the window
    for day, _ in series:
        start = _window_start(day, window_days)
        while series[first][0] < start:
            first += 1
        sums: dict[str, float] = defaultdict(float)
        for _, weights in series[first:len(out) + 1]:
            for stance, w in weights.items():
                sums[stance] += w
        out.append((day, dict(sums)))
    return out


def _window_start(day: str, window_days: int | None) -> str:
    """The first day of the window that ends on ``day`` (``day`` itself without a window)."""
    return _days_before(day, (window_days or 1) - 1)


def _days_before(day: str, days: int) -> str:
    """The ISO day ``days`` before ``day``, year 1 at the earliest: a store may hold a placeholder date
    (0001-01-01) from before ingest refused them, and a window back from it raised OverflowError (a 500)."""
    try:
        return (date.fromisoformat(day) - timedelta(days=days)).isoformat()
    except OverflowError:
        return date.min.isoformat()


def _runs(rolled: list[tuple[str, dict[str, float]]], mixed_ratio: float) -> list[_Run]:
    """The day series cut into runs of one decided stance; a mixed or empty day belongs to none."""
    runs: list[_Run] = []
    for at, (_, weights) in enumerate(rolled):
        stance = decide(weights, mixed_ratio)[0]
        if stance in ("mixed", "unclear"):
            continue  # two sides alike (or nothing that weighs) say nothing about which way the actor went
        if runs and runs[-1].stance == stance:
            runs[-1].last = at
        else:
            runs.append(_Run(stance, at, at))
        runs[-1].days += 1
    return runs


def _gathered(run: _Run, series: list[_Day], window_days: int | None) -> _Run:
    """The run with the statements, articles and weight of its stance on its days (and, with a window, in
    the window before its first day, which its first day's stance rests on)."""
    out = _Run(run.stance, run.first, run.last, days=run.days)
    start = _window_start(series[run.first].day, window_days)
    for day in series[:run.last + 1]:
        if day.day >= start and run.stance in day.weights:
            out.statements += day.counts[run.stance]
            out.reports |= day.reports[run.stance]
            out.weight += day.weights[run.stance]
    # What the run's stance was said against: a side "53 statements" reads as settled until "and 20 the other
    # way on the same days" is added (Donald Trump on immigration, PolNeAR: each side of every shift had some).
    out.against = sum(n for day in series[run.first:run.last + 1] for stance, n in day.counts.items()
                      if stance != run.stance)
    return out


def _reports(pairs: str) -> set[tuple[int, int | None]]:
    """The (article, quote) pairs of a grouped row's ``reports``."""
    return {_report(pair) for pair in str(pairs).split(",")}


def _report(pair: str) -> tuple[int, int | None]:
    article, quote = pair.split(":")
    return int(article), int(quote) if quote else None


def _articles(reports: set[tuple[int, int | None]]) -> int:
    """The articles that report a stance, those that only repeat one quote counting once: a live blog's
    updates, or two outlets running the same wire quote, are one piece of evidence, not two."""
    articles = {article for article, _ in reports}
    utterances = {("quote", quote) if quote is not None else ("article", article) for article, quote in reports}
    return min(len(articles), len(utterances))


def _kept_runs(runs: list[_Run], series: list[_Day], window_days: int | None, min_articles: int,
               excursions: bool = False) -> list[_Run]:
    """The runs with evidence from ``min_articles`` articles or more. The thinnest run under that is dropped
    first (the oldest of equals), and the neighbours of one stance it stood between become one run, which
    may then have enough: one stray report makes no change of mind either way, and the steady stance
    around it keeps its evidence from both sides of it.

    With ``excursions``, a run between two runs of one stance that is reported in fewer articles than either
    of them is dropped too (the thinnest first), and its neighbours join: "support in 11 articles, oppose in 2,
    support in 13" is a steady stance with a brief contrary report in it (on PolNeAR, a misread stance or a
    misattributed speaker every time), not a change of mind and a change back, and listed as two shifts it
    outnumbered the real ones."""
    kept = [_gathered(r, series, window_days) for r in runs]
    while True:
        thin = [(_articles(r.reports), at) for at, r in enumerate(kept) if _articles(r.reports) < min_articles]
        if not thin and excursions:
            thin = [(_articles(r.reports), at) for at, r in enumerate(kept[1:-1], start=1) if _brief(kept, at)]
        if not thin:
            return kept
        at = min(thin)[1]
        del kept[at]
        if 0 < at < len(kept) and kept[at - 1].stance == kept[at].stance:
            joined = _Run(kept[at].stance, kept[at - 1].first, kept[at].last, days=kept[at - 1].days + kept[at].days)
            kept[at - 1:at + 1] = [_gathered(joined, series, window_days)]


def _brief(runs: list[_Run], at: int, strict: bool = True) -> bool:
    """Whether ``runs[at]`` is a brief contrary run: between two runs of one stance, and reported in fewer
    articles than either (the test ``_kept_runs`` drops such a run by, with ``excursions``); not ``strict``, in
    no more articles than either (one report between two single reports: a lead listed once, nothing dropped)."""
    if not 0 < at < len(runs) - 1 or runs[at - 1].stance != runs[at + 1].stance:
        return False
    mine, least = _articles(runs[at].reports), min(_articles(runs[at - 1].reports), _articles(runs[at + 1].reports))
    return mine < least if strict else mine <= least


def _changes(runs: list[_Run], rolled: list[tuple[str, dict[str, float]]],
             series: list[_Day], returns: bool = False) -> list[dict[str, Any]]:
    """A change at the first day of each kept run after the first, with the evidence either side.

    With ``returns``, a change into a brief contrary run (``_brief``) carries ``returned``: the day the stance
    before it came back, with that run's evidence, and the change back is not listed apart. On PolNeAR train one
    misread or misattributed report between two steadier runs was listed as two shifts, there and back (7 of the
    44 leads of the ten most quoted actors read in the nineteenth session): one stray report is one lead. Nothing is
    dropped, so a run reported in as many articles as the stance either side is listed this way too, with its
    return beside it."""
    changes: list[dict[str, Any]] = []
    skip = -1
    for at, (old, new) in enumerate(pairwise(runs), start=1):
        if at == skip:
            continue
        weights = rolled[new.first][1]
        share = weights[new.stance] / sum(weights.values())
        change = {"from": old.stance, "to": new.stance, "before_day": series[old.last].day,
                  "day": series[new.first].day, "before_at": old.last, "at": new.first, "share": share,
                  "confirmed_days": new.days - 1, "evidence": {"before": _run_evidence(old, series),
                                                               "after": _run_evidence(new, series)},
                  "mass": (1 - math.exp(-old.weight)) * (1 - math.exp(-new.weight))}
        if returns and _brief(runs, at, strict=False):
            back = runs[at + 1]
            change["returned"] = {"day": series[back.first].day, "evidence": _run_evidence(back, series)}
            skip = at + 1
        changes.append(change)
    return changes


def _run_evidence(run: _Run, series: list[_Day]) -> dict[str, Any]:
    return {"statements": run.statements, "articles": _articles(run.reports), "first": series[run.first].day,
            "last": series[run.last].day, "against": run.against}


def _shift_dict(key: tuple[int, str, str], change: dict[str, Any], actor: dict[str, Any],
                said: dict[tuple[int, str, str], dict[str, Any]]) -> dict[str, Any]:
    before = said[(change["before_id"], key[1], key[2])]
    after = said[(change["after_id"], key[1], key[2])]
    return {"actor": actor, "taxonomy": key[1], "issue": key[2], "from": change["from"], "to": change["to"],
            "date": change["day"], "confidence": round(change["mass"] * change["share"], 3),
            "confirmed_days": change["confirmed_days"], "evidence": change["evidence"],
            "before": before, "after": after, "returned": change.get("returned")}
