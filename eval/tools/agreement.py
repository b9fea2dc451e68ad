"""Agreement between two blind labelling passes: Cohen's kappa per field.

    .venv/bin/python eval/tools/agreement.py eval/labels/polnear-statements.jsonl \
        eval/labels/polnear-statements.pass-b.jsonl

Fields: act (10 classes); hedged; issue tagged or not, for every (statement, issue) pair of the
taxonomy; stance, on the pairs both passes tagged.
"""

from __future__ import annotations

import argparse
import json
from collections import Counter
from collections.abc import Hashable, Sequence
from pathlib import Path
from typing import Any

ISSUES = ("trump-candidacy", "clinton-candidacy", "clinton-emails", "clinton-foundation", "trump-women",
          "trump-taxes-business", "russia-hacking", "election-rigged", "immigration", "trade", "taxes",
          "health-care", "terrorism-isis", "guns", "climate", "supreme-court")


def kappa(a: Sequence[Hashable], b: Sequence[Hashable]) -> float:
    """Cohen's kappa: agreement beyond what the two label distributions give by chance."""
    n = len(a)
    if n == 0:
        return float("nan")
    observed = sum(x == y for x, y in zip(a, b, strict=True)) / n
    ca, cb = Counter(a), Counter(b)
    chance = sum(ca[k] * cb[k] for k in ca) / (n * n)
    return 1.0 if chance == 1 else (observed - chance) / (1 - chance)


def load(path: Path) -> dict[str, dict[str, Any]]:
    return {row["key"]: row for row in map(json.loads, path.read_text(encoding="utf-8").splitlines())}


def agreement(first: dict[str, dict[str, Any]], second: dict[str, dict[str, Any]]) -> dict[str, Any]:
    keys = sorted(set(first) & set(second))
    a, b = [first[k] for k in keys], [second[k] for k in keys]

    def stances(row: dict[str, Any]) -> dict[str, str]:
        return {i["id"]: i["stance"] for i in row["issues"]}

    tagged_a = [issue in stances(r) for r in a for issue in ISSUES]
    tagged_b = [issue in stances(r) for r in b for issue in ISSUES]
    both = [(stances(x)[i], stances(y)[i]) for x, y in zip(a, b, strict=True) for i in ISSUES
            if i in stances(x) and i in stances(y)]
    return {
        "statements": len(keys),
        "act": _field(kappa([r["act"] for r in a], [r["act"] for r in b]),
                      [r["act"] for r in a], [r["act"] for r in b]),
        "hedged": _field(kappa([r["hedged"] for r in a], [r["hedged"] for r in b]),
                         [r["hedged"] for r in a], [r["hedged"] for r in b]),
        "issue_tagged": _field(kappa(tagged_a, tagged_b), tagged_a, tagged_b),
        "stance_on_shared_tags": _field(kappa([x for x, _ in both], [y for _, y in both]),
                                        [x for x, _ in both], [y for _, y in both]),
    }


def _field(k: float, a: Sequence[Hashable], b: Sequence[Hashable]) -> dict[str, Any]:
    agree = sum(x == y for x, y in zip(a, b, strict=True))
    return {"kappa": round(k, 3), "observed": round(agree / len(a), 3) if a else None, "n": len(a)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("first", type=Path)
    parser.add_argument("second", type=Path)
    args = parser.parse_args()
    print(json.dumps(agreement(load(args.first), load(args.second)), indent=2))


if __name__ == "__main__":
    main()
