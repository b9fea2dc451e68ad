"""Answers kept per process (positions, shifts, issue timelines): one computation for many callers, and, for
the server, a kept answer given at once while the store is being written, recomputed in the background.

An answer is kept under (store token, today, what, query, settings) with the store's count of writes it was
computed at (``store_counts`` row ``changes``, migration 16). A call whose count is the kept one's is given a
copy of it (it is the answer the computation gives now). Otherwise:

- **Fresh** (the commands, the library, and the server with ``Settings.positions_stale_s = 0``): the call
  computes; concurrent calls for the same key at the same count wait for that one computation (single flight)
  instead of each running it.
- **Stale while revalidating** (the server, ``Reading.stale_s > 0``): a kept answer at most ``stale_s`` old is
  given at once, marked stale (``Reading.given``: when it was computed, how many articles were added since),
  and the key is handed to the refresher, one background thread per process, which recomputes one key at a
  time on a read-only connection of its own. While an ingest writes an article a second, every kept answer is
  out of date within a second: before, every request recomputed (3.9 s of CPU for the whole matrix at 100,000
  articles), and on a loaded machine met its 10 s budget. An answer older than the bound, or none, is computed
  as in fresh mode, but joins a computation of the key already running (the refresher's too), whatever count
  it started at.

Each computation reads one snapshot of the store (a read transaction around it), and the answer is kept with
the count read in that snapshot, so a write made while it ran is never hidden behind a fresh-looking answer.
"""

from __future__ import annotations

import copy
import logging
import sqlite3
import threading
import time
from collections import OrderedDict
from collections.abc import Callable, Hashable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from onrecord.settings import Settings
from onrecord.store import CHANGES_SCHEMA, Store, StoreError
from onrecord.store.queries import QueryError

log = logging.getLogger("onrecord.store.kept")
Compute = Callable[[Store], Any]


@dataclass(frozen=True, slots=True)
class State:
    """What a store's counts say: its token (drawn once per store), writes so far, analysed articles."""
    token: int
    changes: int
    analysed: int


def store_state(store: Store) -> State | None:
    """The store's state (None: a store not migrated so far, whose answers are not kept)."""
    if store.schema_version < CHANGES_SCHEMA:
        return None
    found = dict(store.conn.execute("SELECT name, n FROM store_counts WHERE name IN "
                                    "('store_token', 'changes', 'analysed')").fetchall())
    return State(int(found["store_token"]), int(found["changes"]), int(found.get("analysed", 0)))


@dataclass(frozen=True, slots=True)
class Given:
    """One kept answer a request was given: when its snapshot was read (epoch seconds), whether the store has
    moved since, and how many analysed articles it has gained (a deletion can make that negative; shown as 0)."""
    computed_at: float
    stale: bool
    articles_added: int


@dataclass(slots=True)
class Reading:
    """One request's reads: how old a stale answer it takes (0: none), how long it waits for a computation
    another caller runs (None: as long as that takes), and what it was given, in order."""
    stale_s: float = 0.0
    wait_s: float | None = None
    given: list[Given] = field(default_factory=list)

    @property
    def stale(self) -> Given | None:
        """The oldest stale answer given (None: every answer was fresh)."""
        stale = [g for g in self.given if g.stale]
        return min(stale, key=lambda g: g.computed_at) if stale else None


@dataclass(slots=True)
class _Entry:
    answer: Any
    state: State
    computed_at: float  # time.time() and time.monotonic() when its snapshot was read
    born: float
    cost: float = 0.0  # CPU seconds its computation took (the computing thread's)


# Given up last when the kept answers are too many: those that took at least this much CPU to compute (the whole
# matrix at 100,000 articles took 3.9 s). An actor page keeps three answers, most of a few ms; least recently
# used alone, six actor pages gave up the whole matrix (16 kept), and the next /positions computed it again.
EXPENSIVE_S = 0.5
_cpu = time.thread_time


class _Flight:
    """A computation under way; callers of the same key wait for it (``done``) and share its entry or error."""

    def __init__(self, state: State) -> None:
        self.state = state
        self.done = threading.Event()
        self.entry: _Entry | None = None
        self.error: BaseException | None = None


_answers: OrderedDict[Hashable, _Entry] = OrderedDict()
_flights: dict[tuple[Hashable, int], _Flight] = {}
_lock = threading.Lock()


@contextmanager
def _snapshot(store: Store) -> Iterator[None]:
    """One read transaction around a computation (each statement in autocommit reads its own snapshot, and an
    ingest commits between them); a caller already in a transaction keeps its own."""
    if store.conn.in_transaction:
        yield
        return
    store.conn.execute("BEGIN")
    try:
        yield
    finally:
        if store.conn.in_transaction:
            store.conn.execute("ROLLBACK")  # nothing was written to the store (temporary tables only)


def kept(store: Store, what: str, query: Hashable, settings: Settings, compute: Compute,
         reading: Reading | None = None) -> Any:
    """``compute(store)``'s answer for ``(what, query, settings)``, kept until the store is next written (or,
    with ``reading.stale_s``, given while at most that old and refreshed behind); each caller gets a copy."""
    state = store_state(store) if settings.position_answers_kept > 0 else None
    if state is None:
        return compute(store)
    answer = _kept(store, (state.token, date.today().isoformat(), what, query, settings), state, settings, compute,
                   reading)
    return copy.deepcopy(answer)


def _kept(store: Store, key: Hashable, state: State, settings: Settings, compute: Compute,
          reading: Reading | None) -> Any:
    stale_s = reading.stale_s if reading is not None else 0.0
    with _lock:
        entry = _answers.get(key)
        if entry is not None:
            _answers.move_to_end(key)
            fresh = entry.state.changes == state.changes
            if fresh or (stale_s > 0 and time.monotonic() - entry.born <= stale_s):
                _give(reading, entry, state)
                if not fresh:
                    path = store.path
                    REFRESHER.ask((key, "refresh"), lambda: _refresh(path, key, settings, compute))
                return entry.answer
        flight = _flights.get((key, state.changes))
        if flight is None and stale_s > 0:  # any computation of the key under way: its answer is new enough
            flight = _running(key)
        if flight is not None:
            joined = flight
        else:
            ours = _flights[(key, state.changes)] = _Flight(state)
    if flight is not None:
        return _joined(joined, reading, state).answer
    return _lead(store, key, settings, compute, ours, reading, state).answer


def _running(key: Hashable) -> _Flight | None:
    """A computation of ``key`` under way, at whatever count it started (called under ``_lock``)."""
    return next((f for (k, _), f in _flights.items() if k == key), None)


def _joined(flight: _Flight, reading: Reading | None, state: State) -> _Entry:
    """Wait for another caller's computation, at most ``reading.wait_s``, and share its answer or its error."""
    if not flight.done.wait(reading.wait_s if reading is not None else None):
        raise sqlite3.OperationalError("interrupted")  # the request's budget went by waiting: a 503 says so
    if flight.error is not None:
        raise flight.error
    assert flight.entry is not None
    _give(reading, flight.entry, state)
    return flight.entry


def _lead(store: Store, key: Hashable, settings: Settings, compute: Compute, flight: _Flight,
          reading: Reading | None, asked: State) -> _Entry:
    """Run ``flight``'s computation in one snapshot, keep its answer and hand it to those waiting."""
    try:
        with _snapshot(store):
            state = store_state(store) or flight.state
            computed_at, born, cpu = time.time(), time.monotonic(), _cpu()
            entry = _Entry(compute(store), state, computed_at, born)
            entry.cost = _cpu() - cpu
        with _lock:
            old = _answers.get(key)
            if old is None or old.state.changes <= state.changes:  # a newer one (kept meanwhile) stays
                _answers[key] = entry
                _answers.move_to_end(key)
            _give_up(settings.position_answers_kept)
        flight.entry = entry
        _give(reading, entry, asked)
        return entry
    except BaseException as err:
        flight.error = err
        raise
    finally:
        with _lock:
            if _flights.get((key, flight.state.changes)) is flight:
                del _flights[(key, flight.state.changes)]
        flight.done.set()


def _give_up(limit: int) -> None:
    """Keep at most ``limit`` answers: the least recently used of the cheap ones goes first, an expensive one
    only when every one kept is (called under ``_lock``)."""
    while len(_answers) > limit:
        victim = next((key for key, e in _answers.items() if e.cost < EXPENSIVE_S), next(iter(_answers)))
        del _answers[victim]


def _give(reading: Reading | None, entry: _Entry, state: State) -> None:
    if reading is not None:
        reading.given.append(Given(entry.computed_at, entry.state.changes < state.changes,
                                   max(state.analysed - entry.state.analysed, 0)))


def _refresh(path: Path, key: Hashable, settings: Settings, compute: Compute) -> None:
    """Recompute ``key`` on a read-only connection of the refresher's own, unless it is fresh by now. A
    computation of the key under way (a request's) is waited for first, never run beside: then the key is
    looked at again."""
    with _opened(path, settings.positions_refresh_budget_s) as store:
        for _ in range(3):
            state = store_state(store)
            if state is None or state.token != key[0]:  # type: ignore[index]
                return  # another store at that path now
            with _lock:
                entry = _answers.get(key)
                if entry is not None and entry.state.changes == state.changes:
                    return
                flight = _running(key)
                if flight is None:
                    flight = _flights[(key, state.changes)] = _Flight(state)
                    break
            flight.done.wait()  # bounded by the budget of whoever runs it
        else:
            return
        _lead(store, key, settings, compute, flight, None, state)


@contextmanager
def _opened(path: Path, budget_s: float) -> Iterator[Store]:
    store = Store(path, readonly=True)
    try:
        if budget_s > 0:
            deadline = time.monotonic() + budget_s
            store.conn.set_progress_handler(lambda: time.monotonic() > deadline, 1000)
        yield store
    finally:
        store.close()


def warm(path: Path, settings: Settings, *calls: Callable[[Store], Any]) -> None:
    """Hand the refresher ``calls`` to run on a connection of its own (the server's start: the landing of
    /positions computed before anyone asks)."""
    def run() -> None:
        with _opened(path, settings.positions_refresh_budget_s) as store:
            for call in calls:
                call(store)
    REFRESHER.ask((str(path), "warm", settings), run)


class Refresher:
    """One background thread per process that runs the jobs handed to it, one at a time, oldest first; a job
    already waiting is not added twice (a request that is given a stale answer while its refresh runs adds it
    again, so the refresh after the last write of an ingest is made without waiting for another request). At
    most ``limit`` jobs wait; past it the oldest is given up (a later stale read asks again)."""

    def __init__(self, limit: int = 64) -> None:
        self.limit = limit
        self._jobs: OrderedDict[Hashable, Callable[[], None]] = OrderedDict()
        self._busy = False
        self._cond = threading.Condition()
        self._thread: threading.Thread | None = None

    def ask(self, name: Hashable, job: Callable[[], None]) -> None:
        with self._cond:
            if name in self._jobs:
                return
            self._jobs[name] = job
            while len(self._jobs) > self.limit:
                self._jobs.popitem(last=False)
            if self._thread is None or not self._thread.is_alive():
                self._thread = threading.Thread(target=self._run, name="onrecord-refresher", daemon=True)
                self._thread.start()
            self._cond.notify_all()

    def idle(self, timeout: float) -> bool:
        """Wait until no job waits or runs (the tests and the bench); False if ``timeout`` went by first."""
        with self._cond:
            return self._cond.wait_for(lambda: not self._jobs and not self._busy, timeout)

    def _run(self) -> None:
        while True:
            with self._cond:
                self._cond.wait_for(lambda: bool(self._jobs))
                _, job = self._jobs.popitem(last=False)
                self._busy = True
            try:
                job()
            except (sqlite3.Error, StoreError, QueryError, OSError) as err:  # its budget, an actor merged away ...
                log.warning("background refresh failed: %s", err)
            except Exception:
                log.exception("background refresh failed")
            finally:
                with self._cond:
                    self._busy = False
                    self._cond.notify_all()


REFRESHER = Refresher()
