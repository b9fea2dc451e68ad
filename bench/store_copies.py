"""Growing a benchmark store in SQL (no re-analysis): what bench_queries.py and bench_positions.py share."""

from __future__ import annotations

import sqlite3


def copy_statements(db: sqlite3.Connection, shift: int, r: int, step: int) -> None:
    """The statements of articles below id ``step`` again, for the articles copied ``shift`` ids on (round ``r``,
    which keeps their keys unique)."""
    db.execute(
        "INSERT INTO statements (article_id, position, kind, content_start, content_end, content, cue_start, "
        "cue_end, cue, cue_lemma, speaker_start, speaker_end, speaker, actor_id, resolution, act, hedged, negated, "
        "confidence, quote_id, cue_class, key) SELECT article_id + ?, position, kind, content_start, content_end, "
        "content, cue_start, cue_end, cue, cue_lemma, speaker_start, speaker_end, speaker, actor_id, resolution, "
        "act, hedged, negated, confidence, quote_id, cue_class, key || '-' || ? FROM statements WHERE article_id < ?",
        (shift, r, step))
