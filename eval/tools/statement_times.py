"""Score when statements were made (``said``) against eval/statement-times/labels-*.jsonl.

Usage: PYTHONPATH=src python eval/tools/statement_times.py eval/statement-times/labels-a.jsonl [--errors]

Each label is a gold statement of a tune article (by its content offsets) and the time span the text gives for
when it was said, with its day, range or ``earlier`` flag, or null (docs/ANNOTATION.md, "When a statement was
made"). The article is extracted with its publication date (the set's sources.jsonl); a gold statement is
matched to the predicted statement whose content overlaps it most (by Jaccard; at least half of the
shorter). Printed, on
matched statements: the time span's precision and recall (a predicted span counts when it overlaps the gold
span), and the date accuracy: the same day, the same range, or both ``earlier``; where the gold has no time,
right when the prediction has none either (the publication date).
"""

from __future__ import annotations

import argparse
import json
from collections import defaultdict
from pathlib import Path
from typing import Any

from onrecord.pipeline import extract
from onrecord.settings import Settings

ROOT = Path(__file__).resolve().parents[2]


def _published(corpus: str) -> dict[str, str]:
    out = {}
    for line in (ROOT / "eval" / corpus / "sources.jsonl").read_text().splitlines():
        data = json.loads(line)
        out[data["name"]] = data["published"]
    return out


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> float:
    inter = min(a[1], b[1]) - max(a[0], b[0])
    return max(0, inter) / max(1, min(a[1] - a[0], b[1] - b[0]))


def _jaccard(a: tuple[int, int], b: tuple[int, int]) -> float:
    inter = max(0, min(a[1], b[1]) - max(a[0], b[0]))
    return inter / max(1, max(a[1], b[1]) - min(a[0], b[0]))


def _same_time(gold: dict[str, Any], said: dict[str, Any]) -> bool:
    if gold.get("earlier"):
        return bool(said.get("earlier"))
    if "date" in gold:
        return said.get("date") == gold["date"]
    return said.get("date_range") == [gold["first"], gold["last"]]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("labels", nargs="+")
    ap.add_argument("--errors", action="store_true", help="print every disagreement")
    args = ap.parse_args()
    by_article: dict[tuple[str, str], list[dict[str, Any]]] = defaultdict(list)
    for path in args.labels:
        for line in Path(path).read_text().splitlines():
            label = json.loads(line)
            by_article[(label["corpus"], label["article"])].append(label)
    settings = Settings.from_env()
    n = matched = gold_spans = pred_spans = span_hits_gold = span_hits_pred = 0
    dated_right = dated_gold = none_right = none_gold = 0
    published_of: dict[str, dict[str, str]] = {}
    for (corpus, name), labels in sorted(by_article.items()):
        published = published_of.setdefault(corpus, _published(corpus)).get(name)
        text = (ROOT / "eval" / corpus / "texts" / f"{name}.txt").read_text()
        article = extract(text, id=name, published=published, settings=settings)
        for label in labels:
            n += 1
            content = (label["content"][0], label["content"][1])
            best = max(article.statements, default=None,
                       key=lambda s: (_jaccard(content, (s.content.start, s.content.end)), s.cue is not None))
            if best is None or _overlap(content, (best.content.start, best.content.end)) < 0.5:
                continue
            matched += 1
            said = best.said.to_dict() if best.said is not None else {}
            gold = label["said"]
            time = said.get("time")
            pred = (time["start"], time["end"]) if time else None
            if pred is not None:
                pred_spans += 1
            if gold is not None:
                gold_spans += 1
                hit = pred is not None and _overlap((gold["start"], gold["end"]), pred) > 0
                span_hits_gold += hit
                span_hits_pred += hit
                dated_gold += 1
                right = _same_time(gold, said)
                dated_right += right
            else:
                none_gold += 1
                right = pred is None
                none_right += right
            if args.errors and not right:
                print(f"{name} #{label['statement']}: gold {gold}  predicted {time and time['text']!r} "
                      f"{said.get('date') or said.get('date_range')} {said.get('dated_by')}"
                      f" (cue {best.cue and best.cue.text!r})"
                      f"{' earlier' if said.get('earlier') else ''}")
    precision = span_hits_pred / pred_spans if pred_spans else 0.0
    recall = span_hits_gold / gold_spans if gold_spans else 0.0
    print(f"{n} gold statements, {matched} matched by content (overlap >= 0.5)")
    print(f"time span: {pred_spans} predicted, {gold_spans} gold; precision {precision:.3f}  recall {recall:.3f}")
    print(f"date right where gold has a time: {dated_right}/{dated_gold}"
          f" ({dated_right / dated_gold if dated_gold else 0:.3f})")
    print(f"no time where gold has none: {none_right}/{none_gold}"
          f" ({none_right / none_gold if none_gold else 0:.3f})")


if __name__ == "__main__":
    main()
