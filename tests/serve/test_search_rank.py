"""Search by relevance: a word found only in a statement's speaker as written ranks after the statements that
say it (issue serve15: of 20 searches written before looking at results, 14 of the 16 results judged off the
subject in their first fives were such speaker-only matches: "super PAC" listed five statements of "a super PAC"
saying "Trump", "Wisconsin" ... first)."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from onrecord.serve.app import create_app
from tests.serve.conftest import store_of

ARTICLES = [
    {"id": "speaker", "title": "Harbour", "published": "2025-05-02",
     "text": "“Taxes will fall next year,” the Harbor Watch director Ann Bell said on Monday."},
    {"id": "content", "title": "Council", "published": "2025-05-01",
     "text": "The mayor, Tom Reyes, said the plan for the new harbor watch program would cost far too much money "
             "for the city to carry over the next ten years, and that the council should wait."},
]


@pytest.fixture(scope="module")
def client(tmp_path_factory: pytest.TempPathFactory) -> TestClient:
    return TestClient(create_app(store_of(tmp_path_factory.mktemp("rank"), ARTICLES)))


def test_a_statement_that_says_the_words_ranks_before_one_found_only_in_its_speaker(client: TestClient) -> None:
    items = client.get("/api/statements", params={"q": "harbor watch", "sort": "relevance"}).json()["items"]
    said = [s for s in items if "harbor watch" in s["content"]["text"].lower()]
    named = [s for s in items if "harbor watch" not in s["content"]["text"].lower()]
    assert said and named  # both kinds found: a speaker's name still finds what the speaker said
    assert "harbor watch" in named[0]["speaker"]["text"].lower()
    assert items[0] == said[0]
    for query in ({"q": "harbor watch", "sort": "relevance", "said_since": "2025-01-01"},  # the joined path
                  {"q": "harbor watch", "sort": "relevance", "hedged": "false"}):
        assert client.get("/api/statements", params=query).json()["items"][0]["id"] == said[0]["id"]
    page = client.get("/search", params={"q": "harbor watch", "sort": "relevance"}).text
    assert page.index("program would cost") < page.index("found in its speaker as")
