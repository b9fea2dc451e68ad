"""Time `positions` and `shifts` on a store: python bench/bench_positions.py STORE [--roll-up].

Build a store first, e.g. PolNeAR train with its dates and the US 2016 taxonomy:
    onrecord ingest ../shared/data/polnear/train/text --db pn.db --workers 2 \
        --metadata ../shared/data/polnear/metadata.tsv --issues ../shared/data/taxonomies/us-2016.yaml
"""

from __future__ import annotations

import argparse
import time

from onrecord.store import Store
from onrecord.store.positions import PositionQuery, positions, shifts


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("db")
    parser.add_argument("--roll-up", action="store_true")
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    with Store(args.db, readonly=True) as store:
        tagged = store.conn.execute("SELECT COUNT(*) FROM statement_issues").fetchone()[0]
        for name, run in (("positions", positions), ("shifts", shifts)):
            best, result = float("inf"), None
            for _ in range(args.repeat):
                started = time.perf_counter()
                result = run(store, PositionQuery(roll_up=args.roll_up))
                best = min(best, time.perf_counter() - started)
            rows = result["positions"] if isinstance(result, dict) else result
            print(f"{name}: {len(rows)} rows from {tagged} statement issues in {best * 1000:.0f} ms (best of "
                  f"{args.repeat})")


if __name__ == "__main__":
    main()
