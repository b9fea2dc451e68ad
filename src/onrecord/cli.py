"""``onrecord`` command line: a thin shell over ``onrecord.api`` and ``onrecord.evaluate``."""

from __future__ import annotations

import argparse
import json
import os
import shutil
import signal
import sys
from collections.abc import Iterator, Sequence
from dataclasses import replace
from pathlib import Path
from typing import TextIO

from onrecord._version import __version__
from onrecord.cli_common import (
    Parser,
    count,
    excerpt,
    iso_date,
    output_format,
    positive,
    publication_date,
    visible,
)
from onrecord.cli_corpus import add_commands, metadata_of, metadata_options
from onrecord.cli_events import add_event_commands
from onrecord.ingest import TextInput, expand
from onrecord.model import Article
from onrecord.settings import ARTICLES_PER_WORKER, Settings, auto_workers
from onrecord.store import StoreError

_STORE_WRITERS = frozenset({"ingest", "load", "reprocess"})  # commands whose work a rerun picks up


def main(argv: Sequence[str] | None = None) -> int:
    parser = _parser()
    Parser.argv = sys.argv[1:] if argv is None else list(argv)
    args, extras = parser.parse_known_args(argv)  # what parse_args does, with the options a typo may mean
    if extras:
        parser.error(_unrecognized(parser, sys.argv[1:] if argv is None else list(argv), extras))
    if not hasattr(args, "run"):
        parser.print_help()
        return 2
    since, until = getattr(args, "since", None), getattr(args, "until", None)
    if since and until and str(since) > str(until):  # it found nothing, and said only "no statement found"
        return _error(f"--since {since} is after --until {until}: no day is in that range", 2)
    said_since, said_until = getattr(args, "said_since", None), getattr(args, "said_until", None)
    if said_since and said_until and str(said_since) > str(said_until):
        return _error(f"--said-since {said_since} is after --said-until {said_until}: no day is in that range", 2)
    # SIGTERM ends a run like Ctrl-C: the article being written is rolled back, workers are shut down.
    previous = signal.signal(signal.SIGTERM, _interrupt)
    try:
        return _run(args)
    except KeyboardInterrupt:  # only the commands that write the store resume: `extract` said so too (break14)
        resumes = getattr(args, "command", None) in _STORE_WRITERS
        print("onrecord: interrupted" + ("; what was stored is kept, and the same command resumes" if resumes else ""),
              file=sys.stderr)
        return 130
    except BrokenPipeError:  # "onrecord extract ... | head": the reader has what it wanted
        _discard_stdout()
        return 0
    except StoreError as err:
        return _error(str(err))
    except OSError as err:  # a file that cannot be read or written: say which and why, no traceback
        where = f"{err.filename}: " if err.filename else ""
        return _error(f"{where}{err.strerror or err}")
    except UnicodeError as err:  # an argument or file name that is not UTF-8 reaches Python as surrogates
        return _error(f"text that is not valid UTF-8 (an argument or a file name?): {err}")
    except Exception as err:  # a bug: still one line, naming the error, for the report
        return _error(f"unexpected {type(err).__name__}: {err} (a bug in onrecord; please report it)")
    finally:
        signal.signal(signal.SIGTERM, previous)


_ALIASES = {"--database": "--db", "--store": "--db", "--date": "--published", "--from": "--since",
            "--to": "--until", "--query": "--search", "--taxonomy": "--issues", "--speaker": "--actor"}


def _unrecognized(parser: argparse.ArgumentParser, argv: list[str], extras: list[str]) -> str:
    """argparse's "unrecognized arguments: --databse x.db", with the command's options each unknown one may
    mean ("did you mean --db?")."""
    import difflib

    commands = next((a.choices for a in parser._actions if isinstance(a, argparse._SubParsersAction)), {})
    command = next((commands[w] for w in argv if w in commands), parser)
    known = [o for a in command._actions for o in a.option_strings if o.startswith("--")]
    # Names a user reaches for that are far from the option's own letters ("--database" is not near "--db").
    aliases = {name: option for name, option in _ALIASES.items() if option in known}
    # An option the command takes, refused only because it came after "--" (which makes every later word an
    # argument): "did you mean --db?" of "--db" helped nobody.
    if "--" in argv and (after := [w for w in extras if w.split("=", 1)[0] in known]):
        return (f"unrecognized arguments: {' '.join(extras)} ({', '.join(after)} came after \"--\", which makes "
                "every later word an argument: put the options before it)")
    meant: list[str] = []
    for word in extras:
        if word.startswith("--"):
            close = difflib.get_close_matches(word.split("=", 1)[0], [*known, *aliases], 1, 0.6)
            for option in (aliases.get(c, c) for c in map(str, close)):
                if option not in meant:
                    meant.append(option)
    hint = f" (did you mean {' or '.join(meant)}?)" if meant else ""
    return f"unrecognized arguments: {' '.join(extras)}{hint}"


def _discard_stdout() -> None:
    """Point stdout at /dev/null: Python flushes it again at exit, and the closed pipe would raise there
    ("Exception ignored ... BrokenPipeError") after the command has ended quietly."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)
    except (OSError, ValueError):  # stdout with no file descriptor (a test's capture): nothing to flush
        pass


def _run(args: argparse.Namespace) -> int:
    """The command; a missing spaCy model or a bad taxonomy is a usage error (exit 2), said in one line."""
    try:
        return int(args.run(args))
    except (RuntimeError, ValueError) as err:
        if _raised(err, "onrecord.nlp", "ModelNotInstalled") or _raised(err, "onrecord.extract.issues",
                                                                          "TaxonomyError"):
            return _error(str(err), 2)
        raise


def _raised(err: BaseException, module: str, name: str) -> bool:
    """Whether ``err`` is ``module.name``, without importing the module: the query commands never load
    spaCy, and an error of a class nobody imported cannot have been raised."""
    loaded = sys.modules.get(module)
    return loaded is not None and isinstance(err, getattr(loaded, name))


def _error(message: str, status: int = 1) -> int:
    print(f"onrecord: error: {visible(message)}", file=sys.stderr)
    return status


def _interrupt(signum: int, frame: object) -> None:
    raise KeyboardInterrupt


def _parser() -> argparse.ArgumentParser:
    parser = Parser(prog="onrecord", description="Who said what, how firmly, and when.")
    parser.add_argument("--version", action="version", version=f"onrecord {__version__}",
                        help="print the version and exit")
    sub = parser.add_subparsers(metavar="COMMAND", dest="command")

    ex = sub.add_parser("extract", help="attributed statements in text files, directories or stdin")
    ex.add_argument("paths", nargs="+", metavar="PATH",
                    help="a file (a named .html page, .warc crawl or .jsonl/.json feed is read as ingest reads it; "
                         "any other as text), a directory (recursive *.txt) or - for stdin")
    ex.add_argument("--format", choices=("table", "json", "jsonl"), default=None,
                    help="table on a terminal, jsonl otherwise")
    ex.add_argument("--id", help="article id (single input only; default: the file name without extension)")
    ex.add_argument("--published", type=publication_date,
                    help="publication date (YYYY-MM-DD) for inputs that get none from --metadata or --name-pattern")
    ex.add_argument("--processes", type=positive, default=None,
                    help="spaCy worker processes (default: one per usable core, fewer for a few inputs)")
    ex.add_argument("--min-confidence", type=float, default=None,
                    help="drop statements below this confidence (default: the model's threshold)")
    ex.add_argument("--model", default=None, help="installed spaCy pipeline to use")
    ex.add_argument("--include-text", action="store_true", help="add the article text to JSON output")
    ex.add_argument("--issues", default=None, metavar="FILE",
                    help="a taxonomy (YAML): tag each statement with its issues and stances")
    ex.add_argument("--progress", choices=("auto", "on", "off"), default="auto",
                    help="a progress bar (auto: on a terminal)")
    metadata_options(ex)  # the same per-file dates and titles as ingest, read by the same code
    ex.set_defaults(run=_run_extract)

    ev = sub.add_parser("eval", help="precision/recall/F1 against hand annotation")
    ev.add_argument("gold", type=Path, help="PolNeAR split folder (brat) or a gold JSON file (onrecord)")
    ev.add_argument("--format", choices=("brat", "onrecord"), default=None,
                    help="default: brat for a folder, onrecord for a file")
    ev.add_argument("--system", choices=("onrecord", "textacy"), default="onrecord",
                    help="the extractor to score (default onrecord)")
    ev.add_argument("--limit", type=count, default=None, help="only the first N texts (sorted by name)")
    ev.add_argument("--json", action="store_true", help="print the scores as JSON")
    ev.add_argument("--undated", action="store_true",
                    help="analyse without the texts' publication dates (PolNeAR's file names, a gold file's "
                         "'published', its set's sources.jsonl), as figures before 2026-11-26 evening were")
    ev.add_argument("--run-ons", choices=("joined", "apart"), default=None,
                    help="score a run-on quotation (“A,” she said. “B.”) as one content in parts (joined) or as "
                         "its statements (apart); default: the gold's convention (brat joined, onrecord apart)")
    ev.add_argument("--speaker-errors", action="store_true",
                    help="also list the matched statements whose named speaker is wrong (gold with names)")
    ev.add_argument("--content-errors", action="store_true",
                    help="also list the gold statements missed and the predicted ones not in gold at overlap 0.5, "
                         "each with the nearest statement on the other side")
    ev.add_argument("--details", action="store_true",
                    help="events set: also list every event missed, not in gold, or with a field that differs")
    ev.add_argument("--labels", type=Path, default=None, metavar="FILE",
                    help="score act and hedged on labelled statements (eval/labels/polnear-statements.jsonl) of "
                         "the split GOLD names (a PolNeAR split folder), instead of the spans; on train the "
                         "learned acts come out of fold (a model fitted on the other folds' articles), as the "
                         "shipped model saw every train article (takes a few minutes)")
    ev.add_argument("--learned-acts", choices=("on", "off"), default=None,
                    help="acts and hedges from the learned model (on) or the rules (off); default: Settings")
    ev.add_argument("--issues", default=None, type=Path, metavar="FILE",
                    help="with --labels: score issue tagging and stance with this taxonomy, and the transfer "
                         "to unseen issues, instead of acts; dev: the shipped models; train: 5-fold "
                         "cross-validation by article, acts out of fold too")
    ev.set_defaults(run=_run_eval)

    add_commands(sub, iso_date, _settings)
    add_event_commands(sub, iso_date)
    return parser


def _settings(args: argparse.Namespace) -> Settings:
    return Settings.from_env(
        n_process=getattr(args, "processes", None),
        min_confidence=getattr(args, "min_confidence", None),
        model=getattr(args, "model", None),
        issues=_taxonomy_path(getattr(args, "issues", None)),
    )


def _taxonomy_path(path: str | Path | None) -> str | None:
    """The taxonomy file, checked before any text is read: a bad file fails at once, with its reason."""
    if path is None:
        return None
    from onrecord.extract.issues import load_taxonomy

    load_taxonomy(path)
    return str(path)


def _run_extract(args: argparse.Namespace) -> int:
    settings = _settings(args)
    fmt = output_format(args)
    paths = list(expand(args.paths))
    if args.processes is None:
        settings = replace(settings, n_process=auto_workers(len(paths), ARTICLES_PER_WORKER))
    failures: list[str] = []
    from onrecord.ingest.metadata import MetadataError

    try:
        metadata = metadata_of(args)
    except MetadataError as err:
        return _error(str(err), 2)

    def report(item: TextInput, reason: str) -> None:
        failures.append(item.source or item.id)
        print(f"onrecord: error: {item.source or item.id}: {reason}", file=sys.stderr)

    from onrecord.api import extract_many, read_texts  # loads spaCy: only the commands that analyse import it

    def inputs() -> Iterator[TextInput]:
        for item in read_texts(args.paths, metadata=metadata, published=args.published, settings=settings):
            if item.error is None:
                _warn_if_unfit(item)
            yield replace(item, id=args.id) if args.id else item

    articles = extract_many(inputs(), settings=settings, on_error=report)
    show = args.progress == "on" or (args.progress == "auto" and len(paths) > 1 and sys.stderr.isatty())
    if show:
        from tqdm import tqdm

        articles = tqdm(articles, total=len(paths), unit="article", file=sys.stderr)
    out = sys.stdout
    collected: list[dict[str, object]] = []
    for article in articles:
        if fmt == "table":
            _print_table(article, out)
        elif fmt == "jsonl":
            out.write(json.dumps(article.to_dict(include_text=args.include_text), ensure_ascii=False) + "\n")
        else:
            collected.append(article.to_dict(include_text=args.include_text))
    if fmt == "json":
        payload: object = collected[0] if len(collected) == 1 and len(paths) == 1 else collected
        json.dump(payload, out, ensure_ascii=False, indent=2)
        out.write("\n")
    if failures:
        print(f"onrecord: {len(failures)} input(s) failed", file=sys.stderr)
        return 1
    return 0


def _warn_if_unfit(item: TextInput) -> None:
    """A warning on stderr for a text ``ingest`` would skip, by the same tests (an empty text; another
    language, by ``ingest.language.judge``): extract still analyses it, as asked, but says why the output is
    empty or little to trust, instead of exiting 0 with junk and no word."""
    from onrecord.ingest.language import judge

    source = visible(item.source or item.id)
    if item.warning:
        print(f"onrecord: warning: {source}: {item.warning}", file=sys.stderr)
    if not item.text.strip():
        print(f"onrecord: warning: {source}: empty text, nothing to analyse (ingest skips it)", file=sys.stderr)
        return
    _, reason = judge(item.text, item.language)
    if reason is not None:
        print(f"onrecord: warning: {source}: {reason}; analysed anyway, expect few or wrong statements "
              "(ingest skips it)", file=sys.stderr)


def _print_table(article: Article, out: TextIO) -> None:
    width = max(100, min(shutil.get_terminal_size((140, 20)).columns, 200))
    title = visible(" · ".join(v for v in (article.id or "(text)", article.published, article.title) if v))
    out.write(f"\n{title}: {len(article.statements)} statements, {len(article.actors)} actors\n")
    out.write(f"{'speaker':<20} {'as written':<20} {'act':<18} {'cue':<20} content\n" + "-" * width + "\n")
    content_width = width - 82
    for s in article.statements:
        actor = s.actor.name if s.actor else "?"
        written = s.speaker.text if s.speaker else "-"
        act = s.act + (" ~hedged" if s.hedged else "") + (" ~neg" if s.negated else "")
        cue = s.cue.text if s.cue else "-"
        out.write(f"{excerpt(actor, 20):<20} {excerpt(written, 20):<20} {act:<18} {excerpt(cue, 20):<20} "
                  f"{s.kind[:3]}: {excerpt(s.content.text, content_width)}\n")
        if s.issues:  # only with --issues: one indented line naming each issue and the stance on it
            tags = "; ".join(f"{t.id} {t.stance}" for t in s.issues)
            out.write(f"{'':<20} issues: {excerpt(tags, width - 29)}\n")
    for e in article.events:
        when = e.date or ("..".join(e.date_range) if e.date_range else "undated")
        who = ", ".join(p.name for p in e.participants) or "-"
        place = f" at {e.place.text}" if e.place else ""
        out.write(f"event: {e.type} {e.status} {when}: {excerpt(who + place, width - 50)}\n")


def _run_eval(args: argparse.Namespace) -> int:
    from onrecord.evaluate import evaluate
    from onrecord.evaluate.score import format_report

    if not args.gold.exists():  # before anything loads: a bare "[Errno 2]" after the model's start said nothing
        hint = (" (PolNeAR is not part of this repository: the commands expect it in ../shared/data/polnear beside "
                "the checkout, as docs/EVALUATION.md says)" if "polnear" in str(args.gold).lower() else "")
        print(f"onrecord: error: no such file or folder: {args.gold}{hint}", file=sys.stderr)
        return 2
    if args.labels is not None:
        return _run_label_eval(args)
    if args.gold.name.endswith(".events.json") or (args.gold.is_dir() and (
            any(args.gold.glob("*.events.json")) or any(args.gold.glob("*/*.events.json")))):  # fresh2/{work,check}
        return _run_event_eval(args)
    fmt = args.format or ("brat" if args.gold.is_dir() and not any(args.gold.glob("*.gold.json")) else "onrecord")
    try:
        scores = evaluate(args.gold, fmt, system=args.system, limit=args.limit, settings=_eval_settings(args),
                          run_ons=args.run_ons, dated=not args.undated)
    except (FileNotFoundError, ValueError, RuntimeError) as err:
        print(f"onrecord: error: {err}", file=sys.stderr)
        return 2
    if args.json:
        print(json.dumps(scores.to_dict(), indent=2))
    else:
        print(format_report(scores, f"{args.system} on {args.gold}"))
    if args.speaker_errors:
        print(f"\nnamed speaker wrong on {len(scores.speaker_errors)} matched statements:")
        print("\n".join(scores.speaker_errors))
    if args.content_errors:
        print(f"\n{len(scores.content_errors)} statements unmatched at overlap>=0.5:")
        print("\n".join(scores.content_errors))
    return 0


def _run_event_eval(args: argparse.Namespace) -> int:
    """The event set (docs/ANNOTATION.md §3): events, participants, dates, status and statement links."""
    from onrecord.evaluate.events import evaluate_events, format_event_report

    scores = evaluate_events(args.gold, _eval_settings(args))
    if scores.n_docs == 0:
        reasons = "; ".join(scores.skipped[:3])
        return _error(f"no gold file in {args.gold} has its text here ({reasons}); PolNeAR texts are read from "
                      "../shared/data/polnear beside the repository", 2)
    if args.json:
        print(json.dumps(scores.to_dict(), indent=2))
    else:
        print(format_event_report(scores, f"events on {args.gold}"))
    if args.details:
        print(f"\n{len(scores.details)} differences:")
        print("\n".join(scores.details))
    return 0


def _eval_settings(args: argparse.Namespace) -> Settings:
    """The settings every kind of ``eval`` runs with: ``--learned-acts`` applies to all of them."""
    settings = _settings(args)
    if args.learned_acts is not None:
        settings = replace(settings, learned_acts=args.learned_acts == "on")
    return settings


def _run_label_eval(args: argparse.Namespace) -> int:
    from onrecord.evaluate.labels import format_act_report, score_acts

    settings = _eval_settings(args)
    split = args.gold.name
    if not args.labels.is_file() or not (args.gold / "text").is_dir():
        print(f"onrecord: error: --labels needs a labels file and a PolNeAR split folder (got {args.gold})",
              file=sys.stderr)
        return 2
    if args.issues is not None:
        return _run_issue_eval(args, split, replace(settings, issues=""))
    if split == "dev":  # the shipped act model never saw a dev article
        result = score_acts(args.gold.parent, args.labels, split, settings).to_dict()
        source = "learned model" if settings.learned_acts else "rules"
    else:  # the shipped model was fitted on these articles: each act from a fold model that never saw it
        from onrecord.training.learn import OUT_OF_FOLD_ACTS, out_of_fold_act_scores

        result = out_of_fold_act_scores(args.gold.parent, args.labels, settings, split).to_dict()
        source = OUT_OF_FOLD_ACTS if settings.learned_acts else "rules"
    result["acts"] = source
    if args.json:
        print(json.dumps(result, indent=2))
    else:
        print(format_act_report(result, f"acts ({source}) on {split} labels"))
    return 0


def _run_issue_eval(args: argparse.Namespace, split: str, settings: Settings) -> int:
    """Dev: the shipped matcher scored on dev labels, transfer fitted on train. Any other split (train): the
    out-of-fold figures on its own labels, so a tuning run never reads a dev label (it used to, whatever
    folder was named), with out-of-fold acts (``training.learn.stance_rows``)."""
    from onrecord.evaluate import issues
    from onrecord.extract.issues import load_taxonomy

    if split == "dev":  # transfer needs train too: both splits beside the folder named
        result = issues.report(args.gold.parent, args.labels, args.issues, settings)
        print(json.dumps(result, indent=2) if args.json else issues.format_report(result))
        return 0
    # The acts stance reads come from act models fitted on the other folds' articles (the stance CV's folds):
    # the shipped act model saw these articles, and its act, stance's strongest feature, echoed the labels.
    from onrecord.training.learn import OUT_OF_FOLD_ACTS, stance_rows

    rows = stance_rows(args.gold.parent, args.labels, settings, split)
    result = issues.cross_validate(rows, load_taxonomy(args.issues))
    result["acts"] = OUT_OF_FOLD_ACTS if settings.learned_acts else "rules"
    print(json.dumps(result, indent=2) if args.json else issues.format_cross_validation(result))
    return 0


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
