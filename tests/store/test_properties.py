"""Property: whatever news-like text a feed carries, an ingest stores it whole or records why not.

Hypothesis composes texts from attribution fragments, quote marks of every kind (balanced or
not), names, pronouns, control characters, lone surrogates and long runs; each batch goes
through the real ingest (reader, triage, extraction, store) into a fresh store. No exception may
escape, every article is either stored or has an error on record, and every stored offset indexes
the stored text.
"""

from __future__ import annotations

import json
import sqlite3
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from onrecord.corpus import IngestOptions, ingest

FRAGMENTS = [
    "The senator said that ", "“We will not back down,” ", "she told reporters. ", "\"It is over,\" he said. ",
    "According to officials, ", "Prime Minister Anna Berg ", "Trump ", "he ", "they ", "the minister ",
    "refused to rule out ", "denied that ", "«", "»", "„", "“", "”", "\"", "'", "‘", "’", "''", "\n\n", ". ",
    "said", ", ", "\u202e", "\x00", "\x1b[31m", "\ud800", "\udfff", "\ufeff", "Mr. Hedge said ", "...",
    "the talks in Geneva would resume on Monday", "(", ")", "—", ":", " ",
]

texts = st.lists(
    st.one_of(st.sampled_from(FRAGMENTS), st.text(max_size=12),
              st.builds(lambda f, n: f * n, st.sampled_from(FRAGMENTS), st.integers(1, 60))),
    max_size=40,
).map("".join)


@settings(max_examples=20, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(texts, min_size=1, max_size=4))
def test_any_feed_is_stored_or_recorded_with_valid_offsets(batch: list[str]) -> None:
    with tempfile.TemporaryDirectory() as folder:
        feed, db = Path(folder) / "feed.jsonl", Path(folder) / "s.db"
        feed.write_text("".join(json.dumps({"text": t}) + "\n" for t in batch), encoding="utf-8")
        summary = ingest([str(feed)], IngestOptions(db=db, starter_actors=False))
        blank = sum(1 for t in batch if not t.strip())
        assert summary.failed == 0 and summary.skipped >= blank  # an empty text is skipped, not failed
        assert summary.analysed + summary.skipped + summary.already + summary.failed == len(batch)
        _assert_offsets_index_the_stored_text(db)


def _assert_offsets_index_the_stored_text(db: Path) -> None:
    with sqlite3.connect(db) as con:
        texts = dict(con.execute("SELECT id, text FROM articles"))
        for article_id, start, end, content, cue_start, cue_end, cue in con.execute(
                "SELECT article_id, content_start, content_end, content, cue_start, cue_end, cue FROM statements"):
            assert texts[article_id][start:end] == content
            if cue is not None:
                assert texts[article_id][cue_start:cue_end] == cue
        for article_id, start, end, text in con.execute("SELECT article_id, start_offset, end_offset, text "
                                                        "FROM mentions"):
            assert texts[article_id][start:end] == text
