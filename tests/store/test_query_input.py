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


TOKENS = ["OR", "AND", "NOT", "or", "wall", "-wall", '"border wall"', '-"a b"', "trade*", "*", "-", '"', "(", ")",
          "NEAR", "NEAR(a", "minister", "said"]


@given(st.lists(st.sampled_from(TOKENS), min_size=1, max_size=8))
@settings(max_examples=300, deadline=None)
def test_any_mix_of_typed_operators_is_a_valid_fts5_query_or_a_query_error(tokens: list[str]) -> None:
    """OR, AND and NOT in capitals are read as operators (serve15): whatever order they come in, the query built
    is valid FTS5 (a group in parentheses needs every AND written)."""
    try:
        query = q._fts_query(" ".join(tokens))
    except q.QueryError:
        return
    db = sqlite3.connect(":memory:")
    db.execute("CREATE VIRTUAL TABLE t USING fts5(body)")
    db.execute("INSERT INTO t VALUES ('the minister said')")
    db.execute("SELECT * FROM t WHERE t MATCH ?", (query,)).fetchall()


def test_or_joins_a_term_to_find_with_the_next_one_only() -> None:
    assert q._fts_query("wall OR fence border") == '("wall" OR "fence") AND "border"'
    assert "(" not in q._fts_query("a -b OR c")  # after a left-out term, OR is no operator
    assert q._fts_query("wall NOT street") == q._fts_query("wall -street")
    assert q._fts_query("wall AND trade") == q._fts_query("wall trade")


def test_a_term_typed_again_is_searched_once() -> None:
    # FTS5 reads a term's postings once for each time it is written: 166 ``a*`` (500 characters, the most the
    # server takes) cost 26 s over 19,000 statements, for the matches of one ``a*`` (redteam19).
    assert q._fts_query("a* " * 166) == q._fts_query("a*") == '"a" *'
    assert q._fts_query("the " * 125 + "-x " * 40) == '"the" NOT "x"'
    assert q._fts_query("wall OR fence wall OR fence border wall") == \
        '("wall" OR "fence") AND "border" AND "wall"'
    assert q._fts_query('"wall street" "wall street" wall') == '"wall street" "wall"'
    db = sqlite3.connect(":memory:")
    db.execute("CREATE VIRTUAL TABLE t USING fts5(body)")
    db.executemany("INSERT INTO t VALUES (?)", [("the wall on the border",), ("a fence",), ("the wall",)])
    found = {text: db.execute("SELECT count(*) FROM t WHERE t MATCH ?", (q._fts_query(text),)).fetchone()[0]
             for text in ("wall wall wall", "wall", "wall OR fence wall OR fence", "wall OR fence")}
    assert found == {"wall wall wall": 2, "wall": 2, "wall OR fence wall OR fence": 3, "wall OR fence": 3}
