"""How long the query commands take, start to finish, as a user runs them (a new process each time).

    .venv/bin/python bench/bench_cli_start.py --db /tmp/onrecord-load.db       # the store bench_load.py builds
    PYTHONPATH=../other-checkout/src .venv/bin/python bench/bench_cli_start.py --db ...   # another version

Each command runs ``--runs`` times (5); prints the fastest and the median wall time, and whether the
command's process imported spaCy (which alone costs more than a second).
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
import time

PROBE = ("import sys; from onrecord.cli import main; code = main(sys.argv[1:]); "
         "print('spacy' in sys.modules, file=sys.stderr); sys.exit(code)")


def commands(db: str, out: str) -> list[list[str]]:
    return [
        ["statements", "--db", db, "--format", "table", "--limit", "50"],
        ["statements", "--db", db, "--actor", "Trump", "--format", "jsonl"],
        ["actors", "--db", db, "--limit", "20", "--format", "table"],
        ["show", "1", "--db", db],
        ["errors", "--db", db],
        ["export", "--db", db, "--format", "csv", "-o", f"{out}/s.csv"],
        ["export", "--db", db, "--format", "parquet", "-o", f"{out}/s.parquet"],
    ]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--db", required=True)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as out:
        for command in commands(args.db, out):
            times, spacy = [], ""
            for _ in range(args.runs):
                started = time.perf_counter()
                done = subprocess.run([sys.executable, "-c", PROBE, *command], capture_output=True, text=True,
                                      check=True)
                times.append(time.perf_counter() - started)
                spacy = done.stderr.strip().splitlines()[-1]
            shown = " ".join(command[:1] + [c for c in command[1:] if not c.startswith(("/", out))])
            print(f"{shown:<58} fastest {min(times):5.2f} s  median {statistics.median(times):5.2f} s  "
                  f"spaCy imported: {spacy}")


if __name__ == "__main__":
    main()
