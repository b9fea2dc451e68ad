"""Event scoring against a small gold file written for the test (evaluate/events.py)."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest

from onrecord.cli import main
from onrecord.evaluate.events import evaluate_events, names_match

TEXT = ("President Emmanuel Macron met with Chancellor Olaf Scholz in Berlin on Tuesday.\n\n"
        "Macron will travel to Rome next week.\n")


def span(text: str) -> dict[str, object]:
    start = TEXT.index(text)
    return {"start": start, "end": start + len(text), "text": text}


def gold(tmp_path: Path, events: list[dict[str, object]]) -> Path:
    root = tmp_path / "repo"
    (root / "eval" / "second-domain" / "texts").mkdir(parents=True)
    (root / "eval" / "second-domain" / "texts" / "toy.txt").write_text(TEXT, encoding="utf-8")
    folder = root / "eval" / "events" / "gold" / "tune"
    folder.mkdir(parents=True)
    record = {"name": "toy", "corpus": "second-domain", "split": None, "published": "2025-08-21",
              "annotator": "test", "text_sha256": hashlib.sha256(TEXT.encode()).hexdigest(), "events": events}
    (folder / "toy.events.json").write_text(json.dumps(record), encoding="utf-8")
    return folder


MEETING = {"type": "meeting", "status": "happened", "mentions": [span("met with Chancellor Olaf Scholz")],
           "participants": ["Emmanuel Macron", "Olaf Scholz"], "place": "Berlin", "time": span("on Tuesday"),
           "date": "2025-08-19", "date_range": None}
VISIT = {"type": "visit", "status": "planned", "mentions": [span("travel to Rome")], "participants": ["Macron"],
         "place": "Rome", "time": span("next week"), "date": None, "date_range": ["2025-08-25", "2025-08-31"]}


def test_a_right_prediction_scores_one_everywhere(tmp_path: Path) -> None:
    scores = evaluate_events(gold(tmp_path, [MEETING, VISIT])).to_dict()
    assert scores["events"]["f1"] == 1.0 and scores["detection"]["f1"] == 1.0
    assert scores["participants"]["f1"] == 1.0  # "Macron" is "Emmanuel Macron" by surname
    assert scores["dates"] == {"gold_dated": 2, "exact": 1.0, "within": 1.0, "gold_undated": 0,
                               "given_where_undated": 0.0}
    assert scores["status"]["accuracy"] == 1.0


def test_wrong_type_status_and_date_are_counted(tmp_path: Path) -> None:
    wrong = {**MEETING, "type": "call", "status": "planned"}
    off = {**VISIT, "status": "happened", "date_range": ["2025-09-01", "2025-09-07"]}
    scores = evaluate_events(gold(tmp_path, [wrong, off])).to_dict()
    assert scores["events"]["tp"] == 1 and scores["detection"]["tp"] == 2
    assert scores["status"]["accuracy"] == 0.0 and scores["dates"]["within"] == 0.0
    assert scores["confusion"]["type call->meeting"] == 1


def test_a_missed_event_costs_recall_only(tmp_path: Path) -> None:
    extra = {**VISIT, "mentions": [span("Chancellor Olaf Scholz in Berlin")], "type": "summit"}
    scores = evaluate_events(gold(tmp_path, [MEETING, VISIT, extra])).to_dict()
    assert scores["events"]["recall"] == pytest.approx(2 / 3, abs=0.001)
    assert scores["events"]["precision"] == 1.0


def test_a_date_given_where_the_gold_gives_none_is_counted_apart(tmp_path: Path) -> None:
    undated = {**MEETING, "time": None, "date": None}  # the system dates "on Tuesday"; this gold says undated
    scores = evaluate_events(gold(tmp_path, [undated, VISIT])).to_dict()
    assert scores["dates"]["gold_dated"] == 1 and scores["dates"]["exact"] == 1.0
    assert scores["dates"]["gold_undated"] == 1 and scores["dates"]["given_where_undated"] == 1.0


def test_names_match_by_surname_and_not_otherwise() -> None:
    assert names_match("Putin", "Vladimir Putin") and names_match("the Senate", "Senate")
    assert not names_match("Hillary Clinton", "Bill Clinton")
    assert names_match("Fox Business", "Fox Business Network")  # the network as the text shortens it
    assert not names_match("Fox", "Fox Business Network") and not names_match("Fox News", "Fox Business Network")


def test_onrecord_eval_on_a_folder_of_event_files(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["eval", str(gold(tmp_path, [MEETING, VISIT])), "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["events"]["f1"] == 1.0


def test_a_text_not_here_is_skipped_with_its_reason(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folder = gold(tmp_path, [MEETING])
    (folder.parents[2] / "second-domain" / "texts" / "toy.txt").unlink()
    assert main(["eval", str(folder)]) == 2
    assert "no text at" in capsys.readouterr().err


def test_details_list_what_differs_event_by_event(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    off = {**VISIT, "participants": ["Macron", "Giorgia Meloni"], "status": "happened"}
    extra = {**VISIT, "mentions": [span("Chancellor Olaf Scholz in Berlin")], "type": "summit"}
    assert main(["eval", str(gold(tmp_path, [off, extra])), "--details"]) == 0
    out = capsys.readouterr().out
    assert "toy: found as meeting: gold summit" in out  # the summit gold puts where the meeting is
    assert "participants missing ['Giorgia Meloni']" in out and "status planned for gold happened" in out
    assert main(["eval", str(gold(tmp_path / "2", [VISIT])), "--details"]) == 0
    assert "toy: not in gold: meeting happened" in capsys.readouterr().out


def test_a_set_split_into_sub_folders_is_read_whole(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folder = gold(tmp_path, [MEETING, VISIT])  # eval/events/gold/tune/toy.events.json
    work = folder / "work"
    work.mkdir()
    (folder / "toy.events.json").rename(work / "toy.events.json")  # as eval/events/gold/fresh2/{work,check}
    assert main(["eval", str(folder), "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["events"]["f1"] == 1.0
