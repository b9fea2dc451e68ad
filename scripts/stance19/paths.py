# ruff: noqa: SIM115  (experiment scripts)
"""The CLI protocol's errors (OUT/preds_base.pkl from measure.py) by the path that answered (a rule before the
model, a rule beside it, the gate, the model) and by the system and labelled acts."""

import pickle
import sys
from collections import Counter

sys.path.insert(0, "scripts/stance19")
from common import OUT, gold_acts, rows
from measure import act_class

from onrecord.extract import issues as I


def path(st, m):
    if I._before_model(st, m) is not None:
        return "before-model rule"
    ruled, values = I._beside_model(st, m)
    if ruled is None:
        return "model"
    if not values:
        return "beside rule (act)"
    if I.model_decides(st.act) and not I._takes_aim(values) and not I._person(m.issue.label):
        return "gate (no evaluative word)"
    if I.model_decides(st.act) and I._analyst(st):
        return "analyst"
    return "horse race"


if __name__ == "__main__":
    rs = rows()
    acts = gold_acts(rs)
    preds = pickle.load(open(OUT + "/preds_base.pkl", "rb"))
    res = preds[sys.argv[1] if len(sys.argv) > 1 else "whole"]
    by = Counter()
    tot = Counter()
    for _, i, m, g, p in res:
        st = rs[i].statement
        pa = path(st, m)
        tot[pa, g == p] += 1
        if g != p:
            kind = ("side->unclear" if p == "unclear" and g in ("support", "oppose") else
                    "unclear->side" if g == "unclear" else "flip/open")
            by[kind, pa, f"sys {act_class(st.act)}", f"gold {act_class(acts[i])}"] += 1
    print("by path (right, wrong):", {k: (tot[k, True], tot[k, False]) for k in sorted({k for k, _ in tot})})
    for k, v in sorted(by.items(), key=lambda kv: (kv[0][0], -kv[1])):
        print(f"{v:4d}  {' | '.join(k)}")
    person = Counter((I._person(m.issue.label), g == p) for _, i, m, g, p in res)
    print("person issue (right/wrong):", person)
