"""Every state of the world, and a state's ministries as bodies of their own (issue 12 items 3 and 5, lead17).
Texts written for these tests, in the shape of international wire news."""

from onrecord import extract
from onrecord.resolve import names

PUBLISHED = "2024-05-07"


def _who(text: str) -> dict[str, tuple[str | None, str | None, str | None]]:
    """Each speaker as written -> (actor name, actor type, part of)."""
    article = extract(text, published=PUBLISHED)
    return {s.speaker.text: (s.actor.name, s.actor.type, s.actor.part_of) if s.actor else (None, None, None)
            for s in article.statements if s.speaker is not None}


def test_states_outside_the_hand_lists_are_states_with_their_adjectives() -> None:
    assert names.country_name("kenya") == "Kenya"
    assert names.country_name("ivory coast") == "Ivory Coast" == names.country_name("cote d'ivoire")
    assert names.NATIONALITIES["ghanaian"] == "Ghana"
    assert names.nationality_of("Sri Lanka") == "Sri Lankan"
    assert names.NATIONALITIES["american"] == "United States"  # the hand list still wins


def test_a_ministry_of_an_unlisted_state_is_its_own_body_part_of_the_state() -> None:
    who = _who("Talks resume\n\nEgypt's foreign ministry said on Tuesday that the talks would resume next week. "
               "The German economy ministry said growth would be weaker than expected.\n")
    assert who["Egypt's foreign ministry"] == ("Egyptian Ministry of Foreign Affairs", "organization", "Egypt")
    assert who["The German economy ministry"] == ("German Ministry of Economy", "organization", "Germany")


def test_a_listed_states_ministry_named_by_its_owner_is_never_the_state() -> None:
    who = _who("Remarks rejected\n\nIndia's external affairs ministry said the remarks were unwarranted.\n")
    assert who["India's external affairs ministry"][1:] == ("organization", "India")


def test_an_owner_state_beats_the_storys_country_for_a_generic_ministry() -> None:
    who = _who("Outbreak\n\nIndia's external affairs ministry said the remarks were unwarranted. Kenya's health "
               "ministry said it was ready for the outbreak.\n")
    assert who["Kenya's health ministry"] == ("Kenyan Ministry of Health", "organization", "Kenya")


def test_a_member_of_a_body_the_modifiers_name_is_not_the_last_such_body() -> None:
    who = _who("Tariffs\n\nChina's commerce ministry said it would respond to the new tariffs. A spokesperson for "
               "the French foreign ministry declined to comment.\n")
    _name, kind, body = who["A spokesperson for the French foreign ministry"]
    assert body is not None and "French" in body and "Commerce" not in body
    assert kind == "unnamed"


def test_a_body_every_state_has_is_that_states_never_the_state() -> None:
    who = _who("Rates held\n\nUganda's central bank said inflation would ease. The Kenyan electoral commission said "
               "turnout had been high.\n")
    assert who["Uganda's central bank"] == ("Central Bank of Uganda", "organization", "Uganda")
    assert who["The Kenyan electoral commission"] == ("Electoral Commission of Kenya", "organization", "Kenya")


def test_the_bare_body_after_its_name_is_the_body_named() -> None:
    who = _who("Rates held\n\nThe Bank of Japan kept rates on hold on Tuesday. The central bank said it would watch "
               "the yen closely.\n")
    assert who["The central bank"][0] == "Bank of Japan"


def test_a_named_body_a_state_owns_speaks_not_the_state() -> None:
    who = _who("Ceasefire\n\nSudan's paramilitary Rapid Support Forces said they had agreed to a ceasefire.\n")
    assert who["Sudan's paramilitary Rapid Support Forces"][0] == "Rapid Support Forces"


def test_a_states_role_written_in_capitals_is_still_the_role() -> None:
    who = _who("Cadet\n\nGermany’s Ambassador confirmed that the cadet was returning home.\n")
    assert who["Germany’s Ambassador"] == ("ambassador of Germany", "unnamed", "Germany")


def test_a_seat_of_government_speaks_for_its_state() -> None:
    who = _who("Talks\n\nNairobi said the talks would go on, while Bogota said it was ready to help.\n")
    assert who["Nairobi"][:2] == ("Kenya", "country") and who["Bogota"][:2] == ("Colombia", "country")


def test_a_surname_that_is_also_a_seat_of_government_is_the_person() -> None:
    who = _who("Attack\n\nPolice named the attacker as Sudesh Amman, 20. His mother said he had changed. Amman told "
               "a friend that he wanted to fight.\n")
    assert who["Amman"][:2] == ("Sudesh Amman", "person")


def test_a_word_inside_a_long_name_is_that_person() -> None:
    who = _who("Vote\n\nBrazil's President Luiz Inacio Lula da Silva said the tallies must be published. \"We will not "
               "recognise results that nobody can check,\" Lula told reporters.\n")
    assert who["Lula"][:2] == ("Luiz Inacio Lula da Silva", "person")


def test_a_possessed_role_keeps_all_its_words() -> None:
    who = _who("Vote\n\nVenezuela's attorney general said the opposition leader would be summoned. Walmart's chief "
               "executive said sales were up.\n")
    assert who["Venezuela's attorney general"][:2] == ("attorney general of Venezuela", "unnamed")
    assert who["Walmart's chief executive"][0] == "chief executive of Walmart"


def test_a_ministry_the_tagger_calls_a_proper_noun_in_lower_case_is_still_the_states() -> None:
    who = _who("Ruling\n\nA Spanish court blocked the extradition of a former Peruvian minister on Friday.\n\n"
               "Peru's foreign ministry said in a statement that it respected the ruling.\n")
    assert who["Peru's foreign ministry"] == ("Peruvian Ministry of Foreign Affairs", "organization", "Peru")


def test_a_source_placed_beyond_the_story_state_gets_no_national_qualifier() -> None:
    who = _who("Talks\n\nRwanda rejected the demand on Tuesday.\n\nA senior Western diplomat in Kinshasa said "
               "Washington was pressing both sides to sign.\n")
    assert who["A senior Western diplomat"][0] == "senior Western diplomat"


def test_a_given_name_after_a_persons_title_is_a_person_whatever_the_tagger_says() -> None:
    who = _who("Talks\n\nCongolese Foreign Minister Therese Kayikwamba Wagner said talks would resume.\n\n"
               "Government spokeswoman Yolande Makolo rejected the demand. She added that the measures were "
               "defensive.\n")
    assert who["Government spokeswoman Yolande Makolo"][:2] == ("Yolande Makolo", "person")
    assert who["She"][0] == "Yolande Makolo"


def test_a_platform_a_post_was_made_on_is_no_actor() -> None:
    article = extract("Appeal\n\n\"This ruling protects a fugitive,\" Tomas Galvez said in a post on X.\n",
                      published=PUBLISHED)
    assert [a.name for a in article.actors] == ["Tomas Galvez"]


def test_a_company_named_by_its_own_word_and_its_industry_is_one_actor_with_the_word_alone() -> None:
    for firm in ("NovaTerra", "Harlow"):  # the recogniser took "Harlow Mining" for a person
        article = extract(f"Job cuts\n\nSANTIAGO — {firm} Mining will cut about 1,200 jobs at its copper operations, "
                          f"the company announced on Thursday.\n\nUnion leader Patricia Rojas accused {firm} of "
                          "using the slump as an excuse.\n", published=PUBLISHED)
        assert [(a.name, a.type) for a in article.actors] == [(f"{firm} Mining", "organization"),
                                                              ("Patricia Rojas", "person")]
