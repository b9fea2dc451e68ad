# ruff: noqa: E741, SIM115  (experiment scripts: module aliases I/E/H as in scripts of issue14/16)
import math
import os
import pickle
import sys

sys.path.insert(0, __import__("os").path.dirname(__file__))
import h2

I, E, H = h2.I, h2.E, h2.H
MODE = os.environ.get("MODE", "label")
rows, taxes, ms = h2.load()


def label_vocab(tax):
    bags = {}
    for v in tax.vectors():
        iss = v.issue
        text = " ".join((iss.label, iss.proposition))
        names = {I.stem(n.lower()) for n in I._names_in(text)}
        bags[iss.id] = {w for w, _, _ in I.words(text)} - names - {"oppose", "support"}
    n = len(bags)
    df = {}
    for bag in bags.values():
        for w in bag:
            df[w] = df.get(w, 0) + 1
    return {k: {w: math.log((n + 1) / df[w]) / math.log(n + 1) for w in bag} for k, bag in bags.items()}


stems_of = [{w for w, _, _ in I.words(r.statement.content.text)} for r in rows]
for key, tax in (("whole", taxes[0]), ("a", taxes[1]), ("b", taxes[2])):
    voc = label_vocab(tax)
    for i, lst in enumerate(ms[key]):
        for m in lst:
            v = voc[m.issue.id]
            s = sum(v[w] for w in stems_of[i] & v.keys())
            m.values["label"] = s
            m.values["label_any"] = float(s > 0)
feats = tuple(I.PAIR_FEATURES) + tuple(os.environ.get("FEATS", "label").split(","))
if "own" in MODE:
    old = H.keep
    H.keep = lambda m: old(m) or m.values.get("label", 0) > 0
res, preds = h2.run(rows, taxes, ms, feats=feats, label=MODE + " " + str(feats[-2:]))
pickle.dump(preds, open("" + __import__("os").environ.get("OUT", "/tmp/is17") + f"/preds_{MODE}.pkl", "wb"))
