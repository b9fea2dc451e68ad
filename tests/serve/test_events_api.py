"""Events on the web: /api/events with its filters, the /events timeline, the reader's marks, actor pages."""

from __future__ import annotations

import re

from fastapi.testclient import TestClient


def test_api_events_lists_the_examples_events_latest_first(client: TestClient) -> None:
    body = client.get("/api/events").json()
    assert body["total"] == len(body["items"]) >= 5
    types = {e["type"] for e in body["items"]}
    assert {"press_conference", "meeting", "call", "summit", "visit"} <= types
    dated = [e["date"] or e["date_range"][1] for e in body["items"] if e["date"] or e["date_range"]]
    assert dated == sorted(dated, reverse=True)
    summit = next(e for e in body["items"] if e["type"] == "summit")
    assert summit["sources"][0]["article"] == "peace-talks" and summit["place"] == "Anchorage, Alaska"


def test_api_events_filters(client: TestClient) -> None:
    putin = client.get("/api/events", params={"actor": "Putin"}).json()["items"]
    assert {e["type"] for e in putin} == {"call", "summit"}
    planned = client.get("/api/events", params={"status": "planned"}).json()["items"]
    assert planned and all(e["status"] == "planned" for e in planned)
    window = client.get("/api/events", params={"since": "2025-08-11", "until": "2025-08-17"}).json()["items"]
    assert [e["type"] for e in window] == ["summit"]
    assert client.get("/api/events", params={"type": "picnic"}).status_code == 422
    assert client.get("/api/events", params={"actor": "Nobody Known"}).status_code == 400


def test_api_events_of_one_article(client: TestClient) -> None:
    everything = client.get("/api/events").json()["items"]
    articles = [a["id"] for a in client.get("/api/articles", params={"limit": 500}).json()["items"]]
    assert len(articles) >= 2
    for slug in articles:
        mine = client.get("/api/events", params={"article": slug}).json()
        reported = [e for e in everything if any(s["article"] == slug for s in e["sources"])]
        assert mine["total"] == len(mine["items"]) == len(reported)
        assert all(any(s["article"] == slug for s in e["sources"]) for e in mine["items"])
    assert client.get("/api/events", params={"article": "peace-talks"}).json()["total"] >= 5
    assert client.get("/api/events", params={"article": "no-such-article"}).status_code == 400


def test_events_page_groups_by_date_with_undated_apart(client: TestClient) -> None:
    page = client.get("/events")
    assert page.status_code == 200
    headings = re.findall(r'<section class="event-day"><h2>([^<]+)</h2>', page.text)
    assert headings[0].startswith("2025-08-18") and "Undated" in headings
    assert 'href="/articles/peace-talks#ev-' in page.text


def test_the_reader_marks_event_mentions_apart_from_statements(client: TestClient) -> None:
    page = client.get("/articles/peace-talks").text
    marks = re.findall(r'<span class="event-mention" id="ev-(\d+)"', page)
    assert len(marks) >= 5
    assert 'id="event-legend"' in page and 'id="events"' in page
    assert 'title="event: press conference, happened, 2025-08-18"' in page


def test_an_actors_page_lists_the_events_they_took_part_in(client: TestClient) -> None:
    page = client.get("/actors/vladimir-putin").text
    assert 'id="actor-events"' in page and "summit" in page and "Anchorage, Alaska" in page


def test_an_article_in_the_api_carries_its_events_as_api_events_lists_them(client: TestClient) -> None:
    article = client.get("/api/articles/peace-talks").json()
    listed = client.get("/api/events", params={"article": "peace-talks", "limit": 1000}).json()["items"]
    assert len(article["events"]) >= 5
    assert sorted(article["events"], key=lambda e: e["id"]) == sorted(listed, key=lambda e: e["id"])
    assert client.get("/api/articles/hostile").json()["events"] == []


def test_the_event_shapes_are_typed_for_the_api_docs(client: TestClient) -> None:
    schemas = client.get("/openapi.json").json()["components"]["schemas"]
    assert {"EventOut", "EventSourceOut", "EventPage"} <= set(schemas)
    assert "events" in schemas["ArticleOut"]["properties"]
