"""When a statement was made, in the store: the migration, the JSON and CSV, and positions dated by it."""

from __future__ import annotations

import csv
import io
from dataclasses import replace
from pathlib import Path

import pytest

from onrecord import extract
from onrecord.ingest import TextInput
from onrecord.store import Store, content_hash
from onrecord.store import queries as q
from onrecord.store.export import flatten, said_label
from onrecord.store.positions import PositionQuery, positions, shifts
from onrecord.store.schema import MIGRATIONS

# The tag columns named: a store written by this version has more than these (``own``, migration 18).
TAG_INSERT = ("INSERT INTO statement_issues (statement_id, taxonomy, issue, stance, score, evidence_start, "
              "evidence_end, evidence) VALUES ")

TEXT = "Marta Kowalczyk told the Gazette in 2015 that she opposed the dam."


def save(store: Store, text: str, ident: str, published: str | None = "2025-08-21") -> None:
    item = TextInput(ident, f"{ident}.txt", text, published=published)
    store.save_article(item, extract(text, id=ident, published=published), digest=content_hash(text),
                       pipeline_version="test", language="en")


def test_a_stored_statement_keeps_when_it_was_made(tmp_path: Path) -> None:
    with Store(tmp_path / "s.db") as store:
        save(store, TEXT, "dam")
        row = q.statements(store, q.StatementFilter(article="dam"))[0]
    said = row["said"]
    assert said["time"]["text"] == "2015" and TEXT[said["time"]["start"]:said["time"]["end"]] == "2015"
    assert (said["date"], said["date_range"], said["dated_by"]) == (None, ["2015-01-01", "2015-12-31"], "text")
    flat = flatten(row)
    assert (flat["said"], flat["said_first"], flat["said_last"], flat["said_by"]) == (
        "2015", "2015-01-01", "2015-12-31", "text")
    out = io.StringIO()
    csv.writer(out).writerow(list(flat))
    assert "said_earlier" in out.getvalue()
    assert said_label(said) == "2015 (2015-01-01 to 2015-12-31)"


def test_an_older_store_migrates_and_its_statements_read_as_dated_by_their_article(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import onrecord.store as store_module

    monkeypatch.setattr(store_module, "MIGRATIONS", MIGRATIONS[:16])  # written before statements kept it
    with Store(tmp_path / "old.db") as old:
        save(old, TEXT, "dam")
        assert "said_by" not in {r[1] for r in old.conn.execute("PRAGMA table_info(statements)")}
    monkeypatch.setattr(store_module, "MIGRATIONS", MIGRATIONS)
    with Store(tmp_path / "old.db") as upgraded:
        assert upgraded.schema_version == MIGRATIONS[-1][0]
        row = q.statements(upgraded, q.StatementFilter(article="dam"))[0]
        key = row["key"]
        save(upgraded, "Tomas Lindqvist said on Monday that the dam was safe.", "safe")
        new = q.statements(upgraded, q.StatementFilter(article="safe"))[0]
    assert row["said"] == {"time": None, "date": "2025-08-21", "date_range": None, "dated_by": "published"}
    assert new["said"]["date"] == "2025-08-18" and new["said"]["dated_by"] == "text"
    assert key == row["key"]  # keys do not change: text hash, content span, speaker


def _tag(store: Store, stance: str, article: str) -> None:
    sid = store.conn.execute("SELECT s.id FROM statements s JOIN articles ar ON ar.id = s.article_id "
                             "WHERE ar.slug = ?", (article,)).fetchone()[0]
    store.conn.execute(TAG_INSERT + "(?, 'test', 'dam', ?, 1.0, 0, 4, 'text')",
                       (sid, stance))


def test_positions_place_a_statement_when_it_was_made_not_when_it_was_reported(tmp_path: Path) -> None:
    with Store(tmp_path / "p.db") as store:
        save(store, "Marta Kowalczyk said in 2015 that she opposed the dam.", "old-view", "2025-03-01")
        save(store, "Marta Kowalczyk said that she supported the dam.", "new-view", "2024-06-01")
        _tag(store, "oppose", "old-view")
        _tag(store, "support", "new-view")
        # Reported in 2025, said in 2015: in 2024 she was for the dam, having been against it since 2015
        result = positions(store, PositionQuery(as_of="2025-06-01"))
        cell = next(p for p in result["positions"] if p["issue"] == "dam")
        assert cell["stance"] == "support"
        assert cell["first_seen"] == "2015-12-31" and cell["last_seen"] == "2024-06-01"
        changes = shifts(store, PositionQuery(min_articles=1))
        assert [(s["from"], s["to"], s["date"]) for s in changes] == [("oppose", "support", "2024-06-01")]
        assert changes[0]["before"]["said"] == "2015-12-31" and changes[0]["before"]["published"] == "2025-03-01"
        assert q.timeline(store, "marta-kowalczyk") == [("2015-12-31", 1), ("2024-06-01", 1)]


# Four statements: said in 2015 (a range), on a Monday (a day), "once" (before the article, no day) and with no
# time at all (the article's day).
SAID_ARTICLES = [
    ("dam", "Marta Kowalczyk told the Gazette in 2015 that she opposed the dam.", "2025-08-21"),
    ("safe", "Tomas Lindqvist said on Monday that the dam was safe.", "2025-08-21"),
    ("once", "Marta Kowalczyk once said that the river needed a dam.", "2024-03-01"),
    ("plain", "Tomas Lindqvist said that the river was low.", "2024-03-01"),
]


def said_store(path: Path) -> Path:
    """A small store of the four statements above (``tests/serve``, ``tests/test_cli*`` read it too)."""
    with Store(path) as store:
        for ident, text, published in SAID_ARTICLES:
            save(store, text, ident, published)
    return path


def _said_between(store: Store, first: str | None, last: str | None, since: str | None = None) -> list[str]:
    f = q.StatementFilter(said_since=first, said_until=last, since=since)
    found = [s["article"]["id"] for s in q.statements(store, f)]
    paged = [s["article"]["id"] for s in q.statements(store, replace(f, limit=2))]  # the article walk
    assert q.count_statements(store, f) == len(found) and paged == found[:2]
    return sorted(found)


def test_statements_are_found_by_when_they_were_said_not_when_reported(tmp_path: Path) -> None:
    with Store(said_store(tmp_path / "w.db")) as store:
        said = {s["article"]["id"]: s["said"] for s in q.statements(store)}
        assert said["once"]["earlier"] and said["once"]["date"] is None and said["plain"]["dated_by"] == "published"
        assert _said_between(store, None, "2019-12-31") == ["dam"]  # "in 2015", reported in 2025
        assert _said_between(store, "2015-06-01", "2015-06-30") == ["dam"]  # its range overlaps
        assert _said_between(store, "2025-08-18", "2025-08-18") == ["safe"]  # "on Monday": the 18th, not the 21st
        assert _said_between(store, "2025-08-19", None) == []
        assert _said_between(store, "2024-01-01", "2024-12-31") == ["once", "plain"]  # no day: the article's
        assert _said_between(store, None, "2019-12-31", since="2025-01-01") == ["dam"]  # and the article's day
        assert _said_between(store, None, None, since="2025-01-01") == ["dam", "safe"]
        with pytest.raises(q.QueryError, match="said_since 2025-01-01 is after said_until 2015-01-01"):
            q.statements(store, q.StatementFilter(said_since="2025-01-01", said_until="2015-01-01"))


def test_a_store_before_said_was_kept_finds_statements_by_their_article_day(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import onrecord.store as store_module

    monkeypatch.setattr(store_module, "MIGRATIONS", MIGRATIONS[:16])
    with Store(tmp_path / "old.db") as old:
        save(old, TEXT, "dam")  # "in 2015", in an article of 2025-08-21
        assert q.count_statements(old, q.StatementFilter(said_until="2019-12-31")) == 0
        assert q.count_statements(old, q.StatementFilter(said_since="2025-08-21")) == 1
    monkeypatch.setattr(store_module, "MIGRATIONS", MIGRATIONS)
    with Store(tmp_path / "old.db") as upgraded:  # migrated: the old row has no said day, the article's is its
        assert q.statements(upgraded, q.StatementFilter(said_until="2019-12-31")) == []
        assert len(q.statements(upgraded, q.StatementFilter(said_since="2025-08-21"))) == 1
