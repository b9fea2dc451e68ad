"""Nothing a user feeds an ingest stops it: each case here once killed a run or lost good articles.

Every test names the input that broke the run, then shows that the run now finishes, records
what failed with its stage, and keeps everything that was good.
"""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from onrecord.batch import ChunkResult, run_processes
from onrecord.corpus import IngestOptions, ingest
from onrecord.ingest import TextInput
from onrecord.settings import Settings
from onrecord.store import Store
from tests.test_corpus import snapshot, write_articles

GOOD = "The mayor said on Monday that the bridge would reopen on Friday.\n"


def run(paths: list[Path], db: Path, workers: int = 1) -> tuple[object, list[dict[str, str]]]:
    summary = ingest([str(p) for p in paths], IngestOptions(db=db, workers=workers, starter_actors=False))
    with sqlite3.connect(db) as con:
        con.row_factory = sqlite3.Row
        errors = [dict(r) for r in con.execute("SELECT source, reason, stage, exception FROM errors")]
    return summary, errors


def stored_texts(db: Path) -> list[str]:
    with sqlite3.connect(db) as con:
        return sorted(r[0] for r in con.execute("SELECT text FROM articles WHERE status = 'analysed'"))


def test_a_bare_surname_and_the_full_name_in_one_article_are_stored(tmp_path: Path) -> None:
    # Once: FOREIGN KEY constraint failed, on every rerun: the bare "Calderon" actor was merged into
    # "Felipe Calderon" while the article being written still held its id.
    text = ("Calderon said the country could not afford another wall.\n\n"
            "Former Mexican President Felipe Calderon told reporters on Monday that the plan was absurd.\n\n"
            "“It is a waste of money,” Calderon said.\n")
    (tmp_path / "calderon.txt").write_text(text, encoding="utf-8")
    summary, errors = run([tmp_path / "calderon.txt"], tmp_path / "s.db")
    assert (summary.analysed, summary.failed, errors) == (1, 0, [])  # type: ignore[attr-defined]
    with sqlite3.connect(tmp_path / "s.db") as con:
        names = {r[0] for r in con.execute(
            "SELECT a.name FROM statements s JOIN actors a ON a.id = s.actor_id")}
    assert names == {"Felipe Calderon"}


def _slow_first_chunk(items: list[TextInput]) -> ChunkResult:
    if items[0].id == "t0":
        time.sleep(1.5)  # the first chunk finishes last
    return ChunkResult([(item, None, "done") for item in items], f"pid:{os.getpid()}", 0.0)


def test_results_come_back_in_input_order_whatever_order_workers_finish_in() -> None:
    # Once: results were stored as chunks finished, so the same inputs gave stores that differed
    # (6,433 or 6,434 new actors on PolNeAR train) depending on scheduling.
    items = [TextInput(f"t{n}", None, f"text {n}") for n in range(40)]
    results = [r for chunk in run_processes(_slow_first_chunk, Settings(), workers=2)(items) for r in chunk.results]
    assert [item.id for item, _, _ in results] == [item.id for item in items]


def test_the_store_is_the_same_with_one_worker_or_two(tmp_path: Path) -> None:
    folder = write_articles(tmp_path / "in", 24)
    run([folder], tmp_path / "one.db", workers=1)
    run([folder], tmp_path / "two.db", workers=2)
    one, two = sqlite3.connect(tmp_path / "one.db"), sqlite3.connect(tmp_path / "two.db")
    try:
        query = "SELECT id, key FROM actors ORDER BY id"  # ids too: the order of creation is the same
        assert one.execute(query).fetchall() == two.execute(query).fetchall()
    finally:
        one.close()
        two.close()
    assert snapshot(tmp_path / "one.db") == snapshot(tmp_path / "two.db")


def test_a_symlink_loop_is_an_error_of_its_own_and_the_folder_goes_on(tmp_path: Path) -> None:
    # Once: RuntimeError from Path.resolve() before anything was read.
    folder = tmp_path / "d"
    folder.mkdir()
    (folder / "a").symlink_to(folder / "b")
    (folder / "b").symlink_to(folder / "a")
    (folder / "good.txt").write_text(GOOD, encoding="utf-8")
    summary, errors = run([folder], tmp_path / "s.db")
    assert summary.analysed == 1  # type: ignore[attr-defined]
    assert sorted(Path(e["source"]).name for e in errors) == ["a", "b"]
    assert all("symbolic links" in e["reason"] for e in errors)


def test_json_nested_beyond_the_recursion_limit_is_one_bad_row(tmp_path: Path) -> None:
    # Once: RecursionError escaped (only ValueError was caught) and ended the run.
    rows = [json.dumps({"text": GOOD}), "[" * 100_000 + "]" * 100_000,
            json.dumps({"text": GOOD.replace("Monday", "Tuesday")})]
    (tmp_path / "feed.jsonl").write_text("\n".join(rows) + "\n", encoding="utf-8")
    summary, errors = run([tmp_path / "feed.jsonl"], tmp_path / "s.db")
    assert summary.analysed == 2  # type: ignore[attr-defined]
    assert [(e["source"].rsplit(":", 1)[1], e["stage"]) for e in errors] == [("2", "read")]
    assert "nested too deeply" in errors[0]["reason"]


@pytest.mark.parametrize("workers", [1, 2])
def test_a_lone_surrogate_in_a_jsonl_text_costs_nothing(tmp_path: Path, workers: int) -> None:
    # Once: UnicodeEncodeError from spaCy aborted --workers 1; with --workers 2 the whole chunk failed.
    rows = [{"text": GOOD}, {"text": "The minister said \ud800 the talks had failed.", "title": "Bad \udcff"},
            {"text": GOOD.replace("Monday", "Tuesday")}]
    (tmp_path / "feed.jsonl").write_text("\n".join(json.dumps(r) for r in rows) + "\n", encoding="utf-8")
    summary, errors = run([tmp_path / "feed.jsonl"], tmp_path / "s.db", workers=workers)
    assert (summary.analysed, summary.failed, errors) == (3, 0, [])  # type: ignore[attr-defined]
    assert "The minister said \ufffd the talks had failed." in stored_texts(tmp_path / "s.db")


def test_a_file_name_that_is_not_utf8_is_stored_with_its_bytes_escaped(tmp_path: Path) -> None:
    # Once: UnicodeEncodeError in save_article.
    name = os.fsdecode(b"bad\xff\xfe.txt")
    (tmp_path / name).write_text(GOOD, encoding="utf-8")
    summary, errors = run([tmp_path], tmp_path / "s.db")
    assert (summary.analysed, errors) == (1, [])  # type: ignore[attr-defined]
    with sqlite3.connect(tmp_path / "s.db") as con:
        assert con.execute("SELECT source FROM articles").fetchone()[0].endswith("bad\\xff\\xfe.txt")


def test_a_directory_that_cannot_be_read_is_reported(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # Once: skipped silently. (Tests run as root, which reads any directory, so the refusal is simulated.)
    locked = tmp_path / "in" / "locked"
    locked.mkdir(parents=True)
    (locked / "hidden.txt").write_text(GOOD, encoding="utf-8")
    (tmp_path / "in" / "open.txt").write_text(GOOD.replace("Monday", "Sunday"), encoding="utf-8")
    real_scandir = os.scandir

    def scandir(path: object) -> object:
        if Path(str(path)) == locked:
            raise PermissionError(13, "Permission denied", str(path))
        return real_scandir(path)  # type: ignore[call-overload]

    monkeypatch.setattr(os, "scandir", scandir)
    summary, errors = run([tmp_path / "in"], tmp_path / "s.db")
    assert summary.analysed == 1 and summary.failed == 1  # type: ignore[attr-defined]
    assert [(Path(e["source"]).name, e["reason"]) for e in errors] == [
        ("locked", "cannot read directory: Permission denied")]


def test_a_pretty_printed_json_file_is_one_document_not_hundreds_of_bad_lines(tmp_path: Path) -> None:
    # Once: examples/ gave 325 errors from peace-talks.gold.json, read as JSON Lines.
    (tmp_path / "gold.json").write_text(json.dumps({"article": "x.txt", "statements": [1, 2, 3]}, indent=1))
    (tmp_path / "one.json").write_text(json.dumps({"text": GOOD, "outlet": "Gazette"}, indent=2))
    (tmp_path / "many.json").write_text(json.dumps([{"text": GOOD.replace("Monday", d)} for d in ("Sunday", "Friday")],
                                                   indent=2))
    summary, errors = run([tmp_path], tmp_path / "s.db")
    assert summary.analysed == 3  # type: ignore[attr-defined]
    assert [(Path(e["source"]).name, e["reason"]) for e in errors] == [
        ("gold.json", "a JSON document with no 'text' field: not an article")]


def test_a_failure_while_storing_one_article_rolls_back_that_article_only(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    folder = write_articles(tmp_path / "in", 5)
    real = Store._insert_statement

    def insert(self: Store, article_id: int, position: int, s: object, *args: object) -> None:
        if "day 3" in self.conn.execute("SELECT text FROM articles WHERE id = ?", (article_id,)).fetchone()[0]:
            raise sqlite3.OperationalError("disk I/O error")
        real(self, article_id, position, s, *args)  # type: ignore[arg-type]

    monkeypatch.setattr(Store, "_insert_statement", insert)
    summary, errors = run([folder], tmp_path / "s.db")
    assert (summary.analysed, summary.failed) == (4, 1)  # type: ignore[attr-defined]
    assert [(Path(e["source"]).name, e["stage"], e["exception"]) for e in errors] == [
        ("report-002.txt", "store", "OperationalError")]
    with sqlite3.connect(tmp_path / "s.db") as con:  # nothing of the failed article is left behind
        assert con.execute("SELECT COUNT(*) FROM articles").fetchone()[0] == 4
        assert con.execute("SELECT COUNT(*) FROM statements WHERE article_id NOT IN "
                           "(SELECT id FROM articles)").fetchone()[0] == 0


def test_an_analysis_failure_costs_that_article_not_its_chunk(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import onrecord.pipeline as api

    real = api.find_quotations

    def quotations(text: str) -> object:
        if "day 2" in text:
            raise MemoryError("simulated")
        return real(text)

    monkeypatch.setattr(api, "find_quotations", quotations)  # raises inside the nlp.pipe stream
    summary, errors = run([write_articles(tmp_path / "in", 6)], tmp_path / "s.db")
    assert (summary.analysed, summary.failed) == (5, 1)  # type: ignore[attr-defined]
    assert [(Path(e["source"]).name, e["stage"]) for e in errors] == [("report-001.txt", "analyse")]


def test_a_reader_that_breaks_off_costs_its_own_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from onrecord.ingest import sources

    real = sources._read_single

    def read_single(stream: object, fmt: str, name: str, *args: object) -> TextInput:
        if name.endswith("report-001.txt"):
            raise ValueError("simulated reader bug")
        return real(stream, fmt, name, *args)  # type: ignore[arg-type]

    monkeypatch.setattr(sources, "_read_single", read_single)
    summary, errors = run([write_articles(tmp_path / "in", 4)], tmp_path / "s.db")
    assert (summary.analysed, summary.failed) == (3, 1)  # type: ignore[attr-defined]
    assert [(Path(e["source"]).name, e["stage"], e["exception"]) for e in errors] == [
        ("report-001.txt", "read", "ValueError")]


def test_errors_of_an_input_that_a_later_run_stores_are_cleared(tmp_path: Path) -> None:
    folder = write_articles(tmp_path / "in", 3)
    with Store(tmp_path / "s.db") as store:
        store.record_error(str(folder / "report-001.txt"), "a worker process died", stage="analyse")
        store.record_error("elsewhere.txt", "binary data", stage="read")
    _, errors = run([folder], tmp_path / "s.db")
    assert [e["source"] for e in errors] == ["elsewhere.txt"]


def _ingest_command(folder: Path, db: Path, *extra: str) -> list[str]:
    return [sys.executable, "-m", "onrecord.cli", "ingest", str(folder), "--db", str(db), "--progress", "off",
            "--no-starter-actors", *extra]


def test_two_identical_ingests_into_one_store_at_once_both_finish(tmp_path: Path) -> None:
    # Once: the loser exited with "UNIQUE constraint failed: articles.content_hash" and a traceback.
    folder = write_articles(tmp_path / "in", 16)
    db = tmp_path / "s.db"
    Store(db).close()  # both find the schema in place
    runs = [subprocess.Popen(_ingest_command(folder, db), stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
            for _ in range(2)]
    outputs = [p.communicate(timeout=300) for p in runs]
    assert [p.returncode for p in runs] == [0, 0], outputs
    assert all("Traceback" not in err for _, err in outputs)
    with sqlite3.connect(db) as con:
        assert con.execute("SELECT COUNT(*), COUNT(DISTINCT content_hash) FROM articles").fetchone() == (16, 16)


def _worker_pids(parent: int) -> list[int]:
    """The spawned worker processes of an ingest (not multiprocessing's resource tracker)."""
    pids = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text()
            cmdline = (entry / "cmdline").read_bytes()
        except OSError:
            continue
        if int(stat.rsplit(")", 1)[1].split()[1]) == parent and b"spawn_main" in cmdline:
            pids.append(int(entry.name))
    return pids


def test_killing_a_worker_mid_run_loses_nothing(tmp_path: Path) -> None:
    # Once: BrokenProcessPool aborted the run, or every article in flight on both workers was failed.
    folder = write_articles(tmp_path / "in", 48)
    db = tmp_path / "s.db"
    proc = subprocess.Popen(_ingest_command(folder, db, "--workers", "2"), stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True)
    try:
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline and proc.poll() is None:
            if db.exists() and _analysed(db) >= 4 and (pids := _worker_pids(proc.pid)):
                os.kill(pids[0], signal.SIGKILL)
                break
            time.sleep(0.1)
        else:
            pytest.fail("the ingest ended before a worker could be killed")
        _, err = proc.communicate(timeout=300)
    finally:
        proc.kill()
    assert proc.returncode == 0, err
    assert _analysed(db) == 48
    with sqlite3.connect(db) as con:
        assert con.execute("SELECT COUNT(*) FROM errors").fetchone()[0] == 0


def _analysed(db: Path) -> int:
    try:
        with sqlite3.connect(db, timeout=5) as con:
            return int(con.execute("SELECT COUNT(*) FROM articles").fetchone()[0])
    except sqlite3.OperationalError:  # the schema is not there yet
        return 0


def test_an_html_page_of_a_million_tiny_tags_is_refused_unread_and_the_folder_goes_on(tmp_path: Path) -> None:
    # Once: 30 s of CPU and 1 GB in the main process (HTML is read there, outside the workers' budget), and the
    # million tags came back as one million-character "article" for the workers to analyse.
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "tags.html").write_text("<html><body><article><p>" + GOOD + "</p>" + "<b>x</b>" * 300_000
                                      + "</article></body></html>", encoding="utf-8")
    (folder / "good.html").write_text(f"<html><body><article><p>{GOOD}</p></article></body></html>", encoding="utf-8")
    started = time.process_time()
    summary, errors = run([folder], tmp_path / "s.db")
    assert time.process_time() - started < 10  # the page of tags alone took longer than this to parse
    assert (summary.analysed, summary.failed) == (1, 1)  # type: ignore[attr-defined]
    assert [(Path(e["source"]).name, e["stage"], e["reason"]) for e in errors] == [
        ("tags.html", "read", "an HTML page of 600,008 tags, more than an article page has (250,000): not parsed")]


def test_parsing_an_html_page_stops_at_the_article_budget() -> None:
    # Once: no budget at all for reading HTML, in the process that stores every article.
    from onrecord.ingest import InputError
    from onrecord.ingest.sources import html_input

    page = "<html><body><article>" + "<div><p><span>a</span></p></div>" * 30_000 + "</article></body></html>"
    with pytest.raises(InputError, match=r"HTML parsing stopped after 0.05 s of CPU time"):
        html_input(page, ident="p", source="p.html", budget=0.05)
    assert signal.getitimer(signal.ITIMER_VIRTUAL) == (0.0, 0.0)  # no timer left running


def test_an_html_page_in_utf16_is_read_and_binary_data_named_html_is_refused(tmp_path: Path) -> None:
    # Once: both pages in UTF-16 were refused as "binary data (NUL bytes), not HTML".
    folder = tmp_path / "in"
    folder.mkdir()
    page = "<html><body><article><p>{}</p></article></body></html>"
    (folder / "bom.html").write_bytes(page.format(GOOD).encode("utf-16"))
    (folder / "plain.html").write_bytes(page.format(GOOD.replace("Monday", "Sunday")).encode("utf-16-le"))
    (folder / "zip.html").write_bytes(b"PK\x03\x04\x14\x00\x00\x00\x08\x00" + bytes(range(256)) * 4)
    summary, errors = run([folder], tmp_path / "s.db")
    assert (summary.analysed, summary.failed) == (2, 1)  # type: ignore[attr-defined]
    assert [(Path(e["source"]).name, e["reason"]) for e in errors] == [
        ("zip.html", "a ZIP archive or a document made of one (.docx, .odt, .epub), not text: unpack it or save it "
                     "as plain text first")]


def test_a_store_that_fills_up_stops_the_run_cleanly_and_the_same_command_resumes(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # Once: every article after the disk filled up was analysed and then failed to store, one by one, for the
    # rest of the run; where recording that failure raised too, the run ended in "unexpected OperationalError
    # ... (a bug in onrecord)". The store is filled for real here: after the third article SQLite may grow it
    # by no page.
    from onrecord.store import StoreError

    folder = write_articles(tmp_path / "in", 6)
    real = Store.save_article
    calls: list[int] = []

    def save(self: Store, *args: object, **kwargs: object) -> object:
        calls.append(1)
        if len(calls) == 4:
            pages = self.conn.execute("PRAGMA page_count").fetchone()[0]
            self.conn.execute(f"PRAGMA max_page_count = {pages}")
        return real(self, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(Store, "save_article", save)
    with pytest.raises(StoreError, match=r"the store is full .* run the same command again to resume"):
        run([folder], tmp_path / "s.db")
    kept = len(stored_texts(tmp_path / "s.db"))
    assert 3 <= kept < 6  # the fourth may still fit in the pages there are
    with sqlite3.connect(tmp_path / "s.db") as con:
        assert con.execute("SELECT COUNT(*) FROM errors").fetchone()[0] == 0  # nothing held against an article
    monkeypatch.setattr(Store, "save_article", real)
    summary, errors = run([folder], tmp_path / "s.db")  # room again: the same command
    assert (summary.analysed, summary.already, summary.failed, errors) == (6 - kept, kept, 0, [])  # type: ignore[attr-defined]


def test_a_store_another_process_keeps_locked_stops_the_run_cleanly_and_the_same_command_resumes(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # Once: with another process holding a write on the store past the busy timeout (a second run's long
    # write, a tool left in a transaction), the article failed to store, then recording that failure hit the
    # same lock and the run ended in a traceback; a store locked at the start was "not a usable onrecord store".
    import onrecord.store as store_module
    from onrecord.store import StoreError

    monkeypatch.setattr(store_module, "BUSY_TIMEOUT_S", 0.2)
    folder = write_articles(tmp_path / "in", 4)
    db = tmp_path / "s.db"
    real = Store.save_article
    holder: list[sqlite3.Connection] = []

    def save(self: Store, *args: object, **kwargs: object) -> object:
        if len(stored_texts(db)) == 2 and not holder:  # another process takes a write lock and keeps it
            holder.append(sqlite3.connect(db, isolation_level=None))
            holder[0].execute("BEGIN IMMEDIATE")
        return real(self, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(Store, "save_article", save)
    with pytest.raises(StoreError, match=r"is locked: another process has held a write on it for over 0.2 s.*"
                                         r"run the same command again"):
        run([folder], db)
    assert len(stored_texts(db)) == 2
    with pytest.raises(StoreError, match="is locked"):  # a new run meets the lock at once: said so, not "unusable"
        run([folder], db)
    holder[0].execute("ROLLBACK")
    monkeypatch.setattr(Store, "save_article", real)
    summary, errors = run([folder], db)
    assert (summary.analysed, summary.already, summary.failed, errors) == (2, 2, 0, [])  # type: ignore[attr-defined]


def test_reprocess_on_a_store_another_process_keeps_locked_stops_with_what_to_do(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # Once: "database is locked" escaped `reprocess` as an OperationalError (a traceback calling it a bug).
    import onrecord.store as store_module
    from onrecord.corpus import reprocess
    from onrecord.store import StoreError

    db = tmp_path / "s.db"
    run([write_articles(tmp_path / "in", 2)], db)
    monkeypatch.setattr(store_module, "BUSY_TIMEOUT_S", 0.2)
    real = Store.replace_analysis
    holder: list[sqlite3.Connection] = []

    def replace(self: Store, *args: object, **kwargs: object) -> object:
        if not holder:
            holder.append(sqlite3.connect(db, isolation_level=None))
            holder[0].execute("BEGIN IMMEDIATE")
        return real(self, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(Store, "replace_analysis", replace)
    with pytest.raises(StoreError, match="is locked: another process has held a write on it"):
        reprocess(db, everything=True)
    holder[0].execute("ROLLBACK")



def test_a_feed_whose_id_comes_twice_with_different_texts_says_which_text_kept_the_id(tmp_path: Path) -> None:
    # Once: both rows stored, the second silently as "wire-1-<hash>", so `onrecord show wire-1` showed one of two
    # texts the feed called wire-1 and nothing said so (break15). A text stored twice stays "already in the store".
    rows = [{"id": "wire-1", "text": "The mayor said on Monday that the bridge would reopen on Friday."},
            {"id": "wire-1", "text": "The mayor said on Tuesday that the bridge would stay closed."},
            {"id": "wire-2", "text": "The governor said the road was open."},
            {"id": "wire-2", "text": "The governor said the road was open."}]
    feed = tmp_path / "feed.jsonl"
    feed.write_text("".join(json.dumps(row) + "\n" for row in rows), encoding="utf-8")
    summary, _ = run([feed], tmp_path / "s.db")
    with sqlite3.connect(tmp_path / "s.db") as con:
        slugs = dict(con.execute("SELECT source, slug FROM articles"))
    assert slugs[f"{feed}:1"] == "wire-1" and slugs[f"{feed}:2"].startswith("wire-1-")
    assert summary.already == 1  # type: ignore[attr-defined]
    assert summary.warnings == [  # type: ignore[attr-defined]
        f"{feed}:2: its id 'wire-1' is another text's already ({feed}:1): stored as {slugs[f'{feed}:2']}"]
