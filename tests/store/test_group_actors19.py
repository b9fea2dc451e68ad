"""One group actor whatever the order of its members (issue 12, item 7, groups19): a joint statement of two
people named "A and B" in one article and "B and A" in another is one actor, under the name seen first; a group
of other people, or of more of them ("A, B and C"), stays another actor. Invented names throughout."""

from __future__ import annotations

from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from onrecord.cli import main
from onrecord.model import Actor
from onrecord.resolve.corpus import joint_name, joint_name_orders, joint_name_parts
from onrecord.resolve.linking import CorpusLinker
from onrecord.serve.app import create_app
from onrecord.store import Store
from onrecord.store.positions import PositionQuery, no_position, positions, shifts
from tests.serve.conftest import store_of
from tests.store.test_positions import Rows


def person(ident: str, name: str) -> Actor:
    return Actor(id=ident, name=name, type="person", aliases=[name])


def group(*people: Actor) -> Actor:
    name = joint_name([p.name for p in people])
    return Actor(id=name.lower(), name=name, type="group", members=[p.id for p in people])


def link(store: Store, actor: Actor, article: list[Actor]) -> int:
    with store.transaction():
        return CorpusLinker(store).actor(actor, article_actors=article)


def test_joint_names_are_written_as_the_resolver_writes_them_in_every_order() -> None:
    assert joint_name(["Ana Pires", "Ben Okoro"]) == "Ana Pires and Ben Okoro"
    assert joint_name(["Ana Pires", "Ben Okoro", "Cai Lun"]) == "Ana Pires, Ben Okoro and Cai Lun"
    assert set(joint_name_orders(["A", "B"])) == {"A and B", "B and A"}
    assert len(joint_name_orders(["A", "B", "C"])) == 6
    assert joint_name_orders(["A", "B", "C", "D", "E"]) == []  # 120 orders: not looked up
    assert joint_name_parts("Ana Pires, Ben Okoro and Cai Lun", 3) == ["Ana Pires", "Ben Okoro", "Cai Lun"]
    assert joint_name_parts("Ana Pires and Ben Okoro", 2) == ["Ana Pires", "Ben Okoro"]
    assert joint_name_parts("Procter and Gamble and Ana Pires", 2) is None  # a member's name holds "and"


def test_a_pair_named_in_the_other_order_is_the_same_group_under_the_first_name(tmp_path: Path) -> None:
    ana, ben, cai = person("ana", "Ana Pires"), person("ben", "Ben Okoro"), person("cai", "Cai Lun")
    with Store(tmp_path / "c.db") as store:
        first = link(store, group(ana, ben), [ana, ben])
        assert link(store, group(ben, ana), [ben, ana]) == first
        name = store.conn.execute("SELECT name FROM actors WHERE id = ?", (first,)).fetchone()[0]
        assert name == "Ana Pires and Ben Okoro"
        # the same people and only they: a third member, or another second one, is another group
        trio = link(store, group(cai, ben, ana), [ana, ben, cai])
        assert trio != first
        assert link(store, group(ana, cai), [ana, cai]) not in (first, trio)
        assert link(store, group(ana, ben, cai), [ana, ben, cai]) == trio  # three in another order: one trio
        # a member the article renamed after the group was named ("Pires" in the group's name, "Ana Pires" by the
        # end) or has no actor of: the group's own name read back finds the group stored under the other order
        pires_first = Actor(id="y", name="Pires and Ben Okoro", type="group", members=["ana", "ben"])
        assert link(store, pires_first, [ana, ben]) == first  # by its members' names as the article has them now
        okoro_first = Actor(id="z", name="Ben Okoro and Pires", type="group", members=["ben", "gone"])
        assert link(store, okoro_first, [ben]) == first  # by its own name's parts: "Pires and Ben Okoro" is stored
        # the second order is now an alias of the first group (a name typed in either order finds it)
        aliases = {r[0] for r in store.conn.execute("SELECT alias FROM actor_aliases WHERE actor_id = ?", (first,))}
        assert {"Ana Pires and Ben Okoro", "Ben Okoro and Ana Pires"} <= aliases


ONE = ("Maria Lindqvist and Tomas Berger spoke in Oslo on Monday. Lindqvist is the trade minister of Norway and "
       "Berger leads the Nordic Farmers Union.\n\n\"We will not accept new tariffs on fish,\" Maria Lindqvist and "
       "Tomas Berger said in a joint statement.")
TWO = ("Tomas Berger and Maria Lindqvist met in Bergen on Friday. Berger leads the Nordic Farmers Union and "
       "Lindqvist is the trade minister of Norway.\n\n\"The tariffs must end by the summer,\" Tomas Berger and "
       "Maria Lindqvist said in a joint statement.")


@pytest.fixture(scope="module")
def pair_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("pair")
    return store_of(folder, [{"id": "oslo", "text": ONE, "published": "2025-03-03"},
                             {"id": "bergen", "text": TWO, "published": "2025-03-07"}])


def test_two_articles_naming_a_pair_in_opposite_orders_make_one_actor(pair_db: Path,
                                                                      capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["actors", "--db", str(pair_db), "--search", "lindqvist"]) == 0
    out = capsys.readouterr().out
    assert "Maria Lindqvist and Tomas Berger" in out and "Tomas Berger and Maria Lindqvist\"," not in out
    groups = TestClient(create_app(pair_db)).get("/api/actors", params={"limit": 100}).json()["items"]
    joint = [a for a in groups if a["type"] == "group"]
    assert [a["name"] for a in joint] == ["Maria Lindqvist and Tomas Berger"]
    assert joint[0]["statements"] == 2


# --- one word, or a name alone, is no position (the statement stays) ---

@pytest.mark.parametrize(("content", "kind", "issue", "expected"), [
    ("Trump", "indirect", "immigration", True),  # "Americans agreed with Trump": a name on another issue
    ("The Hispanics", "direct", "immigration", True),  # 'He said “The Hispanics”'
    ("self-deportation.", "direct", "immigration", True),  # a word quoted for itself
    ("Trump", "indirect", "trump-candidacy", False),  # "Cruz praised Trump": the issue names him
    ("Mrs. Clinton", "indirect", "clinton-candidacy", False),  # "endorsed Mrs. Clinton"
    ("mass deportation", "indirect", "immigration", False),  # what is supported, named
    ("No.", "direct", "guns", False),  # an answer
    ("too many.", "direct", "guns", False),  # two words, no name
    ("We will build the wall", "direct", "immigration", False),
])
def test_a_word_or_a_name_alone_is_no_position_on_an_issue_it_does_not_name(content: str, kind: str, issue: str,
                                                                         expected: bool) -> None:
    assert no_position(content, kind, issue) is expected


def test_a_name_alone_stays_a_statement_but_makes_no_position_or_shift(tmp_path: Path) -> None:
    rows = Rows(Store(tmp_path / "p.db"))
    voters, senator = rows.actor("Farm voters", "group"), rows.actor("Ines Kovac")
    for day in ("2025-01-02", "2025-01-09"):
        rows.say(senator, day, "support", act="support")
    rows.say(voters, "2025-02-01", "support", act="support")
    # two later reports whose whole content is a name: "Ines Kovac criticised Rafa Ortiz" tagged with the issue
    for day in ("2025-03-01", "2025-03-08"):
        rows.say(senator, day, "oppose", act="oppose")
    rows.store.conn.execute("UPDATE statements SET content = 'Rafa Ortiz', kind = 'indirect' "
                            "WHERE actor_id = ? AND content LIKE 'oppose%'", (senator,))
    rows.store.conn.execute("UPDATE statements SET content = 'Ortiz', kind = 'indirect' WHERE actor_id = ?",
                            (voters,))
    found = positions(rows.store, PositionQuery(as_of="2025-03-08"))
    assert [(p["actor"]["name"], p["stance"], p["statements"]) for p in found["positions"]] == [
        ("Ines Kovac", "support", 2)]
    assert shifts(rows.store, PositionQuery(min_articles=1)) == []
    # the statements are all there
    assert rows.store.conn.execute("SELECT COUNT(*) FROM statements").fetchone()[0] == 5
    # the same contents on an issue named after the person they name are positions: a shift to oppose
    rows.store.conn.execute("UPDATE statement_issues SET issue = 'ortiz-candidacy'")
    moved = shifts(rows.store, PositionQuery(min_articles=1))
    assert [(s["actor"]["name"], s["from"], s["to"]) for s in moved] == [("Ines Kovac", "support", "oppose")]
