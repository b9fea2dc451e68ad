"""Do sentence embeddings help the act and hedge models? Cross-validated on PolNeAR *train* labels only.

The same protocol as ``training.learn.cross_validated`` (five folds by train article; the labelled
statements the system missed only ever train; the rules keep the acts they win on; the hedge cut chosen on
the out-of-fold probabilities), with the embedding (``onrecord.nlp.embeddings``) of the statement's content,
of its cue's sentence or of cue + content added to the features, or alone. Parses come from the cache of
``scripts/act_errors.py``; each text kind is embedded once and cached beside it (``.npy``).

    PYTHONPATH=src python scripts/emb_experiment.py ../shared/data/polnear --cache /tmp/emb-act-rows.pickle
"""

from __future__ import annotations

import argparse
import pickle
import sys
import time
import zlib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy

sys.path.insert(0, str(Path(__file__).resolve().parent))

from act_errors import build_cache, rows_from

from onrecord.evaluate.labels import ActScores
from onrecord.training.learn import (
    HEDGE_C,
    LABELS_FILE,
    ActRow,
    _decide,
    _matrix,
    _vocab,
    act_feature,
    decision_rules,
    hedge_feature,
)

KINDS = ("content", "sentence", "cue_content")


def texts_of(cached: list[tuple[Any, ...]], kind: str) -> list[str]:
    """The text embedded for each statement: its content, the sentence its cue is in, or cue + content."""
    out = []
    for _, stmt, _, doc, offset, text in cached:
        content = text[stmt.content.start:stmt.content.end]
        if kind == "content":
            out.append(content)
        elif kind == "cue_content":
            out.append(f"{text[stmt.cue.start:stmt.cue.end]} {content}" if stmt.cue else content)
        else:
            anchor = stmt.cue.start if stmt.cue else stmt.content.start
            span = doc.char_span(anchor - offset, anchor - offset + 1, alignment_mode="expand")
            out.append(span[0].sent.text if span is not None and len(span) else content)
    return out


def vectors(cached: list[tuple[Any, ...]], kind: str, cache: Path) -> Any:
    path = cache.with_name(f"{cache.stem}-{kind}.npy")
    if path.exists():
        return numpy.load(path)
    from onrecord.nlp.embeddings import embed

    start = time.perf_counter()
    texts = texts_of(cached, kind)
    out = embed(texts)
    print(f"embedded {len(texts)} {kind} texts in {time.perf_counter() - start:.0f} s", flush=True)
    numpy.save(path, out)
    return out


@dataclass(frozen=True)
class Model:
    """What one model reads: the sparse features or not, an embedding (its kind) times ``scale`` or none,
    balanced class weights or not."""

    kind: str | None = None
    scale: float = 1.0
    sparse: bool = True
    balanced: bool = False

    def name(self) -> str:
        if self.kind is None:
            return "features"
        parts = [f"{'features + ' if self.sparse else ''}{self.kind} x{self.scale:g}"]
        return " ".join(parts + (["balanced"] if self.balanced else []))


def cross_validated(rows: list[ActRow], dense: dict[str, Any], variants: list[tuple[Model, Model]], c: float,
                    folds: int = 5) -> list[tuple[list[int], list[str], list[float]]]:
    """``training.learn.cross_validated`` for several (act model, hedge model) variants at once, each model
    fitted once per fold however many variants share it. The embedding (one row per statement, times the
    model's scale) goes beside the sparse features, or instead of them."""
    from scipy.sparse import csr_matrix, hstack
    from sklearn.linear_model import LogisticRegression

    articles = sorted({r.article for r in rows})
    fold_of = {a: zlib.crc32(a.encode("utf-8")) % folds for a in articles}
    out: list[tuple[list[int], list[str], list[float]]] = [([], [], []) for _ in variants]

    def join(x: Any, ids: list[int], model: Model) -> Any:
        if model.kind is None:
            return x
        block = csr_matrix(dense[model.kind][ids] * model.scale)
        return hstack([x, block]).tocsr() if model.sparse else block

    for k in range(folds):
        start = time.perf_counter()
        train_ids = [i for i, r in enumerate(rows) if fold_of[r.article] != k]
        test_ids = [i for i, r in enumerate(rows) if fold_of[r.article] == k and r.rule_act is not None]
        train = [rows[i] for i in train_ids]
        vectorizer, x = _matrix(train, _vocab(train, act_feature))
        xt = vectorizer.transform([{f: 1.0 for f in rows[i].features} for i in test_ids])
        hedge_vectorizer, xh = _matrix(train, _vocab(train, hedge_feature))
        xht = hedge_vectorizer.transform([{f: 1.0 for f in rows[i].features} for i in test_ids])
        acts: dict[Model, list[str]] = {}
        hedges: dict[Model, list[float]] = {}
        for act, hedge in variants:
            if act not in acts:
                model = LogisticRegression(C=c, max_iter=5000, class_weight="balanced" if act.balanced else None)
                model.fit(join(x, train_ids, act), [r.act for r in train])
                acts[act] = [str(a) for a in model.predict(join(xt, test_ids, act))]
            if hedge not in hedges:
                model = LogisticRegression(C=HEDGE_C, max_iter=5000, class_weight="balanced")
                model.fit(join(xh, train_ids, hedge), [r.hedged for r in train])
                hedges[hedge] = [float(p) for p in model.predict_proba(join(xht, test_ids, hedge))[:, 1]]
        for (act, hedge), (index, predicted, probabilities) in zip(variants, out, strict=True):
            index.extend(test_ids)
            predicted.extend(acts[act])
            probabilities.extend(hedges[hedge])
        print(f"fold {k}: {len(acts)} act and {len(hedges)} hedge models in {time.perf_counter() - start:.0f} s",
              file=sys.stderr, flush=True)
    return out


def report(rows: list[ActRow], index: list[int], acts: list[str], hedge: list[float]) -> dict[str, Any]:
    """The scores of ``onrecord eval --labels`` on the out-of-fold predictions, after the rules that win and
    the best hedge cut (both chosen on these predictions, as ``training.learn`` does)."""
    tested = [rows[i] for i in index]
    win, _, cut, rule_hedges = decision_rules(tested, acts, hedge)
    final, hedged = _decide(tested, acts, hedge, win, cut, rule_hedges)
    scores = ActScores(gold=[r.act for r in tested], predicted=final, hedged_gold=[r.hedged for r in tested],
                       hedged_predicted=hedged, labelled=len(tested)).to_dict()
    scores["model_accuracy"] = round(float(numpy.mean([r.act == a for r, a in zip(tested, acts, strict=True)])), 3)
    scores["cut"], scores["rule_hedges"], scores["win"] = cut, rule_hedges, win
    return scores


def line(name: str, s: dict[str, Any]) -> str:
    h = s["hedged"]
    per = " ".join(f"{a[:4]} {row['f1']:.2f}" for a, row in s["per_act"].items() if row["support"])
    return (f"| {name} | {s['act_accuracy']:.3f} ({s['model_accuracy']:.3f}) | {s['non_assert_macro_f1']:.3f} | "
            f"{per} | {h['precision']:.3f} / {h['recall']:.3f} / **{h['f1']:.3f}** |")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("root", type=Path, help="PolNeAR folder holding train/")
    parser.add_argument("--labels", type=Path, default=LABELS_FILE)
    parser.add_argument("--cache", type=Path, default=Path("/tmp/onrecord-act-rows.pickle"))
    parser.add_argument("--kinds", nargs="*", default=list(KINDS), choices=KINDS)
    parser.add_argument("--scales", type=float, nargs="*", default=[3.0, 10.0])
    parser.add_argument("--c", type=float, nargs="*", default=[0.1])
    parser.add_argument("--quick", action="store_true", help="only features + embedding (no baseline, no "
                        "embedding-only or balanced variants)")
    parser.add_argument("--embed-only", action="store_true", help="only compute and cache the embeddings")
    args = parser.parse_args()
    cached = pickle.loads(args.cache.read_bytes()) if args.cache.exists() else build_cache(
        args.root, args.labels, args.cache)
    dense = {kind: vectors(cached, kind, args.cache) for kind in args.kinds}
    if args.embed_only:
        return
    rows = rows_from(cached)
    base = Model()
    variants: list[tuple[Model, Model]] = [] if args.quick else [(base, base)]
    for kind in dense:
        for scale in args.scales:
            variants.append((Model(kind, scale), Model(kind, scale)))
        if args.quick:
            continue
        top = max(args.scales)
        variants.append((Model(kind, top, balanced=True), base))
        variants.append((Model(kind, top, sparse=False), Model(kind, top, sparse=False)))
        variants.append((Model(kind, top, sparse=False, balanced=True), base))
    print("| act model / hedge model | act accuracy (model alone) | non-assert macro-F1 | per-act F1 | "
          "hedged P / R / F1 |")
    print("|---|---|---|---|---|")
    for c in args.c:
        results = cross_validated(rows, dense, variants, c)
        for (act, hedge), result in zip(variants, results, strict=True):
            print(line(f"{act.name()} / {hedge.name()}, C {c}", report(rows, *result)), flush=True)


if __name__ == "__main__":
    main()
