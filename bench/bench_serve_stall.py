"""Can one pasted text stall `onrecord serve`? Read latency while a pathological analysis runs.

    .venv/bin/python bench/bench_serve_stall.py                 # 200,000 '"' and "the senator said that ..."
    .venv/bin/python bench/bench_serve_stall.py --chars 20000 --kind quotes

Builds a small store from examples/, starts `onrecord serve` on 127.0.0.1 (a free port), measures
GET /api/articles while idle, then while a pathological POST /api/extract is in progress, then sends
more analyses than there are workers at once. Idle and loaded figures come from the same run, so their
difference is meaningful on a shared machine; absolute times are not.
"""

from __future__ import annotations

import argparse
import os
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import httpx2 as httpx

REPO = Path(__file__).resolve().parents[1]
EXAMPLES = REPO / "examples"
TEXTS = {"quotes": '"', "said": "the senator said that "}


def build_store(folder: Path) -> Path:
    db = folder / "bench.db"
    subprocess.run([sys.executable, "-m", "onrecord.cli", "ingest", str(EXAMPLES / "peace-talks.txt"),
                    str(EXAMPLES / "corpus"), "--db", str(db), "--progress", "off"], check=False,
                   capture_output=True, timeout=300)
    return db


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@contextmanager
def server(db: Path) -> Iterator[str]:
    port = free_port()
    process = subprocess.Popen([sys.executable, "-m", "onrecord.cli", "serve", "--db", str(db), "--port", str(port)],
                               stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=os.environ.copy())
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline:
            try:
                if httpx.get(f"{base}/api/articles", timeout=2).status_code == 200:
                    break
            except httpx.TransportError:
                time.sleep(0.2)
        # One small analysis: the workers have loaded the model before anything is measured.
        warm = httpx.post(f"{base}/api/extract", json={"text": "“Yes,” she said."}, timeout=180)
        print(f"server on {base}; warm-up analysis: {warm.status_code}")
        yield base
    finally:
        process.terminate()
        _, err = process.communicate(timeout=30)
        if b"Traceback" in err:
            print("server errors:\n" + err.decode(errors="replace")[-3000:])


def read_latencies(client: httpx.Client, base: str, *, count: int = 0, until: threading.Event | None = None,
                   limit_s: float = 600) -> list[float]:
    """Milliseconds per GET /api/articles, ``count`` of them, or until ``until`` is set."""
    times: list[float] = []
    stop = time.monotonic() + limit_s
    while (len(times) < count if count else not (until and until.is_set())) and time.monotonic() < stop:
        start = time.perf_counter()
        try:
            client.get(f"{base}/api/articles").raise_for_status()
        except httpx.HTTPError as err:  # counted with its time: that is how long the reader waited
            print(f"  GET failed after {time.perf_counter() - start:.1f} s: {err!r}")
        times.append((time.perf_counter() - start) * 1000)
        time.sleep(0.02)
    return times


def percentiles(times: list[float]) -> tuple[float, float]:
    if len(times) < 2:
        return (times[0], times[0]) if times else (float("nan"), float("nan"))
    cuts = statistics.quantiles(times, n=20, method="inclusive")
    return statistics.median(times), cuts[18]


def post_in_background(base: str, text: str, limit_s: float) -> tuple[threading.Thread, dict[str, object]]:
    outcome: dict[str, object] = {}

    def send() -> None:
        start = time.perf_counter()
        try:
            response = httpx.post(f"{base}/api/extract", json={"text": text}, timeout=limit_s)
            outcome.update(status=response.status_code, detail=response.text[:160],
                           retry_after=response.headers.get("retry-after"))
        except httpx.TimeoutException:
            outcome.update(status=None, detail=f"no answer within {limit_s:g} s")
        outcome["seconds"] = time.perf_counter() - start

    thread = threading.Thread(target=send, daemon=True)
    thread.start()
    return thread, outcome


def stall(base: str, kind: str, chars: int, wait_s: float) -> None:
    text = (TEXTS[kind] * (chars // len(TEXTS[kind]) + 1))[:chars]
    with httpx.Client(timeout=wait_s) as client:
        idle = read_latencies(client, base, count=100)
        done = threading.Event()
        thread, outcome = post_in_background(base, text, wait_s)
        threading.Thread(target=lambda: (thread.join(), done.set()), daemon=True).start()
        time.sleep(0.3)  # the job has reached a worker
        loaded = read_latencies(client, base, until=done, limit_s=wait_s)
        thread.join(timeout=wait_s)
    (p50, p95), (l50, l95) = percentiles(idle), percentiles(loaded)
    print(f"\n{chars:,} characters of {TEXTS[kind]!r}:")
    print(f"  GET /api/articles idle:              p50 {p50:7.1f} ms  p95 {p95:7.1f} ms  ({len(idle)} requests)")
    print(f"  GET /api/articles during the POST:   p50 {l50:7.1f} ms  p95 {l95:7.1f} ms  ({len(loaded)} requests, "
          f"slowest {max(loaded, default=float('nan')):.0f} ms)")
    print(f"  p95 delay: {l95 - p95:+.1f} ms (target: at most +100 ms)")
    print(f"  POST /api/extract: {outcome.get('status')} after {outcome.get('seconds', 0):.1f} s: "
          f"{outcome.get('detail')}")


def busy(base: str, kind: str, chars: int, wait_s: float, workers: int) -> None:
    """More analyses than workers at once: the extra ones are refused at once, not queued."""
    text = (TEXTS[kind] * (chars // len(TEXTS[kind]) + 1))[:chars]
    posts = [post_in_background(base, text, wait_s) for _ in range(workers + 1)]
    for thread, _ in posts:
        thread.join()
    print(f"\n{workers + 1} pathological analyses at once ({workers} workers):")
    for _, outcome in sorted(posts, key=lambda p: float(p[1]["seconds"])):  # type: ignore[arg-type]
        print(f"  {outcome.get('status')} after {outcome['seconds']:.1f} s (Retry-After: "
              f"{outcome.get('retry_after')}): {outcome.get('detail')}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--chars", type=int, default=200_000)
    parser.add_argument("--kind", choices=(*TEXTS, "both"), default="both")
    parser.add_argument("--wait", type=float, default=120, help="longest wait for the POST's answer (s)")
    parser.add_argument("--no-busy", action="store_true", help="skip the more-analyses-than-workers step")
    args = parser.parse_args()
    from onrecord.settings import Settings

    settings = Settings.from_env()
    workers = getattr(settings, "serve_workers", 0)  # 0: a version without the pool, for a baseline
    print(f"budget {getattr(settings, 'serve_timeout_s', None)} s, {workers} workers (ONRECORD_SERVE_* to change)")
    kinds = list(TEXTS) if args.kind == "both" else [args.kind]
    with tempfile.TemporaryDirectory() as tmp, server(build_store(Path(tmp))) as base:
        for kind in kinds:
            stall(base, kind, args.chars, args.wait)
        if not args.no_busy and workers:
            busy(base, kinds[0], args.chars, args.wait, workers)


if __name__ == "__main__":
    main()
