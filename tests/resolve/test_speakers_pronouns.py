"""Pronoun speakers (issue 12, branch pron11): a subject "he" or "she" that speaks is the person the sentence
or paragraph is about, not the story's most-mentioned person named inside what someone else said. Texts
written for these tests."""

from tests.conftest import run


def _speakers(text: str) -> list[tuple[str, str | None]]:
    return [(s.speaker.text if s.speaker else "", s.actor.name if s.actor else None)
            for s in run(text).statements]


# The story's main man (Mayor Hal Grant) is named often; another man speaks of him.
_MAYOR = ("Mayor Hal Grant announced a new budget on Monday. Grant wants to cut the transit fund. Grant also "
          "plans to sell the old depot, and Grant told reporters the sale would pay for new buses.\n\n")


def test_he_after_a_source_who_reported_what_another_did_is_the_source() -> None:
    text = _MAYOR + ("Council member Ned Pruitt says Grant is ignoring the riders. He says the fund must stay as "
                     "it is.")
    assert _speakers(text)[-1] == ("He", "Ned Pruitt")


def test_he_after_a_quotation_about_another_man_is_the_one_quoted() -> None:
    text = _MAYOR + ("Ned Pruitt, a council member, said the plan was rushed.\n\n\"Second, it is Grant who "
                     "refuses to listen,\" he adds.")
    assert _speakers(text)[-1] == ("he", "Ned Pruitt")


def test_he_is_none_of_the_men_his_own_reported_clause_names() -> None:
    text = _MAYOR + "Grant left early. Later that day he said Grant was ignoring the riders."
    # "he said Grant was ...": whoever "he" is, he is not Grant (no one else is in reach: left unresolved)
    assert _speakers(text)[-1] == ("he", None)


def test_he_is_never_a_source_described_as_a_woman() -> None:
    text = _MAYOR + "A city spokeswoman said the figures were wrong.\n\nLast year, he said the buses would come."
    speakers = _speakers(text)
    assert speakers[-2][1] is not None and "spokeswoman" in speakers[-2][1]
    assert speakers[-1] == ("he", "Hal Grant")
