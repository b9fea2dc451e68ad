"""Corpus ingest throughput with 1 and 2 workers, and peak memory per worker at two corpus sizes.

    .venv/bin/python bench/bench_ingest.py                # the 840 PolNeAR train texts
    .venv/bin/python bench/bench_ingest.py --limit 200    # a quicker look

Every configuration is a fresh `onrecord ingest --json` process into a fresh
store, so peak memory (ru_maxrss, reported by each worker) is that run's own.
The speed-up is measured in one run of this script on the same texts; absolute
rates depend on the machine and on what else it is doing.
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
POLNEAR_TRAIN = REPO.parent / "shared" / "data" / "polnear" / "train" / "text"


def stage(texts: list[Path], folder: Path) -> Path:
    """Symbolic links to the chosen texts: the corpus itself is never copied."""
    folder.mkdir(parents=True)
    for path in texts:
        (folder / path.name).symlink_to(path)
    return folder


def run(folder: Path, workers: int, db: Path) -> dict[str, object]:
    command = [sys.executable, "-m", "onrecord.cli", "ingest", str(folder), "--db", str(db), "--workers",
               str(workers), "--progress", "off", "--json"]
    started = time.perf_counter()
    done = subprocess.run(command, capture_output=True, text=True, check=False)
    wall = time.perf_counter() - started
    if done.returncode != 0:
        raise SystemExit(f"ingest failed ({done.returncode}):\n{done.stderr}")
    summary: dict[str, object] = json.loads(done.stdout)
    summary["wall_seconds"] = round(wall, 2)
    return summary


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--corpus", type=Path, default=POLNEAR_TRAIN)
    parser.add_argument("--limit", type=int, default=None, help="only the first N texts")
    args = parser.parse_args()
    if not args.corpus.is_dir():
        raise SystemExit(f"no corpus at {args.corpus} (PolNeAR lives in the project's shared/ folder)")
    texts = sorted(args.corpus.glob("*.txt"))[: args.limit]
    work = Path(tempfile.mkdtemp(prefix="onrecord-bench-"))
    try:
        full = stage(texts, work / "full")
        half = stage(texts[: len(texts) // 2], work / "half")
        rows = []
        for label, folder, workers in (("full", full, 1), ("full", full, 2), ("half", half, 2)):
            summary = run(folder, workers, work / f"{label}-{workers}.db")
            peaks = summary["worker_peak_mb"]
            assert isinstance(peaks, dict)
            rows.append((label, workers, summary, max(peaks.values())))
            print(f"{label:>4} corpus, {workers} worker(s): {summary['analysed']} articles in "
                  f"{summary['seconds']} s = {summary['articles_per_second']} articles/s; "
                  f"peak RSS per worker {', '.join(f'{v:.0f}' for v in peaks.values())} MB", flush=True)
        one, two, half_two = (r[2] for r in rows)
        speedup = float(two["articles_per_second"]) / float(one["articles_per_second"])  # type: ignore[arg-type]
        print(f"\nspeed-up 1 -> 2 workers: {speedup:.2f}x (target >= 1.7x)")
        print(f"peak RSS per worker, 2 workers: {rows[2][3]:.0f} MB on {half_two['analysed']} articles, "
              f"{rows[1][3]:.0f} MB on {two['analysed']} articles "
              f"(ratio {rows[1][3] / rows[2][3]:.2f}; flat means independent of corpus size)")
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
