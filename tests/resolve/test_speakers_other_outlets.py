"""Speakers as other outlets write them (spkaudit: an audit on news from wire services, regional papers and
broadcasters outside the project's labelled sets). Texts written for these tests."""

from tests.conftest import run


def _named(text: str) -> list[str | None]:
    return [s.actor.name if s.actor else None for s in run(text).statements]


def test_a_title_inside_a_run_of_capitals_opens_the_persons_name() -> None:
    # "<body or place> <Title> <Name>": the body's words and the title are no part of the name.
    text = ("The ministry gave no date for the visit.\n\nDFA Spokesperson Anil Mehra told a weekly briefing that "
            "the plan was still open.\n\n\"Nothing has been decided,\" he said.")
    assert _named(text) == ["Anil Mehra", "Anil Mehra"]
    for place in ("Tamsworth", "Granton"):
        text = (f"Fire crews worked through the night.\n\n{place} Fire Chief Ted March said the cause was not yet "
                "known.")
        assert _named(text) == ["Ted March"]


def test_a_name_ending_in_a_title_word_keeps_it() -> None:
    text = "Billie Jean King said the final would be played on Sunday."
    assert _named(text) == ["Billie Jean King"]
