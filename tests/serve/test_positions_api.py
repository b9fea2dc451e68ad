"""/api/positions, /api/shifts, their CSV and the /positions page over the moving-stance example."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from onrecord.corpus import IngestOptions, ingest
from onrecord.ingest.metadata import ArticleMetadata
from onrecord.serve.app import create_app
from onrecord.settings import Settings
from tests.conftest import EXAMPLES

ISSUE = "european-forces-ukraine"


@pytest.fixture(scope="module")
def client(tmp_path_factory: pytest.TempPathFactory) -> TestClient:
    db = tmp_path_factory.mktemp("pos") / "p.db"
    settings = Settings.from_env(issues=str(EXAMPLES / "peace-talks.issues.yaml"))
    meta = ArticleMetadata.load(EXAMPLES / "positions.metadata.csv", title_line=True)
    assert ingest([str(EXAMPLES / "positions")], IngestOptions(db=db, metadata=meta), settings).analysed == 3
    return TestClient(create_app(db))


def test_api_positions_as_of(client: TestClient) -> None:
    def stance(as_of: str) -> str:
        body = client.get("/api/positions", params={"issue": ISSUE, "actor": "Karin Lindqvist",
                                                    "as_of": as_of}).json()
        assert body["as_of"] == as_of
        return str(body["positions"][0]["stance"])

    assert [stance(d) for d in ("2025-03-31", "2025-05-25", "2025-07-31")] == ["oppose", "open", "support"]
    assert client.get("/api/positions", params={"actor": "Nobody Atall"}).status_code == 400
    assert client.get("/api/positions", params={"window": "soon"}).status_code == 400
    assert client.get("/api/positions", params={"as_of": "yesterday"}).status_code == 422


def test_api_shifts_and_csv(client: TestClient) -> None:
    items = client.get("/api/shifts", params={"issue": ISSUE, "actor": "Lindqvist"}).json()["items"]
    assert [(s["from"], s["to"]) for s in items] == [("oppose", "open"), ("open", "support")]
    later = client.get("/api/shifts", params={"issue": ISSUE, "since": "2025-06-01"}).json()["items"]
    assert [s["date"] for s in later] == ["2025-07-15"]
    assert client.get("/api/shifts", params={"min_confidence": 0.99}).json()["items"] == []
    assert client.get("/api/shifts", params={"min_confidence": 2}).status_code == 422
    rows = list(csv.DictReader(io.StringIO(client.get("/api/positions.csv").text)))
    assert any(r["actor"] == "Karin Lindqvist" and r["stance"] == "support" for r in rows)
    assert "before_link" in client.get("/api/shifts.csv").text.splitlines()[0]


def test_positions_page_links_each_cell_to_its_evidence(client: TestClient) -> None:
    html = client.get("/positions", params={"as_of": "2025-05-25"}).text
    assert "Karin Lindqvist" in html and 'class="stance stance-open">open' in html
    assert 'href="/articles/wire_2025-05-20_lindqvist-troops-open#s-' in html
    assert client.get("/positions", params={"actor": "Nobody Atall"}).status_code == 400


def test_an_empty_store_has_an_empty_matrix(tmp_path: Path) -> None:
    empty = TestClient(create_app(tmp_path / "empty.db"))
    assert empty.get("/api/positions").json()["positions"] == []
    assert "No statement with an issue" in empty.get("/positions").text
