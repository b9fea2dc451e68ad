# ruff: noqa: SIM115  (experiment scripts)
"""Print the CLI protocol's errors of one class (OUT/preds_base.pkl) for reading: KIND is flip-right (a side
flipped with the act's class right), flip-wrong, side-unclear, unclear-side; N at most, drawn with SEED."""

import os
import pickle
import random
import sys

sys.path.insert(0, "scripts/stance19")
from common import OUT, gold_acts, rows
from measure import act_class
from paths import path

rs = rows()
acts = gold_acts(rs)
res = pickle.load(open(OUT + "/preds_base.pkl", "rb"))["whole"]
kind = sys.argv[1]
chosen = []
for _, i, m, g, p in res:
    if g == p:
        continue
    st = rs[i].statement
    same = act_class(st.act) == act_class(acts[i])
    k = ("side-unclear" if p == "unclear" else "unclear-side" if g == "unclear" else
         "flip-right" if same else "flip-wrong")
    if k == kind:
        chosen.append((i, m, g, p))
random.Random(int(os.environ.get("SEED", "19"))).shuffle(chosen)
for i, m, g, p in chosen[: int(os.environ.get("N", "25"))]:
    st = rs[i].statement
    who = st.actor.name if st.actor else (st.speaker.text if st.speaker else "-")
    print(f"[{m.issue.id} pol {m.polarity:+.0f}] gold {g} pred {p} | act {st.act} (label {acts[i]}) neg {st.negated}"
          f" | {path(st, m)} | {who}: {st.cue.text if st.cue else ''} | {st.content.text[:260]!r}")
    print(f"     prop: {m.issue.proposition[:150]}")
