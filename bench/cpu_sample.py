"""Where ``analyse``'s CPU goes, by sampling: a ``SIGPROF`` timer every millisecond of process CPU, each sample's
Python stack counted (a C call, a ``Token`` made or a regex search, is charged to the line that made it).

    .venv/bin/python bench/cpu_sample.py --texts 120 --passes 3          # PolNeAR train texts, parsed once

Prints each function's inclusive and own seconds a pass, and the lines with most samples. cProfile times every
call and inflated the rules' many small calls tenfold on a loaded machine; a CPU-time timer is not fooled by the
waits for a core. Unix only (``signal.setitimer``).
"""

from __future__ import annotations

import argparse
import signal
import time
from collections import Counter
from types import FrameType

from bench_extract import analyse_parsed  # bench/, beside this script

from onrecord import Settings


def _key(frame: FrameType) -> str:
    code = frame.f_code
    return f"{code.co_filename.split('/src/')[-1].split('site-packages/')[-1]}:{code.co_name}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--texts", type=int, default=120)
    parser.add_argument("--passes", type=int, default=3)
    parser.add_argument("--top", type=int, default=40)
    args = parser.parse_args()
    settings = Settings()
    analyse_all = analyse_parsed(args.texts, settings)
    analyse_all()  # the model files and the per-process caches, outside the samples
    inclusive: Counter[str] = Counter()
    own: Counter[str] = Counter()
    lines: Counter[str] = Counter()

    def sample(signum: int, frame: FrameType | None) -> None:
        if frame is None:
            return
        own[_key(frame)] += 1
        lines[f"{_key(frame)}:{frame.f_lineno}"] += 1
        seen: set[str] = set()
        while frame is not None:
            key = _key(frame)
            if key not in seen:
                seen.add(key)
                inclusive[key] += 1
            frame = frame.f_back

    signal.signal(signal.SIGPROF, sample)
    signal.setitimer(signal.ITIMER_PROF, 0.001, 0.001)
    start = time.process_time()
    for _ in range(args.passes):
        analyse_all()
    signal.setitimer(signal.ITIMER_PROF, 0, 0)
    cpu = (time.process_time() - start) / args.passes
    total = max(1, sum(own.values()))
    print(f"{args.texts} texts: analyse {cpu:.3f} s CPU a pass, {total} samples over {args.passes} passes")
    for title, counts in (("inclusive", inclusive), ("own", own), ("lines", lines)):
        print(f"== {title} (s a pass)")
        for key, n in counts.most_common(args.top):
            print(f"{cpu * n / total:7.3f}  {key}")


if __name__ == "__main__":
    main()
