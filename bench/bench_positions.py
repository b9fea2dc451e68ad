"""Time `positions`, `shifts` and the issue timeline on a store, optionally grown to a target size.

    .venv/bin/python bench/bench_positions.py pn.db                  # the store as it is
    .venv/bin/python bench/bench_positions.py pn.db --grow 10000     # a copy grown to about 10,000 articles

Build the store first, e.g. PolNeAR train with its dates and the US 2016 taxonomy:
    onrecord ingest ../shared/data/polnear/train/text --db pn.db --workers 2 \\
        --metadata ../shared/data/polnear/metadata.tsv --issues ../shared/data/taxonomies/us-2016.yaml

``--grow N`` copies the store into a temporary folder (the original is only read) and adds its analysed
articles again, with their statements and statement issues, under new slugs and hashes and dated
``--shift`` days later per round, until it holds about N articles: real rows, triggers and indexes
included, without analysing anything again. The same actors speak in every round, so each cell holds
more statements the larger the store, which is the hard case for these queries. Each query is run
``--repeat`` times and the best time printed (milliseconds).
"""

from __future__ import annotations

import argparse
import shutil
import sqlite3
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from store_copies import copy_statements  # bench/, beside this script

from onrecord.store import Store
from onrecord.store.positions import PositionQuery, issue_timeline, positions, shifts


def grow(source: Path, target: Path, articles: int, shift_days: int) -> None:
    """``target``: a copy of ``source`` with its analysed articles added again until about ``articles``."""
    with sqlite3.connect(source) as src, sqlite3.connect(target) as dst:
        src.backup(dst)  # a consistent copy even of a store in WAL mode
    with Store(target) as store, store.transaction() as db:
        n, last = db.execute("SELECT COUNT(*), MAX(id) FROM articles WHERE status = 'analysed'").fetchone()
        step = int(last) + 1
        for r in range(1, max(1, round(articles / n))):
            _copy_round(db, r, step, r * shift_days)


def _copy_round(db: sqlite3.Connection, r: int, step: int, days: int) -> None:
    """Round ``r``: every analysed article again, ids shifted by ``r * step``, dated ``days`` later."""
    shift = r * step
    db.execute(
        "INSERT INTO articles (id, slug, content_hash, status, status_reason, text, title, url, outlet, author, "
        "published, language, source, pipeline_version, ingested_at) "
        "SELECT id + ?, slug || '~' || ?, content_hash || '~' || ?, status, status_reason, text, title, url, "
        "outlet, author, date(published, printf('+%d days', ?)), language, source, pipeline_version, ingested_at "
        "FROM articles WHERE id < ? AND status = 'analysed'", (shift, r, r, days, step))
    copy_statements(db, shift, r, step)
    db.execute(
        "INSERT INTO statement_issues SELECT copy.id, i.taxonomy, i.issue, i.stance, i.score, i.evidence_start, "
        "i.evidence_end, i.evidence FROM statement_issues i JOIN statements s ON s.id = i.statement_id "
        "JOIN statements copy ON copy.article_id = s.article_id + ? AND copy.position = s.position "
        "WHERE s.article_id < ?", (shift, step))


def best_of(repeat: int, run: Callable[[], Any]) -> tuple[float, Any]:
    best, result = float("inf"), None
    for _ in range(repeat):
        started = time.perf_counter()
        result = run()
        best = min(best, time.perf_counter() - started)
    return best * 1000, result


def measure(db: Path, repeat: int, roll_up: bool) -> None:
    with Store(db, readonly=True) as store:
        count = store.conn.execute
        articles = count("SELECT COUNT(*) FROM articles WHERE status = 'analysed'").fetchone()[0]
        tagged = count("SELECT COUNT(*) FROM statement_issues").fetchone()[0]
        span = count("SELECT MIN(published), MAX(published) FROM articles WHERE status = 'analysed'").fetchone()
        issue, actor = count(
            "SELECT i.issue, a.slug FROM statement_issues i JOIN statements s ON s.id = i.statement_id "
            "JOIN actors a ON a.id = s.actor_id GROUP BY 1, 2 ORDER BY COUNT(*) DESC LIMIT 1").fetchone()
        print(f"{db.name}: {articles} articles from {span[0]} to {span[1]}, {tagged} statement issues; "
              f"busiest issue {issue}, its busiest actor {actor}")
        queries: list[tuple[str, Callable[[], Any]]] = [
            ("positions, whole matrix", lambda: positions(store, PositionQuery(roll_up=roll_up))["positions"]),
            (f"positions, --issue {issue}",
             lambda: positions(store, PositionQuery(issue=issue, roll_up=roll_up))["positions"]),
            (f"positions, --actor {actor} --window 90d", lambda: positions(
                store, PositionQuery(actor=actor, window_days=90, roll_up=roll_up))["positions"]),
            ("shifts, all", lambda: shifts(store, PositionQuery(roll_up=roll_up))),
            ("shifts, all --window 30d", lambda: shifts(store, PositionQuery(window_days=30, roll_up=roll_up))),
            (f"timeline, --issue {issue}",
             lambda: issue_timeline(store, PositionQuery(issue=issue, roll_up=roll_up))["points"]),
        ]
        for name, run in queries:
            ms, rows = best_of(repeat, run)
            print(f"  {name}: {len(rows)} rows in {ms:.0f} ms (best of {repeat})")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("db", type=Path, help="a store with statement issues (ingest --issues)")
    parser.add_argument("--grow", type=int, metavar="N", help="also measure a copy grown to about N articles")
    parser.add_argument("--shift", type=int, default=30, metavar="DAYS", help="days between copies (default 30)")
    parser.add_argument("--roll-up", action="store_true", help="institutions count as their state")
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    measure(args.db, args.repeat, args.roll_up)
    if args.grow:
        with tempfile.TemporaryDirectory() as folder:
            target = Path(folder) / f"grown-{args.grow}.db"
            started = time.perf_counter()
            grow(args.db, target, args.grow, args.shift)
            print(f"(grown in {time.perf_counter() - started:.0f} s)")
            measure(target, args.repeat, args.roll_up)
            shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    main()
