# ruff: noqa: E741, SIM115  (experiment scripts: module aliases I/E/H as in scripts of issue14/16)
import pickle
import sys

sys.path.insert(0, __import__("os").path.dirname(__file__))
import h2

I = h2.I
orig = I.stem


def stem(word):
    w = orig(word)
    if len(w) == 4 and w.endswith("s") and w[-2] not in "suiy'" and w not in ("news",) and w.isalpha():
        return w[:-1]
    return w


I.stem = stem
h2.CACHE = "" + __import__("os").environ.get("OUT", "/tmp/is17") + "/ms_stem.pkl"
rows, taxes, ms = h2.load()
res, preds = h2.run(rows, taxes, ms, label="stem4s")
pickle.dump(preds, open("" + __import__("os").environ.get("OUT", "/tmp/is17") + "/preds_stem.pkl", "wb"))
