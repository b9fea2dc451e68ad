"""Speakers on news no rule had seen (issue 12, branch speaker18): the classes of error met in more than one
article of the second-domain fresh4 and fresh3 sets (2019 Wikinews articles outside politics, annotated blind).
Texts written for these tests."""

from tests.conftest import run


def _speakers(text: str) -> list[tuple[str, str | None, str | None]]:
    return [(s.speaker.text if s.speaker else "", s.actor.name if s.actor else None, s.actor.type if s.actor else None)
            for s in run(text).statements]


def test_letters_after_a_name_are_no_part_of_it_and_make_no_body() -> None:
    text = ("Seven men jailed in Leeds\n\n"
            "Judge Marcus Hale QC said they \"showed no respect for anyone.\" Prosecutor Anna Pryce QC said the "
            "victims were \"easy to manipulate\".")
    speakers = _speakers(text)
    assert speakers[0] == ("Judge Marcus Hale QC", "Marcus Hale", "person")
    assert speakers[1] == ("Prosecutor Anna Pryce QC", "Anna Pryce", "person")
    assert not any(a.type == "organization" for a in run(text).actors)


def test_a_sheriff_named_by_title_and_surname_is_the_sheriff_named_before() -> None:
    text = ("Crowds gather at a desert base\n\n"
            "County sheriff Dale Kim told reporters the crowd \"would be more than we can handle\".\n\n"
            "Sheriff Kim said deputies arrested two people for trespassing.")
    assert _speakers(text)[-1] == ("Sheriff Kim", "Dale Kim", "person")


def test_researchers_from_a_named_university_and_what_the_article_calls_them_after_are_one_group() -> None:
    text = ("New coating keeps glass clean\n\n"
            "In findings published on Monday, researchers mostly from Oakridge University (OU) in Canada reported "
            "the invention of a coating that repels dust.\n\n"
            "According to the research team, windows lose a fifth of their light to dirt. The researchers said the "
            "coating lasts a year. According to the report, it costs little to make.")
    group = "researchers from Oakridge University"
    assert [a for _, a, _ in _speakers(text)] == [group] * 4
    assert {t for _, a, t in _speakers(text)} == {"group"}


def test_scientists_from_two_bodies_keep_the_texts_words_and_the_authors_are_them() -> None:
    text = ("In a study published on Thursday, scientists from Brazil's Federal University of Bahia and the "
            "National Museum reported early birds may have run before they flew.\n\n"
            "The authors proposed that running shook the wings. The scientists said more fossils were needed.")
    group = "scientists from Brazil's Federal University of Bahia and the National Museum"
    assert [a for _, a, _ in _speakers(text)] == [group] * 3


def test_the_researchers_with_no_group_introduced_stay_as_they_were() -> None:
    text = ("Scientists said the winter was mild. The researchers said the birds came back early.")
    assert all(a != "researchers from" and (a is None or " from " not in a) for _, a, _ in _speakers(text))


def test_a_named_study_goes_before_a_research_group() -> None:
    text = ("The Kestrel Valley Health Study, by researchers from Halden University, found that children slept "
            "less in summer.\n\n"
            "The report said parents should keep bedrooms dark.")
    speakers = _speakers(text)
    assert speakers[-1][1] == "authors of the Kestrel Valley Health Study"


def test_a_research_group_from_two_bodies_each_in_its_place_keeps_both_bodies_and_no_places() -> None:
    text = ("Glaciers shrink faster\n\n"
            "In a study published on Monday, researchers from the University of Oregon at Eugene (UO Eugene) in "
            "Oregon and the College of Marlow in Ohio reported the ice shelves were thinning.\n\n"
            "The study said warm water reached the shelves from below.")
    group = "researchers from the University of Oregon at Eugene and the College of Marlow"
    assert [a for _, a, _ in _speakers(text)] == [group, group]


def test_a_body_named_with_its_country_before_is_that_body_when_the_text_drops_the_country() -> None:
    text = ("Visitors gather at a desert base\n\n"
            "Hundreds walked toward the United States Air Force's test range on Friday. The Air Force issued "
            "warnings against attempts to enter the base, saying it was dangerous.")
    speakers = _speakers(text)
    assert {a for _, a, _ in speakers} == {"United States Air Force"}


def test_an_outlets_edition_named_by_its_country_is_that_edition() -> None:
    text = "Quake strikes island\n\nThe quake struck at noon. CNN Indonesia reported that two people died."
    assert _speakers(text)[0] == ("CNN Indonesia", "CNN Indonesia", "organization")


def test_a_sheriffs_department_keeps_its_possessive() -> None:
    text = "Crash closes highway\n\nThe road was closed on Monday. The Hale Sheriff's Department said two people died."
    assert _speakers(text)[0][1:] == ("Hale Sheriff's Department", "organization")
