"""`onrecord serve --processes N`: each process uvicorn starts builds the same app from the environment."""

from __future__ import annotations

from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from onrecord.serve import app_from_environment, settings_environment
from onrecord.settings import Settings
from onrecord.store import Store


def test_settings_travel_through_the_environment_unchanged(monkeypatch: pytest.MonkeyPatch) -> None:
    settings = Settings(model="en_core_web_sm", strict_cues=True, learned_acts=False, serve_timeout_s=7.5,
                        serve_processes=3, issues="taxonomy.yaml", min_confidence=None)
    for name, value in settings_environment(settings).items():
        monkeypatch.setenv(name, value)
    assert Settings.from_env() == settings


def test_each_process_serves_the_store_with_its_share_of_analysis_workers(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    db = tmp_path / "s.db"
    Store(db).close()
    for name, value in settings_environment(Settings(serve_workers=3, serve_processes=2)).items():
        monkeypatch.setenv(name, value)
    monkeypatch.setenv("ONRECORD_SERVE_DB", str(db))
    app = app_from_environment()
    assert app.state.settings.serve_workers == 1 and app.state.db == db  # 3 workers shared by 2 processes
    with TestClient(app) as client:
        assert client.get("/api/articles").json()["total"] == 0
