"""Agreement of two blind passes of statement-time labels (docs/ANNOTATION.md §4).

Usage: python eval/tools/statement_times_agreement.py eval/statement-times/labels-b.jsonl \
           eval/statement-times/labels-b.pass2.jsonl

The second file's items are compared with the first's items of the same statement (corpus, article, index);
items only one pass has are ignored. Printed: whether a time is given at all (observed agreement and Cohen's
kappa), and where both give one, how often the spans overlap and the day, range or ``earlier`` is the same;
then each disagreement.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

Key = tuple[str, str, int]


def read(path: Path) -> dict[Key, dict[str, Any] | None]:
    out: dict[Key, dict[str, Any] | None] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            row = json.loads(line)
            out[(row["corpus"], row["article"], int(row["statement"]))] = row["said"]
    return out


def value(said: dict[str, Any]) -> tuple[str | None, ...]:
    """What a label says: ``earlier``, a day, or a range (its first and last day)."""
    if said.get("earlier"):
        return ("earlier",)
    if "date" in said:
        return (said["date"],)
    return (said.get("first"), said.get("last"))


def _differ(x: dict[str, Any] | None, y: dict[str, Any] | None) -> bool:
    if x is None or y is None:
        return (x is None) != (y is None)
    return value(x) != value(y)


def agreement(a: dict[Key, dict[str, Any] | None], b: dict[Key, dict[str, Any] | None]) -> dict[str, Any]:
    keys = sorted(a.keys() & b.keys())
    n = len(keys)
    ya = [a[k] is not None for k in keys]
    yb = [b[k] is not None for k in keys]
    observed = sum(x == y for x, y in zip(ya, yb, strict=True)) / n if n else 0.0
    pa, pb = (sum(ya) / n, sum(yb) / n) if n else (0.0, 0.0)
    expected = pa * pb + (1 - pa) * (1 - pb)
    kappa = (observed - expected) / (1 - expected) if expected < 1 else 1.0
    both = [(a[k], b[k]) for k in keys if a[k] is not None and b[k] is not None]
    overlap = sum(1 for x, y in both if x is not None and y is not None
                  and min(x["end"], y["end"]) > max(x["start"], y["start"]))
    same = sum(1 for x, y in both if x is not None and y is not None and value(x) == value(y))
    differ = [k for k in keys if _differ(a[k], b[k])]
    return {"items": n, "with_time": [sum(ya), sum(yb)], "observed": round(observed, 3), "kappa": round(kappa, 3),
            "both_with_time": len(both), "spans_overlap": overlap, "same_day": same, "differ": differ}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("first", type=Path)
    parser.add_argument("second", type=Path)
    args = parser.parse_args()
    a, b = read(args.first), read(args.second)
    r = agreement(a, b)
    print(f"{r['items']} statements; a time given: {r['with_time'][0]} / {r['with_time'][1]}; observed "
          f"{r['observed']:.3f}, Cohen's kappa {r['kappa']:.3f}")
    print(f"both give a time: {r['both_with_time']}; spans overlap "
          f"{r['spans_overlap']}; the same day, range or 'earlier' {r['same_day']}")
    for k in r["differ"]:
        print(f"  {k[1]} #{k[2]}: {a[k]} | {b[k]}")


if __name__ == "__main__":
    main()
