"""Slow, idle and greedy clients over a real socket: none may hold a connection (and its file) for good.

uvicorn's own defaults kept a connection that sent nothing, or its request a byte a second, or never read
its answer, open for good (serve/connections.py). The apps here are plain ASGI callables: what is tested is
the connection layer, not the pages.
"""

from __future__ import annotations

import contextlib
import select
import socket
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx2 as httpx
import pytest
import uvicorn
from fastapi.testclient import TestClient

import onrecord.serve as serve_module
from onrecord.serve.app import create_app
from onrecord.serve.connections import GuardedH11, uvicorn_options
from onrecord.settings import Settings
from tests.serve.live import live_server

BIG = b"x" * 20_000_000  # more than loopback's socket buffers hold


async def small(scope: dict[str, Any], receive: Any, send: Any) -> None:
    if scope["type"] != "http":
        return
    while (await receive()).get("more_body"):  # a body, if any, read to its end
        pass
    await send({"type": "http.response.start", "status": 200, "headers": [(b"content-type", b"text/plain")]})
    await send({"type": "http.response.body", "body": BIG if scope["path"] == "/big" else b"ok"})


@contextlib.contextmanager
def running(settings: Settings, app: Any = small) -> Iterator[tuple[int, uvicorn.Server]]:
    try:
        with live_server(app, lifespan="off", **uvicorn_options(settings)) as served:
            yield served
    finally:
        GuardedH11.configure(Settings())


def _answer(conn: socket.socket, wait_s: float) -> bytes:
    """What the server sends until it closes the connection; raises TimeoutError if it keeps it open."""
    conn.settimeout(wait_s)
    data = b""
    while chunk := conn.recv(65_536):
        data += chunk
    return data


def _accepted(server: uvicorn.Server) -> None:
    """Wait until the server holds the test's connection: before that its set of connections is empty."""
    deadline = time.monotonic() + 10
    while not server.server_state.connections and time.monotonic() < deadline:
        time.sleep(0.01)
    assert server.server_state.connections, "the server did not take the connection"


def _open(server: uvicorn.Server) -> int:
    return sum(1 for c in server.server_state.connections if not c.transport.is_closing())  # type: ignore[attr-defined]


FAST = Settings(serve_request_timeout_s=0.5, serve_send_timeout_s=0.5)


def test_a_connection_that_sends_nothing_is_closed_with_408() -> None:
    with running(FAST) as (port, _), socket.create_connection(("127.0.0.1", port)) as conn:
        start = time.monotonic()
        answer = _answer(conn, 10)
    assert answer.startswith(b"HTTP/1.1 408"), answer[:100]
    assert time.monotonic() - start < 5


def test_a_request_sent_a_byte_at_a_time_is_cut_at_its_time_limit() -> None:
    """Slowloris: each byte comes in time for any per-read timeout; the request as a whole does not."""
    head = b"GET / HTTP/1.1\r\nHost: x\r\nX-Slow: " + b"a" * 200
    with running(FAST) as (port, _), socket.create_connection(("127.0.0.1", port)) as conn:
        start, closed = time.monotonic(), False
        for byte in head:
            try:
                conn.sendall(bytes([byte]))
            except OSError:
                closed = True
                break
            time.sleep(0.05)
            if select.select([conn], [], [], 0)[0]:
                closed = True
                break
        elapsed = time.monotonic() - start
        answer = b"" if not closed else _answer(conn, 5)
    assert closed, "the server waited for the whole dripped request (10 s)"
    assert elapsed < 3 and answer.startswith(b"HTTP/1.1 408"), (elapsed, answer[:100])


def test_a_body_sent_a_byte_at_a_time_is_cut_at_its_time_limit() -> None:
    with running(FAST) as (port, server), socket.create_connection(("127.0.0.1", port)) as conn:
        conn.sendall(b"POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 1000\r\n\r\n")
        _accepted(server)
        start = time.monotonic()
        with contextlib.suppress(OSError):
            while time.monotonic() - start < 5 and server.server_state.connections:
                conn.sendall(b"a")
                time.sleep(0.05)
        elapsed = time.monotonic() - start
    assert elapsed < 3, "the server kept waiting for a body that came a byte at a time"


def test_an_answer_never_read_is_dropped_with_its_connection() -> None:
    """20 MB asked for and never read: the server's buffer would hold them for good."""
    with running(FAST) as (port, server), socket.create_connection(("127.0.0.1", port)) as conn:
        conn.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, 4096)
        conn.sendall(b"GET /big HTTP/1.1\r\nHost: x\r\n\r\n")
        _accepted(server)
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline and server.server_state.connections:
            time.sleep(0.1)
        # Not merely closing: a transport closed with 20 MB buffered waits for them to be read, for good.
        assert not server.server_state.connections, "the unread answer still holds its connection"


def test_a_keep_alive_connection_can_send_its_next_request_after_a_pause() -> None:
    """The time limit counts from a request's first byte, not from the connection's start."""
    settings = Settings(serve_request_timeout_s=0.5, serve_keep_alive_s=5)
    with running(settings) as (port, _), httpx.Client(base_url=f"http://127.0.0.1:{port}") as client:
        assert client.get("/").text == "ok"
        time.sleep(1)
        assert client.get("/").text == "ok"


def test_idle_connections_make_room_for_a_new_client_at_the_cap() -> None:
    """At ``serve_max_connections`` the oldest idle connection is closed, so the next client is answered:
    with the usual 1,024 open files, 1,100 idle connections had left every client waiting."""
    settings = Settings(serve_max_connections=5, serve_request_timeout_s=30)
    with running(settings) as (port, server):
        idle = [socket.create_connection(("127.0.0.1", port)) for _ in range(20)]
        try:
            response = httpx.get(f"http://127.0.0.1:{port}/", timeout=5)
            assert response.text == "ok"
            assert _open(server) <= 5
            assert _answer(idle[0], 5) == b""  # the oldest: closed without a word
        finally:
            for conn in idle:
                conn.close()


def test_serve_gives_uvicorn_every_limit_from_the_settings(monkeypatch: pytest.MonkeyPatch, web_db: Path) -> None:
    seen: dict[str, Any] = {}
    monkeypatch.setattr(uvicorn, "run", lambda app, **options: seen.update(options))
    settings = Settings(serve_workers=1, serve_keep_alive_s=3, serve_backlog=77, serve_max_header_bytes=9_000,
                        serve_request_timeout_s=4.0, serve_send_timeout_s=6.0, serve_max_connections=50)
    try:
        serve_module.serve(web_db, settings=settings)
        assert seen["http"] is GuardedH11
        assert (seen["timeout_keep_alive"], seen["backlog"], seen["h11_max_incomplete_event_size"]) == (3, 77, 9_000)
        assert (GuardedH11.request_timeout_s, GuardedH11.send_timeout_s, GuardedH11.max_connections) == (4.0, 6.0, 50)
    finally:
        GuardedH11.configure(Settings())


def test_each_server_process_sets_its_connection_limits_from_the_environment(
        monkeypatch: pytest.MonkeyPatch, web_db: Path) -> None:
    monkeypatch.setenv("ONRECORD_SERVE_DB", str(web_db))
    monkeypatch.setenv("ONRECORD_SERVE_REQUEST_TIMEOUT_S", "2.5")
    monkeypatch.setenv("ONRECORD_SERVE_WORKERS", "1")
    try:
        serve_module.app_from_environment()
        assert GuardedH11.request_timeout_s == 2.5
    finally:
        GuardedH11.configure(Settings())


def test_the_request_threads_are_a_setting(web_db: Path) -> None:
    import anyio.to_thread

    limiter = anyio.to_thread.current_default_thread_limiter
    with TestClient(create_app(web_db, Settings(serve_workers=1, serve_threads=7))) as client:
        assert client.portal is not None
        assert client.portal.call(lambda: limiter().total_tokens) == 7  # type: ignore[arg-type]
