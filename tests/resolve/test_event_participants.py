"""Learned event participants (resolve/event_participants.py, issue 9) and their leave-one-set-out harness."""

from __future__ import annotations

import pytest

from onrecord import extract
from onrecord.extract.quotes import find_quotations
from onrecord.model import Event
from onrecord.nlp import ParsedText, load, parse_many
from onrecord.pipeline import resolved_statements
from onrecord.resolve import event_participants as ep
from onrecord.resolve.event_model import EventFilter
from onrecord.resolve.events import find_events
from onrecord.resolve.speakers import ArticleResolver
from onrecord.settings import Settings
from onrecord.training.event_participants import EventRows, chosen, count, errors

# A summit the rules find no party for: the chancellor is named only in the next sentence.
SUMMIT = "The summit in Geneva ended on Tuesday without a deal. Chancellor Olaf Scholz left early, aides said."
MET = "President Emmanuel Macron met with Chancellor Olaf Scholz in Berlin on Tuesday. Anna Berg left early."
PERSON = EventFilter({"actor=person": 4.0}, bias=-2.0, threshold=0.5)  # keeps a person, drops anything else


def _events(text: str) -> tuple[list[Event], ParsedText, ArticleResolver, list]:  # type: ignore[type-arg]
    settings = Settings()
    quotations = find_quotations(text)
    parsed, _ = next(parse_many(load(settings), [(text, [(q.start, q.end) for q in quotations], None)], settings))
    statements, _, resolver = resolved_statements(parsed, quotations, settings)
    return find_events(parsed, statements, resolver, "2025-08-21"), parsed, resolver, statements


def test_candidates_are_the_actors_around_the_event_with_how_they_stand_to_it() -> None:
    events, parsed, resolver, statements = _events(SUMMIT)
    assert [e.participants for e in events] == [[]]
    by_name = {c.participant.name: c.features for c in ep.participant_candidates(events[0], parsed, resolver,
                                                                                  statements)}
    assert set(by_name) == {"Geneva", "Olaf Scholz"}
    assert {"where=next", "actor=person", "type=summit", "rules_found=<=0"} <= by_name["Olaf Scholz"]
    assert {"where=same", "rel=prep:in", "is_place", "nearest"} <= by_name["Geneva"]


def test_an_event_without_parties_takes_the_top_candidate_that_reaches_the_threshold() -> None:
    events, parsed, resolver, statements = _events(SUMMIT)
    ep.learned_participants(events, parsed, resolver, statements, PERSON)
    assert [p.name for p in events[0].participants] == ["Olaf Scholz"]
    events, parsed, resolver, statements = _events(SUMMIT)
    strict = EventFilter(PERSON.weights, PERSON.bias, threshold=0.99)
    ep.learned_participants(events, parsed, resolver, statements, strict)
    assert events[0].participants == []


def test_the_rules_parties_stand_where_they_found_any() -> None:
    events, parsed, resolver, statements = _events(MET)
    before = [[p.name for p in e.participants] for e in events]
    assert before and all(before)
    ep.learned_participants(events, parsed, resolver, statements, EventFilter({}, bias=9.0, threshold=0.5))
    assert [[p.name for p in e.participants] for e in events] == before  # "Anna Berg" is not added


def test_top_candidate_is_the_highest_probability_at_or_above_the_threshold() -> None:
    model = EventFilter({"a": 1.0, "b": 2.0}, bias=-1.0, threshold=0.5)
    assert ep.top_candidate([["a"], ["b"], []], model) == 1
    assert ep.top_candidate([[], ["x"]], model) is None


def test_off_by_default_and_the_setting_turns_it_on(monkeypatch: pytest.MonkeyPatch) -> None:
    assert Settings().learned_participants is False
    assert Settings.from_env().learned_participants is False
    assert ep.shipped_participant_model() is not None  # the shipped model loads
    assert [e.participants for e in extract(SUMMIT, published="2025-08-21").events] == [[]]
    monkeypatch.setattr("onrecord.pipeline.shipped_participant_model", lambda: PERSON)
    on = extract(SUMMIT, published="2025-08-21", settings=Settings(learned_participants=True))
    assert [[p.name for p in e.participants] for e in on.events] == [["Olaf Scholz"]]


def _rows() -> list[EventRows]:
    return [EventRows("tune", "a", ["Olaf Scholz"], [], ["Geneva", "Olaf Scholz"],
                      [["actor=none"], ["actor=person"]], [0, 1]),
            EventRows("fresh", "b", ["Anna Berg", "Lars Holm"], ["Anna Berg", "Geneva"],
                      ["Anna Berg", "Geneva", "Lars Holm"], [["rule", "actor=person"], ["rule"], ["actor=person"]],
                      [1, 0, 1])]


def test_the_harness_counts_like_the_scorer_and_keeps_the_rules_where_they_found_any() -> None:
    assert count(["Scholz", "Olaf Scholz"], ["Olaf Scholz"]) == (1, 2, 1)  # one to one, a bare surname matches
    empty, full = _rows()
    assert chosen(empty, PERSON, "rules+empty") == ["Olaf Scholz"]
    assert chosen(full, PERSON, "rules+empty") == ["Anna Berg", "Geneva"]  # the rules' own, wrong one included
    assert chosen(full, PERSON, "rules+add") == ["Anna Berg", "Geneva", "Lars Holm"]
    table = errors(_rows())
    assert "| fresh | 1 | 2 | 1 | 1 | 0 | 1 |" in table and "| tune | 1 | 1 | 0 | 1 | 0 | 0 |" in table
