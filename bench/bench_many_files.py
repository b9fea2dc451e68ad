"""A folder of many tiny files: does a corpus run stay linear in time and flat in memory?

    .venv/bin/python bench/bench_many_files.py                      # 1,000 and 2,000 files
    .venv/bin/python bench/bench_many_files.py --counts 20000 --workers 2

Writes N one-paragraph articles (every tenth an exact copy of another, every fiftieth empty) into nested
folders, runs `onrecord ingest --json` into a fresh store as a user would, and prints the wall time, articles
per second, the main process's peak RSS (sampled every 0.1 s with psutil: the process that lists, reads,
deduplicates and stores) and the store's size. Figures depend on the machine and its load; compare rows of
one run.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import psutil

NAMES = ("Ann Lee", "Bo Chen", "Carl Diaz", "Dana Fox", "Eve Gold", "Finn Hale", "Gil Iver", "Hana Jo")


def write_corpus(folder: Path, count: int) -> None:
    for n in range(count):
        sub = folder / f"{n // 1000:03d}"
        sub.mkdir(parents=True, exist_ok=True)
        seed = n - 1 if n % 10 == 9 else n  # every tenth repeats the article before it
        text = "" if n % 50 == 49 else (
            f"\"Plan {seed} will work,\" {NAMES[seed % len(NAMES)]} said on Monday. "
            f"{NAMES[(seed + 3) % len(NAMES)]} said item {seed} would wait.\n")
        (sub / f"a{n:06d}.txt").write_text(text, encoding="utf-8")


def run(folder: Path, db: Path, workers: int) -> dict[str, object]:
    command = [sys.executable, "-m", "onrecord.cli", "ingest", str(folder), "--db", str(db), "--workers",
               str(workers), "--progress", "off", "--json"]
    started = time.perf_counter()
    with subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True) as proc:
        main, peak = psutil.Process(proc.pid), 0
        while proc.poll() is None:
            try:
                peak = max(peak, main.memory_info().rss)
            except psutil.Error:
                break
            time.sleep(0.1)
        out, err = proc.communicate()
    wall = time.perf_counter() - started
    if proc.returncode not in (0, 1):
        raise SystemExit(f"ingest failed ({proc.returncode}):\n{err}")
    summary: dict[str, object] = json.loads(out)
    summary.update(wall_seconds=round(wall, 1), main_peak_mb=round(peak / 2**20, 1),
                   store_mb=round(db.stat().st_size / 2**20, 1))
    return summary


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--counts", default="1000,2000", help="file counts, comma-separated")
    parser.add_argument("--workers", type=int, default=2)
    args = parser.parse_args()
    print("files | analysed | already | skipped | failed | wall s | articles/s | main peak MB | store MB")
    for count in (int(c) for c in args.counts.split(",")):
        with tempfile.TemporaryDirectory(prefix="onrecord-many-") as work:
            folder = Path(work) / "in"
            write_corpus(folder, count)
            s = run(folder, Path(work) / "s.db", args.workers)
            rate = round(int(s["analysed"]) / float(s["wall_seconds"]), 2)  # type: ignore[call-overload]
            print(f"{count} | {s['analysed']} | {s['already_stored']} | {s['skipped']} | {s['failed']} | "
                  f"{s['wall_seconds']} | {rate} | {s['main_peak_mb']} | {s['store_mb']}", flush=True)


if __name__ == "__main__":
    main()
