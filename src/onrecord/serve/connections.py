"""The HTTP connections of ``onrecord serve``: uvicorn's h11 protocol with the limits uvicorn leaves out.

uvicorn (0.54, h11) times out only a keep-alive connection idle after an answer. A connection that is
opened and never used, or that sends its request a byte a second (slowloris), is kept for good, as is one
whose client never reads the answer. Each holds a file descriptor: 1,100 idle connections used up the
usual 1,024, and every other client then waited for good (accept() failing with EMFILE, logged thousands
of times a second). So here:

- a request's head and body must arrive within ``request_timeout_s`` of its first byte (or of the
  connection opening); past it the connection gets 408 if no answer was started, and is closed;
- an answer the client stops reading for ``send_timeout_s`` (the socket's buffer full all that time) is
  dropped with its connection;
- at ``max_connections`` open, a new connection closes the oldest one that has no request in the app
  (idle, or still sending its request) to make room, so connections an attacker holds cannot lock out
  the next client; when every open connection is in the app, the newcomer is refused (503).

The limits are class attributes, set by ``configure`` from ``Settings`` in each server process before it
serves; uvicorn builds one protocol object per connection from the class.
"""

from __future__ import annotations

import asyncio
import logging
import resource
import time
from dataclasses import replace
from typing import Any

import h11
from uvicorn.protocols.http.h11_impl import H11Protocol

from onrecord.settings import Settings

log = logging.getLogger("onrecord.serve")
TIMEOUT_ANSWER = (b"HTTP/1.1 408 Request Timeout\r\ncontent-type: application/json\r\nconnection: close\r\n"
                  b"content-length: %d\r\n\r\n%s")
TIMEOUT_BODY = b'{"detail": "the request did not arrive within %gs", "errors": []}'
FULL_ANSWER = (b"HTTP/1.1 503 Service Unavailable\r\ncontent-type: application/json\r\nconnection: close\r\n"
               b"retry-after: 1\r\ncontent-length: %d\r\n\r\n%s")
FULL_BODY = b'{"detail": "the server has too many requests in progress; try again shortly", "errors": []}'


class GuardedH11(H11Protocol):
    """uvicorn's h11 protocol with a time limit on receiving a request and on sending its answer."""

    request_timeout_s = 10.0
    send_timeout_s = 30.0
    max_connections = 1000

    @classmethod
    def configure(cls, settings: Settings) -> None:
        cls.request_timeout_s = settings.serve_request_timeout_s
        cls.send_timeout_s = settings.serve_send_timeout_s
        cls.max_connections = settings.serve_max_connections

    def connection_made(self, transport: asyncio.Transport) -> None:  # type: ignore[override]
        self._request_timer: asyncio.TimerHandle | None = None
        self._send_timer: asyncio.TimerHandle | None = None
        self.idle_since = time.monotonic()
        super().connection_made(transport)
        if self._open() > self.max_connections and not self._make_room():
            self._answer_and_close(FULL_ANSWER % (len(FULL_BODY), FULL_BODY))
            return
        self._start_request_timer()  # a connection that never sends a byte is closed too

    def data_received(self, data: bytes) -> None:
        if self._request_timer is None and self.conn.their_state is h11.IDLE:  # the first byte of a request
            self._start_request_timer()
        super().data_received(data)

    def on_response_complete(self) -> None:
        self._cancel_request_timer()
        self.idle_since = time.monotonic()
        super().on_response_complete()

    def connection_lost(self, exc: Exception | None) -> None:
        self._cancel_request_timer()
        self._cancel_send_timer()
        super().connection_lost(exc)

    def pause_writing(self) -> None:
        """The socket's buffer is full: the client is not reading. It has ``send_timeout_s`` to start again."""
        super().pause_writing()
        if self._send_timer is None:
            self._send_timer = self.loop.call_later(self.send_timeout_s, self._send_stalled)

    def resume_writing(self) -> None:
        super().resume_writing()
        self._cancel_send_timer()

    def receiving(self) -> bool:
        """Whether this connection is idle or its request still arriving: it has nothing the app answers yet."""
        return self.conn.their_state in (h11.IDLE, h11.SEND_BODY)

    def _open(self) -> int:
        """Connections open and not closing (a closed one leaves the set only at the loop's next turn)."""
        return sum(1 for c in self.connections if not c.transport.is_closing())

    def _make_room(self) -> bool:
        """Close the connection that has waited longest without a request in the app; False if none has."""
        waiting = [c for c in self.connections if c is not self and isinstance(c, GuardedH11)
                   and not c.transport.is_closing() and c.receiving()]
        if not waiting:
            return False
        oldest = min(waiting, key=lambda c: c.idle_since)
        oldest.transport.abort()  # its connection_lost takes it out of the set
        return True

    def _start_request_timer(self) -> None:
        self._cancel_request_timer()
        self._request_timer = self.loop.call_later(self.request_timeout_s, self._request_late)

    def _cancel_request_timer(self) -> None:
        if self._request_timer is not None:
            self._request_timer.cancel()
            self._request_timer = None

    def _cancel_send_timer(self) -> None:
        if self._send_timer is not None:
            self._send_timer.cancel()
            self._send_timer = None

    def _request_late(self) -> None:
        self._request_timer = None
        if self.transport.is_closing() or self.conn.their_state not in (h11.IDLE, h11.SEND_BODY):
            return  # the request has arrived: the app's own budgets apply from here
        if self.conn.our_state is h11.IDLE and (self.cycle is None or self.cycle.response_complete):
            body = TIMEOUT_BODY % self.request_timeout_s
            self._answer_and_close(TIMEOUT_ANSWER % (len(body), body))
        else:  # the app is reading a body that does not come: it sees the client gone
            self.transport.close()

    def _answer_and_close(self, answer: bytes) -> None:
        self.transport.write(answer)
        self.transport.close()

    def _send_stalled(self) -> None:
        self._send_timer = None
        self.logger.info("closing a connection whose client read nothing for %gs", self.send_timeout_s)
        self.transport.abort()  # drops what is buffered: the memory of an answer no one reads


def uvicorn_options(settings: Settings) -> dict[str, Any]:
    """The keyword arguments of ``uvicorn.run`` that set every limit it has, from ``settings``."""
    GuardedH11.configure(settings)
    return {"http": GuardedH11, "timeout_keep_alive": settings.serve_keep_alive_s,
            "backlog": settings.serve_backlog, "h11_max_incomplete_event_size": settings.serve_max_header_bytes,
            "limit_concurrency": None}  # GuardedH11 makes room instead: uvicorn would refuse every newcomer


FILES_KEPT = 256  # descriptors besides connections: the store's, the analysis workers' pipes, logs, imports


def fit_file_limit(settings: Settings) -> Settings:
    """Raise this process's open-file limit (inherited by its server processes) so that
    ``serve_max_connections`` fit, up to the hard limit; past it, fewer connections, with a warning."""
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    wanted = settings.serve_max_connections + FILES_KEPT
    if soft != resource.RLIM_INFINITY and soft < wanted:
        soft = wanted if hard == resource.RLIM_INFINITY else min(wanted, hard)
        resource.setrlimit(resource.RLIMIT_NOFILE, (soft, hard))
    room = soft - FILES_KEPT if soft != resource.RLIM_INFINITY else settings.serve_max_connections
    if room >= settings.serve_max_connections:
        return settings
    log.warning(
        "%d open files at most here: serving %d connections at once, not %d", soft, room,
        settings.serve_max_connections)
    return replace(settings, serve_max_connections=max(1, room))
