"""The learned event filter (resolve/event_model.py) and the loose candidates it reads (issue 9)."""

from __future__ import annotations

from onrecord import extract
from onrecord.extract.quotes import find_quotations
from onrecord.nlp import load, parse_many
from onrecord.pipeline import resolved_statements
from onrecord.resolve.event_model import EventFilter, shipped_filter
from onrecord.resolve.events import EventCandidate, event_candidates, find_events
from onrecord.settings import Settings

TEXT = ("Any meeting would be welcome, she said. President Emmanuel Macron met with Chancellor Olaf Scholz "
        "in Berlin on Tuesday.")


def _candidates(text: str) -> tuple[list[EventCandidate], object]:
    settings = Settings()
    quotations = find_quotations(text)
    parsed, _ = next(parse_many(load(settings), [(text, [(q.start, q.end) for q in quotations], None)], settings))
    statements, _, resolver = resolved_statements(parsed, quotations, settings)
    return event_candidates(parsed, statements, resolver), (parsed, statements, resolver)


def test_candidates_keep_what_the_rules_drop_with_the_rules_verdict_as_a_feature() -> None:
    found, _ = _candidates(TEXT)
    by_word = {c.mention.trigger.lower_: c for c in found}
    assert "rule=drop" in by_word["meeting"].features and "generic" in by_word["meeting"].features
    met = by_word["met"].features
    assert "rule=keep" in met and "parties=2" in met and "place" in met and "time" in met


def test_a_filter_that_keeps_every_candidate_finds_the_generic_meeting_too() -> None:
    _, (parsed, statements, resolver) = _candidates(TEXT)
    rules = find_events(parsed, statements, resolver, "2025-08-21")  # type: ignore[arg-type]
    everything = EventFilter({}, bias=5.0, threshold=0.5)
    loose = find_events(parsed, statements, resolver, "2025-08-21", everything)  # type: ignore[arg-type]
    assert [e.mentions[0].text for e in rules] == ["met with Chancellor Olaf Scholz"]
    assert {e.mentions[0].text for e in loose} == {"Any meeting", "met with Chancellor Olaf Scholz"}
    by_rules = EventFilter({"rule=keep": 10.0}, bias=-5.0, threshold=0.5)  # the rules' verdict alone
    kept = find_events(parsed, statements, resolver, "2025-08-21", by_rules)  # type: ignore[arg-type]
    assert [e.mentions[0].text for e in kept] == ["met with Chancellor Olaf Scholz"]


def test_the_filter_is_a_sum_of_weights_and_round_trips_through_its_json() -> None:
    f = EventFilter({"a": 2.0, "b": -1.0}, bias=-1.0, threshold=0.5, meta={"C": 0.1})
    assert f.probability(["a", "a"]) == f.probability(["a"]) > 0.5  # binary: a feature counts once
    assert not f.keeps(["b"]) and f.keeps(["a", "unknown"])
    assert EventFilter.from_dict(f.to_dict()) == f


def test_the_shipped_filter_is_off_by_default_and_the_setting_turns_it_on() -> None:
    assert Settings().learned_events is False
    assert shipped_filter() is not None
    text = "Any meeting would be welcome, she said."
    assert extract(text, published="2025-08-21").events == []
    assert Settings.from_env().learned_events is False
