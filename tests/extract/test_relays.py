"""Issue 12 (wire16): wire copy relays a statement through an outlet at the end of the sentence ("X said Y, state
media reported"). Each source in the chain is a statement of its own (docs/ANNOTATION.md 2.6): the inner one's
content is its clause only, never the relay's words; the relay's content is the whole attribution."""

from __future__ import annotations

from onrecord import extract


def seen(text: str) -> set[tuple[str, str | None, str | None]]:
    return {(s.content.text, s.cue.text if s.cue else None, s.speaker.text if s.speaker else None)
            for s in extract(text).statements}


def test_a_relayed_call_is_the_speakers_statement_and_the_outlets() -> None:
    got = seen("The foreign minister, Ali Rezaei, called the truce “a victory for the people”, state media reported.")
    assert ("the truce “a victory for the people”", "called", "The foreign minister, Ali Rezaei") in got or \
        ("the truce “a victory for the people”", "called", "Ali Rezaei") in got
    assert ("The foreign minister, Ali Rezaei, called the truce “a victory for the people”", "reported",
            "state media") in got


def test_the_inner_content_stops_before_the_relay_and_the_relay_holds_the_attribution() -> None:
    got = seen("Ali Rezaei said the truce was a victory for the people, state media reported.")
    assert got == {("the truce was a victory for the people", "said", "Ali Rezaei"),
                   ("Ali Rezaei said the truce was a victory for the people", "reported", "state media")}


def test_a_relay_with_a_time_after_it_is_found_too() -> None:
    got = seen("Ali Rezaei said the truce was a victory for the people, state media reported on Monday.")
    assert ("the truce was a victory for the people", "said", "Ali Rezaei") in got
    assert ("Ali Rezaei said the truce was a victory for the people", "reported", "state media") in got


def test_an_outlet_that_says_relays_like_one_that_reports() -> None:
    got = seen("Peskov told reporters the talks would resume next week, the news agency said.")
    assert ("the talks would resume next week", "told", "Peskov") in got
    assert ("Peskov told reporters the talks would resume next week", "said", "the news agency") in got


def test_a_person_closing_the_sentence_is_no_relay() -> None:
    # The minister's own position, said by him: one statement (the nested stance is part of it).
    assert seen("His country opposed the new sanctions, the minister said.") == {
        ("His country opposed the new sanctions", "said", "the minister")}


def test_a_report_of_its_own_inside_a_content_is_left_alone() -> None:
    got = seen("The mayor said the agency reported record profits.")
    assert ("the agency reported record profits", "said", "The mayor") in got
    assert not any(content.startswith("The mayor") for content, _, _ in got)
    assert seen("The mayor said the report, which state media published, was false.") == {
        ("the report, which state media published, was false", "said", "The mayor")}
