"""Count the events of the event set per half, type and status (for eval/events/README.md):

    .venv/bin/python eval/tools/event_counts.py              # gold (pass a)
    .venv/bin/python eval/tools/event_counts.py second-pass  # the blind second pass, where present

Prints a Markdown table per half: events per type (columns: statuses) and the number of articles with none.
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path

EVENTS = Path(__file__).resolve().parents[1] / "events"
TYPES = ["meeting", "talks", "summit", "call", "visit", "press_conference", "vote", "debate", "rally", "hearing",
         "speech"]
STATUSES = ["happened", "ongoing", "planned", "cancelled"]


def table(files: list[Path]) -> str:
    counts: Counter[tuple[str, str]] = Counter()
    empty = 0
    for path in files:
        events = json.loads(path.read_text(encoding="utf-8"))["events"]
        empty += not events
        counts.update((e["type"], e["status"]) for e in events)
    total = sum(counts.values())
    rows = [f"{len(files)} articles, {total} events, {empty} articles with none", "",
            "| type | " + " | ".join(STATUSES) + " | all |", "|---" * (len(STATUSES) + 2) + "|"]
    for t in TYPES:
        cells = [counts[t, s] for s in STATUSES]
        rows.append(f"| {t} | " + " | ".join(map(str, cells)) + f" | {sum(cells)} |")
    cells = [sum(counts[t, s] for t in TYPES) for s in STATUSES]
    rows.append("| all | " + " | ".join(map(str, cells)) + f" | {total} |")
    return "\n".join(rows)


def main(argv: list[str]) -> None:
    if argv and argv[0] == "second-pass":
        groups = {"second pass": sorted((EVENTS / "second-pass").glob("*.events.json"))}
    else:
        groups = {half: sorted((EVENTS / "gold" / half).glob("*.events.json")) for half in ("tune", "heldout")}
        groups["both halves"] = groups["tune"] + groups["heldout"]
    for name, files in groups.items():
        print(f"### {name}\n\n{table(files)}\n")


if __name__ == "__main__":
    main(sys.argv[1:])
