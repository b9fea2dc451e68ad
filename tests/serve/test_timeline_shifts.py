"""The timeline page's shifts section on hand-made store rows: its CSV link and what it says when none passes."""

from __future__ import annotations

from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from onrecord.serve.app import create_app
from onrecord.settings import Settings
from tests.store.test_positions import ISSUE, one_turnaround


@pytest.fixture
def client(tmp_path: Path) -> TestClient:
    """A minister rejects the idea in two reports, then backs it in one (``one_turnaround``)."""
    path = one_turnaround(tmp_path / "p.db")
    return TestClient(create_app(path, Settings.from_env()))


def test_a_timeline_with_only_thin_changes_says_so_and_links_them(client: TestClient) -> None:
    html = client.get("/positions/timeline", params={"issue": ISSUE}).text
    assert '<h2 id="shifts">Shifts</h2>' in html and "No change of stance is reported in 2 articles" in html
    assert f'href="/positions/timeline?issue={ISSUE}&amp;min_articles=1#shifts">1 change rests on fewer</a>' in html
    listed = client.get("/positions/timeline", params={"issue": ISSUE, "min_articles": 1}).text
    assert "<strong>2025-04-10</strong>" in listed and "No change of stance" not in listed


def test_the_shifts_csv_link_keeps_the_pages_filters(client: TestClient) -> None:
    """The CSV under the list holds the shifts the page shows, not the issue's at the default threshold."""
    html = client.get("/positions/timeline", params={"issue": ISSUE, "min_articles": 1, "since": "2025-04-01",
                                                     "window": "7d"}).text
    link = f"/api/shifts.csv?issue={ISSUE}&amp;window=7d&amp;since=2025-04-01&amp;min_articles=1"
    assert f'href="{link}"' in html
    csv_text = client.get(link.replace("&amp;", "&")).text
    assert len(csv_text.splitlines()) == 2 and ",oppose,support," in csv_text
