"""Positions and shifts from hand-made store rows: the aggregation itself, apart from stance prediction."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest

from onrecord.settings import Settings
from onrecord.store import Store
from onrecord.store.positions import (
    PositionQuery,
    decide,
    every_evidence_shifts,
    issue_timeline,
    parse_days,
    positions,
    shifts,
)

ISSUE = "european-forces-ukraine"


class Rows:
    """Writes articles, actors, statements and statement issues straight into a store."""

    def __init__(self, store: Store) -> None:
        self.store, self.n = store, 0

    def actor(self, name: str, type_: str = "person", part_of: int | None = None) -> int:
        cur = self.store.conn.execute("INSERT INTO actors (key, slug, name, type, part_of) VALUES (?, ?, ?, ?, ?)",
                                      (name.lower(), name.lower().replace(" ", "-"), name, type_, part_of))
        return int(cur.lastrowid or 0)

    def say(self, actor: int, day: str | None, stance: str, *, act: str = "assert", hedged: bool = False,
            issue: str = ISSUE, score: float = 1.0, resolution: str = "named", reported: str | None = None,
            own: bool = False) -> str:
        self.n += 1
        slug = f"a{self.n}"
        db = self.store.conn
        art = db.execute("INSERT INTO articles (slug, content_hash, status, text, published, ingested_at) "
                         "VALUES (?, ?, 'analysed', 'text', ?, 'now')", (slug, f"h{self.n}", day)).lastrowid
        st = db.execute("INSERT INTO statements (article_id, position, kind, content_start, content_end, content, "
                        "actor_id, resolution, act, hedged, negated, confidence, key) "
                        "VALUES (?, 0, 'direct', 0, 4, ?, ?, ?, ?, ?, 0, 0.9, ?)",
                        (art, f"{stance} {self.n}", actor, resolution, act, int(hedged), f"k{self.n}")).lastrowid
        db.execute("INSERT INTO statement_issues (statement_id, taxonomy, issue, stance, score, evidence_start, "
                   "evidence_end, evidence, own) VALUES (?, 'test', ?, ?, ?, 0, 4, 'text', ?)",
                   (st, issue, stance, score, int(own)))
        if reported is not None:  # the content reports this party's position ("Hale wants to ...")
            db.execute("UPDATE statements SET reported_start = 0, reported_end = ?, reported = ? WHERE id = ?",
                       (len(reported), reported, st))
        return slug


@pytest.fixture
def rows(tmp_path: Path) -> Rows:
    return Rows(Store(tmp_path / "p.db"))


def cell(result: dict[str, Any], name: str, issue: str = ISSUE) -> dict[str, Any]:
    found = [p for p in result["positions"] if p["actor"]["name"] == name and p["issue"] == issue]
    assert len(found) == 1, result["positions"]
    return found[0]


def test_recent_statements_outweigh_old_ones(rows: Rows) -> None:
    a = rows.actor("Karin Lindqvist")
    for day in ("2025-01-01", "2025-01-05", "2025-01-10"):
        rows.say(a, day, "oppose", act="reject")
    rows.say(a, "2025-06-01", "support", act="support")
    result = positions(rows.store, PositionQuery(as_of="2025-06-01"))
    p = cell(result, "Karin Lindqvist")
    assert p["stance"] == "support"
    assert p["statements"] == 4 and p["articles"] == 4
    assert (p["first_seen"], p["last_seen"]) == ("2025-01-01", "2025-06-01")
    # ... but judged in January the same rows say oppose.
    assert cell(positions(rows.store, PositionQuery(as_of="2025-01-31")), "Karin Lindqvist")["stance"] == "oppose"


def test_a_firm_act_outweighs_a_hedged_one_of_the_same_day(rows: Rows) -> None:
    a = rows.actor("Anna Berg")
    rows.say(a, "2025-03-01", "support", act="assert", hedged=True)
    rows.say(a, "2025-03-01", "oppose", act="reject")
    p = cell(positions(rows.store, PositionQuery(as_of="2025-03-01")), "Anna Berg")
    assert p["stance"] == "oppose"
    assert p["hedged_share"] == 0.5
    assert p["acts"] == {"assert": 1, "reject": 1}


def test_conflicting_recent_evidence_is_mixed_with_both_sides(rows: Rows) -> None:
    a = rows.actor("Tomas Novak")
    rows.say(a, "2025-03-01", "support", act="support")
    rows.say(a, "2025-03-02", "oppose", act="oppose")
    p = cell(positions(rows.store, PositionQuery(as_of="2025-03-02")), "Tomas Novak")
    assert p["stance"] == "mixed"
    assert sorted(p["sides"]) == ["oppose", "support"]
    assert {e["stance"] for e in p["evidence"]} == {"oppose", "support"}


def test_open_is_a_position_and_unclear_casts_no_vote(rows: Rows) -> None:
    a = rows.actor("Ines Moreau")
    rows.say(a, "2025-03-01", "open", act="refuse_to_commit")
    rows.say(a, "2025-03-01", "unclear")
    rows.say(a, "2025-03-01", "unclear")
    p = cell(positions(rows.store, PositionQuery(as_of="2025-03-01")), "Ines Moreau")
    assert p["stance"] == "open"
    assert p["stance_counts"] == {"open": 1, "unclear": 2}
    only_unclear = rows.actor("Marek Zielinski")
    rows.say(only_unclear, "2025-03-01", "unclear")
    q = cell(positions(rows.store, PositionQuery(as_of="2025-03-01")), "Marek Zielinski")
    assert (q["stance"], q["confidence"]) == ("unclear", 0.0)


def test_window_as_of_and_undated_statements(rows: Rows) -> None:
    a = rows.actor("Leila Haddad")
    rows.say(a, "2025-01-01", "oppose", act="reject")
    rows.say(a, "2025-06-01", "support", act="support")
    rows.say(a, None, "oppose", act="reject")
    result = positions(rows.store, PositionQuery(as_of="2025-06-30", window_days=90))
    p = cell(result, "Leila Haddad")
    assert p["statements"] == 1 and p["stance"] == "support"
    assert result["undated_statements"] == 1
    before = positions(rows.store, PositionQuery(as_of="2024-12-31"))
    assert before["positions"] == []


def test_evidence_links_to_the_statement_anchor(rows: Rows) -> None:
    a = rows.actor("Pieter de Vries")
    slug = rows.say(a, "2025-03-01", "support", act="commit")
    p = cell(positions(rows.store, PositionQuery(as_of="2025-03-01")), "Pieter de Vries")
    assert p["evidence"][0]["link"] == f"/articles/{slug}#s-k{rows.n}"


def test_institutions_roll_up_to_their_state_only_when_asked(rows: Rows) -> None:
    state = rows.actor("United States", "country")
    house = rows.actor("White House", "organization", part_of=state)
    rows.say(house, "2025-03-01", "oppose", act="reject")
    rows.say(state, "2025-03-01", "oppose", act="reject")
    apart = positions(rows.store, PositionQuery(as_of="2025-03-01"))
    assert {p["actor"]["name"] for p in apart["positions"]} == {"United States", "White House"}
    rolled = positions(rows.store, PositionQuery(as_of="2025-03-01", roll_up=True))
    assert [(p["actor"]["name"], p["statements"]) for p in rolled["positions"]] == [("United States", 2)]
    by_actor = positions(rows.store, PositionQuery(as_of="2025-03-01", roll_up=True, actor="United States"))
    assert by_actor["positions"][0]["statements"] == 2


def test_half_life_changes_the_balance(rows: Rows) -> None:
    a = rows.actor("Anna Berg")
    for day in ("2025-01-01", "2025-01-02", "2025-01-03"):
        rows.say(a, day, "oppose", act="reject")
    rows.say(a, "2025-04-01", "support", act="support")
    short = cell(positions(rows.store, PositionQuery(as_of="2025-04-01", half_life_days=10)), "Anna Berg")
    long = cell(positions(rows.store, PositionQuery(as_of="2025-04-01", half_life_days=10_000)), "Anna Berg")
    assert short["stance"] == "support"
    assert long["stance"] == "oppose"


def test_shifts_oldest_first_with_the_statements_either_side(rows: Rows) -> None:
    a = rows.actor("Karin Lindqvist")
    first = rows.say(a, "2025-03-04", "oppose", act="reject")
    rows.say(a, "2025-04-01", "oppose", act="oppose")
    opened = rows.say(a, "2025-05-20", "open", act="assert")  # "said she was open to it": a soft act
    rows.say(a, "2025-05-21", "open", act="assert")
    backed = rows.say(a, "2025-07-15", "support", act="support")
    rows.say(a, "2025-08-01", "unclear")  # no vote: not a shift
    every = PositionQuery(trusted_only=False, issue=ISSUE, min_articles=1)  # each change, however thin its evidence
    found = shifts(rows.store, every)
    assert [(s["date"], s["from"], s["to"]) for s in found] == [
        ("2025-05-20", "oppose", "open"), ("2025-07-15", "open", "support")]
    assert found[0]["before"]["published"] == "2025-04-01" and found[0]["after"]["article"] == opened
    assert found[0]["confirmed_days"] == 1
    assert found[0]["evidence"] == {"before": {"statements": 2, "articles": 2, "first": "2025-03-04",
                                               "last": "2025-04-01", "against": 0},
                                    "after": {"statements": 2, "articles": 2, "first": "2025-05-20",
                                              "last": "2025-05-21", "against": 0}}
    assert found[1]["after"]["article"] == backed and first != backed
    assert shifts(rows.store, replace(every, since="2025-06-01"))[0]["date"] == "2025-07-15"
    # Confidence grows with each side's weight: two firm statements (1 - e^-2) then two soft ones (0.6 each,
    # 1 - e^-1.2) make 0.60; the soft open then one firm support, 0.44; none reaches 0.7.
    assert [s["confidence"] for s in found] == [0.604, 0.442]
    assert shifts(rows.store, replace(every, min_confidence=0.7)) == []
    # By default each side needs two articles: the support, in one report so far, is no shift yet.
    default = PositionQuery(trusted_only=False, issue=ISSUE)
    assert [(s["from"], s["to"]) for s in shifts(rows.store, default)] == [("oppose", "open")]


def test_a_tied_day_is_not_a_shift(rows: Rows) -> None:
    a = rows.actor("Tomas Novak")
    rows.say(a, "2025-03-01", "oppose", act="reject")
    rows.say(a, "2025-03-02", "support", act="support")
    rows.say(a, "2025-03-02", "oppose", act="reject")
    assert shifts(rows.store) == []


def test_decide_and_durations() -> None:
    assert decide({}, 0.6) == ("unclear", [], 0.0)
    stance, sides, confidence = decide({"support": 3.0, "oppose": 0.5}, 0.6)
    assert (stance, sides) == ("support", ["support"]) and 0.8 < confidence < 0.9
    assert decide({"support": 1.0, "oppose": 0.7}, 0.6)[0] == "mixed"
    assert decide({"support": 1.0, "oppose": 0.7}, 0.8)[0] == "support"
    assert [parse_days(v) for v in ("90d", "2w", "6m", "1y", "45")] == [90, 14, 180, 365, 45]
    with pytest.raises(ValueError):
        parse_days("soon")
    with pytest.raises(ValueError):
        parse_days("-3d")


def test_settings_weigh_hedges(rows: Rows) -> None:
    a = rows.actor("Anna Berg")
    rows.say(a, "2025-03-01", "support", act="support", hedged=True)
    rows.say(a, "2025-03-01", "oppose", act="oppose")
    default = cell(positions(rows.store, PositionQuery(as_of="2025-03-01")), "Anna Berg")
    equal = cell(positions(rows.store, PositionQuery(as_of="2025-03-01"),
                           Settings(position_hedged_weight=1.0)), "Anna Berg")
    assert default["stance"] == "oppose" and equal["stance"] == "mixed"


def test_a_malformed_date_weighs_nothing_instead_of_failing(rows: Rows) -> None:
    a = rows.actor("Anna Berg")
    rows.say(a, "2025-03-01", "support", act="support")
    rows.say(a, "2025-0-01", "oppose", act="oppose")  # sorts before as_of, does not parse
    p = cell(positions(rows.store, PositionQuery(as_of="2025-03-01")), "Anna Berg")
    assert p["stance"] == "support" and p["weights"]["oppose"] == 0.0


def test_an_institutions_own_name_rolls_up_to_its_state(rows: Rows) -> None:
    state = rows.actor("United States", "country")
    house = rows.actor("White House", "organization", part_of=state)
    pentagon = rows.actor("Pentagon", "organization", part_of=state)
    rows.say(house, "2025-03-01", "oppose", act="reject")
    rows.say(pentagon, "2025-03-02", "oppose", act="reject")
    rows.say(state, "2025-03-03", "support", act="support")
    own = positions(rows.store, PositionQuery(as_of="2025-03-03", actor="White House"))
    assert [(p["actor"]["name"], p["statements"]) for p in own["positions"]] == [("White House", 1)]
    for name in ("White House", "United States"):
        rolled = positions(rows.store, PositionQuery(as_of="2025-03-03", actor=name, roll_up=True))
        assert [(p["actor"]["name"], p["statements"]) for p in rolled["positions"]] == [("United States", 3)]
    changes = shifts(rows.store, PositionQuery(actor="Pentagon", roll_up=True, min_articles=1))
    assert [(s["actor"]["name"], s["from"], s["to"]) for s in changes] == [("United States", "oppose", "support")]
    assert shifts(rows.store, PositionQuery(actor="Pentagon")) == []


def test_a_shift_window_smooths_out_a_stray_day(rows: Rows) -> None:
    a = rows.actor("Anna Berg")
    for day in ("2025-03-01", "2025-03-02"):
        rows.say(a, day, "oppose", act="reject")
    stray = rows.say(a, "2025-03-03", "support")  # a soft act among firm ones: prediction noise, typically
    last_oppose = rows.say(a, "2025-03-04", "oppose", act="reject")
    for day in ("2025-03-20", "2025-03-21"):
        rows.say(a, day, "support", act="support")
    daily = shifts(rows.store, PositionQuery(trusted_only=False, actor="Anna Berg", min_articles=1))
    # Every change listed: the stray day is one lead, with the day its oppose came back, then the real change.
    assert [(s["date"], s["to"], (s["returned"] or {}).get("day")) for s in daily] == [
        ("2025-03-03", "support", "2025-03-04"), ("2025-03-20", "support", None)]
    assert daily[0]["after"]["article"] == stray
    smoothed = shifts(rows.store, PositionQuery(trusted_only=False, actor="Anna Berg", window_days=7, min_articles=1))
    assert [(s["date"], s["from"], s["to"]) for s in smoothed] == [("2025-03-20", "oppose", "support")]
    assert smoothed[0]["before"]["article"] == last_oppose and smoothed[0]["confirmed_days"] == 1
    # The window ends on each day: an as-of date (--until) still cuts what comes after it.
    assert shifts(rows.store, PositionQuery(trusted_only=False, actor="Anna Berg", window_days=7, as_of="2025-03-10",
                                            min_articles=1)) == []


def test_a_window_day_whose_stance_rests_on_earlier_days_cites_them(rows: Rows) -> None:
    a = rows.actor("Ines Moreau")
    rows.say(a, "2025-03-01", "oppose", act="assert")
    rows.say(a, "2025-03-05", "support", act="support")
    backed = rows.say(a, "2025-03-05", "support", act="support")
    rows.say(a, "2025-03-06", "oppose", act="assert")  # alone it would flip the day; the window keeps support
    rows.say(a, "2025-03-30", "oppose", act="reject")
    found = shifts(rows.store, PositionQuery(trusted_only=False, actor="Ines Moreau", window_days=10, min_articles=1))
    assert [(s["date"], s["from"], s["to"]) for s in found] == [
        ("2025-03-05", "oppose", "support"), ("2025-03-30", "support", "oppose")]
    # The day before the change is 03-06, whose own statement opposes: the support it held came from 03-05.
    assert (found[1]["before"]["article"], found[1]["before"]["stance"]) == (backed, "support")


def test_a_slug_with_reserved_characters_is_quoted_in_the_link(rows: Rows) -> None:
    a = rows.actor("Pieter de Vries")
    slug = rows.say(a, "2025-03-01", "support", act="commit")
    rows.store.conn.execute("UPDATE articles SET slug = ? WHERE slug = ?", ("report #2?v=1", slug))
    p = cell(positions(rows.store, PositionQuery(as_of="2025-03-01")), "Pieter de Vries")
    assert p["evidence"][0]["link"] == f"/articles/report%20%232%3Fv%3D1#s-k{rows.n}"
    point = issue_timeline(rows.store, PositionQuery(issue=ISSUE))["points"][0]
    assert point["link"] == p["evidence"][0]["link"]


def test_a_refusal_to_rule_out_is_as_firm_as_a_side_taken(rows: Rows) -> None:
    """'Refused to rule out' (open) outweighs a plain 'said' on the other side, as 'ruled out' would."""
    a = rows.actor("Paul Harlan")
    rows.say(a, "2025-05-01", "open", act="refuse_to_commit")
    rows.say(a, "2025-05-01", "support", act="assert", score=0.9)
    got = cell(positions(rows.store, PositionQuery(as_of="2025-05-01")), "Paul Harlan")
    assert got["stance"] == "open" and got["weights"] == {"open": 1.0, "support": 0.54}


def test_a_statement_tagged_in_passing_weighs_less(rows: Rows) -> None:
    """The issue score (how surely a statement is about the issue) scales its vote."""
    a = rows.actor("Paul Harlan")
    rows.say(a, "2025-05-01", "oppose", act="oppose")
    rows.say(a, "2025-05-01", "support", act="commit", score=0.4)
    got = cell(positions(rows.store, PositionQuery(as_of="2025-05-01")), "Paul Harlan")
    assert got["stance"] == "oppose" and got["weights"] == {"oppose": 1.0, "support": 0.4}


def test_a_stray_report_between_steady_ones_is_no_shift(rows: Rows) -> None:
    """Each side of a shift needs two articles by default; the stray one is dropped and the oppose around it
    is one stance again, cited by its newest statement."""
    a = rows.actor("Anna Berg")
    for day in ("2025-03-01", "2025-03-02"):
        rows.say(a, day, "oppose", act="reject")
    rows.say(a, "2025-03-03", "support")  # one report: a misread statement, typically
    last_oppose = rows.say(a, "2025-03-04", "oppose", act="reject")
    for day in ("2025-03-20", "2025-03-21"):
        rows.say(a, day, "support", act="support")
    found = shifts(rows.store, PositionQuery(trusted_only=False, actor="Anna Berg"))
    assert [(s["date"], s["from"], s["to"]) for s in found] == [("2025-03-20", "oppose", "support")]
    assert found[0]["before"]["article"] == last_oppose
    # The stray support is not a side of its own, but it was said inside the oppose run: counted against it.
    assert found[0]["evidence"]["before"] == {"statements": 3, "articles": 3, "first": "2025-03-01",
                                              "last": "2025-03-04", "against": 1}
    assert shifts(rows.store, PositionQuery(trusted_only=False, actor="Anna Berg"),
                  Settings(shift_min_articles=3)) == []


def test_a_quote_repeated_by_two_articles_is_one_report(rows: Rows) -> None:
    """A live blog's updates (or two outlets running one wire quote) repeat a statement: one piece of evidence."""
    a = rows.actor("Ines Moreau")
    for day in ("2025-03-01", "2025-03-02"):
        rows.say(a, day, "oppose", act="reject")
    quote = rows.store.conn.execute("INSERT INTO quotes (actor_id, norm_text, shingle_count) VALUES (?, 'x', 1)",
                                    (a,)).lastrowid
    for _ in range(2):
        rows.say(a, "2025-03-10", "support", act="support")
        rows.store.conn.execute("UPDATE statements SET quote_id = ? WHERE key = ?", (quote, f"k{rows.n}"))
    assert shifts(rows.store, PositionQuery(actor="Ines Moreau")) == []
    rows.say(a, "2025-03-11", "support", act="support")  # a second, independent report
    found = shifts(rows.store, PositionQuery(actor="Ines Moreau"))
    assert [(s["from"], s["to"]) for s in found] == [("oppose", "support")]
    assert found[0]["evidence"]["after"]["articles"] == 2 and found[0]["evidence"]["after"]["statements"] == 3


def test_a_day_as_mixed_as_a_cell_sets_no_stance(rows: Rows) -> None:
    """A day is decided as a cell is: two sides of near-equal weight are mixed, not a win for the heavier."""
    a = rows.actor("Tomas Novak")
    for day in ("2025-03-01", "2025-03-02"):
        rows.say(a, day, "oppose", act="reject")
    for day in ("2025-03-05", "2025-03-06"):
        rows.say(a, day, "support", act="support")
        rows.say(a, day, "oppose", act="reject", score=0.8)  # 0.8 of the support's weight: mixed
    assert shifts(rows.store, PositionQuery(actor="Tomas Novak")) == []


def test_a_cell_says_how_many_statements_its_stance_rests_on(rows: Rows) -> None:
    """"support" from 1 of 4 statements (3 unclear) reads differently from 1 of 1: the cell says which."""
    a = rows.actor("Leila Haddad")
    rows.say(a, "2025-03-01", "support", act="support")
    rows.say(a, "2025-03-02", "oppose", act="assert", hedged=True)
    for day in ("2025-03-03", "2025-03-04"):
        rows.say(a, day, "unclear")
    p = cell(positions(rows.store, PositionQuery(as_of="2025-03-04")), "Leila Haddad")
    assert p["stance"] == "support" and p["statements"] == 4
    assert p["backing"] == {"statements": 1, "voting": 2, "first": "2025-03-01", "last": "2025-03-01",
                            "sides": {"support": 1}, "outnumbered_by": None, "trusted": 1, "trusted_articles": 1,
                            "trusted_sides": {"support": 1}, "trusted_lean": None}
    assert p["by_stance"]["unclear"] == {"statements": 2, "articles": 2, "first": "2025-03-03", "last": "2025-03-04",
                                         "trusted": 0, "trusted_articles": 0, "trusted_weight": 0.0}
    assert not p["weak"]  # the one support is a side-taking act by a named speaker, plainly about the issue


def test_undated_statements_are_counted_for_the_actor_asked_about(rows: Rows) -> None:
    a, b = rows.actor("Leila Haddad"), rows.actor("Anna Berg")
    rows.say(a, "2025-03-01", "support", act="support")
    rows.say(b, None, "oppose", act="reject")
    assert positions(rows.store, PositionQuery(as_of="2025-03-01", actor="Leila Haddad"))["undated_statements"] == 0
    assert positions(rows.store, PositionQuery(as_of="2025-03-01", actor="Anna Berg"))["undated_statements"] == 1
    assert positions(rows.store, PositionQuery(as_of="2025-03-01"))["undated_statements"] == 1


def test_one_quote_reported_by_three_articles_votes_once(rows: Rows) -> None:
    """Three outlets running the same line do not outvote two different things the actor said."""
    a = rows.actor("Paul Harlan")
    quote = rows.store.conn.execute("INSERT INTO quotes (actor_id, norm_text, shingle_count) VALUES (?, 'x', 1)",
                                    (a,)).lastrowid
    for day in ("2025-05-01", "2025-05-02", "2025-05-03"):
        rows.say(a, day, "support", act="support")
        rows.store.conn.execute("UPDATE statements SET quote_id = ? WHERE key = ?", (quote, f"k{rows.n}"))
    for day in ("2025-05-01", "2025-05-02"):
        rows.say(a, day, "oppose", act="oppose")
    got = cell(positions(rows.store, PositionQuery(as_of="2025-05-03", half_life_days=10_000)), "Paul Harlan")
    assert got["stance"] == "oppose" and got["stance_counts"] == {"oppose": 2, "support": 3}
    assert got["weights"]["support"] == 1.0  # the first report; the two repeats weigh nothing


def group_of(rows: Rows, name: str, *members: int) -> int:
    """A group actor named after its members ("They" after "A met B"), as the store links them."""
    group = rows.actor(name)
    rows.store.conn.executemany("INSERT INTO actor_members (group_id, member_id) VALUES (?, ?)",
                                [(group, m) for m in members])
    return group


def test_a_joint_statement_is_each_members_position_and_the_groups_once(rows: Rows) -> None:
    a, b = rows.actor("Leila Haddad"), rows.actor("Anna Berg")
    pair = group_of(rows, "Leila Haddad and Anna Berg", a, b)
    rows.say(pair, "2025-03-01", "support", act="support")
    rows.say(b, "2025-03-01", "support", act="support")
    every = positions(rows.store, PositionQuery(as_of="2025-03-01"))
    assert {p["actor"]["name"]: p["statements"] for p in every["positions"]} == {
        "Leila Haddad": 1, "Anna Berg": 2, "Leila Haddad and Anna Berg": 1}
    haddad = cell(positions(rows.store, PositionQuery(as_of="2025-03-01", actor="Leila Haddad")), "Leila Haddad")
    assert haddad["stance"] == "support"
    assert haddad["evidence"][0]["joint"] == {"id": "leila-haddad-and-anna-berg", "name": "Leila Haddad and Anna Berg"}
    berg = cell(positions(rows.store, PositionQuery(as_of="2025-03-01", actor="Anna Berg")), "Anna Berg")
    assert [e.get("joint") for e in berg["evidence"]].count(None) == 1  # her own, beside the joint one


def test_a_joint_statement_counts_once_for_a_state_two_members_roll_up_to(rows: Rows) -> None:
    state = rows.actor("France", "country")
    office = rows.actor("Elysee", "organization", part_of=state)
    ministry = rows.actor("Quai d'Orsay", "organization", part_of=state)
    other = rows.actor("Anna Berg")
    pair = group_of(rows, "Elysee and Quai d'Orsay", office, ministry)
    trio = group_of(rows, "France and Anna Berg", state, other)
    rows.say(pair, "2025-03-01", "oppose", act="reject")
    rows.say(trio, "2025-03-02", "oppose", act="reject")
    rolled = positions(rows.store, PositionQuery(as_of="2025-03-02", roll_up=True))
    assert cell(rolled, "France")["statements"] == 2
    assert cell(rolled, "Anna Berg")["statements"] == 1
    by_state = positions(rows.store, PositionQuery(as_of="2025-03-02", roll_up=True, actor="Quai d'Orsay"))
    assert [(p["actor"]["name"], p["statements"]) for p in by_state["positions"]] == [("France", 2)]


def test_a_members_shift_and_undated_count_take_joint_statements(rows: Rows) -> None:
    a, b = rows.actor("Leila Haddad"), rows.actor("Anna Berg")
    pair = group_of(rows, "Leila Haddad and Anna Berg", a, b)
    rows.say(a, "2025-03-01", "oppose", act="reject")
    rows.say(a, "2025-03-02", "oppose", act="reject")
    rows.say(pair, "2025-04-01", "support", act="support")
    rows.say(pair, "2025-04-02", "support", act="support")
    rows.say(pair, None, "support", act="support")
    found = shifts(rows.store, PositionQuery(actor="Leila Haddad"))
    assert [(s["actor"]["name"], s["from"], s["to"]) for s in found] == [("Leila Haddad", "oppose", "support")]
    assert positions(rows.store, PositionQuery(as_of="2025-04-02", actor="Anna Berg"))["undated_statements"] == 1
    timeline = issue_timeline(rows.store, PositionQuery(issue=ISSUE, as_of="2025-04-02"))
    assert {x["name"]: x["statements"] for x in timeline["actors"]}["Leila Haddad"] == 4


def faded_majority(rows: Rows) -> int:
    """"Faded Minister": support in four reports in January, then oppose in two in May, with one hedged support
    outvoted on the last day (the CLI's and the timeline page's counts of each side)."""
    a = rows.actor("Faded Minister")
    for day in ("2025-01-05", "2025-01-06", "2025-01-07", "2025-01-08"):
        rows.say(a, day, "support", act="support")
    for day in ("2025-05-01", "2025-05-02"):
        rows.say(a, day, "oppose", act="reject")
    rows.say(a, "2025-05-02", "support", act="assert", hedged=True)  # outvoted on its day
    return a


def unnamed_and_named_flips(rows: Rows) -> None:
    """An unnamed "ministry" and a named minister each back the idea in two reports in March and oppose it in two
    in June (the CLI's and the timeline page's marks of a described source's shift)."""
    ministry = rows.actor("ministry", "unnamed")
    minister = rows.actor("Nadia Named")
    for day, stance in (("2025-03-01", "support"), ("2025-03-08", "support"), ("2025-06-01", "oppose"),
                        ("2025-06-08", "oppose")):
        rows.say(ministry, day, stance, act=stance, resolution="description")
        rows.say(minister, day, stance, act=stance)
    rows.store.conn.commit()


def one_turnaround(path: Path) -> Path:
    """A store at ``path`` where one minister rejects the idea in two reports, then backs it in one: one change
    of stance that rests on fewer than two articles a side (the CLI's and the timeline page's shift tests)."""
    store = Store(path)
    rows = Rows(store)
    a = rows.actor("Anna Berg")
    for day in ("2025-03-01", "2025-03-02"):
        rows.say(a, day, "oppose", act="reject")
    rows.say(a, "2025-04-10", "support", act="support")
    store.conn.commit()
    store.close()
    return path


def test_evidence_order_puts_well_attested_positions_first_and_min_articles_drops_passing_ones(rows: Rows) -> None:
    """On a corpus most cells rest on one report; sorted by evidence the ones told most often come first."""
    once, often = rows.actor("Aaron Once"), rows.actor("Zofia Often")
    rows.say(once, "2025-02-01", "oppose", act="reject")
    for day in ("2025-01-01", "2025-01-08", "2025-01-15"):
        rows.say(often, day, "support", act="support")
    by_name = [p["actor"]["name"] for p in positions(rows.store)["positions"]]
    assert by_name == ["Aaron Once", "Zofia Often"]
    by_evidence = positions(rows.store, PositionQuery(sort="evidence"))["positions"]
    assert [p["actor"]["name"] for p in by_evidence] == ["Zofia Often", "Aaron Once"]
    kept = positions(rows.store, PositionQuery(min_articles=2))["positions"]
    assert [(p["actor"]["name"], p["articles"]) for p in kept] == [("Zofia Often", 3)]


def test_an_unknown_sort_is_a_query_error(rows: Rows) -> None:
    from onrecord.store.queries import QueryError

    rows.say(rows.actor("Aaron Once"), "2025-02-01", "oppose")
    with pytest.raises(QueryError, match="sort must be one of actor, evidence"):
        positions(rows.store, PositionQuery(sort="loudest"))


def test_a_brief_contrary_run_inside_a_steady_stance_is_no_shift(rows: Rows) -> None:
    """Support in three reports, oppose in two, support in three again: a steady stance with a brief contrary
    report in it (a misread or misattributed statement, on PolNeAR every time), not two changes of mind. It is
    dropped as a thin run is; every change is still listed with one article a side, and the setting keeps it."""
    a = rows.actor("Marta Vidal")
    for day in ("2025-01-05", "2025-01-12", "2025-01-19"):
        rows.say(a, day, "support", act="support")
    for day in ("2025-02-02", "2025-02-03"):
        rows.say(a, day, "oppose", act="reject")
    for day in ("2025-03-02", "2025-03-09", "2025-03-16"):
        rows.say(a, day, "support", act="support")
    query = PositionQuery(actor="Marta Vidal")
    assert shifts(rows.store, query) == []
    kept = [(s["date"], s["from"], s["to"]) for s in shifts(rows.store, query, Settings(shift_drop_excursions=False))]
    assert kept == [("2025-02-02", "support", "oppose"), ("2025-03-02", "oppose", "support")]
    # Every change, one article a side: the brief run is one lead, its return beside it, not a second shift.
    every = shifts(rows.store, replace(query, min_articles=1))
    assert [(s["date"], s["to"], s["returned"]["day"]) for s in every] == [("2025-02-02", "oppose", "2025-03-02")]
    assert every[0]["returned"]["evidence"] == {"statements": 3, "articles": 3, "first": "2025-03-02",
                                                "last": "2025-03-16", "against": 0}


def test_one_stray_report_between_two_is_one_lead_not_two_shifts(rows: Rows) -> None:
    """Listing every change (one article a side), a stance reported once between two reports of another is one
    lead with the day the other came back (PolNeAR train: 7 of the 44 leads of the ten most quoted actors were
    such returns, each a second entry for one misread report). A change not reversed, and the setting off, list
    each change as before."""
    a = rows.actor("Lea Fontaine")
    rows.say(a, "2025-01-05", "support", act="support")
    rows.say(a, "2025-02-02", "oppose", act="reject")  # one stray report
    rows.say(a, "2025-03-02", "support", act="support")
    rows.say(a, "2025-04-06", "oppose", act="reject")  # not reversed: a change of its own
    every = PositionQuery(actor="Lea Fontaine", min_articles=1)
    found = shifts(rows.store, every)
    assert [(s["date"], s["from"], s["to"], (s["returned"] or {}).get("day")) for s in found] == [
        ("2025-02-02", "support", "oppose", "2025-03-02"), ("2025-04-06", "support", "oppose", None)]
    assert found[1]["before"]["published"] == "2025-03-02"  # the stance it left is the one that came back
    kept = shifts(rows.store, every, Settings(shift_drop_excursions=False))
    assert [(s["date"], s["returned"]) for s in kept] == [("2025-02-02", None), ("2025-03-02", None),
                                                          ("2025-04-06", None)]
    # The count of hidden changes under the default threshold counts leads, not both halves of one.
    assert every_evidence_shifts(rows.store, replace(every, trusted_only=True)) == 2
    # The stance that came back is said against as each side is: by every statement the other way on its days.
    rows.say(a, "2025-03-02", "oppose", act="assert")  # a plain assert: no trusted evidence, one against
    assert shifts(rows.store, every)[0]["returned"]["evidence"]["against"] == 1


def test_a_contrary_run_as_well_reported_as_a_side_is_a_shift(rows: Rows) -> None:
    """Only a run reported in fewer articles than both stances around it is dropped: one as well reported as the
    stance before it is a change of mind and a change back, and a change that is not reversed is always kept."""
    a = rows.actor("Jonas Eklund")
    for day in ("2025-01-05", "2025-01-12"):
        rows.say(a, day, "support", act="support")
    for day in ("2025-02-02", "2025-02-09"):
        rows.say(a, day, "oppose", act="reject")
    for day in ("2025-03-02", "2025-03-09", "2025-03-16"):
        rows.say(a, day, "support", act="support")
    b = rows.actor("Ewa Nowak")
    for day in ("2025-01-05", "2025-01-12", "2025-01-19"):
        rows.say(b, day, "support", act="support")
    for day in ("2025-02-02", "2025-02-09"):
        rows.say(b, day, "oppose", act="reject")
    found = [(s["actor"]["name"], s["date"], s["to"]) for s in shifts(rows.store, PositionQuery())]
    assert found == [("Ewa Nowak", "2025-02-02", "oppose"), ("Jonas Eklund", "2025-02-02", "oppose"),
                     ("Jonas Eklund", "2025-03-02", "support")]


def test_a_stance_resting_on_fewer_statements_than_an_older_side_says_so(rows: Rows) -> None:
    """Four support statements in January, two oppose in May: as of May the cell is oppose (the old ones have
    faded), "2 of 6"; it names the four older support statements instead of leaving a sum that does not add
    up. A mixed cell counts each side apart."""
    a = rows.actor("Omar Qureshi")
    for day in ("2025-01-05", "2025-01-06", "2025-01-07", "2025-01-08"):
        rows.say(a, day, "support", act="support")
    for day in ("2025-05-01", "2025-05-02"):
        rows.say(a, day, "oppose", act="reject")
    p = cell(positions(rows.store, PositionQuery(as_of="2025-05-02")), "Omar Qureshi")
    assert p["stance"] == "oppose"
    assert (p["backing"]["statements"], p["backing"]["voting"]) == (2, 6)
    assert p["backing"]["sides"] == {"oppose": 2}
    assert p["backing"]["outnumbered_by"] == {"stance": "support", "statements": 4}
    # Judged without decay the four support outweigh the two oppose: no older side outnumbers it.
    undecayed = cell(positions(rows.store, PositionQuery(as_of="2025-05-02", half_life_days=36500)), "Omar Qureshi")
    assert undecayed["stance"] == "support" and undecayed["backing"]["outnumbered_by"] is None
    b = rows.actor("Vera Lind")
    rows.say(b, "2025-05-01", "support", act="support")
    rows.say(b, "2025-05-01", "oppose", act="reject")
    rows.say(b, "2025-05-01", "oppose", act="assert", hedged=True)
    mixed = cell(positions(rows.store, PositionQuery(as_of="2025-05-02")), "Vera Lind")
    assert mixed["stance"] == "mixed" and mixed["backing"]["sides"] == {"support": 1, "oppose": 2}
    assert mixed["backing"]["outnumbered_by"] is None


def test_a_described_groups_shift_is_marked_as_no_ones_change_of_mind(rows: Rows) -> None:
    """"Republicans" quoted in March and in June are different people: its shift is marked, a person's is not,
    and a joint statement's group (with members) is one set of people, not marked either."""
    party = rows.actor("Republicans", "group")
    person = rows.actor("Ruth Mensah")
    pair = rows.actor("Mensah and Okafor", "group")
    rows.store.conn.execute("INSERT INTO actor_members (group_id, member_id) VALUES (?, ?)", (pair, person))
    for actor in (party, person, pair):
        for day in ("2025-03-01", "2025-03-08"):
            rows.say(actor, day, "support", act="support")
        for day in ("2025-06-01", "2025-06-08"):
            rows.say(actor, day, "oppose", act="reject")
    found = {s["actor"]["name"]: s["described_group"] for s in shifts(rows.store, PositionQuery())}
    assert found == {"Republicans": True, "Ruth Mensah": False, "Mensah and Okafor": False}


def flips(rows: Rows) -> tuple[int, int]:
    """Two ministers who back the idea in two reports each, firmly and by name. Weak Minister then "opposes" it
    in two reports that are no trusted evidence: a plain assert, a pronoun's words, a statement tagged in passing.
    Strong Minister rejects it by name in two reports, plainly about the issue."""
    weak, strong = rows.actor("Weak Minister"), rows.actor("Strong Minister")
    for a in (weak, strong):
        rows.say(a, "2025-01-05", "support", act="support", score=0.9)
        rows.say(a, "2025-01-12", "support", act="support", score=0.9)
    rows.say(weak, "2025-03-02", "oppose", act="assert", score=0.9)  # a plain assert read as opposed
    rows.say(weak, "2025-03-09", "oppose", act="oppose", score=0.9, resolution="pronoun")  # "he" may be another
    rows.say(weak, "2025-03-16", "oppose", act="oppose", score=0.35)  # tagged with the issue in passing
    rows.say(strong, "2025-03-02", "oppose", act="reject", score=0.9)
    rows.say(strong, "2025-03-09", "oppose", act="oppose", score=0.8)
    return weak, strong


def test_a_flip_on_weak_evidence_is_no_shift_and_a_flip_on_trusted_evidence_is(rows: Rows) -> None:
    """By default a shift is found from trusted statements alone (a side-taking act by a named speaker, plainly
    about the issue): Weak Minister's "change" rests on an assert, a pronoun and a passing tag, and is none."""
    flips(rows)
    found = shifts(rows.store, PositionQuery())
    assert [(s["actor"]["name"], s["date"], s["from"], s["to"], s["trusted_only"]) for s in found] == [
        ("Strong Minister", "2025-03-02", "support", "oppose", True)]
    assert found[0]["before"]["trusted"] and found[0]["after"]["trusted"]
    # Every tagged statement, trusted or not: both flips are listed, and the weak one's evidence says it is not.
    every = shifts(rows.store, PositionQuery(trusted_only=False))
    assert [(s["actor"]["name"], s["trusted_only"]) for s in every] == [("Strong Minister", False),
                                                                        ("Weak Minister", False)]
    assert not every[1]["after"]["trusted"]


def test_the_trusted_settings_decide_which_flips_are_shifts(rows: Rows) -> None:
    """``shift_trusted_only`` off finds shifts from every statement as before; ``position_trusted_score`` is the
    issue score a trusted statement needs (Strong Minister's second rejection scores 0.8)."""
    flips(rows)
    names = lambda settings: [s["actor"]["name"] for s in shifts(rows.store, PositionQuery(), settings)]  # noqa: E731
    assert names(Settings()) == ["Strong Minister"]
    assert names(Settings(shift_trusted_only=False)) == ["Strong Minister", "Weak Minister"]
    assert names(Settings(position_trusted_score=0.85)) == []  # one trusted rejection: one article, no side


def test_what_a_trusted_side_was_said_against_counts_every_statement(rows: Rows) -> None:
    """A side found from trusted statements still says how many statements of any kind went the other way."""
    _, strong = flips(rows)
    rows.say(strong, "2025-01-08", "oppose", act="assert", score=0.9)
    (found,) = shifts(rows.store, PositionQuery(actor="Strong Minister"))
    assert found["evidence"]["before"]["against"] == 1  # the plain assert of 2025-01-08, no trusted evidence


def test_a_position_on_weak_evidence_is_marked_not_hidden(rows: Rows) -> None:
    """A cell whose stance no trusted statement backs, or whose trusted statements lean another way as much or
    more, is ``weak``; a cell backed by its trusted statements is not; each evidence statement says if trusted."""
    flips(rows)
    plain = rows.actor("Plain Minister")  # supports, in asserts only
    rows.say(plain, "2025-03-01", "support", act="assert")
    rows.say(plain, "2025-03-02", "support", act="assert")
    contrary = rows.actor("Contrary Minister")  # many plain supports, one trusted rejection
    for day in ("2025-03-01", "2025-03-02", "2025-03-03", "2025-03-04"):
        rows.say(contrary, day, "support", act="assert")
    rows.say(contrary, "2025-03-05", "oppose", act="reject")
    result = positions(rows.store, PositionQuery(as_of="2025-03-16"))
    strong, weak = cell(result, "Strong Minister"), cell(result, "Weak Minister")
    # Its two trusted supports are older, and have faded as the cell weighs them: no lean against its stance.
    assert strong["stance"] == "oppose" and not strong["weak"] and strong["backing"]["trusted"] == 2
    assert strong["by_stance"]["support"]["trusted"] == 2
    assert weak["stance"] == "oppose" and weak["weak"] and weak["backing"]["trusted_sides"] == {"oppose": 0}
    # Its trusted statements are the two supports: they lean the other way, and the cell says which.
    assert weak["backing"]["trusted_lean"] == {"stance": "support", "statements": 2}
    p = cell(result, "Plain Minister")
    assert p["stance"] == "support" and p["weak"] and p["backing"]["trusted_lean"] is None
    c = cell(result, "Contrary Minister")
    assert c["stance"] == "support" and c["weak"] and c["backing"]["trusted_lean"] == {"stance": "oppose",
                                                                                       "statements": 1}
    assert [e["trusted"] for e in strong["evidence"]] == [True, True]
    assert {e["trusted"] for e in p["evidence"]} == {False}


def test_the_count_of_shifts_from_every_statement_comes_with_the_trusted_ones(rows: Rows,
                                                                              monkeypatch: pytest.MonkeyPatch) -> None:
    """``every_evidence_shifts`` gives what ``--all-evidence`` lists (filters included), counted by the trusted
    computation itself: asked after the shifts, nothing is computed again."""
    from onrecord.store import positions as module

    flips(rows)
    assert every_evidence_shifts(rows.store, PositionQuery()) == len(shifts(rows.store, PositionQuery(
        trusted_only=False))) == 2
    for query in (PositionQuery(since="2025-03-05"), PositionQuery(actor="Weak Minister"),
                  PositionQuery(min_confidence=0.99), PositionQuery(window_days=30)):
        assert every_evidence_shifts(rows.store, query) == len(shifts(rows.store, replace(query, trusted_only=False)))
    assert every_evidence_shifts(rows.store, PositionQuery(trusted_only=False)) == 0  # it lists them already
    computed: list[PositionQuery] = []
    real = module._shifts
    monkeypatch.setattr(module, "_shifts", lambda store, query, *rest: computed.append(query) or real(
        store, query, *rest))
    query = PositionQuery(actor="Strong Minister")
    assert len(shifts(rows.store, query)) == 1 and every_evidence_shifts(rows.store, query) == 1
    assert computed == [query]


def reported_turn(rows: Rows) -> int:
    """Lena Ortiz backs the dam by name in two reports in March. In two reports in June she attacks her rival's plan
    for it ("Hale wants to flood the valley for his dam"), which a stance read off those words makes support of the
    dam... or here, as the reading that made PolNeAR's false shifts did, the rival's side taken for hers: oppose
    read where she argued for it. Each is a side-taking act by a named speaker, plainly about the issue."""
    ortiz = rows.actor("Lena Ortiz")
    rows.say(ortiz, "2025-03-02", "support", act="support", score=0.9)
    rows.say(ortiz, "2025-03-09", "support", act="commit", score=0.9)
    rows.say(ortiz, "2025-06-01", "oppose", act="oppose", score=0.9, reported="Victor Hale")
    rows.say(ortiz, "2025-06-08", "oppose", act="oppose", score=0.9, reported="Hale")
    rows.store.conn.commit()
    return ortiz


def test_a_statement_reporting_anothers_position_makes_no_shift(rows: Rows) -> None:
    """Statements whose content reports another's position are no trusted evidence of the speaker's own: the
    "change" they make is listed only with every statement, and there each says whose position it reports."""
    reported_turn(rows)
    assert shifts(rows.store, PositionQuery()) == []
    assert every_evidence_shifts(rows.store, PositionQuery()) == 1
    (every,) = shifts(rows.store, PositionQuery(trusted_only=False))
    assert (every["from"], every["to"], every["date"]) == ("support", "oppose", "2025-06-01")
    assert every["after"]["reported"] == "Victor Hale" and not every["after"]["trusted"]
    assert "reported" not in every["before"] and every["before"]["trusted"]
    # With the setting on, such statements are trusted as before this branch: the false shift is back.
    assert len(shifts(rows.store, PositionQuery(), Settings(position_reported_trusted=True))) == 1
    # The cell still counts them (they are the speaker's words), marked weak: no trusted statement backs oppose.
    c = cell(positions(rows.store, PositionQuery(as_of="2025-06-08")), "Lena Ortiz")
    assert c["weak"] and c["backing"]["trusted_lean"] == {"stance": "support", "statements": 2}
    assert {e["reported"] for e in c["evidence"] if "reported" in e} == {"Victor Hale", "Hale"}


def test_an_actors_own_words_on_an_issue_about_them_make_no_shift(rows: Rows) -> None:
    """A candidate on their own candidacy supports it while running (self-description); a "change" there is a
    misread or another's words given to them. Their own statements on it make no shift (``shift_own_issues`` off),
    the cell is marked ``own_issue``; another speaker's turn on the same issue is still a shift."""
    hale, rival = rows.actor("Victor Hale"), rows.actor("Lena Ortiz")
    for day, stance in (("2025-03-02", "support"), ("2025-03-09", "support"), ("2025-06-01", "oppose"),
                        ("2025-06-08", "oppose")):
        rows.say(hale, day, stance, act=stance, issue="hale-candidacy", own=True)
        rows.say(rival, day, stance, act=stance, issue="hale-candidacy")
    rows.store.conn.commit()
    assert [s["actor"]["name"] for s in shifts(rows.store, PositionQuery())] == ["Lena Ortiz"]
    assert [s["actor"]["name"] for s in shifts(rows.store, PositionQuery(), Settings(shift_own_issues=True))] == [
        "Lena Ortiz", "Victor Hale"]
    assert every_evidence_shifts(rows.store, PositionQuery()) == 1  # the same rows, every statement
    result = positions(rows.store, PositionQuery(as_of="2025-06-08"))
    assert cell(result, "Victor Hale", "hale-candidacy")["own_issue"]
    assert not cell(result, "Lena Ortiz", "hale-candidacy")["own_issue"]
