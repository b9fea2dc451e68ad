"""A role noun that names an office goes to a person the text (or the actors file) shows to hold that office,
else to the subject the text was just speaking of, else to no one: a described speaker (issue 12 item 4 "wrong
actor", branch roles15). Texts written for these tests."""

from onrecord import extract
from tests.conftest import run

PUBLISHED = "2024-11-12"


def _who(text: str, published: str | None = PUBLISHED) -> dict[str, tuple[str | None, str | None]]:
    """Each speaker as written -> (actor name, actor type)."""
    article = extract(text, published=published) if published else run(text)
    return {s.speaker.text: (s.actor.name if s.actor else None, s.actor.type if s.actor else None)
            for s in article.statements if s.speaker is not None}


def test_an_office_is_not_the_person_the_text_gave_another_role() -> None:
    who = _who("Leaders trade barbs\n\nThe opposition leader, Mark Brown, branded the deal a disgrace on Monday.\n\n"
               "The foreign minister vowed to press ahead with the talks.\n\n"
               "The president refused to rule out new tariffs.\n\nThe chancellor pledged to cut taxes next year.\n")
    assert who["Mark Brown"] == ("Mark Brown", "person")
    assert who["The foreign minister"] == ("foreign minister", "unnamed")
    assert who["The president"] == ("president", "unnamed")
    assert who["The chancellor"] == ("chancellor", "unnamed")


def test_a_former_governor_is_neither_a_former_mayor_nor_a_name_of_unknown_office() -> None:
    who = _who("Race tightens\n\nClinton's team said the results were encouraging.\n\n"
               "\"We are ready,\" said Mr. Lopez, the former mayor. The former governor said he would not run again.\n")
    assert who["Mr. Lopez"] == ("Lopez", "person")
    assert who["The former governor"] == ("former governor", "unnamed")


def test_an_apposition_gives_the_office() -> None:
    who = _who("Talks resume\n\nAnna Berg, the foreign minister, met envoys on Monday. Rain fell all day.\n\n"
               "The foreign minister said the talks would go on.\n")
    assert who["The foreign minister"] == ("Anna Berg", "person")


def test_a_title_gives_the_office_and_a_foreign_secretary_is_a_foreign_minister() -> None:
    assert _who("Talks resume\n\nForeign Minister Anna Berg met envoys on Monday. Rain fell all day.\n\n"
                "The minister said the talks would go on.\n")["The minister"] == ("Anna Berg", "person")
    assert _who("Talks resume\n\nForeign Secretary Anna Berg met envoys on Monday. Rain fell all day.\n\n"
                "The foreign minister said the talks would go on.\n")["The foreign minister"] == ("Anna Berg", "person")


def test_another_portfolio_is_another_office() -> None:
    who = _who("Budget row\n\nFinance Minister Tom Hale unveiled the budget on Monday.\n\n"
               "The foreign minister said the plan would hurt exports.\n")
    assert who["The foreign minister"] == ("foreign minister", "unnamed")


def test_a_deputy_is_not_the_minister() -> None:
    who = _who("Budget row\n\nDeputy Minister Tom Hale unveiled the budget on Monday.\n\n"
               "The minister said the plan would hurt exports.\n")
    assert who["The minister"] == ("minister", "unnamed")


def test_former_must_match_the_title() -> None:
    former = ("Race\n\nFormer Gov. Ruth Kaplan toured the state on Monday.\n\n"
              "The former governor said she would not run again.\n")
    assert _who(former)["The former governor"] == ("Ruth Kaplan", "person")
    # the office itself is not the former one, even of the subject just spoken of
    left = former.replace("The former governor", "The governor")
    assert _who(left)["The governor"] == ("governor", "unnamed")


def test_who_heads_the_ministry_gives_the_office() -> None:
    who = _who("Talks\n\nAnna Berg, who heads the ministry, met envoys on Monday. Rain fell all day.\n\n"
               "The minister said the talks would go on.\n")
    assert who["The minister"] == ("Anna Berg", "person")


def test_an_earlier_role_then_name_gives_the_office() -> None:
    who = _who("Talks\n\nThe prime minister, Anna Berg, met envoys on Monday. Rain fell all day.\n\n"
               "The prime minister said the talks would go on.\n")
    assert who["The prime minister"] == ("Anna Berg", "person")


def test_a_chamber_leader_is_a_member_of_the_chamber() -> None:
    who = _who("Talks\n\nSenate Majority Leader Ruth Kaplan met envoys on Monday. Rain fell all day.\n\n"
               "The senator said the talks would go on.\n")
    assert who["The senator"] == ("Ruth Kaplan", "person")


def test_an_office_renames_the_subject_just_spoken_of_but_no_one_further_back() -> None:
    # "Chuck Schumer disagreed. ... the New York senator wrote": news renames the person it is talking about
    topic = "Race\n\nRuth Kaplan toured the state on Monday.\n\nThe senator said she would not run again.\n"
    assert _who(topic)["The senator"] == ("Ruth Kaplan", "person")
    # a sentence further back: the senator is no one the text names
    later = topic.replace("on Monday.", "on Monday. Rain fell all day.")
    assert _who(later)["The senator"] == ("senator", "unnamed")
    # and another person made the subject since is the one spoken of: "Chuck Schumer disagreed" after Thune
    other = topic.replace("on Monday.", "on Monday. Tom Hale greeted voters in the rain.")
    assert _who(other)["The senator"] == ("Tom Hale", "person")


def test_the_actors_file_gives_the_office_of_the_day() -> None:
    # "the top U.S. diplomat" in 2025 is the file's Secretary of State, named in the text without a title
    who = _who("Talks\n\nMarco Rubio met envoys in Kyiv on Monday. Rain fell all day.\n\n"
               "The top U.S. diplomat said the talks would go on.\n", published="2025-08-18")
    assert who["The top U.S. diplomat"] == ("Marco Rubio", "person")
    # a bare "the secretary" is the office the file gives him that day, though the text never titles him
    who = _who("Talks\n\nMarco Rubio met envoys in Kyiv on Monday. Rain fell all day.\n\n"
               "The secretary said the talks would go on.\n", published="2025-08-18")
    assert who["The secretary"] == ("Marco Rubio", "person")
    # and the file's office that day rules out another: President Obama was no governor in 2016
    who = _who("Race\n\nBarack Obama toured Ohio on Monday.\n\nThe governor said the plant would stay open.\n",
               published="2016-03-01")
    assert who["The governor"] == ("governor", "unnamed")
