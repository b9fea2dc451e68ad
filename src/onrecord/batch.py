"""Run extraction over many articles: in this process, in local worker processes, or on Dask.

The main process reads inputs, skips what the store already holds, and is the
only writer; workers only parse and extract. Work goes out in small chunks with
a bounded number in flight, so memory does not grow with the corpus, and each
article is committed as soon as its chunk returns, so a killed run loses at
most the chunks in flight, which the next run redoes.
"""

from __future__ import annotations

import collections
import concurrent.futures as cf
import functools
import hashlib
import multiprocessing
import os
import resource
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from importlib import resources
from multiprocessing.connection import Connection
from typing import Any

from onrecord._version import __version__
from onrecord.ingest import TextInput
from onrecord.ingest.budget import CpuBudget, OverBudget
from onrecord.model import Article
from onrecord.nlp import model_name
from onrecord.pipeline import extract_many
from onrecord.settings import Settings

_PIPELINE_LOCK = threading.Lock()
CHUNK = 8  # articles per task: small enough to resume cheaply, large enough for nlp.pipe batching


@dataclass(slots=True)
class ChunkResult:
    """What a worker sends back: per input an Article or an error, and the worker's peak memory."""

    results: list[tuple[TextInput, Article | None, str | None]]
    worker: str
    peak_rss_mb: float


def pipeline_version(settings: Settings) -> str:
    """onrecord's version, the spaCy pipeline and a digest of the rules and learned statistics."""
    import spacy

    name = model_name(settings)
    digest = hashlib.sha256()
    for package in ("onrecord.extract", "onrecord.resolve", "onrecord.nlp"):
        files = sorted(resources.files(package).iterdir(), key=lambda f: f.name)
        for entry in files:
            if entry.name.endswith((".py", ".json", ".yaml")):
                digest.update(entry.name.encode() + entry.read_bytes())
    model_version = spacy.util.get_package_version(name) or "unknown"
    return f"onrecord-{__version__}+{name}-{model_version}+rules-{digest.hexdigest()[:10]}"


def _peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # kilobytes on Linux


def extract_chunk(items: list[TextInput], settings: Settings, shards: str | None = None,
                  version: str = "") -> ChunkResult:
    """Analyse a chunk; runs in a worker (a local one, or a Dask worker's child) and loads the model once per process.

    With ``shards`` the analysed articles go to a Parquet shard in that folder and come back
    as ``(item, None, None)``: only errors and the receipt travel back.
    """
    from onrecord.nlp import load

    # Strings spaCy interns while parsing stay in its vocabulary for good; a memory zone frees them
    # when the chunk is done (nothing spaCy-owned leaves it), so a worker's memory does not grow
    # with the number of articles it has seen.
    # One chunk at a time per process: a Dask worker may run several tasks in threads, and neither
    # the pipeline nor its memory zone may be shared between threads.
    with _PIPELINE_LOCK, load(settings).memory_zone():
        try:
            results = _analyse(items, settings)
        except Exception:  # the batch broke off inside the parser: each article alone, so one fails alone
            results = [_analyse_one(item, settings) for item in items]
    if shards is not None:
        from onrecord.store.shards import write_shard

        done = [(item, article) for item, article, _ in results if article is not None]
        if done:
            write_shard(shards, done, version)
        results = [(item, None, error) for item, _, error in results]
    return ChunkResult(results, f"{os.uname().nodename}:{os.getpid()}", _peak_rss_mb())


Outcome = tuple[TextInput, Article | None, str | None]


def _analyse(items: list[TextInput], settings: Settings) -> list[Outcome]:
    """Every item's article or error, in order, through one ``nlp.pipe`` stream; an article over its CPU
    budget (``Settings.max_article_seconds``) fails alone and a new stream starts after it."""
    results: list[Outcome] = []
    with _ArticleBudget(settings.max_article_seconds) as budget:
        while len(results) < len(items):
            rest = items[len(results):]
            budget.restart()  # a stream after a stopped article: the timer that stopped it is spent
            done = _analyse_stream(rest, settings, budget)
            results.extend(done)
            if len(done) < len(rest):  # the budget ran from the last article or error: the time went on this one
                results.append(_stopped(rest[len(done)], len(rest) - len(done) > 1, settings, budget))
    return results


def _stopped(item: TextInput, shared: bool, settings: Settings, budget: _ArticleBudget) -> Outcome:
    """The outcome of an article stopped at its budget. ``nlp.pipe`` parses a whole batch of pieces before it
    hands back the first, so with articles after it (``shared``) the time may have gone on their pieces: it
    is re-run alone, and fails only if it runs over by itself (a truly slow one costs two budgets)."""
    if shared:
        budget.restart()
        alone = _analyse_stream([item], settings, budget)
        if alone:
            return alone[0]
    return item, None, budget.reason()


def _analyse_stream(items: list[TextInput], settings: Settings, budget: _ArticleBudget) -> list[Outcome]:
    """The outcomes of ``items`` in order, up to the first one over its budget if one is."""
    errors: dict[int, str] = {}
    articles: list[Article] = []
    by_identity = {id(item): n for n, item in enumerate(items)}

    def failed(item: TextInput, reason: str) -> None:
        errors[by_identity[id(item)]] = reason
        if item.error is None:  # an analysis that failed, in order (a read error is reported ahead)
            budget.restart()

    over = False
    try:
        for article in extract_many(items, settings=settings, on_error=failed):
            articles.append(article)
            budget.restart()
    except OverBudget:
        budget.stop()  # raised again until stopped (``CpuBudget.restart``): not in the work below
        over = True
    given = iter(articles)
    results: list[Outcome] = []
    for n, item in enumerate(items):
        if n in errors:
            results.append((item, None, errors[n]))
            continue
        found = next(given, None)
        if found is None and over:
            break  # this item's analysis was stopped
        results.append((item, found, None if found is not None else "no result"))
    return results


class _ArticleBudget(CpuBudget):
    """CPU seconds for one article. Local worker processes and an inline run analyse in their main thread; a
    task in a thread (a Dask worker's) hands its chunk to a child process (``extract_chunk_budgeted``)."""

    def reason(self) -> str:
        return (f"analysis stopped after {self.seconds:g} s of CPU time, the budget for one article "
                "(a text too long or too unusual to analyse; ONRECORD_MAX_ARTICLE_SECONDS=N raises it, 0 removes it)")


def _analyse_one(item: TextInput, settings: Settings) -> Outcome:
    try:
        return _analyse([item], settings)[0]
    except Exception as err:
        return item, None, f"analysis failed: {type(err).__name__}: {err}"


# A task in a thread (each Dask task is one) has no signal budget, and a thread cannot be stopped: the chunk
# goes to a child process of the worker process instead, whose main thread has the budget. One child per
# worker process, long-lived, so the model is loaded once; it is killed and replaced only when it runs past
# the backstop below (CPU time a signal could not stop: code that never returns to the interpreter) or dies.
_CHILD_LOCK = threading.Lock()  # one chunk at a time per child, as _PIPELINE_LOCK does in a process
_CHILD_GRACE_S = 60.0  # CPU seconds a chunk may take beyond its articles' budgets: loading the model, a shard
_CHILD_START_S = 300.0  # wall seconds for a child to start (its imports), whatever the machine's load
_CHILD_MAIN = "from onrecord.batch import _child_main; _child_main({parent})"  # the worker's pid: the child's parent
ChildJob = Callable[..., ChunkResult]


def extract_chunk_budgeted(items: list[TextInput], settings: Settings, shards: str | None = None,
                           version: str = "") -> ChunkResult:
    """``extract_chunk`` under the per-article CPU budget wherever it is called: in a process's main thread
    as it is, in any other thread (a Dask task) in this process's child."""
    if threading.current_thread() is threading.main_thread() or settings.max_article_seconds <= 0:
        return extract_chunk(items, settings, shards, version)
    with _CHILD_LOCK:
        return _in_child(extract_chunk, items, settings, shards, version)


def _in_child(job: ChildJob, items: list[TextInput], settings: Settings, *args: Any) -> ChunkResult:
    """``job(items, settings, *args)`` in the child; a child stopped or lost on the way costs only its
    article: the chunk is re-run one article at a time, and only an article that does it again fails."""
    seconds, memory = settings.max_article_seconds, _worker_memory_limit()
    try:
        return _Child.current().run((job, items, settings, *args), seconds * (len(items) + 1) + _CHILD_GRACE_S,
                                    memory)
    except _ChildLost:
        pass

    def alone(item: TextInput) -> ChunkResult | str:
        try:
            return _Child.current().run((job, [item], settings, *args), seconds * 2 + _CHILD_GRACE_S, memory)
        except _ChildOverMemory as err:
            return (f"analysis stopped: its process used more than {err.limit / 2**20:.0f} MB, the memory limit of "
                    "the Dask worker (a text too large to analyse within it: give the workers more memory)")
        except _ChildStopped:
            return _ArticleBudget(seconds).reason()
        except _ChildLost:
            return _DIED

    return _one_by_one(items, alone)


class _ChildLost(Exception):
    """The child died, or was killed, before it answered."""


class _ChildStopped(_ChildLost):
    """The child ran past its CPU limit, or the wall-clock bound for it, without answering, and was killed."""


class _ChildOverMemory(_ChildStopped):
    """The child's resident memory went past the Dask worker's memory limit, and it was killed."""

    def __init__(self, limit: int) -> None:
        super().__init__(limit)
        self.limit = limit


def _worker_memory_limit() -> int | None:
    """The memory limit (bytes) of the Dask worker this thread runs a task for; None outside one, or with none.
    The worker's nanny watches the worker process alone: its analysis child is held to the limit here (break15)."""
    try:
        from distributed import get_worker

        limit = get_worker().memory_manager.memory_limit
    except Exception:  # not in a Dask worker (ValueError), or an older distributed
        return None
    return int(limit) if limit else None


class _Child:
    """This process's analysis child: a fresh interpreter (``subprocess``, not ``multiprocessing``: a Dask
    worker is a daemonic process, which may have no multiprocessing children) that takes pickled jobs on
    its stdin and answers on its stdout."""

    _current: _Child | None = None

    @classmethod
    def current(cls) -> _Child:
        """The running child, started if there is none (or the last one was killed or died)."""
        if cls._current is None or cls._current.process.poll() is not None:
            cls._current = cls()
        return cls._current

    def __init__(self) -> None:
        # What this process can import, the child can: it gets the same search path (as multiprocessing's
        # spawn does), so a worker started with an extra path still finds onrecord.
        env = {**os.environ, "PYTHONPATH": os.pathsep.join(path for path in sys.path if path)}
        self.process = subprocess.Popen([sys.executable, "-c", _CHILD_MAIN.format(parent=os.getpid())],
                                        stdin=subprocess.PIPE,
                                        stdout=subprocess.PIPE, env=env)
        assert self.process.stdin is not None and self.process.stdout is not None
        self.jobs = Connection(os.dup(self.process.stdin.fileno()), readable=False)
        self.replies = Connection(os.dup(self.process.stdout.fileno()), writable=False)
        self.process.stdin.close()
        self.process.stdout.close()
        self.ready = False  # the child's imports count against no article: its first job waits for them

    def _wait_ready(self) -> None:
        if not self.replies.poll(_CHILD_START_S):
            raise TimeoutError(f"the analysis child did not start within {_CHILD_START_S:g} s")
        self.replies.recv()
        self.ready = True

    def run(self, job: tuple[Any, ...], cpu_limit: float, memory_limit: int | None = None) -> ChunkResult:
        """The child's answer to ``job``; killed (``_ChildStopped``) past ``cpu_limit`` CPU seconds, or past
        the wall-clock bound for them (``_WALL_PER_CPU_S``), or (``_ChildOverMemory``) past ``memory_limit`` bytes
        resident."""
        import psutil  # type: ignore[import-untyped]  # a dependency of distributed

        try:
            if not self.ready:
                self._wait_ready()
            clock = psutil.Process(self.process.pid)
            start, started = _cpu_seconds(clock), time.monotonic()
            self.jobs.send(job)
            while not self.replies.poll(0.5):
                # A child blocked for good (a lock, native code asleep) uses no CPU: the wall clock ends it.
                if (_cpu_seconds(clock) - start > cpu_limit
                        or time.monotonic() - started > cpu_limit * _WALL_PER_CPU_S + _CHILD_START_S):
                    self.kill()
                    raise _ChildStopped
                if memory_limit is not None and clock.memory_info().rss > memory_limit:
                    self.kill()
                    raise _ChildOverMemory(memory_limit)
            kind, payload = self.replies.recv()
        except (EOFError, OSError, psutil.Error) as err:  # it died (a crash, the OOM killer) or never started
            self.kill()
            raise _ChildLost from err
        if kind != "ok":
            raise RuntimeError(payload)
        result: ChunkResult = payload
        return result

    def kill(self) -> None:
        self.process.kill()
        self.process.wait()
        self.jobs.close()
        self.replies.close()


def _cpu_seconds(process: Any) -> float:
    times = process.cpu_times()
    return float(times.user + times.system)


def _child_main(parent: int | None = None) -> None:
    """The child's loop: a job in, its answer out, until the worker process goes."""
    jobs = Connection(os.dup(0), writable=False)
    replies = Connection(os.dup(1), readable=False)
    os.dup2(2, 1)  # a library's print goes to stderr, never into a reply
    os.dup2(os.open(os.devnull, os.O_RDONLY), 0)
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C on the worker's terminal: the worker decides
    _exit_with_parent(parent)  # a busy child notices its worker gone within a second; an idle one reads EOF
    replies.send(("ready", None))
    while True:
        try:
            job, *args = jobs.recv()
        except EOFError:
            return
        try:
            reply = ("ok", job(*args))
        except Exception as err:
            reply = ("error", f"{type(err).__name__}: {err}")
        replies.send(reply)


def _chunks(items: Iterable[TextInput], size: int) -> Iterator[list[TextInput]]:
    chunk: list[TextInput] = []
    for item in items:
        chunk.append(item)
        if len(chunk) == size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


Runner = Callable[[Iterable[TextInput]], Iterator[ChunkResult]]
Task = Callable[[list[TextInput]], ChunkResult]


def run_inline(task: Task) -> Runner:
    def run(items: Iterable[TextInput]) -> Iterator[ChunkResult]:
        for chunk in _chunks(items, CHUNK):
            yield task(chunk)

    return run


def _warm_worker(settings: Settings, parent: int | None = None) -> None:
    from onrecord.nlp import load

    # Ctrl-C reaches every process of the terminal's group: the main process decides (it stops the pool, and the
    # article being written is rolled back); a worker that took it printed a traceback per worker.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    _exit_with_parent(parent)
    load(settings)  # once per worker process, before the first chunk arrives


def _exit_with_parent(parent: int | None = None) -> None:
    """A worker whose parent was killed (SIGKILL leaves no chance to shut the pool down) exits too. ``parent`` is
    the pid its parent gave it: read here, it was init's when the parent had been killed while this process was
    still starting (seconds of imports), and such a worker lived on for good, blocked writing a reply nobody
    read, holding the model's memory and the run's stdout (break15)."""
    parent = os.getppid() if parent is None else parent

    def watch() -> None:
        while True:
            time.sleep(1.0)
            if os.getppid() != parent:
                os._exit(1)

    threading.Thread(target=watch, name="onrecord-parent-watch", daemon=True).start()


_DIED = "a worker process died while analysing this article (it was retried alone, and died again)"


def run_processes(task: Task, settings: Settings, workers: int) -> Runner:
    """Local worker processes (spawned: no parent state is shared), at most 2 chunks each in flight.

    Results come back in input order whatever the order chunks finish in, so the store's content
    does not depend on scheduling. A worker that dies breaks the whole pool and every chunk in
    flight with it: those chunks' articles are retried one at a time in a fresh pool, so only an
    article that kills a worker again is recorded as failed. No wait is unbounded (``_answer``): a
    pool that does not answer in time is killed and treated as broken.
    """

    def run(items: Iterable[TextInput]) -> Iterator[ChunkResult]:
        context = multiprocessing.get_context("spawn")
        pools = _Pools(lambda: cf.ProcessPoolExecutor(workers, mp_context=context, initializer=_warm_worker,
                                                      initargs=(settings, os.getpid())))
        window: collections.deque[_InFlight] = collections.deque()  # oldest first
        chunks = _chunks(items, CHUNK)
        try:
            while True:
                # Suspects are re-run with nothing else in flight, so a second death names its article.
                while not _has_suspects(window) and len(window) < 2 * workers:
                    chunk = next(chunks, None)
                    if chunk is None:
                        break
                    pool = pools.current
                    try:
                        window.append(_InFlight(chunk, pool.submit(task, chunk), pool))
                    except _SUBMIT_FAILED:  # a worker died before we looked: as below
                        _mark_suspects(window, pool)
                        pools.replace(pool)
                        window.append(_InFlight(chunk, None, None))
                if not window:
                    return
                entry = window.popleft()
                if entry.future is None:
                    yield _isolated(task, entry.chunk, pools, settings, window)
                    continue
                try:
                    yield pools.answer(entry.future, entry.pool, _wall_bound(settings, len(entry.chunk)))
                except (cf.process.BrokenProcessPool, _NoAnswer):
                    _mark_suspects(window, entry.pool)
                    pools.replace(entry.pool)
                    yield _isolated(task, entry.chunk, pools, settings, window)
                except (Exception, cf.CancelledError):  # CancelledError is no Exception
                    yield _isolated(task, entry.chunk, pools, settings, window)
        except BaseException:  # Ctrl-C, or the caller stopped reading: workers busy on chunks nobody will store
            _kill_pool(pools.current)
            raise
        finally:
            pools.current.shutdown(wait=False, cancel_futures=True)

    return run


# How long to wait for an answer, in wall-clock seconds. The per-article budget counts CPU seconds, which a
# worker on a shared machine gets at a fraction of the wall clock; and a worker blocked for good (a lock, a
# pipe, native code asleep) uses no CPU at all, so only a wall-clock bound ends that wait.
_WALL_PER_CPU_S = 3.0  # wall seconds allowed per CPU second of budget: a worker on a third of a core
_DEAD_GRACE_S = 10.0  # a pool notices a dead worker in milliseconds; one that has not after this never will
_POLL_S = 0.5


class _NoAnswer(Exception):
    """A pool that will not answer: its worker ran past the wall-clock bound, or died in the middle of its reply."""


def _wall_bound(settings: Settings, articles: int) -> float | None:
    """Wall seconds to wait for ``articles`` articles' answer (None: the budget is off, ``max_article_seconds=0``):
    their CPU budgets and one more, at ``_WALL_PER_CPU_S``. A pool's first answer may take ``_CHILD_START_S`` more:
    its workers load the model first."""
    if settings.max_article_seconds <= 0:
        return None
    return settings.max_article_seconds * (articles + 1) * _WALL_PER_CPU_S


def _answer(future: cf.Future[ChunkResult], pool: cf.ProcessPoolExecutor | None, bound: float | None) -> ChunkResult:
    """``future.result()``, bounded: ``_NoAnswer`` past ``bound`` seconds, or when a worker of ``pool`` has been
    dead for ``_DEAD_GRACE_S`` without the pool noticing. (CPython's pool reads a reply whole once it has begun:
    a worker killed in the middle of writing one leaves the pool waiting for the rest for good, every other
    worker blocked behind the dead one's lock, and no future ever failing. Seen as an ingest that never ended
    after a worker was killed.)"""
    started = time.monotonic()
    dead_since: float | None = None
    while not cf.wait([future], timeout=_POLL_S).done:
        now = time.monotonic()
        if bound is not None and now - started > bound:
            raise _NoAnswer(f"no answer from its worker process within {bound:g} s (the wall-clock bound for "
                            "its articles' CPU budgets; ONRECORD_MAX_ARTICLE_SECONDS=N raises it)")
        if _has_dead_worker(pool):
            dead_since = dead_since if dead_since is not None else now
            if now - dead_since > _DEAD_GRACE_S:
                raise _NoAnswer(_DIED)
    return future.result()


def _workers_of(pool: cf.ProcessPoolExecutor | None) -> list[Any]:
    """The pool's worker processes (a private attribute of CPython's pool: nothing public lists them)."""
    processes = getattr(pool, "_processes", None) or {}
    return list(processes.values())


def _has_dead_worker(pool: cf.ProcessPoolExecutor | None) -> bool:
    return any(process.exitcode is not None for process in _workers_of(pool))


def _kill_pool(pool: cf.ProcessPoolExecutor) -> None:
    """Kill a pool's workers and free its manager thread, which may be stuck reading a dead worker's half reply:
    once no process holds the reply pipe open for writing, its read ends. Without this the thread (which the
    interpreter joins at exit) kept the process from ever exiting."""
    for process in _workers_of(pool):
        if process.exitcode is None:
            process.kill()
    for process in _workers_of(pool):
        process.join(_DEAD_GRACE_S)
    replies = getattr(pool, "_result_queue", None)
    writer = getattr(replies, "_writer", None)
    if writer is not None:
        writer.close()
    pool.shutdown(wait=False, cancel_futures=True)


@dataclass(slots=True)
class _InFlight:
    chunk: list[TextInput]
    future: cf.Future[ChunkResult] | None  # None: a suspect of a broken pool, to re-run article by article
    pool: cf.ProcessPoolExecutor | None


def _has_suspects(window: Iterable[_InFlight]) -> bool:
    return any(entry.future is None for entry in window)


def _mark_suspects(window: Iterable[_InFlight], broken: cf.ProcessPoolExecutor | None) -> None:
    """Chunks in flight on a pool that broke lose their future, unless it had already delivered. (Not waited
    for: a pool that broke by not answering may never settle its futures.)"""
    for entry in window:
        if entry.pool is broken and entry.future is not None and not _delivered(entry.future):
            entry.future, entry.pool = None, None


def _delivered(future: cf.Future[ChunkResult]) -> bool:
    return future.done() and not future.cancelled() and future.exception() is None


class _Pools:
    """The current process pool; a broken one is replaced once, whichever of its futures reports it."""

    def __init__(self, make: Callable[[], cf.ProcessPoolExecutor]) -> None:
        self.make = make
        self.current = make()
        self.started = False  # the current pool has answered once: its workers have loaded the model

    def replace(self, broken: cf.ProcessPoolExecutor | None) -> None:
        if broken is self.current:
            _kill_pool(self.current)  # a broken pool's workers are gone already; a silent one's are stopped here
            self.current = self.make()
            self.started = False

    def answer(self, future: cf.Future[ChunkResult], pool: cf.ProcessPoolExecutor | None,
               bound: float | None) -> ChunkResult:
        """``_answer``, with the time to start the pool's workers on top of ``bound`` until it has answered once."""
        starting = pool is self.current and not self.started
        if bound is not None and starting:
            bound += _CHILD_START_S
        result = _answer(future, pool, bound)
        self.started = self.started or pool is self.current
        return result


# What ``submit`` raises on a pool that broke: BrokenProcessPool (a RuntimeError), or, when a worker dies while
# submit starts another (Python 3.11 spawns them on demand), OSError "handle is closed": the pool closed a pipe
# the new worker was being given. That one ended a run whose worker was killed as it started.
_SUBMIT_FAILED = (RuntimeError, OSError)


def _submit_alone(pools: _Pools, task: Task, item: TextInput) -> cf.Future[ChunkResult]:
    """Submit one article; a pool found broken at submission (not by this article) is replaced first."""
    try:
        return pools.current.submit(task, [item])
    except _SUBMIT_FAILED:
        pools.replace(pools.current)
        return pools.current.submit(task, [item])


def _isolated(task: Task, chunk: list[TextInput], pools: _Pools, settings: Settings,
              window: Iterable[_InFlight] = ()) -> ChunkResult:
    """A chunk that broke its pool, raised or did not answer, re-run one article at a time. Each waits at most
    for its own budget and those of the chunks still in flight ahead of it on the pool (``window``)."""

    def alone(item: TextInput) -> ChunkResult | str:
        try:
            future = _submit_alone(pools, task, item)
        except _SUBMIT_FAILED:  # a fresh pool that cannot start: no use going on here
            return "no worker process could be started for this article"
        pool = pools.current  # the pool the article went to
        ahead = sum(len(entry.chunk) for entry in window if entry.pool is pool)
        try:
            return pools.answer(future, pool, _wall_bound(settings, ahead + 1))
        except cf.process.BrokenProcessPool:
            pools.replace(pool)
            return _DIED
        except _NoAnswer as err:
            pools.replace(pool)
            return f"{err} (it was retried alone)" if str(err) != _DIED else _DIED
        except Exception as err:
            return f"analysis failed: {type(err).__name__}: {err}"

    return _one_by_one(chunk, alone)


def _one_by_one(items: list[TextInput], run_alone: Callable[[TextInput], ChunkResult | str]) -> ChunkResult:
    """A chunk re-run one article at a time (by local workers or by a Dask worker's child): ``run_alone`` gives
    an article's result or the reason it failed; the receipt is the last worker that answered."""
    results: list[Outcome] = []
    worker, peak = "lost", 0.0
    for item in items:
        result = run_alone(item)
        if isinstance(result, str):
            results.append((item, None, result))
            continue
        results.extend(result.results)
        worker, peak = result.worker, max(peak, result.peak_rss_mb)
    return ChunkResult(results, worker, peak)


def run_dask(task: Task, address: str, settings: Settings, in_flight: int | None = None) -> Runner:
    """Chunks as tasks on an existing Dask cluster; results come back in input order.

    A chunk whose task failed (it raised, the cluster gave up on it after workers died, or it gave no
    answer within the wall-clock bound of its articles' budgets) is re-run one article per task, so only
    the article that fails again is recorded as failed.
    A task runs in a worker's thread, where no CPU budget fires: ``runner_for`` gives it
    ``extract_chunk_budgeted``, which analyses in a child process of the worker.
    """

    def run(items: Iterable[TextInput]) -> Iterator[ChunkResult]:
        from distributed import Client

        with Client(address, set_as_default=False) as client:  # type: ignore[no-untyped-call]
            limit = in_flight or 2 * max(1, sum(client.nthreads().values()))
            window: collections.deque[tuple[list[TextInput], Any]] = collections.deque()
            try:
                for chunk in _chunks(items, CHUNK):
                    window.append((chunk, _dask_submit(client, address, task, chunk)))
                    if len(window) >= limit:
                        yield _dask_result(client, address, task, settings, *window.popleft())
                while window:
                    yield _dask_result(client, address, task, settings, *window.popleft())
            except ClusterLost:
                client.close(timeout=_DASK_CLOSE_S)  # no scheduler to say goodbye to: not its default 60 s
                raise

    return run


class ClusterLost(ConnectionError):
    """The Dask client lost its scheduler: every task in flight is gone with it. The run stops (what it stored is
    kept); per-article retries would each wait out their bound on a client with nothing to run them."""


_DASK_CLOSE_S = 5.0  # wall seconds to close a client whose scheduler is gone


def _cluster_lost(client: Any, address: str, err: BaseException | None = None) -> ClusterLost | None:
    """The error to stop the run with when ``client`` has lost its scheduler (its futures were cancelled with
    the reason "scheduler-connection-lost", or it is reconnecting or closed); None while it has one."""
    reason = getattr(err, "reason", None)
    if reason != "scheduler-connection-lost" and client.status == "running":
        return None
    return ClusterLost(f"lost the Dask scheduler at {address} (client {client.status}"
                       f"{', ' + str(reason) if reason else ''}): what was stored is kept; start the cluster "
                       "again and run the same command again to resume")


def _dask_submit(client: Any, address: str, task: Task, chunk: list[TextInput]) -> Any:
    if (lost := _cluster_lost(client, address)) is not None:
        raise lost
    return client.submit(task, chunk, pure=False)


def _dask_result(client: Any, address: str, task: Task, settings: Settings, chunk: list[TextInput],
                 future: Any) -> ChunkResult:
    try:
        return _dask_answer(client, address, future, _dask_bound(settings, len(chunk)))
    except ClusterLost:
        raise
    except Exception as err:  # a task that raised, a worker that died, or no answer in time
        if (lost := _cluster_lost(client, address, err)) is not None:
            raise lost from err
        results: list[Outcome] = []
        for item in chunk:
            try:
                alone = _dask_submit(client, address, task, [item])
                results.extend(_dask_answer(client, address, alone, _dask_bound(settings, 1)).results)
            except ClusterLost:
                raise
            except Exception as err:
                if (lost := _cluster_lost(client, address, err)) is not None:
                    raise lost from err
                results.append((item, None, f"analysis failed on the cluster: {type(err).__name__}: {err}"))
        return ChunkResult(results, "lost", 0.0)


def _dask_bound(settings: Settings, articles: int) -> float | None:
    """``_wall_bound`` with time to start a worker's analysis child, which may start for any task."""
    bound = _wall_bound(settings, articles)
    return None if bound is None else bound + _CHILD_START_S


def _dask_answer(client: Any, address: str, future: Any, bound: float | None) -> ChunkResult:
    """A Dask task's result within ``bound`` wall seconds; one past it is cancelled (its worker's analysis child
    is stopped by its own CPU and wall limits) and raises. Waited for a second at a time, so that a client that
    lost its scheduler is seen at once (``ClusterLost``), not after the bound."""
    started = time.monotonic()
    while True:
        try:
            result: ChunkResult = future.result(timeout=1.0)
            return result
        except TimeoutError as err:
            if (lost := _cluster_lost(client, address)) is not None:
                raise lost from err
            if bound is not None and time.monotonic() - started > bound:
                future.cancel()
                raise TimeoutError(f"no answer from the cluster within {bound:g} s") from err


def runner_for(settings: Settings, workers: int = 1, dask: str | None = None, shards: str | None = None,
               version: str = "") -> Runner:
    task: Task = functools.partial(extract_chunk, settings=settings, shards=shards, version=version)
    if dask:  # a Dask task runs in a thread: the budget holds in a child process of the worker
        return run_dask(functools.partial(extract_chunk_budgeted, settings=settings, shards=shards,
                                          version=version), dask, settings)
    if workers > 1:
        return run_processes(task, settings, workers)
    return run_inline(task)


@dataclass(slots=True)
class WorkerPeaks:
    """Peak resident memory per worker (MB), as the workers report it."""

    peaks: dict[str, float] = field(default_factory=dict)

    def add(self, result: ChunkResult) -> None:
        if result.worker != "lost":
            self.peaks[result.worker] = max(self.peaks.get(result.worker, 0.0), result.peak_rss_mb)
