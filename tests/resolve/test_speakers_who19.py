"""Speakers on news no rule had seen (issue 12, branch who19): classes of error met in more than one article of the
second-domain fresh6 set (2020 Wikinews articles outside politics, annotated blind) and of the sets left from before
(second-domain fresh, world-politics fresh and fresh2). Texts written for these tests."""

from tests.conftest import run


def _speakers(text: str) -> dict[str, tuple[str | None, str | None]]:
    return {s.speaker.text: (s.actor.name if s.actor else None, s.actor.type if s.actor else None)
            for s in run(text).statements if s.speaker}


def test_a_us_or_uk_mission_is_named_with_the_short_country_first() -> None:
    text = ("Man dies after fall in Lima\n\n"
            "A tourist died in Lima on Friday. According to the U.S. embassy in Lima, the man was 60. "
            "The United States Embassy in Quito urged citizens to avoid the border. "
            "The British embassy in Lima said it was helping the family. The French embassy in Lima said it knew "
            "nothing of the case.")
    speakers = _speakers(text)
    assert speakers["the U.S. embassy"] == ("US Embassy in Lima", "organization")
    assert speakers["The United States Embassy"] == ("US Embassy in Quito", "organization")
    assert speakers["The British embassy"] == ("UK Embassy in Lima", "organization")
    assert speakers["The French embassy"] == ("Embassy of France in Lima", "organization")  # others as before


def test_a_body_s_spokesperson_or_official_is_named_with_the_body_first() -> None:
    text = ("Bus hits bridge in Marlow\n\n"
            "A spokesperson for Redline Coaches said the company was carrying out an internal investigation. "
            "Officials of the Red Cross said aid was coming.")
    speakers = _speakers(text)
    assert speakers["A spokesperson for Redline Coaches"] == ("Redline Coaches spokesperson", "unnamed")
    assert speakers["Officials of the Red Cross"] == ("Red Cross officials", "group")
    text = "Denmark said the activist was poisoned. The spokesperson for the Danish government condemned the attack."
    assert _speakers(text)["The spokesperson for the Danish government"] == ("Danish government spokesperson",
                                                                             "unnamed")


def test_a_person_s_spokesperson_and_other_members_keep_the_text_s_order() -> None:
    text = ("Senator Dana Whitfield met farmers on Monday. A spokesman for Whitfield said she would vote no. "
            "Members of the European Union said the deal was fair.")
    speakers = _speakers(text)
    assert speakers["A spokesman for Whitfield"][0] != "Whitfield spokesman"
    assert speakers["Members of the European Union"][0] != "European Union members"


def test_joint_sources_named_by_their_bodies_nouns_are_one_group_of_both() -> None:
    text = ("Reporter shot dead in Harbor City\n\n"
            "The Coastal Union Council, once an ally of the government of Yemen, is now in conflict with it. "
            "Both the council and the government called for his death to be investigated.")
    assert _speakers(text)["Both the council"] == ("Coastal Union Council and Government of Yemen", "group")


def test_a_subject_along_with_another_body_is_one_group_of_both() -> None:
    text = ("Bill signed in Montgomery\n\n"
            "The governor signed the bill on Tuesday. Harbor Health, along with the Civil Rights Fund, have "
            "announced their plans to fight the bill in court. Acme Corp, with help from Beta Inc, said profits "
            "rose.")
    speakers = _speakers(text)
    assert speakers["Harbor Health"] == ("Harbor Health and Civil Rights Fund", "group")
    assert speakers["Acme Corp"] == ("Acme Corp", "organization")  # "with help from" is no companion
