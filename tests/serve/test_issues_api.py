"""``/api/statements?issue=...&stance=...`` over a store ingested with a taxonomy."""

from __future__ import annotations

from pathlib import Path

from fastapi.testclient import TestClient

from onrecord.corpus import IngestOptions, ingest
from onrecord.serve.app import create_app
from onrecord.settings import Settings
from tests.conftest import EXAMPLES


def test_api_filters_on_issue_and_stance(tmp_path: Path) -> None:
    db = tmp_path / "issues.db"
    settings = Settings.from_env(issues=str(EXAMPLES / "peace-talks.issues.yaml"))
    assert ingest([str(EXAMPLES / "peace-talks.txt")], IngestOptions(db=db), settings).analysed == 1
    client = TestClient(create_app(db))
    body = client.get("/api/statements", params={"issue": "us-troops-ukraine", "stance": "open"}).json()
    rows = body["items"]
    assert rows and body["total"] == len(rows)
    for row in rows:
        tags = {i["id"]: i for i in row["issues"]}
        assert tags["us-troops-ukraine"]["stance"] == "open"
        assert tags["us-troops-ukraine"]["taxonomy"] == "ukraine-2025"
    assert client.get("/api/statements").json()["total"] > len(rows)
    unknown = client.get("/api/statements", params={"issue": "no-such-issue"})  # a typo, said so, as an actor's
    assert unknown.status_code == 400 and "no issue called 'no-such-issue'" in unknown.json()["detail"]
    assert client.get("/api/statements", params={"stance": "maybe"}).status_code == 400
