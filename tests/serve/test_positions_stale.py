"""Positions served while the store is written: a kept answer given at once and marked stale (JSON fields,
headers, a line on the page), refreshed behind; one computation for concurrent requests; warmed at start."""

from __future__ import annotations

import csv
import io
import threading
import time
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient

from onrecord.serve.app import create_app
from onrecord.settings import Settings
from onrecord.store import Store, queries
from onrecord.store import kept as k
from onrecord.store import positions as p
from tests.store.test_kept_stale import two_speakers
from tests.store.test_positions import ISSUE, Rows

STALE = "X-Onrecord-Stale"


@pytest.fixture
def rows(tmp_path: Path) -> Rows:
    return two_speakers(tmp_path / "served.db")


def served(rows: Rows, **settings: Any) -> TestClient:
    return TestClient(create_app(rows.store.path, Settings(shift_min_articles=1, positions_warm=False, **settings)))


def held(monkeypatch: pytest.MonkeyPatch) -> list[Any]:
    """The refreshes asked for, held instead of run (a small store refreshes faster than the test reads the
    stale answers); the test runs them when it is done with those."""
    jobs: list[Any] = []
    monkeypatch.setattr(k.REFRESHER, "ask", lambda name, job: jobs.append(job))
    return jobs


def cells(body: dict[str, Any]) -> list[tuple[str, str, str]]:
    return [(c["actor"]["name"], c["issue"], c["stance"]) for c in body["positions"]]


def test_a_stale_answer_is_marked_in_json_headers_csv_and_page_then_refreshed(
        rows: Rows, monkeypatch: pytest.MonkeyPatch) -> None:
    client = served(rows)
    jobs = held(monkeypatch)
    first = client.get("/api/positions")
    assert first.json()["stale"] is False and first.headers[STALE] == "false"
    assert first.json()["articles_added_since"] == 0 and first.json()["computed_at"].endswith("Z")
    csv_before = client.get("/api/positions.csv").text
    shifts_before = client.get("/api/shifts").json()["items"]
    client.get("/positions")
    rows.say(rows.actor("Ana Silva"), "2025-02-02", "oppose")  # an ingest writes
    stale = client.get("/api/positions")
    body = stale.json()
    assert body["stale"] is True and body["articles_added_since"] == 1 and stale.headers[STALE] == "true"
    assert stale.headers["X-Onrecord-Articles-Added"] == "1"
    assert cells(body) == cells(first.json())  # the kept answer, without Ana Silva
    page = client.get("/positions").text
    assert 'class="stale-note" role="status">As of ' in page and " UTC, 1 article added since; refreshing" in page
    exported = client.get("/api/positions.csv")
    assert exported.headers[STALE] == "true" and exported.text == csv_before  # the body stays a plain CSV
    assert list(csv.DictReader(io.StringIO(exported.text)))
    again = client.get("/api/shifts").json()
    assert again["items"] == shifts_before and again["stale"] is True
    assert jobs
    monkeypatch.undo()
    for job in jobs:
        job()  # what the refresher runs
    fresh = client.get("/api/positions")
    assert fresh.json()["stale"] is False and fresh.headers[STALE] == "false"
    assert ("Ana Silva", ISSUE, "oppose") in cells(fresh.json())
    assert "stale-note" not in client.get("/positions").text
    always = served(rows, positions_stale_s=0.0).get("/api/positions").json()
    assert cells(always) == cells(fresh.json())


def test_with_a_bound_of_0_every_request_is_answered_fresh(rows: Rows) -> None:
    client = served(rows, positions_stale_s=0.0)
    for n in range(3):
        body = client.get("/api/positions", params={"issue": ISSUE}).json()
        with Store(rows.store.path, readonly=True) as store:
            expected = p._positions(store, p.PositionQuery(issue=ISSUE), client.app.state.settings)  # type: ignore[attr-defined]
        assert body["stale"] is False and body["positions"] == expected["positions"]
        timeline = client.get("/positions/timeline", params={"issue": ISSUE})
        assert timeline.headers[STALE] == "false" and "stale-note" not in timeline.text
        rows.say(rows.actor(f"Speaker {n}"), "2025-02-02", "open")


def test_the_timeline_and_actor_pages_say_when_they_are_stale(rows: Rows, monkeypatch: pytest.MonkeyPatch) -> None:
    charts: list[str] = []
    real = queries.timeline
    monkeypatch.setattr(queries, "timeline", lambda store, slug, **kw: charts.append(slug) or real(store, slug, **kw))
    client = served(rows)
    jobs = held(monkeypatch)
    client.get("/positions/timeline", params={"issue": ISSUE})
    client.get("/actors/karin-lindqvist")
    client.get("/actors/karin-lindqvist")
    assert charts == ["karin-lindqvist"]  # the actor's statements per day: kept too
    rows.say(rows.actor("Ana Silva"), "2025-02-02", "oppose")
    for url, params in (("/positions/timeline", {"issue": ISSUE}), ("/actors/karin-lindqvist", {})):
        answer = client.get(url, params=params)
        assert answer.headers[STALE] == "true" and "1 article added since; refreshing" in answer.text, url
    assert client.get("/api/positions/timeline", params={"issue": ISSUE}).json()["stale"] is True
    assert charts == ["karin-lindqvist"]
    for job in jobs:
        job()  # what the refresher runs (a refresh asks for no other)
    assert charts == ["karin-lindqvist"] * 2  # refreshed behind
    assert client.get("/actors/karin-lindqvist").headers[STALE] == "false" and len(charts) == 2


def test_concurrent_requests_for_the_matrix_make_one_computation(rows: Rows, monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[int] = []
    real = p._positions

    def slow(*args: Any) -> Any:
        calls.append(1)
        time.sleep(0.3)
        return real(*args)
    monkeypatch.setattr(p, "_positions", slow)
    with TestClient(create_app(rows.store.path, Settings(positions_warm=False, serve_workers=0))) as client:
        start = threading.Barrier(6)
        got: list[int] = []

        def ask(url: str) -> None:
            start.wait()
            got.append(client.get(url).status_code)
        # The page (by evidence) and the API (by name) share the one answer, sorted as each asks.
        threads = [threading.Thread(target=ask, args=("/positions" if n % 2 else "/api/positions",))
                   for n in range(6)]
        for t in threads:
            t.start()
        for t in threads:
            t.join(30)
    assert got == [200] * 6 and len(calls) == 1


def test_the_matrix_is_warmed_at_start(rows: Rows, monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[int] = []
    real = p._positions
    monkeypatch.setattr(p, "_positions", lambda *a: calls.append(1) or real(*a))
    with TestClient(create_app(rows.store.path, Settings(serve_workers=0))) as client:  # positions_warm: on
        assert k.REFRESHER.idle(30) and len(calls) == 1  # before anyone asked
        assert client.get("/positions").status_code == 200 and client.get("/api/positions").status_code == 200
        assert client.get("/positions/timeline").status_code == 200
    assert len(calls) == 1
    with TestClient(create_app(rows.store.path, Settings(serve_workers=0, positions_warm=False,
                                                         position_half_life_days=9.0))):
        assert k.REFRESHER.idle(30) and len(calls) == 1  # off: nothing computed at start
