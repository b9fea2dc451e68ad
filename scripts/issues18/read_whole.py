# ruff: noqa: E741, SIM115  (experiment scripts: module aliases I/E/H as in scripts/issues17)
"""In-domain (whole us-2016 taxonomy, out of fold) errors: every miss and false tag by class, then 40 misses and
40 false tags of the worst issues by error count, to read. Usage: read_whole.py PREDS [N_WORST] [SEED]."""

import os
import pickle
import random
import sys
from collections import Counter

sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", "issues17"))
import harness as H

I, E = H.I, H.E
rows = H.load_rows()
preds = pickle.load(open(sys.argv[1], "rb"))["whole"]
worst = int(sys.argv[2]) if len(sys.argv) > 2 else 5
seed = int(sys.argv[3]) if len(sys.argv) > 3 else 18
tax = I.load_taxonomy("../shared/data/taxonomies/us-2016.yaml")
ids = set(tax.ids())
labels = {v.issue.id: v.issue.label for v in tax.vectors()}
ctx: dict = {}
cls: Counter = Counter()
errs: Counter = Counter()
fps, fns = [], []
offers = {}
for i, r in enumerate(rows):
    kept = {m.issue.id for m in preds.get(i, [])}
    gold = set(r.gold) & ids
    if not (gold ^ kept):
        continue
    st = r.statement
    offered = {m.issue.id: m for m in I.features(st.content.text, st.content.start, tax, E._context(r, tax, ctx))}
    offers[i] = offered
    for k in gold ^ kept:
        errs[k] += 1
        person = "person" if I._person(labels[k]) else "other"
        m = offered.get(k)
        if k in gold:
            fns.append((i, k))
            if m is None:
                c = "never offered" + (
                    " (article never names the subject)" if k in ctx[r.name].unnamed else " (no shared word)"
                )
            elif person == "person" and not I._own_words(m):
                c = "names nothing of it (person rule)"
            elif kept:
                c = "lost to another issue"
            elif I._own_words(m):
                c = "shares its words, below threshold"
            else:
                c = "context only, below threshold"
            cls[("miss", person, c)] += 1
        else:
            fps.append((i, k))
            own = I._own_words(m)
            c = ("labelled none" if not r.gold else "labelled another") + (
                ", own words/names" if own else ", article/context only"
            )
            cls[("false", person, c)] += 1
for k, v in sorted(cls.items()):
    print(k, v)
top = [k for k, _ in errs.most_common(worst)]
print("worst by errors:", [(k, errs[k]) for k in top])
random.seed(seed)
for kind, lst in (("FP", fps), ("FN", fns)):
    pool = [p for p in lst if p[1] in top]
    for i, k in random.sample(pool, min(40, len(pool))):
        r = rows[i]
        st = r.statement
        m = offers[i].get(k)
        vals = {kk: round(v, 2) for kk, v in m.values.items() if v} if m else "NOT OFFERED"
        s = st.content.start
        print(
            f"## {kind} {k} gold={r.gold} pred={[x.issue.id for x in preds.get(i, [])]} [{r.name}] act={st.act}"
            f" speaker={st.speaker.text if st.speaker else None}"
        )
        print("   ctx:", repr(r.article[max(0, s - 200) : s]))
        print("   <<", st.content.text[:300], ">>")
        print("   ", vals)
