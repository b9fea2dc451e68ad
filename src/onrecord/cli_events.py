"""The `events` command: meetings, calls, summits, visits ... from the store, one per occasion across articles."""

from __future__ import annotations

import argparse
import csv
import json
import sys
from typing import Any

from onrecord.cli_common import count, excerpt, open_store, visible
from onrecord.model import EVENT_STATUSES, EVENT_TYPES
from onrecord.store import DEFAULT_DB, StoreError
from onrecord.store.events import EventFilter, corpus_events, flat_rows
from onrecord.store.queries import QueryError, article_row_id, lookup_actor

COLUMNS = ("id", "type", "status", "date", "place", "participants", "sources", "articles", "mention")


def add_event_commands(sub: Any, iso_date: Any) -> None:
    ev = sub.add_parser("events", help="meetings, calls, summits, visits ... across articles, latest first")
    ev.add_argument("--db", default=DEFAULT_DB, help=f"the store (default: ./{DEFAULT_DB})")
    ev.add_argument("--actor", help="only events this actor took part in (name, alias or id)")
    ev.add_argument("--type", choices=EVENT_TYPES, help="only events of this type")
    ev.add_argument("--status", choices=EVENT_STATUSES, help="only events with this status")
    ev.add_argument("--since", type=iso_date, help="only events on or after this date (dated ones)")
    ev.add_argument("--until", type=iso_date, help="only events on or before this date (dated ones)")
    ev.add_argument("--undated", action="store_true", help="only events the text gives no date for")
    ev.add_argument("--article", help="only events this article reports (its id, as `onrecord articles` lists)")
    ev.add_argument("--limit", type=count, default=100, help="at most this many events (default 100)")
    ev.add_argument("--format", choices=("table", "json", "csv"), default="table", help="table (default), json, csv")
    ev.set_defaults(run=_run_events)


def _run_events(args: argparse.Namespace) -> int:
    try:
        with open_store(args.db) as store:
            actor_id = None
            if args.actor:
                actor = lookup_actor(store, args.actor)
                actor_id = int(actor["id"])
            article_id = article_row_id(store, args.article) if args.article else None
            if args.article and article_id is None:
                raise QueryError(f"no article {args.article!r} in the store (see `onrecord articles`)")
            f = EventFilter(actor_id=actor_id, type=args.type, status=args.status, since=args.since,
                            until=args.until, undated=True if args.undated else None, article_id=article_id,
                            limit=args.limit)
            events = corpus_events(store.conn, f)
    except (StoreError, QueryError) as err:
        print(f"onrecord: error: {visible(str(err))}", file=sys.stderr)
        return 2
    if args.format == "json":
        print(json.dumps(events, ensure_ascii=False, indent=2))
    elif args.format == "csv":
        writer = csv.DictWriter(sys.stdout, fieldnames=COLUMNS)
        writer.writeheader()
        writer.writerows(flat_rows(events))
    else:
        _table(flat_rows(events))
    return 0


def _table(rows: list[dict[str, Any]]) -> None:
    print(f"{'date':<23} {'type':<16} {'status':<9} {'participants':<40} {'place':<20} sources")
    for r in rows:
        print(f"{excerpt(str(r['date']) or '-', 23):<23} {r['type']:<16} {r['status']:<9} "
              f"{excerpt(r['participants'] or '-', 40):<40} {excerpt(r['place'] or '-', 20):<20} "
              f"{r['sources']}: {excerpt(r['articles'], 60)}")
    print(f"{len(rows)} events")
