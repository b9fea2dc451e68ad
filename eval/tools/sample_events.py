"""Draw the articles of the event set: 10 PolNeAR train + 10 second-domain tune (the tune half),
10 PolNeAR dev + 10 second-domain held-out (the held-out half), at random with a fixed seed, so the
set is not hand-picked for events. Writes one JSON row per article (no article text):

    .venv/bin/python eval/tools/sample_events.py ../shared/data/polnear > eval/events/articles.jsonl

Each row: name, corpus (polnear | second-domain), split (train/dev for PolNeAR), half (tune |
heldout), published (the publication date the annotation resolves dates against) and second_pass
(true for the 12 articles, 6 per half, that a second annotator labels blind for agreement).
"""

from __future__ import annotations

import csv
import json
import random
import sys
from pathlib import Path

SEED = 20261126
PER_PART = 10
SECOND_PASS_PER_HALF = 6
SECOND_DOMAIN = Path(__file__).resolve().parents[1] / "second-domain"


def polnear_rows(root: Path, split: str, half: str) -> list[dict[str, object]]:
    with open(root / "metadata.tsv", encoding="utf-8") as f:
        dates = {r["filename"]: r["publication_date"] for r in csv.DictReader(f, delimiter="\t")}
    names = sorted(p.stem for p in (root / split / "text").glob("*.txt"))
    chosen = sorted(random.Random(f"{SEED}-events-{split}").sample(names, PER_PART))
    return [{"name": n, "corpus": "polnear", "split": split, "half": half, "published": dates[n]} for n in chosen]


def second_domain_rows(half: str) -> list[dict[str, object]]:
    with open(SECOND_DOMAIN / "sources.jsonl", encoding="utf-8") as f:
        rows = [json.loads(line) for line in f if line.strip()]
    names = sorted(r["name"] for r in rows if r["half"] == half)
    dates = {r["name"]: r["published"] for r in rows}
    chosen = sorted(random.Random(f"{SEED}-events-sd-{half}").sample(names, PER_PART))
    return [{"name": n, "corpus": "second-domain", "split": None, "half": half, "published": dates[n]}
            for n in chosen]


def main(root: Path) -> None:
    for half, split in (("tune", "train"), ("heldout", "dev")):
        rows = polnear_rows(root, split, half) + second_domain_rows(half)
        second = set(random.Random(f"{SEED}-events-pass2-{half}").sample(range(len(rows)), SECOND_PASS_PER_HALF))
        for i, row in enumerate(rows):
            row["second_pass"] = i in second
            print(json.dumps(row))


if __name__ == "__main__":
    main(Path(sys.argv[1]))
