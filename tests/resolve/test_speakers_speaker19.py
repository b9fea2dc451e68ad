"""Speakers on news no rule had seen (issue 12, branch speaker19): the classes of error met in more than one
article of the second-domain fresh5 set (2019 Wikinews articles outside politics, annotated blind) and those
left on fresh4 and fresh3. Texts written for these tests."""

from tests.conftest import run


def _speakers(text: str) -> list[tuple[str, str | None, str | None]]:
    return [(s.speaker.text if s.speaker else "", s.actor.name if s.actor else None, s.actor.type if s.actor else None)
            for s in run(text).statements]


def test_a_hyphenated_subject_noun_is_one_word_and_a_described_name_after_it_is_the_source() -> None:
    text = ("Soil study published\n\n"
            "Researchers from Brenton University reported that the soil was drier than expected.\n\n"
            "Another co-author, civil and environmental engineering professor Julian Marsh, said, \"We were "
            "surprised by how fast it dried.\"")
    assert _speakers(text)[-1] == ("civil and environmental engineering professor Julian Marsh", "Julian Marsh",
                                   "person")


def test_a_hyphenated_subject_noun_with_no_name_is_not_cut_at_its_hyphen() -> None:
    text = "Divorce case\n\nThe singer lost the case on Monday. His ex-wife told reporters she was relieved."
    assert _speakers(text)[-1][0] == "His ex-wife"
