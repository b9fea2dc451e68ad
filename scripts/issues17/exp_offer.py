# ruff: noqa: E741, SIM115  (experiment scripts: module aliases I/E/H as in scripts of issue14/16)
import math
import os
import pickle
import sys

sys.path.insert(0, __import__("os").path.dirname(__file__))
import h2

I = h2.I
LEVEL = float(os.environ.get("LEVEL", "1.0"))
orig = I._pair_values


def pv(reading, vec, overlap, best, relevance):
    r = orig(reading, vec, overlap, best, relevance)
    if r is None and relevance >= LEVEL:
        return {
            "overlap": 0.0,
            "overlap_norm": 0.0,
            "shared": 0.0,
            "terms": 0.0,
            "context": 0.0,
            "article": relevance,
            "article_top": float(relevance >= 1.0),
            "first": 0.0,
            "names": 0.0,
            "names_valence": 0.0,
            "log_length": math.log1p(len(reading.unique)),
            "overlap_x_article": 0.0,
            "context_x_article": 0.0,
            "best": best,
            "valence": reading.valence,
        }
    return r


I._pair_values = pv
h2.CACHE = "" + __import__("os").environ.get("OUT", "/tmp/is17") + f"/ms_offer{LEVEL}.pkl"
rows, taxes, ms = h2.load()
res, preds = h2.run(rows, taxes, ms, label=f"offer>={LEVEL}")
pickle.dump(preds, open("" + __import__("os").environ.get("OUT", "/tmp/is17") + f"/preds_offer{LEVEL}.pkl", "wb"))
