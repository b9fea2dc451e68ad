"""Actor ids keep accented letters as their base letters; a store written before keeps its old ids
readable and gains no duplicate actor."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from onrecord.store import Store, ascii_letters
from onrecord.store import queries as q
from tests.test_cli_tools import said, store_of

NAMES = ("Xanana Gusmão", "Édouard Philippe", "François Bayrou", "Lech Wałęsa", "Jürgen Straße")


@pytest.mark.parametrize(("text", "letters"), [("Gusmão", "Gusmao"), ("Łódź", "Lodz"), ("Straße", "Strasse"),
                                                ("Øresund", "Oresund"), ("plain", "plain")])
def test_accented_letters_become_their_base_letters(text: str, letters: str) -> None:
    assert ascii_letters(text) == letters


def _store(db: Path) -> Path:
    return store_of(db, *(said(f"a{n}", name, f"the plan number {n} would go ahead in the spring")
                          for n, name in enumerate(NAMES)))


def test_actor_ids_are_transliterated(tmp_path: Path) -> None:
    with Store(_store(tmp_path / "new.db")) as store:
        ids = [r["id"] for r in q.actors(store)]
    assert sorted(ids) == sorted(["xanana-gusmao", "edouard-philippe", "francois-bayrou", "lech-walesa",
                                  "jurgen-strasse"])


def _as_before_schema_12(db: Path) -> None:
    """The store as an older onrecord left it: ids that dropped accented letters, no table of old ids."""
    conn = sqlite3.connect(db)
    conn.executescript("DROP TABLE actor_old_slugs; DELETE FROM schema_migrations WHERE version = 12;"
                       "UPDATE actors SET slug = 'xanana-gusm-o' WHERE name = 'Xanana Gusmão';"
                       "UPDATE actors SET slug = 'douard-philippe' WHERE name = 'Édouard Philippe';")
    conn.close()


def test_an_older_store_gets_the_new_ids_and_keeps_the_old_ones(tmp_path: Path) -> None:
    db = _store(tmp_path / "old.db")
    _as_before_schema_12(db)
    with Store(db) as store:  # migrates
        assert store.schema_version >= 12
        assert q.actor(store, "xanana-gusm-o")["id"] == "xanana-gusmao"  # type: ignore[index]
        assert q.actor(store, "douard-philippe")["id"] == "edouard-philippe"  # type: ignore[index]
        assert q.count_statements(store, q.StatementFilter(actor="xanana-gusm-o")) == 1
        actors = store.conn.execute("SELECT COUNT(*) FROM actors").fetchone()[0]
    # The same speaker in a new article, and the same article again: the one actor, no duplicate.
    store_of(db, said("b1", "Xanana Gusmão", "the border talks would resume in the autumn"),
             said("a0", "Xanana Gusmão", "the plan number 0 would go ahead in the spring"))
    with Store(db) as store:
        assert store.conn.execute("SELECT COUNT(*) FROM actors").fetchone()[0] == actors
        assert q.count_statements(store, q.StatementFilter(actor="xanana-gusm-o")) == 2


# The one name written as pages write it by accident or to pass for another: decomposed accents, a zero-width
# space, a soft hyphen, a zero-width joiner, a no-break space, a Cyrillic "а" for the Latin one.
VARIANTS = ("Jos\u00e9 Ram\u200b\u00edrez", "Jose\u0301 Rami\u0301rez", "Jos\u00e9 Ram\u00ed\u00adrez",
            "Jos\u200d\u00e9 Ram\u00edrez", "Jos\u00e9\u00a0Ram\u00edrez", "Jos\u00e9 R\u0430m\u00edrez",
            "Jos\u00e9 Ram\u00edrez\ufeff")


def test_a_name_with_invisible_characters_or_lookalike_letters_is_one_actor(tmp_path: Path) -> None:
    """Each of these was an actor of its own in the store (five of seven), with ids like "jose-ram-irez" and
    "jose-r-mirez"; one actor now, shown and named without the invisible characters."""
    db = store_of(tmp_path / "u.db", *(said(f"a{n}", name, f"the bridge number {n} would open in the spring")
                                       for n, name in enumerate(VARIANTS)))
    with Store(db) as store:
        rows = store.conn.execute("SELECT slug, name, n_statements FROM actors WHERE n_statements > 0").fetchall()
    assert [tuple(r) for r in rows] == [("jose-ramirez", "Jos\u00e9 Ram\u00edrez", len(VARIANTS))]


def test_a_name_in_another_script_keeps_its_letters() -> None:
    from onrecord.resolve.corpus import actor_key
    from onrecord.resolve.names import clean_name

    for name in ("Владимир Путин", "Κυριάκος Μητσοτάκης", "Anna Berg"):
        assert clean_name(name) == name
    assert actor_key("Путин") != actor_key("Putin")


def test_a_name_typed_without_its_accents_finds_the_actor(tmp_path: Path) -> None:
    """nc18: a fact-checker types "Phu Trong" for "Phú Trọng"; the search reads the transliterated id too."""
    with Store(_store(tmp_path / "typed.db")) as store:
        assert [r["name"] for r in q.actors(store, search="gusmao")] == ["Xanana Gusmão"]
        assert [r["name"] for r in q.actors(store, search="Edouard Philippe")] == ["Édouard Philippe"]
        assert [r["name"] for r in q.actors(store, search="walesa")] == ["Lech Wałęsa"]
        assert q.count_actors(store, search="jurgen") == 1
        assert q.actors(store, search="%") == [] and q.actors(store, search="nobody") == []
