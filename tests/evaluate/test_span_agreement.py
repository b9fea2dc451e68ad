"""eval/tools/span_agreement.py runs against the package it imports (it broke once when a private name moved)."""

from __future__ import annotations

import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
SECOND_PASS = REPO / "eval" / "second-domain" / "second-pass"


def test_a_pass_agrees_with_itself_and_differs_from_the_other() -> None:
    sys.path.insert(0, str(REPO / "eval" / "tools"))  # the tool imports its sibling `agreement`
    try:
        import span_agreement
    finally:
        sys.path.remove(str(REPO / "eval" / "tools"))
    itself = span_agreement.agreement(SECOND_PASS, [SECOND_PASS])
    assert itself["articles"] == 16 and itself["content_f1"] == 1.0 and itself["same_speaker"] == 1.0
    gold = REPO / "eval" / "second-domain" / "gold"
    other = span_agreement.agreement(SECOND_PASS, [gold / "tune", gold / "heldout", gold / "fresh"])
    assert other["articles"] == 16 and 0 < float(other["content_f1"]) < 1  # type: ignore[arg-type]
