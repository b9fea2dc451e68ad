"""One corpus run writing to a store at a time.

Two ``onrecord ingest`` of one folder into one store both analysed every article, the second storing none of
them ("already in the store"), and neither said another run was writing (redteam18): each checks the store
before its analysis, and neither sees the other's articles in flight. A run now holds an advisory lock
(``flock``) on a file beside the store, ``<store>-run.lock``, for as long as it writes; a second run says who
holds it and waits for it to end, then finds what it stored. The kernel releases the lock of a run that
is killed, so none is ever left behind; where the file cannot be made, runs go on as before.
"""

from __future__ import annotations

import fcntl
import os
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

RUN_LOCK_SUFFIX = "-run.lock"


def _say(message: str) -> None:
    print(f"onrecord: {message}", file=sys.stderr, flush=True)


def run_lock_path(db: str | Path) -> str:
    return f"{db}{RUN_LOCK_SUFFIX}"


@contextmanager
def one_run_at_a_time(db: str | Path, announce: Callable[[str], None] | None = None) -> Iterator[bool]:
    """Hold the store's run lock while the block runs; yields whether this run had to wait for another."""
    if str(db) == ":memory:":
        yield False
        return
    try:
        # never through a link: the holder's line is written over the file, which must be the lock's own
        fd = os.open(run_lock_path(db), os.O_RDWR | os.O_CREAT | os.O_CLOEXEC | os.O_NOFOLLOW, 0o644)
    except OSError:  # a folder where no file can be made (or a link or a folder in its place): as before
        yield False
        return
    waited = False
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            holder = os.pread(fd, 2_000, 0).decode("utf-8", "replace").strip() or "a process"
            (announce or _say)(f"another onrecord run is writing to {db} ({holder}): waiting for it to end, so that no "
                     "article is analysed by both (Ctrl-C stops this one; nothing is lost)")
            fcntl.flock(fd, fcntl.LOCK_EX)
            waited = True
        except OSError:  # a file system without flock: go on as before
            yield False
            return
        try:
            os.ftruncate(fd, 0)
            command = " ".join(["onrecord", *sys.argv[1:]])[:500]
            os.pwrite(fd, f"pid {os.getpid()} since {time.strftime('%Y-%m-%d %H:%M:%S')}: {command}".encode(), 0)
        except OSError:
            pass
        yield waited
    finally:
        os.close(fd)
