"""The reader and the API where a newcomer tripped (fifth try): a headline the text opens with, shown
twice; error bodies in two shapes."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from onrecord.serve.app import create_app
from tests.test_cli_tools import headlined, said, store_of


@pytest.fixture(scope="module")
def tools_client(tmp_path_factory: pytest.TempPathFactory) -> TestClient:
    db = store_of(tmp_path_factory.mktemp("tools") / "t.db",
                  headlined("ferry", "Ferry to run again", "Anna Berg", "the ferry would run again in June"),
                  said("bridge", "Konrad Marwood", "the bridge across the river would reopen in the spring"))
    return TestClient(create_app(db))


def test_the_reader_shows_a_headline_the_text_opens_with_once(tools_client: TestClient) -> None:
    html = tools_client.get("/articles/ferry").text
    body = html[html.index("<article"):]
    assert body.count("Ferry to run again") == 1
    heading = body[body.index("<h1>"):body.index("</h1>")]
    assert "Ferry to run again" in heading
    assert 'id="article-text"><span class="who">Anna Berg</span>' in body  # the body starts after it
