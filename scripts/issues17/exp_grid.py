# ruff: noqa: E741, SIM115  (experiment scripts: module aliases I/E/H as in scripts of issue14/16)
import os
import pickle
import sys

sys.path.insert(0, __import__("os").path.dirname(__file__))
import h2

I, E = h2.I, h2.E
lo = int(os.environ.get("LO", "4"))
E.THRESHOLDS = tuple(round(0.05 * k, 2) for k in range(lo, 17))
if os.environ.get("STEM"):
    orig = I.stem

    def stem(word):
        w = orig(word)
        if len(w) == 4 and w.endswith("s") and w[-2] not in "suiy'" and w not in ("news",) and w.isalpha():
            return w[:-1]
        return w

    I.stem = stem
    h2.CACHE = "" + __import__("os").environ.get("OUT", "/tmp/is17") + "/ms_stem.pkl"
rows, taxes, ms = h2.load()
res, preds = h2.run(rows, taxes, ms, label=f"lo={lo} stem={os.environ.get('STEM')}")
pickle.dump(
    preds,
    open(
        "" + __import__("os").environ.get("OUT", "/tmp/is17") + f"/preds_grid{lo}{os.environ.get('STEM', '')}.pkl",
        "wb",
    ),
)
