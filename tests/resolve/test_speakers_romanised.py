"""Names of the Middle East's diplomacy as English news writes them (issue 12, a newcomer's Gaza corpus): a name
built on a father's ("bin"), shortened to its given name; one name romanised two ways; a name after a role that
the recogniser takes for a place; hostages as a group. Texts written for these tests."""

from tests.conftest import run


def _speakers(text: str) -> list[tuple[str, str | None]]:
    return [(s.speaker.text if s.speaker else "", s.actor.name if s.actor else None)
            for s in run(text).statements]


def test_a_name_cut_at_bin_is_one_person_and_its_given_name_with_sheikh_is_him() -> None:
    text = ("Qatar's Prime Minister Sheikh Mohammed bin Abdulrahman bin Jassim Al-Thani said on Sunday that talks "
            "would resume in Doha. \"We are close,\" Sheikh Mohammed said. Al-Thani added that the mediators had "
            "received a new proposal.")
    speakers = _speakers(text)
    full = "Sheikh Mohammed bin Abdulrahman bin Jassim Al-Thani"
    assert speakers[1:] == [("Sheikh Mohammed", full), ("Al-Thani", full)]
    assert [a.name for a in run(text).actors if a.type == "person"] == [full]


def test_one_given_name_romanised_two_ways_is_one_person() -> None:
    text = ("Hamas official Bassem Naim said the group had accepted the plan. Basem Naim later told reporters "
            "that the movement would not disarm.")
    assert _speakers(text) == [("Hamas official Bassem Naim", "Bassem Naim"), ("Basem Naim", "Bassem Naim")]


def test_two_given_names_too_short_to_tell_apart_stay_two_people() -> None:
    text = ("Jon Ward said the farm would be sold. His sister Jan Ward said she disagreed with the sale.")
    assert [n for _, n in _speakers(text)] == ["Jon Ward", "Jan Ward"]


def test_hostages_opening_a_sentence_are_a_group() -> None:
    text = "Hostages said they had been held in tunnels for months. Their families said they were relieved."
    assert run(text).statements[0].actor is not None
    assert (run(text).statements[0].actor.name, run(text).statements[0].actor.type) == ("hostages", "group")


def test_national_media_reports_are_the_media_not_the_country() -> None:
    text = ("According to Israeli media reports, the cabinet will meet on Sunday to approve the deal. "
            "The company said in its press release that it would keep the plant open.")
    first = run(text).statements[0]
    assert first.actor is not None and (first.actor.name, first.actor.type) == ("Israeli media", "group")


def test_a_described_body_keeps_its_possessive_whole() -> None:
    text = "The country's security cabinet said it would vote on the deal on Sunday."
    actor = run(text).statements[0].actor
    assert actor is not None and actor.name == "country's security cabinet"
