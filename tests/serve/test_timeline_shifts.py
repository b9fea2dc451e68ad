"""The timeline page's shifts section on hand-made store rows: its CSV link and what it says when none passes."""

from __future__ import annotations

from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from onrecord.serve.app import create_app
from onrecord.settings import Settings
from onrecord.store import Store
from tests.store.test_positions import ISSUE, Rows, faded_majority, one_turnaround, unnamed_and_named_flips


@pytest.fixture
def client(tmp_path: Path) -> TestClient:
    """A minister rejects the idea in two reports, then backs it in one (``one_turnaround``)."""
    path = one_turnaround(tmp_path / "p.db")
    return TestClient(create_app(path, Settings.from_env()))


def test_a_timeline_with_only_thin_changes_says_so_and_links_them(client: TestClient) -> None:
    html = client.get("/positions/timeline", params={"issue": ISSUE}).text
    assert '<h2 id="shifts">Shifts</h2>' in html and "No change of stance is reported in 2 articles" in html
    assert f'href="/positions/timeline?issue={ISSUE}&amp;min_articles=1#shifts">1 change rests on fewer</a>' in html
    listed = client.get("/positions/timeline", params={"issue": ISSUE, "min_articles": 1}).text
    assert "<strong>2025-04-10</strong>" in listed and "No change of stance" not in listed


def test_the_shifts_csv_link_keeps_the_pages_filters(client: TestClient) -> None:
    """The CSV under the list holds the shifts the page shows, not the issue's at the default threshold."""
    html = client.get("/positions/timeline", params={"issue": ISSUE, "min_articles": 1, "since": "2025-04-01",
                                                     "window": "7d"}).text
    link = f"/api/shifts.csv?issue={ISSUE}&amp;window=7d&amp;since=2025-04-01&amp;min_articles=1"
    assert f'href="{link}"' in html
    csv_text = client.get(link.replace("&amp;", "&")).text
    assert len(csv_text.splitlines()) == 2 and ",oppose,support," in csv_text


def test_pages_show_each_sides_count_and_what_went_the_other_way(tmp_path: Path) -> None:
    """The timeline's shifts say how many statements went the other way on each side's days; a mixed cell's
    firmness counts each side apart; a faded majority is named; the actor page's evidence says it shows 3 of N."""
    rows = Rows(Store(tmp_path / "v.db"))
    faded_majority(rows)
    b = rows.actor("Mixed Minister")
    rows.say(b, "2025-05-01", "support", act="support")
    rows.say(b, "2025-05-01", "oppose", act="reject")
    rows.say(b, "2025-05-02", "oppose", act="assert", hedged=True)
    c = rows.actor("Quiet Minister")  # one oppose a year old, and an unclear statement last week
    rows.say(c, "2024-05-02", "oppose", act="reject")
    rows.say(c, "2025-04-25", "unclear")
    rows.store.conn.commit()
    client = TestClient(create_app(tmp_path / "v.db", Settings.from_env(positions_warm=False)))
    quiet = client.get("/actors/quiet-minister").text
    assert "(faded:\n      last said 365 days before)" in quiet  # the oppose's age, not the unclear one's (7)
    html = client.get("/positions/timeline", params={"issue": ISSUE}).text
    assert '2025-05-01 to 2025-05-02; <span class="against">1 the other way on those days</span>' in html
    # The act beside a statement is named as one: "support ... oppose" read as two stances of one statement.
    assert ('<span class="muted">oppose, act: reject · <span class="reported-in">reported 2025-05-01</span></span>'
            in html)
    assert "(and a brief contrary stance, in fewer articles than the stance either side of it, is not a change)" \
        in html
    matrix = client.get("/positions", params={"as_of": "2025-05-02"}).text
    assert "1 support and 2 oppose of 3 statements that took a side;" in matrix \
        or "2 oppose and 1 support of 3 statements that took a side;" in matrix
    assert ("2 of 7 statements that took a side back it (the 5 support are older, and a statement weighs half "
            "every 30 days);") in matrix
    page = client.get("/actors/faded-minister").text
    assert "<summary>2 of 7 statements</summary>" in page  # the two oppose shown, of all seven


def test_the_pages_mark_weak_positions_and_say_shifts_rest_on_trusted_statements(tmp_path: Path) -> None:
    """The timeline says its shifts rest on trusted statements and links those from every statement; the matrix and
    the actor page mark a position no trusted statement backs as weak evidence (not hidden), and name the
    trusted statements among the evidence."""
    from tests.store.test_positions import flips

    rows = Rows(Store(tmp_path / "w.db"))
    flips(rows)
    rows.store.conn.commit()
    client = TestClient(create_app(tmp_path / "w.db", Settings.from_env(positions_warm=False)))
    html = client.get("/positions/timeline", params={"issue": ISSUE}).text
    assert '<span class="trusted-only">Each side rests on trusted statements only' in html
    link = f"/positions/timeline?issue={ISSUE}&amp;all_evidence=true#shifts"
    assert f'href="{link}">from every tagged statement</a>' in html
    listed = html.split('<ul class="shifts">')[1].split("</ul></li></ul>")[0]
    assert "Strong Minister</a>" in listed and "Weak Minister</a>" not in listed
    every = client.get("/positions/timeline", params={"issue": ISSUE, "all_evidence": "true"}).text
    assert "Weak Minister</a>" in every.split('<ul class="shifts">')[1].split("</ul></li></ul>")[0]
    assert "not trusted evidence" in every
    assert '<span class="every-evidence">From every tagged statement, trusted or not</span>' in every
    matrix = client.get("/positions", params={"as_of": "2025-03-16"}).text
    assert matrix.count('<span class="weak"') == 1  # Weak Minister's oppose; Strong Minister's is backed
    assert "Weak evidence: the trusted statements lean support (2) as much or more." in matrix
    actor = client.get("/actors/weak-minister").text
    assert ">weak evidence</span>" in actor
    strong = client.get("/actors/strong-minister").text
    assert ">weak evidence</span>" not in strong and '<span class="trusted">trusted</span>' in strong


def test_an_unnamed_sources_shift_is_marked_on_the_timeline(tmp_path: Path) -> None:
    """The timeline says an unnamed source's flip ("the ministry", a different one each article) may be another
    source each time, as it says of a described group's; a named person's flip carries no such mark."""
    rows = Rows(Store(tmp_path / "u.db"))
    unnamed_and_named_flips(rows)
    client = TestClient(create_app(tmp_path / "u.db", Settings.from_env(positions_warm=False)))
    html = client.get("/positions/timeline", params={"issue": ISSUE, "all_evidence": "true"}).text
    assert ('<a href="/actors/ministry">ministry</a> <span class="muted described-group">(a source described, '
            'not named: maybe another each time)</span>') in html
    assert '<a href="/actors/nadia-named">Nadia Named</a>:' in html


def test_the_pages_say_whose_position_a_statement_reports(tmp_path: Path) -> None:
    """Lena Ortiz's "turn" rests on statements reporting her rival's position: the timeline lists no shift by
    default, and, from every statement, says whose position the evidence reports; the actor page says it too."""
    from tests.store.test_positions import reported_turn

    rows = Rows(Store(tmp_path / "r.db"))
    reported_turn(rows)
    client = TestClient(create_app(tmp_path / "r.db", Settings.from_env(positions_warm=False)))
    html = client.get("/positions/timeline", params={"issue": ISSUE}).text
    assert "Lena Ortiz</a>:" not in html.split('id="shifts"')[-1]
    every = client.get("/positions/timeline", params={"issue": ISSUE, "all_evidence": "true"}).text
    assert "not trusted evidence · reports Victor Hale's position" in every
    actor = client.get("/actors/lena-ortiz").text
    assert "reports Hale's position" in actor


def test_a_shifts_evidence_on_the_timeline_says_who_when_where_and_a_brief_run_once(tmp_path: Path) -> None:
    """Listing every change, the timeline shows each side's statement with the day it was said, the speaker and
    verb as the article gives them, the outlet and headline, and a brief contrary report as one lead whose return
    is beside it, not a second shift."""
    rows = Rows(Store(tmp_path / "w.db"))
    a = rows.actor("Olga Berg")
    for day, stance in (("2025-02-02", "oppose"), ("2025-03-02", "support"), ("2025-04-06", "oppose")):
        rows.say(a, day, stance, act=stance if stance == "support" else "reject")
    db = rows.store.conn
    db.execute("UPDATE statements SET speaker = 'Minister Olga Berg', cue = 'backed', said_date = '2025-02-27' "
               "WHERE key = 'k2'")
    db.execute("UPDATE articles SET outlet = 'wire', title = 'Berg backs the plan' WHERE slug = 'a2'")
    db.commit()
    client = TestClient(create_app(tmp_path / "w.db", Settings.from_env(positions_warm=False)))
    html = client.get("/positions/timeline", params={"issue": ISSUE, "min_articles": 1}).text
    assert html.count("<strong>2025-02-27</strong>") == 1 and "<strong>2025-04-06</strong>" not in html  # said day
    assert ('<span class="said-day">2025-02-27</span> <span class="said-by">Minister Olga Berg backed</span> '
            '“<a href="/articles/a2#s-k2">support 2</a>”') in html
    assert 'reported 2025-03-02 by wire: “Berg backs the plan”' in html
    assert "is listed once, with the day the other came back" in html
    # The matrix's evidence names the speaker and the verb the same way, on the day the statement was made.
    matrix = client.get("/positions", params={"issue": ISSUE, "as_of": "2025-03-02"}).text
    assert '2025-02-27 <span class="said-by">Minister Olga Berg backed</span> <a href="/articles/a2#s-k2">' in matrix
    assert ('<li class="returned">back to <span class="stance stance-oppose">oppose</span> on 2025-04-06 (1 statement '
            'in 1 article, 2025-04-06 to 2025-04-06): the support between was brief, one lead rather than two '
            'shifts</li>') in html
