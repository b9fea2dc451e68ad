"""Out of fold on the PolNeAR train labels: how often a (statement, issue, stance) the system gives is right, by
the scores and marks a store keeps (docs/CORPUS.md, "Positions a user can trust"). Train labels only, never dev.

Each labelled train statement the system finds (paired as ``learn stance-cv`` pairs them, with out-of-fold acts)
is tagged, in each of five folds by article, by a matcher and a stance model fitted on the other folds. A tag is
right when its issue is one of the labelled ones ("issue P") and its stance is the labelled one ("triple right").

    PYTHONPATH=src python bench/trusted_evidence.py ../shared/data/polnear      # about 15 min on 2 busy cores
"""

from __future__ import annotations

import argparse
import json
import math
from collections.abc import Callable
from pathlib import Path
from typing import Any

import numpy as np

from onrecord.evaluate.issues import FOLDS, Labelled, _context, _fit_stance_on, _reached, _stance_pairs, fit, fold_of
from onrecord.evaluate.labels import pairs, read_labels, without_learned_acts
from onrecord.extract.acts import shipped_model
from onrecord.extract.issues import load_taxonomy, match, reaches_model, stance, stance_features
from onrecord.extract.reported import reported_owner
from onrecord.settings import Settings
from onrecord.store.positions import TRUSTED_ACTS
from onrecord.training.learn import LABELS_FILE, TAXONOMY_FILE, act_rows, out_of_fold_acts

OPPOSITE = {"support": "oppose", "oppose": "support"}


def tags(root: Path) -> list[dict[str, Any]]:
    settings = Settings.from_env()
    found = list(pairs(root, read_labels(LABELS_FILE, "train"), without_learned_acts(settings)))
    rows = [Labelled(p.statement, dict(p.labelled.issues), p.parsed.text, p.labelled.article, p.labelled.annotator)
            for p in found]
    # Whose position the content reports (``extract/reported.py``), read from the parse the pairs were found in.
    pieces = [p.parsed.piece_at(p.statement.content.start) for p in found]
    owners = {id(p.statement): reported_owner(p.statement, piece.doc, piece.offset)
              for p, piece in zip(found, pieces, strict=True)}
    # "X's plan" (the owner's name before a possessive) or "X wants ..." (a clause that states X's position)
    reported = {key: None if o is None else ("owned" if p.parsed.text[o[1]:o[1] + 2] in ("'s", "’s") else "clause")
                for p in found for key, o in [(id(p.statement), owners[id(p.statement)])]}
    model = shipped_model()
    if model is not None and settings.learned_acts:
        for row, (act, hedged) in zip(rows, out_of_fold_acts(act_rows(root, LABELS_FILE, settings), model),
                                      strict=True):
            row.statement.act, row.statement.hedged = act, hedged  # type: ignore[assignment]
    taxonomy = load_taxonomy(TAXONOMY_FILE)
    out: list[dict[str, Any]] = []
    for k in range(FOLDS):
        train = [r for r in rows if fold_of(r) != k]
        matcher = fit(train, taxonomy)
        data = _stance_pairs(train, taxonomy)
        values = [stance_features(r.statement, m) for r, m, _ in data]
        stance_model = _fit_stance_on(values, np.array([g for _, _, g in data]), _reached(data), 0.3)
        contexts: dict[str, Any] = {}
        for r in (r for r in rows if fold_of(r) == k):
            st = r.statement
            for m in match(st.content.text, st.content.start, taxonomy, matcher, _context(r, taxonomy, contexts)):
                probability = None
                if reaches_model(st, m):
                    v = stance_features(st, m)
                    scores = [stance_model.bias[c] + sum(w * v.get(n, 0.0) for n, w in ws.items())
                              for c, ws in stance_model.weights.items()]
                    top = max(scores)
                    probability = 1 / sum(math.exp(s - top) for s in scores)
                out.append({"issue_ok": m.issue.id in r.gold, "gold": r.gold.get(m.issue.id),
                            "pred": stance(st, m, stance_model), "p_issue": m.score(matcher), "stance_p": probability,
                            "act": st.act, "kind": st.kind, "resolution": st.resolution,
                            "reported": reported[id(st)], "issue": m.issue.id, "content": st.content.text[:200],
                            "speaker": st.actor.name if st.actor else None})
    return out


def table(rows: list[dict[str, Any]]) -> None:
    voting = [r for r in rows if r["pred"] in ("support", "oppose", "open")]

    def line(name: str, keep: Callable[[dict[str, Any]], bool]) -> None:
        chosen = [r for r in voting if keep(r)]
        n, tagged = len(chosen), [r for r in chosen if r["issue_ok"]]
        right = sum(r["gold"] == r["pred"] for r in tagged)
        opposite = sum(r["gold"] == OPPOSITE.get(r["pred"]) for r in tagged)
        print(f"| {name} | {n} ({n / len(voting):.0%}) | {len(tagged) / max(1, n):.2f} | "
              f"{right / max(1, len(tagged)):.2f} | {opposite / max(1, len(tagged)):.2f} | {right / max(1, n):.2f} |")

    print("| slice | voting tags | issue P | stance right (issue right) | opposite side | triple right |")
    print("|---|---|---|---|---|---|")
    line("every voting tag", lambda r: True)
    line("act: plain assert", lambda r: r["act"] == "assert")
    line("act: side-taking", lambda r: r["act"] in TRUSTED_ACTS)
    for resolution in ("named", "pronoun", "description"):
        line(f"speaker: {resolution}", lambda r, x=resolution: r["resolution"] == x)  # type: ignore[misc]
    for kind in ("direct", "indirect"):
        line(kind, lambda r, x=kind: r["kind"] == x)  # type: ignore[misc]
    for t in (0.5, 0.7, 0.9):
        line(f"issue score >= {t}", lambda r, x=t: r["p_issue"] >= x)  # type: ignore[misc]
    line("stance by a rule", lambda r: r["stance_p"] is None)
    for t in (0.6, 0.8):
        line(f"stance model p >= {t}", lambda r, x=t: r["stance_p"] is not None and r["stance_p"] >= x)  # type: ignore[misc]
    for t in (0.5, 0.7, 0.8):
        line(f"trusted: side-taking act, named, score >= {t}", lambda r, x=t: r["act"] in TRUSTED_ACTS
             and r["resolution"] == "named" and r["p_issue"] >= x)  # type: ignore[misc]
    # Someone else's position reported ("Hillary wants to ...", "Clinton's plan would ..."): docs/CORPUS.md.
    line("content reports another's position", lambda r: r["reported"])
    line("the same, a clause (X wants ...)", lambda r: r["reported"] == "clause")
    line("the same, a possessive (X's plan)", lambda r: r["reported"] == "owned")
    line("the same, side-taking act", lambda r: r["reported"] and r["act"] in TRUSTED_ACTS)
    line("the same, any other act", lambda r: r["reported"] and r["act"] not in TRUSTED_ACTS)
    line("trusted (score >= 0.5), another's position reported", lambda r: r["reported"] and r["act"] in TRUSTED_ACTS
         and r["resolution"] == "named" and r["p_issue"] >= 0.5)
    line("trusted (score >= 0.5), none reported", lambda r: not r["reported"] and r["act"] in TRUSTED_ACTS
         and r["resolution"] == "named" and r["p_issue"] >= 0.5)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("polnear", type=Path, help="the PolNeAR folder (train/ inside it; dev is never read)")
    parser.add_argument("--dump", type=Path, help="also write every tag (JSON lines) here, to read the slices")
    args = parser.parse_args()
    rows = tags(args.polnear)
    table(rows)
    if args.dump:
        args.dump.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")


if __name__ == "__main__":
    main()
