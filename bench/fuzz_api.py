"""Fuzz every route of ``onrecord serve`` (pages and API, GET and POST) with hostile parameters.

Usage: python bench/fuzz_api.py DB [--examples N] [--slow S] [--seed S]

Routes and their parameters are read from the app itself (FastAPI's dependants: every query parameter, alias
and path parameter, including routes left out of the OpenAPI spec), so a new route is fuzzed without editing
this script. Each request sends 0-5 parameters (names of the route, repeated names and unknown ones) with
values drawn from hostile bytes: huge, negative, NaN and infinite numbers, dates out of range, FTS syntax,
NUL, invalid UTF-8, encoded surrogates, RTL and zero-width marks, strings of 30,000 characters. A 5xx, a JSON
route answering something else than JSON, or a request over ``--slow`` seconds (wall) is printed with the
request that caused it. The store should hold articles, issues and events (ingest the example with
``--issues examples/peace-talks.issues.yaml``).
"""

from __future__ import annotations

import argparse
import json
import time
import traceback
from typing import Any
from urllib.parse import quote_from_bytes

from fastapi.routing import APIRoute
from fastapi.testclient import TestClient
from hypothesis import HealthCheck, assume, given, seed, settings
from hypothesis import strategies as st

from onrecord.serve.app import create_app
from onrecord.settings import Settings

NASTY = [b"", b"\x00", b"%", b"%%", b"_", b'"', b"'", b"*", b"NEAR(a b)", b"a OR", b"AND", b"^x", b"-", b"(",
         b"\x1b[2J", b"2025-13-45", b"0000-00-00", b"9999-12-31", b"0001-01-01", b"2025-02-29", b"-1", b"0", b"1",
         b"-0", b"1e309", b"-1e309", b"nan", b"NaN", b"inf", b"-inf", b"0x10", b"1_000", b" 1", b"1.5",
         b"99999999999999999999", b"9" * 5000, b"-" + b"9" * 400, "²".encode(), "①".encode(), "٣".encode(),
         b"\xed\xa0\x80", b"\xff\xfe", b"true", b"false", b"yes", b"on", b"null", b"[]", b"{}",
         "\u202e\u200b\ufeff".encode(), "😀".encode() * 1000, b"a" * 30_000, b"\" OR 1=1 --", b"../../etc/passwd",
         b"<script>", b"99999d", b"0d", b"-5d", b"1y", b"999999999999w", b"7", b"all", b"relevance", b"date",
         b"support", b"oppose", b"claim", b"minister", b"Sergei Lavrov", b"us-troops-ukraine", b"meeting"]
any_text = st.text(st.characters(codec=None, categories=None), max_size=40)
values = st.one_of(
    st.sampled_from(NASTY), st.sampled_from(NASTY), st.binary(max_size=30),
    any_text.map(lambda s: s.encode("utf-8", "surrogatepass")),
    st.integers(-(10 ** 30), 10 ** 30).map(lambda n: str(n).encode()),
    st.floats().map(lambda f: repr(f).encode()),
)


NEWS = 'The minister said "we will not sign" on Monday. 3000 years ago, talks failed, he told reporters.'
json_bodies = st.fixed_dictionaries(
    {"text": st.one_of(st.just(NEWS), any_text, st.sampled_from(['"' * 5000, "(" * 5000, NEWS * 50, ""]))},
    optional={"id": st.one_of(any_text, st.integers(), st.none()),
              "published": st.sampled_from(["2025-08-18", "9999-12-31", "0001-01-01", "2025-02-30", "x", 5, None]),
              "extra": any_text}).map(lambda d: json.dumps(d).encode("utf-8", "surrogatepass"))


def store_values(db: str) -> list[bytes]:
    """Ids, slugs, names and issue ids the store holds, so that hostile parameters meet real rows too."""
    import sqlite3

    with sqlite3.connect(f"file:{db}?mode=ro", uri=True) as conn:
        found = [str(v) for q in ("SELECT id, slug FROM articles", "SELECT id, slug, name FROM actors LIMIT 200",
                                  "SELECT DISTINCT issue FROM statement_issues", "SELECT DISTINCT outlet FROM articles",
                                  "SELECT DISTINCT published FROM articles")
                 for row in conn.execute(q) for v in row if v is not None]
    return [v.encode("utf-8", "surrogatepass") for v in found]


def _params(dependant: Any, kind: str) -> list[str]:
    """The aliases of a dependant's parameters of ``kind``, its sub-dependencies' included."""
    names = [p.alias for p in getattr(dependant, kind)]
    for sub in dependant.dependencies:
        names += [n for n in _params(sub, kind) if n not in names]
    return names


def routes(app: Any) -> list[tuple[str, str, list[str], list[str]]]:
    """(method, path, query names, path names) for every APIRoute, included routers' too."""
    found: list[tuple[str, str, list[str], list[str]]] = []

    def walk(items: list[Any]) -> None:
        for route in items:
            if isinstance(route, APIRoute):
                query, path = _params(route.dependant, "query_params"), _params(route.dependant, "path_params")
                found.extend((m, route.path, query, path) for m in sorted(route.methods or []))
            sub = getattr(route, "original_router", None) or getattr(route, "router", None)
            if sub is not None and hasattr(sub, "routes"):
                walk(list(sub.routes))
    walk(list(app.routes))
    return sorted(set((m, p, tuple(q), tuple(pp)) for m, p, q, pp in found))  # type: ignore[misc]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("db")
    parser.add_argument("--examples", type=int, default=200, help="per route")
    parser.add_argument("--slow", type=float, default=5.0)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--only", default="", help="routes whose path contains this")
    args = parser.parse_args()
    global values  # the strategy every route draws from
    real = store_values(args.db)
    if real:
        values = st.one_of(values, st.sampled_from(real), st.sampled_from(real))
    app = create_app(args.db, Settings(serve_workers=1))
    with TestClient(app, raise_server_exceptions=False) as client:
        table = [r for r in routes(app) if args.only in r[1] and r[1] not in ("/docs", "/openapi.json")]
        print(f"{len(table)} routes", flush=True)
        for method, path, query, path_names in table:
            fuzz_route(client, method, path, list(query), list(path_names), args)


def fuzz_route(client: TestClient, method: str, path: str, query: list[str], path_names: list[str],
               args: argparse.Namespace) -> None:
    names = st.sampled_from([*query, "q", "limit", "x", "page"] if query else ["q", "x"])
    failures: list[str] = []
    worst = [0.0, ""]

    @seed(args.seed)
    @settings(max_examples=args.examples, deadline=None, database=None, suppress_health_check=list(HealthCheck))
    @given(pairs=st.lists(st.tuples(names, values), max_size=5), keys=st.lists(values, min_size=len(path_names),
                                                                               max_size=len(path_names)),
           body=st.one_of(values, json_bodies))
    def check(pairs: list[tuple[str, bytes]], keys: list[bytes], body: bytes) -> None:
        url = path
        for name, key in zip(path_names, keys, strict=True):
            url = url.replace("{" + name + "}", quote_from_bytes(key, safe="") or "x")
        qs = "&".join(f"{quote_from_bytes(n.encode(), safe='')}={quote_from_bytes(v, safe='')}" for n, v in pairs)
        full = url + ("?" + qs if qs else "")
        assume(len(full) < 60_000)  # the client's own limit is 65,536
        start = time.perf_counter()
        if method == "GET":
            response = client.get(full)
        elif path == "/try":
            response = client.post(full, data={"text": body.decode("utf-8", "replace")})
        else:
            response = client.post(full, content=body, headers={"content-type": "application/json"})
        took = time.perf_counter() - start
        if took > worst[0]:
            worst[:] = [took, full[:200]]
        problem = None
        if response.status_code >= 500 and response.status_code != 503:
            problem = f"{response.status_code}: {response.text[:300]}"
        elif took > args.slow:
            problem = f"slow: {took:.1f} s"
        elif path.startswith("/api/") and not path.endswith(".csv") and response.status_code != 503:
            ctype = response.headers.get("content-type", "")
            if not ctype.startswith("application/json"):
                problem = f"not JSON: {ctype}"
            else:
                json.loads(response.content)
        if problem:
            raise AssertionError(f"{method} {full[:300]} -> {problem}")

    start = time.perf_counter()
    try:
        check()
    except Exception as err:
        where = traceback.extract_tb(err.__traceback__)[-1]
        failures.append(f"  {type(err).__name__} at {where.filename}:{where.lineno}: {str(err)[:600]}")
    print(f"{method} {path}: {args.examples} examples, {time.perf_counter() - start:.1f} s, slowest "
          f"{worst[0] * 1000:.0f} ms ({worst[1][:80]!r}), {'FAILED' if failures else 'ok'}", flush=True)
    for failure in failures:
        print(failure, flush=True)


if __name__ == "__main__":
    main()
