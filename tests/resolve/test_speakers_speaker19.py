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


def test_a_persons_memoirs_owned_by_a_pronoun_speak_for_that_person() -> None:
    text = ("Actor dies at 90\n\n"
            "The actor Sam Reed died on Monday at the age of 90. According to his memoirs, he met the queen twice. "
            "His autobiography says he grew up poor.")
    assert [(m, a) for m, a, _ in _speakers(text)] == [("his memoirs", "Sam Reed"), ("His autobiography", "Sam Reed")]


def test_a_writing_owned_by_a_pronoun_after_a_described_subject_is_left_as_before() -> None:
    text = ("New law signed\n\n"
            "State senator Jane Holt wrote the bill. The governor tweeted her reasoning saying, \"Today I signed the "
            "bill into law.\"")
    assert all(a != "Jane Holt" for m, a, _ in _speakers(text) if m == "her reasoning")


def test_they_after_a_study_group_and_the_researchers_is_the_group() -> None:
    text = ("Fish help reefs\n\n"
            "In findings published on Monday, researchers from the Ohio Institute of Marine Science and Delta College "
            "reported that fish may help reefs.\n\n"
            "The researchers found that fish ate the algae. The researchers suggested algae hurt corals. They "
            "reported, \"Algae are a problem for reefs.\"")
    group = "researchers from the Ohio Institute of Marine Science and Delta College"
    assert [a for _, a, _ in _speakers(text)] == [group] * 4


def test_a_genus_written_with_its_species_is_no_person_for_he_or_they() -> None:
    text = ("Dinosaurs ran and flapped\n\n"
            "Scientists from Lorne University reported that running dinosaurs may have flapped their wings. For the "
            "study, the researchers chose Anchiornis huxleyi, a small feathered dinosaur from China. Anchiornis had "
            "feathered arms.\n\n"
            "Tom Reyes, a biologist at Hill College, questioned the findings, saying Anchiornis might have kept its "
            "arms still. He said the model was too simple.")
    speakers = _speakers(text)
    assert ("He", "Tom Reyes", "person") in speakers
    assert not any(a.name.startswith("Anchiornis") for a in run(text).actors)


def test_a_name_ending_in_a_particle_free_lower_case_word_is_no_person_but_a_particled_name_is() -> None:
    text = ("Corals studied\n\n"
            "The team examined two corals, Acropora millepora and Porites cylindrica. Ludwig van Dorn, who led the "
            "team, said the corals were healthy.")
    names = {a.name for a in run(text).actors}
    assert "Acropora millepora" not in names and "Porites cylindrica" not in names
    assert _speakers(text)[-1][1] == "Ludwig van Dorn"
