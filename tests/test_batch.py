"""Where extraction runs: a worker that dies costs only the work it had, and the run goes on."""

from __future__ import annotations

import os

from onrecord.batch import CHUNK, ChunkResult, run_processes
from onrecord.ingest import TextInput
from onrecord.settings import Settings


def _fake_task(items: list[TextInput]) -> ChunkResult:
    """Stands in for extraction (runs in the worker): dies on a poisoned chunk, else reports each item done."""
    if any(item.text == "poison" for item in items):
        os._exit(1)
    return ChunkResult([(item, None, "done") for item in items], f"pid:{os.getpid()}", 0.0)


def test_a_dead_worker_fails_its_chunk_and_the_run_goes_on() -> None:
    items = [TextInput(f"t{n}", None, "poison" if n == CHUNK else f"text {n}") for n in range(CHUNK * 8)]
    results = [r for chunk in run_processes(_fake_task, Settings(), workers=2)(items) for r in chunk.results]
    assert sorted(item.id for item, _, _ in results) == sorted(item.id for item in items)  # each once
    reasons = {reason for _, _, reason in results}
    assert reasons <= {"done", "a worker process died while analysing this article"}
    assert next(r for i, _, r in results if i.text == "poison") != "done"
    assert sum(r == "done" for _, _, r in results) >= CHUNK * 4  # the fresh pool did the later chunks
