"""A real uvicorn server on a free loopback port, in a thread: for the tests that need a socket (a browser,
slow or idle clients) rather than FastAPI's in-process TestClient."""

from __future__ import annotations

import contextlib
import socket
import threading
import time
from collections.abc import Iterator
from typing import Any

import uvicorn


@contextlib.contextmanager
def live_server(app: Any, **options: Any) -> Iterator[tuple[int, uvicorn.Server]]:
    """``app`` served on 127.0.0.1 for as long as the block runs (``options`` go to ``uvicorn.Config``);
    yields the port and the server."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = int(probe.getsockname()[1])
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning", **options))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 30
    while not server.started and thread.is_alive() and time.monotonic() < deadline:
        time.sleep(0.02)
    assert server.started, "uvicorn did not start"
    try:
        yield port, server
    finally:
        server.should_exit = True
        thread.join(timeout=30)
