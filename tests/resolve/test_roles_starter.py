"""The starter actors file: the main offices of the US, Russia, Ukraine, the UK, France, Germany, China, the EU,
NATO and the UN from 2015 on, each holder on the right day, every entry sourced and no office held twice at once."""

from __future__ import annotations

import itertools
from collections import defaultdict
from datetime import date
from importlib import resources
from pathlib import Path

import pytest

from onrecord.resolve.corpus import (
    KnownActor,
    actor_key,
    load_actors_file,
    role_holder,
    role_mention,
    starter_actors,
)

_ACTORS = starter_actors()
_ROLES = [(n, role) for n, actor in enumerate(_ACTORS) for role in actor.roles]


def _holder(speaker: str, day: date | None) -> str | None:
    mention = role_mention(speaker)
    found = role_holder(mention, _ROLES, day) if mention else None
    return _ACTORS[found].name if found is not None else None


@pytest.mark.parametrize(("speaker", "day", "holder"), [
    # United States
    ("the top U.S. diplomat", date(2016, 5, 1), "John Kerry"),
    ("the top U.S. diplomat", date(2019, 1, 10), "Mike Pompeo"),
    ("the U.S. secretary of state", date(2017, 6, 1), "Rex Tillerson"),
    ("America's top diplomat", date(2022, 3, 1), "Antony Blinken"),
    ("the American president", date(2016, 5, 1), "Barack Obama"),
    ("the U.S. vice president", date(2019, 5, 1), "Mike Pence"),
    ("the U.S. vice president", date(2023, 5, 1), "Kamala Harris"),
    ("the U.S. defense secretary", date(2018, 6, 1), "Jim Mattis"),
    ("the U.S. defense secretary", date(2019, 3, 1), "Patrick Shanahan"),  # acting
    ("the U.S. defence secretary", date(2023, 6, 1), "Lloyd Austin"),
    ("the U.S. war secretary", date(2025, 10, 1), "Pete Hegseth"),
    ("the U.S. national security adviser", date(2018, 6, 1), "John Bolton"),
    ("the U.S. national security adviser", date(2025, 8, 1), "Marco Rubio"),
    ("the U.S. ambassador to the United Nations", date(2018, 6, 1), "Nikki Haley"),
    ("the U.S. ambassador to the U.N.", date(2025, 10, 1), "Mike Waltz"),
    ("the U.S. press secretary", date(2021, 6, 1), "Jen Psaki"),
    # Russia and Ukraine
    ("the Russian prime minister", date(2016, 1, 1), "Dmitry Medvedev"),
    ("the Russian prime minister", date(2021, 1, 1), "Mikhail Mishustin"),
    ("Russia's defence minister", date(2022, 3, 1), "Sergei Shoigu"),
    ("Russia's defence minister", date(2025, 1, 1), "Andrey Belousov"),
    ("the Ukrainian president", date(2016, 1, 1), "Petro Poroshenko"),
    ("the Ukrainian foreign minister", date(2022, 3, 1), "Dmytro Kuleba"),
    ("Ukraine's defence minister", date(2022, 3, 1), "Oleksii Reznikov"),
    ("Ukraine's defence minister", date(2026, 2, 1), "Mykhailo Fedorov"),
    ("the Ukrainian prime minister", date(2025, 8, 1), "Yulia Svyrydenko"),
    # United Kingdom
    ("the British prime minister", date(2022, 10, 1), "Liz Truss"),
    ("the British prime minister", date(2016, 1, 1), "David Cameron"),
    ("Britain's foreign secretary", date(2017, 1, 1), "Boris Johnson"),
    ("Britain's foreign secretary", date(2024, 1, 1), "David Cameron"),
    ("the British chancellor", date(2021, 1, 1), "Rishi Sunak"),
    ("the British defence secretary", date(2020, 1, 1), "Ben Wallace"),
    ("the British monarch", date(2020, 1, 1), "Elizabeth II"),
    ("the British king", date(2023, 1, 1), "Charles III"),
    # France, Germany, China
    ("the French president", date(2016, 1, 1), "François Hollande"),
    ("the French prime minister", date(2024, 10, 1), "Michel Barnier"),
    ("the French foreign minister", date(2019, 1, 1), "Jean-Yves Le Drian"),
    ("the French armed forces minister", date(2023, 1, 1), "Sébastien Lecornu"),
    ("the German chancellor", date(2016, 1, 1), "Angela Merkel"),
    ("the German chancellor", date(2022, 6, 1), "Olaf Scholz"),
    ("the German president", date(2020, 1, 1), "Frank-Walter Steinmeier"),
    ("the German defence minister", date(2018, 1, 1), "Ursula von der Leyen"),
    ("the German foreign minister", date(2023, 1, 1), "Annalena Baerbock"),
    ("the Chinese premier", date(2020, 1, 1), "Li Keqiang"),
    ("the Chinese foreign minister", date(2023, 3, 1), "Qin Gang"),
    ("the Chinese defence minister", date(2024, 6, 1), "Dong Jun"),
    # European Union, NATO, United Nations
    ("the EU's foreign policy chief", date(2017, 1, 1), "Federica Mogherini"),
    ("the EU's top diplomat", date(2022, 1, 1), "Josep Borrell"),
    ("the European Commission president", date(2016, 1, 1), "Jean-Claude Juncker"),
    ("the European Council president", date(2018, 1, 1), "Donald Tusk"),
    ("the NATO secretary-general", date(2020, 1, 1), "Jens Stoltenberg"),
    ("the NATO chief", date(2025, 1, 1), "Mark Rutte"),
    ("the U.N. secretary-general", date(2016, 1, 1), "Ban Ki-moon"),
    ("the UN chief", date(2020, 1, 1), "António Guterres"),
    # the other countries world news names most (names8)
    ("the Turkish president", date(2020, 1, 10), "Recep Tayyip Erdoğan"),
    ("the Turkish prime minister", date(2017, 1, 1), "Binali Yıldırım"),
    ("the Indian prime minister", date(2019, 1, 1), "Narendra Modi"),
    ("the Israeli prime minister", date(2022, 1, 1), "Naftali Bennett"),
    ("the Japanese prime minister", date(2021, 1, 1), "Yoshihide Suga"),
    ("Iran's foreign minister", date(2019, 6, 1), "Mohammad Javad Zarif"),
    ("the Saudi crown prince", date(2019, 1, 1), "Mohammed bin Salman"),
    ("the Brazilian president", date(2020, 6, 1), "Jair Bolsonaro"),
    ("the Canadian prime minister", date(2016, 6, 1), "Justin Trudeau"),
    ("the Cypriot president", date(2020, 1, 1), "Nicos Anastasiades"),
    ("the South Korean president", date(2018, 4, 27), "Moon Jae-in"),
    ("the North Korean leader", date(2018, 4, 27), "Kim Jong Un"),
])
def test_a_role_noun_is_the_holder_on_the_day(speaker: str, day: date, holder: str) -> None:
    assert _holder(speaker, day) == holder


@pytest.mark.parametrize(("speaker", "day"), [
    ("the secretary-general", date(2020, 1, 1)),  # NATO's or the UN's? the article must say
    ("the top U.S. diplomat", date(2017, 1, 25)),  # an acting holder of a few days is not listed
    ("the Chinese defence minister", date(2023, 11, 15)),  # the office was vacant
    ("the Hungarian prime minister", date(2020, 1, 1)),  # listed without an office whose end could not be checked
])
def test_no_holder_rather_than_a_wrong_one(speaker: str, day: date) -> None:
    assert _holder(speaker, day) is None


def test_the_file_loads_and_every_entry_names_its_source() -> None:
    path = Path(str(resources.files("onrecord.resolve").joinpath("actors.yaml")))
    loaded = load_actors_file(path)
    assert [a.name for a in loaded] == [a.name for a in _ACTORS]
    assert len({actor_key(a.name, a.type) for a in loaded}) == len(loaded)  # one entry per person
    for actor in loaded:
        assert actor.source and actor.source.startswith("https://en.wikipedia.org/wiki/"), actor.name


def _tenures() -> dict[tuple[str, str | None], list[tuple[date, date | None, str]]]:
    by_office: dict[tuple[str, str | None], list[tuple[date, date | None, str]]] = defaultdict(list)
    for actor in _ACTORS:
        for role in actor.roles:
            assert role.start is not None, f"{actor.name}: {role.title} has no 'from'"
            assert role.end is None or role.start < role.end, f"{actor.name}: {role.title} ends before it starts"
            by_office[(role.title, role.country)].append((role.start, role.end, actor.name))
    return by_office


def test_no_office_is_held_by_two_people_at_once() -> None:
    for office, tenures in _tenures().items():
        tenures.sort(key=lambda t: t[0])
        assert sum(1 for t in tenures if t[1] is None) <= 1, f"{office}: more than one holder in office"
        for (_, end, name), (start, _, next_name) in itertools.pairwise(tenures):
            assert end is not None and end <= start, f"{office}: {name} overlaps {next_name}"


def test_every_office_in_scope_has_a_holder_today() -> None:
    today = date(2026, 11, 26)
    holders = {office for office, tenures in _tenures().items() if any(end is None for _, end, _ in tenures)}
    for office in [
        ("President of the United States", "United States"), ("Vice President of the United States", "United States"),
        ("Secretary of State", "United States"), ("Secretary of Defense", "United States"),
        ("National Security Advisor", "United States"),
        ("United States Ambassador to the United Nations", "United States"),
        ("White House Press Secretary", "United States"),
        ("President of Russia", "Russia"), ("Prime Minister of Russia", "Russia"),
        ("Minister of Foreign Affairs of Russia", "Russia"), ("Minister of Defence of Russia", "Russia"),
        ("President of Ukraine", "Ukraine"), ("Prime Minister of Ukraine", "Ukraine"),
        ("Minister of Foreign Affairs of Ukraine", "Ukraine"), ("Minister of Defence of Ukraine", "Ukraine"),
        ("Monarch of the United Kingdom", "United Kingdom"), ("Prime Minister of the United Kingdom", "United Kingdom"),
        ("Foreign Secretary", "United Kingdom"), ("Secretary of State for Defence", "United Kingdom"),
        ("Chancellor of the Exchequer", "United Kingdom"),
        ("President of France", "France"), ("Prime Minister of France", "France"),
        ("Minister of Foreign Affairs of France", "France"), ("Minister of the Armed Forces of France", "France"),
        ("President of Germany", "Germany"), ("Chancellor of Germany", "Germany"),
        ("Minister of Foreign Affairs of Germany", "Germany"), ("Minister of Defence of Germany", "Germany"),
        ("President of China", "China"), ("Premier of China", "China"),
        ("Minister of Foreign Affairs of China", "China"), ("Minister of National Defense of China", "China"),
        ("President of the European Commission", "European Union"),
        ("President of the European Council", "European Union"),
        ("High Representative of the Union for Foreign Affairs and Security Policy", "European Union"),
        ("Secretary General of NATO", None), ("Secretary-General of the United Nations", None),
    ]:
        assert office in holders, f"no holder of {office} on {today}"


def _nouns(actor: KnownActor) -> list[str]:
    return [noun for role in actor.roles for noun in role.nouns]


def test_every_role_noun_can_match_a_speaker() -> None:
    # A noun matches only words a speaker's mention keeps: a role word must be in it (names.ROLE_NOUNS),
    # and hyphens are read as spaces. "first lady" waits for "lady" to be a role word in names.py.
    for actor in _ACTORS:
        for noun in _nouns(actor):
            if noun == "first lady":
                continue
            mention = role_mention(f"the {noun}")
            assert mention is not None and f" {noun} " in mention.text, f"{actor.name}: {noun!r} never matches"


def test_international_offices_answer_speakers_that_name_no_country() -> None:
    # role_mention finds no country in "the NATO chief": a role with a country would never answer it.
    for actor in _ACTORS:
        for role in actor.roles:
            if "NATO" in role.title or ("United Nations" in role.title and "Ambassador" not in role.title):
                assert role.country is None, f"{actor.name}: {role.title}"


def test_a_stored_article_credits_the_holder_on_its_publication_date(tmp_path: Path) -> None:
    from onrecord import extract
    from onrecord.ingest import TextInput
    from onrecord.store import Store, content_hash
    from onrecord.store import queries as q

    store = Store(tmp_path / "roles.db")
    store.add_known_actors(_ACTORS)
    for ident, published, text in [
        ("merkel", "2016-01-01", "The German chancellor said the coalition would meet again next week."),
        ("truss", "2022-10-01", "The British prime minister said the budget would not change."),
    ]:
        item = TextInput(ident, f"{ident}.txt", text, published=published)
        store.save_article(item, extract(text, id=ident, published=published), digest=content_hash(text),
                           pipeline_version="test", language="en")
    credited = {r["article"]["id"]: (r["actor"]["name"], r["resolution"]) for r in q.statements(store)}
    assert credited == {"merkel": ("Angela Merkel", "role"), "truss": ("Liz Truss", "role")}
