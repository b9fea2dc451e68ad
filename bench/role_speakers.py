"""Every role-noun speaker ("the foreign minister", "the Vermont senator") and whom it resolves to, on tune material
only: second-domain tune and fresh, world-politics tune, PolNeAR train texts 0-400 (issue 12 item 4, branch roles15).

    PYTHONPATH=src python bench/role_speakers.py OUT.jsonl        # one JSON row per statement
    python bench/role_speakers.py --compare BEFORE.jsonl AFTER.jsonl

Run it on two trees and compare: the rows that changed are the ones to judge by reading the text. Rows carry the
gold speaker where the Wikinews gold has one (PolNeAR's gold names none).
"""

from __future__ import annotations

import json
import re
import sys
from collections import defaultdict
from pathlib import Path

ROLE_HEADS = {"coach", "prosecutor", "executive", "judge", "attorney", "manager", "officer", "minister"}


def _role_like(text: str) -> bool:
    from onrecord.resolve import names
    words = text.split()
    if not words:
        return False
    head = re.sub(r"[’']s$", "", words[-1].lower().strip(".,"))
    if head not in names.ROLE_NOUNS | ROLE_HEADS:
        return False
    return words[0].lower() in ("the", "his", "her", "its", "their") or "'s " in text or "’s " in text


def documents(limit: int = 400, skip: int = 0) -> list[tuple[str, str, str, str | None, dict[tuple[int, int],
                                                                                             str | None]]]:
    """The tune and fresh gold texts with their speakers' gold names, then PolNeAR train texts ``skip``..``limit``
    (no names in their gold): (corpus, name, text, published, {speaker span: gold name})."""
    from onrecord.evaluate.gold import read_brat_dir, read_onrecord_gold
    out = []
    for corpus, path in [("sd-tune", "eval/second-domain/gold/tune"), ("sd-fresh", "eval/second-domain/gold/fresh"),
                         ("wp-tune", "eval/world-politics/gold/tune")]:
        for f in sorted(Path(path).glob("*.gold.json")):
            d = read_onrecord_gold(f)
            gold = {(a, b): s.speaker_name for s in d.statements for a, b in s.speaker}
            out.append((corpus, f.stem, d.text, d.published, gold))
    seen: set[str] = set()
    for n, d in enumerate(read_brat_dir(Path("../shared/data/polnear/train"), limit=limit)):
        if n >= skip and d.text not in seen:
            seen.add(d.text)
            out.append(("polnear", d.name, d.text, d.published, {}))
    return out


def dump(path: str) -> None:
    from onrecord import extract
    with open(path, "w", encoding="utf-8") as out:
        for corpus, name, text, published, gold in documents():
            for s in extract(text, published=published).statements:
                if s.speaker is None or (s.resolution != "role" and not _role_like(s.speaker.text)):
                    continue
                out.write(json.dumps({"c": corpus, "doc": name, "at": s.speaker.start, "sp": s.speaker.text,
                                      "actor": s.actor.name if s.actor else None,
                                      "type": s.actor.type if s.actor else None,
                                      "gold": gold.get((s.speaker.start, s.speaker.end))}) + "\n")


def compare(before: str, after: str) -> None:
    def load(path: str) -> dict[tuple[str, int], list[tuple[str, str, str]]]:
        rows: dict[tuple[str, int], list[tuple[str, str, str]]] = defaultdict(list)
        for line in Path(path).read_text(encoding="utf-8").splitlines():
            r = json.loads(line)
            rows[(r["doc"], r["at"])].append((r["sp"], f"{r['actor']} ({r['type']})", r["c"]))
        return rows
    old, new = load(before), load(after)
    changed: dict[str, int] = defaultdict(int)
    for key in sorted(set(old) | set(new)):
        a, b = sorted(old.get(key, [])), sorted(new.get(key, []))
        if [x[1] for x in a] != [x[1] for x in b]:
            row = (a or b)[0]
            changed[row[2]] += max(len(a), len(b))
            print(f"{key[0][:40]} {key[1]} | {row[0]} | {[x[1] for x in a]} -> {[x[1] for x in b]}")
    total: dict[str, int] = defaultdict(int)
    for rows in new.values():
        for row in rows:
            total[row[2]] += 1
    for corpus in sorted(total):
        print(f"{corpus}: {total[corpus]} role-noun statements, {changed.get(corpus, 0)} changed")


if __name__ == "__main__":
    if sys.argv[1] == "--compare":
        compare(sys.argv[2], sys.argv[3])
    else:
        dump(sys.argv[1])
