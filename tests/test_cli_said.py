"""`onrecord statements --said-since/--said-until`: statements by when they were said, not when reported."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from onrecord.cli import main
from tests.store.test_said import said_store


def _ids(db: Path, capsys: pytest.CaptureFixture[str], *options: str) -> list[str]:
    assert main(["statements", "--format", "jsonl", "--db", str(db), *options]) == 0
    return sorted(json.loads(line)["article"]["id"] for line in capsys.readouterr().out.splitlines())


def test_statements_said_before_a_day_in_articles_after_it(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = said_store(tmp_path / "said.db")
    assert _ids(db, capsys, "--said-until", "2019-12-31") == ["dam"]  # "in 2015", in a 2025 article
    assert _ids(db, capsys, "--until", "2019-12-31") == []
    assert _ids(db, capsys, "--said-since", "2025-08-18", "--said-until", "2025-08-18") == ["safe"]
    assert _ids(db, capsys, "--said-since", "2024-01-01", "--said-until", "2024-12-31", "--limit", "5") == [
        "once", "plain"]


def test_a_said_since_after_the_said_until_is_a_usage_error(tmp_path: Path,
                                                            capsys: pytest.CaptureFixture[str]) -> None:
    db = said_store(tmp_path / "said.db")
    assert main(["statements", "--said-since", "2025-06-01", "--said-until", "2015-01-01", "--db", str(db)]) == 2
    assert "--said-since 2025-06-01 is after --said-until 2015-01-01: no day is in that range" in \
        capsys.readouterr().err
