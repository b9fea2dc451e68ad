"""Every shift of the most quoted actors, with every statement either side, for judging shifts by hand.

    PYTHONPATH=src .venv/bin/python bench/shift_evidence.py pn.db                 # actors 1-10, every list
    PYTHONPATH=src .venv/bin/python bench/shift_evidence.py pn.db --rank 11-40 --counts   # how many per list

Actors are ranked by their statements (described groups and unnamed sources left out). Each actor's shifts are
computed four ways: the default (``default``: trusted statements, two articles a side), from every tagged statement
(``all2``: ``shifts --all-evidence``), with one article a side (``trusted1``: ``--min-articles 1``) and both
(``all1``). Each distinct shift is printed once with the lists that hold it, then each side's statements of its
stance on its days (up to ``--per-side``): the day it is placed on, the article's day, act, issue score, the
speaker as written and how it was resolved, the cue, and the sentence around it; ``[T]`` marks trusted evidence.
This is what the nineteenth session read to judge 44 shifts of actors 1-10 and 33 of actors 11-40
(docs/CORPUS.md, "Shifts judged as an analyst reads them").
"""

from __future__ import annotations

import argparse
from dataclasses import replace
from typing import Any

from onrecord.settings import Settings
from onrecord.store import Store
from onrecord.store.positions import TRUSTED_ACTS, PositionQuery, shifts

_SIDE = (
    "SELECT s.content, s.speaker, s.resolution, s.act, s.hedged, s.reported, i.score, ar.slug, ar.published, "
    "ar.text, s.content_start, s.content_end, s.cue, COALESCE(s.said_date, s.said_last, ar.published) AS day "
    "FROM statement_issues i JOIN statements s ON s.id = i.statement_id JOIN articles ar ON ar.id = s.article_id "
    "WHERE (s.actor_id = ? OR s.actor_id IN (SELECT group_id FROM actor_members WHERE member_id = ?)) "
    "AND i.issue = ? AND i.stance = ? AND substr(COALESCE(s.said_date, s.said_last, ar.published), 1, 10) "
    "BETWEEN ? AND ? ORDER BY day")


def _lists(store: Store, slug: str, settings: Settings) -> dict[str, list[dict[str, Any]]]:
    query = PositionQuery(actor=slug)
    return {"default": shifts(store, query, settings),
            "all2": shifts(store, replace(query, trusted_only=False), settings),
            "trusted1": shifts(store, replace(query, min_articles=1), settings),
            "all1": shifts(store, replace(query, trusted_only=False, min_articles=1), settings)}


def _context(row: Any) -> str:
    text, start, end = row["text"], row["content_start"], row["content_end"]
    opening = max(text.rfind("\n", 0, start), text.rfind(". ", 0, max(start - 1, 0))) + 1
    return text[max(opening, start - 250):min(len(text), end + 120)].replace("\n", " ")


def _trusted(row: Any, floor: float) -> bool:
    return (row["act"] in TRUSTED_ACTS and row["resolution"] == "named" and (row["score"] or 0) >= floor
            and not row["reported"])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("db")
    parser.add_argument("--rank", default="1-10", help="actors by statements, FIRST-LAST (default 1-10)")
    parser.add_argument("--counts", action="store_true", help="only each actor's count of shifts per list")
    parser.add_argument("--per-side", type=int, default=6, help="statements printed each side (default 6)")
    args = parser.parse_args()
    first, last = (int(n) for n in args.rank.split("-"))
    settings = Settings.from_env()
    store = Store(args.db, readonly=True)
    actors = store.conn.execute(
        "SELECT id, slug, name, n_statements FROM actors WHERE type NOT IN ('unnamed', 'group') "
        "ORDER BY n_statements DESC LIMIT ?", (last,)).fetchall()[first - 1:last]
    for actor in actors:
        lists = _lists(store, actor["slug"], settings)
        print(f"##### {actor['name']} ({actor['n_statements']} statements): "
              + ", ".join(f"{name} {len(found)}" for name, found in lists.items()))
        seen: dict[tuple[Any, ...], tuple[dict[str, Any], list[str]]] = {}
        for name, found in lists.items():
            for s in found:
                seen.setdefault((s["issue"], s["date"], s["from"], s["to"]), (s, []))[1].append(name)
        for (issue, day, old, new), (s, names) in sorted(seen.items(), key=lambda kv: kv[0][1]):
            back = f", back to {old} on {s['returned']['day']}" if s.get("returned") else ""
            print(f"\n=== {day} {actor['name']} on {issue}: {old} -> {new}{back}  [{'/'.join(names)}] "
                  f"confidence {s['confidence']}")
            if args.counts:
                continue
            for side, stance in (("before", old), ("after", new)):
                span = s["evidence"][side]
                print(f"  {side} {stance}: {span['statements']} statement(s) in {span['articles']} article(s), "
                      f"{span['first']} to {span['last']}, {span.get('against', 0)} the other way")
                rows = store.conn.execute(_SIDE, (actor["id"], actor["id"], issue, stance, span["first"],
                                                  span["last"])).fetchall()
                for row in rows[:args.per_side]:
                    mark = "T" if _trusted(row, settings.position_trusted_score) else "-"
                    print(f"    [{mark}] {row['day'][:10]} (article {row['published'][:10]}) {row['act']}"
                          f"{' hedged' if row['hedged'] else ''} score {row['score'] or 0:.2f} "
                          f"'{row['speaker']}' ({row['resolution']}) cue '{row['cue']}' {row['slug']}"
                          + (f" reports {row['reported']}'s position" if row["reported"] else ""))
                    print(f"        … {_context(row)} …")
                if len(rows) > args.per_side:
                    print(f"    (+{len(rows) - args.per_side} more)")
    store.close()


if __name__ == "__main__":
    main()
