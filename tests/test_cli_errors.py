"""Every CLI error is one clear line on stderr and a non-zero status (2 for usage), never a traceback."""

from __future__ import annotations

import json
import os
import shutil
import stat
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from onrecord.cli import main, visible
from onrecord.corpus import IngestOptions, ingest
from tests.conftest import EXAMPLES, REPO

ESCAPES = "\x1b[2J\x1b]0;pwned\x07\x1b]52;c;Y2xpcGJvYXJk\x07\x9b31m\u202e"  # clear, title, clipboard, CSI, RLO
HOSTILE = {"id": "esc", "title": f"Title {ESCAPES}", "outlet": f"Wire{ESCAPES}", "published": "2025-08-21",
           "text": f"The minister said that the talks{ESCAPES} would resume on Monday.\n\n"
                   f"“We will never sign {ESCAPES} this,” the mayor of Springfield said."}


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("cli-errors")
    feed = folder / "esc.jsonl"
    feed.write_text(json.dumps(HOSTILE) + "\n", encoding="utf-8")
    db = folder / "store.db"
    assert ingest([str(EXAMPLES / "peace-talks.txt"), str(feed)], IngestOptions(db=db)).analysed == 2
    return db


def one_error(err: str) -> str:
    assert "Traceback" not in err
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    return lines[0]


def run(args: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    try:
        code = main(args)
    except SystemExit as exit_:  # argparse's usage errors
        code = int(exit_.code or 0)
    out, err = capsys.readouterr()
    return code, out, err


@pytest.mark.parametrize("key", ["9999999999999999999", "²", "①"])
def test_show_an_id_sqlite_cannot_hold(store: Path, key: str, capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(["show", key, "--db", str(store)], capsys)
    assert code != 0 and f"no article '{key}'" in one_error(err)


@pytest.mark.parametrize("fmt", ["csv", "jsonl", "parquet"])
def test_export_to_a_folder(store: Path, tmp_path: Path, fmt: str, capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(["export", "--db", str(store), "--format", fmt, "-o", str(tmp_path)], capsys)
    assert code != 0 and "is a folder" in one_error(err)
    code, _, err = run(["export", "--db", str(store), "--format", fmt, "-o", str(tmp_path / "no" / "x")], capsys)
    assert code != 0 and "cannot write" in one_error(err)


@pytest.mark.parametrize(("fmt", "target"), [("jsonl", "store"), ("parquet", "store"), ("csv", "wal"),
                                             ("parquet", "link"), ("jsonl", "events")])
def test_export_over_the_store_itself(store: Path, tmp_path: Path, fmt: str, target: str,
                                      capsys: pytest.CaptureFixture[str]) -> None:
    """``export --db news.db --output news.db`` truncated the store to nothing before reading it (break14)."""
    db = tmp_path / "news.db"
    shutil.copy(store, db)
    before = db.read_bytes()
    (tmp_path / "link.db").symlink_to(db)
    output = {"store": db, "wal": Path(f"{db}-wal"), "link": tmp_path / "link.db", "events": db}[target]
    args = ["export", "--db", str(db), "--format", fmt, "-o", str(output)]
    args += ["--events"] if target == "events" else []
    code, _, err = run(args, capsys)
    assert code == 2 and "is the store being exported" in one_error(err)
    assert db.read_bytes() == before
    code, out, _ = run(["statements", "--db", str(db), "--format", "jsonl"], capsys)
    assert code == 0 and len(out.splitlines()) > 10


@pytest.mark.parametrize("port", ["99999", "-1", "http"])
def test_serve_on_a_port_that_cannot_exist(store: Path, port: str, capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(["serve", "--db", str(store), "--port", port], capsys)
    assert code == 2 and "--port" in one_error(err)


@pytest.mark.parametrize("args", [["statements", "--limit", "-5"], ["articles", "--limit", "-1"],
                                  ["actors", "--limit", "99999999999999999999"], ["quotes", "--min-sources", "0"],
                                  ["statements", "--limit", "²"]])
def test_negative_or_huge_limits_are_usage_errors(store: Path, args: list[str],
                                                  capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run([*args, "--db", str(store)], capsys)
    assert code == 2 and out == "" and "not a whole number" in one_error(err)


def test_limit_zero_and_positive_limits_still_work(store: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(["statements", "--db", str(store), "--limit", "3", "--format", "jsonl"], capsys)
    assert code == 0 and len(out.splitlines()) == 3
    code, out, _ = run(["statements", "--db", str(store), "--limit", "0", "--format", "jsonl"], capsys)
    assert code == 0 and out == ""


@pytest.mark.parametrize("name", ["news?.db", "news#1.db", "news%41.db", "we?ird#dir%2F/news.db"])
def test_db_paths_with_uri_characters_open_that_file(store: Path, tmp_path: Path, name: str,
                                                     capsys: pytest.CaptureFixture[str]) -> None:
    target = tmp_path / name
    target.parent.mkdir(parents=True, exist_ok=True)
    shutil.copy(store, target)
    (tmp_path / "news").write_bytes(b"")  # where "news?.db" led before: another (empty) file
    code, out, err = run(["statements", "--db", str(target), "--format", "jsonl"], capsys)
    assert code == 0, err
    assert len(out.splitlines()) == 16


@pytest.mark.parametrize("command", [["statements", "--format", "table"], ["articles", "--format", "table"],
                                     ["show", "esc"]])
def test_tables_show_control_sequences_instead_of_sending_them(store: Path, command: list[str],
                                                               capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run([*command, "--db", str(store)], capsys)
    assert code == 0
    assert not {"\x1b", "\x07", "\x9b", "\u202e"} & set(out)
    assert "␛" in out or "<U+202E>" in out


def test_extract_table_shows_control_sequences(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "name\x1b[2J.txt"  # the article id is the file name
    path.write_text("“We will never sign this,” the mayor of Springfield said.", encoding="utf-8")
    code, out, _ = run(["extract", str(path), "--format", "table"], capsys)
    assert code == 0 and "\x1b" not in out and "␛" in out


@given(st.text(st.characters(codec=None, categories=None)))
@settings(max_examples=200, deadline=None)
def test_visible_text_holds_no_terminal_controls(text: str) -> None:
    for shown, kept in ((visible(text), set()), (visible(text, lines=True), {"\n", "\t"})):
        assert all(c in kept or not (c < " " or "\x7f" <= c <= "\x9f" or c in "\u202a\u202b\u202c\u202d\u202e"
                                     "\u2066\u2067\u2068\u2069\u200e\u200f\u061c") for c in shown)


# -- a read-only store: a real permission error, also when the tests run as root ----------------------------


def _without_root_powers() -> list[str]:
    """A command prefix under which file permissions apply (root overrides them unless its powers are dropped)."""
    if os.geteuid() != 0:
        return []
    setpriv = shutil.which("setpriv")
    if setpriv is None:
        pytest.skip("running as root without setpriv: a read-only file would still be writable")
    return [setpriv, "--bounding-set", "-dac_override,-dac_read_search,-fowner"]


@pytest.fixture
def readonly(tmp_path: Path, store: Path) -> Iterator[Path]:
    (tmp_path / "file").mkdir()
    shutil.copy(store, tmp_path / "file" / "store.db")
    (tmp_path / "file" / "store.db").chmod(0o444)
    (tmp_path / "folder").mkdir()
    shutil.copy(store, tmp_path / "folder" / "store.db")
    (tmp_path / "folder").chmod(stat.S_IRUSR | stat.S_IXUSR | stat.S_IRGRP | stat.S_IXGRP | stat.S_IROTH
                                | stat.S_IXOTH)
    yield tmp_path
    (tmp_path / "folder").chmod(0o755)


@pytest.mark.parametrize(("db", "reason"), [("file/store.db", "the file is read-only"),
                                            ("folder/store.db", "is read-only"),
                                            ("folder/new.db", "is read-only")])
def test_ingest_into_a_read_only_store_says_so(readonly: Path, db: str, reason: str) -> None:
    result = subprocess.run([*_without_root_powers(), sys.executable, "-m", "onrecord.cli", "ingest",
                             str(EXAMPLES / "corpus" / "zelensky-guarantees.txt"), "--db", str(readonly / db),
                             "--progress", "off"], cwd=REPO, capture_output=True, text=True, timeout=120,
                            check=False)
    assert result.returncode != 0
    line = one_error(result.stderr)
    assert line.startswith("onrecord: error: cannot ") and reason in line and db in line


def _older_store(path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A store as the previous onrecord left it: every migration but the last."""
    import onrecord.store as store_module

    with monkeypatch.context() as patch:
        patch.setattr(store_module, "MIGRATIONS", store_module.MIGRATIONS[:-1])
        store_module.Store(path).close()
    return path


def test_a_store_from_an_older_onrecord_is_upgraded_for_reading(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    db = _older_store(tmp_path / "old.db", monkeypatch)
    code, _, err = run(["errors", "--db", str(db)], capsys)
    assert code == 0 and err.strip() == "0 error(s)"


def test_a_read_only_store_from_an_older_onrecord_says_so(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    db = _older_store(tmp_path / "old.db", monkeypatch)
    db.chmod(0o444)
    result = subprocess.run([*_without_root_powers(), sys.executable, "-m", "onrecord.cli", "errors", "--db",
                             str(db)], cwd=REPO, capture_output=True, text=True, timeout=120, check=False)
    assert result.returncode != 0 and "schema version" in one_error(result.stderr)


@pytest.mark.parametrize("command", ["ingest", "extract"])
@pytest.mark.parametrize("day", ["0001-01-01", "9999-12-31"])
def test_a_placeholder_publication_date_is_a_usage_error(tmp_path: Path, command: str, day: str,
                                                         capsys: pytest.CaptureFixture[str]) -> None:
    # Ingest drops such a date (it broke the positions page); the one the user gives is refused, not dropped.
    (tmp_path / "a.txt").write_text("The mayor said the bridge would reopen.")
    extra = ["--db", str(tmp_path / "s.db")] if command == "ingest" else []
    code, _, err = run([command, str(tmp_path / "a.txt"), "--published", day, *extra], capsys)
    assert code == 2 and f"{day} is no publication date" in err
    assert not (tmp_path / "s.db").exists()


@pytest.mark.parametrize("extra", [[], ["--labels", "eval/labels/polnear-statements.jsonl"]])
def test_eval_on_a_missing_polnear_folder_says_where_the_data_is_expected(tmp_path: Path, extra: list[str],
                                                                         capsys: pytest.CaptureFixture[str]) -> None:
    # A newcomer without ../shared read "[Errno 2] No such file or directory" (and, with --labels, "needs a labels
    # file and a PolNeAR split folder"), with no word of where PolNeAR comes from.
    code, _, err = run(["eval", str(tmp_path / "polnear" / "dev"), *extra], capsys)
    assert code == 2 and "no such file or folder" in err and "../shared/data/polnear" in err


@pytest.mark.parametrize(("args", "resumes"), [(["extract", "-"], False), (["statements"], False),
                                               (["ingest", "-"], True), (["reprocess"], True)])
def test_an_interrupt_says_resume_only_where_a_rerun_resumes(monkeypatch: pytest.MonkeyPatch, args: list[str],
                                                            resumes: bool, capsys: pytest.CaptureFixture[str]) -> None:
    """Ctrl-C in `extract` said "what was stored is kept, and the same command resumes": it stores nothing."""
    import onrecord.cli

    def interrupted(parsed: object) -> int:
        raise KeyboardInterrupt

    monkeypatch.setattr(onrecord.cli, "_run", interrupted)
    code, _, err = run(args, capsys)
    assert code == 130 and one_error(err).startswith("onrecord: interrupted")
    assert ("the same command resumes" in err) == resumes


def test_shards_into_a_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """``ingest --shards notes.txt`` said only "[Errno 17] File exists: 'notes.txt'" (break14)."""
    notes = tmp_path / "notes.txt"
    notes.write_text("mine", encoding="utf-8")
    code, _, err = run(["ingest", str(EXAMPLES / "peace-talks.txt"), "--db", str(tmp_path / "s.db"),
                        "--shards", str(notes)], capsys)
    assert code == 2 and "is a file, not a folder" in one_error(err) and notes.read_text(encoding="utf-8") == "mine"


def test_ingest_prints_twenty_warnings_and_says_how_many_more(tmp_path: Path,
                                                                capsys: pytest.CaptureFixture[str]) -> None:
    # Twenty-five files of one name in different folders: each after the first is stored under a changed id,
    # said once each (break15); a folder of thousands said thousands of lines. Twenty, then the count.
    for n in range(25):
        (tmp_path / "in" / f"d{n:02d}").mkdir(parents=True)
        (tmp_path / "in" / f"d{n:02d}" / "index.txt").write_text(f"The mayor said plan {n} would work.\n")
    assert main(["ingest", str(tmp_path / "in"), "--db", str(tmp_path / "s.db"), "--workers", "1",
                 "--no-starter-actors"]) == 0
    err = capsys.readouterr().err
    assert err.count("its id 'index' is another text's already") == 20
    assert "... and 4 more warning(s); `--json` lists them all" in err


def test_a_run_that_stops_on_a_full_store_exits_1_not_the_usage_status(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    """A full store stops `ingest` with what to do; the status is 1 as for any failed run (docs/CORPUS.md), not
    2, which scripts read as "the command line was wrong" (it was 2 until the fifteenth session)."""
    from onrecord import api
    from onrecord.store import StoreError

    def full(*_: object, **__: object) -> None:
        raise StoreError("the store is full (database or disk is full): what was stored is kept; make room and "
                         "run the same command again to resume")

    monkeypatch.setattr(api, "ingest", full)
    code = main(["ingest", str(EXAMPLES / "peace-talks.txt"), "--db", str(tmp_path / "s.db"), "--progress", "off"])
    assert code == 1
    assert "the store is full" in capsys.readouterr().err


def _file_size_limit(size: int) -> None:
    import resource

    resource.setrlimit(resource.RLIMIT_FSIZE, (size, resource.getrlimit(resource.RLIMIT_FSIZE)[1]))


def test_a_store_past_a_file_size_limit_stops_the_run_and_says_why(tmp_path: Path) -> None:
    """Under ``ulimit -f`` (or a disk quota, or a failing disk) SQLite says only "disk I/O error": the run ended in
    "unexpected OperationalError: disk I/O error (a bug in onrecord; please report it)" (redteam17)."""
    feed = tmp_path / "feed.jsonl"  # its language given: no model to unpack before the store is written
    feed.write_text(json.dumps({"id": "a", "text": "The minister said the talks would resume.", "language": "en"}))
    result = subprocess.run([sys.executable, "-m", "onrecord.cli", "ingest", str(feed), "--db", str(tmp_path / "s.db"),
                             "--progress", "off"], cwd=REPO, capture_output=True, text=True, timeout=120,
                            check=False, preexec_fn=lambda: _file_size_limit(600_000))
    line = one_error(result.stderr)
    assert result.returncode == 1 and line.startswith("onrecord: error: the store could not be written (disk I/O")
    assert "at most 600,000 bytes (`ulimit -f`)" in line and "what was stored is kept" in line


def test_a_language_model_that_cannot_be_unpacked_stops_the_run(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                                capsys: pytest.CaptureFixture[str]) -> None:
    """py3langid unpacks its 68 MB model into the temporary folder: with that folder full (or under ``ulimit -f``)
    every article failed in turn as "read failed: OSError: [Errno 27] File too large", each after unpacking again."""
    from py3langid.langid import LanguageIdentifier

    from onrecord.ingest import language

    def refuse(*args: object, **kwargs: object) -> None:
        raise OSError(27, "File too large")

    (tmp_path / "in").mkdir()
    for name in ("a", "b"):
        (tmp_path / "in" / f"{name}.txt").write_text(f"The minister {name} said the talks would resume on Monday.\n")
    monkeypatch.setattr(LanguageIdentifier, "from_model_file", refuse)
    language._identifier.cache_clear()
    try:
        code, _, err = run(["ingest", str(tmp_path / "in"), "--db", str(tmp_path / "s.db"), "--progress", "off"],
                           capsys)
    finally:
        language._identifier.cache_clear()
    assert code == 1 and "the language identifier could not be loaded (File too large)" in err and "TMPDIR" in err
    code, out, _ = run(["errors", "--db", str(tmp_path / "s.db")], capsys)
    assert "read failed" not in out  # nothing held against the articles: the same command reads them all
