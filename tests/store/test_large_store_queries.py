"""Pages and counts of statements that a large store must not make grow: a date range, an issue and stance,
one actor, deep pages. Each way of finding a page (walking the articles in date order, sorting the keys) must
give the slice of the full sorted list; the plans must read what the docs say (docs/SERVE.md, "A store of
100,000 articles")."""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path

import pytest

from onrecord.store import Store
from onrecord.store import queries as q

# The tag columns named: a store written by this version has more than these (``own``, migration 18).
TAG_INSERT = ("INSERT INTO statement_issues (statement_id, taxonomy, issue, stance, score, evidence_start, "
              "evidence_end, evidence) VALUES ")

ISSUES = ("border", "taxes", "trade")
STANCES = ("support", "oppose", "open", "unclear")


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """300 articles over 200 days (some undated), 8 statements each: one actor says a quarter of them, one
    issue is common, one rare; rows written directly (no analysis), the store's own triggers keep the counts."""
    path = tmp_path_factory.mktemp("large") / "large.db"
    rnd = random.Random(7)
    with Store(path) as store, store.transaction() as conn:
        for n, name in enumerate(("Ann Often", "Bob Seldom", "Cy Middling"), start=1):
            conn.execute("INSERT INTO actors (id, key, slug, name, type) VALUES (?, ?, ?, ?, 'person')",
                         (n, name.lower(), name.lower().replace(" ", "-"), name))
        sid = 0
        for a in range(1, 301):
            day = None if a % 37 == 0 else (date(2024, 1, 1) + timedelta(days=rnd.randrange(200))).isoformat()
            conn.execute("INSERT INTO articles (id, slug, content_hash, status, text, published, ingested_at) "
                         "VALUES (?, ?, ?, 'analysed', ?, ?, '2024-08-01')", (a, f"a{a}", f"h{a}", "x" * 200, day))
            for position in range(8):
                sid += 1
                actor = 1 if rnd.random() < 0.25 else (2 if rnd.random() < 0.02 else rnd.choice((3, None)))
                conn.execute(
                    "INSERT INTO statements (id, article_id, position, kind, content_start, content_end, content, "
                    "actor_id, resolution, act, hedged, negated, confidence, key) VALUES (?, ?, ?, 'direct', ?, ?, "
                    "?, ?, 'name', ?, ?, 0, 0.9, ?)",
                    (sid, a, position, position * 20, position * 20 + 10, f"said thing {sid}", actor,
                     rnd.choice(("assert", "oppose", "commit")), int(rnd.random() < 0.3), f"k{sid}"))
                if rnd.random() < 0.5:  # "border": half the statements
                    conn.execute(TAG_INSERT + "(?, 'us', 'border', ?, 0.8, 0, 5, 'x')",
                                 (sid, rnd.choice(STANCES)))
                if rnd.random() < 0.005:  # "taxes": rare
                    conn.execute(TAG_INSERT + "(?, 'us', 'taxes', ?, 0.8, 0, 5, 'x')",
                                 (sid, rnd.choice(STANCES)))
                if position == 0 and rnd.random() < 0.6:  # an event; some reported by an earlier article too
                    first = rnd.randrange(150) if rnd.random() < 0.3 else None
                    span = 0 if rnd.random() < 0.8 else rnd.randrange(1, 40)
                    start = None if rnd.random() < 0.15 else date(2024, 1, 1) + timedelta(days=rnd.randrange(200))
                    conn.execute(
                        "INSERT INTO events (id, article_id, key, corpus_event_id, type, status, date_first, "
                        "date_last, is_range) VALUES (?, ?, ?, ?, 'meeting', 'happened', ?, ?, ?)",
                        (a, a, f"e{a}", a if first is None or first >= a else first,
                         start and start.isoformat(), start and (start + timedelta(days=span)).isoformat(),
                         int(span > 0)))
                if sid % 50 == 0:  # a statement tagged in a second taxonomy too: counted once
                    conn.execute(TAG_INSERT + "(?, 'eu', 'border', 'oppose', 0.8, 0, 5, "
                                 "'x') ON CONFLICT DO NOTHING", (sid,))
    return path


FILTERS = [
    q.StatementFilter(since="2024-03-01", until="2024-03-31"),
    q.StatementFilter(since="2024-05-01"),
    q.StatementFilter(until="2024-02-01", act="oppose"),
    q.StatementFilter(issue="border"),
    q.StatementFilter(issue="border", stance="oppose"),
    q.StatementFilter(issue="taxes"),
    q.StatementFilter(stance="support"),
    q.StatementFilter(actor="ann-often"),
    q.StatementFilter(actor="bob-seldom"),
    q.StatementFilter(actor="ann-often", issue="border", stance="oppose"),
    q.StatementFilter(actor="ann-often", since="2024-02-01", until="2024-04-30"),
    q.StatementFilter(issue="border", since="2024-03-01", until="2024-05-31", hedged=True),
]


@pytest.mark.parametrize("newest_first", [False, True])
@pytest.mark.parametrize("f", FILTERS, ids=lambda f: ",".join(f"{k}={v}" for k, v in vars(f).items() if v)
                         if hasattr(f, "__dict__") else str(f))
def test_a_page_is_the_slice_of_every_match_whichever_way_it_is_found(db: Path, f: q.StatementFilter,
                                                                     newest_first: bool) -> None:
    with Store(db, readonly=True) as store:
        every = [s["id"] for s in q.statements(store, replace(f, newest_first=newest_first))]
        assert every, f
        assert q.count_statements(store, f) == len(every)
        for limit, offset in ((1, 0), (5, 3), (50, 0), (20, 40), (100, 150), (10, len(every) - 4), (10, 5000)):
            page = q.statements(store, replace(f, newest_first=newest_first, limit=limit, offset=offset))
            assert [s["id"] for s in page] == every[offset:offset + limit], (limit, offset)


def _plan(store: Store, sql: str, params: list[object]) -> str:
    return " | ".join(str(r[3]) for r in store.conn.execute(f"EXPLAIN QUERY PLAN {sql}", params))


def _traced(store: Store, f: q.StatementFilter) -> list[str]:
    seen: list[str] = []
    store.conn.set_trace_callback(seen.append)
    try:
        q.statements(store, f)
    finally:
        store.conn.set_trace_callback(None)
    return [sql for sql in seen if "ORDER BY" in sql and "json_group_array" in sql]


def test_a_date_range_page_starts_at_its_first_day_in_the_date_index(db: Path) -> None:
    """A month's page seeks the month in articles_oldest and stops at the page's end: no sort of the month
    (which read every statement of it, 830 ms for the newest first at 20,000 articles)."""
    with Store(db, readonly=True) as store:
        for newest_first in (False, True):
            f = q.StatementFilter(since="2024-03-01", until="2024-03-31", limit=50, newest_first=newest_first)
            assert q._ordered_scan(store, f)
            (sql,) = _traced(store, f)
            plan = _plan(store, sql.replace("'2024-03-01'", "?").replace("'2024-03-31'", "?"),
                         ["2024-03-01", "2024-03-31"])
            assert "articles_oldest (status=? AND <expr>=? AND published>? AND published<?)" in plan, plan
            assert "TEMP B-TREE" not in plan, plan


def test_an_issue_walks_when_its_statements_are_many_and_sorts_when_few(db: Path) -> None:
    with Store(db, readonly=True) as store:
        assert q._ordered_scan(store, q.StatementFilter(issue="border", limit=10))  # half of every statement
        assert not q._ordered_scan(store, q.StatementFilter(issue="taxes", limit=10))  # about 12 of 2,400
        # One stance of it (about 300): the first page walks, page 51 would walk past most of the store: sorts
        assert q._ordered_scan(store, q.StatementFilter(issue="border", stance="open", limit=10))
        assert not q._ordered_scan(store, q.StatementFilter(issue="border", stance="open", limit=10, offset=500))


def test_a_sorted_page_reads_only_its_own_rows_in_full(db: Path) -> None:
    """A page found by sorting (a rare issue, a deep page of an actor) sorts the matches' keys and reads the
    page's rows afterwards: the issues' JSON subquery runs for the page, not for every match before the sort."""
    with Store(db, readonly=True) as store:
        f = q.StatementFilter(actor="ann-often", limit=10, offset=400)
        assert not q._ordered_scan(store, f)
        (sql,) = _traced(store, f)
        keys, _, rows = sql.partition("LIMIT")
        assert sql.startswith("WITH page(") and "json_group_array" not in keys and "json_group_array" in rows


def test_an_issues_count_reads_the_issue_index_alone(db: Path) -> None:
    with Store(db, readonly=True) as store:
        seen: list[str] = []
        store.conn.set_trace_callback(seen.append)
        n = q.count_statements(store, q.StatementFilter(issue="border", stance="oppose"))
        store.conn.set_trace_callback(None)
        (sql,) = [s for s in seen if s.startswith("SELECT COUNT(*)")]
        plan = _plan(store, sql.replace("'border'", "?").replace("'oppose'", "?"), ["border", "oppose"])
        assert "COVERING INDEX statement_issues_issue (issue=? AND stance=?)" in plan, plan
        assert "statements" not in plan.replace("statement_issues", ""), plan
        assert n == store.conn.execute("SELECT COUNT(DISTINCT statement_id) FROM statement_issues "
                                       "WHERE issue = 'border' AND stance = 'oppose'").fetchone()[0]


def test_a_date_ranges_count_reads_indexes_alone(db: Path) -> None:
    with Store(db, readonly=True) as store:
        seen: list[str] = []
        store.conn.set_trace_callback(seen.append)
        q.count_statements(store, q.StatementFilter(since="2024-03-01", until="2024-03-31"))
        store.conn.set_trace_callback(None)
        (sql,) = [s for s in seen if s.startswith("SELECT COUNT(*)")]
        plan = _plan(store, sql.replace("'2024-03-01'", "?").replace("'2024-03-31'", "?"),
                     ["2024-03-01", "2024-03-31"])
        assert plan.count("COVERING INDEX") == 2 and "SCAN" not in plan, plan


def test_the_large_store_indexes_carry_the_statement_and_the_article(db: Path) -> None:
    with Store(db, readonly=True) as store:
        columns = {name: [r[2] for r in store.conn.execute(f"PRAGMA index_info({name})")]
                   for name in ("statement_issues_issue", "statements_quote")}
    assert columns == {"statement_issues_issue": ["issue", "stance", "statement_id"],
                       "statements_quote": ["quote_id", "article_id"]}


def test_one_actors_positions_are_read_from_its_statements_and_match_the_tag_led_reading(
        db: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """An actor's positions and shifts (the actor page) were computed from every tagged statement of the store;
    led by the actor's statements (statements_actor), they must come out exactly the same."""
    from onrecord.settings import Settings
    from onrecord.store import positions as p

    settings = Settings()
    with Store(db, readonly=True) as store:
        for query in (p.PositionQuery(actor="ann-often"), p.PositionQuery(actor="ann-often", window_days=30),
                      p.PositionQuery(actor="bob-seldom", issue="border")):
            where, params, _ = p._filters(store, query, "2024-12-31")
            assert where.startswith("FROM statements s CROSS JOIN statement_issues i"), where
            plan = _plan(store, f"SELECT s.id {where}", params)
            assert "statements_actor" in plan and "SCAN" not in plan, plan
            led = (p.positions(store, query, settings), p.shifts(store, query, settings))
            with monkeypatch.context() as m:
                m.setattr(p, "_fewer_said", lambda *args: False)
                assert p._filters(store, query, "2024-12-31")[0].startswith("FROM statement_issues i")
                assert (p.positions(store, query, settings), p.shifts(store, query, settings)) == led
            assert led[0]["positions"]
        # The actor says more than the rare issue has tags: the tags lead.
        where, _, _ = p._filters(store, p.PositionQuery(actor="ann-often", issue="taxes"), "2024-12-31")
        assert where.startswith("FROM statement_issues i"), where


def test_the_undated_statements_of_positions_are_found_from_the_undated_articles(db: Path) -> None:
    from onrecord.store import positions as p

    with Store(db, readonly=True) as store:
        where, params, _ = p._filters(store, p.PositionQuery(), None, dated=False)
        plan = _plan(store, f"SELECT COUNT(*) {where}", params)
        assert "SCAN" not in plan and "SEARCH ar USING" in plan, plan
        expected = store.conn.execute(
            "SELECT COUNT(*) FROM statement_issues i JOIN statements s ON s.id = i.statement_id JOIN articles ar "
            "ON ar.id = s.article_id WHERE ar.published IS NULL AND s.actor_id IS NOT NULL").fetchone()[0]
        assert p._undated(store, p.PositionQuery()) == expected > 0


def test_a_page_of_the_events_list_walks_the_events_in_its_order(db: Path) -> None:
    """The unfiltered events list (latest first, undated last) is read from events_latest until the page is
    full; its occasions must be those, in the order, of the grouped query over every event."""
    from onrecord.store import events as ev

    with Store(db, readonly=True) as store:
        grouped = [r[0] for r in store.conn.execute(
            "SELECT e.corpus_event_id, max(e.date_last) AS last FROM events e GROUP BY e.corpus_event_id "
            "ORDER BY last IS NULL, last DESC, e.corpus_event_id DESC")]
        assert len(grouped) > 100 and len(grouped) < store.conn.execute("SELECT COUNT(*) FROM events").fetchone()[0]
        for limit, offset in ((1, 0), (10, 0), (25, 30), (100, 0), (50, len(grouped) - 20), (10, 10_000)):
            assert ev._latest(store.conn, limit, offset) == grouped[offset:offset + limit], (limit, offset)
            page = ev.corpus_events(store.conn, ev.EventFilter(limit=limit, offset=offset))
            assert [e["id"] for e in page] == grouped[offset:offset + limit]
        plan = _plan(store, ev.LATEST_SQL, [])
        assert plan == "SCAN events USING COVERING INDEX events_latest", plan


def _kept_and_grouped(store: Store) -> tuple[list[tuple[int, int, int | None]], list[tuple[int, int, int | None]]]:
    kept = [tuple(r) for r in store.conn.execute(
        "SELECT id, n_sources, first_statement FROM quotes ORDER BY id")]
    grouped = [tuple(r) for r in store.conn.execute(
        "SELECT q.id, (SELECT COUNT(DISTINCT s.article_id) FROM statements s WHERE s.quote_id = q.id), "
        "(SELECT MIN(s.id) FROM statements s WHERE s.quote_id = q.id) FROM quotes q ORDER BY q.id")]
    return kept, grouped


def test_each_quotes_articles_are_kept_through_inserts_moves_and_deletes(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The quotes list read every quoted statement of the store, grouped (3.5 s at 100,000 articles); each
    quote's articles and first statement are now kept by triggers, and the list walks quotes_most_reported."""
    rnd = random.Random(3)
    with Store(tmp_path / "quotes.db") as store:
        with store.transaction() as conn:
            conn.execute("INSERT INTO actors (id, key, slug, name, type) VALUES (1, 'ann', 'ann', 'Ann', 'person')")
            for qid in range(1, 41):
                conn.execute("INSERT INTO quotes (id, actor_id, norm_text, shingle_count) VALUES (?, 1, ?, 1)",
                             (qid, f"q{qid}"))
            for a in range(1, 61):
                conn.execute("INSERT INTO articles (id, slug, content_hash, status, text, published, ingested_at) "
                             "VALUES (?, ?, ?, 'analysed', 'x', '2024-01-01', 'now')", (a, f"a{a}", f"h{a}"))
                for position in range(rnd.randrange(1, 5)):
                    conn.execute(
                        "INSERT INTO statements (article_id, position, kind, content_start, content_end, content, "
                        "actor_id, resolution, act, hedged, negated, confidence, quote_id) VALUES (?, ?, 'direct', "
                        "0, 1, 'x', 1, 'name', 'assert', 0, 0, 0.9, ?)", (a, position, rnd.randrange(1, 41)))
        kept, grouped = _kept_and_grouped(store)
        assert kept == grouped and max(k[1] for k in kept) >= 3
        with store.transaction() as conn:  # a merge moves statements to other quotes and articles
            conn.execute("UPDATE statements SET quote_id = 7 WHERE quote_id IN (3, 4)")
            conn.execute("UPDATE statements SET article_id = 60, position = 100 + id WHERE id % 9 = 0")
            conn.execute("UPDATE statements SET quote_id = NULL WHERE id % 11 = 0")
        kept, grouped = _kept_and_grouped(store)
        assert kept == grouped
        with store.transaction() as conn:  # reprocessing deletes an article's statements
            conn.execute("DELETE FROM statements WHERE article_id IN (1, 2, 3, 60)")
        kept, grouped = _kept_and_grouped(store)
        assert kept == grouped
        listed = q.quotes(store, min_sources=2)
        assert [g["quote_id"] for g in listed]
        assert q.count_quotes(store, min_sources=2) == len(listed)
        sql, params = q._quote_groups(store, None, 2)
        plan = _plan(store, sql + " ORDER BY sources DESC, first LIMIT 50", params)
        assert "quotes_most_reported" in plan and "TEMP B-TREE" not in plan, plan
        with monkeypatch.context() as m:  # the grouped reading of a store written before the counts
            m.setattr(q, "QUOTE_COUNTS_SCHEMA", 10_000)
            assert q.quotes(store, min_sources=2) == listed and q.quotes(store) == q.quotes(store)
            assert q.count_quotes(store, min_sources=2) == len(listed)
            grouped_all = q.quotes(store, limit=10, offset=5)
        assert q.quotes(store, limit=10, offset=5) == grouped_all


def test_an_ingest_reads_what_it_needs_of_a_surname_not_the_stores_every_mention(tmp_path: Path) -> None:
    """At 100,000 articles one article's ingest took 270 s: join_surnames read every mention of a bare surname
    once per article of it (mentions_actor), and the people of the surname once per article; a quote's
    candidates walked every quote of the actor; a dropped actor's quotes were tested against a list of every
    quoted statement. Each now reads through the index that narrows it (24 s, then 1 s an article)."""
    with Store(tmp_path / "surnames.db") as store:
        with store.transaction() as conn:
            for n, key in enumerate(("clinton", "hillary clinton", "bill clinton"), start=1):
                conn.execute("INSERT INTO actors (id, key, slug, name, type) VALUES (?, ?, ?, ?, 'person')",
                             (n, key, key.replace(" ", "-"), key.title()))
            for a in range(1, 7):
                text = "Clinton said the plan would work. Clinton spoke later."
                conn.execute("INSERT INTO articles (id, slug, content_hash, status, text, published, ingested_at) "
                             "VALUES (?, ?, ?, 'analysed', ?, '2016-01-01', 'now')", (a, f"a{a}", f"h{a}", text))
                for start in (0, 34):
                    conn.execute("INSERT INTO mentions VALUES (?, ?, ?, 1, 'Clinton')", (a, start, start + 7))
            conn.execute("INSERT INTO quotes (id, actor_id, norm_text, shingle_count) VALUES (1, 2, 'x', 1)")
            conn.execute("INSERT INTO quote_shingles VALUES (42, 1)")
        seen: list[str] = []
        store.conn.set_trace_callback(seen.append)
        assert store.join_surnames() == 0  # Bill or Hillary: the bare surname stays apart
        store.quote_candidates(2, [42, 43])
        store.conn.set_trace_callback(None)
        spans = {s for s in seen if s.startswith("SELECT start_offset, end_offset FROM mentions")}
        assert len([s for s in seen if s.startswith("SELECT start_offset")]) == 6
        for sql in spans:
            assert "autoindex_mentions_1 (article_id=?)" in _plan(store, sql, []), sql
        people = [s for s in seen if s.startswith("SELECT id, key, from_file FROM actors")]
        assert len(people) == 1, people  # once for the pass, not once per article
        assert store._namesakes is None  # and forgotten after it
        candidates = [s for s in seen if "FROM quote_shingles" in s]
        assert len(candidates) == 2  # one a shingle, each to a bound (redteam18)
        for sql in candidates:
            plan = _plan(store, sql, [])
            assert "SEARCH quote_shingles USING COVERING INDEX sqlite_autoindex_quote_shingles_1 (hash=?)" in plan, plan
            assert "SCAN q" not in plan, plan
        seen.clear()
        store.conn.set_trace_callback(seen.append)
        store._drop_if_unused(2)  # its quote has no statement: it goes, through statements_quote
        store.conn.set_trace_callback(None)
        delete = next(s for s in seen if s.startswith("DELETE FROM quotes WHERE actor_id"))
        drop = _plan(store, delete, [])
        assert "statements_quote (quote_id=?)" in drop and "LIST SUBQUERY" not in drop, drop
        assert store.conn.execute("SELECT COUNT(*) FROM quotes").fetchone()[0] == 0


@pytest.mark.parametrize("f", [q.StatementFilter(), q.StatementFilter(newest_first=True),
                               q.StatementFilter(since="2024-03-01", act="oppose"),
                               q.StatementFilter(until="2024-04-01", newest_first=True, hedged=True)])
def test_every_statement_streams_in_date_order_without_a_sort(db: Path, f: q.StatementFilter) -> None:
    """An export and the CSV download read every statement: walked in date order, with no sort before the first
    row (which came after 7 s at 100,000 articles), in the order of the sorted reading."""
    with Store(db, readonly=True) as store:
        (sql,) = _traced(store, f)
        params: list[object] = []
        for value in ("2024-03-01", "2024-04-01", "oppose"):
            if f"'{value}'" in sql:
                sql, params = sql.replace(f"'{value}'", "?"), [*params, value]
        plan = _plan(store, sql, params)
        assert "TEMP B-TREE" not in plan and plan.startswith("SEARCH ar USING"), plan
        where, wparams = q._where(store, f)
        order = q._NEWEST_FIRST if f.newest_first else q._BY_DATE
        expected = [r[0] for r in store.conn.execute(
            f"SELECT s.id FROM statements s JOIN articles ar ON ar.id = s.article_id{where} ORDER BY {order}",
            wparams)]
        assert [s["id"] for s in q.iter_statements(store, f)] == expected and expected


def test_the_events_parquet_is_written_a_row_group_at_a_time(db: Path, tmp_path: Path) -> None:
    import pyarrow.parquet as pq

    from onrecord.store import events as ev

    with Store(db, readonly=True) as store:
        every = [row for e in ev.iter_corpus_events(store.conn) for row in ev.export_rows(e)]
        written = ev.write_events_parquet(ev.iter_corpus_events(store.conn), tmp_path / "e.parquet", batch=50)
    parquet = pq.ParquetFile(tmp_path / "e.parquet")
    assert written == len(every) == parquet.metadata.num_rows and parquet.metadata.num_row_groups > 2
    assert parquet.read().to_pylist() == every
