"""The gazetteer of well-known institutions (institutions.yaml): one canonical name, safe aliases, generic forms
only with their country (issue 12, names)."""

import pytest

from onrecord.resolve import gazetteer, names


def _name(text: str, story: str | None = None) -> str | None:
    found = gazetteer.find(text, story)
    return found.name if found is not None else None


def test_spelling_variants_are_one_name() -> None:
    assert gazetteer.key("The World Health Organisation") == gazetteer.key("World Health Organization")
    assert gazetteer.key("Ministry of Defence") == gazetteer.key("ministry of defense")
    assert gazetteer.key("U.N. Development Programme") == gazetteer.key("UN Development Program")
    assert _name("the World Health Organisation") == "World Health Organization"


@pytest.mark.parametrize(("text", "name"), [
    ("The State Department", "US Department of State"),
    ("the U.S. Department of State", "US Department of State"),
    ("WHO", "World Health Organization"),
    ("U.N.", "United Nations"),
    ("Agence France Presse", "Agence France-Presse"),
    ("the British Broadcasting Corporation", "BBC"),
    ("Russia's foreign ministry", "Russian Ministry of Foreign Affairs"),
    ("the Ministry of Foreign Affairs of the Russian Federation", "Russian Ministry of Foreign Affairs"),
    ("the Ukrainian Defence Ministry", "Ukrainian Ministry of Defence"),
    ("Germany's Foreign Office", "German Federal Foreign Office"),
    ("the European Court of Human Rights", "European Court of Human Rights"),
])
def test_names_aliases_and_qualified_forms_find_their_institution(text: str, name: str) -> None:
    assert _name(text) == name


def test_an_abbreviation_matches_only_as_written() -> None:
    assert _name("who") is None and _name("Who") is None and _name("ap") is None


def test_a_generic_form_needs_its_country() -> None:
    assert _name("the foreign ministry") is None
    assert _name("the foreign ministry", "Russia") == "Russian Ministry of Foreign Affairs"
    assert _name("the Foreign Office", "Germany") == "German Federal Foreign Office"
    assert _name("the Foreign Office") == "UK Foreign Office"  # an alias, where the story names no other's
    assert _name("the State Department", "Russia") == "US Department of State"  # no Russian one to mean


def test_a_country_without_such_an_institution_is_never_given_another_ones() -> None:
    assert _name("the Kazakh foreign ministry") is None
    assert _name("the Russian Security Council") is None
    assert _name("the health department", "United States") is None  # as often a state's or a city's


def test_the_shipped_file_is_consistent() -> None:
    known = gazetteer.institutions()
    assert len(known) > 150 and len({i.name for i in known}) == len(known)
    bodies = {i.name for i in known}
    for inst in known:  # part of a country onrecord names, or of another institution of the file
        assert inst.part_of is None or inst.part_of in bodies \
            or names.country_name(inst.part_of.lower()) is not None, inst


def test_a_name_without_its_country_needs_the_country_written() -> None:
    assert _name("the U.S. Supreme Court") == "Supreme Court of the United States"
    assert _name("the Supreme Court", "United States") is None  # a state's, as often
    assert _name("ABC", "Australia") == "Australian Broadcasting Corporation" and _name("ABC") is None


def test_a_name_with_its_country_written_before_it_is_found() -> None:
    assert _name("Russia's State Duma") == "State Duma" and _name("the Russian State Duma") == "State Duma"
    assert _name("U.S. House") == "United States House of Representatives"
    assert _name("the Senate", "United States") is None  # a state's, as often


def test_answers_are_kept_per_name_and_countries() -> None:
    # speed: find, key and norm keep their answers; a name asked again with another story's or written
    # country still gets that country's institution, never the one kept for the first question
    for _ in range(2):
        assert gazetteer.find("the Foreign Office", story_country="Germany").name == "German Federal Foreign Office"
        assert gazetteer.find("the Foreign Office").name == "UK Foreign Office"
        assert gazetteer.find("the foreign ministry", country="Russia").name == "Russian Ministry of Foreign Affairs"
        assert gazetteer.find("the foreign ministry") is None
        assert names.norm("  Wanda  Vázquez’s ") == "wanda vázquez's"
    assert gazetteer.find.cache_info().hits and names.norm.cache_info().hits
