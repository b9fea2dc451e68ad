"""What a newcomer does with the pages' forms on a store with a taxonomy: submit a form with fields left empty,
search by issue and stance, and read the positions matrix in the order asked, a page of rows at a time."""

from __future__ import annotations

import json
import re
import sqlite3
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from onrecord.corpus import IngestOptions, ingest
from onrecord.ingest.metadata import ArticleMetadata
from onrecord.serve import positions as position_pages
from onrecord.serve.app import create_app
from onrecord.settings import Settings
from tests.conftest import EXAMPLES

PAGE = {"accept": "text/html"}


@pytest.fixture(scope="module")
def client(tmp_path_factory: pytest.TempPathFactory) -> TestClient:
    db = tmp_path_factory.mktemp("forms") / "f.db"
    settings = Settings.from_env(issues=str(EXAMPLES / "peace-talks.issues.yaml"))
    meta = ArticleMetadata.load(EXAMPLES / "positions.metadata.csv", title_line=True)
    summary = ingest([str(EXAMPLES / "positions"), str(EXAMPLES / "peace-talks.txt")],
                     IngestOptions(db=db, metadata=meta, published="2025-08-18"), settings)
    assert summary.analysed == 4
    return TestClient(create_app(db))


def test_a_form_sent_with_its_empty_fields_is_answered_as_without_them(client: TestClient) -> None:
    """A browser sends every field of a form, the empty ones as ``since=``: the search form with its dates
    left empty, and the timeline's, answered "cannot be shown" (422). The API stays strict."""
    sent = client.get("/search?q=troops&actor=&outlet=&since=&until=&act=&hedged=&issue=&stance=&sort=date",
                      headers=PAGE)
    assert sent.status_code == 200, sent.text[:300]
    assert sent.text.count('class="said"') == client.get("/search?q=troops").text.count('class="said"') > 0
    timeline = client.get("/positions/timeline?issue=us-troops-ukraine&actor=&since=&as_of=", headers=PAGE)
    assert timeline.status_code == 200 and 'class="stance-timeline"' in timeline.text
    matrix = client.get("/positions?as_of=&issue=&actor=&window=&half_life=&sort=actor&min_articles=", headers=PAGE)
    assert matrix.status_code == 200 and "Karin Lindqvist" in matrix.text
    assert client.get("/search?q=+&since=%20", headers=PAGE).status_code == 200  # spaces only: empty too
    assert client.get("/api/statements?since=").status_code == 422


def test_the_search_page_filters_by_issue_and_stance_and_shows_each_results_stance(client: TestClient) -> None:
    """The API took issue and stance, the form had no field for them: a reader could not search an issue,
    and a link with issue= lost it at the next submit."""
    blank = client.get("/search").text
    assert '<select name="issue">' in blank and ">us-troops-ukraine</option>" in blank
    assert '<select name="stance">' in blank
    page = client.get("/search", params={"issue": "us-troops-ukraine", "stance": "open"}).text
    api = client.get("/api/statements", params={"issue": "us-troops-ukraine", "stance": "open"}).json()
    assert api["total"] > 0 and page.count('class="said"') == api["total"]
    assert '<option selected>us-troops-ukraine</option>' in page and '<option selected>open</option>' in page
    assert page.count('us-troops-ukraine: open</span>') >= api["total"]


def test_the_issue_filter_reads_the_tagged_statements_from_the_index(client: TestClient) -> None:
    """issue and stance together were a correlated EXISTS that SQLite answered by scanning the issue's rows
    for every statement (170 ms on 8,000 statements); the tagged statements are now read once."""
    from onrecord.store import Store
    from onrecord.store import queries as q

    store = Store(client.app.state.db, readonly=True)  # type: ignore[attr-defined]
    try:
        f = q.StatementFilter(issue="us-troops-ukraine", stance="open")
        where, params = q._where(store, f)
        plan = " | ".join(str(tuple(r)) for r in store.conn.execute(
            f"EXPLAIN QUERY PLAN SELECT s.id FROM statements s JOIN articles ar ON ar.id = s.article_id{where}",
            params))
        assert "CORRELATED" not in plan and "statement_issues_issue (issue=? AND stance=?)" in plan, plan
        found = {s["id"] for s in q.statements(store, f)}
        tagged = {r[0] for r in store.conn.execute(
            "SELECT statement_id FROM statement_issues WHERE issue = 'us-troops-ukraine' AND stance = 'open'")}
        assert found == tagged and found
        assert q.known_issues(store) == sorted({r[0] for r in store.conn.execute(
            "SELECT issue FROM statement_issues")})
    finally:
        store.close()


def _rows(html: str) -> list[str]:
    """The actor names heading the matrix's rows, top to bottom."""
    return re.findall(r'<th scope="row"><a href="[^"]*">([^<]+)</a>', html)


def test_the_positions_page_lists_its_rows_in_the_order_asked(client: TestClient) -> None:
    """sort=evidence left the rows by name (only the API's cells were reordered); the page now opens on the
    best-attested cells, and its form offers the order and the floor of articles."""
    evidence = client.get("/api/positions", params={"sort": "evidence"}).json()["positions"]
    firsts = list(dict.fromkeys(p["actor"]["name"] for p in evidence))
    assert firsts[0] == "Karin Lindqvist" and firsts != sorted(firsts)
    page = client.get("/positions").text
    assert _rows(page) == firsts
    assert _rows(client.get("/positions", params={"sort": "actor"}).text) == sorted(firsts, key=str.lower)
    assert '<select name="sort">' in page and 'name="min_articles"' in page
    # the issues to pick from, not a free field where an issue's id had to be known
    assert '<select name="issue">' in page and ">us-troops-ukraine</option>" in page
    picked = client.get("/positions", params={"issue": "us-troops-ukraine"}).text
    assert "<option selected>us-troops-ukraine</option>" in picked
    # "later" from a page by name stays by name (the page's default is the other order)
    by_name = client.get("/positions", params={"sort": "actor"}).text
    later = re.search(r'href="(/positions\?[^"]*)" rel="next"', by_name)
    assert later and "sort=actor" in later.group(1)
    assert _rows(client.get("/positions", params={"min_articles": 2}).text) == ["Karin Lindqvist"]


def test_the_positions_page_shows_a_page_of_rows_and_says_how_many_more(client: TestClient,
                                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    """300 real articles made a matrix of 578 rows (887 KB); the page shows the first rows and points to the
    rest."""
    monkeypatch.setattr(position_pages, "POSITIONS_ROWS", 2)
    page = client.get("/positions").text
    everyone = {p["actor"]["id"] for p in client.get("/api/positions").json()["positions"]}
    assert len(_rows(page)) == 2 and len(everyone) > 2
    assert f"({len(everyone) - 2} more: narrow by issue" in page
    monkeypatch.setattr(position_pages, "POSITIONS_ROWS", 100)
    assert "more: narrow by issue" not in client.get("/positions").text


def test_a_store_without_issues_has_no_issue_field(tmp_path: Path) -> None:
    db = tmp_path / "plain.db"
    assert ingest([str(EXAMPLES / "peace-talks.txt")], IngestOptions(db=db)).analysed == 1
    client = TestClient(create_app(db))
    page = client.get("/search").text
    assert 'name="issue"' not in page and 'name="q"' in page
    facets = client.get("/api/statements", params={"q": "troops", "facets": 1}).json()["facets"]
    assert facets["issue"] == [] and facets["act"]


def test_the_search_page_says_which_actor_a_name_was_taken_as(tmp_path: Path) -> None:
    """A surname that is also an actor of its own ("Clinton", one statement) was taken as that actor, and the
    page showed its one statement with no word of the people it could mean (Hillary Clinton's 456); the
    command line said so on stderr. The page now names them, each a link to the same search by them."""
    feed = tmp_path / "harlows.jsonl"
    rows = [{"id": "a", "published": "2025-01-02", "text": "“The budget will pass,” Senator Ann Harlow said on "
             "Monday. “We have the votes,” Harlow added. Harlow also said that the vote would be close."},
            {"id": "b", "published": "2025-01-03", "text": "“The bridge is safe,” Mayor Bob Harlow said on Tuesday. "
             "“Nobody should worry,” Bob Harlow added."},
            {"id": "c", "published": "2025-01-04", "text": "“Taxes will fall,” Harlow said at a rally in the town "
             "on Wednesday."}]
    feed.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    db = tmp_path / "harlows.db"
    assert ingest([str(feed)], IngestOptions(db=db)).analysed == 3
    client = TestClient(create_app(db))
    counts = {a["id"]: a["statements"] for a in client.get("/api/actors").json()["items"]}
    assert counts.get("harlow") == 1 and counts.get("ann-harlow", 0) > 1, counts
    page = client.get("/search", params={"actor": "Harlow", "until": "2025-12-31"}).text
    note = page[page.index('class="which-actor"'):]
    note = note[:note.index("</p>")]
    assert 'is taken as <a href="/actors/harlow">Harlow</a>' in note
    assert 'href="/search?actor_id=ann-harlow&amp;until=2025-12-31">Ann Harlow</a>' in note  # the other filters kept
    assert "Bob Harlow" in note
    assert 'class="which-actor"' not in client.get("/search", params={"actor": "Ann Harlow"}).text
    # nothing found for the name's actor: said too, with the others
    none = client.get("/search", params={"actor": "Harlow", "since": "2025-01-05"}).text
    assert "with no statement these filters find" in none and ">Ann Harlow</a>" in none
    # a name refused as several actors' offers them, each a link, instead of "give the full name" alone
    refused = client.get("/search", params={"actor": "Harl", "q": "said"})
    assert refused.status_code == 400 and "could be several actors" in refused.text
    assert 'href="/search?q=said&amp;actor_id=ann-harlow">Ann Harlow</a>' in refused.text
    assert 'href="/search?q=said&amp;actor_id=bob-harlow">Bob Harlow</a>' in refused.text


def test_the_events_page_pages_through_every_event(client: TestClient) -> None:
    """The page said "1149 events" and listed the first 100, with no way to the others."""
    total = client.get("/api/events").json()["total"]
    assert total >= 3
    seen, url = [], "/events?limit=1&type="  # a form's empty field too
    for _ in range(total + 1):
        html = client.get(url).text
        assert f"of {total:,} events" in html
        seen.append(re.findall(r'<li class="event"><span class="event-type">([^<]+)</span>', html)[0] + html.split(
            'class="sources"><li><a href="', 1)[1].split('"', 1)[0])
        nxt = re.search(r'<a href="(/events\?[^"]*)" rel="next">', html)
        if nxt is None:
            break
        url = nxt.group(1).replace("&amp;", "&")
        assert "limit=1" in url
    assert len(seen) == len(set(seen)) == total  # every event once, and the last page has no next
    assert 'rel="prev"' in client.get("/events", params={"limit": 1, "offset": 1}).text
    assert 'rel="prev"' not in client.get("/events", params={"limit": 1}).text


def test_a_search_can_list_the_newest_first(client: TestClient) -> None:
    """By date meant oldest first, the only order besides relevance: a reader of a news archive could not start
    from what was said last. sort=newest (the page's "newest first") reverses the days; undated stay last."""
    def days(sort: str) -> list[str]:
        body = client.get("/api/statements", params={"sort": sort, "limit": 500}).json()
        return [s["article"]["published"] for s in body["items"]]

    oldest, newest = days("date"), days("newest")
    assert len(set(oldest)) >= 3 and sorted(oldest) == oldest
    assert newest == sorted(newest, reverse=True) and sorted(newest) == sorted(oldest)
    paged = [client.get("/api/statements", params={"sort": "newest", "q": "troops", "limit": 1, "offset": n}).json()
             ["items"][0]["id"] for n in range(3)]
    whole = [s["id"] for s in client.get("/api/statements", params={"sort": "newest", "q": "troops"}).json()["items"]]
    assert paged == whole[:3]
    page = client.get("/search", params={"q": "troops", "sort": "newest"}).text
    assert '<option value="newest" selected>newest first</option>' in page


def test_the_actor_pages_positions_say_when_the_stance_moved(client: TestClient) -> None:
    """The actor page's cell said "mixed" where the stance had moved; each issue's shifts are listed beside it,
    dated, each a link to the issue's timeline for the actor."""
    # Every change from every tagged statement: the open step rests on a pronoun's words, no trusted evidence.
    every = Settings.from_env(shift_min_articles=1, shift_trusted_only=False)
    moved = TestClient(create_app(client.app.state.db, every))  # type: ignore[attr-defined]
    expected = moved.get("/api/shifts", params={"actor": "karin-lindqvist",
                                                "issue": "european-forces-ukraine"}).json()["items"]
    assert [(c["from"], c["to"]) for c in expected] == [("oppose", "open"), ("open", "support")]
    html = moved.get("/actors/karin-lindqvist").text
    row = html[html.index(">european-forces-ukraine</a></th>"):]
    row = row[:row.index("</tr>")]
    link = 'href="/positions/timeline?issue=european-forces-ukraine&amp;actor=karin-lindqvist#shifts"'
    assert row.count(link) == 2
    assert all(f'{c["date"]}: {c["from"]} → {c["to"]}</a>' in row for c in expected)
    other = html[html.index(">us-troops-ukraine</a></th>"):]
    assert '<span class="muted">none</span>' in other[:other.index("</tr>")]
    # at the default threshold (2 articles a side) the example's one-report stances make no shift
    assert "#shifts" not in client.get("/actors/karin-lindqvist").text


def test_an_actors_events_list_each_reporting_article_once_by_its_title(tmp_path: Path) -> None:
    """The actor page listed an event's sources by article id, once per event of the article in the group: the
    40,000-word text's id four times under one vote."""
    feed = tmp_path / "summit.jsonl"
    rows = [{"id": "first", "title": "Summit in Alaska", "published": "2025-08-20",
             "text": "Vladimir Putin and Donald Trump held a summit in Anchorage last week. The summit ended "
                     "without a deal."},
            {"id": "second", "title": "Trump on the summit", "published": "2025-08-21",
             "text": "Donald Trump said his summit with Vladimir Putin in Alaska last week had gone well."}]
    feed.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    db = tmp_path / "summit.db"
    assert ingest([str(feed)], IngestOptions(db=db)).analysed == 2
    conn = sqlite3.connect(db)
    # a second event of the first article in the same group (as a long text's several mentions of one occasion)
    conn.execute("INSERT INTO events (article_id, key, corpus_event_id, type, status, date_first, date_last, "
                 "is_range) SELECT article_id, key || '-again', corpus_event_id, type, status, date_first, "
                 "date_last, is_range FROM events WHERE type = 'summit' ORDER BY id LIMIT 1")
    conn.execute("INSERT INTO event_participants (event_id, position, actor_id, name) SELECT "
                 "last_insert_rowid(), position, actor_id, name FROM event_participants WHERE event_id = "
                 "(SELECT MIN(id) FROM events WHERE type = 'summit')")
    conn.commit()
    conn.close()
    client = TestClient(create_app(db))
    summit = next(e for e in client.get("/api/events", params={"type": "summit"}).json()["items"])
    assert sorted(s["article"] for s in summit["sources"]) == ["first", "first", "second"]
    page = client.get("/actors/vladimir-putin").text
    listed = page[page.index('id="actor-events"'):]
    listed = listed[:listed.index("</ul>")]
    assert listed.count(">Summit in Alaska</a>") == 1 and listed.count(">Trump on the summit</a>") == 1


def test_the_home_pages_counts_all_read_alike(client: TestClient, monkeypatch: pytest.MonkeyPatch) -> None:
    """"303 articles · 7,931 statements · 3,821 actors · 5500 distinct quotes": the last without its comma."""
    from onrecord.store import queries as q

    monkeypatch.setattr(q, "overview", lambda store: {"articles": 303, "skipped": 0, "statements": 7931,
                                                      "actors": 3821, "quotes": 5500, "errors": 0})
    page = client.get("/").text
    assert "7,931 statements" in page and "5,500 distinct quotes" in page
    monkeypatch.setattr(q, "overview", lambda store: {"articles": 1, "skipped": 0, "statements": 1,
                                                      "actors": 1, "quotes": 1, "errors": 0})
    assert "1 distinct quote</p>" in client.get("/").text


def test_the_positions_pages_offer_the_actors_an_ambiguous_name_could_mean(tmp_path: Path) -> None:
    """/positions?actor=Sanders and the timeline's answered an error page naming the actors in a line of text;
    each quoted one is now a link to the same page for them."""
    feed = tmp_path / "harlows.jsonl"
    rows = [{"id": "a", "published": "2025-03-02", "text": "“European troops must go to Ukraine,” Senator Ann "
             "Harlow said on Monday."},
            {"id": "b", "published": "2025-03-03", "text": "“No European troops should ever go to Ukraine,” Mayor "
             "Bob Harlow said on Tuesday."}]
    feed.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    db = tmp_path / "harlows.db"
    settings = Settings.from_env(issues=str(EXAMPLES / "peace-talks.issues.yaml"))
    assert ingest([str(feed)], IngestOptions(db=db), settings).analysed == 2
    client = TestClient(create_app(db))
    cells = client.get("/api/positions").json()["positions"]
    issue = cells[0]["issue"]
    assert {c["actor"]["id"] for c in cells} == {"ann-harlow", "bob-harlow"}, cells
    matrix = client.get("/positions", params={"actor": "Harlow", "sort": "actor"})
    assert matrix.status_code == 400 and "could be several actors" in matrix.text
    assert 'href="/positions?sort=actor&amp;actor=ann-harlow">Ann Harlow</a>' in matrix.text
    assert client.get("/positions", params={"actor": "ann-harlow", "sort": "actor"}).status_code == 200
    timeline = client.get("/positions/timeline", params={"issue": issue, "actor": "Harlow"})
    assert timeline.status_code == 400
    assert f'href="/positions/timeline?issue={issue}&amp;actor=bob-harlow">Bob Harlow</a>' in timeline.text
    assert "Show it for" not in client.get("/positions", params={"actor": "Nobody Atall"}).text


def test_a_searchs_facets_count_its_issues_and_narrow_to_one(client: TestClient) -> None:
    body = client.get("/api/statements", params={"q": "troops", "facets": 1}).json()
    issues = body["facets"]["issue"]
    assert issues
    for v in issues:  # each count is what the search narrowed to that issue finds
        narrowed = client.get("/api/statements", params={"q": "troops", "issue": v["value"]}).json()
        assert narrowed["total"] == v["count"] and not narrowed["total_is_lower_bound"]
    page = client.get("/search", params={"q": "troops"}).text
    assert f'<a href="/search?q=troops&amp;issue={issues[0]["value"]}">{issues[0]["value"]}</a>' in page

