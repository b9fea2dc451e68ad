"""Where extraction runs: a worker that dies costs only the work it had, and the run goes on."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from onrecord.batch import CHUNK, ChunkResult, run_processes
from onrecord.ingest import TextInput
from onrecord.settings import Settings


def _fake_task(items: list[TextInput]) -> ChunkResult:
    """Stands in for extraction (runs in the worker): dies on a poisoned chunk, else reports each item done."""
    if any(item.text == "poison" for item in items):
        os._exit(1)
    return ChunkResult([(item, None, "done") for item in items], f"pid:{os.getpid()}", 0.0)


def test_a_worker_that_dies_fails_only_the_article_it_held_and_the_run_goes_on() -> None:
    items = [TextInput(f"t{n}", None, "poison" if n == CHUNK + 3 else f"text {n}") for n in range(CHUNK * 8)]
    results = [r for chunk in run_processes(_fake_task, Settings(), workers=2)(items) for r in chunk.results]
    assert [item.id for item, _, _ in results] == [item.id for item in items]  # each once, in input order
    failed = [(item.text, reason) for item, _, reason in results if reason != "done"]
    assert failed == [("poison", "a worker process died while analysing this article "
                                 "(it was retried alone, and died again)")]


_KILLED_ONCE = "onrecord-test-killed-once"


def _dies_once_task(items: list[TextInput]) -> ChunkResult:
    """A worker killed from outside (not by its article): the first chunk with "victim" dies, once."""
    marker = os.environ[_KILLED_ONCE]
    if any(item.text == "victim" for item in items) and not os.path.exists(marker):
        open(marker, "w").close()
        os._exit(1)
    return ChunkResult([(item, None, "done") for item in items], f"pid:{os.getpid()}", 0.0)


def test_articles_in_flight_when_a_worker_is_killed_are_retried_not_failed(tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setenv(_KILLED_ONCE, str(tmp_path / "killed"))
    items = [TextInput(f"t{n}", None, "victim" if n == 5 else f"text {n}") for n in range(CHUNK * 6)]
    results = [r for chunk in run_processes(_dies_once_task, Settings(), workers=2)(items) for r in chunk.results]
    assert (tmp_path / "killed").exists()  # a worker did die
    assert [item.id for item, _, _ in results] == [item.id for item in items]
    assert {reason for _, _, reason in results} == {"done"}


def _analyse_spinning(monkeypatch: pytest.MonkeyPatch, texts: list[tuple[str, str]]) -> list[tuple[str, object, str]]:
    """``batch._analyse`` over ``texts`` with a 0.2 s budget and ``_spinning_extract_many`` in place of the
    pipeline: (id, article, the error's first 30 characters) per item."""
    import signal

    from onrecord import batch

    monkeypatch.setattr(batch, "extract_many", _spinning_extract_many)
    _wall_limit(30)
    try:
        results = batch._analyse([TextInput(n, None, t) for n, t in texts], Settings(max_article_seconds=0.2))
    finally:
        signal.alarm(0)
    return [(item.id, article, (error or "")[:30]) for item, article, error in results]


def _spinning_extract_many(items, *, settings, on_error):  # type: ignore[no-untyped-def]
    """Stands in for ``extract_many``: "spin" burns CPU for good inside a per-article ``except Exception``
    (as the real analysis has), "bad" raises, anything else gives its text back for an article."""
    for item in items:
        try:
            if item.text == "spin":
                while True:
                    pass
            if item.text == "bad":
                raise ValueError("bad input")
        except Exception as err:
            on_error(item, f"analysis failed: {err}")
            continue
        yield item.text


class _Hung(BaseException):
    """No ``except Exception`` takes it: the test fails rather than hangs when no budget stops a spin."""


def _wall_limit(seconds: int):  # type: ignore[no-untyped-def]
    import signal

    def stop(signum, frame):  # type: ignore[no-untyped-def]
        raise _Hung(f"still analysing after {seconds} s: no budget stopped it")

    signal.signal(signal.SIGALRM, stop)
    signal.alarm(seconds)


def test_an_article_over_its_cpu_budget_fails_alone_and_the_chunk_goes_on(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """A text that keeps one worker busy for good (fuzz audit): after ``max_article_seconds`` of CPU the
    article is failed with the reason, and the articles after it in its chunk are analysed."""
    import signal

    results = _analyse_spinning(monkeypatch, [("a", "first"), ("s", "spin"), ("b", "bad"), ("s2", "spin"),
                                              ("c", "last")])
    assert results == [
        ("a", "first", ""), ("s", None, "analysis stopped after 0.2 s o"), ("b", None, "analysis failed: bad input"),
        ("s2", None, "analysis stopped after 0.2 s o"), ("c", "last", "")]
    assert signal.getitimer(signal.ITIMER_VIRTUAL) == (0.0, 0.0)  # no timer left running after the chunk


def test_the_budget_is_on_by_default_and_off_outside_the_main_thread() -> None:
    import threading

    from onrecord.batch import _ArticleBudget

    assert Settings().max_article_seconds > 0
    assert _ArticleBudget(600).active and not _ArticleBudget(0).active
    seen: list[bool] = []
    thread = threading.Thread(target=lambda: seen.append(_ArticleBudget(600).active))  # a Dask worker's task
    thread.start()
    thread.join()
    assert seen == [False]


def test_on_dask_an_article_over_its_cpu_budget_fails_alone_and_the_run_ends() -> None:
    """A Dask task runs in a worker's thread, where no signal budget can fire: without a process of its own
    the slow article would be analysed to the end (or, were it endless, hold the worker and the run for good).
    Its budget is a tiny 1 s here and the slow text needs several; the texts around it need a few ms each."""
    from distributed import LocalCluster

    from onrecord.batch import runner_for

    sentence = "Senator Jane Doe said on Tuesday that the bill number {n} would pass."
    slow = " ".join(sentence.format(n=n) for n in range(1_500))
    texts = [slow] + [f"Governor Sam Roe said the plan {n} would work." for n in range(CHUNK + 1)]
    items = [TextInput(f"t{n}", None, text) for n, text in enumerate(texts)]
    settings = Settings(max_article_seconds=1.0)
    _wall_limit(240)
    try:
        with LocalCluster(n_workers=1, threads_per_worker=1, processes=True, dashboard_address=None,
                          host="127.0.0.1") as cluster:
            chunks = list(runner_for(settings, dask=cluster.scheduler_address)(items))
    finally:
        import signal

        signal.alarm(0)
    results = [r for chunk in chunks for r in chunk.results]
    assert [item.id for item, _, _ in results] == [item.id for item in items]  # each once, in input order
    assert results[0][1] is None and (results[0][2] or "").startswith("analysis stopped after 1 s of CPU time")
    assert all(article is not None and error is None for _, article, error in results[1:])


def _stubborn_task(items: list[TextInput], settings: Settings) -> ChunkResult:
    """Stands in for ``extract_chunk`` in the analysis child: "stuck" burns CPU where no signal reaches it (as
    native code that never returns to the interpreter would), "crash" kills the child, anything else is done."""
    import signal

    for item in items:
        if item.text == "stuck":
            signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGVTALRM})
            while True:
                pass
        if item.text == "crash":
            os._exit(1)
    return ChunkResult([(item, None, "done") for item in items], f"pid:{os.getpid()}", 0.0)


def test_a_child_past_its_budget_where_no_signal_reaches_is_killed_and_only_its_article_fails(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """The backstop behind the child's own signal budget: its CPU time, watched from the worker's thread.
    A fresh child's imports (a second or more of CPU) count against no article: the limits here are smaller."""
    import signal

    from onrecord import batch

    monkeypatch.setattr(batch, "_CHILD_GRACE_S", 0.3)
    items = [TextInput(n, None, text) for n, text in (("a", "first"), ("s", "stuck"), ("x", "crash"), ("b", "last"))]
    _wall_limit(120)
    try:
        result = batch._in_child(_stubborn_task, items, Settings(max_article_seconds=0.1))
    finally:
        signal.alarm(0)
    assert [(item.id, (error or "")[:30]) for item, _, error in result.results] == [
        ("a", "done"), ("s", "analysis stopped after 0.1 s o"), ("x", "a worker process died while an"),
        ("b", "done")]
    child = batch._Child.current()
    assert child.process.poll() is None  # a fresh child waits for the next chunk
    child.kill()


def test_two_articles_over_budget_in_a_row_are_both_stopped(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """The stream that starts after a stopped article has its budget armed too (it was re-armed only by an
    article or an error, so a second spinning article straight after the first ran without one)."""
    results = _analyse_spinning(monkeypatch, [("s", "spin"), ("s2", "spin"), ("c", "last")])
    assert results == [
        ("s", None, "analysis stopped after 0.2 s o"), ("s2", None, "analysis stopped after 0.2 s o"),
        ("c", "last", "")]


def test_a_short_article_parsed_in_one_batch_with_a_slow_one_is_not_failed_for_it() -> None:
    """nlp.pipe parses a batch of pieces before it hands back the first: the short article's wait held the
    slow one's first pieces, and it was failed for their time. Stopped with others after it, an article is
    re-run alone, and fails only if it runs over by itself."""
    import signal

    from onrecord import batch

    sentence = "Senator Jane Doe said on Tuesday that the bill number {n} would pass."
    slow = " ".join(sentence.format(n=n) for n in range(3_000))  # 11 pieces, seconds to parse
    items = [TextInput("short", None, "Governor Sam Roe said the plan would work."), TextInput("slow", None, slow)]
    _wall_limit(120)
    try:
        results = batch._analyse(items, Settings(max_article_seconds=1.0))
    finally:
        signal.alarm(0)
    assert [(item.id, article is not None, (error or "")[:30]) for item, article, error in results] == [
        ("short", True, ""), ("slow", False, "analysis stopped after 1 s of ")]


_MID_REPLY = "onrecord-test-mid-reply"


def _dies_mid_reply_task(items: list[TextInput]) -> ChunkResult:
    """A worker killed while it writes its answer, once: it has sent the length of a reply and a few of its
    bytes when it dies (``os._exit`` where a SIGKILL could land), holding the lock of the pool's reply pipe."""
    import gc
    import struct
    from multiprocessing.queues import SimpleQueue

    marker = os.environ[_MID_REPLY]
    if any(item.text == "victim" for item in items) and not os.path.exists(marker):
        open(marker, "w").close()
        for queue in gc.get_objects():
            if isinstance(queue, SimpleQueue):  # in a pool's worker, the only one is the reply queue
                queue._wlock.acquire()  # type: ignore[attr-defined]
                os.write(queue._writer.fileno(), struct.pack("!i", 1 << 20) + b"half a reply")  # type: ignore[attr-defined]
        os._exit(1)
    return ChunkResult([(item, None, "done") for item in items], f"pid:{os.getpid()}", 0.0)


def test_a_worker_killed_in_the_middle_of_its_reply_hangs_nothing(tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """The pool waited for the rest of the reply for good: no future failed, the other worker blocked on the
    dead one's lock, and the run never ended (seen once as an ingest still running 300 s after a worker was
    killed). The dead worker is noticed, the pool killed, and its chunks re-run article by article."""
    import signal

    from onrecord import batch

    monkeypatch.setenv(_MID_REPLY, str(tmp_path / "died"))
    monkeypatch.setattr(batch, "_DEAD_GRACE_S", 1.0, raising=False)  # raising: the code before had none
    items = [TextInput(f"t{n}", None, "victim" if n == CHUNK + 2 else f"text {n}") for n in range(CHUNK * 4)]
    _wall_limit(120)
    try:
        results = [r for chunk in run_processes(_dies_mid_reply_task, Settings(), workers=2)(items)
                   for r in chunk.results]
    finally:
        signal.alarm(0)
    assert (tmp_path / "died").exists()
    assert [item.id for item, _, _ in results] == [item.id for item in items]
    assert {reason for _, _, reason in results} == {"done"}  # an outside death costs nothing


def _sleeping_task(items: list[TextInput]) -> ChunkResult:
    """A worker blocked for good without using CPU (a lock, native code asleep), where no CPU budget fires."""
    import time

    if any(item.text == "asleep" for item in items):
        time.sleep(3600)
    return ChunkResult([(item, None, "done") for item in items], f"pid:{os.getpid()}", 0.0)


def test_a_worker_that_never_answers_fails_only_its_article_after_a_wall_clock_bound() -> None:
    """A chunk's answer was waited for without a bound. Now the wait is bounded by the articles' CPU budgets on
    the wall clock: the silent pool is killed, and only the article that blocks again, alone, is failed."""
    import signal

    items = [TextInput(f"t{n}", None, "asleep" if n == CHUNK + 1 else f"text {n}") for n in range(CHUNK * 3)]
    _wall_limit(150)
    try:
        results = [r for chunk in run_processes(_sleeping_task, Settings(max_article_seconds=0.1), workers=1)(items)
                   for r in chunk.results]
    finally:
        signal.alarm(0)
    assert [item.id for item, _, _ in results] == [item.id for item in items]
    failed = [(item.text, reason) for item, _, reason in results if reason != "done"]
    assert failed == [("asleep", "no answer from its worker process within 0.6 s (the wall-clock bound for its "
                                 "articles' CPU budgets; ONRECORD_MAX_ARTICLE_SECONDS=N raises it) "
                                 "(it was retried alone)")]


def test_a_pool_that_breaks_while_a_worker_starts_costs_nothing(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """A worker killed as it started: the pool closed its pipes while ``submit`` was handing them to the next
    worker it spawned, and ``submit`` raised OSError "handle is closed", which ended the run (seen twice in 5
    runs that killed a worker at start-up). Simulated here: the first submit raises it."""
    import concurrent.futures as cf

    real = cf.ProcessPoolExecutor.submit
    raised: list[bool] = []

    def submit(self, *args, **kwargs):  # type: ignore[no-untyped-def]
        if not raised:
            raised.append(True)
            raise OSError("handle is closed")
        return real(self, *args, **kwargs)

    monkeypatch.setattr(cf.ProcessPoolExecutor, "submit", submit)
    items = [TextInput(f"t{n}", None, f"text {n}") for n in range(CHUNK * 3)]
    results = [r for chunk in run_processes(_fake_task, Settings(), workers=1)(items) for r in chunk.results]
    assert raised
    assert [item.id for item, _, _ in results] == [item.id for item in items]
    assert {reason for _, _, reason in results} == {"done"}


def _slow_task(items: list[TextInput], settings: Settings | None = None) -> ChunkResult:
    """Stands in for extraction on a Dask worker: half a second a chunk, every item done."""
    import time

    time.sleep(0.5)
    return ChunkResult([(item, None, "done") for item in items], f"pid:{os.getpid()}", 0.0)


_CLUSTER = ("import sys, time; from distributed import LocalCluster; c = LocalCluster(n_workers=1, "
            "threads_per_worker=1, processes=True, host='127.0.0.1', dashboard_address=None); "
            "print(c.scheduler_address, flush=True); time.sleep(600)")


def test_on_dask_a_scheduler_that_goes_away_stops_the_run_with_what_to_do() -> None:
    """Once: the chunks in flight were cancelled ("scheduler-connection-lost"), each article was resubmitted alone
    to a client that had no scheduler, and the run waited out each one's bound (an hour an article by default):
    it hung (break15). Now the run stops at once, the results it had handed over kept by the caller."""
    import signal
    import subprocess
    import sys

    from onrecord.batch import ClusterLost, run_dask

    cluster = subprocess.Popen([sys.executable, "-c", _CLUSTER], stdout=subprocess.PIPE, text=True,
                               start_new_session=True, env={**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)})
    assert cluster.stdout is not None
    address = cluster.stdout.readline().strip()
    items = [TextInput(f"t{n}", None, f"text {n}") for n in range(CHUNK * 20)]
    done: list[str] = []
    _wall_limit(150)
    try:
        with pytest.raises(ClusterLost, match=r"lost the Dask scheduler at tcp://127\.0\.0\.1:\d+.*what was stored "
                                              r"is kept.*run the same command again"):
            for chunk in run_dask(_slow_task, address, Settings(max_article_seconds=5.0))(items):
                done.extend(reason or "" for _, _, reason in chunk.results)
                if len(done) == 2 * CHUNK:
                    os.killpg(cluster.pid, signal.SIGKILL)  # the scheduler and its workers gone
    finally:
        signal.alarm(0)
        if cluster.poll() is None:
            os.killpg(cluster.pid, signal.SIGKILL)
        cluster.wait()
    assert done == ["done"] * len(done) and len(done) < len(items)  # no article recorded as failed for it


_LATE_WORKER = """
import os, sys, time
time.sleep(float(sys.argv[2]))  # a worker still importing when its parent is killed
from onrecord.batch import _exit_with_parent
_exit_with_parent(int(sys.argv[1]))
time.sleep(120)
print("outlived its parent", flush=True)
"""


def test_a_worker_whose_parent_died_before_it_started_watching_exits_too(tmp_path: Path) -> None:
    """Once: a worker read its parent's pid itself once it had started (seconds of imports on a loaded machine); a
    run killed in that time left it reading 1 (init) as its parent, so it never noticed, and it lived on for good,
    holding the model's memory and the run's stdout (a `| tee` never ended) (break15). The pid is given now."""
    import subprocess
    import sys

    starter = ("import subprocess, sys; p = subprocess.Popen([sys.executable, '-c', sys.argv[1], str(__import__('os')"
               ".getpid()), '2'], stdout=open(sys.argv[2], 'w'), stderr=subprocess.STDOUT); print(p.pid, flush=True)")
    log = tmp_path / "worker.log"
    parent = subprocess.run([sys.executable, "-c", starter, _LATE_WORKER, str(log)], capture_output=True, text=True,
                            env={**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)}, check=True)
    worker = int(parent.stdout)  # its parent has exited: the worker is an orphan before it starts watching
    import time

    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and _alive(worker):
        time.sleep(0.2)
    alive = _alive(worker)
    if alive:
        os.kill(worker, 9)
    assert not alive and log.read_text() == ""  # gone through the watch: no traceback, never "outlived"


def _alive(pid: int) -> bool:
    try:
        with open(f"/proc/{pid}/stat") as stat:
            return stat.read().rsplit(")", 1)[1].split()[0] != "Z"
    except OSError:
        return False


def _hungry_task(items: list[TextInput], settings: Settings) -> ChunkResult:
    """Stands in for extraction in the analysis child: "big" takes 600 MB for a few seconds, as a huge text's
    analysis would, anything else is done."""
    import time

    for item in items:
        if item.text == "big":
            held = bytearray(600 * 2**20)  # zero-filled: every page touched, resident
            time.sleep(5)
            del held
    return ChunkResult([(item, None, "done") for item in items], f"pid:{os.getpid()}", 0.0)


def test_a_dask_workers_memory_limit_holds_for_its_analysis_child(monkeypatch: pytest.MonkeyPatch) -> None:
    """A Dask worker analyses in a child process, whose memory the nanny never sees: a text whose analysis took
    more than the worker's memory limit ran on unchecked (break15). The child is stopped past the limit, and the
    article fails alone with the reason; the others are done."""
    import signal

    from onrecord import batch

    monkeypatch.setattr(batch, "_worker_memory_limit", lambda: 300 * 2**20)
    items = [TextInput(n, None, text) for n, text in (("a", "first"), ("m", "big"), ("b", "last"))]
    _wall_limit(120)
    try:
        result = batch._in_child(_hungry_task, items, Settings(max_article_seconds=30))
    finally:
        signal.alarm(0)
        batch._Child.current().kill()
    assert [(item.id, error) for item, _, error in result.results] == [
        ("a", "done"), ("m", "analysis stopped: its process used more than 300 MB, the memory limit of the Dask "
                            "worker (a text too large to analyse within it: give the workers more memory)"),
        ("b", "done")]


def test_outside_a_dask_worker_there_is_no_memory_limit() -> None:
    from onrecord.batch import _worker_memory_limit

    assert _worker_memory_limit() is None


@pytest.mark.filterwarnings("ignore::pytest.PytestUnraisableExceptionWarning")
def test_a_budget_signal_lost_in_a_gc_callback_is_sent_again() -> None:
    """Raised in a garbage collector's callback, ``OverBudget`` is printed and dropped by Python; the one-shot
    timer then let the analysis run on without a budget (the suite's hypothesis gc callback took it: a 7.5 s
    analysis ran to its end under a 1 s budget). The timer now fires again until the budget is caught."""
    import gc
    import time

    from onrecord.ingest.budget import CpuBudget, OverBudget

    def busy(seconds: float) -> None:
        end = time.process_time() + seconds
        while time.process_time() < end:
            pass

    def callback(phase: str, info: object) -> None:
        if phase == "start" and callback in gc.callbacks:
            gc.callbacks.remove(callback)
            busy(0.4)  # the budget runs out here, where its exception is dropped

    gc.callbacks.append(callback)
    try:
        with CpuBudget(0.1) as budget, pytest.raises(OverBudget):
            gc.collect()
            busy(10.0)  # main: ran to its end, the timer spent
        assert budget.active
    finally:
        if callback in gc.callbacks:
            gc.callbacks.remove(callback)
