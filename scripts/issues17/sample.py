# ruff: noqa: E741, SIM115  (experiment scripts: module aliases I/E/H as in scripts of issue14/16)
import pickle
import random
import sys

sys.path.insert(0, __import__("os").path.dirname(__file__))
import harness as H

I, E = H.I, H.E
rows = H.load_rows()
preds = pickle.load(open(sys.argv[1], "rb"))["a->b"]
tax = I.load_taxonomy("../shared/data/taxonomies/us-2016.yaml")
a, b = E.halves(tax)
ids = set(b.ids())
ctx = {}
fps, fns = [], []
for i, r in enumerate(rows):
    kept = {m.issue.id: m for m in preds.get(i, [])}
    gold = set(r.gold) & ids
    for k in set(kept) - gold:
        fps.append((i, k))
    for k in gold - set(kept):
        fns.append((i, k))
random.seed(17)
for kind, lst in (("FP", fps), ("FN", fns)):
    for i, k in random.sample(lst, 30):
        r = rows[i]
        st = r.statement
        offered = {m.issue.id: m for m in I.features(st.content.text, st.content.start, b, E._context(r, b, ctx))}
        m = offered.get(k)
        vals = {kk: round(v, 2) for kk, v in m.values.items() if v} if m else "NOT OFFERED"
        s = st.content.start
        print(f"## {kind} {k} gold={r.gold} pred={[x.issue.id for x in preds.get(i, [])]} [{r.name}] act={st.act}")
        print("   ctx:", repr(r.article[max(0, s - 160) : s]))
        print("   <<", st.content.text[:300], ">>")
        print("   ", vals)
