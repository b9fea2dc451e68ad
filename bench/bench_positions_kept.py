"""Positions, shifts and an issue's timeline on a large store: CPU ms of the first call after a write (computed)
and of the calls after it (kept until the next write, migration 16), read-only, in-process.

    .venv/bin/python bench/bench_positions_kept.py /tmp/onrecord-scale/store-100000.db --runs 3

A store before migration 16 is opened read-only and not migrated (other code may share it): its answers are
then kept under a stand-in for the store's count of writes, which is what a migrated store reads from
``store_counts`` (one row), and the script says so.
"""
from __future__ import annotations

import argparse
import statistics
import time
from collections.abc import Callable
from typing import Any

from onrecord.settings import Settings
from onrecord.store import CHANGES_SCHEMA, Store
from onrecord.store import kept as k
from onrecord.store import positions as p


def cpu_ms(call: Callable[[], Any]) -> float:
    start = time.process_time()
    call()
    return (time.process_time() - start) * 1000


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("db")
    parser.add_argument("--actor", default="donald-trump")
    parser.add_argument("--issue", default="immigration")
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    store = Store(args.db, readonly=True)
    settings = Settings.from_env()
    if store.schema_version < CHANGES_SCHEMA:
        print(f"schema {store.schema_version}: not migrated (read-only); kept answers under a stand-in count")
        k.store_state = lambda _store: k.State(0, 0, 0)  # type: ignore[assignment]
    calls: list[tuple[str, Callable[[], Any], Callable[[], Any]]] = []
    for label, query in (("positions (all)", p.PositionQuery()),
                         (f"positions issue={args.issue}", p.PositionQuery(issue=args.issue)),
                         (f"positions actor={args.actor} issue={args.issue}",
                          p.PositionQuery(actor=args.actor, issue=args.issue))):
        calls.append((label, lambda q=query: p._positions(store, q, settings),
                      lambda q=query: p.positions(store, q, settings)))
    for label, query in ((f"timeline issue={args.issue}", p.PositionQuery(issue=args.issue)),
                         (f"timeline issue={args.issue} actor={args.actor}",
                          p.PositionQuery(issue=args.issue, actor=args.actor))):
        calls.append((label, lambda q=query: p._issue_timeline(store, q, settings),
                      lambda q=query: p.issue_timeline(store, q, settings)))
    for label, query in ((f"shifts issue={args.issue}", p.PositionQuery(issue=args.issue)),
                         (f"shifts actor={args.actor}", p.PositionQuery(actor=args.actor))):
        calls.append((label, lambda q=query: p._shifts(store, q, settings),
                      lambda q=query: p.shifts(store, q, settings)))
    print("| call | computed: median CPU ms | kept: median CPU ms |\n|---|---|---|")
    for label, computed, kept in calls:
        first = statistics.median(cpu_ms(computed) for _ in range(args.runs))
        kept()  # the first call after a write computes and keeps
        again = statistics.median(cpu_ms(kept) for _ in range(args.runs))
        print(f"| {label} | {first:.0f} | {again:.1f} |", flush=True)


if __name__ == "__main__":
    main()
