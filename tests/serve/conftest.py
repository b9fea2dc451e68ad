"""A small store for the web tests: the example article and a hostile one."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from onrecord.corpus import IngestOptions, ingest
from onrecord.serve.app import create_app
from tests.conftest import EXAMPLES

HOSTILE = {
    "id": "hostile",
    "title": "<script>alert('title')</script>",
    "url": "javascript:alert('url')",
    "outlet": "\"><img src=x onerror=alert('outlet')>",
    "published": "2025-08-20",
    "text": "The minister said that <script>alert('text')</script> was \"not acceptable\" and "
            "'\"><svg onload=alert(1)> would be rejected.\n\n"
            "“We will <b>never</b> sign this,” the mayor of Springfield said on Monday.",
}


@pytest.fixture(scope="session")
def web_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("web")
    feed = folder / "hostile.jsonl"
    feed.write_text(json.dumps(HOSTILE) + "\n", encoding="utf-8")
    db = folder / "web.db"
    summary = ingest([str(EXAMPLES / "peace-talks.txt"), str(feed)],
                     IngestOptions(db=db, published="2025-08-18", outlet="Example Wire"))
    assert summary.analysed == 2
    return db


@pytest.fixture(scope="session")
def client(web_db: Path) -> TestClient:
    return TestClient(create_app(web_db))
