"""Do the web pages and API calls cost the same on a large store as on a small one?

    .venv/bin/python bench/bench_queries.py              # stores of 1,000 and 10,000 articles
    .venv/bin/python bench/bench_queries.py --huge       # and 100,000
    .venv/bin/python bench/bench_queries.py --runs 50    # more requests per endpoint
    .venv/bin/python bench/bench_queries.py --huge --keep /tmp/onrecord-bench   # stores kept, reused next run

The repository's example corpus is analysed once into a seed store; each size is
then made by copying the seed's articles, mentions and statements in SQL under new
slugs, hashes and dates (no re-analysis), so the store holds real rows, its FTS
tables and triggers included. Each endpoint is requested in-process (Starlette's
TestClient, no network) ``--runs`` times after one warm-up; p50 and p95 are in
milliseconds. The figure to read is the ratio between sizes within one run: near
1 means the call's cost does not grow with the store.
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import tempfile
import time
from pathlib import Path

from fastapi.testclient import TestClient
from store_copies import copy_statements  # bench/, beside this script

from onrecord.corpus import IngestOptions, ingest
from onrecord.serve.app import create_app
from onrecord.store import Store

ROOT = Path(__file__).resolve().parents[1]
SEED_INPUTS = [ROOT / "examples" / "peace-talks.txt", ROOT / "examples" / "corpus"]
ENDPOINTS = ("/", "/api/actors", "/api/actors?q=trump", "/api/statements?actor=Trump", "/api/statements",
             "/api/statements?q=ceasefire", "/api/articles", "/articles", "/api/articles/{slug}",
             "/api/statements?q=ceasefire&sort=relevance", "/api/articles/no-such-article", "/search?q=talks",
             "/search?q=talks&page=20")


def seed(folder: Path) -> Path:
    db = folder / "seed.db"
    ingest([str(p) for p in SEED_INPUTS], IngestOptions(db=db, published="2025-08-18", outlet="Example Wire"))
    return db


def grow(seed_db: Path, target: Path, articles: int) -> None:
    """``target``: the seed with its analysed articles copied until it holds about ``articles``."""
    shutil.copy(seed_db, target)
    with Store(target) as store, store.transaction() as db:
        base = db.execute("SELECT COUNT(*), MAX(id) FROM articles WHERE status = 'analysed'").fetchone()
        n, step = int(base[0]), int(base[1]) + 1
        for r in range(1, max(1, articles // n)):
            _copy_round(db, r, step)


def _copy_round(db: object, r: int, step: int) -> None:
    """Round ``r``: every seed article again, ids shifted by ``r * step``, dated ``r`` days later."""
    import sqlite3

    assert isinstance(db, sqlite3.Connection)
    shift = r * step
    db.execute(
        "INSERT INTO articles (id, slug, content_hash, status, status_reason, text, title, url, outlet, author, "
        "published, language, source, pipeline_version, ingested_at) "
        "SELECT id + ?, slug || '-' || ?, content_hash || printf('%06d', ?), status, status_reason, text, title, "
        "url, outlet, author, date(COALESCE(published, '2025-01-01'), printf('+%d days', ? % 400)), language, "
        "source, pipeline_version, ingested_at FROM articles WHERE id < ? AND status = 'analysed'",
        (shift, r, r, r, step))
    db.execute("INSERT INTO mentions SELECT article_id + ?, start_offset, end_offset, actor_id, text "
               "FROM mentions WHERE article_id < ?", (shift, step))
    copy_statements(db, shift, r, step)


def measure(db: Path, runs: int) -> dict[str, tuple[float, float]]:
    client = TestClient(create_app(db))
    slug = client.get("/api/articles?limit=1").json()["items"][0]["id"]
    out = {}
    for endpoint in ENDPOINTS:
        url = endpoint.replace("{slug}", slug)
        client.get(url)  # warm-up: page cache, prepared statements
        times = []
        for _ in range(runs):
            start = time.perf_counter()
            response = client.get(url)
            times.append((time.perf_counter() - start) * 1000)
            assert response.status_code in (200, 404), (url, response.status_code)
        times.sort()
        out[endpoint] = (statistics.median(times), times[min(len(times) - 1, int(len(times) * 0.95))])
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--huge", action="store_true", help="also a store of 100,000 articles (minutes)")
    parser.add_argument("--runs", type=int, default=30, help="requests per endpoint and size (default 30)")
    parser.add_argument("--keep", type=Path, metavar="DIR",
                        help="build the stores in DIR and keep them; a store already there is reused (the 100,000-"
                             "article one takes minutes to build)")
    args = parser.parse_args()
    sizes = (1_000, 10_000, 100_000) if args.huge else (1_000, 10_000)
    with tempfile.TemporaryDirectory() as tmp:
        folder = args.keep or Path(tmp)
        folder.mkdir(parents=True, exist_ok=True)
        results = {}
        for size in sizes:
            target = folder / f"store-{size}.db"
            start = time.perf_counter()
            if not target.exists():
                seed_db = folder / "seed.db" if (folder / "seed.db").exists() else seed(folder)
                for stale in folder.glob(f"{target.stem}.part*"):  # a build cut short, and its WAL
                    stale.unlink()
                grow(seed_db, target.with_suffix(".part"), size)
                target.with_suffix(".part").rename(target)  # a store cut short is never reused
            with Store(target) as store:
                held = store.conn.execute("SELECT COUNT(*) FROM articles").fetchone()[0]
                stmts = store.conn.execute("SELECT COUNT(*) FROM statements").fetchone()[0]
            print(f"store of {held:,} articles, {stmts:,} statements ready in {time.perf_counter() - start:.1f} s")
            results[size] = measure(target, args.runs)
        head = " | ".join(f"{s:,}: p50 / p95 ms" for s in sizes)
        print(f"\n| endpoint | {head} | p50 ratio {sizes[-1]:,}/{sizes[0]:,} |")
        print("|---|" + "---|" * len(sizes) + "---|")
        for endpoint in ENDPOINTS:
            cells = " | ".join(f"{results[s][endpoint][0]:.1f} / {results[s][endpoint][1]:.1f}" for s in sizes)
            ratio = results[sizes[-1]][endpoint][0] / results[sizes[0]][endpoint][0]
            print(f"| `{endpoint}` | {cells} | {ratio:.2f} |")


if __name__ == "__main__":
    main()
