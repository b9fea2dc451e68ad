# ruff: noqa: E741, SIM115  (experiment scripts: module aliases I/E/H as in scripts/issues17)
"""Pair features relative to the statement's other offered issues (taxonomy-independent), added to the cached
matches of scripts/issues17 and scored out of fold: whole, a->b, b->a. EXTRA: comma-separated feature names."""

import math
import os
import pickle
import sys

sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", "issues17"))
import h2
import harness as H

I = H.I


def augment(ms_list):
    for ms in ms_list:
        if not ms:
            continue
        arts = [m.values["article"] for m in ms]
        ctxs = [m.values["context"] for m in ms]
        ovs = [m.values["overlap"] for m in ms]
        for m in ms:
            v = m.values
            others_a = [m2.values["article"] for m2 in ms if m2 is not m]
            others_c = [m2.values["context"] for m2 in ms if m2 is not m]
            v["distinct"] = float(m.distinct)
            v["own_name"] = float(m.own_name)
            v["article_first"] = float(v["article"] >= max(arts) and v["article"] > 0)
            v["article_gap"] = v["article"] - max(others_a, default=0.0)
            v["context_first"] = float(v["context"] >= max(ctxs) and v["context"] > 0)
            v["context_gap"] = v["context"] - max(others_c, default=0.0)
            v["context_share"] = v["context"] / (sum(ctxs) or 1.0)
            v["overlap_share"] = v["overlap"] / (sum(ovs) or 1.0)
            v["n_offered"] = math.log1p(len(ms))
            v["own_words"] = float(I._own_words(m))
            v["person"] = float(I._person(m.issue.label))
            v["person_names"] = v["person"] * v["names"]
            v["person_article"] = v["person"] * v["article"]
            v["article_sq"] = v["article"] ** 2
            v["shared_x_article"] = v["shared"] * v["article"]


if __name__ == "__main__":
    rows, taxes, ms = h2.load()
    for key in ("whole", "a", "b"):
        augment(ms[key])
    extras = [e for e in os.environ.get("EXTRA", "").split(",") if e]
    res, preds = h2.run(rows, taxes, ms, feats=(*I.PAIR_FEATURES, *extras), label="+" + ",".join(extras))
    if os.environ.get("SAVE"):
        pickle.dump(preds, open(os.environ["SAVE"], "wb"))
