# ruff: noqa: E741  (experiment scripts: module aliases I/E/H as in scripts/issues17)
"""Where the statement stands in its article and how long the article is, as pair features (taxonomy-independent),
alone and times the article's relevance. EXTRA: comma-separated names."""

import math
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", "issues17"))
import h2
import harness as H

I = H.I


def augment(rows, ms_list):
    for r, ms in zip(rows, ms_list, strict=True):
        n = max(1, len(r.article))
        pos = r.statement.content.start / n
        for m in ms:
            v = m.values
            v["position"] = pos
            v["art_len"] = math.log1p(n / 1000)
            v["article_x_position"] = v["article"] * pos
            v["article_x_len"] = v["article"] * v["art_len"]
            v["context_x_position"] = v["context"] * pos


if __name__ == "__main__":
    rows, taxes, ms = h2.load()
    for key in ("whole", "a", "b"):
        augment(rows, ms[key])
    extras = [e for e in os.environ.get("EXTRA", "").split(",") if e]
    h2.run(rows, taxes, ms, feats=(*I.PAIR_FEATURES, *extras), label="+" + ",".join(extras))
