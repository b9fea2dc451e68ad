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
holds an export slot of its own until its end (``serve_exports_running``; past them, 503 at once), so that
four slow downloads cannot take every turn of the searches and pages.
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
        self.running, self.exporting = 0, 0
        self._line: deque[asyncio.Future[None]] = deque()

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or not heavy(scope):
            await self.app(scope, receive, send)
            return
        export = scope["path"].endswith(".csv")
        if export and self.exporting >= self.settings.serve_exports_running:
            await self._refuse(send, f"{self.exporting} CSV exports are being sent")
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

        async def sending(message: Message) -> None:
            if message["type"] == "http.response.start":
                leave()  # rendered, or an export's filters checked: sending takes no turn
            await send(message)

        self.exporting += export
        try:
            await self.app(scope, receive, sending)
        finally:
            leave()
            self.exporting -= export

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

    def _out_of_line(self, turn: asyncio.Future[None]) -> None:
        turn.cancel()
        self._line.remove(turn)

    def _leave(self) -> None:
        """The next in line takes this turn; with no one waiting, the turn is free."""
        while self._line:
            turn = self._line.popleft()
            if not turn.done():
                turn.set_result(None)
                return
        self.running -= 1

    async def _refuse(self, send: Send, why: str) -> None:
        wait = max(1, math.ceil(self.settings.serve_heavy_wait_s / 2))
        detail = f"{why}; try again in {wait} s"
        body = json.dumps({"detail": detail, "errors": [{"type": "unavailable", "loc": [], "msg": detail}]}).encode()
        await send({"type": "http.response.start", "status": 503,
                    "headers": [(b"content-type", b"application/json"), (b"retry-after", str(wait).encode()),
                                (b"content-length", str(len(body)).encode())]})
        await send({"type": "http.response.body", "body": body})
