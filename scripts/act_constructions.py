"""What the construction's acts (``extract.acts.construction``) do out of fold on the labelled PolNeAR *train*
statements (never dev): as model features, as a rule over the model, both, or neither.

Reads the parse cache of ``scripts/act_errors.py`` (built there on first use) and recomputes the features, so a
change to the construction reading is measured in minutes. Each variant is cross-validated by article on the
``crc32`` folds that ``training.learn`` uses and, with ``--splits 4``, on three shuffled article-to-fold
assignments more (their mean is printed). The rules that win and the proposal rule are applied as in
``training.learn._decide``; hedges are not scored here (the construction reads nothing of them).

    PYTHONPATH=src python scripts/act_constructions.py ../shared/data/polnear --splits 4 --show 30
"""

from __future__ import annotations

import argparse
import pickle
import random
import zlib
from collections import Counter
from dataclasses import replace
from pathlib import Path

from onrecord.model import ACTS
from onrecord.training.learn import LABELS_FILE, MIN_FEATURE_COUNT, ActRow, rules_that_win

VARIANTS = ("none", "features", "rule", "both")
SALTS = ("", "split-a/", "split-b/", "split-c/")


def _model_view(row: ActRow, variant: str, cx: list[str]) -> ActRow:
    """The row as the act model sees it: with the construction's features (``Construction.features``) or
    without them (as shipped: they did not pay, docs/EVALUATION.md acts15); without its act where the
    construction does not decide."""
    features = [*row.features, *cx] if variant in ("features", "both") else row.features
    return replace(row, features=features, construction=row.construction if variant in ("rule", "both") else None)


def _out_of_fold(view: list[ActRow], salt: str, c: float, folds: int = 5) -> dict[int, str]:
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    rows = view
    fold_of = {a: zlib.crc32((salt + a).encode("utf-8")) % folds for a in {r.article for r in rows}}
    out: dict[int, str] = {}
    for k in range(folds):
        train = [r for r in view if fold_of[r.article] != k]
        test = [(i, r) for i, r in enumerate(view) if fold_of[r.article] == k and r.rule_act is not None]
        counts = Counter(f for r in train for f in set(r.features))
        known = {f for f, n in counts.items() if n >= MIN_FEATURE_COUNT}
        vectorizer = DictVectorizer(sparse=True)
        x = vectorizer.fit_transform([{f: 1.0 for f in r.features if f in known} for r in train])
        model = LogisticRegression(C=c, max_iter=3000).fit(x, [r.act for r in train])
        predicted = model.predict(vectorizer.transform([{f: 1.0 for f in r.features if f in known} for _, r in test]))
        out.update((i, str(a)) for (i, _), a in zip(test, predicted, strict=True))
    return out


def _decide(rows: list[ActRow], index: list[int], model: dict[int, str]) -> tuple[list[str], list[str]]:
    """(the model's acts, the final acts) for the rows at ``index``, as ``training.learn._decide`` gives them."""
    from onrecord.training.learn import _decide as decide

    tested = [rows[i] for i in index]
    acts = [model[i] for i in index]
    final, _ = decide(tested, acts, [0.0] * len(acts), rules_that_win(tested, acts), 1.0, False)
    return acts, final


def _f1(gold: list[str], predicted: list[str], act: str) -> float:
    tp = sum(g == p == act for g, p in zip(gold, predicted, strict=True))
    return 2 * tp / (gold.count(act) + predicted.count(act)) if tp else 0.0


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("root", type=Path, help="PolNeAR folder holding train/")
    parser.add_argument("--labels", type=Path, default=LABELS_FILE)
    parser.add_argument("--cache", type=Path, default=Path("/tmp/onrecord-act-rows.pickle"))
    parser.add_argument("--splits", type=int, default=1, choices=range(1, len(SALTS) + 1))
    parser.add_argument("--c", type=float, default=0.1)
    parser.add_argument("--variants", nargs="*", default=list(VARIANTS), choices=VARIANTS)
    parser.add_argument("--show", type=int, default=0, help="statements the construction decides, shown")
    args = parser.parse_args()
    import sys

    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from act_errors import build_cache, rows_from

    cached = pickle.loads(args.cache.read_bytes()) if args.cache.exists() else build_cache(
        args.root, args.labels, args.cache)
    rows = rows_from(cached)
    from onrecord.extract.acts import construction

    found = [construction(stmt, doc, offset) if is_found else None for _, stmt, is_found, doc, offset, _ in cached]
    cx_features = [c.features() if c is not None else [] for c in found]
    index = [i for i, r in enumerate(rows) if r.rule_act is not None]
    gold = [rows[i].act for i in index]
    fired = [n for n, i in enumerate(index) if cx_features[i]]
    decided = [n for n, i in enumerate(index) if rows[i].construction is not None]
    print(f"{len(index)} found statements scored ({len(rows)} training rows); a construction read on {len(fired)}, "
          f"an act decided on {len(decided)}")
    kinds = Counter(cx_features[index[n]][0] for n in fired)
    print("  by kind:", dict(kinds))
    for variant in args.variants:
        sums: Counter[str] = Counter()
        view = [_model_view(r, variant, cx) for r, cx in zip(rows, cx_features, strict=True)]
        for salt in SALTS[:args.splits]:
            model = _out_of_fold(view, salt, args.c)
            acts, final = _decide(view, index, model)
            per = {a: _f1(gold, final, a) for a in ACTS}
            sums["accuracy"] += sum(g == p for g, p in zip(gold, final, strict=True)) / len(gold)
            sums["model"] += sum(g == p for g, p in zip(gold, acts, strict=True)) / len(gold)
            sums["macro"] += sum(per[a] for a in ACTS if a != "assert" and a in gold) / len(
                {a for a in gold if a != "assert"})
            for a in ACTS:
                sums[f"f1:{a}"] += per[a]
            sums["decided_right"] += sum(gold[n] == final[n] for n in decided)
            for n in decided:
                kind = cx_features[index[n]][0]
                sums[f"right:{kind}"] += gold[n] == final[n]
                sums[f"n:{kind}"] += 1
            if salt == "" and args.show and variant == args.variants[-1]:
                _show(cached, index, cx_features, rows, decided, final, args.show)
        k = args.splits
        per_act = " ".join(f"{a} {sums[f'f1:{a}'] / k:.2f}" for a in ACTS)
        by_kind = ", ".join(f"{kind[3:]} {sums[f'right:{kind}'] / k:.1f} of {sums[f'n:{kind}'] // k}"
                            for kind in sorted(kinds))
        print(f"{variant:>9}: act accuracy {sums['accuracy'] / k:.3f} (model alone {sums['model'] / k:.3f}), "
              f"non-assert macro-F1 {sums['macro'] / k:.3f}; right where the construction decides "
              f"{sums['decided_right'] / k:.1f} of {len(decided)} ({by_kind})\n           per-act F1: {per_act}")


def _show(cached: list[tuple[object, ...]], index: list[int], cx_features: list[list[str]], rows: list[ActRow],
          decided: list[int], final: list[str], limit: int) -> None:
    rng = random.Random(0)
    for n in sorted(rng.sample(decided, min(limit, len(decided)))):
        i = index[n]
        _, stmt, _, _, _, text = cached[i]
        cx = cx_features[i]
        cue = text[stmt.cue.start:stmt.cue.end] if stmt.cue else "-"  # type: ignore[attr-defined]
        content = text[stmt.content.start:stmt.content.end].replace("\n", " ")  # type: ignore[attr-defined]
        print(f"- gold {rows[i].act} / final {final[n]} {cx} | {cue} | {content[:160]}")


if __name__ == "__main__":
    main()
