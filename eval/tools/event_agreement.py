"""Agreement between two blind annotations of the event set (*.events.json, docs/ANNOTATION.md §3.4).

    .venv/bin/python eval/tools/event_agreement.py eval/events/gold eval/events/second-pass

Both folders are searched recursively (the gold has tune/ and heldout/); only the articles both passes have
are compared. Events are paired one to one (greedy, best overlap first) when a mention of one overlaps a
mention of the other by at least half of the shorter span. Reported:

- event F1: 2 * paired / (events of A + events of B), with any type (type-agnostic) and with pairing allowed
  only between events of the same type (same-type);
- on the type-agnostic pairs: type agreement and Cohen's kappa; participant F1 (names compared ignoring
  case, accents, full stops, a leading article and a title; a surname alone matches the full name); date
  agreement where both give a time (`date` or `date_range`): exact (the same day or the same range, a
  one-day range being that day) and overlapping; status agreement and Cohen's kappa.

`--details` lists, per article, the events left unpaired and the paired events that differ; `--json` prints
the numbers as JSON.
"""

from __future__ import annotations

import argparse
import json
import math
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from agreement import kappa  # eval/tools/, beside this script

THRESHOLD = 0.5
TITLES = frozenset({"mr", "mrs", "ms", "miss", "dr", "sir", "president", "prime", "minister", "sen", "senator",
                    "gov", "governor", "rep"})

Record = dict[str, Any]


# ---------------------------------------------------------------- reading


def load_folder(folder: Path) -> dict[str, Record]:
    """name -> record, for every *.events.json under folder (recursively)."""
    records: dict[str, Record] = {}
    for path in sorted(folder.rglob("*.events.json")):
        record: Record = json.loads(path.read_text(encoding="utf-8"))
        name = str(record.get("name") or path.name.removesuffix(".events.json"))
        if name in records:
            raise SystemExit(f"{name}: annotated twice under {folder}")
        records[name] = record
    return records


def _mentions(event: Record) -> list[tuple[int, int]]:
    return [(int(m["start"]), int(m["end"])) for m in event.get("mentions") or []]


# ---------------------------------------------------------------- pairing


def mention_overlap(a: tuple[int, int], b: tuple[int, int]) -> float:
    """Shared characters over the length of the shorter span."""
    shared = min(a[1], b[1]) - max(a[0], b[0])
    shorter = min(a[1] - a[0], b[1] - b[0])
    if shared <= 0 or shorter <= 0:
        return 0.0
    return shared / shorter


def event_overlap(a: Record, b: Record) -> tuple[float, float]:
    """The best overlap between any mention of a and any mention of b: over the shorter span, then (to break
    ties, so that "met Bob Cruz" pairs with "met Bob Cruz" before "met Bob") over the longer one."""
    best = (0.0, 0.0)
    for x in _mentions(a):
        for y in _mentions(b):
            shared = min(x[1], y[1]) - max(x[0], y[0])
            if shared > 0:
                best = max(best, (mention_overlap(x, y), shared / max(x[1] - x[0], y[1] - y[0])))
    return best


def pair_events(first: Sequence[Record], second: Sequence[Record], same_type: bool = False) -> list[tuple[int, int]]:
    """Greedy one-to-one pairing, best overlap first: (index in first, index in second), sorted."""
    cands = sorted(
        ((event_overlap(a, b), i, j) for i, a in enumerate(first) for j, b in enumerate(second)
         if not same_type or a.get("type") == b.get("type")),
        key=lambda c: (-c[0][0], -c[0][1], c[1], c[2]))
    used_a: set[int] = set()
    used_b: set[int] = set()
    pairs: list[tuple[int, int]] = []
    for score, i, j in cands:
        if score[0] < THRESHOLD:
            break
        if i in used_a or j in used_b:
            continue
        used_a.add(i)
        used_b.add(j)
        pairs.append((i, j))
    return sorted(pairs)


# ---------------------------------------------------------------- fields


def name_form(name: str) -> list[str]:
    """Words of a name, compared loosely: no case, accents, full stops, leading article or title."""
    ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    words = ascii_name.casefold().replace(".", " ").replace(",", " ").replace("’", "'").split()
    if len(words) > 1 and words[0] in ("the", "a", "an"):
        words = words[1:]
    while len(words) > 1 and words[0] in TITLES:
        words = words[1:]
    return words


def same_participant(a: str, b: str) -> bool:
    """Equal names, or a surname alone against a full name ("Trump" ~ "Donald Trump")."""
    wa, wb = name_form(a), name_form(b)
    if not wa or not wb:
        return False
    if wa == wb:
        return True
    if len(wa) == 1 and len(wb) > 1:
        return wa[0] == wb[-1]
    if len(wb) == 1 and len(wa) > 1:
        return wb[0] == wa[-1]
    return False


def paired_participants(a: Sequence[str], b: Sequence[str]) -> int:
    """How many participants of a and b pair one to one (equal names first, then a surname to a full name)."""
    used_a: set[int] = set()
    used_b: set[int] = set()
    for loose in (False, True):
        for i, x in enumerate(a):
            if i in used_a:
                continue
            for j, y in enumerate(b):
                if j not in used_b and (same_participant(x, y) if loose else name_form(x) == name_form(y)):
                    used_a.add(i)
                    used_b.add(j)
                    break
    return len(used_a)


def interval(event: Record) -> tuple[str, str] | None:
    """The event's time as an ISO day interval, or None when it gives none."""
    if event.get("date"):
        return str(event["date"]), str(event["date"])
    rng = event.get("date_range")
    if rng:
        return str(rng[0]), str(rng[1])
    return None


def _ratio(num: float, den: float) -> float:
    return num / den if den else math.nan


# ---------------------------------------------------------------- agreement


@dataclass
class Tally:
    articles: int = 0
    articles_both_empty: int = 0
    articles_one_empty: int = 0
    events_first: int = 0
    events_second: int = 0
    paired: int = 0
    paired_same_type: int = 0
    types: tuple[list[str], list[str]] = field(default_factory=lambda: ([], []))
    statuses: tuple[list[str], list[str]] = field(default_factory=lambda: ([], []))
    participants_first: int = 0
    participants_second: int = 0
    participants_paired: int = 0
    participant_sets_equal: int = 0
    dated_both: int = 0
    dated_one: int = 0
    dated_neither: int = 0
    date_exact: int = 0
    date_overlap: int = 0
    text_mismatch: list[str] = field(default_factory=list)
    details: list[str] = field(default_factory=list)


def _label(event: Record) -> str:
    mentions = event.get("mentions") or [{}]
    return f"{event.get('type')}/{event.get('status')} {mentions[0].get('text')!r}"


def compare_article(tally: Tally, name: str, a: Record, b: Record) -> None:
    first: list[Record] = list(a.get("events") or [])
    second: list[Record] = list(b.get("events") or [])
    tally.articles += 1
    tally.articles_both_empty += not first and not second
    tally.articles_one_empty += bool(first) != bool(second)
    if a.get("text_sha256") and b.get("text_sha256") and a["text_sha256"] != b["text_sha256"]:
        tally.text_mismatch.append(name)
    tally.events_first += len(first)
    tally.events_second += len(second)
    pairs = pair_events(first, second)
    tally.paired += len(pairs)
    tally.paired_same_type += len(pair_events(first, second, same_type=True))
    notes: list[str] = []
    for i, j in pairs:
        x, y = first[i], second[j]
        tally.types[0].append(str(x.get("type")))
        tally.types[1].append(str(y.get("type")))
        tally.statuses[0].append(str(x.get("status")))
        tally.statuses[1].append(str(y.get("status")))
        px: list[str] = list(x.get("participants") or [])
        py: list[str] = list(y.get("participants") or [])
        shared = paired_participants(px, py)
        tally.participants_first += len(px)
        tally.participants_second += len(py)
        tally.participants_paired += shared
        tally.participant_sets_equal += shared == len(px) == len(py)
        tx, ty = interval(x), interval(y)
        if tx and ty:
            tally.dated_both += 1
            tally.date_exact += tx == ty
            tally.date_overlap += tx[0] <= ty[1] and ty[0] <= tx[1]
        elif tx or ty:
            tally.dated_one += 1
        else:
            tally.dated_neither += 1
        diffs = [f"{k}: {x.get(k)!r} vs {y.get(k)!r}" for k in ("type", "status") if x.get(k) != y.get(k)]
        if tx != ty:
            diffs.append(f"time: {tx} vs {ty}")
        if not shared == len(px) == len(py):
            diffs.append(f"participants: {px} vs {py}")
        if diffs:
            notes.append(f"  paired {_label(x)} ~ {_label(y)}: " + "; ".join(diffs))
    paired_a = {i for i, _ in pairs}
    paired_b = {j for _, j in pairs}
    notes += [f"  only first:  {_label(e)}" for i, e in enumerate(first) if i not in paired_a]
    notes += [f"  only second: {_label(e)}" for j, e in enumerate(second) if j not in paired_b]
    if notes:
        tally.details.append(f"{name} ({len(first)} vs {len(second)} events, {len(pairs)} paired)")
        tally.details.extend(notes)


def agreement(first: dict[str, Record], second: dict[str, Record]) -> tuple[dict[str, Any], Tally]:
    tally = Tally()
    for name in sorted(set(first) & set(second)):
        compare_article(tally, name, first[name], second[name])
    both_events = tally.events_first + tally.events_second
    n = tally.paired
    stats: dict[str, Any] = {
        "articles": tally.articles,
        "articles_only_first": len(set(first) - set(second)),
        "articles_only_second": len(set(second) - set(first)),
        "articles_both_empty": tally.articles_both_empty,
        "articles_one_empty": tally.articles_one_empty,
        "events_first": tally.events_first,
        "events_second": tally.events_second,
        "paired": n,
        "event_f1_any_type": _ratio(2 * n, both_events),
        "paired_same_type": tally.paired_same_type,
        "event_f1_same_type": _ratio(2 * tally.paired_same_type, both_events),
        "type_agreement": _ratio(sum(p == q for p, q in zip(*tally.types, strict=True)), n),
        "type_kappa": kappa(*tally.types),
        "participant_f1": _ratio(2 * tally.participants_paired,
                                 tally.participants_first + tally.participants_second),
        "participant_sets_equal": _ratio(tally.participant_sets_equal, n),
        "dated_both": tally.dated_both,
        "dated_one_only": tally.dated_one,
        "dated_neither": tally.dated_neither,
        "date_exact": _ratio(tally.date_exact, tally.dated_both),
        "date_overlap": _ratio(tally.date_overlap, tally.dated_both),
        "status_agreement": _ratio(sum(p == q for p, q in zip(*tally.statuses, strict=True)), n),
        "status_kappa": kappa(*tally.statuses),
        "text_sha256_mismatch": tally.text_mismatch,
    }
    return stats, tally


def _fmt(value: Any) -> str:
    if isinstance(value, float):
        return "n/a" if math.isnan(value) else f"{value:.3f}"
    return str(value)


def format_report(stats: dict[str, Any]) -> str:
    s = {k: _fmt(v) for k, v in stats.items()}
    lines = [
        f"articles compared: {s['articles']} (only in first: {s['articles_only_first']}, only in second: "
        f"{s['articles_only_second']}); both with no event: {s['articles_both_empty']}, "
        f"one with none: {s['articles_one_empty']}",
        f"events: first {s['events_first']}, second {s['events_second']}",
        f"event F1, any type:  {s['event_f1_any_type']}  ({s['paired']} paired)",
        f"event F1, same type: {s['event_f1_same_type']}  ({s['paired_same_type']} paired)",
        "on the type-agnostic pairs:",
        f"  type      agreement {s['type_agreement']}  kappa {s['type_kappa']}",
        f"  status    agreement {s['status_agreement']}  kappa {s['status_kappa']}",
        f"  participants F1 {s['participant_f1']}  (identical sets {s['participant_sets_equal']})",
        f"  date, where both give one ({s['dated_both']} pairs; one only {s['dated_one_only']}, neither "
        f"{s['dated_neither']}): exact {s['date_exact']}  overlapping {s['date_overlap']}",
    ]
    if stats["text_sha256_mismatch"]:
        lines.append("WARNING: the passes read different texts for: " + ", ".join(stats["text_sha256_mismatch"]))
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("first", type=Path, help="folder of the first pass (e.g. eval/events/gold)")
    parser.add_argument("second", type=Path, help="folder of the second pass (e.g. eval/events/second-pass)")
    parser.add_argument("--details", action="store_true", help="list unpaired and differing events per article")
    parser.add_argument("--json", action="store_true", help="print the numbers as JSON")
    args = parser.parse_args(argv)
    for folder in (args.first, args.second):
        if not folder.is_dir():
            parser.error(f"{folder} is not a folder")
    stats, tally = agreement(load_folder(args.first), load_folder(args.second))
    if args.json:
        print(json.dumps({k: None if isinstance(v, float) and math.isnan(v) else v for k, v in stats.items()},
                         indent=2))
    else:
        print(format_report(stats))
    if args.details and tally.details:
        print()
        print("\n".join(tally.details))


if __name__ == "__main__":
    main()
