"""A body named by its owner's title and a head noun ("the Marion Sheriff's Office", "the Governor's Office"),
which the recogniser often misses or labels as a work of art: an organisation of that whole name, never a person
called "Office" (issue 12, lead, eighteenth session). Texts written for these tests."""

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
