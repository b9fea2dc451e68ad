"""Every GET route with odd values in every parameter, in-process; prints each 5xx, exception or answer over 2 s.

    PYTHONPATH=src python bench/sweep_odd_params.py STORE      # serve14: about 46,000 requests, 6 minutes here

Routes are read from the app; each is asked with HEAD, OPTIONS, POST, PUT and DELETE, and (with one key
where its path has one) with each of 31 parameter names given each of 58 values (FTS5 syntax, 10 KB and
1,000-word terms, NUL, RTL and zero-width marks, lone surrogates and invalid UTF-8 percent-encoded, huge,
negative, float and empty numbers, impossible dates) and repeated. A path's key is tried with odd ids too.
"""

from __future__ import annotations

import dataclasses
import sys
import time
from collections.abc import Iterator
from typing import Any
from urllib.parse import quote

from fastapi.testclient import TestClient

from onrecord.serve.app import create_app
from onrecord.settings import Settings

ODD = ['"', "*", "NEAR(", "AND OR NOT", "^", "-", "- -", '"-"', "a" * 10000, " ".join(f"w{i}" for i in range(1000)),
       "\u202e\u200b", "\x00", "%00", "%ED%A0%80", "%F0", 'a"b', '-"', '""', '" "', "NEAR(a b, 5)", "a:b", "col:x",
       "{a b}", "(", ")", "+", "the*", "*the", "\x00the", " ", "\t", "%", "_", "'", "1e309", "nan", "-1", "9" * 30,
       "0", "-0", "1.5", "", "0000-00-00", "9999-12-31", "2016-02-30", "donald-trump", "../..", "%2e%2e",
       "\U0001f600"]
VALUES = [quote(v, safe="") for v in ODD] + ["%00", "%ED%A0%80", "%F0", "%", "%2e%2e", "%FF%FE"]
PARAMS = ["q", "search", "page", "limit", "offset", "since", "until", "window", "min_confidence", "actor", "issue",
          "stance", "act", "kind", "hedged", "outlet", "sort", "as_of", "half_life", "part", "find", "start", "end",
          "text", "facets", "with_parts", "mode", "format", "date", "occasion", "participant"]
KEYS = {"{key}": ["1", "donald-trump", "x" * 5000, "%00", "%ED%A0%80", "99999999999999999999999", "-1", "0"]}


def walk(routes: list[Any]) -> Iterator[str]:
    for route in routes:
        if hasattr(route, "original_router"):
            yield from walk(route.original_router.routes)
        elif getattr(route, "methods", None) and "GET" in route.methods:
            yield route.path


def main() -> None:
    app = create_app(sys.argv[1], dataclasses.replace(Settings.from_env(), serve_workers=1))
    bad = asked = 0
    with TestClient(app, raise_server_exceptions=False) as client:

        def hit(method: str, url: str) -> None:
            nonlocal bad, asked
            asked += 1
            start = time.monotonic()
            status: int | str
            try:
                answer = client.request(method, url)
                status, body = answer.status_code, answer.content[:200]
            except Exception as err:  # a client-side refusal of the URL is printed too
                status, body = "EXC", repr(err)[:200].encode()
            took = time.monotonic() - start
            if isinstance(status, str) or status >= 500 or took > 2:
                bad += 1
                print(f"{status} {took:.2f}s {method} {url[:150]!r} {body!r}", flush=True)

        routes = sorted(set(walk(app.routes)))
        print(len(routes), "routes:", " ".join(routes), flush=True)
        for path in routes:
            paths = [path]
            for key, values in KEYS.items():
                if key in path:
                    paths = [p.replace(key, v) for p in paths for v in values]
            for i, url in enumerate(paths):
                hit("GET", url)
                for method in ("HEAD", "OPTIONS", "POST", "PUT", "DELETE"):
                    hit(method, url)
                if i:
                    continue
                for name in PARAMS:
                    for value in VALUES:
                        hit("GET", f"{url}?{name}={value}")
                    hit("GET", f"{url}?{name}=1&{name}=2&{name}=")
    print(f"{asked:,} requests, {bad} over 2 s, 5xx or refused by the client")


if __name__ == "__main__":
    main()
