"""Time every compiled pattern of onrecord (outside serve, training and the CLI) on runs of the characters
patterns loop on, at n and 2n characters, and print those whose search grows faster than linear.

Usage: PYTHONPATH=src python bench/regex_growth.py [--chars N] [--ratio R]

A pattern listed here is not yet a fault: read where it runs (an anchored ``match`` at one place, a
``fullmatch`` on a short phrase, a search within a piece of at most 20,000 characters are bounded). One that
searches a whole article or line is (``_LONG_THEN_SHORT``, break14).
"""

from __future__ import annotations

import argparse
import importlib
import pkgutil
import re
import time

import onrecord

UNITS = ["a", "A", " ", "A. ", "a ", "Ab ", "A-", "a-", "'", '"', "“", "”", "(", ")", ".", ",", "1", "1 ", "A ",
         "Ab. ", "\n", " \n", "-", "—", "A.", "a.", "Mr. ", "the ", "The ", "said ", "AB ", "A, ", "a, ", "1,", "1.",
         ":", " -", "' ", "A'", "\t", "U.S. ", "of ", "and ", "Smith ", "Smith, ", "de ", "al-", "x", "0", "_", "/",
         "#", "@", "A&", "Ab-"]
PREFIXES = ["", "Smith said ", "“", "The "]
ENDS = ["", "!", "\x00"]  # a last character that makes a match fail, so the pattern backtracks


def patterns() -> dict[str, re.Pattern[str]]:
    found: dict[str, re.Pattern[str]] = {}
    for info in pkgutil.walk_packages(onrecord.__path__, "onrecord."):
        if any(part in info.name for part in ("serve", "training", "cli", "api")):
            continue
        module = importlib.import_module(info.name)
        for key, value in vars(module).items():
            values = value if isinstance(value, (list, tuple)) else [value]
            for n, item in enumerate(values):
                if isinstance(item, re.Pattern) and isinstance(item.pattern, str):
                    found[f"{info.name}.{key}" + (f"[{n}]" if values is value else "")] = item
    return found


def seconds(pattern: re.Pattern[str], text: str) -> float:
    started = time.perf_counter()
    pattern.search(text)
    return time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--chars", type=int, default=2_000, help="n (default 2,000)")
    parser.add_argument("--ratio", type=float, default=2.8, help="print patterns growing faster (default 2.8)")
    args = parser.parse_args()
    found = patterns()
    print(f"{len(found)} patterns, {len(UNITS)} units", flush=True)
    for name, pattern in found.items():
        worst: tuple[float, float, str, str, str] | None = None
        for unit in UNITS:
            for prefix in PREFIXES:
                for end in ENDS:
                    small = seconds(pattern, prefix + unit * (args.chars // len(unit)) + end)
                    if small < 0.002:
                        continue
                    large = seconds(pattern, prefix + unit * (2 * args.chars // len(unit)) + end)
                    if worst is None or large > worst[0]:
                        worst = (large, large / small, unit, prefix, end)
        if worst is not None and worst[0] > 0.01 and worst[1] > args.ratio:
            print(f"{name}: {worst[0] * 1000:.1f} ms at {2 * args.chars:,} characters, {worst[1]:.2f}x, "
                  f"unit {worst[2]!r}, prefix {worst[3]!r}, end {worst[4]!r}", flush=True)


if __name__ == "__main__":
    main()
