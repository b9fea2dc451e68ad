# ruff: noqa: SIM115, B007  (experiment scripts)
"""Step 1 of stance19: the CLI protocol's out-of-fold stance on correctly tagged train pairs (matcher and stance
model fitted on the other folds), its confusion, the label distribution, trivial baselines, and the errors by
class: the act wrong, the direction toward the proposition wrong with the act right, `unclear` against a side.
Usage: OUT=/tmp/st19 PYTHONPATH=src python scripts/stance19/measure.py  (after pickle_rows.py and tagged.py)."""

import pickle
import sys
from collections import Counter

sys.path.insert(0, "scripts/stance19")
from common import OUT, SEEN, gold_acts, offered, rows, tagged

from onrecord.evaluate import issues as E
from onrecord.extract import issues as I

SIDES = ("support", "oppose")
TOWARD = {"support", "commit", "propose"}
AGAINST = {"oppose", "reject", "deny"}


def act_class(act):
    return ("toward" if act in TOWARD else "against" if act in AGAINST else "open" if act == "refuse_to_commit"
            else "neutral")


def from_act(act, pol, negated=False):
    """Stance from the act alone (and, with ``negated``, flipped by the statement's negation)."""
    if act == "refuse_to_commit":
        return "open"
    if act in ("reject", "deny"):
        side = -1
    elif act in TOWARD:
        side = pol
    elif act == "oppose":
        side = -pol
    else:
        return "unclear"
    if negated:
        side = -side
    return "support" if side > 0 else "oppose"


def report(name, pairs):
    n = len(pairs)
    right = sum(g == p for g, p in pairs)
    conf = Counter(pairs)
    print(f"  {name}: {right}/{n} = {right / max(1, n):.3f}")
    f1s = []
    for k in I.STANCES:
        tp = conf[(k, k)]
        gold = sum(v for (g, _), v in conf.items() if g == k)
        pred = sum(v for (_, p), v in conf.items() if p == k)
        f1 = 2 * tp / (gold + pred) if tp else 0.0
        f1s.append(f1)
        print(f"    {k}: gold {gold} predicted {pred} right {tp} R {tp / max(1, gold):.3f} "
              f"P {tp / max(1, pred):.3f} F1 {f1:.3f}")
    print(f"    macro F1 {sum(f1s) / len(f1s):.3f}")
    print("    confusion gold -> predicted: " + "; ".join(
        f"{g}: " + ", ".join(f"{p} {conf[(g, p)]}" for p in I.STANCES if conf[(g, p)]) for g in I.STANCES))


def predictions(rs, tg, fitter=None, c_grid=E.STANCE_C_GRID):
    """Per protocol, (fold, row index, match, gold, predicted) with a stance model fitted per fold."""
    out = {}
    for name, pairs in tg.items():
        seen = SEEN[name]
        off = offered(rs, seen)
        res = []
        for k in range(E.FOLDS):
            train = [(rs[i], m, g) for i, m, g in off if E.fold_of(rs[i]) != k]
            model = E.fit_stance_pairs(train, c_grid)[0] if fitter is None else fitter(train)
            for f, i, m, g in pairs:
                if f == k:
                    res.append((f, i, m, g, I.stance(rs[i].statement, m, model)))
        out[name] = res
    return out


if __name__ == "__main__":
    rs = rows()
    tg = tagged()
    acts = gold_acts(rs)
    print("rows", len(rs), "gold acts found", sum(a is not None for a in acts))
    preds = predictions(rs, tg)
    pickle.dump(preds, open(OUT + "/preds_base.pkl", "wb"))
    for name, res in preds.items():
        print(f"== {name} ({len(res)} correctly tagged pairs)")
        report("shipped (model per fold)", [(g, p) for *_, g, p in res])
        gold = Counter(g for *_, g, _ in res)
        top = gold.most_common(1)[0]
        print(f"  majority ({top[0]}): {top[1] / len(res):.3f}; distribution {dict(gold)}")
        for label, fn in (
            ("act alone", lambda i, m: from_act(rs[i].statement.act, m.polarity)),
            ("act + negation", lambda i, m: from_act(rs[i].statement.act, m.polarity, rs[i].statement.negated)),
            ("rule_stance (act, valence)", lambda i, m: I.rule_stance(rs[i].statement, m)),
            ("rules only", lambda i, m: I.rules_only_stance(rs[i].statement, m)),
            ("labelled act alone", lambda i, m: from_act(acts[i] or "assert", m.polarity)),
            ("labelled act + negation", lambda i, m: from_act(acts[i] or "assert", m.polarity,
                                                              rs[i].statement.negated)),
        ):
            pr = [(g, fn(i, m)) for _, i, m, g, _ in res]
            print(f"  {label}: {sum(g == p for g, p in pr) / len(pr):.3f}")
        # errors by class
        cls = Counter()
        for _, i, m, g, p in res:
            if g == p:
                continue
            st = rs[i].statement
            if g == "unclear":
                c = "gold unclear called a side"
            elif p == "unclear":
                c = "a side called unclear"
            elif "open" in (g, p):
                c = f"open involved ({g}->{p})"
            else:
                same = act_class(st.act) == act_class(acts[i] or "assert")
                c = "side flipped, act right" if same else "side flipped, act wrong"
                c += f" [sys {act_class(st.act)}, gold {act_class(acts[i] or 'assert')}]"
            cls[c] += 1
        print("  errors by class:")
        for c, v in cls.most_common():
            print(f"    {v:4d}  {c}")
        acc = sum(acts[i] == rs[i].statement.act for _, i, *_ in res) / len(res)
        cl = sum(act_class(acts[i] or "assert") == act_class(rs[i].statement.act) for _, i, *_ in res) / len(res)
        print(f"  system act = labelled act on these pairs: {acc:.3f} (same act class {cl:.3f})")
