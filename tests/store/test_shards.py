"""Parquet shards carry an article and its analysis whole, and load idempotently."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path
from typing import Any

import pytest

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


def _copies_shard(folder: Path, text: str, rows: int, hashes: list[str]) -> Path:
    """A shard of ``rows`` rows of one text (Parquet keeps it once, in a dictionary: the file stays small)."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    def once(value: str) -> Any:  # one value, ``rows`` times, held once here too
        return pa.DictionaryArray.from_arrays(pa.array([0] * rows, pa.int32()), pa.array([value]))

    folder.mkdir(parents=True, exist_ok=True)
    columns: dict[str, Any] = {key: pa.nulls(rows, pa.string()) for key in ("source", "title", "url", "outlet",
                                                                            "author", "published", "language")}
    columns.update(id=[f"c{n}" for n in range(rows)], text=once(text), content_hash=hashes,
                   analysis=once(json.dumps(extract(TEXT).to_dict())), pipeline_version=once("v1"))
    path = folder / "part-copies.parquet"
    pq.write_table(pa.table(columns), path, compression="zstd")
    return path


def test_a_shard_of_one_text_under_made_up_hashes_stores_nothing(tmp_path: Path) -> None:
    """The store knows a text by its hash: ``load`` took a row's hash as given, and stored one text under
    3,000 made-up hashes 3,000 times (redteam16). A row whose hash is not its text's is a damaged row."""
    from onrecord.store import content_hash

    _copies_shard(tmp_path / "s", TEXT, 5, [f"{n:064x}" for n in range(5)])
    summary = load_shards(tmp_path / "s", tmp_path / "db")
    assert (summary.loaded, summary.failed) == (0, 5)
    with sqlite3.connect(tmp_path / "db") as con:
        [(error,)] = con.execute("SELECT DISTINCT reason FROM errors WHERE stage = 'load'").fetchall()
    assert "content_hash is not its text's" in error
    _copies_shard(tmp_path / "t", TEXT, 5, [content_hash(TEXT)] * 5)
    summary = load_shards(tmp_path / "t", tmp_path / "db")
    assert (summary.loaded, summary.already, summary.failed) == (1, 4, 0)


def test_a_small_shard_of_many_rows_of_one_long_text_is_loaded_in_little_memory(tmp_path: Path) -> None:
    """A 15 KB shard of 3,000 rows of one 1 MB text was read whole (6.5 GB) by ``onrecord load`` (redteam16):
    here 600 rows (over 1.2 GB read whole), loaded in a fresh process that must stay under 700 MB."""
    import subprocess
    import sys

    from onrecord.store import content_hash

    if not Path("/proc/self/status").exists():
        pytest.skip("the peak is read from /proc (Linux)")
    text = (TEXT + "\n\n") * (1_000_000 // (len(TEXT) + 2))
    _copies_shard(tmp_path / "s", text, 600, [content_hash(text)] * 600)
    script = ("import re, sys; from onrecord.store.shards import load_shards; "
              "s = load_shards(sys.argv[1], sys.argv[2]); "  # VmHWM: this process's peak (ru_maxrss outlives exec)
              "peak = re.search(r'VmHWM:\\s*(\\d+)', open('/proc/self/status').read()); "
              "print(s.loaded, s.already, int(peak.group(1)) // 1024 if peak else 0)")
    out = subprocess.run([sys.executable, "-c", script, str(tmp_path / "s"), str(tmp_path / "db")],
                         capture_output=True, text=True, timeout=600, check=True).stdout.split()
    loaded, already, peak_mb = map(int, out)
    assert (loaded, already) == (1, 599)
    assert peak_mb < 700


def _shards_of(folder: Path, count: int) -> Path:
    for n in range(count):
        text = "\n\n".join(f"“Plan {n}.{k} will work,” the minister said. President Anna Berg said step {k} of plan "
                           f"{n} was ready." for k in range(20))
        write_shard(folder, [(TextInput(f"a{n}", None, text), extract(text))], "v1")
    return folder


def test_loading_into_a_full_store_stops_with_what_to_do_and_the_same_command_resumes(tmp_path: Path,
                                                                                      monkeypatch: Any) -> None:
    # Once: "unexpected OperationalError: database or disk is full (a bug in onrecord ...)" from `onrecord load`,
    # where `ingest` says the store is full and that the same command resumes (break15).
    from onrecord.store import Store, StoreError

    folder, db = _shards_of(tmp_path / "s", 6), tmp_path / "db"
    real = Store.save_article
    calls: list[int] = []

    def save(self: Store, *args: Any, **kwargs: Any) -> Any:
        calls.append(1)
        if len(calls) == 3:  # the disk fills up: SQLite may grow the store by no page
            self.conn.execute(f"PRAGMA max_page_count = {self.conn.execute('PRAGMA page_count').fetchone()[0]}")
        return real(self, *args, **kwargs)

    monkeypatch.setattr(Store, "save_article", save)
    with pytest.raises(StoreError, match=r"the store is full .* run the same command again to resume"):
        load_shards(folder, db)
    monkeypatch.setattr(Store, "save_article", real)
    with sqlite3.connect(db) as con:
        kept = con.execute("SELECT COUNT(*) FROM articles").fetchone()[0]
        assert con.execute("SELECT COUNT(*) FROM errors").fetchone()[0] == 0  # nothing held against a shard
    again = load_shards(folder, db)
    assert (again.loaded, again.already, again.failed) == (6 - kept, kept, 0)


def test_loading_into_a_store_another_process_keeps_locked_says_so(tmp_path: Path, monkeypatch: Any) -> None:
    import onrecord.store as store_module
    from onrecord.store import StoreError

    folder, db = _shards_of(tmp_path / "s", 2), tmp_path / "db"
    load_shards(folder, db)  # the store exists, its schema written
    _shards_of(tmp_path / "s", 3)
    monkeypatch.setattr(store_module, "BUSY_TIMEOUT_S", 0.2)
    holder = sqlite3.connect(db, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")  # another ingest, load or a tool left in a transaction
    try:
        with pytest.raises(StoreError, match=r"is locked: another process .* run the same command again"):
            load_shards(folder, db)
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert load_shards(folder, db).loaded == 1
