"""Speakers resolved to their actors on a random sample of PolNeAR train (issue 12, branch name12): the classes
of error that recurred across articles of the sample. Texts written for these tests."""

from tests.conftest import run


def _speakers(text: str) -> list[tuple[str, str | None]]:
    return [(s.speaker.text if s.speaker else "", s.actor.name if s.actor else None)
            for s in run(text).statements]


def test_a_surname_of_two_words_is_the_full_name_it_ends() -> None:
    text = ("Party chair Maria Vander Meer opened the hearing on Tuesday. Critics want her to resign.\n\n"
            "Vander Meer said the process was open to everyone.")
    assert _speakers(text)[-1] == ("Vander Meer", "Maria Vander Meer")


def test_her_advisers_are_the_advisers_of_the_woman_her_is() -> None:
    text = ("Senator Alice Brandt toured the port on Friday. She promised new jobs.\n\n"
            "Her advisers said the tour went well.")
    assert _speakers(text)[-1] == ("Her advisers", "advisers of Alice Brandt")


def test_the_poll_is_the_pollster_of_the_poll_named_before() -> None:
    text = ("Mayor Hal Grant leads his rival by nine points, according to a Gallup poll released on Monday.\n\n"
            "His lead among young voters is larger, according to the poll.")
    speakers = _speakers(text)
    assert speakers[0][1] == "Gallup"
    assert speakers[-1] == ("the poll", "Gallup")



def test_a_name_the_recogniser_missed_that_the_gazetteer_knows_is_that_body() -> None:
    text = ("For a decade, Facebook has described itself as a ''village green'' open to all voices. The social "
            "media company said on Friday that it had removed 9,000 pages.")
    speakers = _speakers(text)
    assert speakers == [("Facebook", "Facebook"), ("The social media company", "Facebook")]
    assert [a.type for a in run(text).actors if a.name == "Facebook"] == ["organization"]


def test_his_father_is_an_unnamed_source_under_whose_father_he_is() -> None:
    text = ("Coach Victor Lund retired on Sunday after 30 seasons. He thanked the players.\n\n"
            "His father said Lund had wanted to coach since he was a boy.")
    # speaker17: named as guideline 2.5 writes an identified relative ("Valeska Paris's mother"), no longer "father of"
    assert _speakers(text)[-1] == ("His father", "Victor Lund's father")


def test_a_sentence_word_the_recogniser_took_into_a_name_is_no_part_of_it() -> None:
    text = ("Former mayor Michael Bloomberg has weighed a run for months.\n\n"
            "Without Bloomberg, the race is a two-man contest, Bloomberg told reporters.")
    result = run(text)
    assert [a.name for a in result.actors if "Bloomberg" in a.name] == ["Michael Bloomberg"]


_POLL = "A new poll of 900 adults came out on Monday.\n\n"


def test_a_share_of_people_is_a_group_under_the_peoples_description() -> None:
    text = _POLL + ("About 59 percent of likely Democratic voters said the economy was the top issue. A strong "
                    "majority of Republican voters said immigration mattered most. Sixty percent said they would "
                    "vote early.")
    assert _speakers(text) == [("About 59 percent of likely Democratic voters", "likely Democratic voters"),
                               ("A strong majority of Republican voters", "Republican voters"),
                               ("Sixty percent", None)]


def test_a_role_noun_in_the_plural_is_a_group_of_people() -> None:
    text = _POLL + "Both candidates said the poll was good news. Other Republican candidates said the race was open."
    assert _speakers(text) == [("Both candidates", "candidates"), ("Other Republican candidates",
                                                                   "Republican candidates")]


def test_a_lone_title_the_gazetteer_knows_is_still_no_institution() -> None:
    text = ("Thousands marched through the capital on Saturday against the plan.\n\n"
            "One MP told the crowd that the vote had been rushed.")
    actors = {a.name: a.type for a in run(text).actors}
    assert "Member of Parliament" not in actors, actors
