"""What a refit of the act model would say on the example article, beside the shipped model, and which features
tip one statement between two acts (train labels only: the rows come from ``scripts/act_errors.py``'s cache of the
labelled PolNeAR *train* statements; never dev).

The refit is the shipped recipe (multinomial logistic regression, C 0.1, features seen at least twice) on every
cached row, with the features of this tree's ``extract.acts.features``. For each statement of the example: the
rules' act (what ``classify`` starts from), the refit's three likeliest acts and the shipped model's two. For the
statements whose content starts with ``--explain``: each feature's weight toward ``--toward`` minus ``--against``.

    PYTHONPATH=src python scripts/act_refit_check.py --cache /tmp/acts17-rows.pickle \
        --explain "he would be discussing" --toward commit --against assert
"""

from __future__ import annotations

import argparse
import pickle
import sys
from pathlib import Path


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--cache", type=Path, default=Path("/tmp/onrecord-act-rows.pickle"))
    parser.add_argument("--article", type=Path, default=Path("examples/peace-talks.txt"))
    parser.add_argument("--explain", default="he would be discussing")
    parser.add_argument("--toward", default="commit")
    parser.add_argument("--against", default="assert")
    parser.add_argument("--c", type=float, default=0.1)
    args = parser.parse_args()
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from act_errors import rows_from
    from sklearn.linear_model import LogisticRegression

    from onrecord import extract
    from onrecord.extract import acts
    from onrecord.pipeline import parsed_texts
    from onrecord.settings import Settings
    from onrecord.training.learn import _matrix, _vocab, act_feature

    rows = rows_from(pickle.loads(args.cache.read_bytes()))
    vectorizer, x = _matrix(rows, _vocab(rows, act_feature))
    model = LogisticRegression(C=args.c, max_iter=3000).fit(x, [r.act for r in rows])
    classes = [str(k) for k in model.classes_]
    column = {str(n): j for j, n in enumerate(vectorizer.get_feature_names_out())}
    text = args.article.read_text(encoding="utf-8")
    settings = Settings(learned_acts=False)
    article = extract(text, settings=settings)
    parsed = next(iter(parsed_texts([(text, None)], settings)))[0]
    shipped = acts.shipped_model()
    for stmt in article.statements:
        piece = parsed.piece_at(stmt.content.start)
        feats = acts.features(stmt, piece.doc, piece.offset)
        probs = model.predict_proba(vectorizer.transform([{f: 1.0 for f in feats}]))[0]
        refit = sorted(zip(classes, probs, strict=True), key=lambda t: -t[1])[:3]
        kept = sorted(acts.act_probabilities(feats, shipped).items(), key=lambda t: -t[1])[:2] if shipped else []
        print(f"{stmt.act:>16} | {stmt.content.text[:60]:60} | refit "
              f"{' '.join(f'{a} {p:.2f}' for a, p in refit)} | shipped {' '.join(f'{a} {p:.2f}' for a, p in kept)}")
        if stmt.content.text.startswith(args.explain):
            a, b = classes.index(args.toward), classes.index(args.against)
            tip = [(f, model.coef_[a, column[f]] - model.coef_[b, column[f]]) for f in set(feats) if f in column]
            for f, w in sorted(tip, key=lambda t: -abs(t[1]))[:25]:
                print(f"    {f:40} {w:+.3f}")
            print(f"    {'(bias)':40} {model.intercept_[a] - model.intercept_[b]:+.3f}")


if __name__ == "__main__":
    main()
