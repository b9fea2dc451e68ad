"""Words given to the wrong voice (issue 12, branch voice14): a campaign, a campaign's staff and a principal's
aides speak for themselves, never as the candidate they work for. Texts written for these tests."""

from tests.conftest import run


def _speakers(text: str) -> list[tuple[str, str | None]]:
    return [(s.speaker.text if s.speaker else "", s.actor.name if s.actor else None)
            for s in run(text).statements]


def test_a_campaign_manager_named_after_the_candidate_is_the_manager() -> None:
    text = ("Senator Dana Whitlock toured Iowa on Monday. Whitlock campaign manager Peter Oduya said the "
            "senator would stay in the race until the convention.")
    assert _speakers(text) == [("Whitlock campaign manager Peter Oduya", "Peter Oduya")]


def test_aides_to_a_candidate_are_the_candidates_aides_not_the_candidate() -> None:
    text = ("Hillary Clinton visited Ohio on Friday. Aides to Clinton say she is changing her message on "
            "trade before the primary.")
    assert _speakers(text) == [("Aides to Clinton", "aides of Hillary Clinton")]
    text = ("Hillary Clinton visited Ohio on Friday. An adviser to Clinton said the primary would be close.")
    assert _speakers(text) == [("An adviser to Clinton", "adviser of Hillary Clinton")]


def test_a_campaign_owned_with_a_curly_possessive_is_the_campaign() -> None:
    # the recogniser's name runs over the curly "’s" and the tagger does not call "O’Malley" a proper noun
    text = ("Democratic presidential candidate Martin O’Malley is moving staff to Iowa.\n\n"
            "O’Malley’s campaign says it will close two offices in Baltimore next month.")
    assert _speakers(text) == [("O’Malley’s campaign", "Martin O’Malley presidential campaign")]


def test_people_close_to_a_candidate_are_his_circle_not_the_candidate() -> None:
    text = "Donald Trump held a rally in Ohio on Monday. People close to Trump said he was angry about the polls."
    assert _speakers(text) == [("People close to Trump", "people close to Donald Trump")]


def test_of_two_people_in_a_mention_the_one_at_its_head_speaks() -> None:
    text = ("Hillary Clinton met donors on Monday. Former Clinton Senior Adviser Sidney Blumenthal said the "
            "meeting went well.")
    assert _speakers(text) == [("Former Clinton Senior Adviser Sidney Blumenthal", "Sidney Blumenthal")]


def test_backers_named_by_the_candidates_surname_keep_the_texts_words() -> None:
    text = "Bernie Sanders met donors on Monday. Some Sanders backers said the meeting went well."
    assert _speakers(text) == [("Some Sanders backers", "Sanders backers")]


def test_a_source_familiar_with_a_candidates_thinking_is_not_the_candidate() -> None:
    text = "Ted Cruz met donors on Monday. A source familiar with Cruz’s thinking said the meeting went well."
    assert _speakers(text) == [("A source familiar with Cruz’s thinking", "source familiar with Cruz’s thinking")]
