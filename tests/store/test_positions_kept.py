"""Positions, shifts and issue timelines kept per process until the store is next written (migration 16):
a kept answer is always the one the computation gives now, through every write path."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from onrecord import extract
from onrecord.ingest import TextInput
from onrecord.model import IssueTag, Span
from onrecord.settings import Settings
from onrecord.store import CHANGES_SCHEMA, Store, content_hash
from onrecord.store import positions as p
from tests.store.test_positions import ISSUE, Rows

SETTINGS = Settings()
QUERIES = [p.PositionQuery(), p.PositionQuery(issue=ISSUE), p.PositionQuery(issue=ISSUE, sort="evidence"),
           p.PositionQuery(actor="Karin Lindqvist"), p.PositionQuery(issue=ISSUE, roll_up=True)]


def answers(store: Store) -> list[Any]:
    """Every kept call's answer, through the keeping."""
    return ([p.positions(store, q, SETTINGS) for q in QUERIES] + [p.shifts(store, q, SETTINGS) for q in QUERIES]
            + [p.issue_timeline(store, q, SETTINGS) for q in QUERIES if q.issue] + [p.stored_issues(store, SETTINGS)])


def computed(store: Store) -> list[Any]:
    """The same answers computed afresh (what every call did before answers were kept)."""
    return ([p._positions(store, q, SETTINGS) for q in QUERIES] + [p._shifts(store, q, SETTINGS) for q in QUERIES]
            + [p._issue_timeline(store, q, SETTINGS) for q in QUERIES if q.issue]
            + [[dict(r) for r in store.conn.execute("SELECT issue, taxonomy, COUNT(*) AS statements FROM "
                                                    "statement_issues GROUP BY 1, 2 ORDER BY 3 DESC, 1")]])


def changes(store: Store) -> int:
    return int(store.conn.execute("SELECT n FROM store_counts WHERE name = 'changes'").fetchone()[0])


@pytest.fixture
def rows(tmp_path: Path) -> Rows:
    r = Rows(Store(tmp_path / "kept.db"))
    karin, pavel = r.actor("Karin Lindqvist"), r.actor("Pavel Horak")
    for day, stance in (("2025-01-01", "oppose"), ("2025-01-02", "oppose"), ("2025-02-01", "support"),
                        ("2025-02-03", "support")):
        r.say(karin, day, stance, act="reject" if stance == "oppose" else "support")
        r.say(pavel, day, "support")
    return r


def test_a_new_store_counts_its_writes_and_has_a_token(tmp_path: Path) -> None:
    store = Store(tmp_path / "s.db")
    assert store.schema_version >= CHANGES_SCHEMA
    before = changes(store)
    Rows(store).say(Rows(store).actor("Ana Silva"), "2025-01-01", "support")
    assert changes(store) > before  # an actor, an article, a statement, its tag
    other = Store(tmp_path / "t.db")
    token = "SELECT n FROM store_counts WHERE name = 'store_token'"
    assert store.conn.execute(token).fetchone()[0] != other.conn.execute(token).fetchone()[0]


@pytest.mark.parametrize("write", [
    "UPDATE statement_issues SET stance = 'oppose' WHERE rowid = (SELECT MAX(rowid) FROM statement_issues)",
    "UPDATE statement_issues SET score = 0.2",
    "DELETE FROM statement_issues WHERE rowid = (SELECT MIN(rowid) FROM statement_issues)",
    "UPDATE statements SET act = 'support' WHERE act = 'reject'",
    "UPDATE statements SET hedged = 1 WHERE id % 2 = 0",
    "DELETE FROM statements WHERE id = (SELECT MAX(id) FROM statements)",
    "UPDATE articles SET published = '2025-03-09' WHERE id = 1",
    "UPDATE articles SET published = NULL WHERE id = 2",
    "UPDATE articles SET status = 'skipped' WHERE id = 3",
    "UPDATE articles SET slug = 'renamed' WHERE id = 4",
    "DELETE FROM articles WHERE id = 5",
    "UPDATE actors SET name = 'Karin Lindqvist-Berg' WHERE slug = 'karin-lindqvist'",
    "UPDATE actors SET part_of = (SELECT id FROM actors WHERE slug = 'pavel-horak') WHERE slug = 'karin-lindqvist'",
    "UPDATE statements SET actor_id = (SELECT id FROM actors WHERE slug = 'pavel-horak')",
    "INSERT INTO actor_aliases (alias_key, actor_id, alias) SELECT 'karin lindqvist', id, 'Karin Lindqvist' "
    "FROM actors WHERE slug = 'pavel-horak'",
])
def test_a_kept_answer_is_the_computed_one_after_any_write(rows: Rows, write: str) -> None:
    store = rows.store
    first = answers(store)
    assert first == computed(store)
    before = changes(store)
    store.conn.execute(write)
    assert changes(store) > before
    assert answers(store) == computed(store)


def test_a_kept_answer_is_given_again_without_computing(rows: Rows, monkeypatch: pytest.MonkeyPatch) -> None:
    store = rows.store
    first = p.positions(store, p.PositionQuery(), SETTINGS)
    calls: list[str] = []

    def counted(name: str, real: Callable[..., Any]) -> Callable[..., Any]:
        def call(*args: Any) -> Any:
            calls.append(name)
            return real(*args)
        return call

    monkeypatch.setattr(p, "_positions", counted("positions", p._positions))
    again = p.positions(store, p.PositionQuery(), SETTINGS)
    assert again == first and calls == []
    again["positions"].clear()  # a caller's copy is its own: the kept answer is not changed
    assert p.positions(store, p.PositionQuery(), SETTINGS) == first and calls == []
    assert p.positions(store, p.PositionQuery(), Settings(position_half_life_days=7.0)) != first
    assert calls == ["positions"]  # other settings: another answer
    rows.say(rows.actor("Ana Silva"), "2025-02-04", "oppose")
    assert p.positions(store, p.PositionQuery(), SETTINGS) != first
    assert calls == ["positions", "positions"]


def test_a_store_before_migration_16_computes_every_time(rows: Rows, monkeypatch: pytest.MonkeyPatch) -> None:
    store = rows.store
    # the migrations from 16 on: a store's version is its highest
    store.conn.execute("DELETE FROM schema_migrations WHERE version >= ?", (CHANGES_SCHEMA,))
    calls: list[int] = []
    real = p._shifts
    monkeypatch.setattr(p, "_shifts", lambda *a: calls.append(1) or real(*a))
    assert p.shifts(store, p.PositionQuery(), SETTINGS) == p.shifts(store, p.PositionQuery(), SETTINGS)
    assert len(calls) == 2


def _tagged(text: str, ident: str, stance: str) -> Any:
    """The example's extraction of ``text`` with every statement tagged ``stance`` on the issue."""
    article = extract(text, id=ident, published="2025-05-01")
    for s in article.statements:
        s.issues = [IssueTag(ISSUE, stance, 0.9, Span(s.content.start, s.content.end, s.content.text), "test")]
    return article


def test_kept_answers_follow_ingest_reprocess_and_a_merge(tmp_path: Path) -> None:
    store = Store(tmp_path / "real.db")
    texts = {"one": "Karin Lindqvist said European troops must not go to Ukraine.",
             "two": "Karin Lindqvist said the plan was dangerous. Pavel Horak said troops should go."}
    ids = {}
    for ident, text in texts.items():
        item = TextInput(ident, f"{ident}.txt", text, published="2025-05-01", outlet="Gazette")
        ids[ident] = store.save_article(item, _tagged(text, ident, "oppose"), digest=content_hash(text),
                                        pipeline_version="test", language="en").article_id
    first = answers(store)
    assert first == computed(store)
    assert any(c["stance"] == "oppose" for c in first[0]["positions"])
    store.replace_analysis(ids["two"], _tagged(texts["two"], "two", "support"), "next")  # a reprocess
    assert answers(store) == computed(store) != first
    before = answers(store)
    karin, pavel = (store.conn.execute("SELECT id FROM actors WHERE slug = ?", (slug,)).fetchone()[0]
                    for slug in ("karin-lindqvist", "pavel-horak"))
    store.merge_actor(pavel, karin)
    assert answers(store) == computed(store) != before


def test_a_timeline_counts_the_actors_it_leaves_out(rows: Rows) -> None:
    for name in ("Ana Silva", "Ben Okafor", "Chen Wei"):
        rows.say(rows.actor(name), "2025-02-05", "open")
    query = p.PositionQuery(issue=ISSUE)
    speakers = rows.store.conn.execute("SELECT COUNT(DISTINCT actor_id) FROM statements").fetchone()[0]
    for shown in (0, 1, 2, 12, -1):
        timeline = p.issue_timeline(rows.store, query, Settings(position_timeline_actors=shown))
        expected = speakers if shown < 0 else min(shown, speakers)
        assert len(timeline["actors"]) == expected
        assert timeline["left_out"]["actors"] == speakers - expected
    top = p.issue_timeline(rows.store, query, Settings(position_timeline_actors=2))["actors"]
    assert [a["name"] for a in top] == ["Karin Lindqvist", "Pavel Horak"]  # four statements each, then one


# The evidence as it was ranked before (every weighed row numbered by a window function), for comparison.
_RANKED_IN_SQL = (
    "SELECT r.actor, r.taxonomy, r.issue, r.stance, r.w, r.t AS trusted, i.evidence, s.key, s.act, s.hedged, "
    "s.content, ar.slug AS article, ar.published, ar.outlet, g.slug AS joint_id, g.name AS joint "
    "FROM (SELECT *, ROW_NUMBER() OVER (PARTITION BY actor, taxonomy, issue, stance ORDER BY w DESC, "
    "published DESC, sid) AS rank FROM {rows}) r "
    "JOIN statements s ON s.id = r.sid LEFT JOIN actors g ON g.id = r.via JOIN articles ar ON ar.id = s.article_id "
    "JOIN statement_issues i ON i.statement_id = r.sid AND i.taxonomy = r.taxonomy AND i.issue = r.issue "
    "WHERE r.rank <= ? ORDER BY ar.published DESC")


@pytest.mark.parametrize("per_stance", [0, 1, 2, 3, 10])
def test_evidence_is_the_window_functions_ranking(rows: Rows, per_stance: int) -> None:
    ana = rows.actor("Ana Silva")
    said = (("2025-02-03", "support", "support", 1.0), ("2025-02-03", "support", "support", 1.0),
            ("2025-02-03", "support", "assert", 1.0), ("2025-02-03", "support", "support", 0.4),
            ("2025-01-09", "support", "support", 1.0), ("2025-01-09", "oppose", "reject", 1.0),
            ("2025-02-03", "oppose", "reject", 1.0), ("2025-02-03", "unclear", "assert", 1.0))
    for day, stance, act, score in said:
        rows.say(ana, day, stance, act=act, score=score)  # ties on weight and on date, broken by statement id
    rows.say(ana, "2025-02-03T09:00:00", "support", act="support")
    store, query = rows.store, p.PositionQuery()
    p._weights(store, SETTINGS, SETTINGS.position_half_life_days, p._as_of(store, None))
    where, params, who = p._filters(store, query, p._as_of(store, None))
    with p._weighed_rows(store, where, params, who) as table:
        new = p._evidence(store, table, per_stance)
        old: dict[Any, dict[str, list[dict[str, Any]]]] = {}
        for r in store.conn.execute(_RANKED_IN_SQL.format(rows=table), [per_stance]):
            old.setdefault((r["actor"], r["taxonomy"], r["issue"]), {}).setdefault(r["stance"], []).append(
                p.evidence_dict(r))
    assert dict(new) == old
    if per_stance >= 3:
        support = [e["content"] for e in new[next(k for k in new if k[0] == ana)]["support"]]
        assert len(support) == min(per_stance, 6) and support[0] == "support 17"  # the later hour first


def test_no_answer_is_kept_when_the_settings_keep_none(rows: Rows, monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[int] = []
    real = p._issue_timeline
    monkeypatch.setattr(p, "_issue_timeline", lambda *a: calls.append(1) or real(*a))
    settings, query = Settings(position_answers_kept=0), p.PositionQuery(issue=ISSUE)
    assert p.issue_timeline(rows.store, query, settings) == p.issue_timeline(rows.store, query, settings)
    assert len(calls) == 2
    p.issue_timeline(rows.store, query, SETTINGS)
    p.issue_timeline(rows.store, query, SETTINGS)
    assert len(calls) == 3
