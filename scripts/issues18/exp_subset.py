# ruff: noqa: E741  (experiment scripts: module aliases I/E/H as in scripts/issues17)
"""Fewer pair features (DROP: comma-separated names left out of PAIR_FEATURES): out of fold, whole, a->b, b->a."""

import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", "issues17"))
import h2
import harness as H

I = H.I
drop = {e for e in os.environ.get("DROP", "").split(",") if e}
rows, taxes, ms = h2.load()
h2.run(rows, taxes, ms, feats=tuple(f for f in I.PAIR_FEATURES if f not in drop), label="-" + ",".join(sorted(drop)))
