"""Growing a benchmark store in SQL (no re-analysis): what bench_queries.py, bench_positions.py and
bench_scale.py share.

``copy_statements`` copies statements alone (the older benches). ``grow_store`` copies a whole analysed store
round after round: articles (and so their full-text rows), mentions, statements (full-text rows, keys),
quotes, statement issues, events with their mentions, participants and statements, each round under new ids,
slugs and hashes and dated some days later. Actors are not copied: the same actors speak in every round, so
the most quoted one ends in tens of thousands of statements, as a president does in a large news store.
Quote shingles are not copied either (they only serve an ingest's matching of new quotes, and 500 identical
copies of each would make every new quote match hundreds): a copy's quotes are found by id, not by text.
"""

from __future__ import annotations

import sqlite3
import time
from pathlib import Path

STATEMENT_COLUMNS = ("article_id, position, kind, content_start, content_end, content, cue_start, cue_end, cue, "
                     "cue_lemma, speaker_start, speaker_end, speaker, actor_id, resolution, act, hedged, negated, "
                     "confidence, quote_id, cue_class, key")


def copy_statements(db: sqlite3.Connection, shift: int, r: int, step: int) -> None:
    """The statements of articles below id ``step`` again, for the articles copied ``shift`` ids on (round ``r``,
    which keeps their keys unique)."""
    db.execute(
        f"INSERT INTO statements ({STATEMENT_COLUMNS}) SELECT article_id + ?, position, kind, content_start, "
        "content_end, content, cue_start, cue_end, cue, cue_lemma, speaker_start, speaker_end, speaker, actor_id, "
        "resolution, act, hedged, negated, confidence, quote_id, cue_class, key || '-' || ? FROM statements "
        "WHERE article_id < ?", (shift, r, step))


# The per-statement triggers that keep each actor's counts (schema migration 14) cost a few index reads per
# copied row; ``grow_store`` drops them for the copy and recounts every actor once at the end, as they would.
_COUNT_TRIGGERS = ("statements_count_insert", "statements_count_delete", "statements_count_update")


def _next_id(db: sqlite3.Connection, table: str) -> int:
    return int(db.execute(f"SELECT COALESCE(MAX(id), 0) + 1 FROM {table}").fetchone()[0])


def grow_store(source: Path, target: Path, articles: int, days: int = 1, progress: bool = False) -> None:
    """``target``: a consistent copy of ``source`` with its analysed articles added again, round after round
    (round ``r`` dated ``r * days % 400`` days later), until it holds about ``articles``."""
    with sqlite3.connect(source) as src, sqlite3.connect(target) as dst:
        src.backup(dst)  # a consistent copy even of a store in WAL mode
    db = sqlite3.connect(target, isolation_level=None)
    try:
        db.execute("PRAGMA journal_mode = WAL")
        db.execute("PRAGMA synchronous = OFF")
        db.execute("PRAGMA cache_size = -200000")
        n = int(db.execute("SELECT COUNT(*) FROM articles WHERE status = 'analysed'").fetchone()[0])
        steps = {table: _next_id(db, table) for table in ("articles", "statements", "quotes", "events")}
        triggers = [row[0] for row in db.execute(
            f"SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name IN ({','.join('?' * 3)})",
            _COUNT_TRIGGERS)]
        db.execute("BEGIN")
        for name in _COUNT_TRIGGERS:
            db.execute(f"DROP TRIGGER IF EXISTS {name}")
        start = time.perf_counter()
        rounds = max(1, round(articles / max(1, n)))
        for r in range(1, rounds):
            _copy_round(db, r, steps, r * days % 400)
            if progress and r % 50 == 0:
                print(f"  round {r}/{rounds - 1}: {time.perf_counter() - start:.0f} s", flush=True)
        for sql in triggers:
            db.execute(sql)
        recount_actors(db)
        db.execute("COMMIT")
        db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        db.close()


def _copy_round(db: sqlite3.Connection, r: int, steps: dict[str, int], days: int) -> None:
    """Round ``r``: every analysed article of the seed (ids below ``steps``) again, each id shifted by ``r``
    times its table's step, dated ``days`` later."""
    art, st, qu, ev = (r * steps[t] for t in ("articles", "statements", "quotes", "events"))
    shifted = f"printf('+%d days', {int(days)})"
    db.execute(
        "INSERT INTO articles (id, slug, content_hash, status, status_reason, text, title, url, outlet, author, "
        "published, language, source, pipeline_version, ingested_at) "
        f"SELECT id + ?, slug || '-c' || ?, content_hash || '-c' || ?, status, status_reason, text, title, url, "
        f"outlet, author, date(published, {shifted}), language, source, pipeline_version, ingested_at "
        "FROM articles WHERE id < ? AND status = 'analysed'", (art, r, r, steps["articles"]))
    db.execute("INSERT INTO mentions SELECT article_id + ?, start_offset, end_offset, actor_id, text "
               "FROM mentions WHERE article_id < ?", (art, steps["articles"]))
    db.execute("INSERT INTO quotes (id, actor_id, norm_text, shingle_count) SELECT id + ?, actor_id, norm_text, "
               "shingle_count FROM quotes WHERE id < ?", (qu, steps["quotes"]))
    db.execute(
        f"INSERT INTO statements (id, {STATEMENT_COLUMNS}, continues) SELECT id + ?, article_id + ?, position, "
        "kind, content_start, content_end, content, cue_start, cue_end, cue, cue_lemma, speaker_start, "
        "speaker_end, speaker, actor_id, resolution, act, hedged, negated, confidence, quote_id + ?, cue_class, "
        "key || '-c' || ?, continues || '-c' || ? FROM statements WHERE id < ?",
        (st, art, qu, r, r, steps["statements"]))
    db.execute("INSERT INTO statement_issues SELECT statement_id + ?, taxonomy, issue, stance, score, "
               "evidence_start, evidence_end, evidence FROM statement_issues WHERE statement_id < ?",
               (st, steps["statements"]))
    db.execute(
        "INSERT INTO events (id, article_id, key, corpus_event_id, type, status, place, place_start, place_end, "
        "time_text, time_start, time_end, date_first, date_last, is_range, dated_by) SELECT id + ?, "
        "article_id + ?, key, corpus_event_id + ?, type, status, place, place_start, place_end, time_text, "
        f"time_start, time_end, date(date_first, {shifted}), date(date_last, {shifted}), is_range, dated_by "
        "FROM events WHERE id < ?", (ev, art, ev, steps["events"]))
    db.execute("INSERT INTO event_mentions SELECT event_id + ?, position, start_offset, end_offset, text "
               "FROM event_mentions WHERE event_id < ?", (ev, steps["events"]))
    db.execute("INSERT INTO event_participants SELECT event_id + ?, position, actor_id, name, mention_start, "
               "mention_end FROM event_participants WHERE event_id < ?", (ev, steps["events"]))
    db.execute("INSERT INTO event_statements SELECT event_id + ?, statement_key || '-c' || ? "
               "FROM event_statements WHERE event_id < ?", (ev, r, steps["events"]))


def recount_actors(db: sqlite3.Connection) -> None:
    """Every actor's kept counts from its statements and its groups' (what migration 14's triggers keep)."""
    db.execute("DROP TABLE IF EXISTS temp.credit")
    db.execute("CREATE TEMP TABLE credit AS SELECT actor_id AS actor, article_id, quote_id FROM statements "
               "WHERE actor_id IS NOT NULL UNION ALL SELECT m.member_id, s.article_id, s.quote_id "
               "FROM statements s JOIN actor_members m ON m.group_id = s.actor_id")
    db.execute("DROP TABLE IF EXISTS temp.counted")
    db.execute("CREATE TEMP TABLE counted AS SELECT actor, COUNT(*) AS n, COUNT(DISTINCT article_id) AS a, "
               "COUNT(DISTINCT quote_id) AS q FROM credit GROUP BY actor")
    db.execute("CREATE INDEX temp.counted_actor ON counted (actor)")
    db.execute("UPDATE actors SET n_statements = COALESCE((SELECT n FROM counted WHERE actor = actors.id), 0), "
               "n_articles = COALESCE((SELECT a FROM counted WHERE actor = actors.id), 0), "
               "n_quotes = COALESCE((SELECT q FROM counted WHERE actor = actors.id), 0)")
    db.execute("DROP TABLE temp.credit")
    db.execute("DROP TABLE temp.counted")
