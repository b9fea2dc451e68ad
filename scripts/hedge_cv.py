"""The hedge model out of fold on the labelled PolNeAR *train* statements (never dev), over four article-to-fold
assignments (the ``crc32`` folds ``training.learn`` uses and three salted ones, as ``scripts/act_models.py``).

Reads the parse cache of ``scripts/act_errors.py`` and recomputes the features (``extract.acts.features``), so a
change to the hedge features is measured in a minute. Printed: hedged P / R / F1 at each cut (the mean over the
splits), with the rules' hedges kept as the shipped model keeps them; ``--show N`` prints N missed and N false
hedges of the ``crc32`` split at ``--cut``, drawn at random.

    PYTHONPATH=src python scripts/hedge_cv.py ../shared/data/polnear --cache /tmp/acts17-rows.pickle --show 30
"""

from __future__ import annotations

import argparse
import pickle
import random
import sys
import zlib
from collections.abc import Callable
from pathlib import Path
from typing import Any

import numpy as np

from onrecord.training.learn import HEDGE_C, LABELS_FILE, MIN_FEATURE_COUNT, ActRow, hedge_feature

SALTS = ("", "split-a/", "split-b/", "split-c/")
CUTS = (0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6, 0.65, 0.7, 0.75)


def bare_hedge_feature(name: str) -> bool:
    """The hedge model's features before acts19: the bare "h..." names (``acts.HEDGE_FEATURES``), as the act model
    reads them, not the hedge model's own (``acts.HEDGE_ONLY``)."""
    from onrecord.extract.acts import HEDGE_FEATURES, HEDGE_ONLY

    return name.startswith(HEDGE_FEATURES) and not name.startswith(HEDGE_ONLY)


def out_of_fold(rows: list[ActRow], salt: str, c: float, folds: int = 5, learner: str = "lr",
                reads: Callable[[str], bool] = hedge_feature) -> dict[int, float]:
    """Each found row's hedge probability from the hedge model fitted on the other folds' articles; ``learner``:
    "lr" (the shipped class-balanced logistic regression) or "svc" (a class-balanced linear SVM, Platt-calibrated
    on its own training folds' out-of-fold scores, ``training.learn.fit_hedge``)."""
    from collections import Counter

    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    fold_of = {a: zlib.crc32((salt + a).encode("utf-8")) % folds for a in {r.article for r in rows}}
    out: dict[int, float] = {}
    for k in range(folds):
        train = [r for r in rows if fold_of[r.article] != k]
        test = [(i, r) for i, r in enumerate(rows) if fold_of[r.article] == k and r.rule_act is not None]
        counts = Counter(f for r in train for f in set(r.features) if reads(f))
        known = {f for f, n in counts.items() if n >= MIN_FEATURE_COUNT}
        vec = DictVectorizer(sparse=True)
        x = vec.fit_transform([{f: 1.0 for f in r.features if f in known} for r in train])
        xt = vec.transform([{f: 1.0 for f in r.features if f in known} for _, r in test])
        y = [r.hedged for r in train]
        if learner == "svc":
            from onrecord.training.learn import fit_hedge_svc

            model = fit_hedge_svc(x, y, [r.article for r in train], c)
        else:
            model = LogisticRegression(C=c, max_iter=3000, class_weight="balanced").fit(x, y)
        for (i, _), p in zip(test, model.predict_proba(xt)[:, 1], strict=True):
            out[i] = float(p)
    return out


def prf(rows: list[ActRow], probs: dict[int, float], cut: float, rule_hedges: bool = True) -> tuple[float, ...]:
    gold = np.array([rows[i].hedged for i in probs])
    pred = np.array([p >= cut or (rule_hedges and rows[i].rule_hedged) for i, p in probs.items()])
    tp = float((gold & pred).sum())
    p = tp / pred.sum() if pred.sum() else 0.0
    r = tp / gold.sum() if gold.sum() else 0.0
    return p, r, 2 * p * r / (p + r) if p + r else 0.0


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("root", type=Path, help="PolNeAR folder holding train/")
    parser.add_argument("--labels", type=Path, default=LABELS_FILE)
    parser.add_argument("--cache", type=Path, default=Path("/tmp/onrecord-act-rows.pickle"))
    parser.add_argument("--c", type=float, nargs="*", default=[HEDGE_C])
    parser.add_argument("--splits", type=int, default=4, choices=range(1, len(SALTS) + 1))
    parser.add_argument("--show", type=int, default=0, help="errors of each kind shown (crc32 split)")
    parser.add_argument("--cut", type=float, default=0.7)
    parser.add_argument("--learner", choices=("lr", "svc"), default="lr")
    parser.add_argument("--names", choices=("own", "bare"), default="own",
                        help="own: the hedge model's own names (acts.HEDGE_ONLY, read in reported speech); bare: the "
                             "\"h...\" names the act model reads, as the hedge model read them before acts19")
    args = parser.parse_args()
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from act_errors import _show, build_cache, rows_from

    cached: list[tuple[Any, ...]] = pickle.loads(args.cache.read_bytes()) if args.cache.exists() else build_cache(
        args.root, args.labels, args.cache)
    rows = rows_from(cached)
    for c in args.c:
        sums = {cut: np.zeros(3) for cut in CUTS}
        first: dict[int, float] = {}
        for salt in SALTS[:args.splits]:
            probs = out_of_fold(rows, salt, c, learner=args.learner,
                                reads=hedge_feature if args.names == "own" else bare_hedge_feature)
            first = first or probs
            for cut in CUTS:
                sums[cut] += np.array(prf(rows, probs, cut)) / args.splits
        line = "  ".join(f"{cut}: {p:.3f}/{r:.3f}/{f:.3f}" for cut, (p, r, f) in sums.items())
        print(f"hedge {args.learner} {args.names} C={c} P/R/F1 ({args.splits} splits)  {line}", flush=True)
    if args.show:
        rng = random.Random(0)
        misses = [(i, p) for i, p in first.items() if rows[i].hedged and not (p >= args.cut or rows[i].rule_hedged)]
        false = [(i, p) for i, p in first.items() if not rows[i].hedged and (p >= args.cut or rows[i].rule_hedged)]
        for title, errs in (("labelled hedged, model not", misses), ("model hedged, labelled not", false)):
            print(f"\n== {title}: {len(errs)}")
            for i, p in rng.sample(errs, min(args.show, len(errs))):
                feats = sorted(f for f in rows[i].features if hedge_feature(f) and not f.startswith(
                    ("kind", "resolution", "actor_type")))
                _show(cached[i], f"p={p:.2f}")
                print(f"     {' '.join(feats)}")


if __name__ == "__main__":
    main()
