"""End to end: three dated articles in which a minister's stance moves, through ingest, positions and shifts."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path
from typing import Any

import pytest

from onrecord.cli import main
from tests.conftest import EXAMPLES

ISSUE = "european-forces-ukraine"


@pytest.fixture(scope="module")
def example_db(tmp_path_factory: pytest.TempPathFactory) -> str:
    db = str(tmp_path_factory.mktemp("positions") / "p.db")
    code = main(["ingest", str(EXAMPLES / "positions"), "--db", db, "--issues",
                 str(EXAMPLES / "peace-talks.issues.yaml"), "--name-pattern", "{outlet}_{published:%Y-%m-%d}_{slug}",
                 "--title-line", "--progress", "off"])
    assert code == 0
    return db


def run(args: list[str], capsys: pytest.CaptureFixture[str]) -> str:
    assert main(args) == 0
    return capsys.readouterr().out


def test_the_shift_is_found_oldest_first(example_db: str, capsys: pytest.CaptureFixture[str]) -> None:
    # Each stance of the example is in one report: listed with --min-articles 1, none by default (two each side).
    # From every tagged statement: the open step rests on "she refused to rule out", a pronoun's words.
    out = run(["shifts", "--db", example_db, "--actor", "Karin Lindqvist", "--issue", ISSUE, "--format", "json",
               "--min-articles", "1", "--all-evidence"], capsys)
    found = [(s["date"], s["from"], s["to"]) for s in json.loads(out)]
    assert found == [("2025-05-20", "oppose", "open"), ("2025-07-15", "open", "support")]
    first = json.loads(out)[0]
    assert first["before"]["published"] == "2025-03-04" and first["before"]["link"].startswith(
        "/articles/wire_2025-03-04_lindqvist-rules-out-troops#s-")
    assert first["evidence"]["before"]["articles"] == 1
    assert json.loads(run(["shifts", "--db", example_db, "--format", "json"], capsys)) == []
    table = run(["shifts", "--db", example_db, "--min-articles", "1", "--all-evidence"], capsys)
    assert "before 2 statement(s) in 1 article(s), 2025-03-04 to 2025-03-04; last:" in table
    # From trusted statements only (the default): a side-taking act by a named speaker, plainly about the issue.
    trusted = json.loads(run(["shifts", "--db", example_db, "--actor", "Karin Lindqvist", "--issue", ISSUE,
                              "--format", "json", "--min-articles", "1"], capsys))
    assert [(s["date"], s["from"], s["to"]) for s in trusted] == [("2025-07-15", "oppose", "support")]


def test_positions_as_of_each_date(example_db: str, capsys: pytest.CaptureFixture[str]) -> None:
    def stance(as_of: str) -> str:
        out = run(["positions", "--db", example_db, "--actor", "Lindqvist", "--issue", ISSUE, "--as-of", as_of,
                   "--format", "json"], capsys)
        cells = json.loads(out)["positions"]
        assert len(cells) == 1
        return str(cells[0]["stance"])

    assert [stance(d) for d in ("2025-03-31", "2025-05-25", "2025-07-31")] == ["oppose", "open", "support"]


def test_positions_table_and_csv(example_db: str, capsys: pytest.CaptureFixture[str]) -> None:
    table = run(["positions", "--db", example_db, "--issue", ISSUE], capsys)
    assert "Karin Lindqvist" in table and "/articles/wire_2025-07-15_lindqvist-backs-force#s-" in table
    rows = list(csv.DictReader(io.StringIO(run(["positions", "--db", example_db, "--format", "csv"], capsys))))
    mine = [r for r in rows if r["actor"] == "Karin Lindqvist" and r["issue"] == ISSUE]
    assert mine and mine[0]["stance"] == "support" and mine[0]["articles"] == "3"
    titles = run(["articles", "--db", example_db, "--format", "json"], capsys)
    assert "Sweden backs European reassurance force for Ukraine" in {a["title"] for a in json.loads(titles)}
    assert json.loads(run(["articles", "--db", example_db, "--undated", "--format", "json"], capsys)) == []


def test_positions_reject_bad_arguments(example_db: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["positions", "--db", example_db, "--actor", "Nobody Atall"]) == 2
    assert "no actor" in capsys.readouterr().err
    with pytest.raises(SystemExit) as exit_:
        main(["positions", "--db", example_db, "--window", "soon"])
    assert exit_.value.code == 2


def test_examples_are_dated_by_their_names() -> None:
    names = sorted(p.name for p in (EXAMPLES / "positions").glob("*.txt"))
    assert len(names) >= 3 and all(n.startswith("wire_2025-") for n in names)
    assert (EXAMPLES / "positions.metadata.csv").is_file()


def test_the_metadata_file_dates_them_too(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = str(tmp_path / "m.db")
    assert main(["ingest", str(EXAMPLES / "positions"), "--db", db, "--metadata",
                 str(EXAMPLES / "positions.metadata.csv"), "--title-line", "--progress", "off"]) == 0
    assert "metadata found for 3, missing for 0" in capsys.readouterr().err
    rows = json.loads(run(["articles", "--db", db, "--format", "json"], capsys))
    assert {(a["published"], a["outlet"]) for a in rows} == {
        ("2025-03-04", "Nordic Wire"), ("2025-05-20", "Nordic Wire"), ("2025-07-15", "Nordic Wire")}


# -- the whole example corpus, ingested as docs/CORPUS.md ("Positions and shifts: the example") says ----------

@pytest.fixture(scope="module")
def whole_db(tmp_path_factory: pytest.TempPathFactory) -> str:
    db = str(tmp_path_factory.mktemp("whole") / "demo.db")
    code = main(["ingest", str(EXAMPLES / "corpus"), str(EXAMPLES / "peace-talks.txt"), str(EXAMPLES / "positions"),
                 "--db", db, "--issues", str(EXAMPLES / "peace-talks.issues.yaml"), "--metadata",
                 str(EXAMPLES / "positions.metadata.csv"), "--published", "2025-08-18", "--progress", "off"])
    assert code == 1  # examples/corpus/broken/ fails on purpose; everything else is stored
    return db


def _only_cell(db: str, actor: str, issue: str, capsys: pytest.CaptureFixture[str]) -> dict[str, Any]:
    out = run(["positions", "--db", db, "--actor", actor, "--issue", issue, "--format", "json"], capsys)
    cells = json.loads(out)["positions"]
    assert len(cells) == 1, cells
    return dict(cells[0])


def _linked_sentence(db: str, link: str) -> str:
    """The content of the statement a link points to, read from the store by its article and key."""
    from onrecord.store import Store
    from onrecord.store.queries import article

    path, key = link.split("#s-")
    with Store(db, readonly=True) as store:
        found = article(store, path.removeprefix("/articles/"))
    assert found is not None
    [content] = [s["content"]["text"] for s in found["statements"] if s["key"] == key]
    return str(content)


@pytest.mark.parametrize(("actor", "issue", "stance", "hedged", "words"), [
    ("Trump", "us-troops-ukraine", "open", False, "sending American soldiers"),
    ("Trump", "nato-membership-ukraine", "oppose", True, "NATO membership bid"),
    ("Lavrov", "european-forces-ukraine", "oppose", False, "NATO forces"),
])
def test_the_example_corpus_gives_each_stance_linked_to_its_sentence(
        whole_db: str, capsys: pytest.CaptureFixture[str], actor: str, issue: str, stance: str, hedged: bool,
        words: str) -> None:
    cell = _only_cell(whole_db, actor, issue, capsys)
    assert cell["stance"] == stance
    assert (cell["hedged_share"] == 1.0) is hedged
    cited = [e for e in cell["evidence"] if words in e["content"]]
    assert cited and cited[0]["hedged"] is hedged
    assert words in _linked_sentence(whole_db, cited[0]["link"])


def test_the_example_corpus_shows_the_shift_with_both_statements(whole_db: str,
                                                                 capsys: pytest.CaptureFixture[str]) -> None:
    found = json.loads(run(["shifts", "--db", whole_db, "--issue", ISSUE, "--actor", "Lindqvist", "--format",
                            "json", "--min-articles", "1", "--all-evidence"], capsys))
    assert [(s["from"], s["to"]) for s in found] == [("oppose", "open"), ("open", "support")]
    for s in found:
        for side in ("before", "after"):
            assert s[side]["content"] in _linked_sentence(whole_db, s[side]["link"])
    assert found[0]["before"]["published"] < found[0]["after"]["published"]


def test_an_empty_answer_says_which_dates_the_store_holds(example_db: str, capsys: pytest.CaptureFixture[str]) -> None:
    out = run(["positions", "--db", example_db, "--as-of", "2024-12-31"], capsys)
    assert "the dated articles run from 2025-03-04 to 2025-07-15" in out
    assert "no statement" not in run(["positions", "--db", example_db, "--as-of", "2025-03-31"], capsys)


def test_the_table_says_which_evidence_was_said_jointly(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from onrecord.store import Store
    from tests.store.test_positions import Rows, group_of

    rows = Rows(Store(tmp_path / "j.db"))
    haddad, berg = rows.actor("Leila Haddad"), rows.actor("Anna Berg")
    rows.say(group_of(rows, "Leila Haddad and Anna Berg", haddad, berg), "2025-03-01", "support", act="support")
    rows.store.conn.commit()
    table = run(["positions", "--db", str(tmp_path / "j.db"), "--actor", "Anna Berg"], capsys)
    assert "support (act support) (jointly, as Leila Haddad and Anna Berg):" in table
    (cell,) = json.loads(run(["positions", "--db", str(tmp_path / "j.db"), "--actor", "Anna Berg", "--format", "json"],
                             capsys))["positions"]
    assert cell["actor"]["name"] == "Anna Berg" and cell["statements"] == 1
