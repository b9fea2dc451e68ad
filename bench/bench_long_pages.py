"""The pages a reader uses on long real articles, on the server and in Chromium.

    .venv/bin/python bench/bench_long_pages.py --db /tmp/serve15/pn.db                 # server side only
    .venv/bin/python bench/bench_long_pages.py --db /tmp/serve15/pn.db --browser        # and in Chromium

Picked from the store itself: the longest article (its reader, each part, the JSON API), the last statement of
it (a deep hit: `?find=`, `#s-KEY`, a quoted phrase of it searched), the most quoted actor (its page, its
statements page by page) and searches a user types: common words, a quoted phrase, and FTS5's own syntax typed
as text (`"`, `*`, `NEAR`, `-`, `AND`, unbalanced parentheses, 2,000 characters). Each URL is requested
in-process (Starlette's TestClient) ``--runs`` times after one warm-up: status, size (and gzipped), p50 and max ms.

``--browser`` serves the store with `onrecord serve` (a process of its own, on a free loopback port) and opens the
pages in Debian's Chromium through Playwright: first contentful paint, DOMContentLoaded (the reader's script has
run: the highlights are clickable), the time until a click on the article's last highlight shows its details,
the JS heap and DOM nodes (Chrome DevTools Protocol), and a deep hit followed from a search result: is the
statement focused, highlighted and in view, and how long it took.
"""

from __future__ import annotations

import argparse
import gzip
import os
import socket
import statistics
import subprocess
import sys
import time
from pathlib import Path
from typing import Any
from urllib.parse import quote

from fastapi.testclient import TestClient

from onrecord.serve.app import create_app
from onrecord.store import Store

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                 "--disable-sync", "--no-first-run"]
TYPED = ['"', "*", "NEAR", "NEAR(wall trade)", "-", "-wall", "wall AND trade", "wall OR trade", "(wall",
         "wall)", "((", "said (", 'Clinton "', "trade*"]


def picks(db: Path, slug: str | None = None) -> dict[str, Any]:
    store = Store(db, readonly=True)
    try:
        conn = store.conn
        longest = conn.execute("SELECT id, slug, length(text) AS n FROM articles WHERE status = 'analysed' "
                               "AND (? IS NULL OR slug = ?) ORDER BY length(text) DESC LIMIT 1",
                               (slug, slug)).fetchone()
        last = conn.execute("SELECT key, content FROM statements WHERE article_id = ? AND length(content) > 40 "
                            "ORDER BY content_start DESC LIMIT 1", (longest["id"],)).fetchone()
        actor = conn.execute("SELECT slug, n_statements FROM actors ORDER BY n_statements DESC LIMIT 1").fetchone()
        statements = conn.execute("SELECT count(*) FROM statements WHERE article_id = ?", (longest["id"],)).fetchone()
    finally:
        store.close()
    words = last["content"].split()
    phrase = " ".join(w.strip('"“”,.?!;:') for w in words[:6])
    return {"slug": longest["slug"], "chars": longest["n"], "statements": statements[0], "last_key": last["key"],
            "phrase": phrase, "actor": actor["slug"], "actor_statements": actor["n_statements"]}


def server_urls(p: dict[str, Any]) -> list[str]:
    slug, actor = quote(p["slug"]), quote(p["actor"])
    pages = -(-p["actor_statements"] // 50)
    urls = [f"/articles/{slug}", f"/articles/{slug}?part=2", f"/articles/{slug}?find=s-{p['last_key']}",
            f"/api/articles/{slug}", f"/api/articles/{slug}?limit=1000", f"/api/articles/{slug}?text=false",
            f"/actors/{actor}", f"/search?actor={actor}", f"/search?actor={actor}&page={pages}",
            f"/api/statements?actor={actor}&limit=500",
            f"/api/statements?actor={actor}&offset={p['actor_statements'] - 50}"]
    words = ["said", "Clinton", '"make America great again"', f'"{p["phrase"]}"', *TYPED, "wall " * 400]
    for w in words:
        q = quote(w)
        urls += [f"/search?q={q}", f"/search?q={q}&sort=relevance", f"/api/statements?q={q}",
                 f"/articles?q={q}", f"/api/articles?q={q}"]
    return urls


def time_server(db: Path, urls: list[str], runs: int) -> None:
    client = TestClient(create_app(db))
    print(f"{'page':78} {'status':>6} {'KB':>7} {'gz KB':>6} {'p50 ms':>8} {'max ms':>8}")
    for url in urls:
        response = client.get(url)  # warm-up
        times = []
        for _ in range(runs):
            start = time.perf_counter()
            response = client.get(url, headers={"Accept-Encoding": "identity"})
            times.append((time.perf_counter() - start) * 1000)
        body = response.content
        print(f"{url[:78]:78} {response.status_code:>6} {len(body) / 1024:7.0f} "
              f"{len(gzip.compress(body, 1)) / 1024:6.0f} {statistics.median(times):8.1f} {max(times):8.1f}",
              flush=True)


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def time_browser(db: Path, p: dict[str, Any], runs: int) -> None:
    from playwright.sync_api import sync_playwright

    port = _free_port()
    env = dict(os.environ, ONRECORD_SERVE_WORKERS="1", ONRECORD_POSITIONS_WARM="false")
    server = subprocess.Popen([sys.executable, "-m", "onrecord.cli", "serve", "--db", str(db), "--port", str(port)],
                              env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            try:
                socket.create_connection(("127.0.0.1", port), timeout=1).close()
                break
            except OSError:
                time.sleep(0.2)
        with sync_playwright() as pw:
            browser = pw.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
            slug = quote(p["slug"])
            for label, url in [("reader part 1", f"/articles/{slug}"), ("reader part 2", f"/articles/{slug}?part=2"),
                               ("actor page", f"/actors/{quote(p['actor'])}"),
                               ("search 'said'", "/search?q=said"), ("articles 'said'", "/articles?q=said")]:
                rows = [_load(browser, base + url) for _ in range(runs)]
                print(f"{label:16} " + "  ".join(f"{k} {statistics.median(r[k] for r in rows):,.0f}"
                                                 for k in rows[0]), flush=True)
            for label, url in [("deep #s-KEY", f"/articles/{slug}#s-{p['last_key']}"),
                               ("deep ?find=", f"/articles/{slug}?find=s-{p['last_key']}#s-{p['last_key']}")]:
                rows = [_land(browser, base + url, p["last_key"]) for _ in range(runs)]
                print(f"{label:16} " + "  ".join(f"{k} {statistics.median(float(r[k]) for r in rows):,.0f}"
                                                 for k in rows[0]), flush=True)
            rows = [_from_search(browser, base, p) for _ in range(runs)]
            print(f"{'search -> hit':16} " + "  ".join(f"{k} {statistics.median(float(r[k]) for r in rows):,.0f}"
                                                      for k in rows[0]), flush=True)
            browser.close()
    finally:
        server.terminate()
        server.wait(timeout=30)


def _load(browser: Any, url: str) -> dict[str, float]:
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    cdp = page.context.new_cdp_session(page)
    cdp.send("Performance.enable")
    start = time.perf_counter()
    page.goto(url, wait_until="load", timeout=60_000)
    timing = page.evaluate("""() => {
        const nav = performance.getEntriesByType('navigation')[0];
        const paints = performance.getEntriesByType('paint');
        const paint = paints.find(e => e.name === 'first-contentful-paint') || paints[0];
        return {fcp: paint ? paint.startTime : -1, dcl: nav.domContentLoadedEventEnd, load: nav.loadEventEnd,
                marks: document.querySelectorAll('mark.stmt').length};
    }""")
    marks = page.locator("mark.stmt")
    clicked = -1.0
    if timing["marks"]:
        marks.last.click()
        page.wait_for_function("() => !document.getElementById('details-list').hidden")
        clicked = (time.perf_counter() - start) * 1000
    metrics = {m["name"]: m["value"] for m in cdp.send("Performance.getMetrics")["metrics"]}
    page.close()
    return {"fcp ms": timing["fcp"], "dcl ms": timing["dcl"], "load ms": timing["load"],
            "last click shown ms": clicked, "marks": timing["marks"],
            "heap MB": metrics.get("JSHeapUsedSize", 0) / 2**20, "nodes": metrics.get("Nodes", 0)}


_LANDED = """(key) => {
    const m = document.getElementById('s-' + key);
    if (!m) return false;
    const r = m.getBoundingClientRect();
    return document.activeElement === m && m.classList.contains('selected') && r.top >= 0 &&
        r.bottom <= window.innerHeight && !document.getElementById('details-list').hidden;
}"""


def _land(browser: Any, url: str, key: str) -> dict[str, float]:
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    start = time.perf_counter()
    page.goto(url, wait_until="commit", timeout=60_000)
    try:
        page.wait_for_function(_LANDED, arg=key, timeout=20_000)
        landed = 1.0
    except Exception:  # the figure says it did not land
        landed = 0.0
    took = (time.perf_counter() - start) * 1000
    page.close()
    return {"landed (focused, selected, in view)": landed, "ms": took}


def _from_search(browser: Any, base: str, p: dict[str, Any]) -> dict[str, float]:
    """Search the deep statement's words as a quoted phrase, click the first result, see it land."""
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    page.goto(f"{base}/search?q={quote(chr(34) + p['phrase'] + chr(34))}", wait_until="load")
    documents: list[str] = []
    page.on("request", lambda r: documents.append(r.url) if r.resource_type == "document" else None)
    link = page.locator(f'ul.results a.said[href$="#s-{p["last_key"]}"]')
    if not link.count():  # the phrase found more than a page (a repeated text): nothing to click
        page.close()
        return {"landed": -1.0, "ms from click": 0.0, "pages loaded": 0}
    start = time.perf_counter()
    link.first.click()
    try:
        page.wait_for_function(_LANDED, arg=p["last_key"], timeout=20_000)
        landed = 1.0
    except Exception:  # the figure says it did not land
        landed = 0.0
    took = (time.perf_counter() - start) * 1000
    page.close()
    return {"landed": landed, "ms from click": took, "pages loaded": len(documents)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--db", type=Path, required=True)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--browser", action="store_true", help="also time the pages in Chromium")
    parser.add_argument("--no-server", action="store_true", help="skip the in-process timings")
    parser.add_argument("--url", action="append", default=[], help="another page to time (repeatable)")
    parser.add_argument("--article", help="the article to read (a slug; default the longest)")
    args = parser.parse_args()
    p = picks(args.db, args.article)
    print(f"longest article {p['slug']}: {p['chars']:,} characters, {p['statements']:,} statements; "
          f"most quoted actor {p['actor']}: {p['actor_statements']:,} statements; deep phrase {p['phrase']!r}")
    if not args.no_server:
        time_server(args.db, server_urls(p) + args.url, args.runs)
    if args.browser:
        time_browser(args.db, p, args.runs)


if __name__ == "__main__":
    main()
