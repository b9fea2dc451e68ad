"""Statements a known cue used to make nothing of (issue 12, recall17): "it" as the subject of a speech verb is
the body or document named before (``it-speaks``), with the non-cases the rule must leave alone."""

from __future__ import annotations

import pytest

from onrecord import extract
from onrecord.settings import Settings

Seen = tuple[str, str | None, str | None]


def seen(text: str, disabled: str = "") -> list[Seen]:
    article = extract(text, settings=Settings(disabled_rules=disabled))
    return [(s.content.text, s.cue.text if s.cue else None, s.speaker.text if s.speaker else None)
            for s in article.statements]


@pytest.mark.parametrize(("text", "statement"), [
    ("The ministry issued a statement on Monday. It said the plant would close in June.",
     ("the plant would close in June", "said", "It")),
    ("The union published its demands on Friday. It also warned that the strike could last until March.",
     ("the strike could last until March", "warned", "It")),
])
def test_it_as_the_subject_of_a_speech_verb_speaks(text: str, statement: Seen) -> None:
    assert statement in seen(text)
    assert statement not in seen(text, "it-speaks")


@pytest.mark.parametrize("text", [
    "It seems the plant will close in June.",  # no cue
    "The beam is old. It supports the roof of the hall.",  # a stance verb: "it" is a thing
    "The study is long. It means that the plant will close in June.",  # no speech verb
])
def test_it_before_no_speech_verb_says_nothing(text: str) -> None:
    assert all(speaker != "It" for _, _, speaker in seen(text))


def test_it_is_said_stays_a_passive_with_no_source() -> None:
    assert seen("It is said that the plant will close in June.") == [("the plant will close in June", "said", None)]


def test_it_inside_a_reported_clause_is_what_is_said() -> None:
    assert seen("Moscow said that it would respond to any new sanctions.") == [
        ("it would respond to any new sanctions", "said", "Moscow")]
