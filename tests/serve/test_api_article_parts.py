"""``GET /api/articles/ID`` reads a long article a range and a page at a time: a 20 MB article (77,000
statements) was returned whole, took a heavy turn for 11 s and ended in a 503 at the query budget."""

from __future__ import annotations

from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from onrecord.cli import main
from onrecord.serve.app import create_app
from onrecord.settings import Settings


@pytest.fixture(scope="module")
def parted(long_db: Path) -> TestClient:
    """The long article is over 9,000 characters: long for a server whose parts are 3,000."""
    return TestClient(create_app(long_db, Settings(serve_workers=1, serve_reader_part_chars=3_000)))


def test_a_long_article_answers_its_metadata_and_a_page_of_statements_without_its_text(parted: TestClient) -> None:
    first = parted.get("/api/articles/long-read", params={"limit": 40}).json()
    assert first["text"] is None and first["text_length"] > 9_000
    assert (first["start"], first["end"]) == (0, first["text_length"])
    assert first["statements_total"] >= 140 and len(first["statements"]) == 40
    assert (first["limit"], first["offset"]) == (40, 0) and first["actors"] and first["title"] == "A long read"


def test_the_pages_of_a_long_article_hold_every_statement_once_in_text_order(parted: TestClient) -> None:
    seen, offset, total = [], 0, None
    while total is None or offset < total:
        page = parted.get("/api/articles/long-read", params={"limit": 40, "offset": offset}).json()
        total = page["statements_total"]
        seen += page["statements"]
        offset += 40
    assert len(seen) == total and len({s["id"] for s in seen}) == total
    starts = [s["content"]["start"] for s in seen]
    assert starts == sorted(starts)
    assert parted.get("/api/articles/long-read", params={"offset": total}).json()["statements"] == []


def test_a_character_range_gives_its_statements_and_its_text(parted: TestClient) -> None:
    whole = parted.get("/api/articles/long-read", params={"text": "true", "limit": 1000}).json()
    part = parted.get("/api/articles/long-read", params={"start": 3_000, "end": 6_000}).json()
    assert part["text"] == whole["text"][3_000:6_000]  # a range no longer than a part: its text by default
    inside = [s for s in whole["statements"] if 3_000 <= s["content"]["start"] < 6_000]
    assert part["statements"] == inside and part["statements_total"] == len(inside) and part["limit"] is None
    assert part["statements"][0]["content"]["text"] == whole["text"][
        part["statements"][0]["content"]["start"]:part["statements"][0]["content"]["end"]]  # whole-text offsets
    left_out = parted.get("/api/articles/long-read", params={"start": 3_000, "end": 6_000, "text": "false"}).json()
    assert left_out["text"] is None and left_out["statements"] == inside
    tail = parted.get("/api/articles/long-read", params={"start": 10_000, "end": 10**9}).json()
    assert tail["end"] == whole["text_length"] and tail["text"] == whole["text"][10_000:]


@pytest.mark.parametrize(("params", "status"), [({"start": 5, "end": 4}, 400), ({"start": 10**8}, 400),
                                                ({"limit": 0}, 422), ({"start": -1}, 422), ({"limit": 1001}, 422)])
def test_a_range_or_page_that_cannot_be_read_is_refused_with_its_reason(parted: TestClient, params: dict[str, int],
                                                                        status: int) -> None:
    response = parted.get("/api/articles/long-read", params=params)
    assert response.status_code == status


def test_an_article_under_the_part_size_is_answered_whole_as_before_and_as_show_prints_it(
        long_db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    import json

    api = TestClient(create_app(long_db, Settings(serve_workers=1))).get("/api/articles/long-read").json()
    assert main(["show", "long-read", "--db", str(long_db), "--format", "json"]) == 0
    shown = json.loads(capsys.readouterr().out)
    assert api["text"] == shown["text"] and len(api["statements"]) == len(shown["statements"]) >= 140
    assert [s["key"] for s in api["statements"]] == [s["key"] for s in shown["statements"]]
    assert (api["statements_total"], api["limit"], api["offset"], api["start"], api["end"]) == (
        len(shown["statements"]), None, 0, 0, len(shown["text"]))


def test_the_openapi_schema_describes_the_range_and_the_paging(parted: TestClient) -> None:
    spec = parted.get("/openapi.json").json()
    names = {p["name"] for p in spec["paths"]["/api/articles/{key}"]["get"]["parameters"]}
    assert {"start", "end", "limit", "offset", "text"} <= names
    fields = spec["components"]["schemas"]["ArticleOut"]["properties"]
    assert {"text_length", "statements_total", "start", "end", "limit", "offset"} <= fields.keys()
    assert "serve_reader_part_chars" in fields["text"]["description"]
