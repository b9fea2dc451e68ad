"""A party's members with the chamber or place they sit for are one group under the whole phrase (issue 12,
thirteenth session: "most House Republicans" was the House). Texts written for these tests."""

from tests.conftest import run


def _speakers(text: str) -> list[tuple[str, str | None, str | None]]:
    return [(s.speaker.text if s.speaker else "", s.actor.name if s.actor else None,
             s.actor.type if s.actor else None) for s in run(text).statements]


def test_a_chambers_party_members_are_a_group_not_the_chamber() -> None:
    assert _speakers("Most House Republicans said the levy would hurt farmers.") == [
        ("Most House Republicans", "House Republicans", "group")]
    assert _speakers("Senate Democrats, led by their whip, said the bill would fail.")[0][1:] == (
        "Senate Democrats", "group")


def test_a_party_alone_keeps_its_capital_and_a_wing_its_name() -> None:
    assert _speakers("Democrats said the levy would hurt farmers.")[0][1:] == ("Democrats", "group")
    assert _speakers("The Tea Party Republicans said the levy would hurt farmers.")[0][1] == "Tea Party Republicans"


def test_a_hyphenated_people_is_left_whole() -> None:
    assert _speakers("Many African-Americans said the levy would hurt farmers.")[0][1] == "African-Americans"
