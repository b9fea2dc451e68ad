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


def test_a_worker_that_dies_fails_only_the_article_it_held_and_the_run_goes_on() -> None:
    items = [TextInput(f"t{n}", None, "poison" if n == CHUNK + 3 else f"text {n}") for n in range(CHUNK * 8)]
    results = [r for chunk in run_processes(_fake_task, Settings(), workers=2)(items) for r in chunk.results]
    assert [item.id for item, _, _ in results] == [item.id for item in items]  # each once, in input order
    failed = [(item.text, reason) for item, _, reason in results if reason != "done"]
    assert failed == [("poison", "a worker process died while analysing this article "
                                 "(it was retried alone, and died again)")]


_KILLED_ONCE = "onrecord-test-killed-once"


def _dies_once_task(items: list[TextInput]) -> ChunkResult:
    """A worker killed from outside (not by its article): the first chunk with "victim" dies, once."""
    marker = os.environ[_KILLED_ONCE]
    if any(item.text == "victim" for item in items) and not os.path.exists(marker):
        open(marker, "w").close()
        os._exit(1)
    return ChunkResult([(item, None, "done") for item in items], f"pid:{os.getpid()}", 0.0)


def test_articles_in_flight_when_a_worker_is_killed_are_retried_not_failed(tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setenv(_KILLED_ONCE, str(tmp_path / "killed"))
    items = [TextInput(f"t{n}", None, "victim" if n == 5 else f"text {n}") for n in range(CHUNK * 6)]
    results = [r for chunk in run_processes(_dies_once_task, Settings(), workers=2)(items) for r in chunk.results]
    assert (tmp_path / "killed").exists()  # a worker did die
    assert [item.id for item, _, _ in results] == [item.id for item in items]
    assert {reason for _, _, reason in results} == {"done"}
