"""Where out-of-fold act accuracy goes on the labelled PolNeAR *train* statements (never dev).

Reads the parse cache of ``scripts/act_errors.py``. For the shipped recipe (or ``--learner``/``--c``), fitted
on the other folds' articles and ended as ``training.learn._decide`` does (the rules that win fixed to the
shipped model's list, the construction's act, quoted questions), prints:

- the confusion matrix (gold rows, given columns) and per-act precision / recall / F1;
- accuracy by how the system's statement agrees with the labelled one: its content the same span or not (character
  overlap over the union), its cue the same words or not. A statement found with another span or cue is read by
  the model from other words than the annotator's;
- ``--gold-spans``: the same out-of-fold figures with every found statement's features read from the *labelled*
  content, cue and source (the rules' verdicts kept): how much of the loss the spans alone cost.

    PYTHONPATH=src python scripts/act_oof_report.py --cache /tmp/acts19/rows.pickle --splits 1 --gold-spans
"""

from __future__ import annotations

import argparse
import json
import pickle
import sys
from collections import Counter
from dataclasses import replace
from pathlib import Path
from typing import Any

import numpy as np

from onrecord.model import ACTS, Cue, Span
from onrecord.training.learn import ActRow, _decide, shipped_path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from act_models import SALTS, learner, out_of_fold


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> float:
    inter = max(0, min(a[1], b[1]) - max(a[0], b[0]))
    union = max(a[1], b[1]) - min(a[0], b[0])
    return inter / union if union else 0.0


def agreement(entry: tuple[Any, ...]) -> tuple[str, str]:
    """How the found statement's content and cue agree with the labelled ones."""
    labelled, stmt, _, _, _, text = entry
    gold = (labelled.content[0][0], labelled.content[-1][1])
    ov = _overlap(gold, (stmt.content.start, stmt.content.end))
    span = "same" if ov >= 0.95 else "close (0.8-0.95)" if ov >= 0.8 else "partial (<0.8)"
    if not labelled.cue:
        cue = "no labelled cue"
    elif stmt.cue is None:
        cue = "no cue found"
    else:
        gold_cue = " ".join(text[a:b] for a, b in labelled.cue).lower().split()
        found_cue = text[stmt.cue.start:stmt.cue.end].lower().split()
        cue = "same cue" if gold_cue == found_cue else "cue shares a word" if set(gold_cue) & set(found_cue) \
            else "other cue"
    return span, cue


def gold_span_rows(cached: list[tuple[Any, ...]], rows: list[ActRow]) -> list[ActRow]:
    """The rows with every found statement's features read from the labelled spans (the rules' verdicts kept)."""
    from onrecord.extract.acts import features

    out = []
    for (labelled, stmt, found, doc, offset, text), row in zip(cached, rows, strict=True):
        if not found:
            out.append(row)
            continue
        content = (labelled.content[0][0], labelled.content[-1][1])
        changed = replace(stmt, content=Span(content[0], content[1], text[content[0]:content[1]]))
        if labelled.cue:
            a, b = labelled.cue[0][0], labelled.cue[-1][1]
            changed = replace(changed, cue=Cue(a, b, text[a:b], text[a:b].lower(),
                                               stmt.cue.cue_class if stmt.cue else "speech"))
        if labelled.source:
            a, b = labelled.source[0][0], labelled.source[-1][1]
            changed = replace(changed, speaker=Span(a, b, text[a:b]))
        out.append(replace(row, features=features(changed, doc, offset, rules=True)))
    return out


def decided(rows: list[ActRow], index: list[int], acts: dict[int, str], win: list[str]) -> list[str]:
    tested = [rows[i] for i in index]
    final, _ = _decide(tested, [acts[i] for i in index], [0.0] * len(index), win, 1.0, False)
    return ["question" if r.question else a for r, a in zip(tested, final, strict=True)]


def figures(gold: list[str], given: list[str]) -> tuple[float, float, dict[str, tuple[float, float, float, int]]]:
    per = {}
    for a in ACTS:
        tp = sum(g == p == a for g, p in zip(gold, given, strict=True))
        p = tp / given.count(a) if given.count(a) else 0.0
        r = tp / gold.count(a) if gold.count(a) else 0.0
        per[a] = (p, r, 2 * p * r / (p + r) if p + r else 0.0, gold.count(a))
    present = [a for a in ACTS if a != "assert" and gold.count(a)]
    acc = float(np.mean([g == p for g, p in zip(gold, given, strict=True)]))
    return acc, sum(per[a][2] for a in present) / len(present), per


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--cache", type=Path, required=True)
    parser.add_argument("--splits", type=int, default=1, choices=range(1, len(SALTS) + 1))
    parser.add_argument("--learner", default="lr")
    parser.add_argument("--c", type=float, default=0.1)
    parser.add_argument("--gold-spans", action="store_true")
    args = parser.parse_args()
    from act_errors import rows_from

    cached = pickle.loads(args.cache.read_bytes())
    rows = rows_from(cached)
    win = list(json.loads(shipped_path("act_model.json").read_text(encoding="utf-8"))["act"]["rules_win"])
    index = [i for i, r in enumerate(rows) if r.rule_act is not None]
    gold = [rows[i].act for i in index]
    groups = {i: agreement(cached[i]) for i in index}
    variants = [("system spans", rows)]
    if args.gold_spans:
        variants.append(("labelled spans", gold_span_rows(cached, rows)))
    for title, variant in variants:
        confusion: Counter[tuple[str, str]] = Counter()
        right: Counter[str] = Counter()
        seen: Counter[str] = Counter()
        total_acc = total_macro = 0.0
        per_sum: dict[str, list[float]] = {a: [0.0, 0.0, 0.0] for a in ACTS}
        for salt in SALTS[:args.splits]:
            acts, _ = out_of_fold(variant, salt, learner(args.learner, args.c))
            given = decided(variant, index, acts, win)
            acc, macro, per = figures(gold, given)
            total_acc += acc / args.splits
            total_macro += macro / args.splits
            for a in ACTS:
                for k in range(3):
                    per_sum[a][k] += per[a][k] / args.splits
            for i, g, p in zip(index, gold, given, strict=True):
                confusion[g, p] += 1
                for key in groups[i]:
                    seen[key] += 1
                    right[key] += g == p
        print(f"== {title}: {len(index)} found, {args.splits} split(s), {args.learner} C {args.c}: "
              f"act accuracy {total_acc:.4f}, non-assert macro-F1 {total_macro:.4f}")
        print("per act (P / R / F1, n): " + "; ".join(
            f"{a} {per_sum[a][0]:.2f}/{per_sum[a][1]:.2f}/{per_sum[a][2]:.2f} ({gold.count(a)})" for a in ACTS))
        short = [a[:6] for a in ACTS]
        print("confusion (rows gold, columns given; summed over splits)\n" + " " * 10 + " ".join(
            f"{s:>6}" for s in short))
        for g in ACTS:
            print(f"{g[:9]:>9} " + " ".join(f"{confusion[g, p]:>6}" for p in ACTS))
        print("accuracy by agreement with the labelled statement (statements, accuracy):")
        for key in sorted(seen, key=lambda k: -seen[k]):
            print(f"  {key:<22} {seen[key] // args.splits:>5}  {right[key] / seen[key]:.3f}")


if __name__ == "__main__":
    main()
