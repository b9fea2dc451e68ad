# ruff: noqa: E741, SIM115  (experiment scripts: module aliases I/E/H as in scripts of issue14/16)
"""Cached features once; experiments add pair features or change the threshold grid."""

import os
import pickle
import sys
import time
import zlib

sys.path.insert(0, __import__("os").path.dirname(__file__))
import harness as H

I, E = H.I, H.E
TAX = "../shared/data/taxonomies/us-2016.yaml"
CACHE = "" + __import__("os").environ.get("OUT", "/tmp/is17") + "/ms.pkl"


def load():
    rows = H.load_rows()
    tax = I.load_taxonomy(TAX)
    a, b = E.halves(tax)
    if os.path.exists(CACHE):
        ms = pickle.load(open(CACHE, "rb"))
    else:
        t0 = time.time()
        ms = {"whole": H.cache(rows, tax), "a": H.cache(rows, a), "b": H.cache(rows, b)}
        pickle.dump(ms, open(CACHE, "wb"))
        print("cached", time.time() - t0, flush=True)
    return rows, (tax, a, b), ms


def run(rows, taxes, ms, feats=None, label=""):
    tax, a, b = taxes
    folds = [zlib.crc32(r.name.encode()) % 5 for r in rows]
    res = {}
    preds = {"whole": {}, "a->b": {}, "b->a": {}}
    ths = []
    for name, (seen_c, seen_t, un_c, un_t) in {
        "whole": (ms["whole"], tax, ms["whole"], tax),
        "a->b": (ms["a"], a, ms["b"], b),
        "b->a": (ms["b"], b, ms["a"], a),
    }.items():
        tp = fp = fn = 0
        ids = frozenset(un_t.ids())
        for k in range(5):
            tr = [i for i in range(len(rows)) if folds[i] != k]
            te = [i for i in range(len(rows)) if folds[i] == k]
            model = H.fit_c(rows, seen_c, tr, seen_t, feats)
            ths.append(model[1])
            pr = H.predict(rows, un_c, te, model)
            for i in te:
                kept = {m.issue.id for m in pr[i]}
                gold = set(rows[i].gold) & ids
                tp += len(kept & gold)
                fp += len(kept - gold)
                fn += len(gold - kept)
                preds[name][i] = pr[i]
        res[name] = (
            round(tp / (tp + fp), 3),
            round(tp / (tp + fn), 3),
            round(2 * tp / (2 * tp + fp + fn), 3),
            tp,
            fp,
            fn,
        )
    print(label, res, "thresholds", ths, flush=True)
    return res, preds
