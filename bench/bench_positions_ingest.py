"""Positions requests while an ingest writes into the served store: how many are answered, how fast, how many 503.

    .venv/bin/python bench/bench_positions_ingest.py --db /tmp/posn13/store-20000.db --seconds 60 --threads 6
    .venv/bin/python bench/bench_positions_ingest.py --db STORE --modes main,0,60 --main-src /work/main/src

For each mode it starts `onrecord serve` over ``--db`` on a free loopback port (no analysis workers), lets it
start (and, where the code has it, warm), then for ``--seconds`` runs ``--threads`` clients that ask in turn
for the positions pages and APIs (the whole matrix as the page and the API open, an issue's matrix, its
timeline page and its shifts) while a writer stores an article every ``--write-every`` seconds: an ingest
simulated in SQL, each article a copy of a stored one (its statements and their issue tags, under new ids,
dated the store's newest day), one transaction each, as `onrecord ingest` commits an article. The modes:

- ``main``: the code at ``--main-src`` (``PYTHONPATH``), answers kept only until the next write (posn12);
- a number: this tree with ``ONRECORD_POSITIONS_STALE_S`` set to it (``0``: always fresh; single flight only).

Each mode writes into the same store, so later modes see a few hundred more articles: compare within a run.
"""

from __future__ import annotations

import argparse
import os
import socket
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections import Counter, defaultdict
from datetime import datetime
from pathlib import Path

import httpx2 as httpx

HERE = Path(__file__).resolve().parents[1]


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def urls(issue: str) -> list[str]:
    return ["/positions", "/api/positions", f"/api/positions?issue={issue}",
            f"/positions/timeline?issue={issue}", f"/api/shifts?issue={issue}"]


class Writer(threading.Thread):
    """An article every ``every`` seconds, copied from a stored one in one transaction."""

    def __init__(self, db: Path, every: float, stop: threading.Event) -> None:
        super().__init__(daemon=True)
        self.db, self.every, self.stop, self.written = db, every, stop, 0

    def run(self) -> None:
        conn = sqlite3.connect(self.db, isolation_level=None, timeout=30)
        sources = [r[0] for r in conn.execute(
            "SELECT id FROM articles WHERE status = 'analysed' AND published IS NOT NULL AND id IN "
            "(SELECT s.article_id FROM statements s JOIN statement_issues i ON i.statement_id = s.id) "
            "ORDER BY id LIMIT 500")]
        n = 0
        while not self.stop.wait(self.every):
            self.write(conn, sources[n % len(sources)])
            n += 1
            self.written += 1
        conn.close()

    @staticmethod
    def write(conn: sqlite3.Connection, source: int) -> None:
        tag = f"w{time.time_ns()}"
        conn.execute("BEGIN IMMEDIATE")
        newest = conn.execute("SELECT MAX(published) FROM articles WHERE status = 'analysed'").fetchone()[0]
        article = conn.execute(
            "INSERT INTO articles (slug, content_hash, status, text, title, url, outlet, published, language, "
            "source, pipeline_version, ingested_at) SELECT slug || ?, content_hash || ?, status, text, title, url, "
            "outlet, ?, language, source, pipeline_version, ingested_at FROM articles WHERE id = ?",
            (tag, tag, newest, source)).lastrowid
        shift = conn.execute("SELECT MAX(id) FROM statements").fetchone()[0] - conn.execute(
            "SELECT MIN(id) FROM statements WHERE article_id = ?", (source,)).fetchone()[0] + 1
        conn.execute(
            "INSERT INTO statements (id, article_id, position, kind, content_start, content_end, content, "
            "speaker_start, speaker_end, speaker, actor_id, resolution, act, hedged, negated, confidence, key) "
            "SELECT id + ?, ?, position, kind, content_start, content_end, content, speaker_start, speaker_end, "
            "speaker, actor_id, resolution, act, hedged, negated, confidence, key || ? FROM statements "
            "WHERE article_id = ?", (shift, article, tag, source))
        conn.execute("INSERT INTO statement_issues SELECT statement_id + ?, taxonomy, issue, stance, score, "
                     "evidence_start, evidence_end, evidence FROM statement_issues WHERE statement_id IN "
                     "(SELECT id FROM statements WHERE article_id = ?)", (shift, source))
        conn.execute("COMMIT")


def serve(db: Path, mode: str, main_src: str) -> tuple[subprocess.Popen[bytes], str]:
    port = free_port()
    env = {**os.environ, "ONRECORD_SERVE_WORKERS": "0"}
    if mode == "main":
        env["PYTHONPATH"] = main_src
    else:
        env["PYTHONPATH"] = str(HERE / "src")
        env["ONRECORD_POSITIONS_STALE_S"] = mode
    log = tempfile.TemporaryFile()  # noqa: SIM115 (the server's log; a pipe read only at the end fills up)
    process = subprocess.Popen([sys.executable, "-m", "onrecord.cli", "serve", "--db", str(db), "--port", str(port)],
                               stdout=subprocess.DEVNULL, stderr=log, env=env)
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        try:
            if httpx.get(f"{base}/api/articles?limit=1", timeout=2).status_code == 200:
                return process, base
        except httpx.HTTPError:
            time.sleep(0.3)
    process.kill()
    raise SystemExit(f"{mode}: the server did not start")


def run(db: Path, mode: str, args: argparse.Namespace) -> None:
    process, base = serve(db, mode, args.main_src)
    try:
        time.sleep(args.settle)  # its start, and the warming where the code has it
        stop = threading.Event()
        writer = Writer(db, args.write_every, stop)
        seen: dict[str, Counter[int]] = defaultdict(Counter)
        times: dict[str, list[float]] = defaultdict(list)
        stale = Counter[str]()
        ages: list[float] = []
        lock = threading.Lock()
        paths = urls(args.issue)

        def client(n: int) -> None:
            with httpx.Client(base_url=base, timeout=60) as http:
                k = n
                while not stop.is_set():
                    path = paths[k % len(paths)]
                    k += 1
                    start = time.perf_counter()
                    try:
                        answer = http.get(path)
                        status = answer.status_code
                        marked = answer.headers.get("x-onrecord-stale") == "true"
                        computed = answer.headers.get("x-onrecord-computed-at")
                    except httpx.HTTPError:
                        status, marked, computed = 0, False, None
                    with lock:
                        seen[path][status] += 1
                        times[path].append((time.perf_counter() - start) * 1000)
                        stale[path] += marked
                        if marked and computed:  # how old the stale answer was when given (to the second)
                            ages.append(time.time() - datetime.fromisoformat(computed).timestamp())
        clients = [threading.Thread(target=client, args=(n,), daemon=True) for n in range(args.threads)]
        cpu = _cpu(process.pid)
        writer.start()
        for c in clients:
            c.start()
        time.sleep(args.seconds)
        stop.set()
        for c in clients:
            c.join(90)
        writer.join(10)
        cpu = _cpu(process.pid) - cpu
        ended = time.monotonic()  # the ingest has ended: how long until the whole matrix is given fresh
        while time.monotonic() - ended < 120:
            answer = httpx.get(f"{base}/api/positions", timeout=120)
            if answer.status_code == 200 and answer.headers.get("x-onrecord-stale") != "true":
                break
            time.sleep(0.5)
        fresh_after = time.monotonic() - ended
        total = Counter[int]()
        print(f"\n{mode}: {writer.written} articles written in {args.seconds:g} s; server CPU {cpu:.0f} s; "
              f"after the writes, /api/positions fresh in {fresh_after:.1f} s")
        if ages:
            ages.sort()
            print(f"stale answers: {len(ages)}, age when given p50 {statistics.median(ages):.1f} s, "
                  f"p95 {ages[int(len(ages) * 0.95)]:.1f} s, max {ages[-1]:.1f} s")
        print("| request | answered | 200 | 503 | other | stale | p50 ms | p95 ms |\n|---|---|---|---|---|---|---|---|")
        for path in paths:
            counts, ms = seen[path], sorted(times[path])
            total += counts
            other = sum(counts.values()) - counts[200] - counts[503]
            p95 = ms[int(len(ms) * 0.95)] if ms else float("nan")
            print(f"| `{path}` | {sum(counts.values())} | {counts[200]} | {counts[503]} | {other} | {stale[path]} | "
                  f"{statistics.median(ms) if ms else float('nan'):.0f} | {p95:.0f} |")
        print(f"| **all** | {sum(total.values())} | {total[200]} | {total[503]} | "
              f"{sum(total.values()) - total[200] - total[503]} | {sum(stale.values())} | | |", flush=True)
    finally:
        process.terminate()
        process.wait(30)


def _cpu(pid: int) -> float:
    """The process's user and system CPU seconds so far (Linux /proc)."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--db", type=Path, required=True)
    parser.add_argument("--modes", default="main,0,60")
    parser.add_argument("--main-src", default=str(HERE.parent / "main" / "src"))
    parser.add_argument("--issue", default="immigration")
    parser.add_argument("--seconds", type=float, default=60)
    parser.add_argument("--threads", type=int, default=6)
    parser.add_argument("--write-every", type=float, default=1.0)
    parser.add_argument("--settle", type=float, default=20, help="seconds after the start before the clients")
    args = parser.parse_args()
    for mode in args.modes.split(","):
        run(args.db, mode, args)


if __name__ == "__main__":
    main()
