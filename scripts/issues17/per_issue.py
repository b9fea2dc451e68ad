# ruff: noqa: E741, SIM115  (experiment scripts: module aliases I/E/H as in scripts of issue14/16)
import pickle
import sys
from collections import Counter

sys.path.insert(0, __import__("os").path.dirname(__file__))
import harness as H

I, E = H.I, H.E
rows = H.load_rows()
preds = pickle.load(open(sys.argv[1], "rb"))
tax = I.load_taxonomy("../shared/data/taxonomies/us-2016.yaml")
a, b = E.halves(tax)
for name, un in (("whole", tax), ("a->b", b), ("b->a", a)):
    ids = set(un.ids())
    c = {k: Counter() for k in ids}
    for i, r in enumerate(rows):
        kept = {m.issue.id for m in preds[name].get(i, [])}
        gold = set(r.gold) & ids
        for k in kept & gold:
            c[k]["tp"] += 1
        for k in kept - gold:
            c[k]["fp"] += 1
        for k in gold - kept:
            c[k]["fn"] += 1
    print("==", name)
    for k in sorted(ids, key=lambda k: -(c[k]["tp"] + c[k]["fn"])):
        tp, fp, fn = c[k]["tp"], c[k]["fp"], c[k]["fn"]
        p = tp / (tp + fp) if tp + fp else 0
        rr = tp / (tp + fn) if tp + fn else 0
        f = 2 * tp / (2 * tp + fp + fn) if tp else 0
        print(f"  {k:22s} P {p:.3f} R {rr:.3f} F1 {f:.3f} ({tp}/{fp}/{fn})")
