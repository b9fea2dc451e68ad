# ruff: noqa: SIM115  (experiment scripts)
"""The CLI protocol's tagged pairs, cached: for each fold of articles the matcher is fitted on the other folds
(``evaluate.issues.fit``) and the pairs it tags correctly in the held-out fold are kept with their gold stance,
whole and in both transfer directions (fitted on one half's issues, scored on the other half's labels). The
stance model is not fitted here (``cv.py`` does), so stance experiments need not refit the matcher.
Reads OUT/rows.pkl (``scripts/issues17/pickle_rows.py``), writes OUT/tagged.pkl."""

import os
import pickle

from onrecord.evaluate import issues as E
from onrecord.extract.issues import load_taxonomy, match

OUT = os.environ.get("OUT", "/tmp/st19")
rows = pickle.load(open(OUT + "/rows.pkl", "rb"))
tax = load_taxonomy("../shared/data/taxonomies/us-2016.yaml")
a, b = E.halves(tax)
tagged = {"whole": [], "a->b": [], "b->a": []}  # (fold, row index, Match, gold stance)
for k in range(E.FOLDS):
    test = [i for i, r in enumerate(rows) if E.fold_of(r) == k]
    train = [r for r in rows if E.fold_of(r) != k]
    for name, seen, unseen in (("whole", tax, tax), ("a->b", a, b), ("b->a", b, a)):
        model = E.fit(train, seen)
        only = frozenset(unseen.ids())
        ctx = {}
        for i in test:
            r = rows[i]
            found = {m.issue.id: m for m in match(r.statement.content.text, r.statement.content.start, unseen,
                                                    model, E._context(r, unseen, ctx))}
            for ident, gold in r.gold.items():
                if ident in only and ident in found:
                    tagged[name].append((k, i, found[ident], gold))
    print(k, {n: len(v) for n, v in tagged.items()}, flush=True)
pickle.dump(tagged, open(OUT + "/tagged.pkl", "wb"))
