"""Whatever a user types as a search or an id reaches SQLite as a valid query or not at all."""

from __future__ import annotations

import sqlite3

from hypothesis import given, settings
from hypothesis import strategies as st

from onrecord.store import queries as q


@given(st.text(st.characters(codec=None, categories=None), max_size=80))
@settings(max_examples=200, deadline=None)
def test_any_search_is_a_valid_fts5_query_or_a_query_error(text: str) -> None:
    try:
        query = q._fts_query(text)
    except q.QueryError:
        return
    db = sqlite3.connect(":memory:")
    db.execute("CREATE VIRTUAL TABLE t USING fts5(body)")
    db.execute("INSERT INTO t VALUES ('the minister said')")
    db.execute("SELECT * FROM t WHERE t MATCH ?", (query,)).fetchall()  # raises on FTS5 syntax errors


@given(st.text(st.characters(codec=None, categories=None), max_size=30))
@settings(max_examples=200, deadline=None)
def test_a_row_id_is_ascii_digits_within_sqlite_range(key: str) -> None:
    ident = q.row_id(key)
    if ident is not None:
        assert key.isascii() and key.isdigit() and 0 <= ident <= q.SQLITE_MAX_INT
        sqlite3.connect(":memory:").execute("SELECT ?", (ident,))


def test_row_id_examples() -> None:
    assert q.row_id("42") == 42 and q.row_id(str(q.SQLITE_MAX_INT)) == q.SQLITE_MAX_INT
    assert [q.row_id(k) for k in (str(q.SQLITE_MAX_INT + 1), "²", "①", "٣", "-1", "", "4 2")] == [None] * 7
