"""Names the recogniser misses or runs together (issue 12, lead, eighteenth session): a body named by its
owner's title and a head noun ("the Marion Sheriff's Office", "the Governor's Office"), which it often misses or
labels as a work of art or a place, is an organisation of that whole name, never a person called "Office"; a
title's home state is no part of the name after it ("Senator from Vermont Bernie Sanders"). Texts written for
these tests."""

from tests.conftest import run


def _speakers(text: str) -> list[tuple[str, str | None, str | None]]:
    return [(s.speaker.text if s.speaker else "", s.actor.name if s.actor else None, s.actor.type if s.actor else None)
            for s in run(text).statements]


def test_a_sheriffs_office_the_recogniser_missed_is_an_organisation_of_that_name() -> None:
    text = ("A man was arrested on Friday after a standoff at a farmhouse, the Marion Sheriff's Office said.")
    assert _speakers(text) == [("the Marion Sheriff's Office", "Marion Sheriff's Office", "organization")]
    assert not any(a.name == "Office" for a in run(text).actors)


def test_a_sheriffs_office_opening_the_sentence_is_the_same_organisation() -> None:
    text = ("The Marion Sheriff's Office said a man was arrested on Friday after a standoff at a farmhouse.")
    assert _speakers(text) == [("The Marion Sheriff's Office", "Marion Sheriff's Office", "organization")]


def test_a_person_after_a_bodys_possessive_keeps_their_own_name() -> None:
    text = ("The plant will close in March, the company's chief executive Anna Berg said on Friday.")
    speakers = _speakers(text)
    assert speakers[0][1] == "Anna Berg" and speakers[0][2] == "person"


def test_a_sheriffs_office_the_recogniser_took_for_a_place_is_an_organisation() -> None:
    text = "The Clark County Sheriff's Office said a man was arrested on Friday."
    assert _speakers(text) == [("The Clark County Sheriff's Office", "Clark County Sheriff's Office", "organization")]


def test_a_senator_from_a_state_is_the_person_named_after_the_state() -> None:
    """events18: "Senator from Vermont Bernie Sanders", one organisation to the recogniser, made an actor
    "Vermont Bernie Sanders"; the name after the home state is the person's."""
    text = ("Senator from Vermont Bernie Sanders said the bill would help working families. "
            "\"This is a good day,\" Sanders said.")
    found = run(text)
    assert found.statements[-1].actor is not None and found.statements[-1].actor.name == "Bernie Sanders"
    assert not any("Vermont" in a.name for a in found.actors)
