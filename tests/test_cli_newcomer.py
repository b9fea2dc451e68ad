"""Rough edges a newcomer hit on the command line: a closed pipe, unknown issue and actor names, the
statement table's article column, empty and non-English inputs."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from onrecord.cli import main
from onrecord.ingest import TextInput
from onrecord.model import Actor, Article, Cue, IssueTag, Mention, Span, Statement
from onrecord.store import Store, content_hash
from tests.test_cli_light import notes_store


@pytest.fixture(scope="module")
def notes_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return notes_store(tmp_path_factory.mktemp("newcomer") / "onrecord.db", 3)


class _ClosedPipe(io.StringIO):
    """stdout after `| head -1` has read its line and gone: every write raises, as a closed pipe does."""

    def write(self, text: str) -> int:
        raise BrokenPipeError(32, "Broken pipe")


@pytest.mark.parametrize("command", [
    ["export", "--format", "jsonl"], ["export", "--format", "csv"], ["export", "--format", "jsonl", "--events"],
    ["statements", "--format", "jsonl"], ["statements", "--format", "table"], ["articles", "--format", "jsonl"],
    ["actors", "--format", "table"], ["quotes"], ["show", "note-1"], ["errors"], ["positions"], ["events"],
])
def test_a_closed_pipe_ends_every_command_quietly(command: list[str], notes_db: Path,
                                                   monkeypatch: pytest.MonkeyPatch,
                                                   capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setattr("sys.stdout", _ClosedPipe())
    assert main([*command, "--db", str(notes_db)]) == 0
    # Nothing but a command's own count (`quotes` says why it lists nothing): no error, no traceback.
    assert all(line.startswith("onrecord: 0 quote(s)") for line in capsys.readouterr().err.splitlines())


def _said(item_id: str, name: str, issue: str | None = None) -> tuple[TextInput, Article]:
    """An article where ``name`` says something, tagged with ``issue`` when given."""
    text = f"{name} said the bridge would reopen in spring."
    start, cue = text.index("the bridge"), text.index("said")
    actor = Actor(id="a1", name=name, type="person", mentions=[Mention(0, cue - 1)])
    content = Span(start, len(text) - 1, text[start:-1])
    tags = [IssueTag(issue, "support", 0.9, content, "town")] if issue else None
    statement = Statement(kind="indirect", content=content, cue=Cue(cue, cue + 4, "said", "say"),
                          speaker=Span(0, cue - 1, name), actor=actor, resolution="named", issues=tags)
    item = TextInput(id=item_id, source=f"{item_id}.txt", text=text, published="2025-05-02")
    return item, Article(id=item.id, text=text, statements=[statement], actors=[actor])


@pytest.fixture(scope="module")
def town_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Two people of one family, one with a first name nobody else has; one issue, with a long id."""
    db = tmp_path_factory.mktemp("town") / "town.db"
    with Store(db) as store:
        for item, article in (_said("bridge-1", "Ilse Marwood", "bridge-reopening-spring"),
                              _said("bridge-2", "Konrad Marwood"), _said("bridge-3", "Kornelia Strand")):
            store.save_article(item, article, digest=content_hash(item.text), pipeline_version="test",
                               language="en")
    return db


@pytest.mark.parametrize("command", [["statements"], ["positions"], ["shifts"]])
def test_an_unknown_issue_is_an_error_that_names_the_close_ones(command: list[str], town_db: Path,
                                                                  capsys: pytest.CaptureFixture[str]) -> None:
    assert main([*command, "--issue", "bridge-reopening", "--db", str(town_db)]) == 2
    err = capsys.readouterr().err
    assert "no issue called 'bridge-reopening' in this store (did you mean 'bridge-reopening-spring'?)" in err
    assert "known: bridge-reopening-spring" in err
    assert main([*command, "--issue", "bridge-reopening-spring", "--db", str(town_db), "--format", "json"]) == 0


def test_an_actor_is_found_by_a_word_of_the_name_that_only_one_has(town_db: Path,
                                                                     capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["statements", "--actor", "Ilse", "--db", str(town_db), "--format", "jsonl"]) == 0
    assert '"name": "Ilse Marwood"' in capsys.readouterr().out
    assert main(["statements", "--actor", "kornel", "--db", str(town_db), "--format", "jsonl"]) == 0  # a prefix
    assert '"name": "Kornelia Strand"' in capsys.readouterr().out
    assert main(["statements", "--actor", "Ko", "--db", str(town_db)]) == 2
    err = capsys.readouterr().err
    assert "'Ko' could be several actors with statements here: " in err
    assert "Konrad Marwood" in err and "Kornelia Strand" in err
    assert main(["statements", "--actor", "Zelda", "--db", str(town_db)]) == 2
    assert "no actor called 'Zelda'" in capsys.readouterr().err


def test_the_statement_table_names_each_article_by_the_id_show_takes(notes_db: Path,
                                                                      capsys: pytest.CaptureFixture[str]) -> None:
    """The article column showed the store's row number (`9`), which no other listing prints."""
    assert main(["statements", "--format", "table", "--db", str(notes_db)]) == 0
    shown = [line.split()[0] for line in capsys.readouterr().out.splitlines()[2:]]
    assert sorted(shown) == ["note-1", "note-2", "note-3"]
    assert main(["show", shown[0], "--db", str(notes_db)]) == 0


def test_a_long_article_id_is_cut_in_the_middle_and_show_still_finds_it(tmp_path: Path,
                                                                         monkeypatch: pytest.MonkeyPatch,
                                                                         capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "long.db"
    with Store(db) as store:
        for slug in ("www.riverside-gazette.example-2025-05-02-bridge-to-reopen",
                     "www.riverside-gazette.example-2025-05-09-bridge-reopened"):
            item, article = _said(slug, "Ilse Marwood")
            store.save_article(item, article, digest=content_hash(slug), pipeline_version="test", language="en")
    monkeypatch.setenv("COLUMNS", "80")
    assert main(["statements", "--format", "table", "--db", str(db)]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert max(len(line) for line in lines) <= 80
    shown = sorted(line.split()[0] for line in lines[2:])
    assert len(shown) == 2 and all("…" in s for s in shown) and shown[0] != shown[1]
    found = set()
    for cut in shown:
        assert main(["show", cut, "--db", str(db), "--format", "json"]) == 0
        found.add(json.loads(capsys.readouterr().out)["id"])
    assert found == {"www.riverside-gazette.example-2025-05-02-bridge-to-reopen",
                     "www.riverside-gazette.example-2025-05-09-bridge-reopened"}


GERMAN = ("Der Bürgermeister erklärte am Dienstag, die Brücke werde im Frühjahr wieder geöffnet. Die Arbeiten "
          "an den Pfeilern seien fast abgeschlossen, sagte eine Sprecherin der Stadt.\n")


@pytest.fixture
def unfit(tmp_path: Path) -> tuple[Path, Path]:
    (tmp_path / "blank.txt").write_text("", encoding="utf-8")
    (tmp_path / "brücke.txt").write_text(GERMAN, encoding="utf-8")
    return tmp_path / "blank.txt", tmp_path / "brücke.txt"


def test_ingest_skips_an_empty_text_with_its_reason_and_errors_lists_what_was_skipped(
        unfit: tuple[Path, Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """An empty file failed an ingest (exit 1) while extract took it; a skipped input was listed nowhere."""
    db = tmp_path / "unfit.db"
    blank, german = unfit
    assert main(["ingest", str(blank), str(german), "--db", str(db), "--progress", "off"]) == 0
    err = capsys.readouterr().err
    assert "2 skipped, 0 failed" in err and "errors --skipped" in err
    assert main(["errors", "--db", str(db), "--format", "json"]) == 0
    assert json.loads(capsys.readouterr().out) == []
    assert main(["errors", "--skipped", "--db", str(db), "--format", "json"]) == 0
    reasons = {Path(r["source"]).name: r["reason"] for r in json.loads(capsys.readouterr().out)}
    assert reasons["blank.txt"] == "empty text" and reasons["brücke.txt"].startswith("language 'de'")


def test_a_text_in_another_language_is_skipped_again_and_articles_says_where_it_is(
        unfit: tuple[Path, Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Issue 12: a rerun (or a copy) counted the stored, unanalysed article "already in the store", and
    `articles` and /articles, which list analysed articles only, did not say where it was."""
    db = tmp_path / "de.db"
    _, german = unfit
    copy = tmp_path / "copy" / "brücke-kopie.txt"
    copy.parent.mkdir()
    copy.write_text(GERMAN, encoding="utf-8")
    assert main(["ingest", str(german), "--db", str(db), "--progress", "off"]) == 0
    capsys.readouterr()
    assert main(["ingest", str(german), str(copy), "--db", str(db), "--progress", "off"]) == 0
    assert "0 already in the store, 2 skipped" in capsys.readouterr().err
    assert main(["articles", "--db", str(db), "--format", "jsonl"]) == 0
    out, err = capsys.readouterr()
    assert out == ""
    assert "1 stored article(s) not analysed (another language) are not listed: brucke (de)" in err
    assert "errors --skipped" in err

    from fastapi.testclient import TestClient

    from onrecord.serve.app import create_app

    page = TestClient(create_app(db)).get("/articles").text
    assert "1 stored article not analysed (another language)" in page and 'href="/articles/brucke"' in page


def test_extract_warns_on_a_text_ingest_would_skip_and_goes_on(unfit: tuple[Path, Path],
                                                                capsys: pytest.CaptureFixture[str]) -> None:
    blank, german = unfit
    assert main(["extract", str(blank), str(german), "--format", "jsonl", "--processes", "1"]) == 0
    captured = capsys.readouterr()
    assert len(captured.out.splitlines()) == 2  # both still analysed, as asked
    assert f"onrecord: warning: {blank}: empty text" in captured.err
    assert f"onrecord: warning: {german}: language 'de'" in captured.err
