"""Learn a cue lexicon from annotated text (PolNeAR *train* only).

The model is small and readable: for each verb lemma, how often it heads an
annotated cue among all its occurrences, and which dependency links it to the
annotated content. It ships as ``cue_lexicon.json`` (statistics, no text).

    python -m onrecord.training.learn lexicon ../shared/data/polnear/train
    python -m onrecord.training.learn confidence ../shared/data/polnear/train
    python -m onrecord.training.learn acts ../shared/data/polnear/train   # eval/labels/polnear-statements.jsonl
    python -m onrecord.training.learn stance ../shared/data/polnear/train --c 0.3  # --issues: us-2016.yaml
    python -m onrecord.training.learn stance-cv ../shared/data/polnear/train  # out of fold, writes nothing
"""

from __future__ import annotations

import argparse
import json
import zlib
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from spacy.tokens import Doc, Token

from onrecord.evaluate.gold import GoldDocument, Ranges, read_brat_dir
from onrecord.extract.lexicon import LEXICON_FILE
from onrecord.nlp import ParsedText
from onrecord.settings import Settings

if TYPE_CHECKING:
    from onrecord.extract.acts import Construction

MIN_COUNT = 2


def content_link(cue: Token, content_root: Token) -> str | None:
    """How the content hangs off the cue: "dobj", "ccomp", "prep:about", ... or None."""
    if content_root.head == cue:
        return content_root.dep_
    head = content_root.head
    if head.head == cue and head.dep_ == "prep" and content_root.dep_ in ("pobj", "pcomp"):
        return f"prep:{head.lower_}"
    return None


def _root_in(doc: Doc, ranges: Iterable[tuple[int, int]]) -> Token | None:
    span_tokens = [t for a, b in ranges for t in doc if a <= t.idx < b and not t.is_punct]
    inside = {t.i for t in span_tokens}
    roots = [t for t in span_tokens if t.head.i not in inside or t.head == t]
    return roots[0] if roots else None


def _cue_head(doc: Doc, ranges: Iterable[tuple[int, int]]) -> Token | None:
    verbs = [t for a, b in ranges for t in doc if a <= t.idx < b and t.pos_ in ("VERB", "AUX")]
    if not verbs:
        return None
    inside = {t.i for t in verbs}
    tops = [t for t in verbs if t.head.i not in inside or t.head == t]
    return tops[-1] if tops else verbs[-1]


def _in_piece(parsed: ParsedText, ranges: Ranges) -> tuple[Doc, Ranges]:
    """The parsed piece holding the first of ``ranges``, and the ranges as offsets into that piece."""
    piece = parsed.piece_at(ranges[0][0]) if ranges else parsed.pieces[0]
    return piece.doc, tuple((a - piece.offset, b - piece.offset) for a, b in ranges)


def train(docs: Iterable[GoldDocument], settings: Settings) -> dict[str, Any]:
    from onrecord.pipeline import parsed_texts

    total: Counter[str] = Counter()
    cue: Counter[str] = Counter()
    links: dict[str, Counter[str]] = defaultdict(Counter)
    sources: Counter[str] = Counter()
    for parsed, _, gold in parsed_texts(((gold.text, gold) for gold in docs), settings):
        # A text with two annotators counts its verbs twice, as its cues: the rate stays fair.
        for piece in parsed.pieces:
            for t in piece.doc:
                if t.pos_ == "VERB":
                    total[t.lemma_.lower()] += 1
        for st in gold.statements:
            source = _root_in(*_in_piece(parsed, st.speaker)) if st.speaker else None
            if source is not None and source.pos_ == "NOUN":
                sources[source.lemma_.lower()] += 1
            head = _cue_head(*_in_piece(parsed, st.cue)) if st.cue else None
            if head is None:
                continue
            lemma = head.lemma_.lower()
            cue[lemma] += 1
            root = _root_in(*_in_piece(parsed, st.content))
            if root is not None:
                link = content_link(head, root)
                if link:
                    links[lemma][link] += 1
    lexicon = {
        lemma: {
            "p": round(min(1.0, cue[lemma] / total[lemma]), 3),
            "n": cue[lemma],
            "links": [k for k, _ in links[lemma].most_common(3)],
        }
        for lemma in cue
        if cue[lemma] >= MIN_COUNT and total[lemma]
    }
    source_nouns = sorted(lemma for lemma, n in sources.items() if n >= MIN_COUNT)
    return {"source": "PolNeAR v1.0.0 train split (counts only)", "min_count": MIN_COUNT, "lemmas": lexicon,
            "source_nouns": source_nouns}


def labelled_candidates(docs: list[GoldDocument], settings: Settings) -> list[tuple[list[str], int, int]]:
    """(features, label, document index) for every candidate the rules produce on ``docs``.

    A candidate is positive when it is matched one-to-one at overlap >= 0.5. A run-on quotation's parts
    are no rows of their own (they take the confidence of the statement they continue) but count toward
    its content, as PolNeAR annotates one content in parts (``evaluate.score.RUN_ONS``).
    """
    from onrecord.evaluate.score import hits, match_pairs, overlap_parts
    from onrecord.extract.confidence import features
    from onrecord.pipeline import parsed_texts, rule_candidates

    rows: list[tuple[list[str], int, int]] = []
    for parsed, quotations, gold in parsed_texts(((gold.text, gold) for gold in docs), settings):
        found = rule_candidates(parsed, quotations, settings)
        present = {id(c) for c in found}
        parts = {id(c): [c.content] for c in found if c.continues is None or id(c.continues) not in present}
        for c in found:
            if id(c) not in parts:
                parts[id(c.continues)].append(c.content)
        cands = [c for c in found if id(c) in parts]
        pairs = [(overlap_parts(g.content, tuple(parts[id(c)])), gi, ci)
                 for gi, g in enumerate(gold.statements) for ci, c in enumerate(cands)
                 if any(hits(g.content, *p) for p in parts[id(c)])]
        positive = set(match_pairs(pairs, 0.5).values())
        fold = zlib.crc32(gold.text.encode("utf-8"))  # one text, one fold, whoever annotated it
        rows.extend((features(c, gold.text), int(ci in positive), fold) for ci, c in enumerate(cands))
    return rows


def fit_logistic(rows: list[tuple[list[str], int, int]], l2: float = 1.0, steps: int = 400) -> dict[str, Any]:
    """L2-regularised logistic regression by full-batch gradient descent (numpy only)."""
    import numpy as np

    vocab = sorted({f for feats, _, _ in rows for f in feats})
    index = {f: i for i, f in enumerate(vocab)}
    x = np.zeros((len(rows), len(vocab)))
    for r, (feats, _, _) in enumerate(rows):
        for f in feats:
            x[r, index[f]] = 1.0
    y = np.array([label for _, label, _ in rows], dtype=float)
    w = np.zeros(len(vocab))
    b = 0.0
    lr = 2.0
    for _ in range(steps):
        p = 1.0 / (1.0 + np.exp(-(x @ w + b)))
        w -= lr * (x.T @ (p - y) / len(y) + l2 * w / len(y))
        b -= lr * float(np.mean(p - y))
    return {"bias": b, "weights": {f: round(float(w[i]), 4) for i, f in enumerate(vocab) if abs(w[i]) > 1e-4}}


def best_threshold(rows: list[tuple[list[str], int, int]], probs: list[float], n_gold: int) -> tuple[float, float]:
    """The cut-off that maximises F1 (from candidate labels; gold count fixed)."""
    best = (0.0, 0.0)
    for t in [i / 100 for i in range(5, 80)]:
        kept = [label for (_, label, _), p in zip(rows, probs, strict=True) if p >= t]
        tp = sum(kept)
        if not kept or not tp:
            continue
        precision, recall = tp / len(kept), tp / n_gold
        f1 = 2 * precision * recall / (precision + recall)
        if f1 > best[1]:
            best = (t, f1)
    return best


def train_confidence(docs: list[GoldDocument], settings: Settings) -> dict[str, Any]:
    """Fit on half the documents, choose the threshold on the other half, then refit on all."""
    from onrecord.extract.confidence import probability

    rows = labelled_candidates(docs, settings)
    fold_a = [r for r in rows if r[2] % 2 == 0]
    fold_b = [r for r in rows if r[2] % 2 == 1]
    gold_b = sum(len(d.statements) for d in docs if zlib.crc32(d.text.encode("utf-8")) % 2 == 1)
    half = fit_logistic(fold_a)
    threshold, f1 = best_threshold(fold_b, [probability(f, half) for f, _, _ in fold_b], gold_b)
    model = fit_logistic(rows)
    model.update({"threshold": threshold, "heldout_half_f1": round(f1, 4), "candidates": len(rows),
                  "source": "PolNeAR v1.0.0 train split (feature weights only)"})
    return model


LABELS_FILE = Path(__file__).resolve().parents[3] / "eval" / "labels" / "polnear-statements.jsonl"
TAXONOMY_FILE = Path(__file__).resolve().parents[4] / "shared" / "data" / "taxonomies" / "us-2016.yaml"
MIN_FEATURE_COUNT = 2  # a feature seen once in training is noise in a model this size
C_GRID = (0.1, 0.3, 1.0)
# The hedge model reads only the features about softening (acts.HEDGE_FEATURES): with every word of the
# content among its features it fitted topics, not hedges (cross-validated F1 0.53 against 0.59 with the
# subset, 2026-11-26). Its C was chosen on the same folds.
HEDGE_C = 0.3


def hedge_feature(name: str) -> bool:
    """Whether the hedge model reads ``name``: its own names of the hedge features (``acts.HEDGE_ONLY``) and the
    speaker's, cue's and rules' features about softening (``acts.HEDGE_MODEL_FEATURES``)."""
    from onrecord.extract.acts import HEDGE_MODEL_FEATURES

    return name.startswith(HEDGE_MODEL_FEATURES)


def act_feature(name: str) -> bool:
    """Whether the act model reads ``name``: every feature but the hedge model's own names (``acts.HEDGE_ONLY``)."""
    from onrecord.extract.acts import HEDGE_ONLY

    return not name.startswith(HEDGE_ONLY)


@dataclass(frozen=True, slots=True)
class PlattModel:
    """A linear scorer and its Platt sigmoid folded into one linear model: ``coef_`` and ``intercept_`` give the
    calibrated log-odds, as a logistic regression's do, so ``extract.acts`` reads it as it reads one."""

    coef_: Any
    intercept_: Any

    def predict_proba(self, x: Any) -> Any:
        import numpy as np

        z = np.asarray(x @ self.coef_[0]).ravel() + self.intercept_[0]
        p = 1.0 / (1.0 + np.exp(-np.clip(z, -50.0, 50.0)))
        return np.column_stack([1.0 - p, p])


def fit_hedge_svc(x: Any, y: list[bool], articles: list[str], c: float, folds: int = 5) -> PlattModel:
    """A class-balanced linear SVM for the hedge, calibrated by Platt scaling on its own out-of-fold scores
    (folds by article, as everywhere here), both folded into one linear model (``PlattModel``)."""
    import numpy as np
    from sklearn.linear_model import LogisticRegression
    from sklearn.svm import LinearSVC

    def svm() -> Any:
        return LinearSVC(C=c, class_weight="balanced", max_iter=20000, random_state=0)

    x = _int32(x)
    target = np.array(y, dtype=bool)
    fold = np.array([zlib.crc32(("platt/" + a).encode("utf-8")) % folds for a in articles])
    scores = np.zeros(len(target))
    for k in sorted(set(fold.tolist())):  # a fold with no article (a small set) is none
        if len(set(target[fold != k].tolist())) == 2:
            scores[fold == k] = svm().fit(x[fold != k], target[fold != k]).decision_function(x[fold == k])
    platt = LogisticRegression(C=1e6, max_iter=3000).fit(scores.reshape(-1, 1), target)
    a, b = float(platt.coef_[0][0]), float(platt.intercept_[0])
    final = svm().fit(x, target)
    return PlattModel(final.coef_ * a, final.intercept_ * a + b)


HEDGE_CUTS = tuple(round(0.2 + 0.05 * k, 2) for k in range(13))


@dataclass(frozen=True, slots=True)
class ActRow:
    """One labelled train statement: its features, its labels and, when the system found it, the rules' verdicts.

    ``rule_act`` is None for a labelled statement the system missed: its features come from the labelled
    spans, it adds training data, and it is never scored (the model is only ever asked about found ones).
    """

    features: list[str]
    act: str
    hedged: bool
    article: str
    rule_act: str | None
    rule_hedged: bool = False
    question: bool = False  # a found quotation that is one question: ``extract.acts.classify`` says "question"
    construction: Construction | None = None  # its construction (``extract.acts.construction``), if any


def act_rows(root: Path, labels_file: Path, settings: Settings, split: str = "train") -> list[ActRow]:
    """Every labelled train statement: found ones with the system's own spans, missed ones with the labelled."""
    from onrecord.evaluate.labels import labelled_and_found, labelled_statement, read_labels, without_learned_acts
    from onrecord.extract.acts import features, quoted_question

    rows = []
    for labelled, found, parsed in labelled_and_found(root, read_labels(labels_file, split),
                                                      without_learned_acts(settings)):
        stmt = found or labelled_statement(labelled, parsed.text)
        piece = parsed.piece_at(stmt.content.start)
        feats = features(stmt, piece.doc, piece.offset, rules=found is not None)
        rows.append(ActRow(feats, labelled.act, labelled.hedged, labelled.article,
                           found.act if found else None, found.hedged if found else False,
                           found is not None and quoted_question(found),
                           construction_act(stmt, piece.doc, piece.offset) if found else None))
    return rows


def construction_act(stmt: Any, doc: Doc, offset: int) -> Construction | None:
    """``stmt``'s construction where it decides an act (``extract.acts.construction``), else None."""
    from onrecord.extract.acts import construction

    found = construction(stmt, doc, offset)
    return found if found is not None and found.act is not None else None


def _matrix(rows: list[ActRow], vocab: list[str]) -> Any:
    from sklearn.feature_extraction import DictVectorizer

    vectorizer = DictVectorizer(sparse=True).fit([{f: 1.0 for f in vocab}])
    known = set(vocab)
    return vectorizer, vectorizer.transform([{f: 1.0 for f in r.features if f in known} for r in rows])


def _vocab(rows: list[ActRow], keep: Callable[[str], bool] = lambda f: True) -> list[str]:
    counts = Counter(f for r in rows for f in set(r.features))
    return sorted(f for f, n in counts.items() if n >= MIN_FEATURE_COUNT and keep(f))


@dataclass(frozen=True, slots=True)
class Learners:
    """The act and hedge learners (``learn acts --act-learner/--hedge-learner``): "lr", the multinomial and the
    class-balanced logistic regressions; "svc", a one-vs-rest linear SVM (acts16, acts17: better non-assert acts
    out of fold) and a class-balanced linear SVM calibrated by Platt scaling (``fit_hedge_svc``)."""

    act: str = "lr"
    hedge: str = "lr"
    hedge_c: float = HEDGE_C
    margin: float = 0.0  # the rules' act stays where the model's top two are this close and it is one of them



def gate(scores: Any, classes: Any, rule_act: str | None, margin: float) -> str:
    """``extract.acts.gate``: the act from one statement's act scores, the rules' kept where the model is unsure."""
    from onrecord.extract.acts import gate as act_gate

    return act_gate(scores, classes, rule_act, margin)


def _int32(x: Any) -> Any:
    """``x`` with 32-bit indices, which liblinear asks for (DictVectorizer gives 64-bit ones)."""
    import numpy as np

    x = x.tocsr()
    x.indices = x.indices.astype(np.int32)
    x.indptr = x.indptr.astype(np.int32)
    return x


def fit_act(x: Any, y: list[str], c: float, learner: str = "lr") -> Any:
    """The act model: its ``coef_`` (a row per class in ``classes_``) and ``intercept_`` are what ships."""
    from sklearn.linear_model import LogisticRegression
    from sklearn.svm import LinearSVC

    if learner == "svc":
        return LinearSVC(C=c, max_iter=20000, random_state=0).fit(_int32(x), y)
    return LogisticRegression(C=c, max_iter=3000).fit(x, y)


def fit_hedge(x: Any, y: list[bool], articles: list[str], learners: Learners) -> Any:
    """The hedge model (``predict_proba``, ``coef_``, ``intercept_``) by ``learners.hedge``."""
    from sklearn.linear_model import LogisticRegression

    if learners.hedge == "svc":
        return fit_hedge_svc(x, y, articles, learners.hedge_c)
    return LogisticRegression(C=learners.hedge_c, max_iter=3000, class_weight="balanced").fit(x, y)


def cross_validated(rows: list[ActRow], c: float, folds: int = 5, learners: Learners | None = None,
                    ) -> tuple[list[int], list[str], list[float]]:
    """Out-of-fold act predictions and hedge probabilities for the found rows (grouped by article);
    missed rows only ever train. ``learners``: which act and hedge learners (default: the logistic ones)."""
    import numpy as np

    chosen = learners or Learners()
    articles = sorted({r.article for r in rows})
    fold_of = {a: zlib.crc32(a.encode("utf-8")) % folds for a in articles}
    index: list[int] = []
    acts: list[str] = []
    hedge: list[float] = []
    for k in range(folds):
        train = [r for r in rows if fold_of[r.article] != k]
        test = [(i, r) for i, r in enumerate(rows) if fold_of[r.article] == k and r.rule_act is not None]
        vectorizer, x = _matrix(train, _vocab(train, act_feature))
        xt = vectorizer.transform([{f: 1.0 for f in r.features} for _, r in test])
        act_model = fit_act(x, [r.act for r in train], c, chosen.act)
        hedge_vectorizer, xh = _matrix(train, _vocab(train, hedge_feature))
        hedge_model = fit_hedge(xh, [r.hedged for r in train], [r.article for r in train], chosen)
        xht = hedge_vectorizer.transform([{f: 1.0 for f in r.features} for _, r in test])
        index.extend(i for i, _ in test)
        classes = [str(k) for k in act_model.classes_]
        decision = act_model.decision_function(_int32(xt))
        if decision.ndim == 1:  # two classes: one score, the second class's against the first's 0
            decision = np.column_stack([np.zeros_like(decision), decision])
        acts.extend(gate(row, classes, r.rule_act, chosen.margin)
                    for row, (_, r) in zip(decision.tolist(), test, strict=True))
        hedge.extend(float(p) for p in hedge_model.predict_proba(xht)[:, 1])
    return index, acts, hedge


def rules_that_win(rows: list[ActRow], predicted: list[str]) -> list[str]:
    """The rules' acts that were right more often than the model on the statements the rules gave them
    ("refused to rule out", "stressed": a decisive cue): the rules keep those, learned from train."""
    out = []
    for act in sorted({r.rule_act for r in rows if r.rule_act and r.rule_act != "assert"}):
        mine = [(r, p) for r, p in zip(rows, predicted, strict=True) if r.rule_act == act]
        if sum(r.act == act for r, _ in mine) > sum(r.act == p for r, p in mine):
            out.append(act)
    return out


def _decide(rows: list[ActRow], acts: list[str], hedge: list[float], win: list[str], cut: float,
            rule_hedges: bool) -> tuple[list[str], list[bool]]:
    from onrecord.extract.acts import explicit_rule_act

    final = [r.rule_act if r.rule_act in win or (r.rule_act and explicit_rule_act(r.rule_act, r.features)) else a
             for r, a in zip(rows, acts, strict=True)]
    # As ``extract.acts.mark_construction_acts`` does after the model: the act the construction decides.
    final = [r.construction.act if r.construction is not None and r.construction.act is not None
             and r.construction.decides(a) else a for r, a in zip(rows, final, strict=True)]
    hedged = [p >= cut or (rule_hedges and r.rule_hedged) for r, p in zip(rows, hedge, strict=True)]
    return [str(a) for a in final], hedged


@dataclass(frozen=True, slots=True)
class _Choice:
    """What cross-validation at one C gives: accuracy with and without the rules that win, the hedge cut."""

    c: float
    accuracy: float
    model_accuracy: float
    win: list[str]
    hedge_f1: float
    cut: float
    rule_hedges: bool


def decision_rules(tested: list[ActRow], acts: list[str], hedge: list[float], fixed_win: list[str] | None = None,
                   ) -> tuple[list[str], float, float, bool]:
    """Chosen on out-of-fold predictions: the rules that win over the model's act (unless ``fixed_win`` names
    them), and the hedge cut (with or without the rules' hedges) with the best hedged F1, returned with that F1."""
    import numpy as np

    win = rules_that_win(tested, acts) if fixed_win is None else sorted(fixed_win)
    gold_hedged = np.array([r.hedged for r in tested])
    hedge_f1, cut, rule_hedges = max(
        (_f1(gold_hedged, np.array(_decide(tested, acts, hedge, win, cut, rh)[1])), cut, rh)
        for cut in HEDGE_CUTS for rh in (False, True))
    return win, hedge_f1, cut, rule_hedges


def _choose(rows: list[ActRow], c: float, learners: Learners | None = None,
            fixed_win: list[str] | None = None) -> _Choice:
    """Out-of-fold predictions at ``c``; the rules that win (or ``fixed_win``), and the hedge cut (with or
    without the rules' hedges) with the best F1, chosen on them."""
    import numpy as np

    index, acts, hedge = cross_validated(rows, c, learners=learners)
    tested = [rows[i] for i in index]
    win, hedge_f1, cut, rule_hedges = decision_rules(tested, acts, hedge, fixed_win)
    final, _ = _decide(tested, acts, hedge, win, cut, rule_hedges)
    return _Choice(c, float(np.mean([r.act == a for r, a in zip(tested, final, strict=True)])),
                   float(np.mean([r.act == a for r, a in zip(tested, acts, strict=True)])), win, hedge_f1, cut,
                   rule_hedges)


def train_acts(rows: list[ActRow], c_grid: tuple[float, ...] = C_GRID, learners: Learners | None = None,
               fixed_win: list[str] | None = None) -> dict[str, Any]:
    """Act and hedge models (``learners``: logistic by default); C, the rules that keep their verdict (unless
    ``fixed_win`` names them) and the hedge cut chosen by 5-fold cross-validation over train articles, then
    refitted on all of train."""
    import numpy as np

    chosen = learners or Learners()
    found = [r for r in rows if r.rule_act is not None]
    best = max((_choose(rows, c, chosen, fixed_win) for c in c_grid), key=lambda choice: choice.accuracy)
    vectorizer, x = _matrix(rows, _vocab(rows, act_feature))
    final_act = fit_act(x, [r.act for r in rows], best.c, chosen.act)
    hedge_vectorizer, xh = _matrix(rows, _vocab(rows, hedge_feature))
    final_hedge = fit_hedge(xh, [r.hedged for r in rows], [r.article for r in rows], chosen)
    names = vectorizer.get_feature_names_out()
    hedge_names = hedge_vectorizer.get_feature_names_out()
    act_weights = {str(names[j]): [round(float(w), 4) for w in final_act.coef_[:, j]]
                   for j in range(len(names)) if np.abs(final_act.coef_[:, j]).max() > 0.01}
    hedge_weights = {str(hedge_names[j]): round(float(w), 4) for j, w in enumerate(final_hedge.coef_[0])
                     if abs(w) > 0.01}
    return {
        "source": "eval/labels/polnear-statements.jsonl, PolNeAR train articles only (weights, no text)",
        "statements": len(found), "training_rows": len(rows),
        "act": {"classes": [str(k) for k in final_act.classes_],
                "bias": [round(float(b), 4) for b in final_act.intercept_], "weights": act_weights, "C": best.c,
                "rules_win": best.win, "learner": chosen.act, "rules_margin": chosen.margin,
                "cv_accuracy": round(best.accuracy, 4),
                "cv_model_accuracy": round(best.model_accuracy, 4),
                "rules_accuracy": round(float(np.mean([r.rule_act == r.act for r in found])), 4)},
        "hedged": {"bias": round(float(final_hedge.intercept_[0]), 4), "weights": hedge_weights, "C": chosen.hedge_c,
                   "learner": chosen.hedge,
                   "threshold": best.cut, "rules_win": best.rule_hedges, "cv_f1": round(best.hedge_f1, 4)},
    }


def keep_act_model(model: dict[str, Any], shipped: dict[str, Any]) -> dict[str, Any]:
    """``model`` with the shipped act model in place of its own (``learn acts --keep-act``): the hedge model
    retrained, the act model's weights, C and rules left as they were. The act model is the one that a
    retraining moves on the example's boundary cases ("he would be discussing ..." -> commit) whatever the
    hedge features; the hedge model reads none of its output."""
    return {**model, "act": {**shipped["act"], "kept": True}}


def _f1(gold: Any, predicted: Any) -> float:
    tp = float((gold & predicted).sum())
    return 2 * tp / (float(gold.sum()) + float(predicted.sum())) if tp else 0.0


def out_of_fold_acts(rows: list[ActRow], model: dict[str, Any]) -> list[tuple[str, bool]]:
    """The act and hedge the shipped act model's settings (its C, the rules that win, the hedge cut) give
    each found row when fitted on the other folds' articles: what the model says of a statement it never
    saw, as on any user's article. In-sample acts would be the model's training labels nearly echoed back."""
    index, acts, hedge = cross_validated(rows, float(model["act"]["C"]), learners=shipped_learners(model))
    tested = [rows[i] for i in index]
    final, hedged = _decide(tested, acts, hedge, list(model["act"]["rules_win"]), float(model["hedged"]["threshold"]),
                            bool(model["hedged"]["rules_win"]))
    # As ``extract.acts.classify`` does before asking the model: a quoted question is a question.
    final = ["question" if r.question else a for r, a in zip(tested, final, strict=True)]
    by_row = dict(zip(index, zip(final, hedged, strict=True), strict=True))
    return [by_row[i] for i, r in enumerate(rows) if r.rule_act is not None]


def shipped_learners(model: dict[str, Any]) -> Learners:
    """The learners a shipped model was fitted with (a model from before they were named: the logistic ones)."""
    return Learners(str(model["act"].get("learner", "lr")), str(model["hedged"].get("learner", "lr")),
                    float(model["hedged"].get("C", HEDGE_C)), float(model["act"].get("rules_margin", 0.0)))


# What train figures' acts are: the shipped act model saw every train article, and its act would echo the label.
OUT_OF_FOLD_ACTS = "out of fold: act model fitted on the other folds' articles"


def out_of_fold_act_scores(root: Path, labels_file: Path, settings: Settings, split: str = "train") -> Any:
    """Act and hedge scores (``evaluate.labels.ActScores``) on a split the shipped act model was trained on:
    each found statement's act and hedge from the model's settings fitted on the other folds' articles
    (``out_of_fold_acts``), never from the shipped model, which saw the statement's own label. Without a
    shipped model, or with ``learned_acts`` off, the rules' verdicts (no model to echo its labels)."""
    from onrecord.evaluate.labels import ActScores
    from onrecord.extract.acts import shipped_model

    rows = act_rows(root, labels_file, settings, split)
    if not settings.construction_acts:  # ONRECORD_CONSTRUCTION_ACTS=0: the acts as the model and the rules give them
        rows = [replace(r, construction=None) for r in rows]
    found = [r for r in rows if r.rule_act is not None]
    model = shipped_model()
    given = (out_of_fold_acts(rows, model) if model is not None and settings.learned_acts and found
             else [(_with_construction(str(r.rule_act), r.construction, settings), r.rule_hedged) for r in found])
    scores = ActScores(labelled=len(rows))
    for row, (act, hedged) in zip(found, given, strict=True):
        scores.add_scored(row.act, row.hedged, act, hedged)
    return scores


def _with_construction(act: str, cx: Construction | None, settings: Settings) -> str:
    """The rules' act, or the construction's where it decides (``extract.acts.mark_construction_acts``)."""
    if settings.construction_acts and cx is not None and cx.act is not None and cx.decides(act):
        return cx.act
    return act


def stance_rows(root: Path, labels_file: Path, settings: Settings, split: str = "train") -> list[Any]:
    """The train statements paired with labelled ones (``evaluate.issues.labelled_statements``), each
    carrying the act and hedge the learned act model gives it out of fold (``out_of_fold_acts``): the stance
    model is fitted and cross-validated on the acts it will really be given."""
    from onrecord.evaluate.issues import labelled_statements
    from onrecord.evaluate.labels import without_learned_acts
    from onrecord.extract.acts import shipped_model

    model = shipped_model()
    rows, _ = labelled_statements(root, labels_file, split, without_learned_acts(settings))
    if model is None or not settings.learned_acts or not rows:
        return rows
    acts = out_of_fold_acts(act_rows(root, labels_file, settings, split), model)
    # Both walk the labelled articles in the same order and pair statements the same way (labels.pairs).
    for row, (act, hedged) in zip(rows, acts, strict=True):
        row.statement.act, row.statement.hedged = act, hedged  # type: ignore[assignment]
    return rows


def train_stance(root: Path, labels_file: Path, taxonomy_file: Path, settings: Settings,
                 c: float | None = None) -> None:
    """Fit the stance model on out-of-fold acts and write it beside the matcher (``stance``); ``c``: its
    regularisation fixed rather than chosen on out-of-fold accuracy (the shipped model's, docs/EVALUATION.md)."""
    from onrecord.evaluate.issues import STANCE_C_GRID, fit_stance
    from onrecord.extract.issues import STANCE_MODEL_FILE, load_taxonomy

    rows = stance_rows(root, labels_file, settings)
    model, figures = fit_stance(rows, load_taxonomy(taxonomy_file), STANCE_C_GRID if c is None else (c,))
    out = shipped_path(STANCE_MODEL_FILE)
    out.write_text(json.dumps(model.to_dict(), indent=2) + "\n", encoding="utf-8")
    print(f"stance out of fold {figures} -> {out}")


def shipped_path(name: str) -> Path:
    """Where ``extract`` reads a shipped model (``lexicon.shipped_model``). Since training moved to its own
    package, the file beside this module is read by nothing."""
    return Path(__file__).resolve().parents[1] / "extract" / name


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("what", choices=("lexicon", "confidence", "acts", "stance", "stance-cv"),
                        help="train the lexicon first, then confidence, then acts, then stance (after the matcher: "
                             "python -m onrecord.evaluate.issues fit); stance-cv prints out-of-fold figures only")
    parser.add_argument("train_dir", type=Path, help="PolNeAR train folder (text/ and attributions/)")
    parser.add_argument("--labels", type=Path, default=LABELS_FILE, help="labelled statements (for acts, stance)")
    parser.add_argument("--issues", type=Path, default=TAXONOMY_FILE, help="the taxonomy the labels use (stance)")
    parser.add_argument("--hedge-cut", type=float, default=None,
                        help="acts: the hedge model's cut, where one was chosen on more fold assignments than the "
                             "one cross-validation here runs (EVALUATION.md, issue 13 round 5)")
    parser.add_argument("--c", type=float, default=None,
                        help="stance: fix the model's C instead of choosing it out of fold (the shipped model is "
                             "fitted with --c 0.3: EVALUATION.md, issue 13 stance14)")
    parser.add_argument("--act-learner", choices=("lr", "svc"), default="lr",
                        help="acts: the act learner (svc: a linear SVM, fitted at --act-c; EVALUATION.md hedge18)")
    parser.add_argument("--act-c", type=float, default=None, help="acts: the act model's C, fixed (not chosen)")
    parser.add_argument("--hedge-learner", choices=("lr", "svc"), default="lr",
                        help="acts: the hedge learner (svc: a class-balanced linear SVM, Platt-calibrated)")
    parser.add_argument("--hedge-c", type=float, default=HEDGE_C, help="acts: the hedge model's C")
    parser.add_argument("--rules-margin", type=float, default=0.0,
                        help="acts: the rules' act stays where the model's top two acts score this close and it is "
                             "one of them (chosen out of fold: EVALUATION.md hedge18)")
    parser.add_argument("--rules-win", nargs="*", default=None,
                        help="acts: the rules' acts that keep their verdict, fixed (default: chosen out of fold)")
    parser.add_argument("--keep-act", action="store_true",
                        help="acts: retrain the hedge model only, keep the shipped act model (cross-validated at "
                             "its C)")
    args = parser.parse_args()
    if "dev" in args.train_dir.parts or "test" in args.train_dir.parts:
        raise SystemExit("train on the train split only; dev is for reporting")
    if args.what == "stance":
        train_stance(args.train_dir.parent, args.labels, args.issues, Settings.from_env(), args.c)
        return
    if args.what == "stance-cv":
        from onrecord.evaluate.issues import cross_validate, format_cross_validation
        from onrecord.extract.issues import load_taxonomy

        settings = Settings.from_env()
        result = cross_validate(stance_rows(args.train_dir.parent, args.labels, settings), load_taxonomy(args.issues))
        result["acts"] = OUT_OF_FOLD_ACTS if settings.learned_acts else "rules"
        print(format_cross_validation(result))
        return
    if args.what == "acts":
        from onrecord.extract.acts import MODEL_FILE as ACT_MODEL

        out = shipped_path(ACT_MODEL)
        shipped = json.loads(out.read_text(encoding="utf-8")) if args.keep_act else None
        grid = (float(shipped["act"]["C"]),) if shipped else (args.act_c,) if args.act_c else C_GRID
        learners = (replace(shipped_learners(shipped), hedge=args.hedge_learner, hedge_c=args.hedge_c) if shipped
                    else Learners(args.act_learner, args.hedge_learner, args.hedge_c, args.rules_margin))
        model = train_acts(act_rows(args.train_dir.parent, args.labels, Settings()), grid, learners,
                           list(shipped["act"]["rules_win"]) if shipped else args.rules_win)
        if shipped:
            model = keep_act_model(model, shipped)
        if args.hedge_cut is not None:
            model["hedged"]["threshold"] = args.hedge_cut
        act, hedged = model["act"], model["hedged"]
        print(f"{model['statements']} statements; act{' (kept)' if shipped else ''}: C={act['C']}, "
              f"cross-validated accuracy "
              f"{act['cv_accuracy']} (model alone {act['cv_model_accuracy']}, rules {act['rules_accuracy']}; "
              f"rules keep {', '.join(act['rules_win'])}); hedged: C={hedged['C']}, "
              f"threshold {hedged['threshold']}, cross-validated F1 {hedged['cv_f1']} -> {out}")
        out.write_text(json.dumps(model, sort_keys=True) + "\n", encoding="utf-8")
        return
    docs = list(read_brat_dir(args.train_dir))
    if args.what == "lexicon":
        out = shipped_path(LEXICON_FILE)
        model = train(docs, Settings())
        print(f"{len(model['lemmas'])} lemmas -> {out}")
    else:
        from onrecord.extract.confidence import MODEL_FILE

        out = shipped_path(MODEL_FILE)
        model = train_confidence(docs, Settings())
        print(f"{len(model['weights'])} weights, threshold {model['threshold']}, "
              f"held-out half F1 {model['heldout_half_f1']} -> {out}")
    out.write_text(json.dumps(model, indent=1, sort_keys=True) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
