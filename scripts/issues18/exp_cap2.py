# ruff: noqa: E741, B905  (experiment scripts: module aliases I/E/H as in scripts/issues17)
"""A second issue for a statement where its probability is at least T2 (and the statement names it by its own
words, OWN=1): out of fold, whole, a->b, b->a, for several T2 from one set of fitted models."""

import os
import sys
import zlib

import numpy as np

sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", "issues17"))
import h2
import harness as H

I, E = H.I, H.E
T2S = (0.4, 0.5, 0.6, 0.7, 0.8, 1.1)
OWN = os.environ.get("OWN", "1") == "1"
rows, (tax, a, b), ms = h2.load()
folds = [zlib.crc32(r.name.encode()) % 5 for r in rows]
for name, (seen_c, seen_t, un_c, un_t) in {
    "whole": (ms["whole"], tax, ms["whole"], tax),
    "a->b": (ms["a"], a, ms["b"], b),
    "b->a": (ms["b"], b, ms["a"], a),
}.items():
    counts = {t: [0, 0, 0] for t in T2S}
    ids = frozenset(un_t.ids())
    for k in range(5):
        tr = [i for i in range(len(rows)) if folds[i] != k]
        te = [i for i in range(len(rows)) if folds[i] == k]
        final, th, feats = H.fit_c(rows, seen_c, tr, seen_t)
        for i in te:
            cand = [m for m in un_c[i] if H.keep(m)]
            scored = []
            if cand:
                p = final.predict_proba(np.array([[m.values.get(f, 0.0) for f in feats] for m in cand]))[:, 1]
                scored = sorted(((I.rank(m, pp), m, pp) for m, pp in zip(cand, p) if pp >= th), key=lambda t: t[0])
            gold = set(rows[i].gold) & ids
            for t2 in T2S:
                kept = {s[1].issue.id for s in scored[:1]}
                kept |= {s[1].issue.id for s in scored[1:2] if s[2] >= t2 and (not OWN or I._own_words(s[1]))}
                c = counts[t2]
                c[0] += len(kept & gold)
                c[1] += len(kept - gold)
                c[2] += len(gold - kept)
    print(
        name, {t: (round(2 * tp / (2 * tp + fp + fn), 4), tp, fp, fn) for t, (tp, fp, fn) in counts.items()}, flush=True
    )
