"""A CPU-time limit for reading one input in the process that reads it (the main process of a corpus run).

Parsing and extraction run under ``Settings.max_article_seconds`` in the workers (``onrecord.batch``); the
readers run before, in the one process that also stores every article, where a page that takes minutes of
CPU stalls the whole run. The same budget bounds them here.
"""

from __future__ import annotations

import signal
import threading
from collections.abc import Iterator
from contextlib import contextmanager


class OverBudget(BaseException):
    """Raised in the reading thread when its CPU budget runs out. A BaseException, so that no ``except Exception``
    inside a library (trafilatura catches broadly) takes it for a parse error and goes on."""


@contextmanager
def cpu_budget(seconds: float) -> Iterator[None]:
    """``OverBudget`` after ``seconds`` of the process's CPU time inside the block. Only where a signal can be
    handled (the main thread) and no other budget is running (its timer is left alone); elsewhere a no-op, and
    the readers' size limits bound the work."""
    if (seconds <= 0 or not hasattr(signal, "setitimer")
            or threading.current_thread() is not threading.main_thread()
            or signal.getitimer(signal.ITIMER_VIRTUAL)[0] > 0):
        yield
        return

    def stop(signum: int, frame: object) -> None:
        raise OverBudget

    previous = signal.signal(signal.SIGVTALRM, stop)
    signal.setitimer(signal.ITIMER_VIRTUAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_VIRTUAL, 0)
        signal.signal(signal.SIGVTALRM, previous)
