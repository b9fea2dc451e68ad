"""Draw the PolNeAR articles whose statements are labelled for act, hedging, issues and stance.

Every gold attribution of a sampled article is kept (one annotator per article: the first in
name order), so the labelled set is not hand-picked. Writes offsets only, never article text:

    .venv/bin/python eval/tools/sample_polnear.py ../shared/data/polnear > eval/labels/polnear-sample.jsonl

Each row: key (article:annotator:E-id), split, article, annotator, source/cue/content ranges.
``--show`` prints the same rows with their text and sentence for an annotator to read (not committed).
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from pathlib import Path

from onrecord.evaluate.gold import read_brat

SEED = 20261126
PER_SPLIT = {"train": 48, "dev": 18}
EXTRA_TRAIN = 120  # a second batch of train articles (more training data), disjoint from the first
THIRD_TRAIN = 24  # a third batch (seed f"{SEED}-train-3"), disjoint from both: the learning curve still rose


def sample(root: Path, split: str, count: int) -> list[tuple[str, Path]]:
    """``count`` articles of ``split`` drawn at random (fixed seed), each with its first annotator's file."""
    texts = sorted((root / split / "text").glob("*.txt"))
    chosen = sorted(random.Random(f"{SEED}-{split}").sample(texts, count))
    out = []
    for text in chosen:
        anns = sorted((root / split / "attributions").glob(f"{text.stem}_*.ann"))
        if anns:
            out.append((text.stem, anns[0]))
    return out


def extra_train(root: Path, batch: int = 2) -> list[tuple[str, Path]]:
    """More train articles (``EXTRA_TRAIN`` in batch 2, ``THIRD_TRAIN`` in batch 3), none of them in an
    earlier batch; each batch draws with its own seed, so adding one leaves the earlier draws unchanged."""
    taken = {name for name, _ in sample(root, "train", PER_SPLIT["train"])}
    for earlier in range(2, batch):
        taken |= {name for name, _ in extra_train(root, earlier)}
    texts = [t for t in sorted((root / "train" / "text").glob("*.txt")) if t.stem not in taken]
    count = EXTRA_TRAIN if batch == 2 else THIRD_TRAIN
    out = []
    for text in sorted(random.Random(f"{SEED}-train-{batch}").sample(texts, count)):
        anns = sorted((root / "train" / "attributions").glob(f"{text.stem}_*.ann"))
        if anns:
            out.append((text.stem, anns[0]))
    return out


def rows(root: Path) -> list[dict[str, object]]:
    out: list[dict[str, object]] = []
    batches = [(split, sample(root, split, count)) for split, count in PER_SPLIT.items()]
    for split, chosen in [*batches, ("train", extra_train(root)), ("train", extra_train(root, 3))]:
        for article, ann in chosen:
            text = (root / split / "text" / f"{article}.txt").read_text(encoding="utf-8")
            annotator = ann.stem.rsplit("_", 1)[1]
            doc = read_brat(ann.read_text(encoding="utf-8"), text, article)
            for n, s in enumerate(doc.statements):
                out.append({"key": f"{article}:{annotator}:{n}", "split": split, "article": article,
                            "annotator": annotator, "source": [list(r) for r in s.speaker],
                            "cue": [list(r) for r in s.cue], "content": [list(r) for r in s.content]})
    return out


def _show(root: Path, row: dict[str, object]) -> dict[str, object]:
    text = (root / str(row["split"]) / "text" / f"{row['article']}.txt").read_text(encoding="utf-8")

    def spans(name: str) -> str:
        return " … ".join(text[a:b] for a, b in row[name])  # type: ignore[attr-defined, misc]

    ranges = [r for name in ("source", "cue", "content") for r in row[name]]  # type: ignore[attr-defined]
    start, end = min(a for a, _ in ranges), max(b for _, b in ranges)
    left = max(text.rfind("\n", 0, start), text.rfind(". ", 0, max(start - 200, 0)))
    right = text.find("\n", end)
    context = text[max(left, 0):right if right != -1 else len(text)].strip()
    return {"key": row["key"], "source": spans("source"), "cue": spans("cue"), "content": spans("content"),
            "context": context}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("polnear", type=Path)
    parser.add_argument("--show", action="store_true", help="print text and context for annotators")
    args = parser.parse_args()
    for row in rows(args.polnear):
        print(json.dumps(_show(args.polnear, row) if args.show else row, ensure_ascii=False), file=sys.stdout)


if __name__ == "__main__":
    main()
