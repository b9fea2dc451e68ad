"""Rough edges a policy analyst met on a first afternoon (twelfth session): a corpus of pages whose ids are
made from their URLs, dates written as people write them, searches for a word's other forms, a taxonomy
written by hand and changed afterwards."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from onrecord.cli import main
from onrecord.store import Store, content_hash
from tests.test_cli_newcomer import _said

# Ids as `ingest` makes them from the URL of an HTML page: the host and the whole path.
LONG_IDS = ("www.riverside-gazette.example-news-2025-05-02-city-council-says-the-old-bridge-will-reopen-in-spring",
            "www.riverside-gazette.example-news-2025-05-09-mayor-confirms-the-bridge-reopening-after-the-vote")


@pytest.fixture
def pages_db(tmp_path: Path) -> Path:
    db = tmp_path / "pages.db"
    with Store(db) as store:
        for slug in LONG_IDS:
            item, article = _said(slug, "Ilse Marwood")
            store.save_article(item, article, digest=content_hash(slug), pipeline_version="test", language="en")
    return db


def test_a_url_long_article_id_leaves_the_statement_its_room(pages_db: Path, monkeypatch: pytest.MonkeyPatch,
                                                              capsys: pytest.CaptureFixture[str]) -> None:
    """On a 150-column terminal the id took 88 columns and every statement was cut to 24 characters."""
    monkeypatch.setenv("COLUMNS", "150")
    assert main(["statements", "--format", "table", "--db", str(pages_db)]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert max(len(line) for line in lines) <= 150
    assert all(line.endswith("the bridge would reopen in spring") for line in lines[2:])  # nothing cut
    assert "outlet" in lines[0] and len(lines[2].split()[0]) <= 150 // 4
    for cut in {line.split()[0] for line in lines[2:]}:
        assert main(["show", cut, "--db", str(pages_db), "--format", "json"]) == 0
        assert json.loads(capsys.readouterr().out)["id"] in LONG_IDS


def test_the_articles_table_lines_up_its_titles_beside_long_ids(pages_db: Path, monkeypatch: pytest.MonkeyPatch,
                                                                capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setenv("COLUMNS", "120")
    monkeypatch.setattr("onrecord.cli_corpus._print_json", lambda rows, fmt: False)  # the table, as on a terminal
    assert main(["articles", "--db", str(pages_db)]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == 2 and all(len(line) <= 120 for line in lines)
    ids = [line.split()[3] for line in lines]
    assert all("…" in i for i in ids) and ids[0] != ids[1]
    assert len({line.index(i) + len(i) for line, i in zip(lines, ids, strict=True)}) == 1  # one column, whatever the id
    for cut in ids:
        assert main(["show", cut, "--db", str(pages_db), "--format", "json"]) == 0
        assert json.loads(capsys.readouterr().out)["id"] in LONG_IDS


BRIDGE_TEXT = ("The mayor said on Tuesday that the old bridge would reopen in spring. "
               "The council leader said the ferry fares would be cut for residents.\n")
TAXONOMY = """name: town
issues:
  - id: bridge-reopening
    label: Reopening the bridge
    proposition: The old bridge should reopen.
    description: Repairs and reopening of the bridge.
    terms: [bridge]
"""
FERRY = """  - id: ferry-fares
    label: Ferry fares
    proposition: Ferry fares should be cut.
    description: Prices of the ferry for residents.
    terms: [ferry]
"""


def _issue_ids(db: Path, capsys: pytest.CaptureFixture[str]) -> set[str]:
    capsys.readouterr()
    assert main(["statements", "--db", str(db), "--format", "jsonl"]) == 0
    rows = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    return {i["id"] for r in rows for i in r.get("issues") or []}


def test_reprocess_keeps_a_stores_issues_or_says_why_it_would_not(tmp_path: Path,
                                                                    capsys: pytest.CaptureFixture[str]) -> None:
    """`reprocess` after an upgrade dropped every issue `ingest --issues` had stored, silently; and a taxonomy
    changed after the first ingest reached none of the stored articles, with nothing said."""
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "town.txt").write_text(BRIDGE_TEXT, encoding="utf-8")
    first, changed = tmp_path / "town.yaml", tmp_path / "town2.yaml"
    first.write_text(TAXONOMY, encoding="utf-8")
    changed.write_text(TAXONOMY + FERRY, encoding="utf-8")
    db = tmp_path / "town.db"
    base = ["--db", str(db), "--progress", "off"]
    assert main(["ingest", str(tmp_path / "in"), *base, "--issues", str(first)]) == 0
    assert _issue_ids(db, capsys) == {"bridge-reopening"}
    assert main(["ingest", str(tmp_path / "in"), *base, "--issues", str(changed)]) == 0
    err = capsys.readouterr().err
    assert "1 article(s) already in the store keep the issues they were tagged with" in err
    assert f"onrecord reprocess --all --issues {changed}" in err
    assert main(["reprocess", *base]) == 0  # nothing to redo: nothing lost, nothing refused
    assert main(["reprocess", "--all", *base]) == 2
    err = capsys.readouterr().err
    assert "carry issues of the taxonomy 'town', which reprocessing would drop" in err and "--issues FILE" in err
    assert _issue_ids(db, capsys) == {"bridge-reopening"}  # refused before anything changed
    assert main(["reprocess", "--all", *base, "--issues", str(changed)]) == 0
    assert _issue_ids(db, capsys) == {"bridge-reopening", "ferry-fares"}
    assert main(["reprocess", "--all", *base, "--drop-issues"]) == 0
    assert _issue_ids(db, capsys) == set()


def test_a_date_written_as_people_write_it_dates_a_feed_row_or_is_said_unread(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A feed row's "18 March 2025" left its article undated although a --metadata cell in that form dates
    one; a metadata cell in no form onrecord reads ("29-05-2025") was dropped with nothing said."""
    feed = tmp_path / "feed.jsonl"
    rows = [{"id": "bridge", "published": "18 March 2025", "text": BRIDGE_TEXT},
            {"id": "ferry", "published": "May 30, 2025", "text": BRIDGE_TEXT.replace("Tuesday", "Friday")}]
    feed.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    text = tmp_path / "texts" / "harbour.txt"
    text.parent.mkdir()
    text.write_text(BRIDGE_TEXT.replace("bridge", "harbour wall"), encoding="utf-8")
    table = tmp_path / "meta.csv"
    table.write_text("filename,date\nharbour.txt,29-05-2025\n", encoding="utf-8")
    db = tmp_path / "dates.db"
    assert main(["ingest", str(feed), str(text.parent), "--db", str(db), "--progress", "off",
                 "--metadata", str(table)]) == 0
    err = capsys.readouterr().err
    assert "warning: " in err and "1 date(s) in no form onrecord reads leave their articles undated" in err
    assert "harbour.txt: '29-05-2025'" in err and "'2025-05-29'" in err
    # "missing for 2" read as two undated articles: the two feed rows, which carry their dates
    assert "metadata found for 1, missing for 2 (2 of them dated by their own page or feed row)" in err
    assert main(["articles", "--db", str(db), "--format", "jsonl"]) == 0
    dates = {r["id"]: r["published"] for r in map(json.loads, capsys.readouterr().out.splitlines())}
    assert dates == {"bridge": "2025-03-18", "ferry": "2025-05-30", "harbour": None}


@pytest.mark.parametrize(("line", "said"), [
    ("    proposition: The bridge should reopen: in spring.\n",
     'not valid YAML: line 6, column 42: mapping values are not allowed here (put a value that holds ": " in quotes'),
    ("    proposition The bridge should reopen.\n",
     "not valid YAML: line 6, column 5: could not find expected ':' (each line of an item is KEY: VALUE)"),
    ("\tproposition: The bridge should reopen.\n", "not valid YAML: line 6, column 1: found character '\\t' that "
                                                  "cannot start any token (indent with spaces, not tabs)"),
    ("   proposition: The bridge should reopen.\n", "not valid YAML: line 6, column 4: expected <block end>"),
    ("    term: [bridge]\n    proposition: The bridge should reopen.\n",
     "issue 1 (bridge-reopening): unknown key(s) term (did you mean terms?); an issue takes id, label, proposition, "
     "description, terms, examples"),
])
def test_a_taxonomy_mistake_is_said_where_it_is_and_what_to_do(line: str, said: str, tmp_path: Path,
                                                               capsys: pytest.CaptureFixture[str]) -> None:
    """PyYAML's message was printed whole on one line joined by ␊, naming the file "<unicode string>"."""
    lines = TAXONOMY.replace("    terms: [bridge]\n", "").splitlines(keepends=True)
    wrong = tmp_path / "wrong.yaml"
    wrong.write_text("".join(lines[:5]) + line + "".join(lines[6:]), encoding="utf-8")
    (tmp_path / "town.txt").write_text(BRIDGE_TEXT, encoding="utf-8")
    assert main(["extract", str(tmp_path / "town.txt"), "--issues", str(wrong), "--format", "json"]) == 2
    err = capsys.readouterr().err
    assert len(err.splitlines()) == 1 and "␊" not in err and "<unicode string>" not in err
    assert err.startswith(f"onrecord: error: {wrong}: ") and said in err


def test_serve_on_a_store_that_is_not_there_says_so_and_makes_none(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                                    capsys: pytest.CaptureFixture[str]) -> None:
    """A mistyped --db created an empty store and served a site with nothing in it, saying nothing."""
    started = []
    monkeypatch.setattr("onrecord.serve.serve", lambda *a, **k: started.append(a))
    typo = tmp_path / "gazza.db"
    assert main(["serve", "--db", str(typo)]) == 2
    assert f"no store at {typo} (run `onrecord ingest ... --db {typo}` first)" in capsys.readouterr().err
    assert not typo.exists() and started == []
    with Store(tmp_path / "gaza.db"):
        pass
    assert main(["serve", "--db", str(tmp_path / "gaza.db")]) == 0 and len(started) == 1


@pytest.mark.parametrize("command", [["statements"], ["events"], ["shifts"]])
def test_a_since_after_the_until_is_a_usage_error(command: list[str], pages_db: Path,
                                                  capsys: pytest.CaptureFixture[str]) -> None:
    """`--since 2025-06-01 --until 2025-01-01` (the two swapped) answered "no statement found"."""
    assert main([*command, "--since", "2025-06-01", "--until", "2025-01-01", "--db", str(pages_db)]) == 2
    assert "--since 2025-06-01 is after --until 2025-01-01: no day is in that range" in capsys.readouterr().err
    assert main([*command, "--since", "2025-01-01", "--until", "2025-06-01", "--db", str(pages_db)]) == 0


def test_ingest_of_a_mistyped_path_says_so_at_once(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """`ingest gaza/nope` loaded the pipeline, made an empty store and said "1 failed", its reason only in
    `onrecord errors`."""
    db = tmp_path / "typo.db"
    assert main(["ingest", str(tmp_path / "nope"), "--db", str(db)]) == 2
    assert f"onrecord: error: no such file or directory: {tmp_path / 'nope'}" in capsys.readouterr().err
    assert not db.exists()
    (tmp_path / "town.txt").write_text(BRIDGE_TEXT, encoding="utf-8")
    assert main(["ingest", str(tmp_path / "nope"), str(tmp_path / "town.txt"), "--db", str(db),
                 "--progress", "off"]) == 1  # the good one is stored, the missing one recorded as failed
    err = capsys.readouterr().err
    assert f"onrecord: warning: {tmp_path / 'nope'}: no such file or directory" in err
    assert "1 article analysed" in err and "1 failed" in err


@pytest.mark.parametrize(("words", "meant"), [
    (["ingest", "in", "--databse", "x.db"], "--databse x.db (did you mean --db?)"),
    (["statements", "--actr", "Trump"], "--actr Trump (did you mean --actor?)"),
    (["statements", "--from", "2025-01-01"], "--from 2025-01-01 (did you mean --since?)"),
    (["ingest", "in", "--taxonomy", "t.yaml"], "--taxonomy t.yaml (did you mean --issues?)"),
    (["positions", "--as-off", "2025-01-01"], "--as-off 2025-01-01 (did you mean --as-of?)"),
    (["statements", "--zzz", "1"], "--zzz 1 (see --help)"),
])
def test_a_mistyped_option_is_answered_with_the_one_it_may_mean(words: list[str], meant: str,
                                                                 capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as stop:
        main(words)
    assert stop.value.code == 2
    assert capsys.readouterr().err == f"onrecord: error: unrecognized arguments: {meant}" + (
        "" if meant.endswith("(see --help)") else " (see --help)") + "\n"


def test_a_name_pattern_that_fits_no_file_name_is_said(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """`--name-pattern` fitting none of the names left every article undated, the summary silent on why."""
    folder = tmp_path / "texts"
    folder.mkdir()
    (folder / "town.txt").write_text(BRIDGE_TEXT, encoding="utf-8")
    (folder / "ledger_2025-05-02_bridge.txt").write_text(BRIDGE_TEXT.replace("old", "new"), encoding="utf-8")
    pattern = ["--name-pattern", "{outlet}_{published:%Y-%m-%d}_{slug}", "--progress", "off", "--json"]
    assert main(["ingest", str(folder), "--db", str(tmp_path / "a.db"), *pattern]) == 0
    out, err = capsys.readouterr()
    assert "--name-pattern fit 1 of 2 file names" in err and "1 undated" in err
    assert json.loads(out)["pattern_fit"] == 1 and json.loads(out)["pattern_unfit"] == 1
    (folder / "town.txt").unlink()
    assert main(["ingest", str(folder), "--db", str(tmp_path / "b.db"), *pattern]) == 0
    assert "--name-pattern fit" not in capsys.readouterr().err  # every name fit: nothing to say
