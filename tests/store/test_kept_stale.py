"""Kept answers under concurrent calls and while the store is written (store/kept.py): one computation for
many callers, a stale answer within the bound (marked) and refreshed behind, fresh answers with a bound of 0."""

from __future__ import annotations

import sqlite3
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from onrecord.settings import Settings
from onrecord.store import Store
from onrecord.store import kept as k
from onrecord.store import positions as p
from tests.store.test_positions import Rows

SETTINGS = Settings()
WHOLE = p.PositionQuery()


def two_speakers(path: Path) -> Rows:
    """A store where Lindqvist turns from oppose to support and Horak supports throughout."""
    r = Rows(Store(path))
    karin, pavel = r.actor("Karin Lindqvist"), r.actor("Pavel Horak")
    for day, stance in (("2025-01-01", "oppose"), ("2025-02-01", "support")):
        r.say(karin, day, stance, act="reject" if stance == "oppose" else "support")
        r.say(pavel, day, "support")
    return r


@pytest.fixture
def rows(tmp_path: Path) -> Rows:
    return two_speakers(tmp_path / "stale.db")


def slowed(monkeypatch: pytest.MonkeyPatch, seconds: float, fail: bool = False) -> list[int]:
    """``_positions`` made to take ``seconds`` longer (so that calls overlap), each call counted."""
    calls: list[int] = []
    real = p._positions

    def slow(*args: Any) -> Any:
        calls.append(1)
        time.sleep(seconds)
        if fail:
            raise p.QueryError("refused on purpose")
        return real(*args)

    monkeypatch.setattr(p, "_positions", slow)
    return calls


def at_once(count: int, call: Callable[[], Any]) -> list[Any]:
    """``call`` in ``count`` threads started together; what each returned or raised."""
    out: list[Any] = [None] * count
    start = threading.Barrier(count)

    def run(n: int) -> None:
        start.wait()
        try:
            out[n] = call()
        except Exception as err:
            out[n] = err
    threads = [threading.Thread(target=run, args=(n,)) for n in range(count)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(30)
    return out


def test_a_stale_answer_is_given_within_the_bound_then_the_refreshed_one(rows: Rows) -> None:
    store = rows.store
    first = p.positions(store, WHOLE, SETTINGS, k.Reading(stale_s=60))
    rows.say(rows.actor("Ana Silva"), "2025-02-02", "oppose")
    rows.say(rows.actor("Ben Okafor"), "2025-02-03", "open")
    read = k.Reading(stale_s=60)
    assert p.positions(store, WHOLE, SETTINGS, read) == first  # at once, the answer kept before the writes
    assert read.stale is not None and read.stale.articles_added == 2
    assert read.stale.computed_at <= time.time()
    assert k.REFRESHER.idle(30)  # recomputed behind, on a connection of its own
    after = k.Reading(stale_s=60)
    fresh = p.positions(store, WHOLE, SETTINGS, after)
    assert fresh == p._positions(store, WHOLE, SETTINGS) != first
    assert after.stale is None and after.given and not after.given[0].stale
    assert {c["actor"]["name"] for c in fresh["positions"]} >= {"Ana Silva", "Ben Okafor"}


def test_past_the_bound_the_answer_is_computed_before_answering(rows: Rows) -> None:
    store = rows.store
    first = p.positions(store, WHOLE, SETTINGS, k.Reading(stale_s=0.05))
    rows.say(rows.actor("Ana Silva"), "2025-02-02", "oppose")
    time.sleep(0.1)
    read = k.Reading(stale_s=0.05)
    assert p.positions(store, WHOLE, SETTINGS, read) == p._positions(store, WHOLE, SETTINGS) != first
    assert read.stale is None


def test_with_a_bound_of_0_every_answer_is_the_computed_one(rows: Rows, monkeypatch: pytest.MonkeyPatch) -> None:
    store = rows.store
    asked: list[object] = []
    monkeypatch.setattr(k.REFRESHER, "ask", lambda *a: asked.append(a))
    for n in range(3):
        read = k.Reading(stale_s=0)
        assert p.positions(store, WHOLE, SETTINGS, read) == p._positions(store, WHOLE, SETTINGS)
        assert p.shifts(store, WHOLE, SETTINGS, read) == p._shifts(store, WHOLE, SETTINGS)
        assert read.stale is None
        rows.say(rows.actor(f"Speaker {n}"), "2025-02-02", "oppose")
    assert asked == []  # nothing is refreshed behind


@pytest.mark.parametrize("stale_s", [0.0, 60.0])
def test_concurrent_identical_calls_make_one_computation(rows: Rows, monkeypatch: pytest.MonkeyPatch,
                                                         stale_s: float) -> None:
    expected = p._positions(rows.store, WHOLE, SETTINGS)
    calls = slowed(monkeypatch, 0.3)
    path = rows.store.path

    def call() -> dict[str, Any]:
        store = Store(path, readonly=True)  # a connection each, as each request of the server has
        try:
            return p.positions(store, WHOLE, SETTINGS, k.Reading(stale_s=stale_s))
        finally:
            store.close()
    answers = at_once(8, call)
    assert len(calls) == 1
    assert all(a == expected for a in answers)
    answers[0]["positions"].clear()  # each caller has a copy of its own
    assert answers[1]["positions"]


def test_the_callers_waiting_for_a_computation_that_fails_get_its_error(rows: Rows,
                                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    calls = slowed(monkeypatch, 0.3, fail=True)
    path = rows.store.path

    def call() -> dict[str, Any]:
        with Store(path, readonly=True) as store:
            return p.positions(store, WHOLE, SETTINGS)
    got = at_once(5, call)
    assert len(calls) == 1 and all(isinstance(g, p.QueryError) for g in got)


def test_a_caller_waits_no_longer_than_its_budget(rows: Rows, monkeypatch: pytest.MonkeyPatch) -> None:
    slowed(monkeypatch, 1.0)
    path = rows.store.path

    def call(wait_s: float | None) -> Callable[[], Any]:
        def run() -> Any:
            with Store(path, readonly=True) as store:
                return p.positions(store, WHOLE, SETTINGS, k.Reading(wait_s=wait_s))
        return run
    leader = threading.Thread(target=call(None))
    leader.start()
    time.sleep(0.2)
    with pytest.raises(sqlite3.OperationalError, match="interrupted"):  # the server's 503 "budget"
        call(0.1)()
    leader.join()


def gated(monkeypatch: pytest.MonkeyPatch) -> tuple[list[int], threading.Event, threading.Event]:
    """``_positions`` whose first call says it has started and waits to be let go: a write lands inside it
    however slow the machine (a fixed sleep did not, under load)."""
    calls: list[int] = []
    started, go = threading.Event(), threading.Event()
    real = p._positions

    def held(*args: Any) -> Any:
        calls.append(1)
        if len(calls) == 1:
            started.set()
            go.wait(30)
        return real(*args)

    monkeypatch.setattr(p, "_positions", held)
    return calls, started, go


def test_writes_during_a_refresh_are_refreshed_again_without_another_request(
        rows: Rows, monkeypatch: pytest.MonkeyPatch) -> None:
    """An ingest writes while the refresh runs: a stale read then asks again, and the refresh after the last
    write is made by the refresher, so the request after the ingest gets the fresh answer."""
    store = rows.store
    p.positions(store, WHOLE, SETTINGS, k.Reading(stale_s=60))
    calls, started, go = gated(monkeypatch)
    rows.say(rows.actor("Ana Silva"), "2025-02-02", "oppose")
    assert p.positions(store, WHOLE, SETTINGS, k.Reading(stale_s=60))  # stale; the refresh starts
    assert started.wait(30)
    rows.say(rows.actor("Ben Okafor"), "2025-02-03", "open")  # while it runs
    read = k.Reading(stale_s=60)
    p.positions(store, WHOLE, SETTINGS, read)
    assert read.stale is not None
    go.set()
    assert k.REFRESHER.idle(30)
    assert len(calls) == 2
    last = k.Reading(stale_s=60)
    assert p.positions(store, WHOLE, SETTINGS, last) == p._positions(store, WHOLE, SETTINGS)
    assert last.stale is None and len(calls) == 3  # (the comparison's own call)


def test_a_refresh_stopped_at_its_budget_leaves_the_kept_answer(rows: Rows, monkeypatch: pytest.MonkeyPatch) -> None:
    store = rows.store
    settings = Settings(positions_refresh_budget_s=0.01)
    first = p.positions(store, WHOLE, settings, k.Reading(stale_s=60))
    real = p._positions

    def slow_sql(s: Store, *args: Any) -> Any:
        s.conn.execute("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 50000000) "
                       "SELECT COUNT(*) FROM n").fetchone()
        return real(s, *args)
    monkeypatch.setattr(p, "_positions", slow_sql)
    rows.say(rows.actor("Ana Silva"), "2025-02-02", "oppose")
    assert p.positions(store, WHOLE, settings, k.Reading(stale_s=60)) == first
    assert k.REFRESHER.idle(30)
    read = k.Reading(stale_s=60)
    assert p.positions(store, WHOLE, settings, read) == first and read.stale is not None  # still the old one


def test_an_expensive_answer_is_given_up_after_the_cheap_ones(rows: Rows, monkeypatch: pytest.MonkeyPatch) -> None:
    """Actor pages keep cheap answers; least recently used alone, a few of them gave up the whole matrix."""
    clock = [0.0]
    monkeypatch.setattr(k, "_cpu", lambda: clock[0])
    calls: list[p.PositionQuery] = []
    real = p._positions

    def costed(store: Store, query: p.PositionQuery, settings: Settings) -> Any:
        calls.append(query)
        clock[0] += 2 * k.EXPENSIVE_S if query.actor is None else 0.0  # the whole matrix is the costly one
        return real(store, query, settings)
    monkeypatch.setattr(p, "_positions", costed)
    settings = Settings(position_answers_kept=3)
    store = rows.store
    p.positions(store, WHOLE, settings)
    for name in ("Karin Lindqvist", "Pavel Horak") * 3:  # more cheap answers than there is room for
        p.positions(store, p.PositionQuery(actor=name), settings)
        p.positions(store, p.PositionQuery(actor=name, as_of="2025-01-15"), settings)
    before = len(calls)
    assert p.positions(store, WHOLE, settings) == p._positions(store, WHOLE, settings)
    assert len(calls) == before + 1  # (the comparison's own call): the matrix was still kept
    p.positions(store, p.PositionQuery(actor="Pavel Horak", as_of="2025-01-15"), settings)
    assert len(calls) == before + 1  # the most recent cheap one too
    p.positions(store, p.PositionQuery(actor="Karin Lindqvist"), settings)
    assert len(calls) == before + 2  # an older cheap one was given up
