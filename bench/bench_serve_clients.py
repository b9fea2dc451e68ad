"""Can slow, idle or greedy clients stall `onrecord serve`? A cheap read's latency while each attack runs.

    .venv/bin/python bench/bench_serve_clients.py --db /tmp/rs/store.db
    .venv/bin/python bench/bench_serve_clients.py --db STORE --attacks idle,slowloris --fds 1024

Starts `onrecord serve` (afresh for each attack) on a free loopback port over ``--db`` (with its open-file
limit set to ``--fds``, the usual Linux default being 1,024), then for each attack measures
GET /api/articles?limit=1, each on a fresh connection with a 5 s timeout, while the attack runs:

- ``idle``: connections opened and never used (``--conns`` of them);
- ``slowloris``: connections sending a request's head one byte a second;
- ``slowbody``: POSTs declaring a 900 KB body and sending it a byte a second;
- ``unread``: requests for the largest pages (a CSV export, the longest article's reader) never read;
- ``heavy``: ``--threads`` clients requesting the heaviest pages and APIs in a loop;
- ``search``: ``--threads`` clients sending pathological searches;
- ``ingest``: ``onrecord ingest --ingest FOLDER`` writing into the store while ``--threads`` clients read;

and ``--get PATH`` times single requests (a huge article's reader) with the probe beside them.

Idle and loaded figures come from the same run, so their difference is what counts on a shared machine.
"""

from __future__ import annotations

import argparse
import os
import random
import resource
import socket
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import httpx2 as httpx

CHEAP = "/api/articles?limit=1"
PATHOLOGICAL_SEARCHES = ['"', "*", "NEAR(", "OR OR", "the " * 120, "%", "a*b*c* " * 60, "x" * 499,
                         '"the said" -"the"', "the said that"]


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def rss_mb(pid: int) -> float:
    """The resident memory of ``pid`` and its children (the analysis workers are not counted)."""
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return float("nan")


@contextmanager
def server(db: Path, fds: int) -> Iterator[tuple[str, int]]:
    port = free_port()

    def limit_files() -> None:
        resource.setrlimit(resource.RLIMIT_NOFILE, (fds, fds))

    env = {**os.environ, "ONRECORD_SERVE_WORKERS": os.environ.get("ONRECORD_SERVE_WORKERS", "1")}
    # The log goes to a file: a pipe read only at the end fills up, and a server writing to it stops.
    log = tempfile.TemporaryFile()  # noqa: SIM115 (read and closed after the server stops)
    process = subprocess.Popen([sys.executable, "-m", "onrecord.cli", "serve", "--db", str(db), "--port", str(port)],
                               stdout=subprocess.DEVNULL, stderr=log, env=env, preexec_fn=limit_files)
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline:
            try:
                if httpx.get(base + CHEAP, timeout=2).status_code == 200:
                    break
            except httpx.TransportError:
                time.sleep(0.2)
        print(f"server on {base} (pid {process.pid}, {fds} open files at most)")
        yield base, process.pid
    finally:
        process.terminate()
        try:
            process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
        log.seek(0)
        err = log.read()
        log.close()
        lines = [line for line in err.decode(errors="replace").splitlines()
                 if "Traceback" in line or "ERROR" in line or "Error" in line]
        if lines:
            print(f"server log: {len(lines)} error lines, the first: {lines[0][:200]}")


def probe(base: str, until: threading.Event, limit_s: float = 600) -> tuple[list[float], int]:
    """Milliseconds per cheap GET (a fresh connection each), and how many failed (timed out: counted at 5 s)."""
    times, failed, stop = [], 0, time.monotonic() + limit_s
    while not until.is_set() and time.monotonic() < stop:
        start = time.perf_counter()
        try:
            httpx.get(base + CHEAP, timeout=5).raise_for_status()
        except httpx.HTTPError:
            failed += 1
        times.append((time.perf_counter() - start) * 1000)
        time.sleep(0.05)
    return times, failed


def figures(times: list[float]) -> str:
    if not times:
        return "no requests"
    p95 = statistics.quantiles(times, n=20, method="inclusive")[18] if len(times) > 1 else times[0]
    return f"p50 {statistics.median(times):7.1f} ms  p95 {p95:7.1f} ms  max {max(times):7.0f} ms ({len(times)} requests"


def connect(port: int) -> socket.socket | None:
    try:
        conn = socket.create_connection(("127.0.0.1", port), timeout=5)
    except OSError:
        return None
    conn.setblocking(False)
    return conn


def hold(port: int, count: int, first: bytes, drip: bytes, stop: threading.Event) -> list[int]:
    """``count`` connections that send ``first`` and then one byte of ``drip`` a second each, until ``stop``;
    returns how many were open after each second (a server that closes them makes this fall)."""
    conns = [c for c in (connect(port) for _ in range(count)) if c is not None]
    for c in conns:
        _send(c, first)
    alive, step = [], 0
    while not stop.is_set():
        time.sleep(1)
        if drip:
            byte = drip[step % len(drip):step % len(drip) + 1]
            conns = [c for c in conns if _send(c, byte)]
        else:
            conns = [c for c in conns if _open(c)]
        alive.append(len(conns))
        step += 1
    for c in conns:
        c.close()
    return alive


def _send(conn: socket.socket, data: bytes) -> bool:
    try:
        conn.send(data)
        return True
    except BlockingIOError:
        return True
    except OSError:
        conn.close()
        return False


def _open(conn: socket.socket) -> bool:
    try:
        if conn.recv(65_536) == b"":
            conn.close()
            return False
    except BlockingIOError:
        pass
    except OSError:
        conn.close()
        return False
    return True


def unread(port: int, paths: list[str], count: int, stop: threading.Event) -> list[int]:
    """``count`` requests for ``paths`` (in turn) whose answers are never read."""
    request = "GET {} HTTP/1.1\r\nHost: x\r\nAccept-Encoding: identity\r\n\r\n"
    conns = [c for c in (connect(port) for _ in range(count)) if c is not None]
    for n, c in enumerate(conns):
        _send(c, request.format(paths[n % len(paths)]).encode())
    alive = []
    while not stop.is_set():
        time.sleep(1)
        alive.append(sum(1 for c in conns if c.fileno() != -1 and _peek_open(c)))
    for c in conns:
        c.close()
    return alive


def _peek_open(conn: socket.socket) -> bool:
    try:
        return conn.recv(1, socket.MSG_PEEK) != b""
    except BlockingIOError:
        return True
    except OSError:
        return False


def hammer(base: str, paths: list[str], threads: int, stop: threading.Event) -> dict[int, int]:
    statuses: dict[int, int] = {}
    lock = threading.Lock()

    def loop() -> None:
        with httpx.Client(timeout=60) as client:
            while not stop.is_set():
                try:
                    status = client.get(base + random.choice(paths)).status_code
                except httpx.HTTPError:
                    status = 0
                with lock:
                    statuses[status] = statuses.get(status, 0) + 1

    workers = [threading.Thread(target=loop, daemon=True) for _ in range(threads)]
    for w in workers:
        w.start()
    for w in workers:
        w.join()
    return statuses


def ingest_meanwhile(base: str, args: argparse.Namespace, stop: threading.Event) -> dict[int, int]:
    """``onrecord ingest --ingest`` into the served store while ``--threads`` clients read pages and searches;
    the readers' answers by status (a "database is locked" would be a 500 or 503)."""
    if args.ingest is None:
        raise SystemExit("the ingest attack needs --ingest FOLDER")
    writer = subprocess.Popen([sys.executable, "-m", "onrecord.cli", "ingest", str(args.ingest), "--db",
                               str(args.db), "--progress", "off", "--workers", "1"],
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    threading.Thread(target=lambda: (writer.wait(), print(f"  ingest exit code {writer.returncode}")),
                     daemon=True).start()
    try:
        return hammer(base, ["/", "/api/statements", "/search?q=said", "/articles", "/api/actors",
                             "/api/statements?q=president"], args.threads, stop)
    finally:
        if writer.poll() is None:  # the attack's time is up: the ingest stops with it
            writer.terminate()
            writer.wait(timeout=60)


def heaviest(db: Path) -> dict[str, str]:
    """Paths of the heaviest things in the store: the longest article, the most quoted actor, an issue."""
    conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    try:
        slug = conn.execute("SELECT slug FROM articles ORDER BY length(text) DESC LIMIT 1").fetchone()[0]
        actor = conn.execute("SELECT id FROM actors ORDER BY n_statements DESC LIMIT 1").fetchone()[0]
        issue = conn.execute("SELECT issue FROM statement_issues GROUP BY issue ORDER BY count(*) DESC LIMIT 1"
                             ).fetchone()
    finally:
        conn.close()
    return {"article": f"/articles/{slug}", "api_article": f"/api/articles/{slug}", "actor": f"/actors/{actor}",
            "issue": issue[0] if issue else ""}


def attack(name: str, base: str, port: int, pid: int, db: Path, args: argparse.Namespace) -> None:
    heavy = heaviest(db)
    paths = [heavy["actor"], "/search?q=the", "/api/statements.csv", "/api/statements?q=said&facets=true",
             f"/positions/timeline?issue={heavy['issue'] or 'x'}", "/positions", "/api/positions", "/api/shifts.csv",
             heavy["article"], "/api/statements.csv?q=the", heavy["api_article"]]
    stop, done = threading.Event(), threading.Event()
    result: dict[str, object] = {}
    runs: dict[str, Callable[[], object]] = {
        "idle": lambda: hold(port, args.conns, b"", b"", stop),
        "slowloris": lambda: hold(port, args.conns, b"GET / HTTP/1.1\r\n", b"X-a: b\r\n", stop),
        "slowbody": lambda: hold(port, args.conns // 4, b"POST /api/extract HTTP/1.1\r\nHost: x\r\nContent-Type: "
                                 b"application/json\r\nContent-Length: 900000\r\n\r\n{\"text\": \"", b"a", stop),
        "unread": lambda: unread(port, [heavy["article"], "/api/statements.csv", heavy["api_article"]],
                                 args.unread, stop),
        "heavy": lambda: hammer(base, paths, args.threads, stop),
        "search": lambda: hammer(base, [f"/api/statements?q={httpx.QueryParams({'x': s})['x']}"
                                        for s in PATHOLOGICAL_SEARCHES]
                                 + [f"/search?q={s}" for s in PATHOLOGICAL_SEARCHES[:4]]
                                 + ["/api/actors?q=%25", "/api/articles?q=" + "w" * 499], args.threads, stop),
    }
    if name == "ingest":  # the readers and an ingest writing into the same store
        runs["ingest"] = lambda: ingest_meanwhile(base, args, stop)
    idle_times, _ = probe(base, _after(args.seconds / 3))
    worker = threading.Thread(target=lambda: (result.update(out=runs[name]()), done.set()), daemon=True)
    worker.start()
    time.sleep(2)  # the attack is in place
    before = rss_mb(pid)
    timer = threading.Timer(args.seconds, stop.set)
    timer.start()
    times, failed = probe(base, stop)
    worker.join(timeout=60)
    print(f"\n{name}:")
    print(f"  GET {CHEAP} before:  {figures(idle_times)})")
    print(f"  GET {CHEAP} during:  {figures(times)}, {failed} failed or over 5 s)")
    print(f"  server memory {before:.0f} MB after 2 s, {rss_mb(pid):.0f} MB at the end")
    print(f"  attack: {_short(result.get('out'))}")


def single(base: str, pid: int, path: str) -> None:
    """One request for ``path`` (a huge article's reader, say), timed, with the probe beside it."""
    stop = threading.Event()
    probed: list[tuple[list[float], int]] = []
    prober = threading.Thread(target=lambda: probed.append(probe(base, stop)), daemon=True)
    prober.start()
    start = time.perf_counter()
    try:
        response = httpx.get(base + path, timeout=300, headers={"accept": "text/html"})
        answer = f"{response.status_code}, {len(response.content):,} bytes ({response.num_bytes_downloaded:,} sent)"
    except httpx.HTTPError as err:
        answer = repr(err)
    took = time.perf_counter() - start
    stop.set()
    prober.join()
    times, failed = probed[0]
    print(f"\nGET {path}: {answer} in {took:.1f} s; server memory {rss_mb(pid):.0f} MB")
    print(f"  GET {CHEAP} meanwhile: {figures(times)}, {failed} failed or over 5 s)")


def _short(out: object) -> str:
    if isinstance(out, list):
        return f"connections open each second: {out[:3]} ... {out[-3:]}" if out else "none opened"
    if isinstance(out, dict):
        return "answers by status: " + ", ".join(f"{k}: {v}" for k, v in sorted(out.items()))
    return str(out)


def _after(seconds: float) -> threading.Event:
    event = threading.Event()
    threading.Timer(seconds, event.set).start()
    return event


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--db", type=Path, required=True, help="a store built with `onrecord ingest`")
    parser.add_argument("--attacks", default="idle,slowloris,slowbody,unread,heavy,search")
    parser.add_argument("--seconds", type=float, default=15, help="how long each attack runs")
    parser.add_argument("--conns", type=int, default=1100, help="connections of idle and slowloris")
    parser.add_argument("--unread", type=int, default=60, help="requests never read")
    parser.add_argument("--threads", type=int, default=40, help="clients of heavy and search")
    parser.add_argument("--fds", type=int, default=1024, help="the server's open-file limit")
    parser.add_argument("--ingest", type=Path, help="the ingest attack: a folder ingested into --db meanwhile")
    parser.add_argument("--get", action="append", default=[], help="also time one GET of this path (repeatable)")
    args = parser.parse_args()
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    resource.setrlimit(resource.RLIMIT_NOFILE, (max(soft, min(hard, 8 * args.conns)), hard))
    if args.get:
        with server(args.db, args.fds) as (base, pid):
            for path in args.get:
                single(base, pid, path)
    for name in filter(None, args.attacks.split(",")):  # a fresh server each: one attack's leftovers stay
        with server(args.db, args.fds) as (base, pid):
            attack(name, base, int(base.rsplit(":", 1)[1]), pid, args.db, args)


if __name__ == "__main__":
    main()
