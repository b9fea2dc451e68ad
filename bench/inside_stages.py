"""Where the time goes inside ``pipeline.analyse``: named functions' process CPU, the texts parsed once.

    .venv/bin/python bench/inside_stages.py --texts 120 --rounds 3 \\
        onrecord.extract.acts:features onrecord.resolve.events:_mention \\
        onrecord.resolve.speakers:ArticleResolver._name_mentions

Each ``module:name`` (a function, or ``Class.method``) is replaced by a wrapper that adds up its inclusive
process CPU time (a recursive call counts once) and its calls; the rules' steps (``Rule.step``) are timed
too. The PolNeAR train texts are parsed once, then ``analyse`` runs ``--rounds`` times over them and each
figure is its minimum. A function called by reference from a table (the rules' ``find``) is not seen this
way; its module's helpers are. The wrapper costs about a microsecond a call: read functions called
hundreds of thousands of times with that in mind. Process CPU, not wall-clock, and no profiler: cProfile
inflates the rules' many small calls several times over (``stage_times.py``).
"""

from __future__ import annotations

import argparse
import importlib
import time
from collections.abc import Callable
from typing import Any

from bench_extract import corpus  # bench/, beside this script

import onrecord.pipeline as pipeline
from onrecord import Settings
from onrecord.extract.rules import RULES
from onrecord.ingest import TextInput


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("functions", nargs="*", help="module:name or module:Class.method")
    parser.add_argument("--texts", type=int, default=120)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    settings = Settings()
    spent: dict[str, float] = {}
    calls: dict[str, int] = {}
    running: set[str] = set()

    def timed(label: str, fn: Callable[..., Any]) -> Callable[..., Any]:
        def run(*a: Any, **k: Any) -> Any:
            if label in running:
                return fn(*a, **k)
            running.add(label)
            start = time.process_time()
            try:
                return fn(*a, **k)
            finally:
                spent[label] = spent.get(label, 0.0) + time.process_time() - start
                calls[label] = calls.get(label, 0) + 1
                running.discard(label)
        return run

    for target in args.functions:
        module, _, path = target.partition(":")
        owner: Any = importlib.import_module(module)
        *outer, name = path.split(".")
        for part in outer:
            owner = getattr(owner, part)
        setattr(owner, name, timed(path, getattr(owner, name)))
    for rule in RULES:
        if rule.step is not None:
            object.__setattr__(rule, "step", timed("step " + rule.name, rule.step))

    items = ((text, TextInput(id=str(n), source=None, text=text)) for n, text in enumerate(corpus(args.texts)))
    parsed = list(pipeline.parsed_texts(items, settings))

    def analyse_all() -> float:
        start = time.process_time()
        for doc, quotations, item in parsed:
            pipeline.analyse(doc, quotations, item, settings, None)
        return time.process_time() - start

    analyse_all()  # the model files and the per-process caches, outside the timing
    best: dict[str, float] = {}
    for _ in range(args.rounds):
        spent.clear()
        calls.clear()
        spent["analyse (all)"] = analyse_all()
        best = {label: min(seconds, best.get(label, seconds)) for label, seconds in spent.items()}
    print(f"{len(parsed)} texts parsed once; process CPU, best of {args.rounds}; calls a round")
    for label, seconds in sorted(best.items(), key=lambda kv: -kv[1]):
        print(f"  {label:<40} {seconds:7.3f} s  {calls.get(label, '')}")


if __name__ == "__main__":
    main()
