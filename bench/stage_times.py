"""Where extraction time goes after the spaCy parse: the stages of ``pipeline.analyse``, timed on PolNeAR texts.

    .venv/bin/python bench/stage_times.py --texts 120     # PolNeAR train texts, else the example article

Prints each stage's seconds and share of the whole extraction (parse included), so a change that makes one
stage slower shows where ``bench_extract.py``'s overhead ratio comes from. Process CPU time (``time.process_time``),
not wall-clock: on a shared machine other processes' load does not count; ``--rounds N`` keeps each stage's
minimum over N passes. One process, no profiler (cProfile inflates the many small calls of the rules several
times over).
"""

from __future__ import annotations

import argparse
import time
from collections.abc import Callable
from typing import Any

from bench_extract import corpus  # bench/, beside this script

import onrecord.pipeline as pipeline
from onrecord.resolve import speakers


def timed(spent: dict[str, float], label: str, fn: Callable[..., Any]) -> Callable[..., Any]:
    def run(*args: Any, **kwargs: Any) -> Any:
        start = time.process_time()
        try:
            return fn(*args, **kwargs)
        finally:
            spent[label] = spent.get(label, 0.0) + time.process_time() - start
    return run


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--texts", type=int, default=120)
    parser.add_argument("--rounds", type=int, default=1, help="passes; each figure is its minimum over them")
    args = parser.parse_args()
    texts = corpus(args.texts)
    spent: dict[str, float] = {}
    for name, label in (("find_candidates", "candidates"), ("rescore", "confidence"),
                        ("find_events", "events"), ("mark_claim_hedges", "claim hedges"),
                        ("classify", "act/hedge model")):
        setattr(pipeline, name, timed(spent, label, getattr(pipeline, name)))
    resolver = speakers.ArticleResolver
    resolver.__init__ = timed(spent, "resolver set-up", resolver.__init__)  # type: ignore[method-assign]
    resolver.resolve = timed(spent, "speakers", resolver.resolve)  # type: ignore[method-assign]
    pipeline.extract(texts[0])  # load the model outside the timing
    best: dict[str, float] = {}
    for _ in range(args.rounds):
        spent.clear()
        start = time.process_time()
        for text in texts:
            pipeline.extract(text)
        total = time.process_time() - start
        spent["parse and rest"] = total - sum(spent.values())
        spent["total"] = total
        best = {label: min(seconds, best.get(label, seconds)) for label, seconds in spent.items()}
    total = best.pop("total")
    rest = best.pop("parse and rest")
    print(f"{len(texts)} texts, extraction {total:.2f} s CPU (parse included; best of {args.rounds})")
    for label, seconds in sorted(best.items(), key=lambda kv: -kv[1]):
        print(f"  {label:<16} {seconds:6.2f} s  {100 * seconds / total:5.1f} %")
    print(f"  {'parse and rest':<16} {rest:6.2f} s  {100 * rest / total:5.1f} %")


if __name__ == "__main__":
    main()
