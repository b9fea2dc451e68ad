"""`onrecord events` over a store, and `onrecord extract`'s events."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest

from onrecord.cli import main
from tests.conftest import EXAMPLES


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("cli-events") / "news.db"
    assert main(["ingest", str(EXAMPLES / "peace-talks.txt"), "--db", str(path), "--published", "2025-08-18",
                 "--progress", "off"]) == 0
    return path


def test_events_json_with_filters(db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    capsys.readouterr()
    assert main(["events", "--db", str(db), "--actor", "Putin", "--format", "json"]) == 0
    events = json.loads(capsys.readouterr().out)
    assert sorted(e["type"] for e in events) == ["call", "summit"]
    assert main(["events", "--db", str(db), "--status", "planned", "--since", "2025-08-18", "--format", "json"]) == 0
    assert {e["status"] for e in json.loads(capsys.readouterr().out)} == {"planned"}


def test_events_of_one_article(db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    capsys.readouterr()
    assert main(["events", "--db", str(db), "--article", "peace-talks", "--format", "json"]) == 0
    events = json.loads(capsys.readouterr().out)
    assert len(events) >= 5 and all(s["article"] == "peace-talks" for e in events for s in e["sources"])
    assert main(["events", "--db", str(db), "--article", "no-such-article"]) == 2
    assert "no article 'no-such-article'" in capsys.readouterr().err


def test_events_csv_and_table(db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    capsys.readouterr()
    assert main(["events", "--db", str(db), "--type", "summit", "--format", "csv"]) == 0
    rows = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    assert len(rows) == 1 and rows[0]["place"] == "Anchorage, Alaska" and rows[0]["date"] == "2025-08-11..2025-08-17"
    assert main(["events", "--db", str(db), "--undated"]) == 0
    assert capsys.readouterr().out.strip().endswith("1 events")


def test_an_unknown_actor_is_a_usage_error(db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["events", "--db", str(db), "--actor", "Nobody Known"]) == 2
    assert "no actor called" in capsys.readouterr().err


def test_extract_json_carries_events(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["extract", str(EXAMPLES / "peace-talks.txt"), "--format", "json", "--published", "2025-08-18"]) == 0
    article = json.loads(capsys.readouterr().out)
    assert len(article["events"]) >= 5
    assert {"key", "type", "status", "mentions", "participants", "place", "time", "date", "date_range",
            "statements"} <= set(article["events"][0])


def test_show_lists_the_articles_events(db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    capsys.readouterr()
    assert main(["show", "peace-talks", "--db", str(db)]) == 0
    out = capsys.readouterr().out
    events = out.split("\nEvents (")[1]
    assert int(events.split(")")[0]) >= 5
    summit = next(line for line in events.splitlines() if line.startswith("- summit"))
    assert "happened" in summit and "2025-08-11 – 2025-08-17" in summit and "Vladimir Putin" in summit
    assert main(["show", "peace-talks", "--db", str(db), "--format", "json"]) == 0
    shown = json.loads(capsys.readouterr().out)
    assert {e["type"] for e in shown["events"]} >= {"summit", "call", "visit", "meeting", "press_conference"}


def test_export_writes_the_events_beside_the_statements(db: Path, tmp_path: Path,
                                                        capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["export", "--db", str(db), "--format", "csv", "-o", str(tmp_path / "news.csv")]) == 0
    assert "event rows written to" in capsys.readouterr().err
    rows = list(csv.DictReader((tmp_path / "news.events.csv").open(encoding="utf-8")))
    summit = next(r for r in rows if r["type"] == "summit")
    assert summit["article_id"] == "peace-talks" and summit["date_first"] == "2025-08-11"
    assert "Vladimir Putin" in summit["participants"] and summit["mention"]
    assert main(["export", "--db", str(db), "--format", "jsonl", "--events"]) == 0
    lines = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert len(lines) == len(rows) and {e["type"] for e in lines} == {r["type"] for r in rows}
    assert main(["export", "--db", str(db), "--format", "parquet", "-o", str(tmp_path / "news.parquet")]) == 0
    import pyarrow.parquet as pq

    table = pq.read_table(tmp_path / "news.events.parquet")
    assert table.num_rows == len(rows) and "event_id" in table.column_names
