"""How long do the pages a reader opens take on a real store? The pages picked from the store itself: the longest
article's reader (each of its parts), the most quoted actor's page, the positions matrix, the timeline and a search
of the most discussed issue, an issue-and-stance search, and the events list.

    .venv/bin/python bench/bench_real_pages.py --db /tmp/ux11/pn.db            # a store you ingested
    .venv/bin/python bench/bench_real_pages.py --db pn.db --runs 10 --url '/search?q=wall'   # and a page of yours

Each page is requested in-process (Starlette's TestClient, no network) ``--runs`` times after one warm-up; the
median and the slowest are in milliseconds, with the page's size. docs/SERVE.md has the figures on 300 PolNeAR
train articles with us-2016.yaml and a 40,000-word text.
"""

from __future__ import annotations

import argparse
import statistics
import time
from pathlib import Path

from fastapi.testclient import TestClient

from onrecord.serve.app import create_app
from onrecord.store import Store


def pages(db: Path) -> list[str]:
    store = Store(db, readonly=True)
    try:
        conn = store.conn
        longest = conn.execute("SELECT slug, length(text) AS n FROM articles WHERE status = 'analysed' "
                               "ORDER BY length(text) DESC LIMIT 1").fetchone()
        actor = conn.execute("SELECT slug FROM actors ORDER BY n_statements DESC LIMIT 1").fetchone()
        issue = conn.execute("SELECT issue FROM statement_issues GROUP BY issue "
                             "ORDER BY COUNT(*) DESC LIMIT 1").fetchone()
    finally:
        store.close()
    urls = ["/", "/events", "/positions", "/positions?sort=actor"]
    if longest is not None:
        urls += [f"/articles/{longest['slug']}", f"/articles/{longest['slug']}?part=2"]
    if actor is not None:
        urls.append(f"/actors/{actor['slug']}")
    if issue is not None:
        about = issue["issue"]
        urls += [f"/positions/timeline?issue={about}", f"/search?issue={about}",
                 f"/search?issue={about}&stance=oppose", f"/api/statements?issue={about}&stance=oppose"]
    return urls


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--db", type=Path, required=True)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--url", action="append", default=[], help="another page to time (repeatable)")
    args = parser.parse_args()
    client = TestClient(create_app(args.db))
    print(f"{'page':72} {'status':>6} {'KB':>7} {'p50 ms':>8} {'max ms':>8}")
    for url in pages(args.db) + args.url:
        response = client.get(url)  # warm-up
        times = []
        for _ in range(args.runs):
            start = time.perf_counter()
            response = client.get(url)
            times.append((time.perf_counter() - start) * 1000)
        print(f"{url[:72]:72} {response.status_code:>6} {len(response.content) / 1024:7.0f} "
              f"{statistics.median(times):8.1f} {max(times):8.1f}")


if __name__ == "__main__":
    main()
