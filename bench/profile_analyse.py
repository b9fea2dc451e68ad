"""cProfile over ``pipeline.analyse`` alone: the texts parsed once, so the profile shows our stages, not spaCy's parse.

    .venv/bin/python bench/profile_analyse.py --texts 120 --rounds 3               # PolNeAR train texts
    .venv/bin/python bench/profile_analyse.py --texts 120 --save /tmp/after.prof   # keep the stats to compare

Prints the process CPU of ``analyse`` over the texts without the profiler (each of ``--rounds`` passes, after one
pass that loads the models and fills the per-process caches), then the top functions by cumulative and by own
time under cProfile (timed by process CPU; the profiler inflates the many small calls several times over, so read
its seconds as shares and its call counts as exact). ``bench/cpu_sample.py`` samples instead of timing each call.
"""

from __future__ import annotations

import argparse
import cProfile
import gc
import pstats
import time

from bench_extract import analyse_parsed  # bench/, beside this script

from onrecord import Settings


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--texts", type=int, default=120)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--top", type=int, default=25)
    parser.add_argument("--save", help="write the cProfile stats to this file")
    args = parser.parse_args()
    settings = Settings()
    analyse_all = analyse_parsed(args.texts, settings)
    analyse_all()  # the model files and the per-process caches, outside the timing
    passes = []
    for _ in range(args.rounds):
        gc.collect()
        start = time.process_time()
        analyse_all()
        passes.append(time.process_time() - start)
    print(f"{args.texts} texts: analyse {' '.join(f'{s:.3f}' for s in passes)} s CPU a pass, "
          f"best {min(passes):.3f}")
    profile = cProfile.Profile(time.process_time)
    profile.enable()
    analyse_all()
    profile.disable()
    if args.save:
        profile.dump_stats(args.save)
    stats = pstats.Stats(profile)
    for order in ("cumulative", "tottime"):
        stats.sort_stats(order).print_stats(args.top)


if __name__ == "__main__":
    main()
