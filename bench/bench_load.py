"""`onrecord serve` under load: 50 concurrent clients over a mix of pages and API calls.

    .venv/bin/python bench/bench_load.py                       # builds /tmp/onrecord-load.db once, then 20 s
    .venv/bin/python bench/bench_load.py --clients 50 --seconds 30 --db /tmp/onrecord-load.db
    .venv/bin/python bench/bench_load.py --serve-args "--workers 1"   # options passed to `onrecord serve`

The store: the first ``--articles`` (300) PolNeAR train texts (../shared/data/polnear/train/text, sorted by
name) ingested with `onrecord ingest --metadata ../shared/data/polnear/metadata.tsv` (dates, outlets) into
``--db``, which is reused when it already holds them (about 150 s to build on 2 cores). Then `onrecord serve`
starts on a free loopback port, the clients (threads, each with its own keep-alive connection, stdlib
http.client) send requests back to back for ``--seconds`` after a warm-up, each choosing at random (fixed
seed) among: the home page, /articles, an article page, /search?q=WORD,
/api/statements?actor=NAME, /api/actors and an actor page. Prints requests/s and p50/p95/p99 per endpoint and
overall. Clients and server share the machine's cores: compare runs made on the same machine.
"""

from __future__ import annotations

import argparse
import http.client
import json
import os
import random
import shlex
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections import defaultdict
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from urllib.parse import quote

REPO = Path(__file__).resolve().parents[1]
TRAIN = REPO.parent / "shared" / "data" / "polnear" / "train" / "text"
METADATA = TRAIN.parents[1] / "metadata.tsv"
WORDS = ("clinton", "trump", "campaign", "emails", "immigration", "debate", "voters", "\"white house\"")


def build_store(db: Path, articles: int) -> None:
    """The first ``articles`` PolNeAR train texts, ingested with their dates and outlets (metadata.tsv); a
    store that holds them already is left as it is (the same ingest stores nothing twice)."""
    texts = sorted(TRAIN.glob("*.txt"))[:articles]
    if len(texts) < articles:
        sys.exit(f"need {articles} texts in {TRAIN}, found {len(texts)}")
    with tempfile.TemporaryDirectory() as folder:
        for text in texts:
            os.symlink(text, Path(folder) / text.name)
        started = time.perf_counter()
        subprocess.run([sys.executable, "-m", "onrecord.cli", "ingest", folder, "--db", str(db), "--progress", "off",
                        "--metadata", str(METADATA)], check=True)
        print(f"{_count(db)} articles in {db} ({time.perf_counter() - started:.0f} s to ingest)")


def _count(db: Path) -> int:
    import sqlite3

    with sqlite3.connect(db) as con:
        try:
            return int(con.execute("SELECT COUNT(*) FROM articles WHERE status = 'analysed'").fetchone()[0])
        except sqlite3.Error:
            return 0


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def get(conn: http.client.HTTPConnection, path: str) -> tuple[int, bytes]:
    conn.request("GET", path)
    response = conn.getresponse()
    return response.status, response.read()


@contextmanager
def server(db: Path, extra: list[str]) -> Iterator[int]:
    port = free_port()
    command = [sys.executable, "-m", "onrecord.cli", "serve", "--db", str(db), "--port", str(port), *extra]
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    try:
        deadline = time.monotonic() + 180
        while time.monotonic() < deadline:
            try:
                conn = http.client.HTTPConnection("127.0.0.1", port, timeout=5)
                if get(conn, "/api/articles?limit=1")[0] == 200:
                    break
            except OSError:
                time.sleep(0.3)
        else:
            raise SystemExit("the server did not start")
        # The analysis workers load spaCy at start; one small analysis waits for them, so their start-up
        # does not share the cores with the measured requests.
        conn = http.client.HTTPConnection("127.0.0.1", port, timeout=180)
        conn.request("POST", "/api/extract", body=json.dumps({"text": "“Yes,” she said."}),
                     headers={"Content-Type": "application/json"})
        conn.getresponse().read()
        time.sleep(2)
        yield port
    finally:
        process.terminate()
        _, err = process.communicate(timeout=60)
        if b"Traceback" in err:
            print("server errors:\n" + err.decode(errors="replace")[-3000:])


def targets(port: int) -> dict[str, list[str]]:
    """Each endpoint's concrete paths, read from the store through the API."""
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
    articles = json.loads(get(conn, "/api/articles?limit=200")[1])["items"]
    actors = json.loads(get(conn, "/api/actors?limit=40")[1])["items"]
    return {
        "/": ["/"],
        "/articles": ["/articles", "/articles?page=2"],
        "/articles/{id}": [f"/articles/{quote(a['id'], safe='')}" for a in articles],
        "/search?q=": [f"/search?q={quote(w)}" for w in WORDS],
        "/api/statements?actor=": [f"/api/statements?actor={quote(a['name'])}" for a in actors],
        "/api/actors": ["/api/actors"],
        "/actors/{id}": [f"/actors/{quote(a['id'], safe='')}" for a in actors],
    }


def client(port: int, paths: dict[str, list[str]], seed: int, start: float, stop: float,
           results: dict[str, list[float]], errors: dict[str, int], lock: threading.Lock) -> None:
    rng = random.Random(seed)
    names = sorted(paths)
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
    mine: dict[str, list[float]] = defaultdict(list)
    failed: dict[str, int] = defaultdict(int)
    while (now := time.perf_counter()) < stop:
        name = rng.choice(names)
        path = rng.choice(paths[name])
        began = time.perf_counter()
        try:
            status, _ = get(conn, path)
        except (OSError, http.client.HTTPException):
            status = 0
            conn.close()
            conn = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
        if now >= start:  # the warm-up is not counted
            if status == 200:
                mine[name].append((time.perf_counter() - began) * 1000)
            else:
                failed[name] += 1
    with lock:
        for name, times in mine.items():
            results[name] += times
        for name, n in failed.items():
            errors[name] += n


def percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(p / 100 * (len(ordered) - 1)))]


def run(port: int, clients: int, seconds: float, warmup: float) -> None:
    paths = targets(port)
    results: dict[str, list[float]] = defaultdict(list)
    errors: dict[str, int] = defaultdict(int)
    lock = threading.Lock()
    start = time.perf_counter() + warmup
    stop = start + seconds
    threads = [threading.Thread(target=client, args=(port, paths, n, start, stop, results, errors, lock))
               for n in range(clients)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    everything = [t for times in results.values() for t in times]
    print(f"{clients} clients for {seconds:g} s (after {warmup:g} s of warm-up):")
    print(f"{'endpoint':<26} {'requests':>8} {'req/s':>7} {'p50 ms':>8} {'p95 ms':>8} {'p99 ms':>8} {'errors':>6}")
    for name in [*sorted(results), "overall"]:
        times = everything if name == "overall" else results[name]
        failed = sum(errors.values()) if name == "overall" else errors[name]
        print(f"{name:<26} {len(times):>8} {len(times) / seconds:>7.1f} {percentile(times, 50):>8.1f} "
              f"{percentile(times, 95):>8.1f} {percentile(times, 99):>8.1f} {failed:>6}")
    print(f"mean {statistics.fmean(everything):.1f} ms")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--db", type=Path, default=Path(tempfile.gettempdir()) / "onrecord-load.db")
    parser.add_argument("--articles", type=int, default=300)
    parser.add_argument("--clients", type=int, default=50)
    parser.add_argument("--seconds", type=float, default=20.0)
    parser.add_argument("--warmup", type=float, default=3.0)
    parser.add_argument("--serve-args", default="", help="more options for `onrecord serve`, one string")
    args = parser.parse_args()
    build_store(args.db, args.articles)
    with server(args.db, shlex.split(args.serve_args)) as port:
        run(port, args.clients, args.seconds, args.warmup)


if __name__ == "__main__":
    main()
