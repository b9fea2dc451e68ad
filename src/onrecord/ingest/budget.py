"""A CPU-time limit for reading one input in the process that reads it (the main process of a corpus run).

Parsing and extraction run under ``Settings.max_article_seconds`` in the workers (``onrecord.batch``); the
readers run before, in the one process that also stores every article, where a page that takes minutes of
CPU stalls the whole run. ``Settings.max_page_seconds`` (60) bounds them here.
"""

from __future__ import annotations

import signal
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any, Self


class OverBudget(BaseException):
    """Raised in the thread whose CPU budget ran out. A BaseException, so that no ``except Exception`` on the way
    (a library's broad handler, trafilatura's; one article's analysis failing alone) takes it for an error of
    the work and goes on inside a parse that may have been cut anywhere."""


class CpuBudget:
    """CPU seconds counted by the process's virtual timer (``SIGVTALRM``); ``OverBudget`` when they run out.

    Only in a process's main thread, where a signal handler runs (``active``); elsewhere a no-op. The batch
    runner keeps one per chunk and ``restart``s it for each article."""

    def __init__(self, seconds: float) -> None:
        self.seconds = seconds
        self.active = (seconds > 0 and hasattr(signal, "setitimer")
                       and threading.current_thread() is threading.main_thread())
        self.previous: Any = None

    def __enter__(self) -> Self:
        if self.active:
            self.previous = signal.signal(signal.SIGVTALRM, _over_budget)
            self.restart()
        return self

    def __exit__(self, *exc: object) -> None:
        if self.active:
            self.stop()
            signal.signal(signal.SIGVTALRM, self.previous)

    def restart(self) -> None:
        """The budget from now. Once spent, ``OverBudget`` is raised again every ``_again(seconds)`` until it is
        caught and the budget stopped (``stop``) or restarted: raised in a garbage collector's callback or in a
        finaliser, Python prints it and drops it ("Exception ignored in ..."), and the one signal of a one-shot
        timer left the article to run without a budget (redteam19: the test suite's hypothesis gc callback took
        it, and an analysis of 7.5 s ran to its end under a budget of 1 s)."""
        if self.active:
            signal.setitimer(signal.ITIMER_VIRTUAL, self.seconds, _again(self.seconds))

    def stop(self) -> None:
        """No budget until ``restart``: the first thing where ``OverBudget`` is caught, before other work."""
        if self.active:
            signal.setitimer(signal.ITIMER_VIRTUAL, 0)


def _again(seconds: float) -> float:
    return min(1.0, max(0.05, seconds / 10))


def _over_budget(signum: int, frame: object) -> None:
    raise OverBudget


@contextmanager
def cpu_budget(seconds: float) -> Iterator[None]:
    """``OverBudget`` after ``seconds`` of the process's CPU time inside the block (``CpuBudget``). A budget
    already running (a worker's) is left alone; the readers' size limits bound the work there."""
    if hasattr(signal, "getitimer") and signal.getitimer(signal.ITIMER_VIRTUAL)[0] > 0:
        yield
        return
    with CpuBudget(seconds):
        yield
