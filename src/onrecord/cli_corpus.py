"""Corpus commands: ingest, reprocess, statements, actors, show, export, errors."""

from __future__ import annotations

import argparse
import json
import os
import shutil
import sys
from collections.abc import Iterable, Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any, TextIO

from onrecord.cli_common import (
    count,
    excerpt,
    fail,
    open_store,
    output_format,
    port,
    positive,
    publication_date,
    unwritable,
    visible,
)
from onrecord.store import DEFAULT_DB, StoreError
from onrecord.store import queries as q
from onrecord.store.events import (
    article_events,
    iter_corpus_events,
    write_events_csv,
    write_events_jsonl,
    write_events_parquet,
)
from onrecord.store.export import headline, said_label, write_csv, write_parquet
from onrecord.store.paths import is_store_file
from onrecord.store.queries import SQLITE_MAX_INT

STATEMENTS_PAGE = 50  # statements in a table on a terminal, unless --limit or --all


def add_commands(sub: Any, iso_date: Any, settings_of: Any) -> None:
    def db_option(p: argparse.ArgumentParser) -> None:
        p.add_argument("--db", default=DEFAULT_DB, help=f"the store (default: ./{DEFAULT_DB})")

    ing = sub.add_parser("ingest", help="analyse text, HTML, WARC and JSONL into the store")
    ing.add_argument("paths", nargs="+", metavar="PATH", help="files, directories (recursive) or - for stdin")
    db_option(ing)
    ing.add_argument("--workers", type=positive, default=None,
                     help="local worker processes (default: one per usable core, fewer for a small input)")
    ing.add_argument("--dask", metavar="ADDRESS", help="run extraction on this Dask scheduler (tcp://host:8786)")
    ing.add_argument("--shards", metavar="DIR", help="workers write Parquet shards to DIR (a folder they all "
                     "see) instead of sending results back; `onrecord load DIR` stores them")
    ing.add_argument("--published", type=publication_date, help="publication date for inputs that carry none")
    ing.add_argument("--outlet", help="outlet for inputs that carry none")
    ing.add_argument("--field", action="append", default=[], metavar="NAME=FIELD",
                     help="JSONL field names, e.g. --field text=body --field published=date")
    ing.add_argument("--actors", action="append", default=[], type=Path, metavar="FILE",
                     help="a YAML actors file (names, aliases, roles with dates); repeatable")
    ing.add_argument("--no-starter-actors", action="store_true", help="do not load the actors file onrecord ships")
    ing.add_argument("--progress", choices=("auto", "on", "off"), default="auto",
                     help="a progress bar (auto: on a terminal)")
    ing.add_argument("--json", action="store_true", help="print the summary as JSON")
    ing.add_argument("--model", default=None, help="installed spaCy pipeline to use")
    ing.add_argument("--issues", default=None, metavar="FILE",
                     help="a taxonomy (YAML): store each statement's issues and stances")
    metadata_options(ing)
    ing.set_defaults(run=lambda a: _run_ingest(a, settings_of(a)))

    ld = sub.add_parser("load", help="merge Parquet shards written by `ingest --shards` into the store")
    ld.add_argument("shards", metavar="DIR", help="the folder `ingest --shards` wrote")
    db_option(ld)
    ld.set_defaults(run=_run_load)

    rep = sub.add_parser("reprocess", help="re-run extraction on articles an older pipeline analysed")
    db_option(rep)
    rep.add_argument("--all", action="store_true", help="every article, not only those of older pipelines")
    rep.add_argument("--workers", type=positive, default=None,
                     help="local worker processes (default: one per usable core, fewer for a few articles)")
    rep.add_argument("--dask", metavar="ADDRESS", help="run extraction on this Dask scheduler (tcp://host:8786)")
    rep.add_argument("--progress", choices=("auto", "on", "off"), default="auto",
                     help="a progress bar (auto: on a terminal)")
    rep.add_argument("--issues", default=None, metavar="FILE",
                     help="a taxonomy (YAML): tag the statements again with its issues and stances (the file "
                          "given to ingest, or a new or changed one)")
    rep.add_argument("--drop-issues", action="store_true",
                     help="reprocess a store whose statements carry issues without a taxonomy: the issues go")
    rep.set_defaults(run=lambda a: _run_reprocess(a, settings_of(a)))

    st = sub.add_parser("statements", help="statements in the store, filtered")
    db_option(st)
    st.add_argument("--actor", help="actor name, alias or id (see `onrecord actors`)")
    st.add_argument("--with-parts", action="store_true",
                    help="with --actor: its institutions too ('United States' with the White House, the Pentagon)")
    st.add_argument("--outlet", help="only this outlet (any case)")
    # The article's day: a statement's own day (``said``, "In a 2015 interview, ...") is printed with it, and
    # positions, shifts and timelines place it there.
    st.add_argument("--since", type=iso_date, help="in an article published on or after (YYYY-MM-DD); each "
                    "statement's own day, where the text gives one, is its 'said' (--said-since/--said-until)")
    st.add_argument("--until", type=iso_date, help="in an article published on or before (YYYY-MM-DD)")
    st.add_argument("--said-since", type=iso_date, metavar="DATE",
                    help="said on or after (YYYY-MM-DD): the statement's own day, or its range overlapping, where "
                         "the text gives one ('In a 2015 interview'), else its article's day")
    st.add_argument("--said-until", type=iso_date, metavar="DATE", help="said on or before (YYYY-MM-DD), as "
                    "--said-since")
    st.add_argument("--act", choices=q.ACTS, help="only this speech act")
    st.add_argument("--kind", choices=q.KINDS, help="direct, indirect or mixed quotation")
    st.add_argument("--issue", metavar="ID", help="statements tagged with this issue (ingest --issues FILE)")
    st.add_argument("--stance", choices=q.STANCES, help="with this stance (on --issue, or on any issue)")
    st.add_argument("--hedged", action=argparse.BooleanOptionalAction, default=None,
                    help="only hedged statements (--no-hedged: only unhedged)")
    st.add_argument("--search", help='full-text search in statement contents and speakers: "a phrase", -word, '
                    'word* (every word it starts: hostage* finds hostages)')
    st.add_argument("--article", help="only this article (id)")
    st.add_argument("--sort", choices=("relevance", "date"), default=None,
                    help="relevance: best matches of --search first (the default with --search); date: oldest "
                         "article first (the default otherwise)")
    st.add_argument("--limit", type=count, default=None,
                    help=f"at most this many statements (default: {STATEMENTS_PAGE} in a table on a terminal, "
                         "every one otherwise)")
    st.add_argument("--offset", type=count, default=0, help="skip this many first (the next page: --offset 50)")
    st.add_argument("--all", action="store_true", help="every statement, also in a table on a terminal")
    st.add_argument("--wide", action="store_true",
                    help="a table with no cell cut to the terminal's width (also into a pipe)")
    st.add_argument("--format", choices=("table", "json", "jsonl", "csv"), default=None,
                    help="table on a terminal, jsonl otherwise")
    st.set_defaults(run=_run_statements)

    ar = sub.add_parser("articles", help="articles in the store, newest first; full-text search over their texts")
    db_option(ar)
    ar.add_argument("--search", help='words that must all occur in the title or text ("a phrase", -word, '
                    'word*)')
    ar.add_argument("--sort", choices=("relevance", "date"), default=None,
                    help="relevance: best matches of --search first (the default with --search); date: newest first")
    ar.add_argument("--outlet", help="only this outlet (any case)")
    ar.add_argument("--undated", action="store_true", help="only articles with no publication date")
    ar.add_argument("--limit", type=count, default=50, help="at most this many articles (default 50)")
    ar.add_argument("--format", choices=("table", "json", "jsonl"), default=None,
                    help="table on a terminal, jsonl otherwise")
    ar.set_defaults(run=_run_articles)

    ac = sub.add_parser("actors", help="actors across the corpus with counts and aliases")
    db_option(ac)
    ac.add_argument("--all", action="store_true", help="also actors with no statement (from actors files)")
    ac.add_argument("--search", metavar="NAME", help="actors whose name or an alias contains NAME (any case)")
    ac.add_argument("--limit", type=count, default=None, help="at most this many actors")
    ac.add_argument("--format", choices=("table", "json", "jsonl"), default=None,
                    help="table on a terminal, jsonl otherwise")
    ac.set_defaults(run=_run_actors)

    qu = sub.add_parser("quotes", help="the same quote across outlets: each quote with its sources")
    db_option(qu)
    qu.add_argument("--actor", help="actor name, alias or id")
    qu.add_argument("--min-sources", type=positive, default=2, metavar="N",
                    help="only quotes carried by at least N articles (default 2: the same quote across outlets; "
                         "1 lists every quote)")
    qu.add_argument("--limit", type=count, default=None, help="at most this many quotes")
    qu.add_argument("--format", choices=("table", "json", "jsonl"), default=None,
                    help="table on a terminal, jsonl otherwise")
    qu.set_defaults(run=_run_quotes)

    sh = sub.add_parser("show", help="one article with its statements marked")
    sh.add_argument("article", help="article id (as listed by `statements`), row id or content-hash prefix")
    db_option(sh)
    sh.add_argument("--format", choices=("text", "json"), default="text", help="text (default) or json")
    sh.set_defaults(run=_run_show)

    ex = sub.add_parser("export", help="every statement (with article metadata) to JSONL, CSV or Parquet; "
                                       "with --output, the events beside it (NAME.events.EXT)")
    db_option(ex)
    ex.add_argument("--format", choices=("jsonl", "csv", "parquet"), required=True, help="the file format")
    ex.add_argument("--output", "-o", type=Path, help="file to write (stdout for jsonl/csv when left out); "
                                                      "the events go to NAME.events.EXT beside it")
    ex.add_argument("--events", action="store_true",
                    help="write only the events (meetings, calls, summits ...): one line per event in JSONL, "
                         "one row per article's report of it in CSV and Parquet")
    ex.set_defaults(run=_run_export)

    sv = sub.add_parser("serve", help="the web reader, actor pages, search and the JSON API over a store")
    db_option(sv)
    sv.add_argument("--host", default="127.0.0.1", help="address to listen on (default: loopback only)")
    sv.add_argument("--port", type=port, default=8000, help="port to listen on (default 8000)")
    sv.add_argument("--processes", type=positive, default=None, dest="server_processes",
                    help="server processes answering requests (default 1, or ONRECORD_SERVE_PROCESSES); "
                         "one per core answers more at once")
    sv.set_defaults(run=lambda a: _run_serve(a, settings_of(a)))

    from onrecord.cli_positions import add_position_commands

    add_position_commands(sub, iso_date)

    er = sub.add_parser("errors", help="inputs that could not be read or analysed, with the reason")
    db_option(er)
    er.add_argument("--format", choices=("table", "json"), default="table", help="table (default) or json")
    er.add_argument("--skipped", action="store_true",
                    help="list the inputs skipped instead (another language, an empty text), with the reason")
    er.set_defaults(run=_run_errors)


def metadata_options(ing: argparse.ArgumentParser) -> None:
    ing.add_argument("--metadata", metavar="FILE", type=Path,
                     help="a CSV, TSV or JSONL table of per-article metadata, joined by file name, stem or id "
                          "(columns published, outlet, title, author, url; common spellings recognised)")
    ing.add_argument("--meta-field", action="append", default=[], metavar="NAME=COLUMN",
                     help="the metadata column for NAME (key, published, outlet, title, author, url), "
                          "e.g. --meta-field published=publication_date")
    ing.add_argument("--name-pattern", metavar="PATTERN",
                     help="fields in file names, e.g. '{outlet}_{published:%%Y-%%m-%%d}_{slug}'")
    ing.add_argument("--title-line", action="store_true", help="a plain text's first line is its title")


def metadata_of(args: argparse.Namespace) -> Any:
    """The ``ArticleMetadata`` the options ask for, or None."""
    from onrecord.ingest.metadata import ArticleMetadata, MetadataColumns

    if args.metadata is None and args.name_pattern is None and not args.title_line:
        if args.meta_field:
            from onrecord.ingest.metadata import MetadataError

            raise MetadataError("--meta-field needs --metadata FILE")
        return None
    columns = MetadataColumns().with_overrides(args.meta_field)
    metadata = ArticleMetadata.load(args.metadata, columns, args.name_pattern, args.title_line)
    if metadata.unread_dates:  # "29-05-2025" left its article undated, and only the run's undated count said so
        from onrecord.ingest.metadata import DATE_FORMS

        shown = "; ".join(f"{key}: {cell!r}" for key, cell in metadata.unread_dates[:3])
        more = f" and {len(metadata.unread_dates) - 3} more" if len(metadata.unread_dates) > 3 else ""
        print(visible(f"onrecord: warning: {args.metadata}: {len(metadata.unread_dates)} date(s) in no form onrecord "
                      f"reads leave their articles undated ({shown}{more}); write them as {DATE_FORMS}"),
              file=sys.stderr)
    return metadata


def _show_progress(choice: str) -> bool:
    return choice == "on" or (choice == "auto" and sys.stderr.isatty())


MAX_WARNINGS_SHOWN = 20  # warnings an ingest prints on stderr; `--json` holds every one


def _run_ingest(args: argparse.Namespace, settings: Any) -> int:
    from onrecord.api import ingest
    from onrecord.corpus import IngestOptions
    from onrecord.ingest.metadata import MetadataError
    from onrecord.ingest.sources import JsonlFields
    from onrecord.resolve.corpus import ActorsFileError

    try:
        fields = JsonlFields().with_overrides(args.field)
    except ValueError as err:
        return fail(f"--field: {err}")
    # A mistyped path was analysed as a run of one failed input: the spaCy pipeline loaded, an empty store
    # made, and "1 failed" said, its reason only in `onrecord errors`.
    missing = [p for p in args.paths if p != "-" and not os.path.lexists(p)]
    if missing and len(missing) == len(args.paths):
        return fail(f"no such file or directory: {', '.join(missing)}")
    try:
        metadata = metadata_of(args)
    except MetadataError as err:
        return fail(str(err))
    if problem := unwritable(args.db):
        return fail(problem, 1)
    if args.shards is not None and os.path.exists(args.shards) and not os.path.isdir(args.shards):
        return fail(f"--shards {args.shards} is a file, not a folder: name a folder for the shards")  # was "[Errno 17]"
    for path in missing:  # the others are read; this one is recorded as failed, as any unreadable input
        print(visible(f"onrecord: warning: {path}: no such file or directory"), file=sys.stderr)
    options = IngestOptions(db=args.db, workers=args.workers, dask=args.dask, published=args.published,
                            metadata=metadata,
                            outlet=args.outlet, fields=fields, actors_files=tuple(args.actors),
                            starter_actors=not args.no_starter_actors, progress=_show_progress(args.progress),
                            shards=args.shards)
    try:
        summary = ingest(args.paths, options, settings)
    except (StoreError, ActorsFileError, OSError) as err:  # a run that stopped (a full store...): 2 is for usage
        return fail(str(err), 1)
    if args.json:
        print(json.dumps(summary.to_dict(), indent=2))
    print(f"onrecord: {summary}", file=sys.stderr)
    for warning in summary.warnings[:MAX_WARNINGS_SHOWN]:
        print(f"onrecord: warning: {warning}", file=sys.stderr)
    if len(summary.warnings) > MAX_WARNINGS_SHOWN:  # a folder of 50,000 `index.html` said each of its ids taken
        more = len(summary.warnings) - MAX_WARNINGS_SHOWN
        print(f"onrecord: ... and {more} more warning(s); `--json` lists them all", file=sys.stderr)
    if summary.undated:
        print(f"onrecord: {summary.undated} article(s) have no date; `onrecord articles --undated --db {args.db}` "
              "lists them (give dates with --metadata, --name-pattern or --published)", file=sys.stderr)
    if summary.skipped:
        print(f"onrecord: {summary.skipped} input(s) skipped; `onrecord errors --skipped --db {args.db}` lists them "
              "with the reason", file=sys.stderr)
    if summary.failed:
        print(f"onrecord: {summary.failed} input(s) failed; `onrecord errors --db {args.db}` lists them",
              file=sys.stderr)
    if summary.already and settings.issues:  # a taxonomy changed after a first ingest reached none of them
        # Said as a condition: a run resumed after a kill, with the same taxonomy, was told to re-tag them all.
        print(f"onrecord: the {summary.already} article(s) already in the store keep the issues they were tagged "
              f"with; if {settings.issues} changed since they were stored, `onrecord reprocess --all --issues "
              f"{settings.issues} --db {args.db}` tags them with it", file=sys.stderr)
    return 1 if summary.failed else 0


def _run_load(args: argparse.Namespace) -> int:
    from onrecord.store.shards import load_shards

    if not Path(args.shards).is_dir():
        return fail(f"no shard folder at {args.shards}")
    if problem := unwritable(args.db):
        return fail(problem, 1)
    try:
        summary = load_shards(args.shards, args.db)
    except (StoreError, OSError, ValueError) as err:
        return fail(str(err), 1)
    print(f"onrecord: {summary}", file=sys.stderr)
    return 1 if summary.failed else 0


def _run_reprocess(args: argparse.Namespace, settings: Any) -> int:
    from onrecord.api import reprocess

    if problem := unwritable(args.db):
        return fail(problem, 1)
    if not settings.issues and not args.drop_issues:
        # Reprocessing rewrites every statement: without the taxonomy, the issues `ingest --issues` stored
        # went with them, silently (positions and shifts then found nothing).
        from onrecord.batch import pipeline_version

        try:
            with open_store(args.db) as store:
                taxonomies = q.tagged_taxonomies(store)
                if taxonomies and not args.all:  # nothing to redo, nothing lost
                    taxonomies = taxonomies if store.analysed_article_ids(
                        unless_version=pipeline_version(settings)) else []
        except StoreError as err:
            return fail(str(err))
        if taxonomies:
            return fail(f"the statements in {args.db} carry issues of the taxonomy "
                        f"{', '.join(repr(t) for t in taxonomies)}, which reprocessing would drop: give its file "
                        "with --issues FILE (or a changed one), or --drop-issues to drop them", 2)
    try:
        summary = reprocess(args.db, everything=args.all, workers=args.workers, dask=args.dask, settings=settings,
                            progress=_show_progress(args.progress))
    except StoreError as err:
        return fail(str(err), 1)
    print(f"onrecord: {summary}", file=sys.stderr)
    return 1 if summary.failed else 0


def _run_statements(args: argparse.Namespace) -> int:
    fmt = "table" if args.wide and not args.format else output_format(args)  # --wide is for a pager or a file
    # A table on a terminal is read, not processed: one page, and a line saying how many more there are.
    paged = fmt == "table" and args.limit is None and not args.all and sys.stdout.isatty()
    limit = STATEMENTS_PAGE if paged else None if args.all else args.limit
    if limit is None and args.offset:
        limit = SQLITE_MAX_INT  # OFFSET needs a LIMIT; this one is "no limit"
    f = q.StatementFilter(actor=args.actor, with_parts=args.with_parts, outlet=args.outlet, since=args.since,
                          until=args.until, said_since=args.said_since, said_until=args.said_until, act=args.act,
                          issue=args.issue, stance=args.stance, kind=args.kind,
                          hedged=args.hedged, search=args.search, article=args.article, limit=limit,
                          offset=args.offset, relevance=_by_relevance(args))
    try:
        with open_store(args.db) as store:
            if not paged:  # streamed: an export of every statement does not sit in memory
                written = [0]
                _write_rows(_counted(q.iter_statements(store, f), written), fmt, sys.stdout, wide=args.wide)
                _say_none(written[0], "statement")
                _say_which_actor(store, replace(f, limit=None, offset=0), written[0] + args.offset)
                return 0
            rows = q.statements(store, f)
            _write_rows(rows, fmt, sys.stdout, wide=args.wide)
            _say_none(len(rows), "statement")
            _say_what_is_left(len(rows), args.offset, q.count_statements(store, replace(f, limit=None, offset=0)))
            _say_which_actor(store, replace(f, limit=None, offset=0), len(rows) + args.offset)
    except (StoreError, q.QueryError) as err:
        return fail(str(err))
    return 0


def _say_not_analysed(count: int, newest: list[dict[str, Any]]) -> None:
    """On stderr: the articles stored and not analysed (another language), which ``articles`` leaves out."""
    if not count:
        return
    named = ", ".join(f"{visible(r['id'])} ({r['language'] or '?'})" for r in newest)
    print(f"onrecord: {count} stored article(s) not analysed (another language) are not listed: {named}"
          f"{', ...' if count > len(newest) else ''}; `onrecord errors --skipped` lists them with the reason, "
          "`onrecord show ID` shows one", file=sys.stderr)


def _by_relevance(args: argparse.Namespace) -> bool:
    """A search's best matches first unless ``--sort date`` asks for the date order (a reader who searches
    expects the article that is about the words first, not the newest that names them once)."""
    return bool(args.search) and args.sort != "date"


def _counted(rows: Iterable[dict[str, Any]], seen: list[int]) -> Iterator[dict[str, Any]]:
    for row in rows:
        seen[0] += 1
        yield row


def _say_which_actor(store: Any, f: q.StatementFilter, found: int) -> None:
    """On stderr, which actor ``--actor`` was taken as when the answer may surprise: nothing found while the
    name could mean other actors, or an actor found while another it could mean is quoted more (a label's
    "Biden" beside Joe Biden). Silent otherwise: "Trump" is Donald Trump without a word about Melania."""
    chosen, others = q.actor_alternatives(store, f)
    if chosen is None:
        return
    taken = f"onrecord: --actor {f.actor!r} is {chosen['name']} ({chosen['slug']})"
    if found == 0 and others:
        print(f"{taken}, with no statements these filters find; the name could also mean: "
              f"{q.describe_actors(others)}", file=sys.stderr)
    elif found and (more := [r for r in others if r["n_statements"] > chosen["n_statements"]]):
        print(f"{taken}; quoted more, the name could also mean: {q.describe_actors(more)} "
              "(give the full name or the id)", file=sys.stderr)


def _say_none(found: int, what: str) -> None:
    """On stderr (a pipe still gets clean output): an empty answer says so, not a bare header a reader takes
    for a failure or a slow query."""
    if not found:
        print(f"onrecord: no {what} found with these filters", file=sys.stderr)


def _say_what_is_left(shown: int, offset: int, total: int) -> None:
    left = total - offset - shown
    if left > 0:
        print(f"onrecord: statements {offset + 1:,}-{offset + shown:,} of {total:,} shown, {left:,} more: "
              f"--offset {offset + shown} for the next page, --all for every one", file=sys.stderr)


def _write_rows(rows: Iterable[dict[str, Any]], fmt: str, out: TextIO, *, wide: bool = False) -> None:
    if fmt == "jsonl":
        for row in rows:
            out.write(json.dumps(row, ensure_ascii=False) + "\n")
    elif fmt == "json":
        json.dump(list(rows), out, ensure_ascii=False, indent=2)
        out.write("\n")
    elif fmt == "csv":
        write_csv(rows, out)
    else:
        _statement_table(rows, out, wide=wide)


# The statement table's columns after the article id (name, width), the full set and the one for a narrow
# terminal; the content takes what the terminal has left.
_COLUMNS = (("date", 10), ("outlet", 12), ("speaker", 18), ("act", 17))
_NARROW = (("date", 10), ("speaker", 14), ("act", 10))
_MIN_CONTENT = 24  # below this the lines wrap rather than cutting every content to nothing


def _statement_table(rows: Iterable[dict[str, Any]], out: TextIO, *, wide: bool = False) -> None:
    """One line per statement, as wide as the terminal; the article column is the article's id, the name
    `articles` and the JSON print and `onrecord show` takes (the store's row number it once showed matched
    nothing a reader had seen). An id too long for the terminal is cut in the middle ("www.nort…summit-plans"),
    a form `show` also takes.

    ``wide``: nothing cut (the line is as long as its content), for a pager or a file.
    """
    rows = list(rows)
    terminal = shutil.get_terminal_size((120, 20)).columns
    article_w = _article_width(rows, terminal, wide)
    columns: tuple[tuple[str, int], ...] = (("article", article_w), *_COLUMNS)
    if not wide and terminal - sum(w + 1 for _, w in columns) < _MIN_CONTENT:
        columns = (("article", article_w), *_NARROW)
    fixed = sum(w + 1 for _, w in columns)
    content_width = max(_MIN_CONTENT, terminal - fixed)
    out.write(" ".join(f"{name:<{w}}" for name, w in columns) + " content\n")
    out.write("-" * (fixed + content_width) + "\n")
    for row in rows:
        actor = row["actor"]["name"] if row["actor"] else (row["speaker"] or {}).get("text", "?")
        art = row["article"]
        values = {"article": _middle_cut(visible(art["id"]), article_w), "date": art["published"] or "-",
                  "outlet": art["outlet"] or "-",
                  "speaker": actor, "act": row["act"] + (" ~hedged" if row["hedged"] else "")}
        text = " ".join(row["content"]["text"].split())
        line = " ".join(f"{_cell(values[name], w, wide):<{w}}" for name, w in columns)
        out.write(f"{line} {visible(text) if wide else excerpt(text, content_width)}\n")


def _article_width(rows: list[dict[str, Any]], terminal: int, wide: bool) -> int:
    """As wide as the longest id shown, and no wider than a quarter of the terminal (at most 40) nor than
    leaves the content its minimum beside the narrow columns (not under 12: a cut id keeps enough of both
    ends to be told apart). An HTML page's id is made from its URL, often 100 characters: given all the room
    but the content's minimum, it left every statement 24 characters on a 150-column terminal."""
    longest = max([7, *(len(visible(r["article"]["id"])) for r in rows)])
    if wide:
        return longest
    room = terminal - sum(w + 1 for _, w in _NARROW) - 1 - _MIN_CONTENT
    return max(12, min(longest, room, _id_share(terminal)))


def _id_share(terminal: int) -> int:
    """The most an article id may take of a table line: a quarter of the terminal, 16 to 40 characters."""
    return max(16, min(40, terminal // 4))


def _middle_cut(text: str, width: int) -> str:
    """``text`` in ``width`` characters, cut in the middle: an id's start (the outlet) and end (the title)
    tell articles apart, and `onrecord show` finds the one whose id has both."""
    if len(text) <= width:
        return text
    head = (width - 1) // 2
    return text[:head] + "…" + text[len(text) - (width - 1 - head):]


def _cell(text: str, width: int, wide: bool) -> str:
    return visible(" ".join(text.split())) if wide else excerpt(text, width)


def _print_json(rows: list[dict[str, Any]], fmt: str) -> bool:
    """Print ``rows`` as JSON or JSON Lines; False when ``fmt`` is neither (the caller prints a table)."""
    if fmt == "json":
        print(json.dumps(rows, ensure_ascii=False, indent=2))
    elif fmt == "jsonl":
        for r in rows:
            print(json.dumps(r, ensure_ascii=False))
    else:
        return False
    return True


def _run_articles(args: argparse.Namespace) -> int:
    fmt = output_format(args)
    try:
        with open_store(args.db) as store:
            if args.undated:
                from onrecord.store.positions import undated_articles

                rows = undated_articles(store, limit=args.limit, outlet=args.outlet)
            else:
                rows = q.articles(store, limit=args.limit, outlet=args.outlet, search=args.search,
                                  relevance=_by_relevance(args))
                _say_not_analysed(*q.not_analysed(store, limit=3))
    except (StoreError, q.QueryError) as err:
        return fail(str(err))
    if args.undated:
        print(f"onrecord: {len(rows)} undated article(s) listed (at most --limit {args.limit})", file=sys.stderr)
    _say_none(len(rows), "article")
    if not _print_json(rows, fmt):
        # The id column as wide as the longest id, at most a share of the terminal (an id made from a URL is
        # cut in the middle, a form `show` takes), so the titles line up beside it.
        terminal = shutil.get_terminal_size((120, 20)).columns
        id_w = min(max([2, *(len(visible(r["id"])) for r in rows)]), _id_share(terminal))
        for r in rows:
            print(f"{excerpt(r['published'] or 'undated', 10):<10} {excerpt(r['outlet'] or '-', 18):<18} "
                  f"{r['statements']:>4}  {_middle_cut(visible(r['id']), id_w):<{id_w}}  "
                  f"{excerpt(r['title'] or '', 60)}")
    return 0


def _run_actors(args: argparse.Namespace) -> int:
    fmt = output_format(args)
    try:
        with open_store(args.db) as store:
            rows = q.actors(store, limit=args.limit, search=args.search, min_statements=0 if args.all else 1)
    except StoreError as err:
        return fail(str(err))
    _say_none(len(rows), "actor")
    if not _print_json(rows, fmt):
        print(f"{'actor':<28} {'type':<12} {'statements':>10} {'articles':>8} {'quotes':>7}  aliases")
        for r in rows:
            print(f"{excerpt(r['name'], 28):<28} {excerpt(r['type'], 12):<12} {r['statements']:>10} {r['articles']:>8} "
                  f"{r['quotes']:>7}  {excerpt(', '.join(r['aliases']), 60)}")
    return 0


def _run_quotes(args: argparse.Namespace) -> int:
    fmt = output_format(args)
    try:
        with open_store(args.db) as store:
            rows = q.quotes(store, actor=args.actor, min_sources=args.min_sources, limit=args.limit)
            hidden = q.count_quotes(store, actor=args.actor) if not rows and args.min_sources > 1 else 0
    except (StoreError, q.QueryError) as err:
        return fail(str(err))
    if not _print_json(rows, fmt):
        for r in rows:
            who = r["actor"]["name"] if r["actor"] else "?"
            # Quote marks only round the speaker's own words: a paraphrase shown as a quotation invites misquoting.
            words = excerpt(r["text"], 100)
            print(f"{excerpt(who, 40)}: " + (f"“{words}”" if r["kind"] == "direct" else f"({r['kind']}) {words}"))
            # An article that says the quote twice (a briefing repeating a line) is one source, said so once.
            times: dict[str, int] = {}
            for source in r["sources"]:
                times[source["article"]] = times.get(source["article"], 0) + 1
            for source in r["sources"]:
                if (n := times.pop(source["article"], 0)) == 0:
                    continue
                print(f"    {excerpt(source['published'] or 'undated', 10):<10} "
                      f"{excerpt(source['outlet'] or '-', 20):<20} {visible(source['article'])}"
                      + (f" ({n} times)" if n > 1 else ""))
    # On stderr, as `errors` does, so a pipe still gets pure JSON; an empty answer says why it is empty.
    print(f"onrecord: {len(rows)} quote(s) carried by {args.min_sources} or more articles", file=sys.stderr)
    if hidden:
        print(f"onrecord: {hidden} quote(s) carried by fewer; --min-sources 1 lists them", file=sys.stderr)
    return 0


def _run_show(args: argparse.Namespace) -> int:
    try:
        with open_store(args.db) as store:
            data = q.article(store, args.article)
            if data is not None:
                data["events"] = article_events(store.conn, q.article_row_id(store, data["id"]))
    except StoreError as err:
        return fail(str(err))
    if data is None:
        return fail(f"no article {args.article!r} in {args.db}")
    if args.format == "json":
        print(json.dumps(data, ensure_ascii=False, indent=2))
        return 0
    text, said = data["text"], data["statements"]
    top = headline(data["title"], text)  # a text that opens with its title (--title-line): that line once
    heading = marked_text(text, said, 0, top[0]).strip() if top else data["title"] or data["id"]
    print(visible(heading) + "\n" + visible(
        f"{data['outlet'] or '-'} · {data['published'] or 'undated'} · {data['url'] or data['source'] or ''}") + "\n")
    if data.get("status") == "skipped":  # "0 statements" and no reason: a French page looked like a failure
        print(visible(f"stored, not analysed: {data.get('status_reason') or 'skipped'}") + "\n")
    elif data.get("status_reason"):  # analysed with a doubt: a page that may be truncated
        print(visible(f"note: {data['status_reason']}") + "\n")
    print(visible(marked_text(text, said, top[1] if top else 0), lines=True))
    print()
    number = {s["key"]: n for n, s in enumerate(data["statements"], start=1)}
    for n, s in enumerate(data["statements"], start=1):
        actor = s["actor"]["name"] if s["actor"] else "?"
        written = f" ({s['speaker']['text']})" if s["speaker"] else ""
        cue = s["cue"]["text"] if s["cue"] else "-"
        cue = "the label's colon (a transcript turn)" if cue == ":" else cue
        # A run-on quotation ("“A,” she said. “B.”") names the statement it continues.
        key = s.get("continues")
        continues = f" · continues [{number[key]}]" if key and key in number else ""
        # When it was made, where the text says ("said on Monday", "once said"); the article's day goes unsaid.
        said = s.get("said") or {}
        when = f" · said: {said_label(said)}" if said.get("dated_by") == "text" or said.get("earlier") else ""
        print(visible(f"[{n}] {actor}{written} · {s['act']}{' ~hedged' if s['hedged'] else ''} · {s['kind']} · "
                      f"cue: {cue}{continues}{when}"))
    _print_events(data["events"], data["id"])
    return 0


def _print_events(events: list[dict[str, Any]], slug: str) -> None:
    """The article's events under its statements: type, status, date, participants, place and how it is
    written here; "also in N articles" when others report the same occasion (`onrecord events` lists them)."""
    if not events:
        return
    print(f"\nEvents ({len(events)}):")
    for e in events:
        mine = next(s for s in e["sources"] if s["article"] == slug)
        date = mine["date"] or (" – ".join(mine["date_range"]) if mine["date_range"] else "undated")
        people = ", ".join(p["name"] for p in mine["participants"]) or "-"
        written = mine["mentions"][0]["text"] if mine["mentions"] else ""
        others = len(e["sources"]) - 1
        print(visible(f"- {e['type'].replace('_', ' ')} · {mine['status']} · {date} · {people}"
                      + (f" · in {mine['place']}" if mine["place"] else "") + f" · “{excerpt(written, 60)}”"
                      + (f" · also in {others} other article{'s' * (others > 1)}" if others else "")))


def marked_text(text: str, statements: list[dict[str, Any]], start: int = 0, end: int | None = None) -> str:
    """``text[start:end]`` with ⟦n …⟧ around each statement's content (nested ones included; one the range
    cuts is marked on its part inside)."""
    end = len(text) if end is None else end
    inserts: list[tuple[int, int, str]] = []
    for n, s in enumerate(statements, start=1):
        first, last = max(s["content"]["start"], start), min(s["content"]["end"], end)
        if first < last or first == last == s["content"]["start"]:
            inserts += [(first, 1, f"⟦{n} "), (last, 0, "⟧")]
    out, last = [], start
    for pos, _, mark in sorted(inserts):
        out.append(text[last:pos])
        out.append(mark)
        last = pos
    out.append(text[last:end])
    return "".join(out)


def _run_export(args: argparse.Namespace) -> int:
    if args.output is not None and args.output.is_dir():
        return fail(f"--output {args.output} is a folder; give a file name")
    if args.output is not None and (mine := _a_store_file(args)) is not None:
        return fail(f"--output {mine} is the store being exported (or a file SQLite keeps beside it): writing "
                    "there would destroy it; give another file name")
    if args.events:
        return _export_events_only(args)
    try:
        with open_store(args.db) as store:
            rows = q.iter_statements(store)
            if args.format == "parquet":
                if args.output is None:
                    return fail("--output FILE is needed for parquet")
                written = write_parquet(rows, args.output)
            elif args.output is None:
                _write_rows(rows, args.format, sys.stdout)
                return 0
            else:
                with args.output.open("w", encoding="utf-8", newline="") as out:
                    _write_rows(rows, args.format, out)
                written = q.count_statements(store)
            beside = events_beside(args.output)
            events = _write_events(store, args.format, beside)  # open_store has upgraded it: it has the tables
    except StoreError as err:
        return fail(str(err))
    except BrokenPipeError:  # "export ... | head": main ends it quietly, as for every command
        raise
    except OSError as err:  # pyarrow's errors included
        return fail(f"cannot write {args.output}: {err.strerror or err}", 1)
    print(f"onrecord: {written} statements written to {args.output}", file=sys.stderr)
    if events:
        print(f"onrecord: {events} event {'rows' if args.format != 'jsonl' else 'lines'} written to {beside}",
              file=sys.stderr)
    return 0


def _a_store_file(args: argparse.Namespace) -> Path | None:
    """The file an export would write (its statements, or the events beside them) that is the store itself or
    one of its SQLite files, or None. ``export --db news.db --output news.db`` opened the store for writing
    before reading it: the store was truncated to nothing, every article lost."""
    outputs = [args.output] if args.events else [args.output, events_beside(args.output)]
    return next((path for path in outputs if is_store_file(path, args.db)), None)


def events_beside(path: Path) -> Path:
    """Where the events of an export to ``path`` go: ``news.csv`` -> ``news.events.csv``."""
    return path.with_name(f"{path.stem}.events{path.suffix}" if path.suffix else f"{path.name}.events")


def _write_events(store: Any, fmt: str, path: Path | None) -> int:
    """The store's events in ``fmt`` to ``path`` (stdout when None); none written, no file, when it has none."""
    if path is not None and store.conn.execute("SELECT 1 FROM events LIMIT 1").fetchone() is None:
        return 0
    events = iter_corpus_events(store.conn)
    if fmt == "parquet":
        assert path is not None  # the caller asks for a file
        return write_events_parquet(events, path)
    if path is None:
        return (write_events_jsonl if fmt == "jsonl" else write_events_csv)(events, sys.stdout)
    with path.open("w", encoding="utf-8", newline="") as out:
        return (write_events_jsonl if fmt == "jsonl" else write_events_csv)(events, out)


def _export_events_only(args: argparse.Namespace) -> int:
    if args.format == "parquet" and args.output is None:
        return fail("--output FILE is needed for parquet")
    try:
        with open_store(args.db) as store:
            written = _write_events(store, args.format, args.output)
    except StoreError as err:
        return fail(str(err))
    except BrokenPipeError:
        raise
    except OSError as err:
        return fail(f"cannot write {args.output}: {err.strerror or err}", 1)
    if args.output is not None:
        print(f"onrecord: {written} event {'rows' if args.format != 'jsonl' else 'lines'} written to "
              f"{args.output}", file=sys.stderr)
    return 0


def _run_serve(args: argparse.Namespace, settings: Any) -> int:
    from onrecord.serve import serve

    if not Path(args.db).exists():  # a mistyped --db made an empty store and served a site with nothing in it
        return fail(f"no store at {args.db} (run `onrecord ingest ... --db {args.db}` first)")
    try:
        if args.server_processes is not None:
            settings = replace(settings, serve_processes=args.server_processes)
        serve(args.db, host=args.host, port=args.port, settings=settings)
    except StoreError as err:
        return fail(str(err))
    return 0


def _run_errors(args: argparse.Namespace) -> int:
    try:
        with open_store(args.db) as store:
            rows = q.skipped(store) if args.skipped else q.errors(store)
    except StoreError as err:
        return fail(str(err))
    if args.format == "json":
        print(json.dumps(rows, ensure_ascii=False, indent=2))
        return 0
    for r in rows:
        tag = f"skipped{' as ' + r['article'] if r['article'] else ''}" if args.skipped else r["stage"]
        print(f"{visible(r['source'])}\n    [{visible(tag)}] {visible(r['reason'] or '')}")
    print(f"{len(rows)} {'skipped' if args.skipped else 'error(s)'}", file=sys.stderr)
    return 0
