"""Paths of store files as SQLite needs them."""

from __future__ import annotations

import os
from pathlib import Path
from urllib.parse import quote


def readonly_uri(path: Path, *, immutable: bool = False) -> str:
    """A ``file:`` URI that opens ``path`` read-only (``immutable``: as a file nothing can change, which SQLite
    reads without the ``-shm`` file it otherwise makes beside a WAL-mode store).

    Percent-encoded: in a URI "?" starts the parameters, "#" a fragment and "%" an escape, so a path holding
    any of them would otherwise name another file (``news?.db`` opened ``news``).
    """
    return f"file:{quote(str(path.resolve()))}?{'immutable=1' if immutable else 'mode=ro'}"


STORE_SUFFIXES = ("", "-wal", "-shm", "-journal")  # the store and the files SQLite keeps beside it


def store_files(db: str | Path) -> set[str]:
    """The real paths of the store at ``db`` and of the files SQLite keeps beside it: what no run may read as
    an article, nor open for writing (``export --output news.db`` truncated the store it was reading)."""
    return {os.path.realpath(f"{db}{suffix}") for suffix in (*STORE_SUFFIXES, "-run.lock")}  # and corpus runs' lock


def is_store_file(path: str | Path, db: str | Path) -> bool:
    """Whether ``path`` is the store at ``db`` or one of its SQLite files (by real path: a link to it counts)."""
    return os.path.realpath(path) in store_files(db)
