"""Heavy requests take turns (serve/admission.py): past the turns and the line, 503 at once, and the lists
never wait for them."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import httpx2 as httpx
import pytest
from fastapi.testclient import TestClient

from onrecord.serve.admission import heavy
from onrecord.serve.app import create_app
from onrecord.settings import Settings
from onrecord.store import queries as q


@pytest.fixture
def held(monkeypatch: pytest.MonkeyPatch) -> Iterator[threading.Event]:
    """Article look-ups (the reader, /api/articles/ID) wait until the event is set: a heavy request in progress."""
    release, original = threading.Event(), q.article

    def slow(*args: Any, **kwargs: Any) -> Any:
        release.wait(30)
        return original(*args, **kwargs)

    monkeypatch.setattr(q, "article", slow)
    yield release
    release.set()


def _started(client: TestClient, path: str) -> tuple[threading.Thread, list[httpx.Response]]:
    out: list[httpx.Response] = []
    thread = threading.Thread(target=lambda: out.append(client.get(path)), daemon=True)
    thread.start()
    return thread, out


def _until(condition: Callable[[], bool]) -> None:
    deadline = time.monotonic() + 10
    while not condition() and time.monotonic() < deadline:
        time.sleep(0.01)


def _admission(client: TestClient) -> Any:
    layer = client.app.middleware_stack  # type: ignore[attr-defined]
    while type(layer).__name__ != "Admission":
        layer = layer.app
    return layer


def test_past_the_turns_and_the_line_a_heavy_request_gets_503_and_a_list_still_answers(
        web_db: Path, held: threading.Event) -> None:
    settings = Settings(serve_workers=1, serve_heavy_running=1, serve_heavy_waiting=1, serve_heavy_wait_s=20)
    with TestClient(create_app(web_db, settings)) as client:
        first, first_out = _started(client, "/api/articles/peace-talks")
        _until(lambda: _admission(client).running == 1)
        second, second_out = _started(client, "/articles/peace-talks")
        _until(lambda: len(_admission(client)._line) == 1)
        start = time.monotonic()
        third = client.get("/api/articles/peace-talks")
        assert third.status_code == 503 and third.headers["retry-after"]
        assert "busy with 1 heavy requests and 1 waiting" in third.json()["detail"]
        assert client.get("/api/actors").status_code == 200  # a list: no turn needed
        assert time.monotonic() - start < 5
        held.set()
        first.join(10)
        second.join(10)
    assert [r.status_code for r in first_out + second_out] == [200, 200]


def test_a_heavy_request_that_waits_too_long_in_line_gets_503(web_db: Path, held: threading.Event) -> None:
    settings = Settings(serve_workers=1, serve_heavy_running=1, serve_heavy_wait_s=0.3)
    with TestClient(create_app(web_db, settings)) as client:
        first, _ = _started(client, "/api/articles/peace-talks")
        _until(lambda: _admission(client).running == 1)
        assert client.get("/search?q=talks").status_code == 503
        held.set()
        first.join(10)
        assert not _admission(client)._line and _admission(client).running == 0
        assert client.get("/search?q=talks").status_code == 200  # the turn was given back


@pytest.mark.parametrize(("path", "query", "expected"), [
    ("/", b"", False), ("/api/actors", b"limit=5", False), ("/articles", b"", False),
    ("/api/articles", b"q=", False), ("/static/app.js", b"", False), ("/try", b"", False),
    ("/articles", b"q=talks", True), ("/api/articles", b"search=talks", True), ("/search", b"", True),
    ("/articles/peace-talks", b"", True), ("/api/statements.csv", b"", True), ("/actors/1", b"", True),
    ("/positions/timeline", b"", True), ("/api/statements", b"", True), ("/no-such-page", b"", True)])
def test_which_requests_take_turns(path: str, query: bytes, expected: bool) -> None:
    assert heavy({"type": "http", "path": path, "query_string": query}) is expected


def test_a_slow_export_holds_an_export_slot_not_a_turn_of_the_searches(
        web_db: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A CSV download is read while it is sent, as slowly as its client reads: it must not hold the turns of
    the searches and pages for that long; past ``serve_exports_running``, another export gets 503."""
    from onrecord.serve import api_routes

    release, streaming, original = threading.Event(), threading.Event(), api_routes.flatten

    def slow(row: dict[str, Any]) -> dict[str, Any]:  # the export's rows, one by one as it streams
        streaming.set()
        release.wait(30)
        return original(row)

    monkeypatch.setattr(api_routes, "flatten", slow)
    settings = Settings(serve_workers=1, serve_heavy_running=1, serve_exports_running=1, serve_heavy_wait_s=1)
    with TestClient(create_app(web_db, settings)) as client:
        export, out = _started(client, "/api/statements.csv")
        assert streaming.wait(10)
        assert client.get("/search?q=talks").status_code == 200  # the export's turn ended when it started
        refused = client.get("/api/statements.csv?q=talks")
        assert refused.status_code == 503 and "1 CSV exports" in refused.json()["detail"]
        release.set()
        export.join(10)
        assert client.get("/api/statements.csv?q=talks").status_code == 200
    assert out[0].status_code == 200 and out[0].text.count("\n") > 1


def test_an_export_waiting_on_its_client_gives_its_slot_to_another_export(
        web_db: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """An export held its slot until its end, however slowly its client read: two clients reading a large CSV
    at 64 KB/s (fast enough for the send timeout) kept every other export at 503 for minutes (serve14). Here
    one client asks for an endless export and reads nothing: while its answer waits on it, another export is
    answered, and the waiting one still counts among the exports open."""
    import socket

    from onrecord.serve import api_routes
    from tests.serve.live import live_server

    original = api_routes.q.iter_statements
    produced = [0]

    def endless(store: Any, f: q.StatementFilter) -> Iterator[dict[str, Any]]:
        rows = list(original(store, f))
        if f.search:  # the second export: as it is
            yield from rows
            return
        for _ in range(100_000):  # far more than any socket buffers: its sending waits on the client
            for row in rows:
                produced[0] += 1
                yield {**row, "content": {**row["content"], "text": "x" * 20_000}}

    monkeypatch.setattr(api_routes.q, "iter_statements", endless)
    settings = Settings(serve_workers=1, serve_exports_running=1)
    app = create_app(web_db, settings)
    with live_server(app) as (port, _), socket.create_connection(("127.0.0.1", port)) as stalled:
        stalled.sendall(b"GET /api/statements.csv HTTP/1.1\r\nHost: x\r\n\r\n")
        assert stalled.recv(1024).startswith(b"HTTP/1.1 200")  # the export has started; nothing more is read
        admission = _admission_of(app)

        def waiting_on_its_client() -> bool:  # the socket's buffers full: no row read for a while, no slot held
            before = produced[0]
            time.sleep(0.5)
            return admission.exporting == 0 and produced[0] == before

        _until(waiting_on_its_client)
        assert admission.exporting == 0
        with httpx.Client(base_url=f"http://127.0.0.1:{port}", timeout=30) as other:
            answer = other.get("/api/statements.csv", params={"q": "talks"})
            assert answer.status_code == 200 and answer.text.startswith("statement_id,")
        # The other's slot is given back after its last byte is sent, so a loaded machine may read the count
        # between the two: wait for it, then check the stalled one still counts.
        _until(lambda: admission.exports_open == 1)
        assert admission.exports_open == 1  # the stalled one, still open


def _admission_of(app: Any) -> Any:
    _until(lambda: app.middleware_stack is not None)
    layer = app.middleware_stack
    while type(layer).__name__ != "Admission":
        layer = layer.app
    return layer
