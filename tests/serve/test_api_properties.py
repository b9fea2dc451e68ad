"""Property: no query string, id or body makes any route answer 5xx, and JSON routes always answer JSON.

Values are raw bytes, percent-encoded, so they include NULs, control characters, invalid UTF-8, encoded
surrogates and numbers no integer type holds. The budget is fixed (60 examples a test) to stay fast in CI.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import quote_from_bytes

import httpx2 as httpx
import pytest
from fastapi.testclient import TestClient
from hypothesis import example, given, settings
from hypothesis import strategies as st

from onrecord.serve.app import create_app
from onrecord.settings import Settings

GET_ROUTES = ["/api/articles", "/api/actors", "/api/quotes", "/api/statements", "/api/statements.csv", "/",
              "/articles", "/search", "/try"]
KEY_ROUTES = ["/api/articles/{}", "/api/actors/{}", "/articles/{}", "/actors/{}"]
PARAMETERS = ["q", "actor", "outlet", "since", "until", "act", "hedged", "kind", "limit", "offset", "page",
              "min_sources"]
NASTY = [b"\x00", b"%", b"_", b'"', b"*", b"NEAR(a b)", b"a OR", b"^x", b"\x1b[2J", b"2025-13-45", b"-1", b"0",
         b"99999999999999999999", b"9" * 400, "²".encode(), "①".encode(), b"\xed\xa0\x80", b"\xff\xfe", b"true"]

any_text = st.text(st.characters(codec=None, categories=None), max_size=60)  # surrogates included
values = st.one_of(
    st.sampled_from(NASTY),
    st.binary(max_size=40),
    any_text.map(lambda s: s.encode("utf-8", "surrogatepass")),
    st.integers(min_value=-(10**30), max_value=10**30).map(lambda n: str(n).encode()),
)
json_values = st.recursive(st.none() | st.booleans() | st.integers() | st.floats() | any_text,
                           lambda inner: st.lists(inner, max_size=3) | st.dictionaries(any_text, inner, max_size=3),
                           max_leaves=6)


@pytest.fixture(scope="module")
def client(web_db: Path) -> Iterator[TestClient]:
    with TestClient(create_app(web_db, Settings(serve_workers=1))) as client:
        yield client


def _query(pairs: list[tuple[str, bytes]]) -> str:
    return "&".join(f"{name}={quote_from_bytes(value, safe='')}" for name, value in pairs)


def _check(response: httpx.Response, *, json_route: bool) -> None:
    assert response.status_code < 500, (response.status_code, response.text[:300])
    if json_route and not response.headers["content-type"].startswith("text/csv"):
        assert response.headers["content-type"] == "application/json"
        json.loads(response.content)


@given(route=st.sampled_from(GET_ROUTES), pairs=st.lists(st.tuples(st.sampled_from(PARAMETERS), values), max_size=4))
@example(route="/api/statements", pairs=[("q", b"\x00")])  # the cases of issue 11, always tried
@example(route="/api/articles", pairs=[("offset", b"99999999999999999999")])
@settings(max_examples=60, deadline=None)
def test_get_routes_with_any_query_string(client: TestClient, route: str, pairs: list[tuple[str, bytes]]) -> None:
    response = client.get(f"{route}?{_query(pairs)}")
    _check(response, json_route=route.startswith("/api/"))


@given(route=st.sampled_from(KEY_ROUTES), key=values.filter(bool),
       pairs=st.lists(st.tuples(st.sampled_from(PARAMETERS), values), max_size=2))
@example(route="/api/articles/{}", key=b"9999999999999999999", pairs=[])
@example(route="/actors/{}", key="²".encode(), pairs=[])
@settings(max_examples=60, deadline=None)
def test_routes_with_any_id(client: TestClient, route: str, key: bytes, pairs: list[tuple[str, bytes]]) -> None:
    response = client.get(route.format(quote_from_bytes(key, safe="")) + f"?{_query(pairs)}")
    _check(response, json_route=route.startswith("/api/"))


def _mutated(data: bytes, position: int, byte: int) -> bytes:
    cut = position % (len(data) + 1)
    return data[:cut] + bytes([byte]) + data[cut + 1:]


bodies = st.one_of(
    st.fixed_dictionaries({"text": any_text}, optional={"id": any_text, "published": any_text | st.integers()})
    .map(lambda d: json.dumps(d).encode()),  # ensure_ascii: surrogates arrive as \\ud800 escapes
    json_values.map(lambda v: json.dumps(v).encode()),
    st.binary(max_size=200),
    st.builds(_mutated, st.just(b'{"text": "The minister said that talks would resume.", "id": "a"}'),
              st.integers(min_value=0), st.integers(min_value=0, max_value=255)),
)


CONTENT_TYPES = ["application/json", "text/plain", "application/x-www-form-urlencoded"]


@given(body=bodies, content_type=st.sampled_from(CONTENT_TYPES))
@example(body=b'{"text": "he said \\ud800"}', content_type="application/json")
@settings(max_examples=60, deadline=None)
def test_extract_with_any_body(client: TestClient, body: bytes, content_type: str) -> None:
    response = client.post("/api/extract", content=body, headers={"content-type": content_type})
    _check(response, json_route=True)


@given(text=values)
@settings(max_examples=30, deadline=None)
def test_try_page_with_any_text(client: TestClient, text: bytes) -> None:
    response = client.post("/try", content=f"text={quote_from_bytes(text, safe='')}".encode(),
                           headers={"content-type": "application/x-www-form-urlencoded"})
    _check(response, json_route=False)


@pytest.mark.parametrize("published", ["9999-12-31", "0001-01-01", "2025-08-18"])
def test_extract_of_times_past_the_calendars_ends_is_no_500(client: TestClient, published: str) -> None:
    # Found by bench/fuzz_api.py: date resolution raised OverflowError in the analysis worker, answered 500.
    text = "The minister said on Monday that talks held 3000 years ago would resume tomorrow."
    response = client.post("/api/extract", json={"text": text, "published": published})
    assert response.status_code == 200, response.text[:300]
    assert response.json()["statements"]
