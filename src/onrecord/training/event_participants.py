"""Train and measure the learned event participants (issue 9) leave-one-set-out over the event gold not held out.

    python -m onrecord.training.event_participants            # the error table and the leave-one-set-out table
    python -m onrecord.training.event_participants --write rules+empty  # and ship resolve/event_participants.json
    python -m onrecord.training.event_participants --dates    # where the rules' dates go wrong, per set

The sets are ``eval/events/gold/tune``, ``fresh``, ``fresh2/work`` and ``fresh2/check`` (never ``heldout``). The
rules find the events; on each event matched to a gold event of its type (as ``onrecord eval`` matches them) the
candidates (``resolve.event_participants``) are labelled by whether their name matches a gold participant (as the
scorer matches names). Each set is scored by a model fitted on the other three, its C and threshold chosen by
article-grouped folds inside those three; the rules are scored on the same events.
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sklearn.feature_extraction import DictVectorizer
from sklearn.linear_model import LogisticRegression

from onrecord.evaluate.events import _days, _match, read_gold_events
from onrecord.evaluate.score import names_match
from onrecord.nlp import ParsedText
from onrecord.pipeline import parsed_texts, resolved_statements
from onrecord.resolve.event_model import EventFilter
from onrecord.resolve.event_participants import MODEL_FILE, participant_candidates, top_candidate
from onrecord.resolve.events import find_events
from onrecord.settings import Settings
from onrecord.training.events import ship_filter

SETS = ("tune", "fresh", "fresh2/work", "fresh2/check")
CS = (0.03, 0.1, 0.3, 1.0)
THRESHOLDS = (0.1, 0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6, 0.65, 0.7)
FOLDS = 5
# model: every candidate, the rules' choice a feature; model-norule: without it; rules+add: the rules' participants and
# every other candidate the model keeps; rules+empty (shipped): the rules' participants, and where they found none,
# the one candidate the model rates highest if it reaches the threshold.
VARIANTS = ("model", "model-norule", "rules+add", "rules+empty")


@dataclass(slots=True)
class EventRows:
    """One matched event: its gold participants, the rules' and each candidate's name, features and label."""

    set: str
    doc: str
    gold: list[str]
    rules: list[str]
    names: list[str]
    features: list[list[str]]
    labels: list[int]


def load_rows(root: Path, settings: Settings, sets: Sequence[str] = SETS) -> list[EventRows]:
    out: list[EventRows] = []
    for name in sets:
        golds, _ = read_gold_events(root / "eval" / "events" / "gold" / name)
        for parsed, quotations, gold in parsed_texts(((g.text, g) for g in golds), settings):
            statements, _, resolver = resolved_statements(parsed, quotations, settings, gold.published)
            events = find_events(parsed, statements, resolver, gold.published)
            for g, p in _match(gold.events, events, typed=True):
                gold_names = list(g.get("participants") or [])
                cands = participant_candidates(p, parsed, resolver, statements)
                out.append(EventRows(name, gold.name, gold_names, [x.name for x in p.participants],
                                     [c.participant.name for c in cands], [sorted(c.features) for c in cands],
                                     [int(any(names_match(c.participant.name, x) for x in gold_names))
                                      for c in cands]))
    return out


def date_errors(root: Path, settings: Settings, sets: Sequence[str] = SETS) -> str:
    """Per set, the matched events whose gold gives a date, by what the rules did: the date right; no date, the
    gold's time expression a DATE/TIME entity of a mention's sentence or the sentences either side (a candidate a
    learned choice could take) or not; another expression taken, likewise; the gold's expression read wrong."""
    kinds = ("exact", "no date, gold time a candidate", "no date, not a candidate",
             "other time, gold time a candidate", "other time, not a candidate", "same time, resolved wrong")
    lines = ["| set | gold dated | " + " | ".join(kinds) + " |", "|---" * (len(kinds) + 2) + "|"]
    for name in sets:
        golds, _ = read_gold_events(root / "eval" / "events" / "gold" / name)
        tally = dict.fromkeys(kinds, 0)
        for parsed, quotations, gold in parsed_texts(((g.text, g) for g in golds), settings):
            statements, _, resolver = resolved_statements(parsed, quotations, settings, gold.published)
            for g, p in _match(gold.events, find_events(parsed, statements, resolver, gold.published), typed=True):
                days = _days(g.get("date"), g.get("date_range"))
                if days is None:
                    continue
                t = g.get("time") or {}
                near = [s for m in p.mentions for s in _times_near(parsed, m.start, m.end)]
                reachable = bool(t) and any(a < t["end"] and t["start"] < b for a, b in near)
                same = bool(t) and p.time is not None and p.time.start < t["end"] and t["start"] < p.time.end
                if _days(p.date, p.date_range) == days:
                    kind = kinds[0]
                elif p.date is None and p.date_range is None:
                    kind = kinds[1] if reachable else kinds[2]
                elif same:
                    kind = kinds[5]
                else:
                    kind = kinds[3] if reachable else kinds[4]
                tally[kind] += 1
        lines.append(f"| {name} | {sum(tally.values())} | " + " | ".join(str(tally[k]) for k in kinds) + " |")
    return "\n".join(lines)


def _times_near(parsed: ParsedText, start: int, end: int) -> list[tuple[int, int]]:
    piece = parsed.piece_at(start)
    doc, offset = piece.doc, piece.offset
    span = doc.char_span(start - offset, end - offset, alignment_mode="expand")
    if span is None or not len(span):
        return []
    sent = span.root.sent
    first = doc[sent.start - 1].sent.start if sent.start > 0 else sent.start
    last = doc[sent.end].sent.end if sent.end < len(doc) else sent.end
    return [(e.start_char + offset, e.end_char + offset) for e in doc[first:last].ents if e.label_ in ("DATE", "TIME")]


def count(pred: Sequence[str], gold: Sequence[str]) -> tuple[int, int, int]:
    """tp, predicted, gold: one to one, as the scorer counts participants."""
    left = list(gold)
    tp = 0
    for name in pred:
        hit = next((x for x in left if names_match(name, x)), None)
        if hit is not None:
            tp += 1
            left.remove(hit)
    return tp, len(pred), len(gold)


def f1(tp: int, n_pred: int, n_gold: int) -> tuple[float, float, float]:
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def errors(rows: Sequence[EventRows]) -> str:
    """Per set: gold participants found by the rules, missed with a candidate present, missed with none; wrong."""
    lines = ["| set | matched events | gold participants | rules right | missed, a candidate there "
             "| missed, no candidate | rules wrong |", "|---|---|---|---|---|---|---|"]
    for s in [*SETS, "all"]:
        sel = [r for r in rows if s in ("all", r.set)]
        gold = right = present = absent = wrong = 0
        for r in sel:
            tp, n_pred, n_gold = count(r.rules, r.gold)
            gold += n_gold
            right += tp
            wrong += n_pred - tp
            missing = [g for g in r.gold if not any(names_match(n, g) for n in r.rules)]
            for g in missing:
                if any(names_match(n, g) for n in r.names):
                    present += 1
                else:
                    absent += 1
        lines.append(f"| {s} | {len(sel)} | {gold} | {right} | {present} | {absent} | {wrong} |")
    return "\n".join(lines)


def _x(rows: Sequence[EventRows], variant: str) -> tuple[list[dict[str, int]], list[int]]:
    x, y = [], []
    for r in rows:
        for feats, label in zip(r.features, r.labels, strict=True):
            if variant in ("rules+add", "rules+empty") and "rule" in feats:
                continue  # the rules' own are kept; the model learns which others to add
            if variant == "rules+empty" and r.rules:
                continue  # only where the rules found no one
            x.append({f: 1 for f in feats if variant == "model" or not f.startswith("rule")})
            y.append(label)
    return x, y


def fit(rows: Sequence[EventRows], variant: str, c: float, threshold: float) -> EventFilter:
    x, y = _x(rows, variant)
    vec = DictVectorizer()
    model = LogisticRegression(C=c, max_iter=5000).fit(vec.fit_transform(x), y)
    weights = {n: float(w) for n, w in zip(vec.get_feature_names_out(), model.coef_[0], strict=True)}
    return EventFilter(weights, float(model.intercept_[0]), threshold, {"variant": variant, "C": c})


def chosen(r: EventRows, model: EventFilter, variant: str) -> list[str]:
    if variant == "rules+empty":
        if r.rules:
            return list(r.rules)
        best = top_candidate([_no_rule(f) for f in r.features], model)
        return [r.names[best]] if best is not None else []
    return [n for n, f in zip(r.names, r.features, strict=True)
            if (variant == "rules+add" and "rule" in f) or model.keeps(f if variant == "model" else _no_rule(f))]


def _no_rule(feats: Sequence[str]) -> list[str]:
    return [f for f in feats if not f.startswith("rule")]


def choose(rows: Sequence[EventRows], variant: str) -> tuple[float, float]:
    """C and threshold with the best participant F1 over article-grouped folds of ``rows`` (deterministic)."""
    docs = sorted({r.doc for r in rows})
    fold_of = {d: n % FOLDS for n, d in enumerate(docs)}
    best: tuple[float, float, float] = (-1.0, CS[0], 0.5)
    for c in CS:
        scored: list[tuple[EventRows, EventFilter]] = []
        for k in range(FOLDS):
            train = [r for r in rows if fold_of[r.doc] != k]
            test = [r for r in rows if fold_of[r.doc] == k]
            if not test or not any(any(r.labels) for r in train):
                continue
            m = fit(train, variant, c, 0.5)
            scored.extend((r, m) for r in test)
        for t in THRESHOLDS:
            tot = [0, 0, 0]
            for r, m in scored:
                m2 = EventFilter(m.weights, m.bias, t)
                for i, v in enumerate(count(chosen(r, m2, variant), r.gold)):
                    tot[i] += v
            score = f1(*tot)[2]
            if score > best[0] + 1e-9:
                best = (score, c, t)
    return best[1], best[2]


def leave_one_set_out(rows: Sequence[EventRows]) -> dict[str, dict[str, tuple[int, int, int]]]:
    out: dict[str, dict[str, tuple[int, int, int]]] = {m: {} for m in ("rules", *VARIANTS)}
    for s in SETS:
        test = [r for r in rows if r.set == s]
        train = [r for r in rows if r.set != s]
        for method in out:
            if method == "rules":
                picks = [r.rules for r in test]
            else:
                model = fit(train, method, *choose(train, method))
                picks = [chosen(r, model, method) for r in test]
            tot = [0, 0, 0]
            for r, pick in zip(test, picks, strict=True):
                for i, v in enumerate(count(pick, r.gold)):
                    tot[i] += v
            out[method][s] = (tot[0], tot[1], tot[2])
    for by_set in out.values():
        by_set["pooled"] = (sum(v[0] for v in by_set.values()), sum(v[1] for v in by_set.values()),
                            sum(v[2] for v in by_set.values()))
    return out


def table(results: dict[str, dict[str, tuple[int, int, int]]]) -> str:
    lines = ["| method | scored set (not trained on) | P | R | participants F1 | tp / predicted / gold |",
             "|---|---|---|---|---|---|"]
    for method, by_set in results.items():
        for s, (tp, n_pred, n_gold) in by_set.items():
            p, r, f = f1(tp, n_pred, n_gold)
            name = "**pooled**" if s == "pooled" else s
            lines.append(f"| {method} | {name} | {p:.3f} | {r:.3f} | {f:.3f} | {tp} / {n_pred} / {n_gold} |")
    return "\n".join(lines)


def write_model(rows: Sequence[EventRows], variant: str, summary: dict[str, Any]) -> Path:
    c, threshold = choose(rows, variant)
    model = fit(rows, variant, c, threshold)
    meta = {"variant": variant, "C": c, "trained_on": list(SETS), "events": len(rows),
            "leave_one_set_out_f1": summary}
    return ship_filter(EventFilter(model.weights, model.bias, threshold, meta), MODEL_FILE)


def main(argv: Sequence[str] | None = None) -> None:
    ap = argparse.ArgumentParser(prog="python -m onrecord.training.event_participants",
                                 description=(__doc__ or "").split("\n")[0])
    ap.add_argument("--root", type=Path, default=Path("."), help="the repository (eval/events/gold under it)")
    ap.add_argument("--write", choices=VARIANTS, help="train this variant on every set and ship it")
    ap.add_argument("--cache", type=Path, help="read the rows from this JSON file, or write them there")
    ap.add_argument("--dates", action="store_true", help="only the table of date errors per set")
    args = ap.parse_args(argv)
    if args.dates:
        print(date_errors(args.root, Settings.from_env()))
        return
    if args.cache is not None and args.cache.is_file():
        rows = [EventRows(**r) for r in json.loads(args.cache.read_text(encoding="utf-8"))]
    else:
        rows = load_rows(args.root, Settings.from_env())
        if args.cache is not None:
            args.cache.write_text(json.dumps([{k: getattr(r, k) for k in EventRows.__slots__} for r in rows]),
                                  encoding="utf-8")
    n = sum(len(r.labels) for r in rows)
    print(f"{len(rows)} matched events, {n} candidates, {sum(sum(r.labels) for r in rows)} positive")
    print(errors(rows))
    results = leave_one_set_out(rows)
    print(table(results))
    if args.write:
        summary = {m: {s: round(f1(*v)[2], 3) for s, v in r.items()} for m, r in results.items()}
        print(f"wrote {write_model(rows, args.write, summary)}")


if __name__ == "__main__":
    main()
