"""Paths of store files as SQLite needs them."""

from __future__ import annotations

from pathlib import Path
from urllib.parse import quote


def readonly_uri(path: Path) -> str:
    """A ``file:`` URI that opens ``path`` read-only.

    Percent-encoded: in a URI "?" starts the parameters, "#" a fragment and "%" an escape, so a path holding
    any of them would otherwise name another file (``news?.db`` opened ``news``).
    """
    return f"file:{quote(str(path.resolve()))}?mode=ro"
