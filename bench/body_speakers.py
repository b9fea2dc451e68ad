"""Speakers a body's noun names ("the union", "the ministry", "the company") and whom they resolve to, on tune
material only: second-domain tune and fresh, world-politics tune, PolNeAR train texts 0-400 (issue 12 item 3,
branch desc15).

    python bench/body_speakers.py --gold                           # the tune gold's body-noun speakers
    PYTHONPATH=src python bench/body_speakers.py OUT.jsonl         # every statement's actor, one row each
    python bench/body_speakers.py --compare BEFORE.jsonl AFTER.jsonl

Run the dump on two trees and compare: every statement whose actor changed is printed, with counts per corpus and
how many statements had no actor before and after.
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path

SETS = [("sd-tune", "eval/second-domain/gold/tune"), ("sd-fresh", "eval/second-domain/gold/fresh"),
        ("wp-tune", "eval/world-politics/gold/tune")]


def _body_noun(mention: str) -> bool:
    from onrecord.resolve import names
    words = mention.lower().split()
    return len(words) > 1 and words[0] in ("the", "a", "an", "this") and \
        words[-1].strip(".,'’s") in names.ORG_NOUNS | names.STATE_BODIES | names.BODY_HEADS


def gold() -> None:
    rows = 0
    for corpus, path in SETS:
        for f in sorted(Path(path).glob("*.gold.json")):
            for s in json.loads(f.read_text(encoding="utf-8"))["statements"]:
                mention = (s.get("speaker_mention") or {}).get("text", "")
                if _body_noun(mention):
                    rows += 1
                    print(f"{corpus} {f.stem[:45]} | {mention} -> {s['speaker']} ({s['speaker_type']})")
    print(f"{rows} gold statements whose mention is a body's noun")


def dump(path: str) -> None:
    from onrecord import extract
    from onrecord.evaluate.gold import read_brat_dir, read_onrecord_gold
    docs = [(c, f.stem, read_onrecord_gold(f)) for c, p in SETS for f in sorted(Path(p).glob("*.gold.json"))]
    docs += [("polnear", d.name, d) for d in read_brat_dir(Path("../shared/data/polnear/train"), limit=400)]
    with open(path, "w", encoding="utf-8") as out:
        for corpus, name, d in docs:
            for s in extract(d.text, published=d.published).statements:
                out.write(json.dumps({"c": corpus, "doc": name, "at": s.content.start,
                                      "sp": s.speaker.text if s.speaker else None,
                                      "actor": f"{s.actor.name} ({s.actor.type})" if s.actor else None}) + "\n")


def compare(before: str, after: str) -> None:
    def load(path: str) -> dict[tuple[str, str, int], tuple[str | None, str | None]]:
        rows = (json.loads(line) for line in Path(path).read_text(encoding="utf-8").splitlines())
        return {(r["c"], r["doc"], r["at"]): (r["sp"], r["actor"]) for r in rows}
    old, new = load(before), load(after)
    changed: Counter[str] = Counter()
    for key in sorted(old.keys() & new.keys()):
        if old[key][1] != new[key][1]:
            changed[key[0]] += 1
            print(f"{key[1][:45]} | {old[key][0]} | {old[key][1]} -> {new[key][1]}")
    for corpus in sorted({k[0] for k in new}):
        unresolved = [sum(1 for k, v in rows.items() if k[0] == corpus and v[1] is None) for rows in (old, new)]
        print(f"{corpus}: {sum(1 for k in new if k[0] == corpus)} statements, {changed[corpus]} changed, "
              f"no actor {unresolved[0]} -> {unresolved[1]}")


if __name__ == "__main__":
    if sys.argv[1] == "--gold":
        gold()
    elif sys.argv[1] == "--compare":
        compare(sys.argv[2], sys.argv[3])
    else:
        dump(sys.argv[1])
