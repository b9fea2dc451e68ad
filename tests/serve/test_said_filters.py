"""Statements found by when they were said (said_since / said_until), in the API, its CSV and the search page:
"what did Kowalczyk say before 2020" finds "told the Gazette in 2015" in a 2025 article."""

from __future__ import annotations

import csv
import io

import pytest
from fastapi.testclient import TestClient

from onrecord.serve.app import create_app
from tests.store.test_said import said_store


@pytest.fixture(scope="module")
def client(tmp_path_factory: pytest.TempPathFactory) -> TestClient:
    return TestClient(create_app(said_store(tmp_path_factory.mktemp("said") / "said.db")))


def _ids(client: TestClient, **params: str) -> list[str]:
    answer = client.get("/api/statements", params=params)
    assert answer.status_code == 200, answer.text
    return sorted(s["article"]["id"] for s in answer.json()["items"])


def test_the_api_finds_statements_by_when_they_were_said(client: TestClient) -> None:
    assert _ids(client, said_until="2019-12-31") == ["dam"]
    assert _ids(client, until="2019-12-31") == []  # the article's day: 2025
    assert _ids(client, said_since="2025-08-18", said_until="2025-08-18") == ["safe"]
    assert _ids(client, said_since="2024-01-01", said_until="2024-12-31") == ["once", "plain"]
    rows = list(csv.DictReader(io.StringIO(client.get("/api/statements.csv", params={
        "said_until": "2019-12-31"}).text)))
    assert [r["said_last"] for r in rows] == ["2015-12-31"]


def test_a_said_from_after_the_said_to_is_said(client: TestClient) -> None:
    api = client.get("/api/statements", params={"said_since": "2025-06-01", "said_until": "2015-01-01"})
    assert api.status_code == 400
    assert "said_since 2025-06-01 is after said_until 2015-01-01: no day is in that range" in api.json()["detail"]
    page = client.get("/search", params={"said_since": "2025-06-01", "said_until": "2015-01-01"})
    assert page.status_code == 400 and "is after said_until" in page.text


def test_the_search_form_keeps_its_said_dates_and_its_links_carry_them(client: TestClient) -> None:
    page = client.get("/search", params={"said_until": "2019-12-31", "said_since": ""})  # a form's empty field
    assert page.status_code == 200 and "1 statement" in page.text
    assert 'name="said_until" type="date" value="2019-12-31"' in page.text
    assert "/api/statements.csv?said_until=2019-12-31" in page.text  # the download, and every facet's link
    assert 'href="/search?said_until=2019-12-31&amp;act=oppose"' in page.text
    assert 'href="/search?since=2025-08-01&amp;until=2025-08-31&amp;said_until=2019-12-31"' in page.text  # month
