"""`positions --format csv` and `shifts` as an analyst uses them across dates, on hand-made store rows."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest

from onrecord.cli import main
from onrecord.store import Store
from tests.store.test_positions import ISSUE, Rows, one_turnaround


@pytest.fixture
def db(tmp_path: Path) -> str:
    """One minister who rejects the idea twice, in one report each, then backs it in one report."""
    path = one_turnaround(tmp_path / "p.db")
    return str(path)


def test_positions_csv_rows_say_the_date_they_judge_at(db: str, capsys: pytest.CaptureFixture[str]) -> None:
    """Exports at two dates stacked into one file stay readable: each row carries its as-of, window, half-life."""
    for as_of in ("2025-03-15", "2025-04-15"):
        assert main(["positions", "--db", db, "--as-of", as_of, "--window", "60d", "--format", "csv"]) == 0
        [row] = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
        assert (row["as_of"], row["window_days"], row["half_life_days"], row["issue"]) == (as_of, "60", "30", ISSUE)
    assert main(["positions", "--db", db, "--format", "csv"]) == 0
    [row] = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    assert (row["as_of"], row["window_days"]) == ("2025-04-10", "")  # the newest article's day, no window


def test_shifts_say_how_many_changes_the_article_threshold_hid(db: str, capsys: pytest.CaptureFixture[str]) -> None:
    """"0 shift(s)" alone reads as "no one changed"; the table says the one-report change is there to read."""
    assert main(["shifts", "--db", db]) == 0
    err = capsys.readouterr().err
    assert "0 shift(s) (1 more change(s) rest on fewer than 2 articles a side" in err
    assert main(["shifts", "--db", db, "--min-articles", "1"]) == 0
    assert capsys.readouterr().err.strip() == "1 shift(s)"
    assert main(["shifts", "--db", db, "--format", "json"]) == 0
    assert capsys.readouterr().err == ""


def test_positions_sorted_by_evidence_and_thinned_by_articles(tmp_path: Path,
                                                              capsys: pytest.CaptureFixture[str]) -> None:
    """The CLI passes --sort and --min-articles through: the one-report cell goes last, then away."""
    rows = Rows(Store(tmp_path / "s.db"))
    once, often = rows.actor("Aaron Once"), rows.actor("Zofia Often")
    rows.say(once, "2025-02-01", "oppose", act="reject")
    for day in ("2025-01-01", "2025-01-08"):
        rows.say(often, day, "support", act="support")
    rows.store.conn.commit()
    db = str(tmp_path / "s.db")
    assert main(["positions", "--db", db, "--sort", "evidence", "--format", "csv"]) == 0
    names = [r["actor"] for r in csv.DictReader(io.StringIO(capsys.readouterr().out))]
    assert names == ["Zofia Often", "Aaron Once"]
    assert main(["positions", "--db", db, "--min-articles", "2", "--format", "csv"]) == 0
    assert [r["actor"] for r in csv.DictReader(io.StringIO(capsys.readouterr().out))] == ["Zofia Often"]
