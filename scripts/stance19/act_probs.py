# ruff: noqa: SIM115  (experiment scripts)
"""Out-of-fold act probabilities for the paired train statements, in the order of OUT/rows.pkl: the shipped
act model's learner and C fitted on the other folds' articles (as ``training.learn.out_of_fold_acts`` does for
the act itself), each found statement's softmax over the act classes. Writes OUT/act_probs.pkl."""

import os
import pickle
import zlib
from pathlib import Path

from onrecord.extract.acts import shipped_model
from onrecord.settings import Settings
from onrecord.training import learn as L

OUT = os.environ.get("OUT", "/tmp/st19")
model = shipped_model()
rows = L.act_rows(Path("../shared/data/polnear"), Path("eval/labels/polnear-statements.jsonl"), Settings.from_env())
c = float(model["act"]["C"])
articles = sorted({r.article for r in rows})
fold = {a: zlib.crc32(a.encode("utf-8")) % 5 for a in articles}
probs: dict[int, dict[str, float]] = {}
for k in range(5):
    train = [r for r in rows if fold[r.article] != k]
    test = [(i, r) for i, r in enumerate(rows) if fold[r.article] == k and r.rule_act is not None]
    vectorizer, x = L._matrix(train, L._vocab(train))
    xt = vectorizer.transform([{f: 1.0 for f in r.features} for _, r in test])
    fitted = L.fit_act(x, [r.act for r in train], c)
    p = fitted.predict_proba(xt)
    classes = [str(k) for k in fitted.classes_]
    for (i, _), row in zip(test, p, strict=True):
        probs[i] = dict(zip(classes, (float(v) for v in row), strict=True))
    print(k, len(test), flush=True)
out = [probs[i] for i, r in enumerate(rows) if r.rule_act is not None]
pickle.dump(out, open(OUT + "/act_probs.pkl", "wb"))
print(len(out))
