"""Corpus runs as a user makes them: a mixed folder, a killed run resumed, workers, Dask, queries, exports."""

from __future__ import annotations

import csv
import io
import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from onrecord.cli import main
from onrecord.corpus import IngestOptions, ingest
from onrecord.store.shards import load_shards
from tests.conftest import EXAMPLES

CITIES = ["Geneva", "Vienna", "Oslo", "Ankara", "Doha", "Riyadh", "Warsaw", "Helsinki", "Rome", "Madrid"]
MINISTERS = ["Anna Berg", "Tomas Novak", "Leila Haddad", "Pieter de Vries", "Ines Moreau"]


def write_articles(folder: Path, count: int) -> Path:
    """Distinct short reports, each with a few attributed statements (texts written for these tests)."""
    folder.mkdir(parents=True, exist_ok=True)
    for n in range(count):
        city, minister = CITIES[n % len(CITIES)], MINISTERS[n % len(MINISTERS)]
        paragraphs = [
            f"Talks in {city} enter day {n + 1}",
            f"Foreign Minister {minister} said on Monday that the delegations in {city} had agreed on "
            f"{n + 2} points of a draft text.",
            f"“We are closer than we were a week ago, but nothing is agreed until everything is agreed,” "
            f"{minister.split()[-1]} told reporters.",
            f"She refused to rule out a further round of talks in {CITIES[(n + 3) % len(CITIES)]}.",
            f"The opposition leader, Marek Zielinski, said the government had given away too much in round {n}.",
            "Diplomats said privately that the hardest questions, on borders and on guarantees, remained open.",
        ]
        (folder / f"report-{n:03d}.txt").write_text("\n\n".join(paragraphs) + "\n", encoding="utf-8")
    return folder


def snapshot(db: Path) -> dict[str, object]:
    """What a store holds, independent of row ids and the order articles were finished in."""
    con = sqlite3.connect(db)
    try:
        articles = sorted(con.execute("SELECT content_hash, slug, status FROM articles"))
        statements = sorted(con.execute(
            "SELECT ar.content_hash, s.position, s.content_start, s.content_end, s.act, a.name "
            "FROM statements s JOIN articles ar ON ar.id = s.article_id LEFT JOIN actors a ON a.id = s.actor_id"))
        errors = sorted(con.execute("SELECT source, reason FROM errors"))
        actors = sorted(r[0] for r in con.execute("SELECT key FROM actors"))
    finally:
        con.close()
    return {"articles": articles, "statements": statements, "errors": errors, "actors": actors}


@pytest.fixture(scope="module")
def corpus_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    db = tmp_path_factory.mktemp("corpus") / "onrecord.db"
    summary = ingest([str(EXAMPLES / "corpus"), str(EXAMPLES / "peace-talks.txt")], IngestOptions(db=db))
    assert (summary.analysed, summary.failed, summary.skipped, summary.already) == (8, 7, 1, 1)
    return db


def cli(args: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    code = main(args)
    out, err = capsys.readouterr()
    return code, out, err


def test_mixed_folder_keeps_the_good_and_records_the_bad(corpus_db: Path, capsys: pytest.CaptureFixture[str]
                                                         ) -> None:
    code, out, _ = cli(["errors", "--db", str(corpus_db), "--format", "json"], capsys)
    assert code == 0
    reasons = {Path(e["source"].split("#")[0].split(":")[0]).name: e["reason"] for e in json.loads(out)}
    assert "binary" in reasons["blob.txt"] and "truncated gzip" in reasons["not-really.txt.gz"]
    assert "truncated or corrupt WARC after 1" in reasons["truncated.warc.gz"]
    con = sqlite3.connect(corpus_db)
    skipped = con.execute("SELECT status_reason FROM articles WHERE status = 'skipped'").fetchall()
    assert len(skipped) == 1 and "'fr'" in skipped[0][0]
    kept = {r[0] for r in con.execute("SELECT slug FROM articles WHERE status = 'analysed'")}
    assert "ok-1" in kept  # the good row of a JSONL file with bad rows
    assert "www.northstar.example-2025-08-20-summit-plans" in kept  # the good record of a truncated WARC


def test_second_run_adds_nothing(corpus_db: Path) -> None:
    before = snapshot(corpus_db)
    summary = ingest([str(EXAMPLES / "corpus"), str(EXAMPLES / "peace-talks.txt")], IngestOptions(db=corpus_db))
    assert summary.analysed == 0 and summary.already == 9  # 8 analysed, 1 WARC record twice
    assert summary.skipped == 1  # the French one is skipped again, not "already in the store" (issue 12)
    assert snapshot(corpus_db) == before


def test_statements_by_actor_in_every_format(corpus_db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = cli(["statements", "--db", str(corpus_db), "--actor", "Trump", "--format", "jsonl"], capsys)
    rows = [json.loads(line) for line in out.splitlines()]
    assert code == 0 and len(rows) >= 14
    assert {r["actor"]["name"] for r in rows} == {"Donald Trump"}
    assert {r["article"]["outlet"] for r in rows} >= {"Harbor Times"}
    code, out, _ = cli(["statements", "--db", str(corpus_db), "--actor", "Trump", "--format", "csv",
                        "--since", "2025-08-19", "--until", "2025-08-19"], capsys)
    table = list(csv.DictReader(io.StringIO(out)))
    assert table and {r["published"] for r in table} == {"2025-08-19"}
    code, out, _ = cli(["statements", "--db", str(corpus_db), "--search", "Kharkiv", "--format", "json"], capsys)
    [hit] = json.loads(out)
    assert hit["act"] == "deny" and hit["actor"]["name"] == "Vladimir Putin"
    code, _, err = cli(["statements", "--db", str(corpus_db), "--actor", "Nobody Atall"], capsys)
    assert code == 2 and "no actor called" in err


def test_actors_and_show(corpus_db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = cli(["actors", "--db", str(corpus_db), "--format", "json"], capsys)
    actors = {a["name"]: a for a in json.loads(out)}
    assert actors["Donald Trump"]["articles"] == 3  # the example, the Harbor Times page and a Northstar page
    assert actors["Melania Trump"]["statements"] == 1  # "President Trump" in her article is not her
    assert "Donald J. Trump" in actors["Donald Trump"]["aliases"]
    assert actors["Keir Starmer"]["statements"] == 1  # "The British prime minister said", August 2025
    code, out, _ = cli(["show", "wire-002", "--db", str(corpus_db)], capsys)
    assert code == 0 and "⟦1 the United States would keep supplying intelligence to Kyiv⟧" in out
    assert "JD Vance" in out
    code, _, err = cli(["show", "nope", "--db", str(corpus_db)], capsys)
    assert code == 2 and "no article" in err


def test_export_parquet_csv_jsonl(corpus_db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    import pyarrow.parquet as pq

    total = sqlite3.connect(corpus_db).execute("SELECT COUNT(*) FROM statements").fetchone()[0]
    for fmt in ("parquet", "csv", "jsonl"):
        target = tmp_path / f"out.{fmt}"
        code, _, err = cli(["export", "--db", str(corpus_db), "--format", fmt, "-o", str(target)], capsys)
        assert code == 0 and f"{total} statements" in err
    table = pq.read_table(tmp_path / "out.parquet")
    assert table.num_rows == total and {"actor_name", "outlet", "published", "content"} <= set(table.column_names)
    assert len(list(csv.DictReader((tmp_path / "out.csv").open(encoding="utf-8")))) == total
    assert len((tmp_path / "out.jsonl").read_text(encoding="utf-8").splitlines()) == total


def test_query_commands_on_a_missing_store_fail_clearly(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = cli(["statements", "--db", str(tmp_path / "none.db")], capsys)
    assert code == 2 and "no store at" in err


def test_killed_ingest_resumes_to_the_same_store(tmp_path: Path) -> None:
    folder = write_articles(tmp_path / "in", 40)
    reference = tmp_path / "reference.db"
    ingest([str(folder)], IngestOptions(db=reference))
    db = tmp_path / "killed.db"
    command = [sys.executable, "-m", "onrecord.cli", "ingest", str(folder), "--db", str(db), "--progress", "off"]
    proc = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
    stored = 0
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline and proc.poll() is None:
        try:
            with sqlite3.connect(f"file:{db}?mode=ro", uri=True) as con:
                stored = con.execute("SELECT COUNT(*) FROM articles").fetchone()[0]
        except sqlite3.Error:
            stored = 0
        if stored >= 5:
            os.killpg(proc.pid, signal.SIGKILL)
            break
        time.sleep(0.01)
    assert proc.wait(timeout=30) == -signal.SIGKILL, "the ingest finished before it could be killed"
    assert 5 <= stored < 40
    resumed = subprocess.run(command, capture_output=True, text=True, check=False, timeout=300)
    assert resumed.returncode == 0, resumed.stderr
    assert "already in the store" in resumed.stderr
    assert snapshot(db) == snapshot(reference)


def test_two_worker_processes_give_the_same_store(tmp_path: Path) -> None:
    folder = write_articles(tmp_path / "in", 12)
    ingest([str(folder)], IngestOptions(db=tmp_path / "one.db"))
    summary = ingest([str(folder)], IngestOptions(db=tmp_path / "two.db", workers=2))
    # The work ran in worker processes (which of the two took each chunk is the pool's business).
    assert summary.analysed == 12 and summary.worker_peak_mb
    assert all(not name.endswith(f":{os.getpid()}") for name in summary.worker_peak_mb)
    assert snapshot(tmp_path / "two.db") == snapshot(tmp_path / "one.db")


def test_dask_local_cluster_gives_the_same_store(tmp_path: Path) -> None:
    from distributed import LocalCluster

    folder = write_articles(tmp_path / "in", 10)
    ingest([str(folder)], IngestOptions(db=tmp_path / "local.db"))
    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as cluster:
        summary = ingest([str(folder)], IngestOptions(db=tmp_path / "dask.db", dask=cluster.scheduler_address))
        sharded = ingest([str(folder)], IngestOptions(db=tmp_path / "sharded.db", dask=cluster.scheduler_address,
                                                      shards=str(tmp_path / "shards")))
    assert (sharded.sharded, sharded.analysed) == (10, 0)  # results stayed with the workers, in shards
    assert snapshot(tmp_path / "sharded.db")["articles"] == []
    assert load_shards(tmp_path / "shards", tmp_path / "sharded.db").loaded == 10
    assert load_shards(tmp_path / "shards", tmp_path / "sharded.db").already == 10  # loading twice adds nothing
    assert snapshot(tmp_path / "sharded.db") == snapshot(tmp_path / "local.db")
    assert summary.analysed == 10
    assert summary.worker_peak_mb and all(not w.endswith(f":{os.getpid()}") for w in summary.worker_peak_mb)
    assert snapshot(tmp_path / "dask.db") == snapshot(tmp_path / "local.db")


def test_reprocess_redoes_what_an_older_pipeline_analysed(tmp_path: Path, capsys: pytest.CaptureFixture[str]
                                                          ) -> None:
    folder = write_articles(tmp_path / "in", 3)
    db = tmp_path / "r.db"
    ingest([str(folder)], IngestOptions(db=db))
    before = snapshot(db)
    with sqlite3.connect(db) as con:
        con.execute("UPDATE articles SET pipeline_version = 'onrecord-0.0.1' WHERE slug = 'report-001'")
    code, _, err = cli(["reprocess", "--db", str(db), "--progress", "off"], capsys)
    assert code == 0 and "1 articles reprocessed" in err
    assert snapshot(db) == before
    versions = {r[0] for r in sqlite3.connect(db).execute("SELECT pipeline_version FROM articles")}
    assert len(versions) == 1 and "onrecord-0.0.1" not in versions
    code, _, err = cli(["reprocess", "--db", str(db), "--progress", "off"], capsys)
    assert "0 articles reprocessed" in err


def test_quotes_lists_one_quote_with_every_outlet_that_carried_it(corpus_db: Path,
                                                                  capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = cli(["quotes", "--db", str(corpus_db), "--actor", "Trump", "--format", "json"], capsys)
    [quote] = json.loads(out)
    assert code == 0 and quote["actor"]["name"] == "Donald Trump"
    assert quote["text"].startswith("We're going to work with Ukraine")
    assert {s["article"] for s in quote["sources"]} == {"trump-europe", "peace-talks",
                                                         "www.northstar.example-2025-08-20-summit-plans"}


def test_ingesting_the_folder_that_holds_the_store_skips_the_store(tmp_path: Path) -> None:
    write_articles(tmp_path, 2)
    first = ingest([str(tmp_path)], IngestOptions(db=tmp_path / "onrecord.db"))
    second = ingest([str(tmp_path)], IngestOptions(db=tmp_path / "onrecord.db"))
    assert (first.analysed, first.failed) == (2, 0) and (second.already, second.failed) == (2, 0)


def test_articles_full_text_search(corpus_db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = cli(["articles", "--db", str(corpus_db), "--search", "Kharkiv", "--format", "json"], capsys)
    assert code == 0 and [a["id"] for a in json.loads(out)] == ["wire-001"]
    code, out, _ = cli(["articles", "--db", str(corpus_db), "--format", "json"], capsys)
    assert {a["id"] for a in json.loads(out)} >= {"peace-talks", "zelensky-guarantees", "wire-002"}
    titles = {a["id"]: a["title"] for a in json.loads(out)}
    assert titles["zelensky-guarantees"] == "Zelensky presses allies for guarantees"  # a text file's headline


def test_the_run_summary_counts_in_words_a_reader_expects() -> None:
    """A newcomer's first ingest of one file printed "1 articles analysed (5 statements, 1 new actors)"."""
    from onrecord.corpus import IngestSummary

    text = str(IngestSummary(analysed=1, statements=1, new_actors=1))
    assert text.startswith("1 article analysed (1 statement, 1 new actor),")
    assert str(IngestSummary(analysed=2, statements=0, new_actors=3)).startswith(
        "2 articles analysed (0 statements, 3 new actors),")


def test_a_second_run_into_a_store_another_run_is_writing_says_so_and_waits_for_it(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # Two ingests of one folder into one store both analysed every article and neither said another was
    # writing (redteam18). The second now names the first, waits for its lock, then finds what it stored.
    import fcntl

    from onrecord.store import runlock

    folder = write_articles(tmp_path / "news", 2)
    db = tmp_path / "news.db"
    held = os.open(f"{db}-run.lock", os.O_RDWR | os.O_CREAT)  # the first run, holding the store's run lock
    fcntl.flock(held, fcntl.LOCK_EX)
    os.pwrite(held, b"pid 4242 since 10:00:00: onrecord ingest news", 0)
    said: list[str] = []

    def the_first_run_ends(message: str) -> None:
        said.append(message)
        os.close(held)  # its lock released (as the kernel releases a killed run's)

    monkeypatch.setattr(runlock, "_say", the_first_run_ends)
    summary = ingest([str(folder)], IngestOptions(db=db))
    assert len(said) == 1 and "another onrecord run is writing to" in said[0] and "pid 4242" in said[0]
    assert summary.analysed == 2
    with runlock.one_run_at_a_time(db) as waited:  # free again: a run alone neither waits nor says anything
        assert not waited
    assert len(said) == 1
    kept = tmp_path / "kept.txt"  # a link in the lock's place is not followed: the file it names is not written
    kept.write_text("keep")
    (tmp_path / "other.db-run.lock").symlink_to(kept)
    with runlock.one_run_at_a_time(tmp_path / "other.db"):
        pass
    assert kept.read_text() == "keep"
