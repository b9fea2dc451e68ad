"""Work counted as lines run, for the scaling tests: deterministic, unlike time on a shared machine."""

from __future__ import annotations

import sys
from collections.abc import Callable
from types import FrameType, ModuleType
from typing import Any

from onrecord import Settings, extract


def lines_run(text: str, module: ModuleType, functions: set[str]) -> int:
    """Lines run in ``functions`` of ``module`` (and in the comprehensions they call) while extracting ``text``."""
    count = [0]

    def local(frame: FrameType, event: str, arg: object) -> Callable[..., Any]:
        count[0] += event == "line"
        return local

    def calls(frame: FrameType, event: str, arg: object) -> Callable[..., Any] | None:
        code, caller = frame.f_code, frame.f_back
        if code.co_filename != module.__file__:
            return None
        if code.co_name in functions or (caller is not None and caller.f_code.co_name in functions):
            return local
        return None

    sys.settrace(calls)
    try:
        extract(text, published="2025-05-02", settings=Settings(learned_acts=False))
    finally:
        sys.settrace(None)
    return count[0]
