# ruff: noqa: E741  (experiment scripts: module aliases I/E/H as in scripts/issues17)
"""A capitalised word ending in -ian read as the name it comes from ("Russian" -> "russia", "Syrian" -> "syria"):
the statement's adjective meets the issue's name. Features recomputed (own cache), scored out of fold."""

import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", "issues17"))
import h2
import harness as H

I = H.I
_orig_stem = I.stem


def words(text, offset=0):
    out = []
    for w, a, b in _orig_words(text, offset):
        raw = text[a - offset : b - offset]
        if raw[:1].isupper() and w.endswith("ian") and len(w) >= 6 and "_" not in w:
            w = w[:-1]
        out.append((w, a, b))
    return out


_orig_words = I.words
I.words = words
h2.CACHE = os.environ.get("OUT", "/tmp/is18") + "/ms_demonym.pkl"
rows, taxes, ms = h2.load()
h2.run(rows, taxes, ms, label="demonym")
