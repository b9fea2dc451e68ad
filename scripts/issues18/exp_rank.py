# ruff: noqa: E741  (experiment scripts: module aliases I/E/H as in scripts/issues17)
"""Which of a statement's issues over the threshold it keeps (one a statement): RANK=score (the most probable),
own (an issue named by the statement's own words first, then score), shipped (distinct first, then score)."""

import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", "issues17"))
import h2
import harness as H

I = H.I
KIND = os.environ.get("RANK", "score")
if KIND == "score":
    H.rank = lambda m, p: (-p,)
elif KIND == "own":
    H.rank = lambda m, p: (not I._own_words(m), -p)
elif KIND == "distinct_own":
    H.rank = lambda m, p: (not m.distinct, not I._own_words(m), -p)
rows, taxes, ms = h2.load()
h2.run(rows, taxes, ms, label="rank " + KIND)
