"""Epithets ("the 31-year-old", "the Belgian", "the Labor leader", "the Congress MP"), title words before a name
("Treasurer Jim Chalmers") and partitive and bare sources (issue 12, branch speaker16). Texts written for these
tests, in the shape of sports, Australian, Indian and business news."""

from onrecord import extract

PUBLISHED = "2024-05-07"


def _who(text: str) -> dict[str, tuple[str | None, str | None]]:
    """Each speaker as written -> (actor name, actor type)."""
    article = extract(text, published=PUBLISHED)
    return {s.speaker.text: (s.actor.name if s.actor else None, s.actor.type if s.actor else None)
            for s in article.statements if s.speaker is not None}


def test_an_age_epithet_is_the_person_just_named() -> None:
    who = _who("Lenz signs on\n\nTomas Lenz has signed a new contract with Harbor City until 2028. “I am very happy "
               "here,” the 31-year-old said on Friday.\n")
    assert who["the 31-year-old"] == ("Tomas Lenz", "person")


def test_a_nationality_epithet_is_the_person_just_named_never_a_people() -> None:
    who = _who("Derby won\n\nTomas Lenz scored twice on Saturday.\n\nCoach Pieter Claes praised the forward. "
               "“He is the best finisher I have worked with,” the Belgian told reporters.\n\n"
               "Kim Do-yun also welcomed the win. The South Korean said he expected a tough season.\n")
    assert who["the Belgian"] == ("Pieter Claes", "person")
    assert who["The South Korean"] == who["Kim Do-yun"] and who["Kim Do-yun"][1] == "person"


def test_a_party_epithet_is_the_member_not_the_party() -> None:
    who = _who("Poll ruled out\n\nPrime Minister Dan Hollis ruled out an early election on Tuesday. “The election "
               "will be held when it is due,” the Labor leader said.\n\nOpposition leader Arjun Mehra called the "
               "package “an eyewash”. “People have heard this before,” the Congress MP said.\n")
    assert who["the Labor leader"] == ("Dan Hollis", "person")
    assert who["the Congress MP"] == ("Arjun Mehra", "person")


def test_a_title_word_before_a_name_is_no_part_of_the_name() -> None:
    who = _who("Budget surplus\n\nTreasurer Joel Harding said the budget would return to surplus. The Queenslander "
               "added that inflation was falling.\n")
    assert who["Treasurer Joel Harding"] == ("Joel Harding", "person")
    assert who["The Queenslander"] == ("Joel Harding", "person")


def test_the_epithet_goes_to_the_person_it_fits_not_the_last_named() -> None:
    who = _who("Race report\n\nDutch driver Daan Bakker finished ahead of British driver Liam Norcott on Sunday. "
               "The Dutchman said the car had been perfect.\n")
    assert who["The Dutchman"] == ("Daan Bakker", "person")


def test_no_person_of_the_epithets_country_leaves_it_an_unnamed_individual() -> None:
    who = _who("Open final\n\nAustralian Alex Carter beat Spanish player Luis Mora in the final on Sunday. "
               "“It was a hard week,” the Belgian said.\n")
    assert who["the Belgian"] == ("Belgian", "unnamed")  # neither player, and never a people or a country


def test_a_plural_demonym_is_no_one_person() -> None:
    who = _who("Derby won\n\nCoach Pieter Claes praised the team. The Belgians said they had deserved the win.\n")
    assert who["The Belgians"][0] != "Pieter Claes"


def test_an_epithet_that_brings_in_a_new_person_is_not_the_person_before() -> None:
    who = _who("Crash on the M4\n\nTomas Lenz was driving home on Friday. The 31-year-old driver, who was not "
               "named, said the road had been icy.\n")
    assert who.get("The 31-year-old driver, who was not named,", (None, None))[0] != "Tomas Lenz"
    assert all(actor != "Tomas Lenz" for sp, (actor, _) in who.items() if "31-year-old" in sp)


def test_an_epithet_reaches_no_further_than_the_paragraph_before() -> None:
    who = _who("Derby won\n\nTomas Lenz scored twice on Saturday.\n\nThe crowd was the largest of the season.\n\n"
               "Tickets sold out in an hour.\n\nThe 31-year-old said it had been a great day.\n")
    assert who["The 31-year-old"][0] != "Tomas Lenz"


def test_a_bare_quantifier_after_a_group_is_that_group() -> None:
    who = _who("Pay ruling\n\nThe court ruled on Monday that Harlow Foods must restore overtime pay.\n\n"
               "Union leaders were divided. Some said the ruling protected jobs; others warned that it would "
               "lead to layoffs.\n")
    assert who["Some"][1] == who["others"][1] == "group"
    assert who["Some"][0] == who["others"][0] and str(who["Some"][0]).lower() == "union leaders"


def test_a_bare_quantifier_with_no_group_before_stays_without_an_actor() -> None:
    who = _who("Pay ruling\n\nHarlow Foods said on Monday it would restore overtime pay. Some said the ruling "
               "protected jobs.\n")
    assert who["Some"] == (None, None)  # not Harlow Foods' people: a body, no group, was the subject


def test_a_bare_spokeswoman_speaks_for_the_one_company_in_focus() -> None:
    who = _who("Pay ruling\n\nThe court ruled against Harlow Foods on Monday.\n\nAsked whether Harlow Foods would "
               "appeal, a spokeswoman declined to comment.\n")
    assert who["a spokeswoman"] == ("Harlow Foods spokeswoman", "unnamed")


def test_a_bare_spokeswoman_with_two_companies_in_focus_is_left_a_description() -> None:
    who = _who("Merger off\n\nHarlow Foods ended its merger talks with Norvale Rail on Monday. A spokeswoman "
               "declined to comment.\n")
    assert who["A spokeswoman"] == ("spokeswoman", "unnamed")


def test_the_gender_the_text_gives_rules_a_person_out() -> None:
    who = _who("Film festival\n\nDirector John Reyes received the award from Maria Lopez on Friday. The Spaniard "
               "said she was proud of the jury.\n\nActress Emma Clarke spoke next. The actress said the film had "
               "moved her.\n")
    assert who["The Spaniard"] == ("Maria Lopez", "person")  # "she": not John Reyes, the subject before
    assert who["The actress"] == ("Emma Clarke", "person")


def test_a_regional_demonym_does_not_prefer_the_countrys_leader_named_before() -> None:
    # "The Queenslander" places its person in Australia, as the text places the prime minister: no tie-breaker
    # (lead, sixteenth session: it went to the prime minister named a paragraph before his treasurer)
    who = _who("Budget\n\nAustralian Prime Minister Tom Hale ruled out an early election. “The vote will be held when "
               "it is due,” the Labor leader said.\n\nTreasurer Joel Harding said the budget was on track. The "
               "Queenslander added that inflation was moderating.")
    assert who["The Queenslander"][0] == "Joel Harding"
