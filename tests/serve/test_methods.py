"""HEAD, OPTIONS and POST on the GET routes (serve14): HEAD is answered as GET without the body."""

from __future__ import annotations

import http.client
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from onrecord.serve.app import create_app
from onrecord.settings import Settings
from tests.serve.live import live_server


@pytest.mark.parametrize("path", ["/", "/articles", "/articles/peace-talks", "/search?q=talks", "/api/articles",
                                  "/api/statements?limit=1", "/api/statements.csv", "/static/app.js"])
def test_head_is_answered_as_get_without_the_body(client: TestClient, path: str) -> None:
    """Every page and API route answered HEAD with 405 ``Allow: GET``: ``curl -I`` and uptime monitors saw a
    working server as down."""
    got, head = client.get(path), client.head(path)
    assert head.status_code == got.status_code == 200
    assert head.headers["content-type"] == got.headers["content-type"]
    assert head.headers["content-security-policy"] == got.headers["content-security-policy"]
    assert head.content == b""


def test_head_of_what_is_missing_is_its_404_and_other_methods_stay_405(client: TestClient) -> None:
    assert client.head("/api/articles/no-such-article").status_code == 404
    assert client.head("/api/statements?limit=0").status_code == 422
    for method in ("POST", "PUT", "DELETE", "OPTIONS"):
        answer = client.request(method, "/api/articles")
        assert answer.status_code == 405 and answer.headers["allow"] == "GET"
        assert answer.json()["errors"][0]["type"] == "method_not_allowed"


def test_head_of_the_csv_download_on_a_real_server_frees_its_export_slot(web_db: Path) -> None:
    """Over a socket (uvicorn's own HEAD handling): headers, no body, and the export slot given back, so
    more HEADs than there are slots are each answered, and a download after them too."""
    app = create_app(web_db, Settings(serve_workers=1, serve_exports_running=1))
    with live_server(app) as (port, _):
        for _ in range(3):
            conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
            conn.request("HEAD", "/api/statements.csv")
            answer = conn.getresponse()
            assert answer.status == 200 and answer.getheader("content-type", "").startswith("text/csv")
            assert answer.read() == b""
            conn.close()
        conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
        conn.request("GET", "/api/statements.csv")
        answer = conn.getresponse()
        assert answer.status == 200 and answer.read().startswith(b"statement_id,")
        conn.close()


@pytest.mark.parametrize(("body", "at"), [(b"not json", 0), (b'{"text": "x', 9)])
def test_a_body_that_is_not_json_says_so(client: TestClient, body: bytes, at: int) -> None:
    """The 422 said "0: JSON decode error" (the 0 a character position, read as a parameter's name)."""
    answer = client.post("/api/extract", content=body, headers={"content-type": "application/json"})
    assert answer.status_code == 422
    assert answer.json()["detail"] == f"the request body is not valid JSON (it breaks at character {at})"
    assert answer.json()["errors"][0]["type"] == "json_invalid"
