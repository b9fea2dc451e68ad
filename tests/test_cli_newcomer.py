"""Rough edges a newcomer hit on the command line: a closed pipe, unknown issue and actor names, the
statement table's article column, empty and non-English inputs."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from onrecord.cli import main
from onrecord.store import Store, content_hash
from tests.test_cli_light import _article


@pytest.fixture(scope="module")
def notes_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    db = tmp_path_factory.mktemp("newcomer") / "onrecord.db"
    with Store(db) as store:
        for n in range(1, 4):
            item, article = _article(n)
            store.save_article(item, article, digest=content_hash(item.text), pipeline_version="test",
                               language="en")
        store.record_error("broken.bin", "binary data")
    return db


class _ClosedPipe(io.StringIO):
    """stdout after `| head -1` has read its line and gone: every write raises, as a closed pipe does."""

    def write(self, text: str) -> int:
        raise BrokenPipeError(32, "Broken pipe")


@pytest.mark.parametrize("command", [
    ["export", "--format", "jsonl"], ["export", "--format", "csv"], ["export", "--format", "jsonl", "--events"],
    ["statements", "--format", "jsonl"], ["statements", "--format", "table"], ["articles", "--format", "jsonl"],
    ["actors", "--format", "table"], ["quotes"], ["show", "note-1"], ["errors"], ["positions"], ["events"],
])
def test_a_closed_pipe_ends_every_command_quietly(command: list[str], notes_db: Path,
                                                   monkeypatch: pytest.MonkeyPatch,
                                                   capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setattr("sys.stdout", _ClosedPipe())
    assert main([*command, "--db", str(notes_db)]) == 0
    assert capsys.readouterr().err == ""
