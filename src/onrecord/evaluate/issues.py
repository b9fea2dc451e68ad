"""Issue tagging and stance scored on the labelled statements, and the matcher's few weights fitted.

Scoring is over (statement, issue) pairs of the system statements paired with labelled ones
(``labels.pairs``, content overlap >= 0.5): precision, recall and F1 of the issue ids, and stance
accuracy on the pairs tagged correctly. Only what carries over to another taxonomy is fitted, on
``train``: the weight of a term hit against word overlap, the threshold and the most issues a
statement gets (``fit``). Transfer: the same fit on the train statements of half the issues (a
taxonomy of that half alone, its own IDF), scored on the other half's dev labels with a taxonomy of
that half alone, so the model never saw an issue it is scored on.

    python -m onrecord.evaluate.issues fit ../shared/data/polnear eval/labels/polnear-statements.jsonl \\
        ../shared/data/taxonomies/us-2016.yaml      # writes src/onrecord/extract/issue_model.json
"""

from __future__ import annotations

import itertools
import json
import sys
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from onrecord.evaluate.labels import pairs, read_labels
from onrecord.extract.issues import MODEL_FILE, Match, MatchModel, Taxonomy, load_taxonomy, match, stance
from onrecord.model import Statement
from onrecord.settings import Settings


@dataclass(slots=True)
class Labelled:
    """A system statement paired with a labelled one: what the labels say its issues and stances are."""

    statement: Statement
    gold: dict[str, str]  # issue id -> stance


def labelled_statements(root: Path, labels_file: Path, split: str, settings: Settings | None = None
                        ) -> tuple[list[Labelled], int]:
    """The split's paired statements, and how many labelled statements there were in all."""
    settings = replace(settings or Settings.from_env(), issues="")
    labels = read_labels(labels_file, split)
    out = [Labelled(p.statement, dict(p.labelled.issues)) for p in pairs(root, labels, settings)]
    return out, sum(len(rows) for rows in labels.values())


@dataclass(slots=True)
class IssueScores:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    stance_right: int = 0
    per_stance: dict[str, list[int]] = field(default_factory=dict)  # gold stance -> [right, total]

    @property
    def f1(self) -> float:
        return _f1(self.tp, self.fp, self.fn)

    def to_dict(self) -> dict[str, Any]:
        p = self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0
        r = self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0
        return {"tp": self.tp, "fp": self.fp, "fn": self.fn, "precision": round(p, 3), "recall": round(r, 3),
                "f1": round(self.f1, 3),
                "stance_accuracy": round(self.stance_right / self.tp, 3) if self.tp else 0.0,
                "stance_by_gold": {k: {"right": v[0], "of": v[1]} for k, v in sorted(self.per_stance.items())}}


def _f1(tp: int, fp: int, fn: int) -> float:
    return 2 * tp / (2 * tp + fp + fn) if tp else 0.0


def score(rows: Sequence[Labelled], taxonomy: Taxonomy, model: MatchModel,
          only: frozenset[str] | None = None) -> IssueScores:
    """Issue P/R/F1 and stance accuracy; ``only``: the issues scored (the others' labels are ignored)."""
    out = IssueScores()
    for row in rows:
        found = {m.issue.id: m for m in match(row.statement.content.text, row.statement.content.start,
                                                taxonomy, model)}
        gold = {k: v for k, v in row.gold.items() if only is None or k in only}
        out.tp += len(found.keys() & gold.keys())
        out.fp += len(found.keys() - gold.keys())
        out.fn += len(gold.keys() - found.keys())
        for ident in found.keys() & gold.keys():
            right = stance(row.statement, found[ident]) == gold[ident]
            out.stance_right += right
            tally = out.per_stance.setdefault(gold[ident], [0, 0])
            tally[0] += right
            tally[1] += 1
    return out


def fit(rows: Sequence[Labelled], taxonomy: Taxonomy) -> MatchModel:
    """The term weight, length exponent, threshold and issue cap with the best issue F1 on ``rows``
    (a grid over four numbers)."""
    # Features once per statement; the grid only re-weighs them.
    feats: list[tuple[list[Match], set[str]]] = []
    from onrecord.extract.issues import features

    for row in rows:
        feats.append((features(row.statement.content.text, row.statement.content.start, taxonomy),
                      set(row.gold) & set(taxonomy.ids())))
    best, best_f1 = MatchModel(), -1.0
    thresholds = [round(0.05 * k, 2) for k in range(2, 31)]
    grid = itertools.product((0.0, 0.25, 0.5, 1.0), (0.0, 0.25, 0.5, 0.75), (1, 2, 3))
    for term_weight, exponent, cap in grid:
        for threshold in thresholds:
            model = MatchModel(term_weight=term_weight, threshold=threshold, length_exponent=exponent,
                               max_issues=cap)
            tp = fp = fn = 0
            for found, gold in feats:
                scored = sorted(((m.score(model), m.issue.id) for m in found), reverse=True)
                kept = {i for s, i in scored[:cap] if s >= threshold}
                tp += len(kept & gold)
                fp += len(kept - gold)
                fn += len(gold - kept)
            f1 = _f1(tp, fp, fn)
            if f1 > best_f1:
                best, best_f1 = model, f1
    return best


def halves(taxonomy: Taxonomy) -> tuple[Taxonomy, Taxonomy]:
    """Alternate issues (file order) in two taxonomies: each has the other's kind of issue, none the same."""
    first = Taxonomy(f"{taxonomy.name}-a", taxonomy.issues[0::2], taxonomy.source)
    second = Taxonomy(f"{taxonomy.name}-b", taxonomy.issues[1::2], taxonomy.source)
    return first, second


def transfer(train: Sequence[Labelled], dev: Sequence[Labelled], taxonomy: Taxonomy) -> dict[str, Any]:
    """Fit on one half's train labels, score the other half's dev labels; both ways. Beside each, the
    same half scored with a model fitted on that half itself (``seen_f1``): what not seeing it costs."""
    a, b = halves(taxonomy)
    out: dict[str, Any] = {}
    for seen, unseen in ((a, b), (b, a)):
        model = fit(train, seen)
        only = frozenset(unseen.ids())
        scores = score(dev, unseen, model, only)
        seen_f1 = round(score(dev, unseen, fit(train, unseen), only).f1, 3)
        out[f"fit on {seen.name}, scored on {unseen.name}"] = {
            "issues": unseen.ids(), "model": model.to_dict(), "seen_f1": seen_f1, **scores.to_dict()}
    return out


def report(root: Path, labels_file: Path, taxonomy_file: Path, settings: Settings | None = None) -> dict[str, Any]:
    """Dev scores with the shipped model, and the transfer figures (``onrecord eval ... --issues``)."""
    from onrecord.extract.issues import shipped_model

    taxonomy = load_taxonomy(taxonomy_file)
    train, _ = labelled_statements(root, labels_file, "train", settings)
    dev, labelled = labelled_statements(root, labels_file, "dev", settings)
    model = shipped_model()
    return {"taxonomy": taxonomy.name, "dev_labelled": labelled, "dev_matched": len(dev),
            "model": model.to_dict(), "dev": score(dev, taxonomy, model).to_dict(),
            "transfer": transfer(train, dev, taxonomy)}


def format_report(result: dict[str, Any]) -> str:
    d = result["dev"]
    lines = [f"issues ({result['taxonomy']}) on dev labels: {result['dev_matched']} of {result['dev_labelled']} "
             f"labelled statements matched (overlap >= 0.5)",
             f"  issue P {d['precision']:.3f}  R {d['recall']:.3f}  F1 {d['f1']:.3f}  "
             f"(tp {d['tp']}, fp {d['fp']}, fn {d['fn']})   stance accuracy {d['stance_accuracy']:.3f} "
             f"on {d['tp']} correctly tagged",
             "  stance by gold: " + ", ".join(f"{k} {v['right']}/{v['of']}" for k, v in d["stance_by_gold"].items()),
             "  transfer (fit on train statements of half the issues, scored on the other half's dev labels):"]
    for name, t in result["transfer"].items():
        lines.append(f"    {name}: issue P {t['precision']:.3f}  R {t['recall']:.3f}  F1 {t['f1']:.3f}  "
                     f"stance accuracy {t['stance_accuracy']:.3f} (tp {t['tp']}); "
                     f"fitted on its own train labels F1 {t['seen_f1']:.3f}")
    return "\n".join(lines)


def main(argv: Sequence[str]) -> int:
    if len(argv) != 4 or argv[0] != "fit":
        print("usage: python -m onrecord.evaluate.issues fit POLNEAR_ROOT LABELS TAXONOMY", file=sys.stderr)
        return 2
    root, labels_file, taxonomy_file = (Path(a) for a in argv[1:])
    train, _ = labelled_statements(root, labels_file, "train")
    model = fit(train, load_taxonomy(taxonomy_file))
    target = Path(__file__).parent.parent / "extract" / MODEL_FILE
    target.write_text(json.dumps(model.to_dict(), indent=2) + "\n", encoding="utf-8")
    print(f"wrote {target}: {model.to_dict()}")
    return 0


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main(sys.argv[1:]))
