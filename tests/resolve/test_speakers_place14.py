"""How a country qualifies a described source, and when the resolver supplies one (issue 12, branch place14;
guideline 2.5's settled name forms). Texts written for these tests."""

from tests.conftest import run


def _speakers(text: str) -> list[tuple[str, str | None]]:
    return [(s.speaker.text if s.speaker else "", s.actor.name if s.actor else None)
            for s in run(text).statements]


def test_a_spelled_out_united_kingdom_before_officials_is_written_uk() -> None:
    text = "Diplomats met in Leeds on Monday. United Kingdom officials said the talks would go on."
    assert _speakers(text) == [("United Kingdom officials", "UK officials")]


def test_the_story_country_supplied_for_bare_officials_is_us_for_the_united_states() -> None:
    text = "A new toll was passed in the United States on Monday. Officials said it would raise money."
    assert _speakers(text) == [("Officials", "US officials")]
    # other countries keep their adjective
    text = "Germany banned the airline on Monday. Officials said the ban was for security reasons."
    assert _speakers(text) == [("Officials", "German officials")]


def test_officials_placed_in_the_united_kingdom_are_uk_officials() -> None:
    text = "A drug was tried on Monday. Officials in the United Kingdom said the drug works."
    assert _speakers(text) == [("Officials", "UK officials")]


def test_officials_the_text_says_whose_get_no_country() -> None:
    text = "Germany banned the airline on Monday. Airport officials said the ban was for security reasons."
    assert _speakers(text) == [("Airport officials", "airport officials")]
    # a state's own function says nothing of whose: the story's country is still supplied
    text = "Germany banned the airline on Monday. Health officials said the ban was for security reasons."
    assert _speakers(text) == [("Health officials", "German health officials")]


def test_officials_named_by_a_person_before_them_get_no_country() -> None:
    text = "Germany banned the airline on Monday. Merkel campaign officials said the ban was overdue."
    assert _speakers(text)[0][1] == "Merkel campaign officials"
