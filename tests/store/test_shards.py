"""Parquet shards carry an article and its analysis whole, and load idempotently."""

from __future__ import annotations

from pathlib import Path

from onrecord import extract
from onrecord.ingest import TextInput
from onrecord.store.shards import load_shards, read_shard, write_shard

TEXT = "“We will not walk away,” the minister said.\n\nPresident Emmanuel Macron said Europe was ready."


def test_a_shard_round_trips_the_analysis(tmp_path: Path) -> None:
    item = TextInput("a1", "feed.jsonl:1", TEXT, published="2025-08-20", outlet="Wire", url="https://x.example/a")
    article = extract(TEXT, id="a1", published="2025-08-20")
    path = write_shard(tmp_path, [(item, article)], "v1")
    [(back_item, back, digest, version)] = list(read_shard(path))
    assert back.to_dict() == article.to_dict() and back.text == TEXT
    assert (back_item.outlet, back_item.url, version, len(digest)) == ("Wire", "https://x.example/a", "v1", 64)
    assert not list(tmp_path.glob(".part-*"))  # written under a temporary name, then renamed


def test_loading_is_idempotent(tmp_path: Path) -> None:
    item = TextInput("a1", None, TEXT)
    write_shard(tmp_path / "s", [(item, extract(TEXT))], "v1")
    write_shard(tmp_path / "s2", [(item, extract(TEXT))], "v1")  # a resumed run wrote it again
    assert load_shards(tmp_path / "s", tmp_path / "db").loaded == 1
    again = load_shards(tmp_path / "s2", tmp_path / "db")
    assert (again.loaded, again.already) == (0, 1)


def test_a_damaged_or_foreign_shard_is_recorded_and_the_others_load(tmp_path: Path) -> None:
    """A shard cut short (a copy interrupted), a file of another schema, or a row whose analysis cannot be
    rebuilt stopped the load of every shard after it (pyarrow's message, or a KeyError traceback)."""
    import sqlite3

    import pyarrow as pa
    import pyarrow.parquet as pq

    folder = tmp_path / "s"
    good = write_shard(folder, [(TextInput("a1", None, TEXT), extract(TEXT))], "v1")
    other = TEXT.replace("minister", "mayor")
    later = write_shard(folder, [(TextInput("a2", None, other), extract(other))], "v1")
    (folder / "part-0-cut.parquet").write_bytes(good.read_bytes()[:200])  # sorts before both
    pq.write_table(pa.table({"a": [1]}), folder / "part-1-foreign.parquet")
    row = pq.read_table(later).to_pylist()[0]
    pq.write_table(pa.Table.from_pylist([{**row, "analysis": '{"statements": 5}', "content_hash": "x"}]),
                   folder / "part-2-bad-row.parquet")
    summary = load_shards(folder, tmp_path / "db")
    assert (summary.shards, summary.loaded, summary.failed) == (5, 2, 3)
    with sqlite3.connect(tmp_path / "db") as con:
        errors = sorted(Path(r[0]).name for r in con.execute("SELECT source FROM errors WHERE stage = 'load'"))
    assert errors == ["part-0-cut.parquet", "part-1-foreign.parquet", "part-2-bad-row.parquet#1"]


def test_an_empty_shard_of_the_right_schema_loads_nothing_and_fails_nothing(tmp_path: Path) -> None:
    """The columns are read from the schema, not from a first row an empty shard does not have."""
    import pyarrow.parquet as pq

    folder = tmp_path / "s"
    path = write_shard(folder, [(TextInput("a1", None, TEXT), extract(TEXT))], "v1")
    pq.write_table(pq.read_table(path).slice(0, 0), folder / "part-0-empty.parquet")
    summary = load_shards(folder, tmp_path / "db")
    assert (summary.shards, summary.loaded, summary.failed) == (2, 1, 0)
