"""Act models compared out of fold on the labelled PolNeAR *train* statements (never dev): feature families and
learners, each under the same four article-to-fold assignments (the ``crc32`` folds ``training.learn`` uses and
three salted ones, as ``scripts/act_constructions.py``).

Reads the parse cache of ``scripts/act_errors.py`` (built there on first use). Every variant ends as
``training.learn._decide`` does: the rules that win (chosen on that split's out-of-fold acts), the proposal rule
and the construction's act. Printed: act accuracy (the model alone), non-assert macro-F1, per-act F1.

    PYTHONPATH=src python scripts/act_models.py ../shared/data/polnear --cache /tmp/acts16-rows.pickle \
        --families base eval propose both --learners lr
"""

from __future__ import annotations

import argparse
import pickle
import sys
import zlib
from collections import Counter
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import Any

import numpy as np

from onrecord.model import ACTS
from onrecord.training.learn import LABELS_FILE, MIN_FEATURE_COUNT, ActRow, act_feature, rules_that_win

SALTS = ("", "split-a/", "split-b/", "split-c/")
NON_ASSERT = [a for a in ACTS if a != "assert"]


def _extra(cached: list[tuple[Any, ...]], family: str) -> list[list[str]]:
    """Each cached statement's features of one new family (``extract.acts``)."""
    from onrecord.extract import acts

    out = []
    for _, stmt, _, doc, offset, _ in cached:
        content = acts._tokens(doc, offset, stmt.content.start, stmt.content.end)
        first = acts._first_clause(content)
        if family == "eval":
            out.append(acts._evaluation_features(first))
        elif family == "aim":  # evaluation by whom it is aimed at, "he" in reported speech the speaker
            out.append([f"a_{f}" for f in acts._evaluation_features(first, reported=stmt.kind == "indirect")])
        elif family == "propose":
            out.append(acts._proposing_features(first))
        else:
            raise ValueError(family)
    return out


def _matrix(train: list[ActRow], test: list[ActRow]) -> tuple[Any, Any]:
    from sklearn.feature_extraction import DictVectorizer

    counts = Counter(f for r in train for f in set(r.features) if act_feature(f))
    known = {f for f, n in counts.items() if n >= MIN_FEATURE_COUNT}
    vectorizer = DictVectorizer(sparse=True)
    x = vectorizer.fit_transform([{f: 1.0 for f in r.features if f in known} for r in train])
    xt = vectorizer.transform([{f: 1.0 for f in r.features if f in known} for r in test])
    return x, xt


def _int32(x: Any) -> Any:
    """``x`` with 32-bit indices, which liblinear asks for (DictVectorizer gives 64-bit ones)."""
    x = x.tocsr()
    x.indices = x.indices.astype(np.int32)
    x.indptr = x.indptr.astype(np.int32)
    return x


def learner(name: str, c: float) -> Callable[[Any, list[str], Any], tuple[list[str], Any]]:
    """A learner: (x, y, xt) -> (predicted acts, class scores with classes in ``ACTS`` order or None)."""
    from sklearn.linear_model import LogisticRegression

    def scored(model: Any, xt: Any, scores: Any) -> tuple[list[str], Any]:
        full = np.full((xt.shape[0], len(ACTS)), -1e9)
        for j, k in enumerate(model.classes_):
            full[:, ACTS.index(str(k))] = scores[:, j]
        return [ACTS[j] for j in full.argmax(axis=1)], full

    def lr(x: Any, y: list[str], xt: Any, weight: Any = None) -> tuple[list[str], Any]:
        model = LogisticRegression(C=c, max_iter=3000, class_weight=weight).fit(x, y)
        return scored(model, xt, model.predict_log_proba(xt))

    def svc(x: Any, y: list[str], xt: Any, weight: Any = None) -> tuple[list[str], Any]:
        from sklearn.svm import LinearSVC

        model = LinearSVC(C=c, class_weight=weight, max_iter=5000).fit(_int32(x), y)
        return scored(model, xt, model.decision_function(_int32(xt)))

    def sgd(x: Any, y: list[str], xt: Any) -> tuple[list[str], Any]:
        from sklearn.linear_model import SGDClassifier

        model = SGDClassifier(loss="modified_huber", alpha=c, class_weight="balanced", random_state=0,
                              max_iter=50, tol=None).fit(x, y)
        return scored(model, xt, model.decision_function(xt))

    def two_stage(x: Any, y: list[str], xt: Any) -> tuple[list[str], Any]:
        """assert or not (LR at c), then which non-assert act (LR at c, balanced) where not."""
        first = LogisticRegression(C=c, max_iter=3000).fit(x, [a == "assert" for a in y])
        p_assert = first.predict_proba(xt)[:, list(first.classes_).index(True)]
        rest = [i for i, a in enumerate(y) if a != "assert"]
        second = LogisticRegression(C=c, max_iter=3000, class_weight="balanced").fit(x[rest], [y[i] for i in rest])
        p_rest = second.predict_proba(xt)
        full = np.full((xt.shape[0], len(ACTS)), -1e9)
        full[:, ACTS.index("assert")] = np.log(p_assert + 1e-12)
        for j, k in enumerate(second.classes_):
            full[:, ACTS.index(str(k))] = np.log((1 - p_assert) * p_rest[:, j] + 1e-12)
        return [ACTS[j] for j in full.argmax(axis=1)], full

    def hgb(x: Any, y: list[str], xt: Any) -> tuple[list[str], Any]:
        """Gradient-boosted trees on the inner out-of-fold LR log-probabilities plus the dense features
        (those that are not words)."""
        from sklearn.ensemble import HistGradientBoostingClassifier
        from sklearn.model_selection import GroupKFold

        inner = np.zeros((x.shape[0], len(ACTS)))
        groups = np.arange(x.shape[0]) % 5
        for tr, te in GroupKFold(5).split(x, y, groups):
            m = LogisticRegression(C=0.1, max_iter=3000).fit(x[tr], [y[i] for i in tr])
            _, s = scored(m, x[te], m.predict_log_proba(x[te]))
            inner[te] = s
        m = LogisticRegression(C=0.1, max_iter=3000).fit(x, y)
        _, outer = scored(m, xt, m.predict_log_proba(xt))
        inner[inner < -50] = -50
        outer[outer < -50] = -50
        tree = HistGradientBoostingClassifier(max_iter=150, learning_rate=0.05, max_leaf_nodes=15,
                                              l2_regularization=1.0, random_state=0).fit(inner, y)
        return scored(tree, xt, tree.predict_log_proba(outer))

    table: dict[str, Callable[..., tuple[list[str], Any]]] = {
        "lr": lr, "lr_bal": lambda x, y, xt: lr(x, y, xt, "balanced"), "svc": svc,
        "svc_bal": lambda x, y, xt: svc(x, y, xt, "balanced"), "sgd": sgd, "two": two_stage, "hgb": hgb}
    return table[name]


def out_of_fold(rows: list[ActRow], salt: str, fit: Callable[..., tuple[list[str], Any]],
                folds: int = 5) -> tuple[dict[int, str], dict[int, Any]]:
    fold_of = {a: zlib.crc32((salt + a).encode("utf-8")) % folds for a in {r.article for r in rows}}
    acts: dict[int, str] = {}
    scores: dict[int, Any] = {}
    for k in range(folds):
        train = [r for r in rows if fold_of[r.article] != k]
        test = [(i, r) for i, r in enumerate(rows) if fold_of[r.article] == k and r.rule_act is not None]
        x, xt = _matrix(train, [r for _, r in test])
        predicted, s = fit(x, [r.act for r in train], xt)
        for n, (i, _) in enumerate(test):
            acts[i] = predicted[n]
            scores[i] = s[n] if s is not None else None
    return acts, scores


def _f1(gold: list[str], predicted: list[str], act: str) -> float:
    tp = sum(g == p == act for g, p in zip(gold, predicted, strict=True))
    return 2 * tp / (gold.count(act) + predicted.count(act)) if tp else 0.0


def score(rows: list[ActRow], index: list[int], acts: dict[int, str],
          win: list[str] | None = None) -> dict[str, float]:
    """The split's figures after ``_decide``; ``win``: the rules that keep their act, fixed (else chosen on this
    split's out-of-fold acts, as ``training.learn`` does)."""
    from onrecord.training.learn import _decide

    tested = [rows[i] for i in index]
    model = [acts[i] for i in index]
    final, _ = _decide(tested, model, [0.0] * len(model),
                       rules_that_win(tested, model) if win is None else win, 1.0, False)
    final = ["question" if r.question else a for r, a in zip(tested, final, strict=True)]
    gold = [r.act for r in tested]
    per = {a: _f1(gold, final, a) for a in ACTS}
    present = [a for a in NON_ASSERT if a in gold]
    return {"accuracy": float(np.mean([g == p for g, p in zip(gold, final, strict=True)])),
            "model": float(np.mean([g == p for g, p in zip(gold, model, strict=True)])),
            "macro": sum(per[a] for a in present) / len(present), **{f"f1:{a}": per[a] for a in ACTS}}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("root", type=Path, help="PolNeAR folder holding train/")
    parser.add_argument("--labels", type=Path, default=LABELS_FILE)
    parser.add_argument("--cache", type=Path, default=Path("/tmp/onrecord-act-rows.pickle"))
    parser.add_argument("--splits", type=int, default=4, choices=range(1, len(SALTS) + 1))
    parser.add_argument("--families", nargs="*", default=["base"],
                        help="base, eval, propose, both (eval+propose)")
    parser.add_argument("--learners", nargs="*", default=["lr"], help="lr, svc, ...; svc@0.03: at its own C")
    parser.add_argument("--c", type=float, nargs="*", default=[0.1])
    parser.add_argument("--offsets", type=float, nargs="*", default=[0.0],
                        help="subtracted from assert's score before the argmax (per-class threshold)")
    parser.add_argument("--recompute", action="store_true", help="recompute the features from the parses")
    parser.add_argument("--win", nargs="*", default=None,
                        help="the rules that keep their act, fixed for every variant (default: chosen per split)")
    args = parser.parse_args()
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from act_errors import build_cache, rows_from

    rows_file = args.cache.with_suffix(".features.pickle")
    if rows_file.exists() and not args.recompute:  # the features of every family, recomputed with --recompute
        base, extras = pickle.loads(rows_file.read_bytes())
    else:
        cached = pickle.loads(args.cache.read_bytes()) if args.cache.exists() else build_cache(
            args.root, args.labels, args.cache)
        base = rows_from(cached)
        extras = {f: _extra(cached, f) for f in ("eval", "propose", "aim")}
        rows_file.write_bytes(pickle.dumps((base, extras)))
    index = [i for i, r in enumerate(base) if r.rule_act is not None]
    for fam, lists in extras.items():
        fired = Counter(f for i in index for f in set(lists[i]))
        print(f"{fam}: on {sum(bool(lists[i]) for i in index)} of {len(index)} found statements; "
              f"{fired.most_common(40)}")
    for family in args.families:
        names = ["eval", "propose"] if family == "both" else [] if family == "base" else family.split("+")
        rows = [replace(r, features=[*r.features, *[f for n in names for f in extras[n][i]]])
                for i, r in enumerate(base)]
        for spec in args.learners:
            name, _, at = spec.partition("@")  # "svc@0.03": a learner at its own C
            for c in ([float(at)] if at else args.c):
                sums: dict[float, Counter[str]] = {o: Counter() for o in args.offsets}
                for salt in SALTS[:args.splits]:
                    acts, scores = out_of_fold(rows, salt, learner(name, c))
                    for o in args.offsets:
                        shifted = acts
                        if o:
                            shifted = {}
                            for i, s in scores.items():
                                s = s.copy()
                                s[ACTS.index("assert")] -= o
                                shifted[i] = ACTS[int(np.argmax(s))]
                        for k, v in score(rows, index, shifted, args.win).items():
                            sums[o][k] += v / args.splits
                for o in args.offsets:
                    s = sums[o]
                    per = " ".join(f"{s[f'f1:{a}']:.2f}" for a in ACTS)
                    print(f"{family:>8} {name:>7} C={c:<5} off={o:<4}: act {s['accuracy']:.4f} (model "
                          f"{s['model']:.4f}) macro-F1 {s['macro']:.4f} | {per}", flush=True)


if __name__ == "__main__":
    main()
