"""Event finding stays linear in the number of event words (a text may name "the meeting" thousands of times).

Work is counted, not timed: the number of mention-to-mention comparisons made while merging mentions into
events, at n and 2n repetitions of the same paragraph. Linear work doubles; comparing every mention with every
earlier one quadruples. (Times are in bench/bench_bad_input.py.)
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from onrecord import Settings, extract
from onrecord.resolve import events
from tests.resolve.linecount import lines_run

UNIT = ("The meeting with Chen was held in Paris. A summit is planned for May. "
        "Talks between the two sides resumed on Friday. ")


def _counting(monkeypatch: pytest.MonkeyPatch, owner: Any, name: str, counter: list[int]) -> None:
    original: Callable[..., Any] = getattr(owner, name)

    def counted(*args: Any, **kwargs: Any) -> Any:
        counter[0] += 1
        return original(*args, **kwargs)

    monkeypatch.setattr(owner, name, counted)


def _merge_work(monkeypatch: pytest.MonkeyPatch, text: str) -> tuple[int, int]:
    """(comparisons made while merging, events found)."""
    counter = [0]
    with monkeypatch.context() as m:
        _counting(m, events, "_past_and_possible", counter)  # once per earlier mention looked at
        _counting(m, events._Mention, "richness", counter)  # once per mention when a draft's head is taken
        found = extract(text, published="2025-05-02", settings=Settings(learned_acts=False)).events
    return counter[0], len(found)


def test_merging_event_mentions_is_linear(monkeypatch: pytest.MonkeyPatch) -> None:
    # past the bounds' saturation (200 mentions looked back at, 3 a unit): below it, work grows as the bound fills
    small, _ = _merge_work(monkeypatch, UNIT * 100)
    large, found = _merge_work(monkeypatch, UNIT * 200)
    assert found >= 1
    assert large <= 2.5 * small, (small, large)


def test_linking_statements_to_events_is_linear() -> None:
    """One speaker at one news conference, many statements on one line: each mention used to scan every
    statement, and every event re-walked the paragraph from each of its statements."""
    unit = "At the news conference on Monday, Lopez said the plan would work. He added that it was final. "
    functions = {"_said_next", "_follow_links"}
    small = lines_run(unit * 40, events, functions)
    large = lines_run(unit * 80, events, functions)
    assert large <= 2.5 * small, (small, large)
