"""eval/tools/statement_times_agreement.py on two tiny made-up passes."""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

TOOL = Path(__file__).resolve().parents[2] / "eval" / "tools" / "statement_times_agreement.py"


def _tool() -> ModuleType:
    spec = importlib.util.spec_from_file_location("statement_times_agreement", TOOL)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["statement_times_agreement"] = module
    spec.loader.exec_module(module)
    return module


sta = _tool()


def _write(path: Path, saids: list[dict[str, Any] | None]) -> Path:
    path.write_text("".join(json.dumps({"corpus": "c", "article": "a", "statement": i, "content": [0, 1],
                                        "said": s}) + "\n" for i, s in enumerate(saids)), encoding="utf-8")
    return path


def test_agreement_counts_times_given_spans_and_days(tmp_path: Path) -> None:
    monday = {"start": 10, "end": 16, "date": "2025-08-18"}
    a = _write(tmp_path / "a.jsonl", [None, None, monday, {"start": 40, "end": 44, "earlier": True}])
    b = _write(tmp_path / "b.jsonl", [None, {"start": 3, "end": 9, "date": "2025-08-17"},
                                      {"start": 13, "end": 20, "date": "2025-08-18"},
                                      {"start": 40, "end": 44, "first": "2025-08-01", "last": "2025-08-10"}])
    r = sta.agreement(sta.read(a), sta.read(b))
    assert r["items"] == 4 and r["with_time"] == [2, 3]
    assert r["observed"] == 0.75
    # chance: p_a = 0.5, p_b = 0.75, expected 0.5; kappa (0.75 - 0.5) / 0.5
    assert r["kappa"] == 0.5
    assert (r["both_with_time"], r["spans_overlap"], r["same_day"]) == (2, 2, 1)
    assert [k[2] for k in r["differ"]] == [1, 3]


def test_items_only_one_pass_labelled_are_left_out(tmp_path: Path) -> None:
    a = _write(tmp_path / "a.jsonl", [None, None, None])
    b = _write(tmp_path / "b.jsonl", [None])
    assert sta.agreement(sta.read(a), sta.read(b))["items"] == 1
