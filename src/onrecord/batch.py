"""Run extraction over many articles: in this process, in local worker processes, or on Dask.

The main process reads inputs, skips what the store already holds, and is the
only writer; workers only parse and extract. Work goes out in small chunks with
a bounded number in flight, so memory does not grow with the corpus, and each
article is committed as soon as its chunk returns, so a killed run loses at
most the chunks in flight, which the next run redoes.
"""

from __future__ import annotations

import concurrent.futures as cf
import functools
import hashlib
import multiprocessing
import os
import resource
import threading
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from importlib import resources
from typing import Any

from onrecord import __version__
from onrecord.api import extract_many
from onrecord.ingest import TextInput
from onrecord.model import Article
from onrecord.nlp import model_name
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
    """Analyse a chunk; runs in a worker (local or Dask) and loads the model once per process.

    With ``shards`` the analysed articles go to a Parquet shard in that folder and come back
    as ``(item, None, None)``: only errors and the receipt travel back.
    """
    errors: dict[int, str] = {}
    by_identity = {id(item): n for n, item in enumerate(items)}

    def failed(item: TextInput, reason: str) -> None:
        errors[by_identity[id(item)]] = reason

    from onrecord.nlp import load

    # Strings spaCy interns while parsing stay in its vocabulary for good; a memory zone frees them
    # when the chunk is done (nothing spaCy-owned leaves it), so a worker's memory does not grow
    # with the number of articles it has seen.
    # One chunk at a time per process: a Dask worker may run several tasks in threads, and neither
    # the pipeline nor its memory zone may be shared between threads.
    with _PIPELINE_LOCK, load(settings).memory_zone():
        articles = list(extract_many(items, settings=settings, on_error=failed))  # errors known only at the end
    good = iter(articles)
    results: list[tuple[TextInput, Article | None, str | None]] = []
    for n, item in enumerate(items):
        if n in errors:
            results.append((item, None, errors[n]))
        else:
            article = next(good, None)
            results.append((item, article, None if article is not None else "no result"))
    if shards is not None:
        from onrecord.store.shards import write_shard

        done = [(item, article) for item, article, _ in results if article is not None]
        if done:
            write_shard(shards, done, version)
        results = [(item, None, error) for item, _, error in results]
    return ChunkResult(results, f"{os.uname().nodename}:{os.getpid()}", _peak_rss_mb())


def _chunks(items: Iterable[TextInput], size: int) -> Iterator[list[TextInput]]:
    chunk: list[TextInput] = []
    for item in items:
        chunk.append(item)
        if len(chunk) == size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def _failed_chunk(chunk: list[TextInput], reason: str) -> ChunkResult:
    return ChunkResult([(item, None, reason) for item in chunk], "lost", 0.0)


Runner = Callable[[Iterable[TextInput]], Iterator[ChunkResult]]
Task = Callable[[list[TextInput]], ChunkResult]


def run_inline(task: Task) -> Runner:
    def run(items: Iterable[TextInput]) -> Iterator[ChunkResult]:
        for chunk in _chunks(items, CHUNK):
            yield task(chunk)

    return run


def _warm_worker(settings: Settings) -> None:
    from onrecord.nlp import load

    _exit_with_parent()
    load(settings)  # once per worker process, before the first chunk arrives


def _exit_with_parent() -> None:
    """A worker whose parent was killed (SIGKILL leaves no chance to shut the pool down) exits too."""
    parent = os.getppid()

    def watch() -> None:
        while True:
            time.sleep(1.0)
            if os.getppid() != parent:
                os._exit(1)

    threading.Thread(target=watch, name="onrecord-parent-watch", daemon=True).start()


def run_processes(task: Task, settings: Settings, workers: int) -> Runner:
    """Local worker processes (spawned: no parent state is shared), at most 2 chunks each in flight."""

    def run(items: Iterable[TextInput]) -> Iterator[ChunkResult]:
        context = multiprocessing.get_context("spawn")

        def new_pool() -> cf.ProcessPoolExecutor:
            return cf.ProcessPoolExecutor(workers, mp_context=context, initializer=_warm_worker, initargs=(settings,))

        pool = new_pool()
        pending: dict[cf.Future[ChunkResult], tuple[list[TextInput], cf.ProcessPoolExecutor]] = {}
        chunks = _chunks(items, CHUNK)
        more = True
        try:
            while True:
                while more and len(pending) < 2 * workers:
                    chunk = next(chunks, None)
                    if chunk is None:
                        more = False
                    else:
                        pending[pool.submit(task, chunk)] = (chunk, pool)
                if not pending:
                    return
                done, _ = cf.wait(pending, return_when=cf.FIRST_COMPLETED)
                for future in done:
                    chunk, owner = pending.pop(future)
                    try:
                        yield future.result()
                    except cf.process.BrokenProcessPool:
                        # A worker died (killed, out of memory): its chunk, and every chunk in flight on that
                        # pool, is recorded as failed; work goes on in a fresh pool, replaced only once.
                        if owner is pool:
                            pool.shutdown(wait=False, cancel_futures=True)
                            pool = new_pool()
                        yield _failed_chunk(chunk, "a worker process died while analysing this article")
                    except Exception as err:
                        yield _failed_chunk(chunk, f"analysis failed: {type(err).__name__}: {err}")
        finally:
            pool.shutdown(wait=False, cancel_futures=True)

    return run


def run_dask(task: Task, address: str, in_flight: int | None = None) -> Runner:
    """Chunks as tasks on an existing Dask cluster; results stream back as they finish."""

    def run(items: Iterable[TextInput]) -> Iterator[ChunkResult]:
        from distributed import Client, as_completed

        with Client(address, set_as_default=False) as client:  # type: ignore[no-untyped-call]
            limit = in_flight or 2 * max(1, sum(client.nthreads().values()))
            chunks = _chunks(items, CHUNK)
            futures: dict[Any, list[TextInput]] = {}
            queue = as_completed(loop=client.loop)  # type: ignore[no-untyped-call]
            for chunk in chunks:
                future = client.submit(task, chunk, pure=False)
                futures[future] = chunk
                queue.add(future)  # type: ignore[no-untyped-call]
                if len(futures) >= limit:
                    yield _dask_result(next(queue), futures)
            for future in queue:
                yield _dask_result(future, futures)

    return run


def _dask_result(future: Any, futures: dict[Any, list[TextInput]]) -> ChunkResult:
    chunk = futures.pop(future)
    try:
        result: ChunkResult = future.result()
        return result
    except Exception as err:  # a task that raised or a worker that died
        return _failed_chunk(chunk, f"analysis failed on the cluster: {type(err).__name__}: {err}")


def runner_for(settings: Settings, workers: int = 1, dask: str | None = None, shards: str | None = None,
               version: str = "") -> Runner:
    task: Task = functools.partial(extract_chunk, settings=settings, shards=shards, version=version)
    if dask:
        return run_dask(task, dask)
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
