"""The same pair features, another learner in place of the logistic regression (LEARNER=poly2|gbm|scaled):
out of fold, whole, a->b, b->a, thresholds chosen as fit does."""

import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", "issues17"))
import h2
import harness as H
from sklearn.ensemble import HistGradientBoostingClassifier
from sklearn.linear_model import LogisticRegression
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import PolynomialFeatures, StandardScaler

KIND = os.environ.get("LEARNER", "poly2")


def learner(C=1.0, max_iter=2000):
    if KIND == "poly2":
        return make_pipeline(
            StandardScaler(),
            PolynomialFeatures(2, interaction_only=True),
            LogisticRegression(C=C * 0.1, max_iter=max_iter),
        )
    if KIND == "scaled":
        return make_pipeline(StandardScaler(), LogisticRegression(C=C, max_iter=max_iter))
    return HistGradientBoostingClassifier(
        max_iter=100, learning_rate=0.1, max_leaf_nodes=8, min_samples_leaf=40, l2_regularization=C
    )


H.LogisticRegression = learner
if KIND == "gbm":
    H.E.C_GRID = (1.0,)
rows, taxes, ms = h2.load()
h2.run(rows, taxes, ms, label=KIND)
