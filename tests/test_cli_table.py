"""The statements table fits the terminal, leads to `onrecord show`; every option says what it does."""

from __future__ import annotations

import argparse
from pathlib import Path

import pytest

from onrecord.cli import _parser, main
from tests.test_corpus import cli, corpus_db  # noqa: F401  (the fixture, shared)


def _options(parser: argparse.ArgumentParser, path: str) -> list[tuple[str, argparse.Action]]:
    found = []
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for name, sub in action.choices.items():
                found += _options(sub, f"{path} {name}")
        elif not isinstance(action, argparse._HelpAction):
            found.append((f"{path} {'/'.join(action.option_strings) or action.dest}", action))
    return found


def test_every_option_and_argument_has_help_text() -> None:
    missing = [name for name, action in _options(_parser(), "onrecord") if not action.help]
    assert missing == []


@pytest.mark.parametrize("columns", [80, 200])
def test_the_table_fits_the_terminal_and_names_the_article(
        corpus_db: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch,  # noqa: F811
        columns: int) -> None:
    monkeypatch.setenv("COLUMNS", str(columns))
    code, out, _ = cli(["statements", "--db", str(corpus_db), "--format", "table"], capsys)
    lines = out.splitlines()
    assert code == 0 and lines[0].startswith("article") and len(lines) > 3
    assert max(len(line) for line in lines) <= columns
    article = lines[2].split()[0]
    assert main(["show", article, "--db", str(corpus_db)]) == 0  # the first column is what show takes


def test_wide_cuts_nothing(corpus_db: Path, capsys: pytest.CaptureFixture[str],  # noqa: F811
                           monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("COLUMNS", "80")
    _, out, _ = cli(["statements", "--db", str(corpus_db), "--format", "table", "--wide"], capsys)
    assert max(len(line) for line in out.splitlines()) > 80
