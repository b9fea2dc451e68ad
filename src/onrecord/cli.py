"""``onrecord`` command line: a thin shell over ``onrecord.api`` and ``onrecord.evaluate``."""

from __future__ import annotations

import argparse
import json
import shutil
import signal
import sys
from collections.abc import Iterator, Sequence
from datetime import date
from pathlib import Path
from typing import TextIO

from onrecord import __version__
from onrecord.api import extract_many
from onrecord.ingest import TextInput, expand, read_inputs
from onrecord.model import Article
from onrecord.nlp import ModelNotInstalled
from onrecord.settings import Settings


def main(argv: Sequence[str] | None = None) -> int:
    parser = _parser()
    args = parser.parse_args(argv)
    if not hasattr(args, "run"):
        parser.print_help()
        return 2
    # SIGTERM ends a run like Ctrl-C: the article being written is rolled back, workers are shut down.
    previous = signal.signal(signal.SIGTERM, _interrupt)
    try:
        return int(args.run(args))
    except ModelNotInstalled as err:
        print(f"onrecord: error: {err}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("onrecord: interrupted; what was stored is kept, and the same command resumes", file=sys.stderr)
        return 130
    except BrokenPipeError:  # "onrecord extract ... | head"
        return 0
    finally:
        signal.signal(signal.SIGTERM, previous)


def _interrupt(signum: int, frame: object) -> None:
    raise KeyboardInterrupt


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="onrecord", description="Who said what, how firmly, and when.")
    parser.add_argument("--version", action="version", version=f"onrecord {__version__}")
    sub = parser.add_subparsers(metavar="COMMAND")

    ex = sub.add_parser("extract", help="attributed statements in text files, directories or stdin")
    ex.add_argument("paths", nargs="+", metavar="PATH",
                    help="a .txt file, a directory (recursive *.txt) or - for stdin")
    ex.add_argument("--format", choices=("table", "json", "jsonl"), default=None,
                    help="table on a terminal, jsonl otherwise")
    ex.add_argument("--id", help="article id (single input only; default: the file name without extension)")
    ex.add_argument("--published", type=_iso_date, help="publication date to record (YYYY-MM-DD)")
    ex.add_argument("--processes", type=int, default=None, help="spaCy worker processes")
    ex.add_argument("--min-confidence", type=float, default=None)
    ex.add_argument("--model", default=None, help="installed spaCy pipeline to use")
    ex.add_argument("--include-text", action="store_true", help="add the article text to JSON output")
    ex.add_argument("--progress", choices=("auto", "on", "off"), default="auto")
    ex.set_defaults(run=_run_extract)

    ev = sub.add_parser("eval", help="precision/recall/F1 against hand annotation")
    ev.add_argument("gold", type=Path, help="PolNeAR split folder (brat) or a gold JSON file (onrecord)")
    ev.add_argument("--format", choices=("brat", "onrecord"), default=None,
                    help="default: brat for a folder, onrecord for a file")
    ev.add_argument("--system", choices=("onrecord", "textacy"), default="onrecord")
    ev.add_argument("--limit", type=int, default=None, help="only the first N texts (sorted by name)")
    ev.add_argument("--json", action="store_true", help="print the scores as JSON")
    ev.set_defaults(run=_run_eval)

    from onrecord.cli_corpus import add_commands

    add_commands(sub, _iso_date, _settings)
    return parser


def _iso_date(value: str) -> str:
    try:
        return date.fromisoformat(value).isoformat()
    except ValueError as err:
        raise argparse.ArgumentTypeError(f"not an ISO date (YYYY-MM-DD): {value!r}") from err


def _settings(args: argparse.Namespace) -> Settings:
    return Settings.from_env(
        n_process=getattr(args, "processes", None),
        min_confidence=getattr(args, "min_confidence", None),
        model=getattr(args, "model", None),
    )


def _run_extract(args: argparse.Namespace) -> int:
    settings = _settings(args)
    fmt = output_format(args)
    paths = list(expand(args.paths))
    failures: list[str] = []

    def report(item: TextInput, reason: str) -> None:
        failures.append(item.source or item.id)
        print(f"onrecord: error: {item.source or item.id}: {reason}", file=sys.stderr)

    def inputs() -> Iterator[TextInput]:
        for item in read_inputs(args.paths, settings):
            if args.id or args.published:
                item = TextInput(args.id or item.id, item.source, item.text, item.error, args.published)
            yield item

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


def output_format(args: argparse.Namespace) -> str:
    """The --format asked for; by default a table on a terminal, JSON Lines into a pipe."""
    return str(args.format or ("table" if sys.stdout.isatty() else "jsonl"))


def excerpt(text: str, width: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"


def _print_table(article: Article, out: TextIO) -> None:
    width = max(100, min(shutil.get_terminal_size((140, 20)).columns, 200))
    out.write(f"\n{article.id or '(text)'}: {len(article.statements)} statements, {len(article.actors)} actors\n")
    out.write(f"{'speaker':<20} {'as written':<20} {'act':<18} {'cue':<20} content\n" + "-" * width + "\n")
    content_width = width - 82
    for s in article.statements:
        actor = s.actor.name if s.actor else "?"
        written = s.speaker.text if s.speaker else "-"
        act = s.act + (" ~hedged" if s.hedged else "") + (" ~neg" if s.negated else "")
        cue = s.cue.text if s.cue else "-"
        out.write(f"{excerpt(actor, 20):<20} {excerpt(written, 20):<20} {act:<18} {excerpt(cue, 20):<20} "
                  f"{s.kind[:3]}: {excerpt(s.content.text, content_width)}\n")


def _run_eval(args: argparse.Namespace) -> int:
    from onrecord.evaluate import evaluate
    from onrecord.evaluate.score import format_report

    fmt = args.format or ("brat" if args.gold.is_dir() else "onrecord")
    try:
        scores = evaluate(args.gold, fmt, system=args.system, limit=args.limit, settings=_settings(args))
    except (FileNotFoundError, ValueError, RuntimeError) as err:
        print(f"onrecord: error: {err}", file=sys.stderr)
        return 2
    if args.json:
        print(json.dumps(scores.to_dict(), indent=2))
    else:
        print(format_report(scores, f"{args.system} on {args.gold}"))
    return 0


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
