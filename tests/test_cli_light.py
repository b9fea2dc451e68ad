"""The query commands stay light: they never import spaCy (which costs seconds to load), a table on a terminal
shows one page and says how many more there are, and worker counts follow the machine."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from onrecord import cli_corpus, settings
from onrecord.cli import _parser, main
from onrecord.ingest import TextInput
from onrecord.model import Actor, Article, Cue, Mention, Span, Statement
from onrecord.settings import auto_workers
from onrecord.store import Store, content_hash

REPO = Path(__file__).resolve().parents[1]
# Runs a command as `onrecord` would, then names the heavy modules it left loaded (on stderr, last line).
PROBE = """
import sys
if sys.argv[1] == "--import-pipeline":  # the control: a module that does load spaCy
    import onrecord.pipeline
    del sys.argv[1]
from onrecord.cli import _parser, main
code = main(sys.argv[1:])
print("LOADED:" + ",".join(m for m in ("spacy", "thinc") if m in sys.modules), file=sys.stderr)
sys.exit(code)
"""


def _article(n: int) -> tuple[TextInput, Article]:
    """A stored article with one statement, made by hand: building the store needs no analysis."""
    text = f"Day {n}. Anna Berg said the talks would resume."
    start, cue, name = text.index("the talks"), text.index("said"), text.index("Anna")
    actor = Actor(id="a1", name="Anna Berg", type="person", mentions=[Mention(name, cue - 1)])
    statement = Statement(kind="indirect", content=Span(start, len(text) - 1, text[start:-1]),
                          cue=Cue(cue, cue + 4, "said", "say"), speaker=Span(name, cue - 1, "Anna Berg"),
                          actor=actor, resolution="named")
    item = TextInput(id=f"note-{n}", source=f"note-{n}.txt", text=text, published=f"2025-08-{n:02d}")
    return item, Article(id=item.id, text=text, statements=[statement], actors=[actor])


def notes_store(db: Path, articles: int) -> Path:
    """A store of ``articles`` one-statement notes and one failed input, written without a model."""
    with Store(db) as store:
        for n in range(1, articles + 1):
            item, article = _article(n)
            store.save_article(item, article, digest=content_hash(item.text), pipeline_version="test",
                               language="en")
        store.record_error("broken.bin", "binary data")
    return db


@pytest.fixture(scope="module")
def small_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return notes_store(tmp_path_factory.mktemp("light") / "onrecord.db", 5)


def _probe(args: list[str], tmp_path: Path) -> tuple[int, str, str]:
    result = subprocess.run([sys.executable, "-c", PROBE, *args], capture_output=True, text=True, cwd=tmp_path,
                            env={"PYTHONPATH": str(REPO / "src"), "PATH": "/usr/bin:/bin"}, check=False)
    loaded = result.stderr.strip().splitlines()[-1]
    return result.returncode, result.stdout, loaded


@pytest.mark.parametrize(("command", "shown"), [
    (["statements", "--format", "table"], "the talks would resume"),
    (["statements", "--format", "jsonl", "--actor", "Anna Berg"], "the talks would resume"),
    (["actors", "--format", "json"], "Anna Berg"), (["show", "note-3"], "Day 3."), (["errors"], "broken.bin"),
    (["articles", "--format", "jsonl"], "note-5"), (["export", "--format", "csv"], "the talks would resume"),
    (["export", "--format", "parquet", "-o", "out.parquet"], ""),
])
def test_query_commands_do_not_import_spacy(command: list[str], shown: str, small_db: Path, tmp_path: Path) -> None:
    code, out, loaded = _probe([*command, "--db", str(small_db)], tmp_path)
    assert code == 0
    assert loaded == "LOADED:"
    assert shown in out
    if "parquet" in command:
        import pyarrow.parquet as pq

        assert pq.read_table(tmp_path / "out.parquet").num_rows == 5


def test_the_probe_sees_spacy_when_it_is_imported(small_db: Path, tmp_path: Path) -> None:
    code, _, loaded = _probe(["--import-pipeline", "errors", "--db", str(small_db)], tmp_path)
    assert code == 0 and loaded == "LOADED:spacy,thinc"


def _as_terminal(monkeypatch: pytest.MonkeyPatch) -> None:
    """stdout (capsys's, so called in the test) reads as a terminal; a page is two statements."""
    monkeypatch.setattr(sys.stdout, "isatty", lambda: True)
    monkeypatch.setattr(cli_corpus, "STATEMENTS_PAGE", 2)


def _rows(out: str) -> list[str]:
    return [line for line in out.splitlines()[2:] if line.strip()]  # after the header and its rule


def test_a_table_on_a_terminal_is_one_page_and_says_how_many_more(
        small_db: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    _as_terminal(monkeypatch)
    assert main(["statements", "--db", str(small_db)]) == 0
    out, err = capsys.readouterr()
    assert len(_rows(out)) == 2
    assert "statements 1-2 of 5 shown, 3 more: --offset 2" in err
    assert main(["statements", "--db", str(small_db), "--offset", "4"]) == 0
    out, err = capsys.readouterr()
    assert len(_rows(out)) == 1 and "more" not in err  # the last page says nothing more
    assert main(["statements", "--db", str(small_db), "--all"]) == 0
    out, err = capsys.readouterr()
    assert len(_rows(out)) == 5 and err == ""


def test_a_pipe_gets_every_statement(small_db: Path, capsys: pytest.CaptureFixture[str],
                                     monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(cli_corpus, "STATEMENTS_PAGE", 2)
    assert main(["statements", "--db", str(small_db), "--format", "jsonl"]) == 0
    out, err = capsys.readouterr()
    assert len(out.splitlines()) == 5 and err == ""
    assert main(["statements", "--db", str(small_db), "--format", "jsonl", "--offset", "3"]) == 0
    assert len(capsys.readouterr().out.splitlines()) == 2


def test_workers_follow_the_usable_cores_and_the_size_of_the_work(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(settings, "usable_cores", lambda: 8)
    assert auto_workers(10, 50) == 1  # a handful of articles: one process, no model loaded in workers
    assert auto_workers(200, 50) == 4
    assert auto_workers(100_000, 50) == 8  # never more than the cores
    assert settings.usable_cores() == 8


def test_the_worker_options_default_to_automatic() -> None:
    parser = _parser()
    assert parser.parse_args(["ingest", "x"]).workers is None
    assert parser.parse_args(["reprocess"]).workers is None
    assert parser.parse_args(["extract", "x"]).processes is None
