"""The JSON API: the same data as the pages, paginated and filtered, with clear 4xx errors."""

from __future__ import annotations

import csv
import io
import sqlite3
from pathlib import Path

from fastapi.testclient import TestClient


def test_articles_are_listed_and_paginated(client: TestClient) -> None:
    body = client.get("/api/articles", params={"limit": 1}).json()
    assert body["total"] == 2 and len(body["items"]) == 1 and body["limit"] == 1
    second = client.get("/api/articles", params={"limit": 1, "offset": 1}).json()["items"]
    assert second[0]["id"] != body["items"][0]["id"]


def test_an_article_comes_with_text_and_statements_whose_offsets_index_it(client: TestClient) -> None:
    article = client.get("/api/articles/peace-talks").json()
    assert len(article["statements"]) == 14
    for s in article["statements"]:
        assert article["text"][s["content"]["start"]:s["content"]["end"]] == s["content"]["text"]
    assert client.get("/api/articles/missing").status_code == 404


def test_statements_filter_by_actor_act_and_words(client: TestClient) -> None:
    by_actor = client.get("/api/statements", params={"actor": "Donald Trump"}).json()
    assert by_actor["total"] == 13
    hedged = client.get("/api/statements", params={"actor": "Trump", "hedged": "true"}).json()
    assert hedged["total"] >= 1 and all(s["hedged"] for s in hedged["items"])
    words = client.get("/api/statements", params={"q": "first line of defense"}).json()
    assert [s["act"] for s in words["items"]] == ["emphasize"]
    page = client.get("/api/statements", params={"actor": "Trump", "limit": 5, "offset": 10}).json()
    assert len(page["items"]) == 3


def test_bad_parameters_are_4xx_with_a_reason(client: TestClient) -> None:
    assert client.get("/api/statements", params={"act": "shout"}).status_code == 400
    assert "act must be one of" in client.get("/api/statements", params={"act": "shout"}).json()["detail"]
    assert client.get("/api/statements", params={"since": "yesterday"}).status_code == 422
    assert client.get("/api/statements", params={"limit": 0}).status_code == 422
    assert client.get("/api/statements", params={"limit": 100000}).status_code == 422
    assert client.get("/api/statements", params={"actor": "Nobody Atall"}).status_code == 400


def test_actor_with_timeline(client: TestClient) -> None:
    actor = client.get("/api/actors/donald-trump").json()
    assert actor["name"] == "Donald Trump" and actor["statements"] == 13
    assert actor["timeline"] == [{"date": "2025-08-18", "statements": 13}]
    assert any(r["title"] == "President of the United States" for r in actor["roles"])
    names = [a["name"] for a in client.get("/api/actors").json()["items"]]
    assert names[0] == "Donald Trump"


def test_csv_download_of_a_statement_list(client: TestClient) -> None:
    response = client.get("/api/statements.csv", params={"actor": "Sergei Lavrov"})
    assert response.status_code == 200 and response.headers["content-type"].startswith("text/csv")
    rows = list(csv.DictReader(io.StringIO(response.text)))
    assert [r["act"] for r in rows] == ["oppose"] and rows[0]["actor_name"] == "Sergei Lavrov"


def test_extract_analyses_without_storing(client: TestClient, web_db: Path) -> None:
    before = sqlite3.connect(web_db).execute("SELECT COUNT(*) FROM articles").fetchone()[0]
    body = client.post("/api/extract", json={"text": "“No deal,” the senator said.", "published": "2025-01-02"})
    assert body.status_code == 200
    [statement] = body.json()["statements"]
    assert statement["content"]["text"] == "No deal," and body.json()["published"] == "2025-01-02"
    assert sqlite3.connect(web_db).execute("SELECT COUNT(*) FROM articles").fetchone()[0] == before
    assert client.post("/api/extract", json={"text": "x" * 200_001}).status_code == 422
    assert client.post("/api/extract", content=b"{" + b" " * 1_100_000 + b"}",
                       headers={"content-type": "application/json"}).status_code == 413


def test_openapi_documents_the_api_and_docs_need_no_cdn(client: TestClient) -> None:
    spec = client.get("/openapi.json").json()
    assert {"/api/articles", "/api/statements", "/api/statements.csv", "/api/actors/{key}", "/api/extract"} <= set(
        spec["paths"])
    docs = client.get("/docs").text
    assert "/assets/swagger/swagger-ui-bundle.js" in docs and "cdn" not in docs.lower()
    assert client.get("/assets/swagger/swagger-ui-bundle.js").status_code == 200


def test_readers_keep_working_while_an_ingest_holds_the_write_lock(client: TestClient, web_db: Path) -> None:
    writer = sqlite3.connect(web_db, isolation_level=None, timeout=1)
    try:
        writer.execute("BEGIN IMMEDIATE")
        writer.execute("INSERT INTO errors (source, reason, first_seen) VALUES ('x', 'held', '2025-01-01')")
        response = client.get("/api/statements", params={"actor": "Trump", "limit": 1})
        assert response.status_code == 200 and response.json()["total"] == 13
    finally:
        writer.execute("ROLLBACK")
        writer.close()


def test_quotes_endpoint(client: TestClient) -> None:
    body = client.get("/api/quotes", params={"min_sources": 1, "actor": "Sergei Lavrov"}).json()
    assert [len(q["sources"]) for q in body["items"]] == [1]
    assert client.get("/api/quotes", params={"actor": "Nobody Atall"}).status_code == 400


def test_articles_full_text_search(client: TestClient) -> None:
    body = client.get("/api/articles", params={"q": "Anchorage Alaska"}).json()
    assert [a["id"] for a in body["items"]] == ["peace-talks"] and body["total"] == 1
    page = client.get("/articles", params={"q": "Springfield"}).text
    assert 'href="/articles/hostile"' in page and 'href="/articles/peace-talks"' not in page


def test_search_is_another_name_for_q(client: TestClient) -> None:
    """The command line says --search; `?search=` once answered every actor, as if it were not there."""
    everyone = client.get("/api/actors").json()
    word = everyone["items"][0]["name"].split()[-1]
    named = client.get("/api/actors", params={"search": word}).json()
    assert named == client.get("/api/actors", params={"q": word}).json()
    assert 0 < named["total"] < everyone["total"]
    assert {i["id"] for i in client.get("/api/statements", params={"search": "security guarantees"}).json()["items"]} \
        == {i["id"] for i in client.get("/api/statements", params={"q": "security guarantees"}).json()["items"]}
    assert client.get("/api/articles", params={"search": "springfield"}).json()["total"] == 1


def test_every_api_route_refuses_a_parameter_it_does_not_take(client: TestClient) -> None:
    routes = [p for p, ops in client.get("/openapi.json").json()["paths"].items() if "get" in ops]
    assert len(routes) >= 12
    for route in routes:
        path = route.replace("{key}", "peace-talks")
        answer = client.get(path, params={"serach": "x"})
        assert answer.status_code == 422, path
        (problem,) = answer.json()["errors"]
        assert problem["loc"] == ["query", "serach"] and "unknown query parameter 'serach'" in problem["msg"]
    assert client.get("/api/actors", params={"limit": 5, "offset": 0, "q": "a"}).status_code == 200
    assert client.get("/search", params={"utm_source": "mail"}).status_code == 200  # pages stay lenient
