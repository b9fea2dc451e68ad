# ruff: noqa: SIM115, SIM102  (experiment scripts)
"""Stance variants judged on train only: the four held-out protocols on every offered pair (5 folds by article,
leave-issue-out, leave-one-outlet-out, leave-one-annotator-out; ``evaluate.issues.held_out_pairs`` at C 0.3) and
the CLI protocol on the correctly tagged pairs (whole, a->b, b->a; the stance model's C chosen per fold).
VARIANT names one of VARIANTS below; CLI=0 skips the CLI protocol."""

import os
import pickle
import sys

sys.path.insert(0, "scripts/stance19")
from common import OUT, TAX, offered, rows, tagged
from measure import predictions

from onrecord.evaluate import issues as E
from onrecord.extract import issues as I

rs = rows()
probs = pickle.load(open(OUT + "/act_probs.pkl", "rb")) if os.path.exists(OUT + "/act_probs.pkl") else [None] * len(rs)
P = {id(r.statement): p for r, p in zip(rs, probs, strict=True)}
TOWARD, AGAINST = ("support", "commit", "propose"), ("reject", "deny")
ALL_SOFT = "soft_toward,soft_against,soft_oppose,soft_side,soft_direction,soft_open"
SOFT = tuple(os.environ.get("SOFT", ALL_SOFT).split(","))

base_features = I.stance_features
base_beside = I._beside_model
base_names = E._stance_names
variant = os.environ.get("VARIANT", "base")
gate_cut = float(os.environ.get("GATE", "0.5"))


def soft(statement, found):
    p = P.get(id(statement))
    if p is None:
        return {}
    pol = found.polarity
    toward = sum(p.get(a, 0.0) for a in TOWARD)
    against = sum(p.get(a, 0.0) for a in AGAINST)
    side = toward + against + p.get("oppose", 0.0)
    out = {"soft_toward": toward * pol, "soft_against": against, "soft_oppose": p.get("oppose", 0.0) * pol,
            "soft_side": side, "soft_direction": (toward - p.get("oppose", 0.0)) * pol - against,
            "soft_open": p.get("refuse_to_commit", 0.0)}
    return {k: v for k, v in out.items() if k in SOFT or k == "soft_side"}


def features(statement, found):
    values = base_features(statement, found)
    if variant != "base":
        values.update({k: v for k, v in soft(statement, found).items() if k in SOFT})
    return values


def beside(statement, found):
    ruled, values = base_beside(statement, found)
    if variant in ("soft_gate", "soft_nogate") and ruled == "unclear" and values and I.model_decides(statement.act) \
            and not I._takes_aim(values) and not I._person(found.issue.label):
        # the gate: let the model decide where the act model finds a side likely
        if variant == "soft_nogate" or soft(statement, found).get("soft_side", 0.0) >= gate_cut:
            return None, features(statement, found)
    return ruled, values


def names(values):
    out = base_names(values)
    return [*out, *SOFT] if variant != "base" else out


I.stance_features = features
E.stance_features = features
I._beside_model = beside
E._stance_names = names

data = [(rs[i], m, g) for i, m, g in offered(rs, TAX)]
held = E.held_out_pairs(data)
line = []
for name, d in held.items():
    line.append(f"{name} {d['accuracy']:.3f}")
    f1 = d["stance_f1"]
    mean_recall = sum(v["recall"] for v in f1.values()) / len(f1)
    line[-1] += f" (mean recall {mean_recall:.3f}, unclear R {f1['unclear']['recall']:.3f})"
print(f"[{variant} gate {gate_cut}] held out on {len(data)} offered pairs: " + "; ".join(line), flush=True)
if os.environ.get("CLI", "1") == "1":
    preds = predictions(rs, tagged())
    out = []
    for name, res in preds.items():
        right = sum(g == p for *_, g, p in res)
        out.append(f"{name} {right}/{len(res)} = {right / len(res):.3f}")
    print(f"[{variant} gate {gate_cut}] CLI protocol, stance on correctly tagged pairs: " + "; ".join(out), flush=True)
    pickle.dump(preds, open(f"{OUT}/preds_{variant}_{gate_cut}.pkl", "wb"))
