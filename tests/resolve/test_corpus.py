"""Actors across articles: canonical keys, actors files, role holders on a date, quote matching."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from onrecord.resolve import quotes
from onrecord.resolve.corpus import (
    ActorsFileError,
    actor_key,
    load_actors_file,
    role_holder,
    role_mention,
    starter_actors,
    without_middle_names,
)


@pytest.mark.parametrize(("name", "key"), [
    ("Donald Trump", "donald trump"),
    ("President Donald J. Trump", "donald trump"),
    ("Pedro Sánchez", "pedro sanchez"),
    ("Martin Luther King Jr.", "martin luther king jr"),
    ("Donald Trump Jr", "donald trump jr"),
    ("George H. W. Bush III", "george bush"),
    ("Melania Trump", "melania trump"),
])
def test_person_keys_ignore_titles_initials_and_accents_but_keep_jr_and_sr(name: str, key: str) -> None:
    assert actor_key(name) == key


def test_a_middle_name_is_dropped_only_to_find_the_same_person() -> None:
    assert without_middle_names(actor_key("Hillary Rodham Clinton")) == "hillary clinton"
    assert without_middle_names(actor_key("Donald Trump Jr.")) is None
    assert without_middle_names(actor_key("Hillary Clinton")) is None


def test_country_keys_use_canonical_names() -> None:
    assert actor_key("the U.S.", "country") == actor_key("United States", "country") == "united states"


def test_starter_file_has_the_examples_actors_with_sources() -> None:
    actors = {a.name: a for a in starter_actors()}
    for name in ("Donald Trump", "Volodymyr Zelensky", "Vladimir Putin", "Sergei Lavrov", "JD Vance",
                 "Emmanuel Macron", "Keir Starmer", "Friedrich Merz", "Giorgia Meloni"):
        assert actors[name].source and actors[name].source.startswith("https://")
    assert any(r.title == "President of the United States" and r.start == date(2025, 1, 20)
               for r in actors["Donald Trump"].roles)


def _roles() -> list:  # type: ignore[type-arg]
    return [(n, role) for n, a in enumerate(starter_actors()) for role in a.roles]


def _holder(speaker: str, day: date | None) -> str | None:
    names = [a.name for a in starter_actors()]
    mention = role_mention(speaker)
    found = role_holder(mention, _roles(), day) if mention else None
    return names[found] if found is not None else None


@pytest.mark.parametrize(("speaker", "day", "holder"), [
    ("the American president", date(2025, 8, 18), "Donald Trump"),
    ("the American president", date(2023, 8, 18), "Joe Biden"),
    ("the U.S. vice president", date(2025, 8, 18), "JD Vance"),
    ("Russia's foreign minister", date(2025, 8, 18), "Sergei Lavrov"),
    ("the German chancellor", date(2024, 1, 1), "Olaf Scholz"),
    ("the German chancellor", date(2025, 6, 1), "Friedrich Merz"),
    ("the president", date(2025, 8, 18), None),  # whose president? the article must say
    ("the French farmer", date(2025, 8, 18), None),
    ("he", date(2025, 8, 18), None),
])
def test_role_holder_on_a_date(speaker: str, day: date, holder: str | None) -> None:
    assert _holder(speaker, day) == holder


def test_actors_file_errors_say_where(tmp_path: Path) -> None:
    path = tmp_path / "actors.yaml"
    path.write_text("actors:\n  - name: Ann Lee\n    roles:\n      - {title: Mayor, from: '13/01/2025'}\n")
    with pytest.raises(ActorsFileError, match="actor 1 role 1: not an ISO date"):
        load_actors_file(path)
    path.write_text("actors:\n  - {name: X, type: planet}\n")
    with pytest.raises(ActorsFileError, match="type must be one of"):
        load_actors_file(path)
    path.write_text("actors: [unclosed\n")
    with pytest.raises(ActorsFileError, match="not valid YAML"):
        load_actors_file(path)


@pytest.mark.parametrize(("body", "message"), [
    ("actors:\n  - {name: X, aliases: 5}\n", "'aliases' must be a list"),
    ("actors:\n  - {name: X, roles: 5}\n", "'roles' must be a list"),
    ("actors:\n  - {name: X, roles: [{title: Mayor, country: [a, b]}]}\n", "'country' must be text"),
    ("actors:\n  - {name: X, roles: [{title: Mayor, nouns: 3}]}\n", "'nouns' must be a list"),
    ("actors:\n  - {name: X, source: [a]}\n", "'source' must be text"),
    ("actors:\n  - {name: X, type: [person]}\n", "type must be one of"),
    ("actors: " + "[" * 50_000 + "]" * 50_000 + "\n", "nested too deeply"),
])
def test_an_actors_file_of_the_wrong_shapes_is_one_clear_error(tmp_path: Path, body: str, message: str) -> None:
    """Each raised TypeError or AttributeError (or RecursionError from PyYAML) before: a traceback."""
    path = tmp_path / "actors.yaml"
    path.write_text(body)
    with pytest.raises(ActorsFileError, match=message):
        load_actors_file(path)


def test_an_alias_bomb_in_an_actors_file_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "actors.yaml"
    path.write_text(alias_bomb("actors:\n  - name: X\n    aliases: *a8\n"))
    with pytest.raises(ActorsFileError, match="expands to more than"):
        load_actors_file(path)


def test_an_actors_file_or_taxonomy_is_read_to_a_bound(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """``--actors /dev/zero`` (or an endless pipe) was read whole into memory; a file past the bound is one
    clear error, read no further (break14)."""
    from onrecord.extract.issues import TaxonomyError, load_taxonomy
    from onrecord.ingest import yamlfile

    monkeypatch.setattr(yamlfile, "MAX_YAML_BYTES", 2_000)
    actors = tmp_path / "actors.yaml"
    actors.write_text("actors:\n" + "".join(f"  - name: Person{n} Surname\n" for n in range(150)))
    taxonomy = tmp_path / "issues.yaml"
    taxonomy.write_text("name: big\nissues:\n" + "".join(
        f"  - {{id: i{n}, label: Issue {n}, proposition: Issue {n} should pass., description: Issue {n}.}}\n"
        for n in range(60)))
    with pytest.raises(ActorsFileError, match="larger than 2,000 bytes"):
        load_actors_file(actors)
    with pytest.raises(TaxonomyError, match="larger than 2,000 bytes"):
        load_taxonomy(taxonomy)
    monkeypatch.setattr(yamlfile, "MAX_YAML_BYTES", 20_000)
    assert len(load_actors_file(actors)) == 150 and len(load_taxonomy(taxonomy).issues) == 60


def alias_bomb(tail: str) -> str:
    """Nine anchors, each a list of ten of the one before: 10^9 values once expanded, a few hundred bytes."""
    lines = ["x0: &a0 [x, x, x, x, x, x, x, x, x, x]"]
    lines += [f"x{n}: &a{n} [{', '.join([f'*a{n - 1}'] * 10)}]" for n in range(1, 9)]
    return "bomb:\n" + "\n".join("  " + line for line in lines) + "\n" + tail


def _shingles(text: str) -> set[int]:
    return quotes.shingles(quotes.normalise(text))


def _same(a: str, b: str) -> bool:
    sa, sb = _shingles(a), _shingles(b)
    return quotes.same_quote(len(sa & sb), len(sa), len(sb))


def test_quotes_match_across_punctuation_case_and_contractions() -> None:
    assert _same("We're going to work with Ukraine. We're going to work with everybody.",
                 "“we are going to work with Ukraine, we are going to work with everybody”")
    assert _same("We will not walk away from Ukraine", "I said it before: we will not walk away from Ukraine, ever,"
                 " whatever the cost")  # an outlet quoting part of a longer sentence
    assert not _same("We will not walk away from Ukraine", "We will walk away from the talks in Geneva")
    assert not _same("No", "No")  # too short to say it is the same quote


def test_group_descriptions_in_singular_and_plural_share_a_key() -> None:
    assert actor_key("Republicans", "group") == actor_key("Republican", "group") == "republican"
    assert actor_key("the press", "group") == "press" and actor_key("officials", "group") == "official"


def test_actor_keys_are_kept_per_name_and_type() -> None:
    # speed: actor_key keeps its answers; the same name asked as a person, a group and an organisation keeps
    # each type's own key
    for _ in range(2):
        assert actor_key("Sen. Donald J. Trump Jr.") == "donald trump jr"
        assert actor_key("Republicans", "group") == "republican"
        assert actor_key("The U.S.", "country") == "united states"
    assert actor_key.cache_info().hits


def test_a_role_dated_with_a_time_of_day_is_a_day(tmp_path: Path) -> None:
    # YAML reads "2004-03-09 12:00:00" as a datetime: Role.held_on raised TypeError comparing it with an
    # article's date, and the store kept "2004-03-09T12:00:00" as the role's start.
    path = tmp_path / "actors.yaml"
    path.write_text("actors:\n  - name: X\n    roles: [{title: Mayor, from: 2004-03-09 12:00:00, to: 2010-01-01}]\n")
    role = load_actors_file(path)[0].roles[0]
    assert role.start == date(2004, 3, 9) and type(role.start) is date
    assert role.held_on(date(2005, 1, 1)) and not role.held_on(date(2003, 1, 1))


def test_a_lone_surrogate_in_an_actors_file_is_one_clear_error(tmp_path: Path) -> None:
    # YAML's "\ud800" escape loads; the name then failed at the store with "text that is not valid UTF-8 (an
    # argument or a file name?)", naming neither the file nor the value.
    path = tmp_path / "actors.yaml"
    path.write_text('actors:\n  - name: "Bob \\ud800 Smith"\n')
    with pytest.raises(ActorsFileError, match=r"actors\.yaml: holds a lone surrogate"):
        load_actors_file(path)


def test_an_actors_file_already_in_the_store_is_not_read_again(tmp_path: Path,
                                                                monkeypatch: pytest.MonkeyPatch) -> None:
    """An actors file of 20,000 people cost 10 s of CPU at the start of every `ingest` into the same store
    (break14, redteam17): it is now parsed and written once per store, and again only when its text (or the
    code that reads it) changes."""
    from onrecord import corpus
    from onrecord.store import Store

    parsed: list[str] = []
    real = corpus.parse_actors_text

    def counting(text: str, path: Path) -> list[object]:
        parsed.append(path.name)
        return real(text, path)  # type: ignore[return-value]

    monkeypatch.setattr(corpus, "parse_actors_text", counting)
    actors = tmp_path / "actors.yaml"
    actors.write_text("actors:\n  - name: Odile Ferrand\n    aliases: [Ferrand]\n")
    options = corpus.IngestOptions(db=tmp_path / "s.db", actors_files=(actors,), starter_actors=False)
    corpus.ingest([], options)
    corpus.ingest([], options)
    assert parsed == ["actors.yaml"]
    actors.write_text("actors:\n  - name: Odile Ferrand\n    aliases: [Ferrand]\n  - name: Bruno Lacaze\n")
    corpus.ingest([], options)
    assert parsed == ["actors.yaml", "actors.yaml"]
    with Store(tmp_path / "s.db") as store:
        names = {r[0] for r in store.conn.execute("SELECT name FROM actors WHERE from_file = 1")}
    assert names == {"Odile Ferrand", "Bruno Lacaze"}


def test_a_yaml_file_is_loaded_without_a_garbage_collection(tmp_path: Path) -> None:
    """Every object a load builds stays alive until it ends, so the collections their growing number set off
    found nothing and made the load superlinear: 20,000 actors took 4.4 s of CPU, 1.3 s with the collector
    paused (four times the 5,000's). The collector is paused while a YAML file loads, and back after."""
    import gc

    path = tmp_path / "actors.yaml"
    path.write_text("actors:\n" + "".join(
        f"  - name: Person{n} Surname\n    aliases: [Surname{n}]\n    roles:\n"
        f"      - {{title: minister, country: France, from: 2020-01-01}}\n" for n in range(2_000)))
    collections: list[int] = []

    def seen(phase: str, info: dict[str, int]) -> None:
        if phase == "start":
            collections.append(info["generation"])

    assert gc.isenabled()
    gc.callbacks.append(seen)
    try:
        actors = load_actors_file(path)
    finally:
        gc.callbacks.remove(seen)
    assert len(actors) == 2_000 and actors[-1].roles[0].start == date(2020, 1, 1)
    assert len(collections) <= 1 and gc.isenabled()  # at most the one once the collector is back


def test_the_fast_yaml_parser_reads_the_shipped_files_as_the_python_one_does() -> None:
    """The YAML files are read with libyaml's parser where PyYAML has it (a third of the time): the same
    values as the pure-Python parser, which still words every error."""
    from importlib import resources

    import yaml

    from onrecord.ingest.yamlfile import load_yaml

    for package, name in (("onrecord.resolve", "actors.yaml"), ("onrecord.resolve", "institutions.yaml")):
        text = resources.files(package).joinpath(name).read_text(encoding="utf-8")
        assert load_yaml(text) == yaml.safe_load(text)
