"""`datasette news.db` finds the store's full-text tables: a search box and ``_search`` on statements."""

from __future__ import annotations

import json
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

from onrecord.store import Store
from tests.store.test_store import save

pytest.importorskip("datasette")


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _get(url: str, deadline: float) -> str:
    """``url``'s body, retried while Datasette starts (bounded by ``deadline``)."""
    while True:
        try:
            with urllib.request.urlopen(url, timeout=5) as response:
                return str(response.read().decode("utf-8"))
        except OSError:
            if time.monotonic() > deadline:
                raise
            time.sleep(0.2)


def test_datasette_offers_full_text_search_on_statements(tmp_path: Path) -> None:
    db = tmp_path / "news.db"
    with Store(db) as store:
        save(store, "The minister said the bridge would reopen in May.", "bridge")
        save(store, "The mayor said the budget was balanced.", "budget")
    port = _free_port()
    exe = shutil.which("datasette", path=str(Path(sys.executable).parent)) or "datasette"
    server = subprocess.Popen([exe, "serve", str(db), "--host", "127.0.0.1", "--port", str(port)],
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        base, deadline = f"http://127.0.0.1:{port}/news", time.monotonic() + 30
        page = _get(f"{base}/statements", deadline)
        assert 'name="_search"' in page  # the search box Datasette shows only for a table it knows has FTS
        found = json.loads(_get(f"{base}/statements.json?_search=bridge&_shape=array", deadline))
        assert [row["content"] for row in found] == ["the bridge would reopen in May"]
        articles = json.loads(_get(f"{base}/articles.json?_search=budget&_shape=array", deadline))
        assert [row["slug"] for row in articles] == ["budget"]
    finally:
        server.terminate()
        server.wait(timeout=10)
