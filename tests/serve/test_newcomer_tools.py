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


@pytest.mark.parametrize(("path", "params", "status", "said"), [
    ("/api/statements", {"serach": "x"}, 422, "unknown query parameter 'serach'"),  # FastAPI's list, before
    ("/api/statements", {"offset": "-1"}, 422, "offset: "),
    ("/api/statements", {"issue": "no-such-issue"}, 400, "no issue called 'no-such-issue'"),  # a string, before
    ("/api/statements", {"actor": "Zelda"}, 400, "no actor called 'Zelda'"),
    ("/api/actors/nobody", {}, 404, ""),
    ("/api/no-such-route", {}, 404, "Not Found"),
])
def test_every_error_has_one_shape(tools_client: TestClient, path: str, params: dict[str, str], status: int,
                                   said: str) -> None:
    answer = tools_client.get(path, params=params)
    assert answer.status_code == status
    body = answer.json()
    assert set(body) == {"detail", "errors"} and isinstance(body["detail"], str) and said in body["detail"]
    assert body["errors"] and all(set(e) == {"type", "loc", "msg"} and isinstance(e["loc"], list)
                                  for e in body["errors"])


def test_the_api_documents_the_one_error_shape(tools_client: TestClient) -> None:
    spec = tools_client.get("/openapi.json").json()
    for status in ("400", "422"):
        answer = spec["paths"]["/api/statements"]["get"]["responses"][status]
        assert answer["content"]["application/json"]["schema"] == {"$ref": "#/components/schemas/ErrorBody"}
    assert set(spec["components"]["schemas"]["ErrorBody"]["properties"]) == {"detail", "errors"}
    assert "HTTPValidationError" not in spec["components"]["schemas"]
