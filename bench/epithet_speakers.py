"""Epithet speakers ("the 31-year-old", "the Belgian", "the Labor leader", "the striker") and whom they resolve to,
with every other statement's speaker, on tune material only: second-domain tune and fresh, world-politics tune,
PolNeAR train (the first ``--limit`` texts; issue 12, branch speaker16).

    PYTHONPATH=src python bench/epithet_speakers.py OUT.jsonl [--limit 300] [--skip 0]   # one row per statement
    python bench/epithet_speakers.py --compare BEFORE.jsonl AFTER.jsonl

Run it on two trees and compare: it prints, per corpus, how many statements have an epithet source and what they
resolve to (a person, a described source, none) before and after, and every statement whose actor changed
(epithet or not), to be judged by reading the text. Rows carry the gold speaker where the Wikinews gold has one.
"""

from __future__ import annotations

import json
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

from role_speakers import documents  # bench/, beside this script

_AGE = re.compile(r"\b\d{1,3}-year-old\b")


def epithet_like(text: str) -> bool:
    """The shape of an epithet, read off the mention's words alone (the resolver reads the parse)."""
    from onrecord.extract import english as en
    from onrecord.resolve import names
    words = text.split()
    if len(words) < 2 or words[0].lower() != "the" or len(words) > 7:
        return False
    low = [w.lower().strip(".,") for w in words[1:]]
    head = low[-1]
    demonym = any(w in en.DEMONYMS or w in names.NATIONALITIES for w in (" ".join(low[-2:]), head))
    party = any(w in en.PARTY_NAMES for w in low[:-1]) and (head in names.ROLE_NOUNS or head in names.PEOPLE_NOUNS)
    return bool(_AGE.search(text)) or demonym or party or head in en.EPITHET_NOUNS


def dump(path: str, limit: int, skip: int = 0) -> None:
    from onrecord import extract
    with open(path, "w", encoding="utf-8") as out:
        for corpus, name, text, published, gold in documents(limit, skip):
            for s in extract(text, published=published).statements:
                if s.speaker is None:
                    continue
                out.write(json.dumps({"c": corpus, "doc": name, "at": s.speaker.start, "sp": s.speaker.text,
                                      "actor": s.actor.name if s.actor else None,
                                      "type": s.actor.type if s.actor else None,
                                      "gold": gold.get((s.speaker.start, s.speaker.end))}) + "\n")


def _outcome(row: dict[str, str | None]) -> str:
    if row["actor"] is None:
        return "none"
    return "person" if row["type"] == "person" else f"described ({row['type']})"


def _tally(rows: dict[tuple[str, int], list[dict[str, str | None]]], corpus: str) -> tuple[int, int, Counter[str]]:
    all_rows = [r for rs in rows.values() for r in rs if r["c"] == corpus]
    epithets = [r for r in all_rows if epithet_like(str(r["sp"]))]
    return len(all_rows), len(epithets), Counter(_outcome(r) for r in epithets)


def compare(before: str, after: str) -> None:
    def load(path: str) -> dict[tuple[str, int], list[dict[str, str | None]]]:
        rows: dict[tuple[str, int], list[dict[str, str | None]]] = defaultdict(list)
        for line in Path(path).read_text(encoding="utf-8").splitlines():
            r = json.loads(line)
            rows[(r["doc"], r["at"])].append(r)
        return rows
    old, new = load(before), load(after)
    changed: Counter[str] = Counter()
    for key in sorted(set(old) | set(new)):
        a, b = old.get(key, []), new.get(key, [])
        was, now = sorted(f"{r['actor']} ({r['type']})" for r in a), sorted(f"{r['actor']} ({r['type']})" for r in b)
        if was != now:
            row = (a or b)[0]
            changed[str(row["c"])] += max(len(a), len(b))
            gold = f" gold={row['gold']}" if row.get("gold") else ""
            print(f"{row['c']} {key[0][:36]} {key[1]} | {row['sp']} | {was} -> {now}{gold}")
    for corpus in sorted({str(r["c"]) for rows in new.values() for r in rows}):
        n_old, e_old, c_old = _tally(old, corpus)
        n_new, e_new, c_new = _tally(new, corpus)
        print(f"{corpus}: {n_new} statements ({n_old} before), {changed.get(corpus, 0)} changed; "
              f"epithet sources {e_old} -> {e_new}; before {dict(c_old)}; after {dict(c_new)}")


if __name__ == "__main__":
    if sys.argv[1] == "--compare":
        compare(sys.argv[2], sys.argv[3])
    else:
        n = sys.argv.index("--limit") + 1 if "--limit" in sys.argv else 0
        k = sys.argv.index("--skip") + 1 if "--skip" in sys.argv else 0
        # --skip: PolNeAR texts no rule was read on (texts 300-600: --limit 600 --skip 300)
        dump(sys.argv[1], int(sys.argv[n]) if n else 300, int(sys.argv[k]) if k else 0)
