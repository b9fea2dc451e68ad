"""Heavy requests take turns: at most ``serve_heavy_running`` at once, ``serve_heavy_waiting`` more in line,
and the rest get 503 with Retry-After at once.

Queries and rendering run in threads (40, ``serve_threads``) that share one core through the GIL. Forty
clients asking for searches, actor pages, exports and readers at once took every thread, and a request for
the home page or a list waited behind them: GET /api/articles?limit=1 answered in 1.3 s (p50) and 2.1 s
(p95) instead of 0.13 / 0.2 on a 300-article store. Here the heavy ones wait in line on the event loop,
holding no thread and no connection to the store, so the lists (``LIGHT``) always find a thread free; a
request that waits longer than ``serve_heavy_wait_s`` is answered 503 rather than kept.

A heavy request's turn ends when its answer starts: the page is rendered by then, and sending it to a slow
client takes no turn. A CSV export reads its rows while it is sent, for as long as the client takes; it
holds an export slot of its own while it reads (``serve_exports_running``; past them, 503 at once), so that
four slow downloads cannot take every turn of the searches and pages. It gives the slot back while a chunk
waits for its client and takes one again (waiting on the event loop) before reading the next: an export
held its slot to its end, so two clients reading a 22 MB export at 64 KB/s (fast enough for the send
timeout) kept every other export at 503 for six minutes (a whole store at 100,000 articles: hours; serve14).
The exports open at once, reading or waiting on their clients, are bounded apart (``serve_exports_open``:
each holds a read connection and its snapshot).
"""

from __future__ import annotations

import asyncio
import json
import math
from collections import deque
from urllib.parse import parse_qs

from starlette.types import ASGIApp, Message, Receive, Scope, Send

from onrecord.settings import Settings

# The cheap ones, answered from indexes and kept counts in a few ms whatever the store: the home page, the
# lists without a search, "Try it" (its analysis has its own pool), static files and the API's description.
LIGHT = frozenset({"/", "/actors", "/api/actors", "/articles", "/api/articles", "/try", "/api/extract", "/docs",
                   "/openapi.json", "/favicon.ico"})
LIGHT_PREFIXES = ("/static/", "/assets/")
SEARCHED = frozenset({"/articles", "/api/articles"})  # a search there reads the full-text index: heavy


def heavy(scope: Scope) -> bool:
    path = scope["path"]
    if path.startswith(LIGHT_PREFIXES):
        return False
    if path in SEARCHED:
        words = parse_qs(scope.get("query_string", b"").decode("latin-1"))
        return any(v.strip() for name in ("q", "search") for v in words.get(name, []))
    return path not in LIGHT


class Admission:
    """ASGI middleware: heavy requests in turns (see the module's doc)."""

    def __init__(self, app: ASGIApp, settings: Settings) -> None:
        self.app, self.settings = app, settings
        self.running, self.exporting, self.exports_open = 0, 0, 0
        self._line: deque[asyncio.Future[None]] = deque()
        self._export_line: deque[asyncio.Future[None]] = deque()  # exports between two chunks, for a slot

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or not heavy(scope):
            await self.app(scope, receive, send)
            return
        export = scope["path"].endswith(".csv")
        if export and (self.exporting >= self.settings.serve_exports_running
                       or self.exports_open >= self.settings.serve_exports_open):
            await self._refuse(send, f"{self.exports_open} CSV exports are being sent")
            return
        if not await self._enter():
            await self._refuse(send, f"the server is busy with {self.running} heavy requests and "
                                     f"{len(self._line)} waiting")
            return
        done = False

        def leave() -> None:
            nonlocal done
            if not done:
                done = True
                self._leave()

        reading = export  # whether this export holds a slot (it does while it reads its rows)

        async def sending(message: Message) -> None:
            nonlocal reading
            if message["type"] == "http.response.start":
                leave()  # rendered, or an export's filters checked: sending takes no turn
            if not (export and message["type"] == "http.response.body" and message.get("more_body")):
                await send(message)
                return
            reading = False
            self._export_done()  # the chunk waits for its client without a slot
            await send(message)
            await self._export_slot()  # the next chunk is read with one
            reading = True

        self.exporting += export
        self.exports_open += export
        try:
            await self.app(scope, receive, sending)
        finally:
            leave()
            self.exports_open -= export
            if reading:
                self._export_done()

    async def _enter(self) -> bool:
        if self.running < self.settings.serve_heavy_running:
            self.running += 1
            return True
        if len(self._line) >= self.settings.serve_heavy_waiting:
            return False
        turn = asyncio.get_running_loop().create_future()
        self._line.append(turn)
        try:
            await asyncio.wait_for(asyncio.shield(turn), self.settings.serve_heavy_wait_s)
        except TimeoutError:
            if turn.done():  # given its turn as the wait ran out: it takes it
                return True
            self._out_of_line(turn)
            return False
        except asyncio.CancelledError:  # the client went away while in line
            if turn.done():
                self._leave()  # the turn it was given passes on
            else:
                self._out_of_line(turn)
            raise
        return True

    async def _export_slot(self) -> None:
        """Wait for an export slot and take it."""
        while self.exporting >= self.settings.serve_exports_running:
            waiter = asyncio.get_running_loop().create_future()
            self._export_line.append(waiter)
            try:
                await waiter
            except asyncio.CancelledError:  # the client went away meanwhile
                if waiter.done():
                    self._wake_export()  # the wake it was given passes on
                else:
                    self._export_line.remove(waiter)
                raise
        self.exporting += 1

    def _export_done(self) -> None:
        self.exporting -= 1
        self._wake_export()

    def _wake_export(self) -> None:
        _wake_first(self._export_line)

    def _out_of_line(self, turn: asyncio.Future[None]) -> None:
        turn.cancel()
        self._line.remove(turn)

    def _leave(self) -> None:
        """The next in line takes this turn; with no one waiting, the turn is free."""
        if not _wake_first(self._line):
            self.running -= 1

    async def _refuse(self, send: Send, why: str) -> None:
        wait = max(1, math.ceil(self.settings.serve_heavy_wait_s / 2))
        detail = f"{why}; try again in {wait} s"
        body = json.dumps({"detail": detail, "errors": [{"type": "unavailable", "loc": [], "msg": detail}]}).encode()
        await send({"type": "http.response.start", "status": 503,
                    "headers": [(b"content-type", b"application/json"), (b"retry-after", str(wait).encode()),
                                (b"content-length", str(len(body)).encode())]})
        await send({"type": "http.response.body", "body": body})


def _wake_first(line: deque[asyncio.Future[None]]) -> bool:
    """Wake the first in ``line`` still waiting (those gone meanwhile are dropped); False when no one is."""
    while line:
        waiter = line.popleft()
        if not waiter.done():
            waiter.set_result(None)
            return True
    return False
