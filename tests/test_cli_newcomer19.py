"""What a media researcher's corpus showed on the command line (newcomer 19)."""

from __future__ import annotations

from pathlib import Path

import pytest

from onrecord.cli import main
from tests.test_cli_light import notes_store


def test_a_statements_csv_whose_query_fails_writes_no_header(tmp_path: Path,
                                                             capsys: pytest.CaptureFixture[str]) -> None:
    """`statements --issue trade --format csv > trade.csv` printed its error and left a header-only trade.csv, a
    file a script reads as "no statement" (json, jsonl and the table wrote nothing)."""
    db = notes_store(tmp_path / "onrecord.db", 2)
    code = main(["statements", "--db", str(db), "--issue", "no-such-issue", "--format", "csv"])
    out, err = capsys.readouterr()
    assert code == 2 and "error" in err
    assert out == ""
    # an answer with no rows still has its header (a file a spreadsheet opens)
    assert main(["statements", "--db", str(db), "--search", "zzyzx", "--format", "csv"]) == 0
    assert capsys.readouterr().out.startswith("statement_id,")
