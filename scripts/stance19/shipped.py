# ruff: noqa: SIM115  (experiment scripts)
"""The code with soft_act.patch applied (not shipped), judged as exp.py judges its variants: the four held-out
protocols on every offered pair and the CLI protocol on the correctly tagged pairs. Each pickled statement is
given its out-of-fold act probabilities (OUT/act_probs.pkl, what ``training.learn.stance_rows`` now sets);
HARD=1 leaves them out (the act given counts for sure). With FIT=1 it also writes the stance model fitted on
every offered pair at C 0.3 (what ``python -m onrecord.training.learn stance ../shared/data/polnear/train --c
0.3`` fits) to OUT/stance_model.json."""

import json
import os
import pickle
import sys

sys.path.insert(0, "scripts/stance19")
from common import OUT, TAX, offered, rows, tagged
from measure import predictions, report

from onrecord.evaluate import issues as E

rs = rows()
probs = pickle.load(open(OUT + "/act_probs.pkl", "rb"))
for r, p in zip(rs, probs, strict=True):
    r.statement.act_scores = None if os.environ.get("HARD") == "1" else p
data = [(rs[i], m, g) for i, m, g in offered(rs, TAX)]
if os.environ.get("FIT") == "1":
    model, figures = E.fit_stance_pairs(data, (0.3,))
    open(OUT + "/stance_model.json", "w").write(json.dumps(model.to_dict(), indent=2) + "\n")
    print("fit", figures, flush=True)
held = E.held_out_pairs(data)
for name, d in held.items():
    f1 = d["stance_f1"]
    print(f"{name} {d['accuracy']:.3f} (mean recall {sum(v['recall'] for v in f1.values()) / len(f1):.3f}, "
          + ", ".join(f"{k} F1 {v['f1']:.3f} R {v['recall']:.3f}" for k, v in f1.items()) + ")", flush=True)
if os.environ.get("CLI", "1") == "1":
    preds = predictions(rs, tagged())
    pickle.dump(preds, open(OUT + "/preds_shipped.pkl", "wb"))
    for name, res in preds.items():
        print(f"== CLI {name}")
        report("stance on correctly tagged pairs", [(g, p) for *_, g, p in res])
