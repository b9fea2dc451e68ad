"""The labelled statements (act, hedged, issues and stance) and how the system is scored on them.

``eval/labels/polnear-statements.jsonl`` holds PolNeAR gold spans plus our labels, never text
(``docs/ANNOTATION.md``). Each article is analysed as a user's run would analyse it; a system
statement is paired with a labelled one when their contents overlap by half or more (one to one,
as in ``score.py``), and the act and hedge are scored on those pairs. Training
(``onrecord.training.learn acts``) uses the same pairing on train articles, so the model learns from
exactly the statements it will later be asked about, plus the labelled statements the system missed,
read from their labelled spans (``labelled_and_found``, ``labelled_statement``).
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from onrecord.evaluate.gold import Ranges
from onrecord.evaluate.score import hits, match_pairs, overlap_parts, predicted_units
from onrecord.ingest import TextInput
from onrecord.model import ACTS, Article, Cue, Span, Statement
from onrecord.nlp import ParsedText
from onrecord.settings import Settings


@dataclass(frozen=True, slots=True)
class Labelled:
    key: str
    split: str
    article: str
    content: Ranges
    act: str
    hedged: bool
    issues: tuple[tuple[str, str], ...] = ()
    cue: Ranges = ()
    source: Ranges = ()
    annotator: str = ""  # who labelled it (the file's ``annotator``): leave-one-annotator-out reads it


def read_labels(path: Path, split: str | None = None) -> dict[str, list[Labelled]]:
    """Labelled statements by article (in file order), optionally of one split."""
    out: dict[str, list[Labelled]] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        if split is not None and row["split"] != split:
            continue
        out.setdefault(row["article"], []).append(Labelled(
            key=row["key"], split=row["split"], article=row["article"],
            content=tuple((int(a), int(b)) for a, b in row["content"]), act=row["act"], hedged=bool(row["hedged"]),
            issues=tuple((i["id"], i["stance"]) for i in row.get("issues", ())),
            cue=_ranges(row.get("cue")), source=_ranges(row.get("source")), annotator=str(row.get("annotator", ""))))
    return out


def _ranges(raw: Any) -> Ranges:
    return tuple((int(a), int(b)) for a, b in raw or ())


@dataclass(slots=True)
class Pair:
    labelled: Labelled
    statement: Statement
    parsed: ParsedText


def analysed_articles(root: Path, labels: dict[str, list[Labelled]], settings: Settings
                      ) -> Iterator[tuple[list[Labelled], Article, ParsedText]]:
    """Each labelled article analysed as ``extract_many`` would, parsed as it would (``parsed_texts``: single
    marks doubled, a transcript's labels masked), with its parse kept for features."""
    from onrecord.pipeline import analyse, parsed_texts

    def texts() -> Iterator[tuple[str, str]]:
        for name, rows in labels.items():
            yield (root / rows[0].split / "text" / f"{name}.txt").read_text(encoding="utf-8"), name

    for parsed, quotations, name in parsed_texts(texts(), settings):
        yield labels[name], analyse(parsed, quotations, TextInput(name, None, parsed.text), settings), parsed


def pairs(root: Path, labels: dict[str, list[Labelled]], settings: Settings) -> Iterator[Pair]:
    """System statements matched one to one with labelled ones at content overlap >= 0.5."""
    for labelled, statement, parsed in labelled_and_found(root, labels, settings):
        if statement is not None:
            yield Pair(labelled, statement, parsed)


def labelled_and_found(root: Path, labels: dict[str, list[Labelled]], settings: Settings
                       ) -> Iterator[tuple[Labelled, Statement | None, ParsedText]]:
    """Every labelled statement with the system statement matched to it (None when none was)."""
    for rows, article, parsed in analysed_articles(root, labels, settings):
        # The labels are PolNeAR's spans: a run-on quotation is one content there (score.RUN_ONS).
        units = predicted_units(article.text, article.statements, join_run_ons=True)
        found = [u.statement for u in units]
        candidates = [(overlap_parts(g.content, u.parts), gi, pi)
                      for gi, g in enumerate(rows) for pi, u in enumerate(units)
                      if any(hits(g.content, a, b) for a, b in u.parts)]
        matched = match_pairs(candidates, 0.5)
        for gi, labelled in enumerate(rows):
            yield labelled, (found[matched[gi]] if gi in matched else None), parsed


def labelled_statement(labelled: Labelled, text: str) -> Statement:
    """A statement made from the labelled spans alone (first to last piece of each), for training rows
    the system did not find: the words the annotator read, without the rules' verdicts."""
    content = _span(labelled.content, text)
    cue = _span(labelled.cue, text) if labelled.cue else None
    speaker = _span(labelled.source, text) if labelled.source else None
    return Statement(kind="indirect", content=content, speaker=speaker,
                     cue=Cue(cue.start, cue.end, cue.text, cue.text.lower()) if cue else None)


def _span(ranges: Ranges, text: str) -> Span:
    start, end = ranges[0][0], ranges[-1][1]
    return Span(start, end, text[start:end])


@dataclass(slots=True)
class ActScores:
    """Act and hedge on matched statements, with the majority baseline beside the system."""

    gold: list[str] = field(default_factory=list)
    predicted: list[str] = field(default_factory=list)
    hedged_gold: list[bool] = field(default_factory=list)
    hedged_predicted: list[bool] = field(default_factory=list)
    labelled: int = 0

    def add(self, pair: Pair) -> None:
        self.add_scored(pair.labelled.act, pair.labelled.hedged, pair.statement.act, pair.statement.hedged)

    def add_scored(self, gold: str, hedged_gold: bool, predicted: str, hedged_predicted: bool) -> None:
        """One matched statement's labels and the act and hedge given it (out of fold on train)."""
        self.gold.append(gold)
        self.predicted.append(predicted)
        self.hedged_gold.append(hedged_gold)
        self.hedged_predicted.append(hedged_predicted)

    def to_dict(self) -> dict[str, Any]:
        n = len(self.gold)
        majority, majority_count = Counter(self.gold).most_common(1)[0] if n else ("assert", 0)
        per_act = {act: _f1(self.gold, self.predicted, act) for act in ACTS}
        non_assert = [per_act[a]["f1"] for a in ACTS if a != "assert" and per_act[a]["support"]]
        tp = sum(g and p for g, p in zip(self.hedged_gold, self.hedged_predicted, strict=True))
        hp, hr = _ratio(tp, sum(self.hedged_predicted)), _ratio(tp, sum(self.hedged_gold))
        return {
            "labelled": self.labelled, "matched": n,
            "act_accuracy": _ratio(sum(g == p for g, p in zip(self.gold, self.predicted, strict=True)), n),
            "majority_baseline": {"act": majority, "accuracy": _ratio(majority_count, n)},
            "non_assert_macro_f1": round(sum(non_assert) / len(non_assert), 3) if non_assert else 0.0,
            "per_act": per_act,
            "hedged": {"precision": hp, "recall": hr, "f1": _harmonic(hp, hr), "gold": sum(self.hedged_gold),
                       "predicted": sum(self.hedged_predicted)},
        }


def score_acts(root: Path, labels_file: Path, split: str, settings: Settings | None = None) -> ActScores:
    settings = settings or Settings.from_env()
    labels = read_labels(labels_file, split)
    scores = ActScores(labelled=sum(len(rows) for rows in labels.values()))
    for pair in pairs(root, labels, settings):
        scores.add(pair)
    return scores


def without_learned_acts(settings: Settings) -> Settings:
    """The rules' own verdicts, as the act model reads them (it runs before the construction's acts)."""
    return replace(settings, learned_acts=False, construction_acts=False)


def _f1(gold: Sequence[str], predicted: Sequence[str], act: str) -> dict[str, Any]:
    tp = sum(g == p == act for g, p in zip(gold, predicted, strict=True))
    precision, recall = _ratio(tp, predicted.count(act)), _ratio(tp, gold.count(act))
    return {"precision": precision, "recall": recall, "f1": _harmonic(precision, recall), "support": gold.count(act)}


def _ratio(a: int, b: int) -> float:
    return round(a / b, 3) if b else 0.0


def _harmonic(p: float, r: float) -> float:
    return round(2 * p * r / (p + r), 3) if p + r else 0.0


def format_act_report(result: dict[str, Any], title: str) -> str:
    lines = [f"{title}: {result['matched']} of {result['labelled']} labelled statements matched (overlap >= 0.5)",
             f"  act accuracy {result['act_accuracy']:.3f}   majority baseline "
             f"({result['majority_baseline']['act']}) {result['majority_baseline']['accuracy']:.3f}   "
             f"non-assert macro-F1 {result['non_assert_macro_f1']:.3f}"]
    for act, row in result["per_act"].items():
        if row["support"] or row["precision"]:
            lines.append(f"    {act:<17} P {row['precision']:.3f}  R {row['recall']:.3f}  F1 {row['f1']:.3f}  "
                         f"(n={row['support']})")
    h = result["hedged"]
    lines.append(f"  hedged P {h['precision']:.3f}  R {h['recall']:.3f}  F1 {h['f1']:.3f}  "
                 f"(gold {h['gold']}, predicted {h['predicted']})")
    return "\n".join(lines)
