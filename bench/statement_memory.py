"""Peak memory of extracting one long transcript, by its number of statements.

    PYTHONPATH=src .venv/bin/python bench/statement_memory.py                 # 650 1300 2600 5200 statements
    PYTHONPATH=src .venv/bin/python bench/statement_memory.py --n 1300 10400

Each size runs in a fresh child process (peak RSS is a process's high-water mark): a hearing transcript of
three speakers, one line a statement (``"We will review budget line N before the vote ...," X said.``, about
87 characters). Prints the statements found, CPU seconds and peak RSS, and the growth per statement between
sizes. redteam18 measured 1.9 GB at 5,200 (0.33 MB a statement); redteam19 found the parse's batch held it.
"""

from __future__ import annotations

import argparse
import itertools
import json
import os
import subprocess
import sys

CHILD = r"""
import json, resource, sys, time
from onrecord.pipeline import extract
from onrecord.nlp import load
from onrecord.settings import Settings
n = int(sys.argv[1])
names = ["Maria Lopez", "John Carter", "Aiko Tanaka"]
text = "Hearing on the harbour plan\n\n" + "\n\n".join(
    f'"We will review budget line {i} before the vote on the harbour plan," {names[i % 3]} said.'
    for i in range(n))
load(Settings.from_env())
loaded = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024
t = time.process_time()
article = extract(text, id="t", published="2025-01-01", settings=Settings.from_env())
print(json.dumps({"n": n, "chars": len(text), "statements": len(article.statements),
                  "cpu": round(time.process_time() - t, 1), "loaded_mb": loaded,
                  "peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024}))
"""


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--n", type=int, nargs="+", default=[650, 1300, 2600, 5200])
    args = parser.parse_args()
    rows = []
    for n in args.n:
        out = subprocess.run([sys.executable, "-c", CHILD, str(n)], capture_output=True, text=True,
                             env=os.environ, check=True)
        row = json.loads(out.stdout.strip().splitlines()[-1])
        rows.append(row)
        print(f"{row['n']:>7,} lines {row['chars']:>10,} chars: {row['statements']:>6,} statements, "
              f"{row['cpu']:>6} s CPU, peak {row['peak_mb']:>6,} MB (model loaded: {row['loaded_mb']:,} MB)",
              flush=True)
    for a, b in itertools.pairwise(rows):
        per = (b["peak_mb"] - a["peak_mb"]) * 1024 / max(1, b["statements"] - a["statements"])
        print(f"{a['n']:,} -> {b['n']:,}: {per:.0f} KB more a statement")


if __name__ == "__main__":
    main()
