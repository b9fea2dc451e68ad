"""eval/tools/event_agreement.py on two tiny made-up passes."""

from __future__ import annotations

import hashlib
import importlib.util
import json
import math
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

TOOL = Path(__file__).resolve().parents[2] / "eval" / "tools" / "event_agreement.py"
TEXT = ("On Monday, Ann Lee met Bob Cruz in Paris. Ann told reporters at a news conference that the talks "
        "went well. They will vote on Friday.")


def _tool() -> ModuleType:
    spec = importlib.util.spec_from_file_location("event_agreement", TOOL)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["event_agreement"] = module
    sys.path.insert(0, str(TOOL.parent))  # it imports its sibling `agreement`, as when run as a script
    try:
        spec.loader.exec_module(module)
    finally:
        sys.path.remove(str(TOOL.parent))
    return module


ea = _tool()


def span(text: str, nth: int = 0) -> dict[str, Any]:
    start = -1
    for _ in range(nth + 1):
        start = TEXT.index(text, start + 1)
    assert TEXT[start:start + len(text)] == text
    return {"start": start, "end": start + len(text), "text": text}


def event(type_: str, status: str, mentions: list[str], participants: list[str],
          date: str | None = None, date_range: list[str] | None = None) -> dict[str, Any]:
    return {"type": type_, "status": status, "mentions": [span(m) for m in mentions],
            "participants": participants, "place": None, "time": None, "date": date, "date_range": date_range}


def record(name: str, annotator: str, events: list[dict[str, Any]]) -> dict[str, Any]:
    return {"name": name, "corpus": "second-domain", "split": None, "published": "2025-08-20",
            "annotator": annotator, "text_sha256": hashlib.sha256(TEXT.encode("utf-8")).hexdigest(),
            "events": events}


def write(folder: Path, rec: dict[str, Any]) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / f"{rec['name']}.events.json").write_text(json.dumps(rec), encoding="utf-8")


@pytest.fixture
def passes(tmp_path: Path) -> tuple[Path, Path]:
    first, second = tmp_path / "gold", tmp_path / "second-pass"
    write(first / "tune", record("doc", "pass-a", [
        event("meeting", "happened", ["met Bob Cruz"], ["Ann Lee", "Bob Cruz"], date="2025-08-18"),
        event("press_conference", "happened", ["a news conference"], ["Ann Lee", "reporters"]),
        event("vote", "planned", ["vote"], ["they"], date="2025-08-22"),
    ]))
    write(second, record("doc", "pass-b", [
        event("meeting", "happened", ["Ann Lee met Bob Cruz in Paris"], ["Lee", "cruz", "Carl Diaz"],
              date_range=["2025-08-18", "2025-08-24"]),
        event("speech", "planned", ["news conference"], ["ann lee"]),
        event("talks", "happened", ["the talks"], []),
    ]))
    # an article both passes found no event in, and one the second pass lacks (not compared)
    write(first / "heldout", record("empty", "pass-a", []))
    write(second, record("empty", "pass-b", []))
    write(first / "heldout", record("only-a", "pass-a", [event("vote", "planned", ["vote"], [])]))
    return first, second


def test_mention_overlap_is_over_the_shorter_span() -> None:
    assert ea.mention_overlap((0, 10), (5, 25)) == 0.5
    assert ea.mention_overlap((0, 10), (2, 6)) == 1.0
    assert ea.mention_overlap((0, 10), (10, 20)) == 0.0


def test_pairing_is_one_to_one_and_needs_half_the_shorter_span() -> None:
    a = [event("meeting", "happened", ["met Bob Cruz"], [])]
    b = [event("meeting", "happened", ["met Bob"], []), event("call", "happened", ["met Bob Cruz"], [])]
    assert ea.pair_events(a, b) == [(0, 1)]
    assert ea.pair_events(a, b, same_type=True) == [(0, 0)]
    assert ea.pair_events(a, [event("meeting", "happened", ["Cruz in Paris"], [])]) == []  # 4 of 13 chars


def test_names_match_loosely_and_by_surname() -> None:
    assert ea.same_participant("Prime Minister Boris Johnson", "boris johnson")
    assert ea.same_participant("Zelensky", "Volodymyr Zelensky")
    assert ea.same_participant("Hernán Darío Gómez", "Hernan Dario Gomez")
    assert not ea.same_participant("Donald Trump", "Donald Trump Jr.")
    assert not ea.same_participant("Ann", "Ann Lee")
    assert ea.paired_participants(["Ann Lee", "Lee"], ["Lee", "Ann Lee"]) == 2


def test_agreement_on_two_passes(passes: tuple[Path, Path]) -> None:
    stats, tally = ea.agreement(ea.load_folder(passes[0]), ea.load_folder(passes[1]))
    assert stats["articles"] == 2 and stats["articles_only_first"] == 1 and stats["articles_both_empty"] == 1
    assert (stats["events_first"], stats["events_second"], stats["paired"]) == (3, 3, 2)
    assert stats["event_f1_any_type"] == pytest.approx(4 / 6)
    assert stats["paired_same_type"] == 1 and stats["event_f1_same_type"] == pytest.approx(2 / 6)
    assert stats["type_agreement"] == 0.5 and stats["type_kappa"] == pytest.approx(1 / 3)
    assert stats["participant_f1"] == pytest.approx(6 / 8)  # Lee, Cruz and Ann Lee paired of 4 + 4
    assert (stats["dated_both"], stats["dated_one_only"], stats["dated_neither"]) == (1, 0, 1)
    assert stats["date_exact"] == 0.0 and stats["date_overlap"] == 1.0
    assert stats["status_agreement"] == 0.5 and stats["status_kappa"] == 0.0
    assert stats["text_sha256_mismatch"] == []
    assert any("only first:  vote/planned 'vote'" in line for line in tally.details)
    assert any("only second: talks/happened 'the talks'" in line for line in tally.details)


def test_identical_passes_agree_fully(passes: tuple[Path, Path]) -> None:
    stats, _ = ea.agreement(ea.load_folder(passes[0]), ea.load_folder(passes[0]))
    assert stats["event_f1_any_type"] == stats["event_f1_same_type"] == 1.0
    assert stats["type_kappa"] == stats["status_kappa"] == stats["participant_f1"] == stats["date_exact"] == 1.0


def test_no_events_gives_no_score(tmp_path: Path) -> None:
    write(tmp_path / "a", record("empty", "pass-a", []))
    write(tmp_path / "b", record("empty", "pass-b", []))
    stats, _ = ea.agreement(ea.load_folder(tmp_path / "a"), ea.load_folder(tmp_path / "b"))
    assert math.isnan(stats["event_f1_any_type"]) and math.isnan(stats["type_kappa"])


def test_command_line(passes: tuple[Path, Path], capsys: pytest.CaptureFixture[str]) -> None:
    ea.main([str(passes[0]), str(passes[1]), "--details"])
    out = capsys.readouterr().out
    assert "event F1, any type:  0.667  (2 paired)" in out
    assert "paired meeting/happened 'met Bob Cruz'" in out
    ea.main([str(passes[0]), str(passes[1]), "--json"])
    assert json.loads(capsys.readouterr().out)["paired_same_type"] == 1
