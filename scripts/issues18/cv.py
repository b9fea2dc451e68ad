# ruff: noqa: SIM115  (experiment scripts)
"""evaluate.issues.cross_validate's figures on the pickled train rows (OUT/rows.pkl), without the held-out stance
protocols: issue P/R/F1 and stance on the correctly tagged pairs, whole and both transfer directions."""

import os
import pickle

from onrecord.evaluate import issues as E
from onrecord.extract.issues import load_taxonomy

rows = pickle.load(open(os.environ.get("OUT", "/tmp/is18") + "/rows.pkl", "rb"))
tax = load_taxonomy("../shared/data/taxonomies/us-2016.yaml")
a, b = E.halves(tax)
whole = E.IssueScores()
moved = {"a->b": E.IssueScores(), "b->a": E.IssueScores()}
for k in range(E.FOLDS):
    train = [r for r in rows if E.fold_of(r, E.FOLDS) != k]
    test = [r for r in rows if E.fold_of(r, E.FOLDS) == k]
    whole.merge(E.score(test, tax, E.fit(train, tax), stance_model=E.fit_stance(train, tax)[0]))
    for (seen, unseen), name in (((a, b), "a->b"), ((b, a), "b->a")):
        moved[name].merge(
            E.score(test, unseen, E.fit(train, seen), frozenset(unseen.ids()), E.fit_stance(train, seen)[0])
        )
for name, s in (("whole", whole), *moved.items()):
    d = s.to_dict()
    print(
        f"{name}: P {d['precision']:.3f} R {d['recall']:.3f} F1 {d['f1']:.3f} (tp {d['tp']} fp {d['fp']} "
        f"fn {d['fn']}) stance {d['stance_accuracy']:.3f} on {d['tp']}",
        flush=True,
    )
