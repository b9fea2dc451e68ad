"""Tool problems a newcomer met on the command line (fifth try): the CSV's ``link`` column, ``quotes`` with
nothing to show, ``extract`` with per-file titles and dates, accented actor ids, ``--actor`` with a short name."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest

from onrecord.cli import main
from tests.test_cli_light import notes_store


@pytest.fixture(scope="module")
def notes_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return notes_store(tmp_path_factory.mktemp("tools") / "onrecord.db", 3)


def test_the_csv_link_column_opens_each_statement_in_the_reader(notes_db: Path,
                                                                capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["statements", "--db", str(notes_db), "--format", "json"]) == 0
    keys = {s["article"]["id"]: s["key"] for s in json.loads(capsys.readouterr().out)}
    assert main(["statements", "--db", str(notes_db), "--format", "csv"]) == 0
    rows = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    assert [r["link"] for r in rows] == [f"/articles/{r['article_id']}#s-{keys[r['article_id']]}" for r in rows]
    assert main(["export", "--db", str(notes_db), "--format", "csv"]) == 0
    exported = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    assert sorted(r["link"] for r in exported) == sorted(r["link"] for r in rows)


def test_the_parquet_export_has_the_csv_columns(notes_db: Path, tmp_path: Path,
                                                capsys: pytest.CaptureFixture[str]) -> None:
    import pyarrow.parquet as pq

    assert main(["export", "--db", str(notes_db), "--format", "csv", "-o", str(tmp_path / "s.csv")]) == 0
    assert main(["export", "--db", str(notes_db), "--format", "parquet", "-o", str(tmp_path / "s.parquet")]) == 0
    header = next(csv.reader((tmp_path / "s.csv").open(encoding="utf-8")))
    table = pq.read_table(tmp_path / "s.parquet")
    assert table.column_names == header and "link" in header
    assert sorted(table.column("link").to_pylist()) == sorted(r["link"] for r in
                                                               csv.DictReader((tmp_path / "s.csv").open()))
