# ruff: noqa: E741, SIM115  (experiment scripts: module aliases I/E/H as in scripts of issue14/16)
import pickle
import sys
from collections import Counter

sys.path.insert(0, __import__("os").path.dirname(__file__))
import harness as H

I, E = H.I, H.E
rows = H.load_rows()
preds = pickle.load(open(sys.argv[1], "rb"))["a->b"]
tax = I.load_taxonomy("../shared/data/taxonomies/us-2016.yaml")
a, b = E.halves(tax)
ids = set(b.ids())
ctx = {}
cls = Counter()
for i, r in enumerate(rows):
    kept = {m.issue.id for m in preds.get(i, [])}
    gold = set(r.gold) & ids
    for k in gold ^ kept:
        offered = {
            m.issue.id: m
            for m in I.features(r.statement.content.text, r.statement.content.start, b, E._context(r, b, ctx))
        }
        person = "person" if I._person(next(v.issue.label for v in b.vectors() if v.issue.id == k)) else "other"
        m = offered.get(k)
        if k in gold:
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
            own = I._own_words(m)
            c = ("labelled none" if not r.gold else "labelled another") + (
                ", own words/names" if own else ", article/context only"
            )
            cls[("false", person, c)] += 1
for k, v in sorted(cls.items()):
    print(k, v)
