"""``onrecord serve``: the web reader, actor pages, search and the JSON API over a store."""

from __future__ import annotations

from pathlib import Path

from onrecord.settings import Settings


def serve(db: str | Path, *, host: str = "127.0.0.1", port: int = 8000, settings: Settings | None = None) -> None:
    import uvicorn

    from onrecord.serve.app import create_app

    uvicorn.run(create_app(db, settings), host=host, port=port, log_level="info")
