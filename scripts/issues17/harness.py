# ruff: noqa: E741, SIM115, E402, B905  (experiment scripts: module aliases I/E/H as in scripts of issue14/16)
"""Cached out-of-fold issue F1 (whole, a->b, b->a), replicating evaluate.issues.cross_validate's issue half."""

import pickle
import sys
import time
import zlib

import numpy as np
from sklearn.linear_model import LogisticRegression

I = __import__("importlib").import_module("onrecord.extract.issues")

E = __import__("importlib").import_module("onrecord.evaluate.issues")
from onrecord.extract.issues import PAIR_FEATURES, _own_words, _person, features, load_taxonomy, rank


def load_rows():
    return pickle.load(
        open(
            __import__("os").environ.get("ROWS", "" + __import__("os").environ.get("OUT", "/tmp/is17") + "/rows.pkl"),
            "rb",
        )
    )


def cache(rows, tax):
    ctx = {}
    out = []
    for r in rows:
        st = r.statement
        out.append(features(st.content.text, st.content.start, tax, E._context(r, tax, ctx)))
    return out


def fit_c(rows, ms, idx, tax, feats=None):
    feats = feats or PAIR_FEATURES
    pr, iss, x, y, mm = [], [], [], [], []
    for i in idx:
        for m in ms[i]:
            pr.append(i)
            iss.append(m.issue.id)
            x.append([m.values.get(k, 0.0) for k in feats])
            y.append(m.issue.id in rows[i].gold)
            mm.append(m)
    x, y = np.array(x), np.array(y)
    folds = np.array([zlib.crc32(rows[i].name.encode()) % 5 for i in pr])
    groups = E.issue_groups(tax, iss)
    ids = frozenset(tax.ids())
    best = (-1.0, 0, 0)
    for c in E.C_GRID:
        probs = np.zeros(len(y))
        for tr, te in E.unseen_blocks(folds, groups, lambda t: bool(y[t].any() and not y[t].all())):
            probs[te] = LogisticRegression(C=c, max_iter=2000).fit(x[tr], y[tr]).predict_proba(x[te])[:, 1]
        for th in E.THRESHOLDS:
            f = tally(rows, idx, pr, mm, probs, th, ids)
            best = max(best, (f, c, th))
    _, c, th = best
    final = LogisticRegression(C=c, max_iter=2000).fit(x, y)
    return final, th, feats


def keep(m):
    return _own_words(m) or not _person(m.issue.label)


def tally(rows, idx, pr, mm, probs, th, ids):
    ranked = {}
    for i, m, p in zip(pr, mm, probs):
        if p >= th:
            ranked.setdefault(i, []).append((rank(m, p), m.issue.id))
    tp = fp = fn = 0
    for i in idx:
        kept = {k for _, k in sorted(ranked.get(i, []))[:1]}
        gold = set(rows[i].gold) & ids
        tp += len(kept & gold)
        fp += len(kept - gold)
        fn += len(gold - kept)
    return 2 * tp / (2 * tp + fp + fn) if tp else 0.0


ROWFILTER = None


def predict(rows, ms, idx, model):
    final, th, feats = model
    out = {}
    for i in idx:
        cand = [m for m in ms[i] if keep(m) and (ROWFILTER is None or ROWFILTER(rows[i], m))]
        if not cand:
            out[i] = []
            continue
        p = final.predict_proba(np.array([[m.values.get(k, 0.0) for k in feats] for m in cand]))[:, 1]
        kept = sorted(((rank(m, pp), m) for m, pp in zip(cand, p) if pp >= th), key=lambda t: t[0])
        out[i] = [m for _, m in kept[:1]]
    return out


def run(rows, taxfile, feats=None, verbose=False):
    tax = load_taxonomy(taxfile)
    a, b = E.halves(tax)
    t0 = time.time()
    cw, ca, cb = cache(rows, tax), cache(rows, a), cache(rows, b)
    folds = [zlib.crc32(r.name.encode()) % 5 for r in rows]
    res = {}
    preds = {"whole": {}, "a->b": {}, "b->a": {}}
    for name, (seen_c, seen_t, un_c, un_t) in {
        "whole": (cw, tax, cw, tax),
        "a->b": (ca, a, cb, b),
        "b->a": (cb, b, ca, a),
    }.items():
        tp = fp = fn = 0
        ids = frozenset(un_t.ids())
        for k in range(5):
            tr = [i for i in range(len(rows)) if folds[i] != k]
            te = [i for i in range(len(rows)) if folds[i] == k]
            model = fit_c(rows, seen_c, tr, seen_t, feats)
            pr = predict(rows, un_c, te, model)
            for i in te:
                kept = {m.issue.id for m in pr[i]}
                gold = set(rows[i].gold) & ids
                tp += len(kept & gold)
                fp += len(kept - gold)
                fn += len(gold - kept)
                preds[name][i] = pr[i]
        f = 2 * tp / (2 * tp + fp + fn)
        res[name] = (round(tp / (tp + fp), 3), round(tp / (tp + fn), 3), round(f, 3), tp, fp, fn)
    print(res, f"{time.time() - t0:.0f}s", flush=True)
    return res, preds


if __name__ == "__main__":
    rows = load_rows()
    res, preds = run(rows, "../shared/data/taxonomies/us-2016.yaml")
    pickle.dump(preds, open(sys.argv[1] if len(sys.argv) > 1 else "/tmp/is16/preds.pkl", "wb"))
