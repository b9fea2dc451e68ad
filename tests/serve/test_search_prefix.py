"""Searching statements as an analyst did: a word ending in * finds the words it starts (the index has no
stemmer: "hostage" missed "hostages"); a date range given backwards is said, not answered empty."""

from __future__ import annotations

from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from onrecord.serve.app import create_app
from onrecord.serve.render import found_words, search_pattern
from onrecord.store import Store
from onrecord.store import queries as q
from tests.serve.conftest import store_of

ARTICLES = [
    {"id": "one", "title": "Talks", "outlet": "Ledger", "published": "2025-03-04",
     "text": "“The hostages must come home first,” the negotiator Maria Lopez said on Tuesday."},
    {"id": "two", "title": "Deal", "outlet": "Courier", "published": "2025-04-10",
     "text": "“A hostage deal is close,” Senator John Harlow said. "
             "“The port will reopen next week,” Harlow said later."},
]


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return store_of(tmp_path_factory.mktemp("prefix"), ARTICLES)


def _found(db: Path, search: str) -> list[str]:
    with Store(db) as store:
        return sorted(s["content"]["text"] for s in q.statements(store, q.StatementFilter(search=search)))


def test_a_word_ending_in_a_star_finds_every_word_it_starts(db: Path) -> None:
    assert _found(db, "hostage") == ["A hostage deal is close,"]
    assert _found(db, "hostage*") == ["A hostage deal is close,", "The hostages must come home first,"]
    assert _found(db, "hostage* -deal") == ["The hostages must come home first,"]
    assert _found(db, '"hostage deal*"') == ["A hostage deal is close,"]  # in quotes, a * is no prefix
    assert _found(db, "hostages*") == ["The hostages must come home first,"]
    with Store(db) as store:
        assert [a["id"] for a in q.articles(store, search="hostage*")] == ["two", "one"]
    assert _found(db, "*") == []  # a star alone is no word: nothing, as before


def test_a_prefix_word_is_marked_whole_where_it_was_found(db: Path) -> None:
    assert q.search_phrases('hostage* "border wall*" port') == ["hostage*", "border wall", "port"]
    marked = str(found_words("The hostages and a hostage-taker; not posthostage.", search_pattern(["hostage*"])))
    assert marked.count('<mark class="hit">') == 2
    assert '<mark class="hit">hostages</mark>' in marked and '<mark class="hit">hostage</mark>-taker' in marked
    page = TestClient(create_app(db)).get("/search", params={"q": "hostage*"})
    assert page.status_code == 200 and "2 statements" in page.text
    assert '<mark class="hit">hostages</mark>' in page.text and '<mark class="hit">hostage</mark>' in page.text
    assert "word* finds the words it starts" in page.text


def test_a_from_after_the_to_is_said_on_the_search_page_and_in_the_api(db: Path) -> None:
    """The search form with its two dates swapped answered "0 statements", the API an empty page."""
    client = TestClient(create_app(db))
    page = client.get("/search", params={"q": "hostage*", "since": "2025-06-01", "until": "2025-01-01"})
    assert page.status_code == 400
    assert "since 2025-06-01 is after until 2025-01-01: no day is in that range" in page.text
    api = client.get("/api/statements", params={"since": "2025-06-01", "until": "2025-01-01"})
    assert api.status_code == 400 and "is after until" in api.json()["detail"]
    assert client.get("/api/statements", params={"since": "2025-01-01", "until": "2025-06-01"}).status_code == 200
