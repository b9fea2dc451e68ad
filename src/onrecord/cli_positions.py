"""The `positions` and `shifts` commands: stances per actor and issue from the store (store/positions.py)."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from typing import Any, TextIO, TypeVar

from onrecord.cli_common import excerpt, open_store, visible
from onrecord.settings import Settings
from onrecord.store import DEFAULT_DB, Store, StoreError
from onrecord.store.export import write_positions_csv, write_shifts_csv
from onrecord.store.positions import (
    POSITION_SORTS,
    PositionQuery,
    every_evidence_shifts,
    parse_days,
    positions,
    shift_threshold,
    shift_trusted,
    shifts,
    thin_shifts,
)
from onrecord.store.queries import QueryError

T = TypeVar("T")


def _duration(value: str) -> int:
    try:
        return parse_days(value)
    except ValueError as err:
        raise argparse.ArgumentTypeError(str(err)) from err


def add_position_commands(sub: Any, iso_date: Any) -> None:
    def common(p: argparse.ArgumentParser) -> None:
        p.add_argument("--db", default=DEFAULT_DB, help=f"the store (default: ./{DEFAULT_DB})")
        p.add_argument("--issue", metavar="ID", help="one issue of the stored taxonomy")
        p.add_argument("--actor", help="actor name, alias or id")
        p.add_argument("--roll-up", action="store_true",
                       help="institutions count as their state (the White House as the United States)")
        p.add_argument("--format", choices=("table", "json", "csv"), default="table",
                       help="table (default), json or csv")

    po = sub.add_parser("positions", help="where each actor stands on each issue, as of a date, with evidence")
    common(po)
    po.add_argument("--as-of", type=iso_date, help="the date to judge at (default: the newest article's)")
    po.add_argument("--window", type=_duration, metavar="DURATION",
                    help="only statements this long before --as-of (90d, 12w, 6m, 1y)")
    po.add_argument("--half-life", type=_duration, metavar="DURATION",
                    help="a statement's weight halves every DURATION before --as-of (default 30d)")
    po.add_argument("--min-articles", type=int, metavar="N",
                    help="only positions resting on at least N articles (a corpus holds many told once, in passing)")
    po.add_argument("--sort", choices=POSITION_SORTS, default="actor",
                    help="actor (by name, the default) or evidence (most articles and statements first)")
    po.set_defaults(run=_run_positions)

    sh = sub.add_parser("shifts", help="each change of an actor's stance on an issue, oldest first")
    common(sh)
    sh.add_argument("--since", type=iso_date, help="changes on or after this date")
    sh.add_argument("--until", type=iso_date, help="statements up to this date")
    sh.add_argument("--window", type=_duration, metavar="DURATION",
                    help="judge each day with the DURATION before it (7d, 30d): one stray statement is no shift")
    sh.add_argument("--min-confidence", type=float, default=0.0, metavar="X",
                    help="only shifts at least this sure (0 to 1)")
    sh.add_argument("--min-articles", type=int, metavar="N",
                    help="articles each side of a shift needs (default: Settings.shift_min_articles, 2; "
                         "1 lists every change, each a lead to read)")
    sh.add_argument("--all-evidence", action="store_true",
                    help="find shifts from every tagged statement, not only trusted ones (a side-taking act by a "
                         "named speaker, plainly about the issue: Settings.shift_trusted_only); each a lead to read")
    sh.set_defaults(run=_run_shifts)


def _fail(message: str) -> int:
    print(f"onrecord: error: {visible(message)}", file=sys.stderr)
    return 2


def _answer(args: argparse.Namespace, compute: Callable[[Any], T], write_csv: Callable[[T, TextIO], None],
            table: Callable[[T], None]) -> int:
    """Run one query on the store and print it as the user asked: JSON, CSV or a table."""
    try:
        with open_store(args.db) as store:
            result = compute(store)
    except (StoreError, QueryError) as err:
        return _fail(str(err))
    if args.format == "json":
        print(json.dumps(result, ensure_ascii=False, indent=2))
    elif args.format == "csv":
        write_csv(result, sys.stdout)
    else:
        table(result)
    return 0


def _run_positions(args: argparse.Namespace) -> int:
    query = PositionQuery(issue=args.issue, actor=args.actor, as_of=args.as_of, window_days=args.window,
                          half_life_days=args.half_life, roll_up=args.roll_up, min_articles=args.min_articles,
                          sort=args.sort)
    return _answer(args, lambda store: positions(store, query),
                   write_positions_csv, _positions_table)


def _positions_table(result: dict[str, Any]) -> None:
    print(f"as of {result['as_of']} (half-life {result['half_life_days']:g} days"
          + (f", window {result['window_days']} days" if result["window_days"] else "") + ")")
    # "for": the statements of the stance shown, of those that took a side (support, oppose, open);
    # "stmts" counts every one, unclear ones included.
    print(f"{'actor':<24} {'issue':<26} {'stance':<22} {'conf':>5} {'for':>8} {'stmts':>5} {'arts':>4} "
          f"{'hedged':>6}  {'first':<10} {'last':<10}")
    for p in result["positions"]:
        stance = p["stance"] + (f" ({'/'.join(p['sides'])})" if p["stance"] == "mixed" else "")
        # A mixed cell's sides each with its count ("34+20/57"), not their sum, which read as one side's.
        backing = "+".join(str(p["backing"]["sides"].get(side, 0)) for side in p["sides"]) or "0"
        backing += f"/{p['backing']['voting']}"
        print(f"{excerpt(p['actor']['name'], 24):<24} {excerpt(p['issue'], 26):<26} {stance:<22} "
              f"{p['confidence']:>5.2f} {backing:>8} {p['statements']:>5} {p['articles']:>4} "
              f"{p['hedged_share']:>6.0%}  {(p['first_seen'] or '')[:10]:<10} {(p['last_seen'] or '')[:10]:<10}")
        if p.get("weak"):
            print("    " + weak_note(p))
        if p.get("own_issue"):
            print("    (the issue is about the actor: their own words on it describe themselves, no position that "
                  "changes; they make no shift)")
        rival = p["backing"].get("outnumbered_by")
        if rival:
            print(f"    ({rival['statements']} {rival['stance']} statement(s) are older: a statement weighs half "
                  f"every {result['half_life_days']:g} days)")
        for e in p["evidence"]:
            joint = f" (jointly, as {visible(e['joint']['name'])})" if e.get("joint") else ""
            mark = " [trusted]" if e.get("trusted") else ""
            mark += reported_mark(e)
            # The act named as one ("support (act oppose)" read as two stances), the day it was said where the text
            # gives one, and the speaker and verb as the article gives them: what a reader checks first.
            said = _said_by(e)
            print(f"    {e.get('said') or e['published'][:10]} {e['stance']:<7} (act {e['act']}"
                  f"{', hedged' if e['hedged'] else ''}){joint}: {said + ' ' if said else ''}"
                  f"“{excerpt(e['content'], 70)}” {visible(e['link'])}{mark}")
    if not result["positions"]:
        span = result["dated"]
        print("(no statement on an issue matches; " + (
            f"the dated articles run from {span['first']} to {span['last']})" if span else "no article is dated)"))
    if result["undated_statements"]:
        print(f"({result['undated_statements']} statement(s) on issues are in undated articles and not counted; "
              "`onrecord articles --undated` lists those articles)")


def weak_note(p: dict[str, Any]) -> str:
    """Why a cell is marked weak (``positions``' ``weak``): no trusted statement backs its stance, or the trusted
    ones lean another way."""
    lean = p["backing"].get("trusted_lean")
    if lean:
        return (f"(weak: the trusted statements lean {lean['stance']} ({lean['statements']}) as much or more: "
                "open the evidence)")
    return ("(weak: no trusted statement, a side-taking act by a named speaker plainly about the issue, backs "
            + ("one of its sides" if p["stance"] == "mixed" else "it") + ")")


def reported_mark(evidence: dict[str, Any]) -> str:
    """Whose position an evidence statement's content reports, where another's ("Hale wants to ...")."""
    return f" (reports {visible(evidence['reported'])}'s position)" if evidence.get("reported") else ""


def described_mark(shift: dict[str, Any]) -> str:
    """Why a described speaker's shift is no one's change of mind (``described_group`` in the JSON and CSV)."""
    if not shift.get("described_group"):
        return ""
    if shift["actor"].get("type") == "unnamed":
        return " (a source described, not named: maybe another each time)"
    return " (a group described, different people each time)"


def _run_shifts(args: argparse.Namespace) -> int:
    query = PositionQuery(issue=args.issue, actor=args.actor, as_of=args.until, roll_up=args.roll_up,
                          since=args.since, min_confidence=args.min_confidence, window_days=args.window,
                          min_articles=args.min_articles, trusted_only=False if args.all_evidence else None)
    # (changes the thresholds hid, articles a side, excursions too, shifts from every statement or -1): the table's
    thin: list[tuple[int, int, bool, int]] = []

    def compute(store: Store) -> list[dict[str, Any]]:
        found = shifts(store, query)
        if args.format == "table":
            settings = Settings.from_env()
            every = every_evidence_shifts(store, query, settings) if shift_trusted(query, settings) else -1
            thin.append((thin_shifts(store, query, len(found), settings), shift_threshold(query, settings),
                         settings.shift_drop_excursions, every))
        return found

    return _answer(args, compute, write_shifts_csv,
                   lambda rows: _shifts_table(rows, *(thin[0] if thin else (0, 1, False, -1))))


def _shifts_table(rows: list[dict[str, Any]], thin: int = 0, needed: int = 1, excursions: bool = False,
                  every: int = -1) -> None:
    if every >= 0 and every != len(rows):
        # Say on what the list rests when that hid some: a reader who saw 22 shifts yesterday and 5 today should
        # know why, and where the others are.
        print("(from trusted statements only: a side-taking act by a named speaker, plainly about the issue; "
              f"{every} shift(s) from every tagged statement, trusted or not: `--all-evidence` lists them, each a "
              "lead to read)", file=sys.stderr)
    for s in rows:
        many = described_mark(s)
        print(f"{s['date']}  {excerpt(s['actor']['name'], 30)}{many} on {s['issue']}: {s['from']} -> {s['to']} "
              f"(confidence {s['confidence']:.2f}, held {s['confirmed_days']} later day(s))")
        for side in ("before", "after"):
            e, n = s[side], s["evidence"][side]
            against = f" ({n['against']} the other way on those days)" if n.get("against") else ""
            print(f"    {side:<6} {n['statements']} statement(s) in {n['articles']} article(s), "
                  f"{n['first']} to {n['last']}{against}; {'last' if side == 'before' else 'first'}:")
            for line in evidence_lines(e):
                print("           " + line)
        back = s.get("returned")
        if back:
            n = back["evidence"]
            print(f"    back to {s['from']} on {back['day']} ({n['statements']} statement(s) in {n['articles']} "
                  f"article(s), {n['first']} to {n['last']}): the {s['to']} between was brief, one lead rather "
                  "than two shifts")
    # A brief contrary run inside a steadier stance is left out as a thin one is (Settings.shift_drop_excursions).
    brief = ", or on fewer articles than the stance either side of them" if excursions else ""
    hint = (f" ({thin} more change(s) rest on fewer than {needed} articles a side{brief}: `--min-articles 1` "
            "lists them, each a lead to read)") if thin else ""
    print(f"{len(rows)} shift(s){hint}", file=sys.stderr)


def evidence_lines(e: dict[str, Any]) -> list[str]:
    """A shift's statement as a reader checks it: the day it was said, its stance on the issue and its act (two
    things: "support" beside an oppose side is the act), who the article says said it and how, the words, then
    the article (day, outlet, headline) and the link."""
    marks = [f"act {e['act']}"] + (["hedged"] if e["hedged"] else []) + (
        [] if e.get("trusted", True) else ["not trusted evidence"])
    said = _said_by(e)
    published = str(e["published"])[:10]
    outlet = f" by {visible(e['outlet'])}" if e.get("outlet") else ""
    title = f": “{excerpt(visible(e['title']), 60)}”" if e.get("title") else ""
    return [f"{e.get('said') or published} {e['stance']} ({', '.join(marks)}){reported_mark(e)}: "
            f"{said + ' ' if said else ''}“{excerpt(e['content'], 70)}”",
            f"    reported {published}{outlet}{title} {visible(e['link'])}"]


def _said_by(e: dict[str, Any]) -> str:
    """Who the article says said a statement and how ("Sanders said"), each cut to 40 characters; "" if neither."""
    return " ".join(excerpt(visible(x), 40) for x in (e.get("speaker"), e.get("cue")) if x)
