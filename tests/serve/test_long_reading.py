"""The reader and search on long articles: what a 100,000-character briefing showed wrong (branch reader)."""

from __future__ import annotations

from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from onrecord.serve.app import create_app


@pytest.fixture(scope="module")
def long_client(long_db: Path) -> TestClient:
    return TestClient(create_app(long_db))


def test_a_long_page_is_sent_gzipped_to_a_client_that_asks_and_reads_the_same(long_client: TestClient) -> None:
    plain = long_client.get("/articles/long-read", headers={"accept-encoding": "identity"})
    packed = long_client.get("/articles/long-read", headers={"accept-encoding": "gzip"})
    assert "content-encoding" not in plain.headers
    assert packed.headers["content-encoding"] == "gzip"
    assert packed.text == plain.text  # httpx decodes it
    assert int(packed.headers["content-length"]) * 3 < len(plain.content)
    api = long_client.get("/api/articles/long-read", headers={"accept-encoding": "gzip"})
    assert api.headers["content-encoding"] == "gzip" and api.json()["id"] == "long-read"
