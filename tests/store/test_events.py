"""Events in the store: written with the article, one occasion across articles, filters, reprocessing."""

from __future__ import annotations

from pathlib import Path

import pytest

from onrecord import extract
from onrecord.store import Store
from onrecord.store.events import EventFilter, article_event_mentions, corpus_events, count_events
from onrecord.store.queries import find_actor
from tests.store.test_store import save

FIRST = "Vladimir Putin and Donald Trump held a summit in Anchorage last week. The summit ended without a deal."
SECOND = "Donald Trump said his summit with Vladimir Putin in Alaska last week had gone well, the president said."
OTHER = "Emmanuel Macron met with Olaf Scholz in Berlin on Tuesday."


@pytest.fixture
def store(tmp_path: Path) -> Store:
    s = Store(tmp_path / "e.db")
    save(s, FIRST, "first", published="2025-08-20")
    save(s, SECOND, "second", published="2025-08-21")
    save(s, OTHER, "other", published="2025-08-21")
    return s


def test_the_same_summit_from_two_articles_is_one_event_with_two_sources(store: Store) -> None:
    summits = corpus_events(store.conn, EventFilter(type="summit"))
    assert len(summits) == 1
    assert sorted(s["article"] for s in summits[0]["sources"]) == ["first", "second"]
    assert {p["name"] for p in summits[0]["participants"]} == {"Vladimir Putin", "Donald Trump"}


def test_filters_by_actor_type_status_and_dates(store: Store) -> None:
    macron = find_actor(store, "Emmanuel Macron")
    assert macron is not None
    mine = corpus_events(store.conn, EventFilter(actor_id=int(macron["id"])))
    assert [e["type"] for e in mine] == ["meeting"] and mine[0]["date"] == "2025-08-19"
    assert count_events(store.conn, EventFilter(since="2025-08-18")) == 1
    assert count_events(store.conn, EventFilter(until="2025-08-17")) == 1
    assert count_events(store.conn, EventFilter(status="planned")) == 0
    assert count_events(store.conn) == 2


def test_reader_mentions_and_reprocessing_replace_the_events(store: Store) -> None:
    row = store.conn.execute("SELECT id FROM articles WHERE slug = 'first'").fetchone()
    marks = article_event_mentions(store.conn, int(row[0]))
    assert [FIRST[m["start"]:m["end"]] for m in marks] == ["a summit", "The summit"]
    store.replace_analysis(int(row[0]), extract(FIRST, published="2025-08-20"), "again")
    assert len(article_event_mentions(store.conn, int(row[0]))) == 2
    assert count_events(store.conn, EventFilter(type="summit")) == 1


def test_linked_statements_are_stored_by_their_stable_keys(tmp_path: Path) -> None:
    text = "Speaking at a news conference in Kyiv on Monday, President Volodymyr Zelensky said the talks had failed."
    s = Store(tmp_path / "k.db")
    save(s, text, "kyiv", published="2025-08-21")
    keys = [r[0] for r in s.conn.execute("SELECT key FROM statements")]
    linked = [r[0] for r in s.conn.execute("SELECT statement_key FROM event_statements")]
    assert linked == keys and len(keys) == 1


def _dangling(store: Store) -> list[int]:
    return [int(r[0]) for r in store.conn.execute(
        "SELECT corpus_event_id FROM events WHERE corpus_event_id IS NULL "
        "OR corpus_event_id NOT IN (SELECT id FROM events)")]


def test_reprocess_keeps_one_corpus_event_per_occasion_and_no_dangling_link(store: Store, tmp_path: Path) -> None:
    from onrecord.corpus import reprocess

    save(store, "Donald Trump met Vladimir Putin at a summit in Alaska last week, aides said.", "third",
         published="2025-08-22")
    before = count_events(store.conn)
    store.close()
    reprocess(tmp_path / "e.db", everything=True)
    with Store(tmp_path / "e.db") as again:
        assert _dangling(again) == []
        assert count_events(again.conn) == before
        summits = corpus_events(again.conn, EventFilter(type="summit"))
        assert len(summits) == 1
        assert sorted(s["article"] for s in summits[0]["sources"]) == ["first", "second", "third"]


def test_regrouping_unlinks_what_joined_an_event_that_is_gone(store: Store) -> None:
    # The first article's summit was the root the second's joined; analysed again with no summit in it, the
    # second's summit must stand alone under an id that exists. The replacement regroups in its own transaction
    # (break15: a second transaction left the links dangling when a run was killed between the two).
    row = int(store.conn.execute("SELECT id FROM articles WHERE slug = 'first'").fetchone()[0])
    store.replace_analysis(row, extract("Nothing happened.", published="2025-08-20"), "again")
    assert _dangling(store) == []
    summits = corpus_events(store.conn, EventFilter(type="summit"))
    assert [[s["article"] for s in e["sources"]] for e in summits] == [["second"]]


def test_an_event_dated_by_a_year_joins_only_events_as_loosely_dated(tmp_path: Path) -> None:
    """"A summit in 2026" overlapped every day of 2026: two summits on days months apart joined it, so one
    loose mention made every summit of the year between the same people one event (on PolNeAR, 15 articles'
    primaries from February to August one "vote")."""
    s = Store(tmp_path / "loose.db")
    save(s, "Vladimir Putin and Donald Trump will hold a summit in 2026, officials said.", "plan",
         published="2025-08-20")
    save(s, "Vladimir Putin and Donald Trump held a summit in Geneva on Monday.", "march", published="2026-03-10")
    save(s, "Vladimir Putin and Donald Trump held a summit in Oslo on Monday.", "june", published="2026-06-10")
    save(s, "Donald Trump said his summit with Vladimir Putin in 2026 would go well.", "again",
         published="2025-09-21")
    save(s, "Donald Trump said the summit with Vladimir Putin in Geneva on Monday had gone well.", "after",
         published="2026-03-11")
    groups = sorted(sorted(src["article"] for src in e["sources"])
                    for e in corpus_events(s.conn, EventFilter(type="summit")))
    assert groups == [["after", "march"], ["again", "plan"], ["june"]], groups


def test_a_summit_no_participant_was_found_for_joins_the_one_summit_of_that_day(tmp_path: Path) -> None:
    """The Sharm el-Sheikh summit of a newcomer's Gaza corpus was four events: articles that resolve no participant
    ("the summit in Egypt on Monday") joined nothing. One summit reported that day is that summit; a summit in
    another place, or a day with two summits, is left apart."""
    s = Store(tmp_path / "day.db")
    save(s, "A peace summit was held in Egypt on Monday. The summit ended with a signing.", "a",
         published="2025-10-14")
    save(s, "The summit in Egypt on Monday drew dozens of leaders, officials said.", "b", published="2025-10-14")
    save(s, "A summit was held in Oslo on Monday, its hosts said.", "c", published="2025-10-14")
    events = corpus_events(s.conn, EventFilter(type="summit"))
    groups = sorted(sorted(src["article"] for src in e["sources"]) for e in events)
    assert groups == [["a", "b"], ["c"]], groups


def test_a_reprocess_killed_after_an_article_leaves_no_event_grouped_under_a_deleted_one(
        store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # Once: an article's new analysis was committed, then its events regrouped in a second transaction; a run
    # killed between the two left the events that had joined its old ones under deleted ids, and the rerun,
    # finding the article at the current version, never regrouped them (break15).
    import onrecord.store.events as events_module
    from onrecord.batch import pipeline_version
    from onrecord.corpus import reprocess
    from onrecord.settings import Settings

    store.conn.execute("UPDATE articles SET pipeline_version = ?", (pipeline_version(Settings.from_env()),))
    store.conn.execute("UPDATE articles SET pipeline_version = 'older' WHERE slug = 'first'")  # the summit's root
    store.close()
    real = events_module.regroup_events

    def killed(*args: object) -> int:
        raise KeyboardInterrupt  # as SIGTERM or a kill at that moment

    monkeypatch.setattr(events_module, "regroup_events", killed)
    with pytest.raises(KeyboardInterrupt):
        reprocess(tmp_path / "e.db")
    monkeypatch.setattr(events_module, "regroup_events", real)
    with Store(tmp_path / "e.db") as after_kill:
        assert _dangling(after_kill) == []
    assert reprocess(tmp_path / "e.db").articles == 1  # the same command: the article's analysis is redone
    with Store(tmp_path / "e.db") as again:
        assert _dangling(again) == []
        summits = corpus_events(again.conn, EventFilter(type="summit"))
        assert [sorted(s["article"] for s in e["sources"]) for e in summits] == [["first", "second"]]
