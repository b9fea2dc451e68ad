"""Pasted texts are analysed in a small pool of worker processes, each job under a time budget.

Why processes: extraction is CPU-bound Python. In a thread it holds the GIL, so every other request
waits, and a thread cannot be stopped. A worker process over its budget is killed and replaced; the
server itself only waits on a pipe, so reads go on at full speed. There is no queue: when every worker
is busy, a new analysis is refused at once (503 with Retry-After).

Every method is called from the event loop's thread; only the blocking pipe reads run in threads.
"""

from __future__ import annotations

import asyncio
import json
import logging
import math
import multiprocessing
import os
import signal
import time
from collections.abc import Callable
from dataclasses import dataclass
from multiprocessing.connection import Connection
from multiprocessing.process import BaseProcess
from typing import Any

from onrecord.settings import Settings

log = logging.getLogger("onrecord.serve")

# (text, article id, published date, settings) -> the analysis as JSON bytes. Module-level functions
# only: the function is sent to the worker by name.
Analyser = Callable[[str, str | None, str | None, Settings], bytes]
Job = tuple[str, str | None, str | None]


class PoolUnavailable(Exception):
    """No analysis was done (busy, over budget, worker lost); ``retry_after`` in seconds when waiting helps."""

    def __init__(self, message: str, retry_after: int | None = None) -> None:
        super().__init__(message)
        self.retry_after = retry_after


class AnalysisFailed(Exception):
    """The analysis itself raised; the message names the error."""


def analyse_json(text: str, ident: str | None, published: str | None, settings: Settings) -> bytes:
    """``onrecord extract``'s JSON for one text (with the text), encoded in the worker."""
    from onrecord.pipeline import extract

    result = extract(text, id=ident, published=published, settings=settings).to_dict(include_text=True)
    for s in result["statements"]:
        s["article"] = None
    result.update(title=None, outlet=None, url=None, source=None)
    return json.dumps(result, ensure_ascii=False).encode("utf-8")


def _worker_main(conn: Connection, settings: Settings, analyse: Analyser) -> None:
    # Ctrl-C on `onrecord serve` signals the whole process group; the server stops its workers itself.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    os.nice(settings.serve_worker_nice)
    from onrecord.nlp import load

    load(settings)("Warm up the pipeline.")
    conn.send(("ready", b""))
    while True:
        try:
            job: Job = conn.recv()
        except EOFError:  # the server has gone
            return
        try:
            reply = ("ok", analyse(*job, settings))
        except Exception as err:
            reply = ("error", f"{type(err).__name__}: {err}".encode())
        conn.send(reply)


def _exchange(conn: Connection, job: Job) -> tuple[str, bytes]:
    conn.send(job)
    reply: tuple[str, bytes] = conn.recv()
    return reply


def _receive(conn: Connection) -> Any:
    return conn.recv()


def _ready_now(conn: Connection) -> bool:
    """Whether a starting worker's "ready" has arrived (taken off the pipe), without waiting."""
    try:
        if conn.poll():
            conn.recv()
            return True
    except (EOFError, OSError):  # it died starting: the job sent to it finds out, and replaces it
        pass
    return False


@dataclass(eq=False)
class _Worker:
    process: BaseProcess
    conn: Connection
    ready: bool = False
    busy: bool = False
    deadline: float = 0.0  # monotonic time by which the current job ends, one way or the other


class AnalysisPool:
    def __init__(self, settings: Settings, analyse: Analyser = analyse_json) -> None:
        self.settings = settings
        self._analyse = analyse
        # spawn, not fork: the server has threads (fork would copy their locks mid-use).
        self._context = multiprocessing.get_context("spawn")
        self._workers: list[_Worker] = []

    @property
    def busy(self) -> int:
        """How many workers have a job (or are being replaced after one)."""
        return sum(w.busy for w in self._workers)

    def start(self) -> None:
        """Start the workers (they load the model in the background); called again, a no-op."""
        while len(self._workers) < self.settings.serve_workers:
            self._workers.append(self._spawn())

    def close(self) -> None:
        for worker in self._workers:
            worker.process.kill()
        for worker in self._workers:
            worker.process.join(timeout=5)
        self._workers = []  # each pipe closes once nothing reads it any more

    async def run(self, text: str, ident: str | None = None, published: str | None = None) -> bytes:
        """The analysis as JSON bytes; PoolUnavailable when it cannot be done now, AnalysisFailed when it raised."""
        self.start()
        worker = self._claim()
        try:
            kind, payload = await self._run_on(worker, (text, ident, published))
        finally:
            worker.busy = False
        if kind != "ok":
            raise AnalysisFailed(payload.decode("utf-8", "replace"))
        return payload

    def _spawn(self) -> _Worker:
        parent, child = self._context.Pipe()
        process = self._context.Process(target=_worker_main, args=(child, self.settings, self._analyse),
                                        name="onrecord-analysis", daemon=True)
        process.start()
        child.close()  # the worker holds its end; ours must go, so that a dead worker reads as EOF here
        return _Worker(process, parent)

    def _claim(self) -> _Worker:
        for n, worker in enumerate(self._workers):
            if worker.busy:
                continue
            if not worker.process.is_alive():  # died while idle (killed from outside)
                log.warning("analysis worker %s had exited (code %s); starting another",
                            worker.process.pid, worker.process.exitcode)
                worker.conn.close()
                self._workers[n] = self._spawn()
            elif not worker.ready:
                worker.ready = _ready_now(worker.conn)
        idle = [w for w in self._workers if not w.busy]
        if not idle:
            raise PoolUnavailable(f"all {len(self._workers)} analysis workers are busy; try again shortly",
                                  retry_after=self._retry_after())
        worker = max(idle, key=lambda w: w.ready)  # a warm worker first
        budget = self.settings.serve_timeout_s + (0 if worker.ready else self.settings.serve_worker_start_s)
        worker.busy, worker.deadline = True, time.monotonic() + budget
        return worker

    def _retry_after(self) -> int:
        soonest = min(w.deadline for w in self._workers) - time.monotonic()
        return max(1, math.ceil(soonest))

    async def _run_on(self, worker: _Worker, job: Job) -> tuple[str, bytes]:
        budget = self.settings.serve_timeout_s
        try:
            if not worker.ready:
                await self._wait_ready(worker)
            return await asyncio.wait_for(asyncio.to_thread(_exchange, worker.conn, job), budget)
        except asyncio.CancelledError:  # the server is stopping, say
            # Its job goes on, and a thread still reads its pipe for the answer: the next job must not
            # share that pipe (two readers interleave), so the worker goes.
            self._discard(worker)
            raise
        except TimeoutError:
            await self._replace(worker)
            # nc18: a 17,000-word interview took 19-20 s on a busy 2-core machine; say how to get it analysed
            raise PoolUnavailable(f"the analysis did not finish within its {budget:g} s budget and was stopped; "
                                  "a shorter text may fit, `onrecord extract` analyses any length, and a server "
                                  "started with ONRECORD_SERVE_TIMEOUT_S set higher allows more") from None
        except (EOFError, OSError) as err:
            log.error("analysis worker %s stopped during a job (exit code %s): %r", worker.process.pid,
                      worker.process.exitcode, err)
            await self._replace(worker)
            raise PoolUnavailable("the analysis worker stopped unexpectedly; the text was not analysed") from None

    async def _wait_ready(self, worker: _Worker) -> None:
        limit = self.settings.serve_worker_start_s
        try:
            await asyncio.wait_for(asyncio.to_thread(_receive, worker.conn), limit)
        except TimeoutError:
            log.error("analysis worker %s not ready after %g s", worker.process.pid, limit)
        except (EOFError, OSError):
            log.error("analysis worker %s exited while starting (code %s); see its output above",
                      worker.process.pid, worker.process.exitcode)
        else:
            worker.ready = True
            return
        await self._replace(worker)
        raise PoolUnavailable("no analysis worker could be started; see the server log", retry_after=5)

    def _discard(self, worker: _Worker) -> None:
        worker.process.kill()
        if worker in self._workers:
            self._workers[self._workers.index(worker)] = self._spawn()

    async def _replace(self, worker: _Worker) -> None:
        """Kill ``worker`` and put a fresh one in its place (busy until then, so no job is sent to it)."""
        worker.process.kill()
        await asyncio.to_thread(worker.process.join, 5)
        # The pipe is closed when the thread still reading it returns (EOF, now the worker is dead) and
        # drops it: closing it here could close a descriptor number that thread is about to reuse.
        fresh = await asyncio.to_thread(self._spawn)
        if worker in self._workers:
            self._workers[self._workers.index(worker)] = fresh
        else:  # the pool was closed meanwhile
            fresh.process.kill()
