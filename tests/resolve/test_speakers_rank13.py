"""A bare plural source noun goes on from the group the text described with that noun and a qualifier (issue 12,
branch rank13). Texts written for these tests."""

from tests.conftest import run


def _speakers(text: str) -> list[tuple[str, str | None]]:
    return [(s.speaker.text if s.speaker else "", s.actor.name if s.actor else None)
            for s in run(text).statements]


def test_bare_officials_are_the_placed_officials_named_just_before() -> None:
    text = ("Marlow County officials said the fire began in an empty barn on Sunday.\n\n"
            "At last check, officials said, the fire had burned 35 acres.")
    assert _speakers(text) == [("Marlow County officials", "Marlow County officials"),
                               ("officials", "Marlow County officials")]


def test_bare_critics_are_the_critics_of_what_the_text_named() -> None:
    text = ("Critics of the harbour plan said it would cost too much. Critics also said the vote came too soon.")
    assert _speakers(text)[-1] == ("Critics", "critics of the harbour plan")


def test_bare_officials_with_no_qualified_group_before_keep_their_own_reading() -> None:
    text = "Officials said the bridge would reopen on Monday. Engineers said the repairs were done."
    assert _speakers(text)[0] == ("Officials", "officials")
