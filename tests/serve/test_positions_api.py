"""/api/positions, /api/shifts, their CSV and the /positions page over the moving-stance example."""

from __future__ import annotations

import csv
import io
import sqlite3
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from onrecord.corpus import IngestOptions, ingest
from onrecord.ingest.metadata import ArticleMetadata
from onrecord.serve.app import create_app
from onrecord.settings import Settings
from tests.conftest import EXAMPLES

ISSUE = "european-forces-ukraine"


@pytest.fixture(scope="module")
def positions_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    db = tmp_path_factory.mktemp("pos") / "p.db"
    settings = Settings.from_env(issues=str(EXAMPLES / "peace-talks.issues.yaml"))
    meta = ArticleMetadata.load(EXAMPLES / "positions.metadata.csv", title_line=True)
    assert ingest([str(EXAMPLES / "positions")], IngestOptions(db=db, metadata=meta), settings).analysed == 3
    return db


@pytest.fixture(scope="module")
def client(positions_db: Path) -> TestClient:
    # Each stance of the example is in one report: its shifts are listed with one article a side.
    return TestClient(create_app(positions_db, Settings.from_env(shift_min_articles=1)))


def test_api_positions_as_of(client: TestClient) -> None:
    def stance(as_of: str) -> str:
        body = client.get("/api/positions", params={"issue": ISSUE, "actor": "Karin Lindqvist",
                                                    "as_of": as_of}).json()
        assert body["as_of"] == as_of
        return str(body["positions"][0]["stance"])

    assert [stance(d) for d in ("2025-03-31", "2025-05-25", "2025-07-31")] == ["oppose", "open", "support"]
    assert client.get("/api/positions", params={"actor": "Nobody Atall"}).status_code == 400
    assert client.get("/api/positions", params={"window": "soon"}).status_code == 400
    assert client.get("/api/positions", params={"as_of": "yesterday"}).status_code == 422


def test_api_shifts_and_csv(client: TestClient) -> None:
    every = {"issue": ISSUE, "actor": "Lindqvist", "all_evidence": "true"}
    items = client.get("/api/shifts", params=every).json()["items"]
    assert [(s["from"], s["to"]) for s in items] == [("oppose", "open"), ("open", "support")]
    assert not any(s["trusted_only"] for s in items)
    # From trusted statements only (the default), the open step goes: "she refused to rule out" is a pronoun's.
    trusted = client.get("/api/shifts", params={"issue": ISSUE, "actor": "Lindqvist"}).json()["items"]
    assert [(s["from"], s["to"], s["trusted_only"]) for s in trusted] == [("oppose", "support", True)]
    later = client.get("/api/shifts", params={"issue": ISSUE, "since": "2025-06-01"}).json()["items"]
    assert [s["date"] for s in later] == ["2025-07-15"]
    assert client.get("/api/shifts", params={"min_confidence": 0.99}).json()["items"] == []
    assert client.get("/api/shifts", params={"min_confidence": 2}).status_code == 422
    rows = list(csv.DictReader(io.StringIO(client.get("/api/positions.csv").text)))
    assert any(r["actor"] == "Karin Lindqvist" and r["stance"] == "support" for r in rows)
    # Each row says the date and window it was judged with, so exports at several dates can be stacked.
    dated = list(csv.DictReader(io.StringIO(client.get("/api/positions.csv", params={
        "as_of": "2025-05-25", "window": "90d"}).text)))
    assert dated and {(r["as_of"], r["window_days"]) for r in dated} == {("2025-05-25", "90")}
    assert "before_link" in client.get("/api/shifts.csv").text.splitlines()[0]
    assert "before_articles" in client.get("/api/shifts.csv").text.splitlines()[0]
    assert client.get("/api/shifts", params={"min_articles": 2}).json()["items"] == []
    assert client.get("/api/shifts", params={"min_articles": 0}).status_code == 422


def test_positions_page_links_each_cell_to_its_evidence(client: TestClient) -> None:
    html = client.get("/positions", params={"as_of": "2025-05-25"}).text
    assert "Karin Lindqvist" in html and 'class="stance stance-open">open' in html
    assert 'href="/articles/wire_2025-05-20_lindqvist-troops-open#s-' in html
    assert client.get("/positions", params={"actor": "Nobody Atall"}).status_code == 400


def test_an_empty_store_has_an_empty_matrix(tmp_path: Path) -> None:
    empty = TestClient(create_app(tmp_path / "empty.db"))
    assert empty.get("/api/positions").json()["positions"] == []
    assert "No statement with an issue" in empty.get("/positions").text


def test_the_timeline_has_one_linked_point_per_statement(client: TestClient) -> None:
    body = client.get("/api/positions/timeline", params={"issue": ISSUE}).json()
    points = body["points"]
    assert [p["day"] for p in points] == sorted(p["day"] for p in points)
    assert body["actors"][0]["name"] == "Karin Lindqvist"
    mine = [p for p in points if p["actor"]["name"] == "Karin Lindqvist"]
    assert len(mine) == body["actors"][0]["statements"]
    assert {p["stance"] for p in mine} >= {"oppose", "open", "support"}
    html = client.get("/positions/timeline", params={"issue": ISSUE}).text
    assert html.count('<a class="point"') == len(points)
    for p in points:  # every point links to its statement, shaped by its stance
        assert f'href="{p["link"]}" data-stance="{p["stance"]}"' in html
    assert "triangle pointing up" in html and "hollow circle" in html  # the legend names each shape
    assert client.get("/api/positions/timeline").status_code == 400


def test_the_timeline_narrows_by_actor_and_dates(client: TestClient) -> None:
    spring = client.get("/api/positions/timeline", params={
        "issue": ISSUE, "actor": "Lindqvist", "since": "2025-05-01", "as_of": "2025-06-30"}).json()
    assert {p["day"] for p in spring["points"]} == {"2025-05-20"}
    assert {a["name"] for a in spring["actors"]} == {"Karin Lindqvist"}
    assert spring["left_out"] == {"actors": 0, "statements": 0}
    capped = TestClient(create_app(client.app.state.db, Settings(position_timeline_actors=1,  # type: ignore[attr-defined]
                                                                 position_timeline_points=2)))
    few = capped.get("/api/positions/timeline", params={"issue": ISSUE}).json()
    assert len(few["actors"]) == 1 and len(few["points"]) == 2 and few["left_out"]["actors"] >= 1
    assert [p["day"] for p in few["points"]] == ["2025-07-15", "2025-07-15"]  # the newest are kept
    picker = client.get("/positions/timeline").text
    assert f'href="/positions/timeline?issue={ISSUE}"' in picker


def test_each_issue_heading_opens_its_timeline_and_time_can_be_stepped(client: TestClient) -> None:
    html = client.get("/positions", params={"as_of": "2025-05-25", "window": "90d"}).text
    assert f'href="/positions/timeline?as_of=2025-05-25&amp;issue={ISSUE}"' in html
    # one window back, in the page's order (its default: the most evidence first)
    assert 'href="/positions?as_of=2025-02-24&amp;window=90d&amp;sort=evidence" rel="prev"' in html
    assert 'id="as-of-slider"' in html and 'data-first="2025-03-04"' in html
    assert 'href="/api/positions.csv?as_of=2025-05-25&amp;window=90d&amp;sort=evidence"' in html


def test_the_actor_page_shows_the_actors_positions(client: TestClient) -> None:
    html = client.get("/actors/karin-lindqvist").text
    assert '<h2 id="positions">Positions</h2>' in html
    row = html[html.index(f">{ISSUE}</a></th>"):]
    row = row[:row.index("</tr>")]
    cell = client.get("/api/positions", params={"actor": "karin-lindqvist", "issue": ISSUE}).json()["positions"][0]
    assert f'class="stance stance-{cell["stance"]}">{cell["stance"]}' in row
    assert f'{cell["statements"]} in {cell["articles"]} articles' in row
    assert all(f'href="{e["link"]}"' in row for e in cell["evidence"]) and cell["evidence"]
    assert f'href="/positions/timeline?issue={ISSUE}&amp;actor=karin-lindqvist"' in html


def test_an_actor_quoted_on_no_issue_has_no_positions_table(tmp_path: Path) -> None:
    text = tmp_path / "library.txt"
    text.write_text("Springfield's mayor, Ada Pemberton, said the new library would open in March.\n",
                    encoding="utf-8")
    settings = Settings.from_env(issues=str(EXAMPLES / "peace-talks.issues.yaml"))
    assert ingest([str(text)], IngestOptions(db=tmp_path / "l.db"), settings).analysed == 1
    client = TestClient(create_app(tmp_path / "l.db"))
    assert client.get("/api/positions").json()["positions"] == []
    (quoted,) = client.get("/api/actors").json()["items"]
    page = client.get(f"/actors/{quoted['id']}")
    assert page.status_code == 200 and quoted["name"] in page.text and 'id="positions"' not in page.text


def test_the_timeline_lists_the_shifts_with_the_statements_either_side(client: TestClient) -> None:
    html = client.get("/positions/timeline", params={"issue": ISSUE}).text
    listed = html[html.index('<ul class="shifts">'):]
    for s in client.get("/api/shifts", params={"issue": ISSUE}).json()["items"]:
        assert f'<strong>{s["date"]}</strong>' in listed
        assert f'href="{s["before"]["link"]}"' in listed and f'href="{s["after"]["link"]}"' in listed
        assert f'({s["evidence"]["before"]["statements"]} statement' in listed
    assert "each side reported in 1 article or more" in html


def test_api_shifts_window_smooths_the_days(client: TestClient) -> None:
    every = {"issue": ISSUE, "actor": "Lindqvist", "all_evidence": "true"}
    daily = client.get("/api/shifts", params=every).json()["items"]
    smoothed = client.get("/api/shifts", params={**every, "window": "90d"}).json()
    # With 90 days, May's "could be discussed" does not outweigh March's firm no, and in July it still weighs
    # beside the new support: a mixed window, as a cell would be, sets no stance. No change is sure enough.
    assert len(daily) == 2 and smoothed["items"] == []
    month = client.get("/api/shifts", params={**every, "window": "30d"}).json()
    assert [(s["from"], s["to"]) for s in month["items"]] == [("oppose", "open"), ("open", "support")]


def test_a_members_page_api_and_matrix_take_the_joint_statement(tmp_path: Path) -> None:
    from onrecord.store import Store
    from tests.store.test_positions import Rows, group_of

    rows = Rows(Store(tmp_path / "j.db"))
    haddad, berg = rows.actor("Leila Haddad"), rows.actor("Anna Berg")
    rows.say(group_of(rows, "Leila Haddad and Anna Berg", haddad, berg), "2025-03-01", "support", act="support")
    rows.store.conn.commit()
    client = TestClient(create_app(tmp_path / "j.db"))
    info = client.get("/api/actors/leila-haddad").json()
    assert info["statements"] == 1 and [t["statements"] for t in info["timeline"]] == [1]
    (cell,) = client.get("/api/positions", params={"actor": "leila-haddad"}).json()["positions"]
    assert cell["stance"] == "support" and cell["evidence"][0]["joint"]["id"] == "leila-haddad-and-anna-berg"
    assert "jointly, as" in client.get("/actors/leila-haddad").text
    matrix = client.get("/api/positions").json()["positions"]
    assert sorted(p["actor"]["name"] for p in matrix) == ["Anna Berg", "Leila Haddad", "Leila Haddad and Anna Berg"]


@pytest.mark.parametrize("path", [
    "/positions?as_of=9999-12-31", "/positions?as_of=0001-01-01", "/positions?window=99999999999d",
    "/api/positions?window=10000y", "/api/positions?as_of=0001-01-02&window=2d", "/api/shifts?since=0001-01-01",
    "/api/positions?window=1e300y", "/api/positions.csv?as_of=9999-12-31&window=1d"])
def test_a_date_or_window_at_the_calendars_ends_is_a_400_not_a_500(client: TestClient, path: str) -> None:
    """Date arithmetic past year 1 or 9999 raised OverflowError: the page answered 500."""
    response = client.get(path)
    assert response.status_code == 400, response.text[:200]
    assert "between" in response.json()["detail"] or "at most" in response.json()["detail"]


def test_api_positions_sort_by_evidence(client: TestClient) -> None:
    """sort=evidence lists the cells resting on most articles first; an unknown order is refused."""
    cells = client.get("/api/positions", params={"sort": "evidence"}).json()["positions"]
    counts = [(c["articles"], c["statements"]) for c in cells]
    assert len(cells) > 1 and counts == sorted(counts, reverse=True)
    by_name = client.get("/api/positions").json()["positions"]
    assert sorted(map(str, by_name)) == sorted(map(str, cells))  # the same cells, only ordered otherwise
    assert client.get("/api/positions", params={"sort": "loudest"}).status_code == 422


def test_the_positions_pages_links_keep_its_order_and_floor(client: TestClient) -> None:
    """Earlier, later and CSV links carry sort and min_articles; the timeline link does not (there
    min_articles is the shifts' threshold)."""
    html = client.get("/positions", params={"sort": "evidence", "min_articles": 1}).text
    links = [part.split('"', 1)[0] for part in html.split('href="')[1:]]
    kept = [link for link in links if link.startswith(("/positions?", "/api/positions.csv?"))]
    assert kept and all("sort=evidence" in link and "min_articles=1" in link for link in kept)
    timeline = [link for link in links if link.startswith("/positions/timeline?")]
    assert all("min_articles" not in link for link in timeline)


@pytest.mark.parametrize("dates", [("0001-01-01", "9999-12-31"), ("0001-01-01", "0001-01-01")])
def test_placeholder_dates_in_a_store_answer_no_500(positions_db: Path, tmp_path: Path,
                                                     dates: tuple[str, str]) -> None:
    # A store that holds a feed's placeholder dates (stored before ingest refused them): the positions page
    # stepped a window later than 9999-12-31, and shifts with a window went back before 0001-01-01: 500s.
    db = tmp_path / "old.db"
    db.write_bytes(positions_db.read_bytes())
    with sqlite3.connect(db) as conn:
        ids = [r[0] for r in conn.execute("SELECT id FROM articles ORDER BY published")]
        conn.execute("UPDATE articles SET published = ? WHERE id = ?", (dates[0], ids[0]))
        conn.execute("UPDATE articles SET published = ? WHERE id = ?", (dates[1], ids[-1]))
    with TestClient(create_app(db, Settings.from_env(shift_min_articles=1))) as old:
        for url in ("/positions", "/positions?window=30d", "/api/shifts?window=30d", "/api/shifts.csv?window=1y",
                    f"/api/positions/timeline?issue={ISSUE}&window=30d", f"/positions/timeline?issue={ISSUE}",
                    "/api/positions?window=30d", "/api/positions?half_life=30d"):
            response = old.get(url)
            assert response.status_code == 200, (url, response.text[:200])
