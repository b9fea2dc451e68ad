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


def test_a_title_inside_a_name_the_recogniser_took_for_a_body_opens_a_person() -> None:
    text = ("The ministry gave no date for the visit.\n\nMEA Spokesperson Vikas Swarup told a weekly media briefing "
            "that the programme was in a fluid state.\n\nSwarup said India was ready for talks.")
    assert _named(text)[-1] == "Vikas Swarup"


def test_the_company_is_the_firm_the_article_calls_one_not_the_outlet_or_regulator_named_since() -> None:
    outlet = ("Shares of Kestrel Foods Inc., the largest bakery chain in the region, fell by nine percent this "
              "week.\n\n"
              "Weak demand has hurt results, Bloomberg reports. As a result, the company reported a loss of $5 "
              "million.")
    assert _named(outlet) == ["Bloomberg", "Kestrel Foods Inc."]
    regulator = ("A report that payments firm Halden Payments Inc. was under investigation by the Financial "
                 "Conduct Authority sent its shares lower on Monday.\n\nThe company said it had not been told of "
                 "any inquiry.")
    assert _named(regulator) == ["Halden Payments Inc."]


def test_initials_end_a_firms_name_not_a_persons() -> None:
    article = run("Card processor Marston EFS said on Monday it was not under investigation.")
    assert [(a.name, a.type) for a in article.actors] == [("Marston EFS", "organization")]
    article = run("Marston EFS and King Henry VIII were named. John SMITH said the plan would go ahead.")
    assert [s.actor.type if s.actor else None for s in article.statements] == ["person"]


def test_he_goes_on_with_the_sentences_subject_not_a_subject_inside_a_relative_clause() -> None:
    text = ("Rivers rose across the county on Wednesday.\n\nTom Hale, a lifelong resident of Millbrook who saw the "
            "governor's visit in 2021 after Ida wrecked dozens of homes, moved away because of the floods.\n\n"
            "\"It is not good at all,\" he said in a phone interview.")
    assert _named(text)[-1] == "Tom Hale"


def test_a_leads_unnamed_role_is_the_person_introduced_next_with_that_role() -> None:
    chief = ("Police in the city of Arnhem on Monday arrested the man suspected of a stabbing at a market, a police "
             "chief said.\n\n\"We can confirm that a man has been arrested,\" Arnhem police chief Joost Kramer told "
             "reporters.")
    assert _named(chief) == ["Joost Kramer", "Joost Kramer"]
    spokesman = ("The Interior Ministry spokesman said no one was hurt in the blast at the depot.\n\nColonel Amir "
                 "Rahimi, spokesman for the Interior Ministry, said the cause would be announced soon.")
    assert _named(spokesman) == ["Amir Rahimi", "Amir Rahimi"]
    twice = ("The Interior Ministry spokesman voiced regret and said no one was hurt in the blast at the depot.\n\n"
             "Colonel Amir Rahimi, spokesman for the Interior Ministry, said the cause would be announced soon.")
    assert set(_named(twice)) == {"Amir Rahimi"}  # one mention, two cues: both the person's
    # Two people introduced with the role: which one is unsaid, so the lead keeps its own reading.
    two = ("A spokesman said the depot was closed.\n\nSpokesman Amir Rahimi and spokesman Dara Niku met the press.")
    assert _named(two)[0] != "Amir Rahimi"
