"""`positions --format csv` and `shifts` as an analyst uses them across dates, on hand-made store rows."""

from __future__ import annotations

import csv
import io
import re
from pathlib import Path

import pytest

from onrecord.cli import main
from onrecord.store import Store
from tests.store.test_positions import ISSUE, Rows, faded_majority, one_turnaround, unnamed_and_named_flips


@pytest.fixture
def db(tmp_path: Path) -> str:
    """One minister who rejects the idea twice, in one report each, then backs it in one report."""
    path = one_turnaround(tmp_path / "p.db")
    return str(path)


def test_positions_csv_rows_say_the_date_they_judge_at(db: str, capsys: pytest.CaptureFixture[str]) -> None:
    """Exports at two dates stacked into one file stay readable: each row carries its as-of, window, half-life."""
    for as_of in ("2025-03-15", "2025-04-15"):
        assert main(["positions", "--db", db, "--as-of", as_of, "--window", "60d", "--format", "csv"]) == 0
        [row] = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
        assert (row["as_of"], row["window_days"], row["half_life_days"], row["issue"]) == (as_of, "60", "30", ISSUE)
    assert main(["positions", "--db", db, "--format", "csv"]) == 0
    [row] = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    assert (row["as_of"], row["window_days"]) == ("2025-04-10", "")  # the newest article's day, no window


def test_shifts_say_how_many_changes_the_article_threshold_hid(db: str, capsys: pytest.CaptureFixture[str]) -> None:
    """"0 shift(s)" alone reads as "no one changed"; the table says the one-report change is there to read."""
    assert main(["shifts", "--db", db]) == 0
    err = capsys.readouterr().err
    assert "0 shift(s) (1 more change(s) rest on fewer than 2 articles a side" in err
    assert main(["shifts", "--db", db, "--min-articles", "1"]) == 0
    assert capsys.readouterr().err.strip() == "1 shift(s)"
    assert main(["shifts", "--db", db, "--format", "json"]) == 0
    assert capsys.readouterr().err == ""


def test_positions_sorted_by_evidence_and_thinned_by_articles(tmp_path: Path,
                                                              capsys: pytest.CaptureFixture[str]) -> None:
    """The CLI passes --sort and --min-articles through: the one-report cell goes last, then away."""
    rows = Rows(Store(tmp_path / "s.db"))
    once, often = rows.actor("Aaron Once"), rows.actor("Zofia Often")
    rows.say(once, "2025-02-01", "oppose", act="reject")
    for day in ("2025-01-01", "2025-01-08"):
        rows.say(often, day, "support", act="support")
    rows.store.conn.commit()
    db = str(tmp_path / "s.db")
    assert main(["positions", "--db", db, "--sort", "evidence", "--format", "csv"]) == 0
    names = [r["actor"] for r in csv.DictReader(io.StringIO(capsys.readouterr().out))]
    assert names == ["Zofia Often", "Aaron Once"]
    assert main(["positions", "--db", db, "--min-articles", "2", "--format", "csv"]) == 0
    assert [r["actor"] for r in csv.DictReader(io.StringIO(capsys.readouterr().out))] == ["Zofia Often"]


def test_the_tables_show_each_side_and_what_was_said_the_other_way(tmp_path: Path,
                                                                   capsys: pytest.CaptureFixture[str]) -> None:
    """A mixed cell's "for" is each side's count (2+1/3), not their sum; a stance outnumbered by older statements
    says so under its row; each side of a shift says how many statements went the other way on its days; and
    the hint names the brief contrary runs it left out."""
    rows = Rows(Store(tmp_path / "t.db"))
    mixed = rows.actor("Mixed Minister")
    rows.say(mixed, "2025-05-01", "support", act="support")
    rows.say(mixed, "2025-05-01", "oppose", act="reject")
    rows.say(mixed, "2025-05-02", "oppose", act="assert", hedged=True)
    faded_majority(rows)
    brief = rows.actor("Brief Minister")  # oppose in two reports between support in three and three
    for day, stance in (("2025-01-05", "support"), ("2025-01-12", "support"), ("2025-01-19", "support"),
                        ("2025-02-02", "oppose"), ("2025-02-03", "oppose"),
                        ("2025-03-02", "support"), ("2025-03-09", "support"), ("2025-03-16", "support")):
        rows.say(brief, day, stance, act=stance, issue="other-issue")
    rows.store.conn.commit()
    db = str(tmp_path / "t.db")
    assert main(["positions", "--db", db, "--as-of", "2025-05-02"]) == 0
    out = capsys.readouterr().out
    assert re.search(r"Mixed Minister .* mixed \(oppose/support\) .* 2\+1/3 ", out), out
    assert re.search(r"Faded Minister .* oppose .* 2/7 ", out), out
    assert "    (5 support statement(s) are older: a statement weighs half every 30 days)" in out
    assert main(["shifts", "--db", db, "--actor", "Faded Minister"]) == 0
    captured = capsys.readouterr()
    assert "after  2 statement(s) in 2 article(s), 2025-05-01 to 2025-05-02 (1 the other way on those days);" \
        in captured.out
    assert "before 4 statement(s) in 4 article(s), 2025-01-05 to 2025-01-08;" in captured.out  # none against
    assert main(["shifts", "--db", db, "--issue", "other-issue"]) == 0
    # One lead, not two: with every change listed, the brief oppose is listed once, with its return beside it.
    assert capsys.readouterr().err == ("0 shift(s) (1 more change(s) rest on fewer than 2 articles a side, or on "
                                       "fewer articles than the stance either side of them: `--min-articles 1` "
                                       "lists them, each a lead to read)\n")


def test_a_described_groups_shift_says_so_in_the_table_and_the_csv(tmp_path: Path,
                                                                    capsys: pytest.CaptureFixture[str]) -> None:
    rows = Rows(Store(tmp_path / "g.db"))
    party = rows.actor("Republicans", "group")
    for day, stance in (("2025-03-01", "support"), ("2025-03-08", "support"), ("2025-06-01", "oppose"),
                        ("2025-06-08", "oppose")):
        rows.say(party, day, stance, act=stance)
    rows.store.conn.commit()
    db = str(tmp_path / "g.db")
    assert main(["shifts", "--db", db]) == 0
    assert capsys.readouterr().out.startswith(
        "2025-06-01  Republicans (a group described, different people each time) on ")
    assert main(["shifts", "--db", db, "--format", "csv"]) == 0
    [row] = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    assert (row["described_group"], row["before_against"], row["after_against"]) == ("1", "0", "0")


def test_an_unnamed_sources_shift_says_it_may_be_another_source_each_time(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """"The ministry" of one article is not the ministry of the next (desc15's unnamed sources): its flip is marked
    as a described group's is, in words that fit one source, and a named person's is not marked at all."""
    rows = Rows(Store(tmp_path / "u.db"))
    unnamed_and_named_flips(rows)
    db = str(tmp_path / "u.db")
    assert main(["shifts", "--db", db, "--all-evidence"]) == 0
    out = capsys.readouterr().out
    assert "2025-06-01  ministry (a source described, not named: maybe another each time) on " in out
    assert "2025-06-01  Nadia Named on " in out
    assert main(["shifts", "--db", db, "--all-evidence", "--format", "csv"]) == 0
    marks = {r["actor"]: r["described_group"] for r in csv.DictReader(io.StringIO(capsys.readouterr().out))}
    assert marks == {"ministry": "1", "Nadia Named": "0"}


def test_the_tables_and_csv_mark_weak_positions_and_shifts_on_trusted_statements(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """The positions table says why a cell is weak and marks the trusted evidence; the shifts table says its list
    rests on trusted statements and how many `--all-evidence` lists; the CSVs carry both marks."""
    from tests.store.test_positions import flips

    rows = Rows(Store(tmp_path / "w.db"))
    flips(rows)
    rows.store.conn.commit()
    db = str(tmp_path / "w.db")
    assert main(["positions", "--db", db, "--as-of", "2025-03-16"]) == 0
    out = capsys.readouterr().out
    weak = out.split("Weak Minister")[1]
    assert weak.splitlines()[1] == ("    (weak: the trusted statements lean support (2) as much or more: "
                                    "open the evidence)")
    assert "(weak:" not in out.split("Weak Minister")[0]  # Strong Minister's oppose is backed by its rejections
    assert re.search(r"oppose  \(act reject\): “oppose \d+” /articles/a\d+#s-k\d+ \[trusted\]", out), out
    assert main(["positions", "--db", db, "--as-of", "2025-03-16", "--format", "csv"]) == 0
    cells = {r["actor"]: r for r in csv.DictReader(io.StringIO(capsys.readouterr().out))}
    assert (cells["Weak Minister"]["weak"], cells["Strong Minister"]["weak"]) == ("1", "0")
    assert cells["Strong Minister"]["trusted_statements"] == "2"
    assert main(["shifts", "--db", db]) == 0
    captured = capsys.readouterr()
    assert "Strong Minister on european-forces-ukraine: support -> oppose" in captured.out
    assert "Weak Minister" not in captured.out
    assert captured.err.startswith("(from trusted statements only: a side-taking act by a named speaker, plainly "
                                   "about the issue; 2 shift(s) from every tagged statement, trusted or not: "
                                   "`--all-evidence` lists them")
    assert main(["shifts", "--db", db, "--all-evidence", "--format", "csv"]) == 0
    listed = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    assert [(r["actor"], r["trusted_only"]) for r in listed] == [("Strong Minister", "0"), ("Weak Minister", "0")]
    assert main(["shifts", "--db", db, "--all-evidence"]) == 0
    assert ", not trusted evidence):" in capsys.readouterr().out


def test_statements_reporting_anothers_position_make_no_shift_and_say_whose(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Lena Ortiz backs the dam, then attacks her rival's plan in words that state his position: the table lists
    no shift, says one is listed from every statement, and there marks whose position each statement reports."""
    from tests.store.test_positions import reported_turn

    rows = Rows(Store(tmp_path / "r.db"))
    reported_turn(rows)
    db = str(tmp_path / "r.db")
    assert main(["shifts", "--db", db]) == 0
    captured = capsys.readouterr()
    assert "Lena Ortiz" not in captured.out
    assert "1 shift(s) from every tagged statement" in captured.err
    assert main(["shifts", "--db", db, "--all-evidence"]) == 0
    out = capsys.readouterr().out
    assert "Lena Ortiz on european-forces-ukraine: support -> oppose" in out
    assert ", not trusted evidence) (reports Victor Hale's position): " in out.split("after")[1]
    assert main(["positions", "--db", db, "--as-of", "2025-06-08"]) == 0
    out = capsys.readouterr().out
    assert "(reports Victor Hale's position)" in out and "(reports Hale's position)" in out


def test_a_shifts_evidence_says_who_said_it_when_and_where(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Each statement either side of a shift is shown as a reader checks it: the day it was said (not only its
    article's), its stance beside its act, the speaker and the verb as the article gives them, the outlet and
    headline; a brief contrary report is one lead with the day the old stance came back, in the table and CSV."""
    rows = Rows(Store(tmp_path / "e.db"))
    a = rows.actor("Olga Berg")
    for day, stance, act in (("2025-02-02", "oppose", "support"), ("2025-03-02", "support", "support"),
                             ("2025-04-06", "oppose", "reject")):
        rows.say(a, day, stance, act=act)
    db = rows.store.conn
    db.execute("UPDATE statements SET speaker = 'Minister Olga Berg', cue = 'backed', said_date = '2025-02-27' "
               "WHERE key = 'k2'")
    db.execute("UPDATE articles SET outlet = 'wire', title = 'Berg backs the plan' WHERE slug = 'a2'")
    db.commit()
    path = str(tmp_path / "e.db")
    assert main(["shifts", "--db", path, "--min-articles", "1"]) == 0
    out = capsys.readouterr().out
    # The first oppose reads "support" as its act: the stance is said beside it, so the two are not confused.
    assert "           2025-02-02 oppose (act support): “oppose 1”" in out
    assert ("           2025-02-27 support (act support): Minister Olga Berg backed “support 2”\n"
            "               reported 2025-03-02 by wire: “Berg backs the plan” /articles/a2#s-k2") in out
    assert ("    back to oppose on 2025-04-06 (1 statement(s) in 1 article(s), 2025-04-06 to 2025-04-06): the support "
            "between was brief, one lead rather than two shifts") in out
    assert out.count("Olga Berg on ") == 1
    assert main(["shifts", "--db", path, "--min-articles", "1", "--format", "csv"]) == 0
    [row] = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    assert (row["after_said"], row["after_published"], row["after_speaker"], row["returned"]) == (
        "2025-02-27", "2025-03-02", "Minister Olga Berg", "2025-04-06")
