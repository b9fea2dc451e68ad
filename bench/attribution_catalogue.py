"""Run the attribution catalogue (tests/extract/attribution_catalogue.py, issue 12, voice15) and print each row's
outcome and the pass count per group. Usage: PYTHONPATH=src:. python bench/attribution_catalogue.py [--fails]"""

from __future__ import annotations

import sys
from collections import Counter

from tests.extract.attribution_catalogue import CATALOGUE, check


def main() -> None:
    fails_only = "--fails" in sys.argv
    passed: Counter[str] = Counter()
    total: Counter[str] = Counter()
    for row in CATALOGUE:
        ok, got = check(row)
        total[row.group] += 1
        passed[row.group] += ok
        if not ok or not fails_only:
            print(("PASS " if ok else "FAIL ") + row.sentence)
            if not ok:
                print(f"     want {(row.speaker, row.cue, row.content, sorted(row.flags))}\n     got  {got}")
    for group in total:
        print(f"{group:10s} {passed[group]}/{total[group]}")
    print(f"{'all':10s} {sum(passed.values())}/{sum(total.values())}")


if __name__ == "__main__":
    main()
