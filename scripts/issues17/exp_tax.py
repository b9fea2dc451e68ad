# ruff: noqa: SIM115  (experiment scripts: module aliases I/E/H as in scripts of issue14/16)
import os
import pickle
import sys

sys.path.insert(0, __import__("os").path.dirname(__file__))
import h2

h2.TAX = os.environ["TAX"]
h2.CACHE = os.environ["CACHE"]
rows, taxes, ms = h2.load()
res, preds = h2.run(rows, taxes, ms, label=os.environ["TAX"])
pickle.dump(preds, open(os.environ["CACHE"] + ".preds", "wb"))
