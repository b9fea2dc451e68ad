"""What a media researcher's corpus showed on the command line (newcomer 19)."""

from __future__ import annotations

from pathlib import Path

import pytest

from onrecord.cli import main
from onrecord.store import Store, content_hash
from tests.test_cli_light import notes_store
from tests.test_cli_newcomer import _said


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


def test_an_issue_no_statement_is_tagged_with_is_not_called_a_typo_only(tmp_path: Path,
                                                                         capsys: pytest.CaptureFixture[str]) -> None:
    """`--issue trade`, an issue of the taxonomy given to `ingest` that none of 80 articles was about, was answered
    "no issue called 'trade' in this store (did you mean 'taxes'?)", as a typo only; the store keeps tags, not the
    taxonomy, so the message now says both ways it can be."""
    town_db = tmp_path / "town.db"
    with Store(town_db) as store:
        item, article = _said("bridge-1", "Ilse Marwood", "bridge-reopening-spring")
        store.save_article(item, article, digest=content_hash(item.text), pipeline_version="test", language="en")
    assert main(["statements", "--db", str(town_db), "--issue", "trade", "--format", "jsonl"]) == 2
    err = capsys.readouterr().err
    assert "no issue called 'trade'" in err and "known: bridge-reopening-spring" in err
    assert "an issue of the taxonomy that no statement is about" in err
