"""Train and measure the learned event filter (issue 9) leave-one-corpus-out on the event set's tune half.

    python -m onrecord.training.events eval/events/gold/tune           # the table: rules, learned, rules+learned
    python -m onrecord.training.events eval/events/gold/tune --write   # and ship resolve/event_model.json

The tune half holds three corpora (PolNeAR, second-domain, world-politics). Each is scored by a filter fitted on
the other two (its C and threshold chosen by grouped cross-validation over those two's articles), so no article
is scored by a model that saw it; the rules, read off all three, are scored per corpus too (optimistic). A
candidate is positive when its mention overlaps a gold mention of the same type (as the scorer matches events).
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Sequence
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any

from sklearn.feature_extraction import DictVectorizer
from sklearn.linear_model import LogisticRegression

from onrecord.evaluate.events import MIN_OVERLAP, EventScores, GoldEvents, read_gold_events, score_document
from onrecord.model import Article, Statement
from onrecord.nlp import ParsedText
from onrecord.pipeline import parsed_texts, resolved_statements
from onrecord.resolve.event_model import MODEL_FILE, EventFilter
from onrecord.resolve.events import EventCandidate, event_candidates, find_events
from onrecord.resolve.speakers import ArticleResolver
from onrecord.settings import Settings

CS = (0.03, 0.1, 0.3, 1.0)
THRESHOLDS = (0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6)
FOLDS = 5  # grouped by article, for choosing C and the threshold inside the training corpora
VARIANTS = ("learned", "rules+learned")


@dataclass(slots=True)
class _Doc:
    gold: GoldEvents
    parsed: ParsedText
    statements: list[Statement]
    resolver: ArticleResolver
    candidates: list[EventCandidate]
    labels: list[int]


def load_docs(path: Path, settings: Settings) -> list[_Doc]:
    golds, _ = read_gold_events(path)
    docs = []
    for parsed, quotations, gold in parsed_texts(((g.text, g) for g in golds), settings):
        statements, _, resolver = resolved_statements(parsed, quotations, settings)
        candidates = event_candidates(parsed, statements, resolver)
        docs.append(_Doc(gold, parsed, statements, resolver, candidates, [_label(c, gold) for c in candidates]))
    return docs


def _label(c: EventCandidate, gold: GoldEvents) -> int:
    span = c.mention.span
    return int(any(g["type"] == c.mention.type and _overlap(span, (m["start"], m["end"])) >= MIN_OVERLAP
                   for g in gold.events for m in g["mentions"]))


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> float:
    shared = min(a[1], b[1]) - max(a[0], b[0])
    shorter = min(a[1] - a[0], b[1] - b[0])
    return shared / shorter if shared > 0 and shorter > 0 else 0.0


def _rows(docs: Sequence[_Doc], variant: str) -> tuple[list[dict[str, int]], list[int], list[int]]:
    """Feature dicts, labels and each row's document number."""
    x, y, groups = [], [], []
    for n, d in enumerate(docs):
        for c, label in zip(d.candidates, d.labels, strict=True):
            x.append({f: 1 for f in c.features if variant != "learned" or not f.startswith("rule=")})
            y.append(label)
            groups.append(n)
    return x, y, groups


def fit(docs: Sequence[_Doc], variant: str, c: float, threshold: float) -> EventFilter:
    x, y, _ = _rows(docs, variant)
    vec = DictVectorizer()
    model = LogisticRegression(C=c, max_iter=5000).fit(vec.fit_transform(x), y)
    weights = {name: float(w) for name, w in zip(vec.get_feature_names_out(), model.coef_[0], strict=True)}
    return EventFilter(weights, float(model.intercept_[0]), threshold, {"variant": variant, "C": c})


def choose(docs: Sequence[_Doc], variant: str) -> tuple[float, float]:
    """C and threshold with the best candidate F1 over article-grouped folds of ``docs`` (deterministic)."""
    best: tuple[float, float, float] = (-1.0, CS[0], 0.5)
    folds = [[d for n, d in enumerate(docs) if n % FOLDS == k] for k in range(FOLDS)]
    for c in CS:
        scored: list[tuple[float, int]] = []
        for k, test in enumerate(folds):
            train = [d for j, fold in enumerate(folds) if j != k for d in fold]
            if not test or not any(label for d in train for label in d.labels):
                continue
            model = fit(train, variant, c, 0.5)
            x, y, _ = _rows(test, variant)
            scored.extend((model.probability(row), label) for row, label in zip(x, y, strict=True))
        for t in THRESHOLDS:
            tp = sum(1 for p, label in scored if p >= t and label)
            n_pred = sum(1 for p, _ in scored if p >= t)
            n_gold = sum(label for _, label in scored)
            f1 = 2 * tp / (n_pred + n_gold) if n_pred + n_gold else 0.0
            if f1 > best[0] + 1e-9:
                best = (f1, c, t)
    return best[1], best[2]


def score(docs: Sequence[_Doc], learned: EventFilter | None, scores: EventScores) -> None:
    for d in docs:
        events = find_events(d.parsed, d.statements, d.resolver, d.gold.published, learned)
        article = Article(id=d.gold.name, text=d.parsed.text, source=None, published=d.gold.published,
                          statements=d.statements, actors=[], events=events)
        scores.n_docs += 1
        score_document(scores, d.gold, article)


def leave_one_corpus_out(docs: Sequence[_Doc]) -> dict[str, dict[str, EventScores]]:
    """Per method, per held-out corpus (and "pooled"), the event scores."""
    corpora = sorted({d.gold.corpus for d in docs})
    out: dict[str, dict[str, EventScores]] = {m: {"pooled": EventScores()} for m in ("rules", *VARIANTS)}
    for corpus in corpora:
        test = [d for d in docs if d.gold.corpus == corpus]
        train = [d for d in docs if d.gold.corpus != corpus]
        for method in out:
            learned = None if method == "rules" else fit(train, method, *choose(train, method))
            for key in (corpus, "pooled"):
                score(test, learned, out[method].setdefault(key, EventScores()))
    return out


def _line(method: str, corpus: str, s: EventScores) -> str:
    d = s.to_dict()
    e, p = d["events"], d["participants"]
    return (f"| {method} | {corpus} | {e['precision']:.3f} | {e['recall']:.3f} | {e['f1']:.3f} | {p['f1']:.3f} "
            f"| {d['dates']['exact']:.3f} | {d['status']['accuracy']:.3f} |")


def table(results: dict[str, dict[str, EventScores]]) -> str:
    lines = ["| method | held-out corpus | P | R | events F1 | participants F1 | dates exact | status |",
             "|---|---|---|---|---|---|---|---|"]
    for method, by_corpus in results.items():
        lines += [_line(method, corpus, s) for corpus, s in sorted(by_corpus.items()) if corpus != "pooled"]
        lines.append(_line(method, "**pooled**", by_corpus["pooled"]))
    return "\n".join(lines)


def write_model(docs: Sequence[_Doc], variant: str, results: dict[str, Any]) -> Path:
    c, threshold = choose(docs, variant)
    model = fit(docs, variant, c, threshold)
    meta = {"variant": variant, "C": c, "trained_on": "eval/events/gold/tune", "articles": len(docs),
            "leave_one_corpus_out": results}
    return ship_filter(EventFilter(model.weights, model.bias, threshold, meta), MODEL_FILE)


def ship_filter(model: EventFilter, file_name: str) -> Path:
    """Write a fitted filter where the resolver reads it (``onrecord/resolve/<file_name>``)."""
    path = Path(str(resources.files("onrecord.resolve").joinpath(file_name)))
    path.write_text(json.dumps(model.to_dict(), sort_keys=True) + "\n", encoding="utf-8")
    return path


def main(argv: Sequence[str] | None = None) -> None:
    ap = argparse.ArgumentParser(prog="python -m onrecord.training.events", description=__doc__.split("\n")[0])
    ap.add_argument("gold", type=Path, help="a folder of *.events.json (the tune half)")
    ap.add_argument("--write", choices=VARIANTS, help="train this variant on every article and ship it")
    args = ap.parse_args(argv)
    docs = load_docs(args.gold, Settings.from_env())
    n = sum(len(d.labels) for d in docs)
    print(f"{len(docs)} articles, {n} candidates, {sum(sum(d.labels) for d in docs)} positive")
    results = leave_one_corpus_out(docs)
    print(table(results))
    if args.write:
        summary = {m: {k: s.to_dict()["events"]["f1"] for k, s in r.items()} for m, r in results.items()}
        print(f"wrote {write_model(docs, args.write, summary)}")


if __name__ == "__main__":
    main()
