"""The command line as a user runs it: files, directories, stdin, bad input, exit codes."""

from __future__ import annotations

import importlib
import io
import json
import sys
from pathlib import Path
from typing import Any

import pytest

from onrecord.cli import main
from tests.conftest import EXAMPLES

GOOD = "“We will hold the line,” the general said.\n"


def run_cli(args: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    code = main(args)
    out, err = capsys.readouterr()
    return code, out, err


def test_extract_directory_reports_bad_files_and_keeps_the_good(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "a.txt").write_text(GOOD, encoding="utf-8")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "b.txt").write_bytes("Le ministre a dit “non”.".encode("cp1252"))
    (tmp_path / "sub" / "c.txt").write_bytes("The minister said that talks would resume.".encode("utf-16"))
    (tmp_path / "blob.txt").write_bytes(bytes(range(256)) * 8)
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "unbalanced.txt").write_text("He said “this never closes and goes on.", encoding="utf-8")
    code, out, err = run_cli(["extract", str(tmp_path), "--format", "jsonl"], capsys)
    assert code == 1
    assert "blob.txt" in err and "binary" in err
    rows = [json.loads(line) for line in out.splitlines()]
    assert sorted(r["id"] for r in rows) == ["a", "b", "c", "empty", "unbalanced"]
    a = next(r for r in rows if r["id"] == "a")
    assert a["statements"][0]["kind"] == "direct"
    assert a["source"].endswith("a.txt")


def test_extract_stdin_json(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(GOOD.encode())))
    code, out, _ = run_cli(["extract", "-", "--format", "json", "--id", "x1", "--published", "2025-08-18"], capsys)
    assert code == 0
    data = json.loads(out)
    assert data["id"] == "x1" and data["published"] == "2025-08-18"
    assert set(data["statements"][0]) >= {"kind", "content", "cue", "speaker", "actor", "resolution", "act",
                                          "hedged", "negated", "confidence"}


def test_extract_table_on_the_example(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run_cli(["extract", str(EXAMPLES / "peace-talks.txt"), "--format", "table"], capsys)
    assert code == 0
    assert "14 statements" in out
    assert "Sergei Lavrov" in out and "refuse_to_commit" in out


def test_eval_on_the_example_gold(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run_cli(["eval", str(EXAMPLES / "peace-talks.gold.json"), "--json"], capsys)
    assert code == 0
    scores = json.loads(out)
    assert scores["content"]["overlap>=0.5"]["recall"] == 1.0
    assert scores["on_matched_at_0.5"]["named_speaker"]["accuracy"] == 1.0
    assert scores["writer_sentences_extracted"] == "0/1"


def test_learned_acts_flag_reaches_a_gold_file_eval(
        monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    import onrecord.evaluate as evaluate_package

    seen: list[bool] = []
    real = evaluate_package.evaluate

    def spy(*args: Any, **kwargs: Any) -> Any:
        seen.append(kwargs["settings"].learned_acts)
        return real(*args, **kwargs)

    monkeypatch.setattr(evaluate_package, "evaluate", spy)
    for flag in ("on", "off"):
        gold = str(EXAMPLES / "peace-talks.gold.json")
        code, _, _ = run_cli(["eval", gold, "--json", "--learned-acts", flag], capsys)
        assert code == 0
    assert seen == [True, False]


def test_eval_says_and_can_change_how_run_on_quotations_are_scored(capsys: pytest.CaptureFixture[str]) -> None:
    gold = str(EXAMPLES / "peace-talks.gold.json")
    code, out, _ = run_cli(["eval", gold], capsys)
    assert code == 0 and "run-on quotations" in out and "apart" in out  # onrecord's gold: two statements
    code, out, _ = run_cli(["eval", gold, "--json", "--run-ons", "joined"], capsys)
    assert code == 0 and json.loads(out)["run_on_quotations"] == "joined"


def test_show_marks_a_run_on_quotation_as_continuing_the_statement_before(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    text = tmp_path / "bridge.txt"
    text.write_text("“The bridge will reopen,” said Mayor Ruth Okafor. “The inspectors signed off today.”\n",
                    encoding="utf-8")
    db = str(tmp_path / "s.db")
    assert run_cli(["ingest", str(text), "--db", db], capsys)[0] == 0
    code, out, _ = run_cli(["show", "bridge", "--db", db], capsys)
    assert code == 0 and "⟦1 The bridge will reopen,⟧" in out and "⟦2 The inspectors signed off today.⟧" in out
    assert "[2] Ruth Okafor (Mayor Ruth Okafor) · assert · direct · cue: said · continues [1]" in out


def test_eval_lists_content_errors(capsys: pytest.CaptureFixture[str]) -> None:
    """The example is found whole: the list is there and empty."""
    code, out, _ = run_cli(["eval", str(EXAMPLES / "peace-talks.gold.json"), "--content-errors"], capsys)
    assert code == 0
    assert out.rstrip().endswith("0 statements unmatched at overlap>=0.5:")


def test_eval_reports_a_missing_gold_folder(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run_cli(["eval", str(tmp_path), "--format", "brat"], capsys)
    assert code == 2 and "PolNeAR layout" in err


def test_a_missing_model_is_a_clear_error(capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run_cli(["extract", str(EXAMPLES / "peace-talks.txt"), "--model", "no_such_pipeline"], capsys)
    assert code == 2
    assert "no_such_pipeline" in err and "not installed" in err


@pytest.mark.parametrize("split", ["train", "dev"])
def test_act_eval_on_train_takes_acts_out_of_fold(
        split: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    """``eval .../train --labels F``: the shipped act model saw every train article, so the train figures come
    from fold models that never saw the scored article (``out_of_fold_act_scores``); dev keeps the shipped model."""
    import onrecord.evaluate.labels as labels_module
    import onrecord.training.learn as learn

    (tmp_path / split / "text").mkdir(parents=True)
    labels = tmp_path / "labels.jsonl"
    labels.write_text("", encoding="utf-8")
    used: list[str] = []

    def shipped(root: Path, labels_file: Path, which: str, settings: object) -> labels_module.ActScores:
        used.append(f"shipped {which}")
        return labels_module.ActScores()

    def out_of_fold(root: Path, labels_file: Path, settings: object, which: str) -> labels_module.ActScores:
        used.append(f"out of fold {which}")
        return labels_module.ActScores()

    monkeypatch.setattr(labels_module, "score_acts", shipped)
    monkeypatch.setattr(learn, "out_of_fold_act_scores", out_of_fold)
    code, out, _ = run_cli(["eval", str(tmp_path / split), "--labels", str(labels), "--learned-acts", "on"], capsys)
    assert code == 0
    assert used == ["out of fold train" if split == "train" else "shipped dev"]
    assert ("out of fold" in out) == (split == "train")


@pytest.mark.parametrize("split", ["train", "dev"])
def test_issue_eval_reads_dev_labels_only_when_dev_is_named(
        split: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    """A tuning run on train (``eval .../train --labels F --issues T``) gets out-of-fold train figures and never
    reads a dev label; before, every split named printed the dev scores."""
    import onrecord.evaluate.issues as issues

    (tmp_path / split / "text").mkdir(parents=True)
    labels = tmp_path / "labels.jsonl"
    labels.write_text("", encoding="utf-8")
    read: list[str] = []

    def labelled(root: Path, labels_file: Path, which: str, settings: object) -> tuple[list[object], int]:
        read.append(which)
        return [], 0

    monkeypatch.setattr(issues, "labelled_statements", labelled)
    monkeypatch.setattr(importlib.import_module("onrecord.extract.issues"), "load_taxonomy", lambda path: object())
    monkeypatch.setattr(issues, "cross_validate", lambda rows, taxonomy: {"folds": 5})
    monkeypatch.setattr(issues, "report", lambda root, f, t, s: {"dev": labelled(root, f, "dev", s)})
    code, out, _ = run_cli(["eval", str(tmp_path / split), "--labels", str(labels), "--issues", "t.yaml", "--json"],
                           capsys)
    assert code == 0
    assert read == [split]
    assert ("folds" in json.loads(out)) == (split == "train")
