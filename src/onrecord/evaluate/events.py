"""Scoring events against the event set (docs/ANNOTATION.md §3): ``onrecord eval eval/events/gold/tune``.

A predicted and a gold event *match* when some predicted mention and some gold mention overlap by at least half
of the shorter of the two; pairs are taken one to one, most overlap first. Events are scored typed (the types
must agree too) and type-agnostic (detection). Over the typed matches: participants (names compared like
``evaluate.score.same_name``, and a bare surname is the person: "Putin" is "Vladimir Putin", "Pate" is "Luther
Stan Pate IV"), the date where gold
gives one (exact: the same day or the same range; within: the predicted day inside the gold range, or the two
overlapping), status accuracy, and the statements linked (gold cue spans against the predicted statements'
cues, by overlap).
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from onrecord.evaluate.score import names_match
from onrecord.model import Article, Event

MIN_OVERLAP = 0.5


@dataclass(slots=True)
class GoldEvents:
    name: str
    text: str
    published: str | None
    events: list[dict[str, Any]]
    corpus: str = ""  # polnear | second-domain | world-politics (leave-one-corpus-out)


@dataclass(slots=True)
class Counts:
    tp: int = 0
    n_pred: int = 0
    n_gold: int = 0

    def prf(self) -> tuple[float, float, float]:
        p = self.tp / self.n_pred if self.n_pred else 0.0
        r = self.tp / self.n_gold if self.n_gold else 0.0
        return p, r, (2 * p * r / (p + r) if p + r else 0.0)

    def to_dict(self) -> dict[str, Any]:
        p, r, f = self.prf()
        return {"tp": self.tp, "predicted": self.n_pred, "gold": self.n_gold, "precision": round(p, 3),
                "recall": round(r, 3), "f1": round(f, 3)}


@dataclass(slots=True)
class EventScores:
    n_docs: int = 0
    skipped: list[str] = field(default_factory=list)
    events: Counts = field(default_factory=Counts)
    detection: Counts = field(default_factory=Counts)
    participants: Counts = field(default_factory=Counts)
    links: Counts = field(default_factory=Counts)
    dated: int = 0  # matched events whose gold gives a date
    date_exact: int = 0
    date_within: int = 0
    undated: int = 0  # matched events the gold leaves undated (the text gives no date)
    undated_given: int = 0  # ... that the system dates all the same: a date a user would read as a fact
    status_right: int = 0
    confusion: dict[str, int] = field(default_factory=dict)  # "gold->predicted" statuses and types that differ
    details: list[str] = field(default_factory=list)  # what differs, event by event (``eval --details``)

    def to_dict(self) -> dict[str, Any]:
        matched = self.events.tp
        return {
            "documents": self.n_docs, "skipped": list(self.skipped),
            "events": self.events.to_dict(), "detection": self.detection.to_dict(),
            "participants": self.participants.to_dict(), "statement_links": self.links.to_dict(),
            "dates": {"gold_dated": self.dated, "exact": _share(self.date_exact, self.dated),
                      "within": _share(self.date_within, self.dated), "gold_undated": self.undated,
                      "given_where_undated": _share(self.undated_given, self.undated)},
            "status": {"matched": matched, "accuracy": _share(self.status_right, matched)},
            "confusion": dict(sorted(self.confusion.items(), key=lambda kv: -kv[1])),
        }


def _share(n: int, d: int) -> float:
    return round(n / d, 3) if d else 0.0


# -- reading the gold ---------------------------------------------------------------------------
def read_gold_events(path: Path, root: Path | None = None) -> tuple[list[GoldEvents], list[str]]:
    """Every ``*.events.json`` under ``path`` (a folder or one file) with its text; files whose text is not here
    (PolNeAR outside the repository) are listed as skipped with the reason."""
    # A set split into sub-folders (eval/events/gold/fresh2/{work,check}) is read whole from its parent.
    files = (sorted(path.glob("*.events.json")) or sorted(path.glob("*/*.events.json"))) if path.is_dir() else [path]
    if not files:
        raise FileNotFoundError(f"{path} holds no *.events.json files")
    root = root or _repo_root(path)
    docs: list[GoldEvents] = []
    skipped: list[str] = []
    for f in files:
        data = json.loads(f.read_text(encoding="utf-8"))
        where = _text_path(data, root)
        if not where.is_file():
            skipped.append(f"{data['name']}: no text at {where}")
            continue
        text = where.read_text(encoding="utf-8")
        digest = data.get("text_sha256")
        if digest and hashlib.sha256(text.encode("utf-8")).hexdigest() != digest:
            skipped.append(f"{data['name']}: the text at {where} is not the one annotated (sha256 differs)")
            continue
        docs.append(GoldEvents(data["name"], text, data.get("published"), list(data.get("events", [])),
                               str(data.get("corpus") or "")))
    return docs, skipped


def _repo_root(path: Path) -> Path:
    """The repository holding ``path``: the folder above with ``eval/second-domain``; else the working folder."""
    for folder in [path.resolve(), *path.resolve().parents]:
        if (folder / "eval" / "second-domain").is_dir():
            return folder
    return Path.cwd()


def _text_path(data: dict[str, Any], root: Path) -> Path:
    if data.get("corpus") == "polnear":
        return root.parent / "shared" / "data" / "polnear" / str(data.get("split")) / "text" / f"{data['name']}.txt"
    # Every other set keeps its texts in eval/<corpus>/texts (second-domain, world-politics).
    return root / "eval" / str(data.get("corpus") or "second-domain") / "texts" / f"{data['name']}.txt"


# -- scoring ------------------------------------------------------------------------------------
def score_events(pairs: Iterable[tuple[GoldEvents, Article]], skipped: Sequence[str] = ()) -> EventScores:
    scores = EventScores(skipped=list(skipped))
    for gold, article in pairs:
        scores.n_docs += 1
        score_document(scores, gold, article)
    return scores


def score_document(scores: EventScores, gold: GoldEvents, article: Article) -> None:
    predicted = article.events
    cues = _cues_by_key(article)
    scores.events.n_pred += len(predicted)
    scores.events.n_gold += len(gold.events)
    scores.detection.n_pred += len(predicted)
    scores.detection.n_gold += len(gold.events)
    untyped = _match(gold.events, predicted, typed=False)
    scores.detection.tp += len(untyped)
    typed = _match(gold.events, predicted, typed=True)
    scores.details.extend(_differences(gold, article, typed, untyped))
    for g, p in typed:
        scores.events.tp += 1
        _score_participants(scores.participants, g, p)
        _score_date(scores, g, p)
        if g["status"] == p.status:
            scores.status_right += 1
        else:
            key = f"status {g['status']}->{p.status}"
            scores.confusion[key] = scores.confusion.get(key, 0) + 1
        _score_links(scores.links, g, p, cues)
    for g, p in untyped:
        if g["type"] != p.type:
            key = f"type {g['type']}->{p.type}"
            scores.confusion[key] = scores.confusion.get(key, 0) + 1


def _differences(gold: GoldEvents, article: Article, typed: list[tuple[dict[str, Any], Event]],
                 untyped: list[tuple[dict[str, Any], Event]]) -> Iterator[str]:
    """One line per gold event missed, predicted event not in gold, and field that differs on a typed match:
    what the rules are read against (tune half only)."""
    matched_g = {id(g) for g, _ in typed}
    matched_p = {id(p) for _, p in typed}
    retyped = {id(g): p for g, p in untyped if id(g) not in matched_g and id(p) not in matched_p}
    for g in gold.events:
        if id(g) in matched_g:
            continue
        other = retyped.get(id(g))
        why = f"found as {other.type}" if other is not None else "missed"
        yield f"{gold.name}: {why}: gold {_gold_line(g)}"
    for p in article.events:
        if id(p) not in matched_p and not any(q is p for q in retyped.values()):
            yield f"{gold.name}: not in gold: {_event_line(p)}"
    for g, p in typed:
        yield from (f"{gold.name}: {g['type']} {_quote(g['mentions'][0]['text'])}: {d}" for d in _field_diffs(g, p))


def _field_diffs(g: dict[str, Any], p: Event) -> Iterator[str]:
    gold_names = list(g.get("participants") or [])
    names = [x.name for x in p.participants]
    missing = [x for x in gold_names if not any(names_match(n, x) for n in names)]
    extra = [n for n in names if not any(names_match(n, x) for x in gold_names)]
    if missing or extra:
        yield f"participants missing {missing} extra {extra}"
    gold_days = _days(g.get("date"), g.get("date_range"))
    pred_days = _days(p.date, p.date_range)
    if gold_days is not None and pred_days != gold_days:
        time = (g.get("time") or {}).get("text")
        yield f"date {pred_days} for gold {gold_days} ({time!r}; predicted from {p.time.text if p.time else None!r})"
    if g["status"] != p.status:
        yield f"status {p.status} for gold {g['status']}"
    links = len(g.get("statement_links") or [])
    if links != len(p.statement_keys):
        yield f"{len(p.statement_keys)} statements linked for gold {links}"


def _gold_line(g: dict[str, Any]) -> str:
    return (f"{g['type']} {g['status']} {[_quote(m['text']) for m in g['mentions']]} "
            f"participants {g.get('participants')} date {g.get('date') or g.get('date_range')}")


def _event_line(p: Event) -> str:
    return (f"{p.type} {p.status} {[_quote(m.text) for m in p.mentions]} "
            f"participants {[x.name for x in p.participants]} date {p.date or p.date_range}")


def _quote(text: str) -> str:
    return text if len(text) <= 60 else text[:57] + "..."


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> float:
    shared = min(a[1], b[1]) - max(a[0], b[0])
    shorter = min(a[1] - a[0], b[1] - b[0])
    return shared / shorter if shared > 0 and shorter > 0 else 0.0


def _best_overlap(g: dict[str, Any], p: Event) -> float:
    return max((_overlap((m["start"], m["end"]), (n.start, n.end)) for m in g["mentions"] for n in p.mentions),
               default=0.0)


def _match(gold: list[dict[str, Any]], predicted: list[Event], *, typed: bool) -> list[tuple[dict[str, Any], Event]]:
    """One-to-one pairs, most overlap first."""
    candidates = []
    for i, g in enumerate(gold):
        for j, p in enumerate(predicted):
            if typed and g["type"] != p.type:
                continue
            overlap = _best_overlap(g, p)
            if overlap >= MIN_OVERLAP:
                candidates.append((overlap, i, j))
    used_g: set[int] = set()
    used_p: set[int] = set()
    pairs = []
    for _, i, j in sorted(candidates, key=lambda c: -c[0]):
        if i not in used_g and j not in used_p:
            used_g.add(i)
            used_p.add(j)
            pairs.append((gold[i], predicted[j]))
    return pairs


def _score_participants(counts: Counts, g: dict[str, Any], p: Event) -> None:
    gold = list(g.get("participants") or [])
    names = [x.name for x in p.participants]
    counts.n_gold += len(gold)
    counts.n_pred += len(names)
    left = list(gold)
    for name in names:
        hit = next((x for x in left if names_match(name, x)), None)
        if hit is not None:
            counts.tp += 1
            left.remove(hit)


def _score_date(scores: EventScores, g: dict[str, Any], p: Event) -> None:
    gold = _days(g.get("date"), g.get("date_range"))
    pred = _days(p.date, p.date_range)
    if gold is None:
        # The date figure counts only events the text dates; a date given where it gives none is
        # counted apart, or over-dating would never show.
        scores.undated += 1
        scores.undated_given += pred is not None
        return
    scores.dated += 1
    if pred is None:
        return
    if pred == gold:
        scores.date_exact += 1
    if pred[0] <= gold[1] and gold[0] <= pred[1]:
        scores.date_within += 1


def _days(day: str | None, days: Sequence[str] | None) -> tuple[str, str] | None:
    if day:
        return day, day
    if days:
        return days[0], days[1]
    return None


def _cues_by_key(article: Article) -> dict[str, tuple[int, int]]:
    from onrecord.model import statement_key, text_digest

    digest = text_digest(article.text)
    return {statement_key(digest, s): (s.cue.start, s.cue.end) for s in article.statements if s.cue is not None}


def _score_links(counts: Counts, g: dict[str, Any], p: Event, cues: dict[str, tuple[int, int]]) -> None:
    gold = [(x["start"], x["end"]) for x in g.get("statement_links") or []]
    pred = [cues[k] for k in p.statement_keys if k in cues]
    counts.n_gold += len(gold)
    counts.n_pred += len(pred)
    left = list(gold)
    for span in pred:
        hit = next((x for x in left if _overlap(x, span) > 0), None)
        if hit is not None:
            counts.tp += 1
            left.remove(hit)


def evaluate_events(path: Path, settings: Any = None) -> EventScores:
    """Extract every gold text (with its publication date) and score the events."""
    from onrecord.api import extract_many
    from onrecord.ingest import TextInput

    docs, skipped = read_gold_events(path)
    items = [TextInput(id=d.name, source=None, text=d.text, published=d.published) for d in docs]
    return score_events(zip(docs, extract_many(items, settings=settings), strict=True), skipped)


def format_event_report(scores: EventScores, title: str) -> str:
    d = scores.to_dict()
    lines = [f"{title}: {d['documents']} documents, {d['events']['gold']} gold events, "
             f"{d['events']['predicted']} predicted", ""]
    lines.append(f"{'':<22}{'precision':>10}{'recall':>10}{'F1':>10}")
    for label, key in (("events (typed)", "events"), ("detection (any type)", "detection"),
                       ("participants", "participants"), ("statement links", "statement_links")):
        c = d[key]
        lines.append(f"{label:<22}{c['precision']:>10.3f}{c['recall']:>10.3f}{c['f1']:>10.3f}")
    lines.append("")
    dates = d["dates"]
    lines.append(f"dates (matched events gold dates, n={dates['gold_dated']}): exact {dates['exact']:.3f}, "
                 f"within the stated range {dates['within']:.3f}")
    lines.append(f"dates given to matched events the gold leaves undated (n={dates['gold_undated']}): "
                 f"{dates['given_where_undated']:.3f}")
    lines.append(f"status accuracy (matched events, n={d['status']['matched']}): {d['status']['accuracy']:.3f}")
    if d["confusion"]:
        lines.append("differences: " + ", ".join(f"{k} ({v})" for k, v in list(d["confusion"].items())[:10]))
    for reason in scores.skipped:
        lines.append(f"skipped {reason}")
    return "\n".join(lines)
