# ruff: noqa: SIM115  (experiment scripts: module aliases I/E/H as in scripts of issue14/16)
import pickle
import sys

sys.path.insert(0, __import__("os").path.dirname(__file__))
import h2

rows, taxes, ms = h2.load()
res, preds = h2.run(rows, taxes, ms, label="base")
pickle.dump(preds, open("" + __import__("os").environ.get("OUT", "/tmp/is17") + "/preds_base.pkl", "wb"))
