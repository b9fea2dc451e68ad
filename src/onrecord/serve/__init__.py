"""``onrecord serve``: the web reader, actor pages, search and the JSON API over a store."""

from __future__ import annotations

import os
from dataclasses import fields, replace
from pathlib import Path
from typing import TYPE_CHECKING

from onrecord.settings import Settings

if TYPE_CHECKING:
    from fastapi import FastAPI

_DB = "ONRECORD_SERVE_DB"  # the store, for the server processes uvicorn starts


def serve(db: str | Path, *, host: str = "127.0.0.1", port: int = 8000, settings: Settings | None = None) -> None:
    import uvicorn

    from onrecord.serve.app import create_app
    from onrecord.serve.connections import fit_file_limit, uvicorn_options

    settings = fit_file_limit(settings or Settings.from_env())
    if settings.serve_processes <= 1:
        uvicorn.run(create_app(db, settings), host=host, port=port, log_level="info", **uvicorn_options(settings))
        return
    # uvicorn starts each process afresh and builds the app there: the store and the settings go along in the
    # environment (ONRECORD_<FIELD>, as Settings.from_env reads them).
    os.environ[_DB] = str(Path(db).resolve())
    os.environ.update(settings_environment(settings))
    uvicorn.run("onrecord.serve:app_from_environment", factory=True, workers=settings.serve_processes,
                host=host, port=port, log_level="info", **uvicorn_options(settings))


def settings_environment(settings: Settings) -> dict[str, str]:
    """``settings`` as the ONRECORD_<FIELD> variables ``Settings.from_env`` reads back."""
    return {f"ONRECORD_{f.name.upper()}": str(getattr(settings, f.name)) for f in fields(settings)
            if getattr(settings, f.name) is not None}


def app_from_environment() -> FastAPI:
    """The app of one of several server processes; its share of the analysis workers."""
    from onrecord.serve.app import create_app
    from onrecord.serve.connections import GuardedH11

    settings = Settings.from_env()
    GuardedH11.configure(settings)  # this process's connections: its class attributes start at the defaults
    share = max(1, settings.serve_workers // max(1, settings.serve_processes))
    return create_app(os.environ[_DB], replace(settings, serve_workers=share))
