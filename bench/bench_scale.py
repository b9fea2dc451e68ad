"""Every route of `onrecord serve` and the corpus commands, on a varied store and on copies of it grown to
20,000 and 100,000 articles: does any call grow with the store?

    # the seed: 200 PolNeAR train texts with issues (every fourth file name), about 2 minutes
    mkdir seed && ls ../shared/data/polnear/train/text | awk 'NR%4==1' | head -200 | \\
        xargs -I{} ln -s "$PWD/../shared/data/polnear/train/text/{}" seed/{}
    .venv/bin/onrecord ingest seed --db seed.db --workers 2 --issues ../shared/data/taxonomies/us-2016.yaml \\
        --name-pattern '{outlet}_{published:%Y-%m-%d}_{slug}'
    .venv/bin/python bench/bench_scale.py --seed seed.db --keep /tmp/onrecord-scale          # pages and API
    .venv/bin/python bench/bench_scale.py --seed seed.db --keep /tmp/onrecord-scale --cli    # and the commands
    .venv/bin/python bench/bench_scale.py --seed seed.db --keep /tmp/onrecord-scale --exports  # and full exports

Each size is made from the seed by ``store_copies.grow_store`` (the seed's articles, statements, issues,
events, quotes and mentions copied round after round in SQL, actors shared: at 100,000 articles the most
quoted actor has about 170,000 statements), kept in ``--keep`` and reused. Every request is made in-process
(Starlette's TestClient, no network) ``--runs`` times after one warm-up; p50 and p95 in milliseconds, the
median CPU time of the process in brackets (what the request cost, whatever else the machine runs), with the
answer's size at the largest store. Commands run as a user runs them, each in its own process
(``--cli-runs`` times; the process's start, about 60 ms, included), with the peak memory of the process.
The figure to read is the ratio between sizes within one run: near 1 means the call does not grow.
"""

from __future__ import annotations

import argparse
import os
import resource
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from store_copies import grow_store  # bench/, beside this script

ROOT = Path(__file__).resolve().parents[1]
COMMON, RARE = "the", "abandoning"  # in 55% of the seed's statements; in one


def picks(db: Path) -> dict[str, str]:
    """The values the requests use, read from the store: the most quoted actor, the most discussed issue ..."""
    with sqlite3.connect(f"file:{db}?mode=ro", uri=True) as conn:
        actor_slug, actor_name = conn.execute(
            "SELECT slug, name FROM actors ORDER BY n_statements DESC LIMIT 1").fetchone()
        issue = conn.execute("SELECT issue FROM statement_issues WHERE rowid <= 5000 GROUP BY issue "
                             "ORDER BY COUNT(*) DESC LIMIT 1").fetchone()[0]
        longest = conn.execute("SELECT slug FROM articles WHERE id <= 1000 AND status = 'analysed' "
                               "ORDER BY length(text) DESC LIMIT 1").fetchone()[0]
    return {"actor": actor_slug, "name": actor_name, "issue": issue, "longest": longest}


def urls(p: dict[str, str]) -> list[str]:
    a, i, month = p["actor"], p["issue"], "since=2016-03-01&until=2016-03-31"
    return [
        # pages
        "/", "/articles", "/articles?page=500", f"/articles?q={COMMON}", f"/articles?q={RARE}",
        f"/articles/{p['longest']}", "/actors", "/actors?page=50", "/actors?q=trump", f"/actors/{a}",
        f"/search?q={COMMON}", f"/search?q={RARE}", f"/search?actor={a}", f"/search?issue={i}&stance=oppose",
        f"/search?{month}", f"/search?q={COMMON}&page=500", f"/search?actor={a}&page=500",
        "/events", f"/events?actor={a}", "/positions", f"/positions/timeline?issue={i}",
        f"/positions/timeline?issue={i}&actor={a}", "/try", "/docs",
        # the JSON API
        "/openapi.json", "/api/articles", "/api/articles?offset=24950&limit=50", f"/api/articles?q={COMMON}",
        f"/api/articles/{p['longest']}", "/api/actors", "/api/actors?offset=2000", "/api/actors?q=trump",
        f"/api/actors/{a}", "/api/quotes", f"/api/quotes?actor={a}", "/api/statements",
        "/api/statements?offset=24950&limit=50", f"/api/statements?actor={a}",
        f"/api/statements?actor={a}&offset=24950&limit=50", f"/api/statements?actor={a}&sort=newest",
        f"/api/statements?issue={i}&stance=oppose", f"/api/statements?issue={i}&stance=oppose&actor={a}",
        f"/api/statements?{month}", f"/api/statements?{month}&actor={a}", f"/api/statements?q={COMMON}",
        f"/api/statements?q={RARE}", f"/api/statements?q={COMMON}&sort=relevance",
        f"/api/statements?q={COMMON}&offset=24950&limit=50", f"/api/statements?q={COMMON}&actor={a}",
        f"/api/statements?q={RARE}&facets=1", f"/api/statements?actor={a}&facets=1",
        "/api/events", f"/api/events?actor={a}", "/api/events?offset=20000",
        f"/api/positions?actor={a}&issue={i}", "/api/positions", f"/api/positions.csv?issue={i}",
        f"/api/shifts?actor={a}&issue={i}", f"/api/shifts?issue={i}", f"/api/shifts.csv?actor={a}",
        f"/api/positions/timeline?issue={i}", f"/api/statements.csv?issue={i}&stance=oppose&actor={a}",
    ]


def commands(p: dict[str, str]) -> list[list[str]]:
    a, i = p["name"], p["issue"]
    return [
        ["statements", "--limit", "50"], ["statements", "--actor", a, "--limit", "50"],
        ["statements", "--issue", i, "--stance", "oppose", "--limit", "50"],
        ["statements", "--since", "2016-03-01", "--until", "2016-03-31", "--limit", "50"],
        ["statements", "--search", COMMON, "--limit", "50"], ["statements", "--search", RARE, "--limit", "50"],
        ["statements", "--offset", "24950", "--limit", "50"],
        ["statements", "--actor", a, "--offset", "24950", "--limit", "50"],
        ["articles", "--limit", "20"], ["articles", "--search", COMMON, "--limit", "20"],
        ["actors", "--limit", "20"], ["actors", "--search", "trump"], ["quotes", "--actor", a, "--limit", "20"],
        ["show", p["longest"]], ["positions", "--actor", a, "--issue", i], ["positions", "--issue", i],
        ["shifts", "--actor", a, "--issue", i], ["events", "--actor", a, "--limit", "50"],
        ["events", "--limit", "50"],
    ]


def measure_urls(db: Path, runs: int, wanted: list[str]) -> dict[str, tuple[float, float, float, int, int]]:
    from fastapi.testclient import TestClient

    from onrecord.serve.app import create_app

    client = TestClient(create_app(db))
    out = {}
    for url in wanted:
        response = client.get(url)  # warm-up: page cache, prepared statements
        times, cpu = [], []
        for _ in range(runs):
            start, start_cpu = time.perf_counter(), time.process_time()
            response = client.get(url)
            times.append((time.perf_counter() - start) * 1000)
            cpu.append((time.process_time() - start_cpu) * 1000)
        times.sort()
        out[url] = (statistics.median(times), times[min(len(times) - 1, int(len(times) * 0.95))],
                    statistics.median(cpu), len(response.content), response.status_code)
    return out


def run_command(args: list[str], db: Path, runs: int) -> tuple[float, float, int]:
    """Median seconds, slowest and peak memory (MB) of ``onrecord ARGS --db DB`` run ``runs`` times."""
    env = dict(os.environ, PYTHONPATH=str(ROOT / "src"))
    times, peak = [], 0
    for _ in range(runs):
        start = time.perf_counter()
        proc = subprocess.Popen([sys.executable, "-m", "onrecord.cli", *args, "--db", str(db)], env=env,
                                stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        _, status, usage = os.wait4(proc.pid, 0)
        times.append(time.perf_counter() - start)
        peak = max(peak, usage.ru_maxrss // 1024)
        if os.waitstatus_to_exitcode(status) != 0:
            print(f"  {' '.join(args)}: exit {os.waitstatus_to_exitcode(status)}: "
                  f"{proc.stderr.read().decode()[-300:] if proc.stderr else ''}")
    return statistics.median(times), max(times), peak


def stream_csv(db: Path, url: str) -> tuple[float, float, int, int]:
    """Seconds to the first byte and to the end of a streamed download, bytes, and the growth of the
    process's peak memory (MB) while it streamed (read in chunks, kept nowhere)."""
    from fastapi.testclient import TestClient

    from onrecord.serve.app import create_app

    client = TestClient(create_app(db))
    client.get("/api/actors?limit=1")
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    start = time.perf_counter()
    first, size = 0.0, 0
    with client.stream("GET", url) as response:
        for chunk in response.iter_bytes():
            if not size:
                first = time.perf_counter() - start
            size += len(chunk)
    total = time.perf_counter() - start
    return first, total, size, (resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before) // 1024


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--seed", type=Path, required=True, help="the analysed store the sizes are grown from")
    parser.add_argument("--keep", type=Path, default=Path(tempfile.gettempdir()) / "onrecord-scale",
                        help="where the grown stores are built and kept (default: TMP/onrecord-scale)")
    parser.add_argument("--sizes", type=int, nargs="+", default=[20_000, 100_000])
    parser.add_argument("--runs", type=int, default=10, help="requests per URL and size (default 10)")
    parser.add_argument("--url", action="append", default=[], help="time only these URLs (repeatable)")
    parser.add_argument("--cli", action="store_true", help="also time the corpus commands")
    parser.add_argument("--cli-runs", type=int, default=3)
    parser.add_argument("--no-urls", action="store_true", help="skip the pages and API")
    parser.add_argument("--exports", action="store_true",
                        help="also the whole store's CSV and Parquet export and /api/statements.csv (minutes)")
    args = parser.parse_args()
    args.keep.mkdir(parents=True, exist_ok=True)
    stores = {0: args.seed}
    for size in args.sizes:
        target = args.keep / f"store-{size}.db"
        if not target.exists():
            start = time.perf_counter()
            part = target.with_suffix(".part")
            part.unlink(missing_ok=True)
            grow_store(args.seed, part, size)
            part.rename(target)  # a store cut short is never reused
            print(f"built {target} in {time.perf_counter() - start:.0f} s", flush=True)
        stores[size] = target
    p = picks(args.seed)
    for db in stores.values():
        with sqlite3.connect(f"file:{db}?mode=ro", uri=True) as conn:
            n = [conn.execute(f"SELECT COUNT(*) FROM {t}").fetchone()[0] for t in ("articles", "statements")]
            top = conn.execute("SELECT n_statements FROM actors WHERE slug = ?", (p["actor"],)).fetchone()[0]
        print(f"store {db.name}: {n[0]:,} articles, {n[1]:,} statements, {p['name']} in {top:,}")
    sizes = list(stores)
    label = ["seed" if s == 0 else f"{s:,}" for s in sizes]
    if not args.no_urls:
        wanted = args.url or urls(p)
        results = {s: measure_urls(db, args.runs, wanted) for s, db in stores.items()}
        head = " | ".join(f"{name}: p50 / p95 (CPU) ms" for name in label)
        print(f"\n| request | {head} | p50 ratio {label[-1]}/{label[1] if len(label) > 2 else label[0]} "
              f"| KB at {label[-1]} |")
        print("|---|" + "---|" * (len(sizes) + 2))
        for url in wanted:
            cells = " | ".join(f"{results[s][url][0]:.0f} / {results[s][url][1]:.0f} ({results[s][url][2]:.0f})"
                               for s in sizes)
            base = results[sizes[1] if len(sizes) > 2 else sizes[0]][url][0]
            last = results[sizes[-1]][url]
            status = "" if last[4] == 200 else f" ({last[4]})"
            print(f"| `{url}`{status} | {cells} | {last[0] / base:.2f} | {last[3] / 1024:.0f} |", flush=True)
    if args.cli:
        head = " | ".join(f"{name}: median / max s, MB" for name in label)
        print(f"\n| command | {head} |")
        print("|---|" + "---|" * len(sizes))
        for cmd in commands(p):
            cells = []
            for s in sizes:
                median, slowest, mb = run_command(cmd, stores[s], args.cli_runs)
                cells.append(f"{median:.2f} / {slowest:.2f}, {mb}")
            print(f"| `{' '.join(cmd)}` | {' | '.join(cells)} |", flush=True)
    if args.exports:
        print("\n| export | " + " | ".join(f"{name}: s, peak MB" for name in label) + " |")
        print("|---|" + "---|" * len(sizes))
        with tempfile.TemporaryDirectory() as tmp:
            for fmt in ("csv", "parquet"):
                cells = []
                for s in sizes:
                    median, _, mb = run_command(["export", "--format", fmt, "--output", f"{tmp}/out.{fmt}"],
                                                stores[s], 1)
                    cells.append(f"{median:.1f}, {mb}")
                print(f"| `onrecord export --format {fmt}` | {' | '.join(cells)} |", flush=True)
        for url in (f"/api/statements.csv?actor={p['actor']}", "/api/statements.csv"):
            cells = []
            for s in sizes:
                first, total, size, grew = stream_csv(stores[s], url)
                cells.append(f"first byte {first:.2f} s, all {total:.1f} s, {size / 2**20:.0f} MB, +{grew} MB")
            print(f"| `{url}` | {' | '.join(cells)} |", flush=True)


if __name__ == "__main__":
    main()
