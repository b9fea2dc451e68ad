"""The reader in a real headless Chromium (Debian's chromium, driven by Playwright; no browser download).

scripts/test.sh and .ci/run install /usr/bin/chromium; elsewhere these tests skip and say why.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest

from tests.serve.live import live_server

CHROMIUM = Path("/usr/bin/chromium")
ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts"
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--no-first-run"]


@contextmanager
def serving(db: Path, settings: Any = None) -> Iterator[str]:
    """The app for ``db`` on a free loopback port, for as long as the block runs."""
    from onrecord.serve.app import create_app

    with live_server(create_app(db, settings)) as (port, _):
        yield f"http://127.0.0.1:{port}"


def open_page(browser: Any, url: str) -> tuple[Any, list[str]]:
    """A new page at ``url`` and the list its script errors and console errors (CSP refusals) go into."""
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    errors: list[str] = []
    page.on("pageerror", lambda exc: errors.append(str(exc)))
    page.on("console", lambda msg: errors.append(msg.text) if msg.type == "error" else None)
    page.goto(url)
    return page, errors


@pytest.fixture(scope="module")
def server(web_db: Path) -> Iterator[str]:
    with serving(web_db) as url:
        yield url


@pytest.fixture(scope="module")
def long_server(long_db: Path) -> Iterator[str]:
    with serving(long_db) as url:
        yield url


def test_reader_highlights_every_statement_and_shows_details_on_click(server: str, browser: object) -> None:
    import httpx2 as httpx

    expected = len(httpx.get(f"{server}/api/articles/peace-talks").json()["statements"])
    page = browser.new_page(viewport={"width": 1280, "height": 1000})  # type: ignore[attr-defined]
    errors: list[str] = []
    page.on("pageerror", lambda exc: errors.append(str(exc)))
    page.on("requestfailed", lambda req: errors.append(f"failed: {req.url}"))
    page.goto(f"{server}/articles/peace-talks")
    marks = page.locator("mark.stmt")
    shown = set(marks.evaluate_all("els => els.map(e => e.dataset.statement)"))
    assert len(shown) == expected == 14
    lavrov = page.locator("mark.stmt", has_text="deployment of NATO forces").first
    lavrov.click()
    assert page.locator("#d-actor").inner_text().startswith("Sergei Lavrov")
    assert page.locator("#d-act").inner_text() == "oppose"
    assert page.locator("#details-list").is_visible()
    hedged = page.locator("mark.stmt", has_text="a future NATO membership bid for Kyiv").first
    hedged.focus()  # keyboard users get the same details
    assert page.locator("#d-hedged").inner_text() == "yes"
    assert page.locator("#d-written").inner_text() == "the American leader"
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "reader.png"), full_page=True)
    assert (ARTIFACTS / "reader.png").stat().st_size > 10_000
    assert not errors, errors
    page.close()


def test_hostile_article_runs_no_script(server: str, browser: object) -> None:
    page = browser.new_page()  # type: ignore[attr-defined]
    dialogs: list[str] = []
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    page.goto(f"{server}/articles/hostile")
    page.locator("mark.stmt").first.click()
    page.wait_for_timeout(300)
    assert dialogs == []
    assert "<script>alert('title')</script>" in page.locator("h1").inner_text()
    page.close()


def test_try_it_in_the_browser(server: str, browser: object) -> None:
    page = browser.new_page()  # type: ignore[attr-defined]
    page.goto(f"{server}/try")
    page.fill("textarea[name=text]", "“We will not give up,” the general said.\n\nShe added that help was coming.")
    page.click("button[type=submit]")
    page.wait_for_selector("mark.stmt")
    assert len(set(page.locator("mark.stmt").evaluate_all("els => els.map(e => e.dataset.statement)"))) == 2
    page.close()


def test_the_api_docs_render_and_list_the_operations(server: str, browser: object) -> None:
    # Swagger UI 3 could not read the OpenAPI 3.1 FastAPI writes ("Unable to render this definition").
    page = browser.new_page(viewport={"width": 1280, "height": 1000})  # type: ignore[attr-defined]
    errors: list[str] = []
    page.on("pageerror", lambda err: errors.append(str(err)))
    page.goto(f"{server}/docs")
    page.wait_for_selector(".opblock", timeout=15_000)
    paths = page.locator(".opblock-summary-path").all_inner_texts()
    assert "/api/statements" in [p.replace("\u200b", "") for p in paths]
    assert "Unable to render" not in page.content() and not errors
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "docs.png"))
    page.close()


# -- a long article: 150 statements by 40 speakers (tests/serve/conftest.py::long_article) -----------------

VIEW = {"width": 1280, "height": 900}


def _long_page(browser: object, server: str, path: str = "/articles/long-read",
               viewport: dict[str, int] = VIEW) -> tuple[Any, list[str]]:
    page = browser.new_page(viewport=viewport)  # type: ignore[attr-defined]
    errors: list[str] = []
    page.on("pageerror", lambda exc: errors.append(str(exc)))
    page.on("console", lambda msg: errors.append(msg.text) if msg.type == "error" else None)  # CSP refusals
    page.goto(f"{server}{path}")
    return page, errors


def _inside_viewport(box: dict[str, float] | None, viewport: dict[str, int]) -> bool:
    return box is not None and box["y"] >= 0 and box["y"] + box["height"] <= viewport["height"] \
        and box["x"] >= 0 and box["x"] + box["width"] <= viewport["width"]


def _statements(server: str) -> list[dict[str, Any]]:
    import httpx2 as httpx

    items: list[dict[str, Any]] = httpx.get(f"{server}/api/articles/long-read").json()["statements"]
    return items


def _shot(page: Any, name: str) -> None:
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / name))  # the viewport: what the reader sees, not the whole page


def test_details_of_a_statement_near_the_bottom_appear_in_view(long_server: str, browser: object) -> None:
    data = _statements(long_server)
    page, errors = _long_page(browser, long_server)
    last = len(data) - 1
    mark = page.locator(f'mark.stmt[data-statement="{last}"]').first
    mark.scroll_into_view_if_needed()
    mark.click()
    assert page.evaluate("window.scrollY") > 2000  # far down the article
    assert _inside_viewport(page.locator("#details").bounding_box(), VIEW)
    assert page.locator("#d-content").inner_text() == data[last]["content"]["text"]
    assert page.locator("#d-actor").inner_text().startswith(data[last]["actor"]["name"])
    assert page.url.endswith(f"#s-{data[last]['key']}")  # the address bar now links to it
    _shot(page, "reader-long-details.png")
    page.keyboard.press("Shift+Tab")  # the keyboard: the previous statement's details
    assert page.locator("#d-content").inner_text() == data[last - 1]["content"]["text"]
    page.keyboard.press("Escape")  # closes, and gives focus back to the statement
    assert page.locator("#details-list").is_hidden() and page.locator("#details-close").is_hidden()
    assert page.evaluate("document.activeElement.dataset.statement") == str(last - 1)
    assert not errors, errors
    page.close()


def test_on_a_narrow_screen_the_details_open_as_a_sheet_in_view(long_server: str, browser: object) -> None:
    narrow = {"width": 420, "height": 800}
    page, errors = _long_page(browser, long_server, viewport=narrow)
    assert page.locator("#details").is_hidden()  # nothing to show yet, no space taken
    mark = page.locator('mark.stmt[data-statement="140"]').first
    mark.scroll_into_view_if_needed()
    mark.click()
    assert _inside_viewport(page.locator("#details").bounding_box(), narrow)
    assert page.evaluate("document.documentElement.scrollWidth") <= narrow["width"]  # the long word wraps
    _shot(page, "reader-long-narrow.png")
    page.locator("#details-close").click()
    assert page.locator("#details").is_hidden()
    assert not errors, errors
    page.close()


def test_the_legend_filter_leaves_one_speaker_highlighted(long_server: str, browser: object) -> None:
    data = _statements(long_server)
    page, errors = _long_page(browser, long_server)
    names = page.locator(".legend button[data-speaker]").all_inner_texts()
    assert len(names) == 40 and names[0].endswith(data[0]["actor"]["name"])  # names, not "text"
    third = data[2]["actor"]["name"]  # the third statement's speaker is the third in the legend
    page.locator('.legend-list button[data-speaker="3"]').click()
    chosen = page.locator("mark.stmt.chosen").evaluate_all("els => [...new Set(els.map(e => e.dataset.statement))]")
    assert sorted(int(n) for n in chosen) == [n for n, s in enumerate(data) if s["actor"]["name"] == third]
    style = "e => [getComputedStyle(e).backgroundColor, getComputedStyle(e).textDecorationLine]"
    assert page.locator("mark.stmt.chosen").first.evaluate(style)[1] == "underline"
    assert page.locator('mark.stmt[data-statement="0"]').first.evaluate(style) == ["rgba(0, 0, 0, 0)", "none"]
    assert page.locator("#filter-status").inner_text().startswith("Showing speaker 3 only")
    page.locator("mark.stmt.chosen").first.scroll_into_view_if_needed()
    _shot(page, "reader-long-filtered.png")
    page.locator('.legend-list button[data-speaker="3"]').click()  # a second click resets
    assert page.locator("mark.stmt.chosen").count() == 0
    assert page.locator('mark.stmt[data-statement="0"]').first.evaluate(style)[1] == "underline"
    page.locator('.legend-list button[data-speaker="5"]').click()
    page.locator("#legend-all").click()  # so does "all"
    assert page.locator("#article-text.filtered").count() == 0
    page.locator("#legend > summary").click()  # the legend folds away
    assert page.locator(".legend-list").is_hidden()
    assert not errors, errors
    page.close()


def test_a_link_to_a_statement_lands_on_it_with_its_details(long_server: str, browser: object) -> None:
    data = _statements(long_server)
    target = data[120]
    page, errors = _long_page(browser, long_server, f"/articles/long-read#s-{target['key']}")
    page.wait_for_function("document.activeElement && document.activeElement.id")
    assert page.evaluate("document.activeElement.id") == f"s-{target['key']}"
    assert _inside_viewport(page.locator(f"#s-{target['key']}").bounding_box(), VIEW)
    assert _inside_viewport(page.locator("#details").bounding_box(), VIEW)
    assert page.locator("#d-content").inner_text() == target["content"]["text"]
    _shot(page, "reader-long-anchor.png")
    page.evaluate(f"location.hash = '#s-{data[3]['key']}'")  # a link within the page
    page.wait_for_function(f"document.activeElement.id === 's-{data[3]['key']}'")
    assert page.locator("#d-content").inner_text() == data[3]["content"]["text"]
    assert not errors, errors
    page.close()


def test_a_link_into_a_long_article_shown_in_parts_opens_the_right_part(long_db: Path, browser: object) -> None:
    """The link keeps its plain form (/articles/ID#s-KEY, as the CSV and search write it); the reader's script
    finds the anchor missing from part 1 and asks the server for the part that holds it."""
    from onrecord.settings import Settings

    with serving(long_db, Settings(serve_reader_part_chars=3_000)) as url:
        target = _statements(url)[-1]
        page, errors = _long_page(browser, url, f"/articles/long-read#s-{target['key']}")
        page.wait_for_function("document.activeElement && document.activeElement.id")
        assert page.evaluate("document.activeElement.id") == f"s-{target['key']}"
        assert "find=" in page.url and page.url.endswith(f"#s-{target['key']}")
        assert page.locator("#d-content").inner_text() == target["content"]["text"]
        assert not errors, errors
        page.close()


def test_bidi_controls_are_visible_and_long_words_wrap(long_server: str, browser: object) -> None:
    data = _statements(long_server)
    page, errors = _long_page(browser, long_server, f"/articles/long-read#s-{data[5]['key']}")
    marker = page.locator("span.bidi").first
    assert marker.is_visible() and marker.inner_text() == "<U+202E>"
    # Applied, the override would have turned "evil" around; shown, the words read in order.
    assert "evil" in page.locator(f"#s-{data[5]['key']}").inner_text()
    text = page.locator("#article-text").bounding_box()
    side = page.locator("aside.side").bounding_box()
    assert text and side and text["x"] + text["width"] <= side["x"]  # the 272-letter word stays in its column
    assert page.evaluate("document.documentElement.scrollWidth") <= VIEW["width"]
    _shot(page, "reader-long-bidi.png")
    assert not errors, errors
    page.close()


def test_events_timeline_leads_to_the_mention_in_the_reader(server: str, browser: object) -> None:
    page = browser.new_page(viewport={"width": 1280, "height": 900})  # type: ignore[attr-defined]
    errors: list[str] = []
    page.on("pageerror", lambda exc: errors.append(str(exc)))
    page.goto(f"{server}/events")
    days = page.locator("section.event-day h2").all_inner_texts()
    assert days[0].startswith("2025-08-18") and days[-1] == "Undated"
    page.locator("section.event-day li.event", has_text="Anchorage").locator("ul.sources a").first.click()
    page.wait_for_load_state()
    target = page.locator("span.event-mention:target")
    assert target.count() == 1 and "summit" in target.inner_text()
    style = target.evaluate("el => getComputedStyle(el).textDecorationLine")
    assert "overline" in style  # not a statement's underline
    page.screenshot(path=str(ARTIFACTS / "events-reader.png"))
    assert not errors, errors
    page.close()


# -- search: facets narrow the results, and a result leads to its statement in the reader -------------------

def _total(page: Any) -> int:
    return int(page.locator("main p.muted").first.inner_text().split()[0])


def _facet(page: Any, name: str) -> Any:
    import re

    return page.locator(".facets section", has=page.locator("h2", has_text=re.compile(f"^{name}$")))


def test_clicking_a_facet_narrows_the_search(long_server: str, browser: object) -> None:
    page, errors = _long_page(browser, long_server, "/search?q=region")
    everything = _total(page)
    actors = _facet(page, "Actor").locator("li")
    name = actors.first.locator("a").inner_text()
    count = int(actors.first.locator(".muted").inner_text())
    assert 0 < count < everything
    actors.first.locator("a").click()
    page.wait_for_url("**actor=*")
    assert _total(page) == count  # the facet's count is what the narrowed search finds
    assert set(page.locator(".results li > strong").all_inner_texts()) == {name}
    assert "region" in page.url  # the words are kept
    acts = _facet(page, "Act").locator("li a")
    act = acts.first.inner_text()
    acts.first.click()  # a second facet narrows further
    page.wait_for_url("**act=*")
    assert _total(page) <= count
    shown = {t.lower() for t in page.locator(".results .act").all_inner_texts()}  # shown in capitals (CSS)
    assert shown and shown <= {act.lower(), f"{act.lower()} · hedged"}
    _shot(page, "search-facets.png")
    assert not errors, errors
    page.close()


def test_a_search_result_opens_its_statement_in_the_reader(long_server: str, browser: object) -> None:
    data = _statements(long_server)
    page, errors = _long_page(browser, long_server, "/search?q=region&sort=date")
    result = page.locator(".results a.said").nth(40)  # far down the article
    said = result.inner_text()
    result.click()
    page.wait_for_url("**/articles/long-read#s-*")
    key = page.url.rsplit("#s-", 1)[1]
    target = next(s for s in data if s["key"] == key)
    page.wait_for_function(f"document.activeElement && document.activeElement.id === 's-{key}'")
    assert target["content"]["text"] == said
    assert page.evaluate("window.scrollY") > 1000  # scrolled to it
    assert _inside_viewport(page.locator(f"#s-{key}").bounding_box(), VIEW)
    assert page.locator(f"#s-{key}").evaluate("e => e.matches(':focus')")  # marked as the current statement
    assert page.locator("#d-content").inner_text() == said
    assert _inside_viewport(page.locator("#details").bounding_box(), VIEW)
    _shot(page, "search-to-reader.png")
    assert not errors, errors
    page.close()


def test_a_search_hit_deep_in_a_long_article_opens_its_part_at_once(long_db: Path, browser: object) -> None:
    """The result's link carries ?find=: one page load lands on the statement (the plain link loaded part 1
    first, then the script asked again), and with JavaScript off the part served still holds it."""
    from onrecord.settings import Settings

    with serving(long_db, Settings(serve_reader_part_chars=3_000)) as url:
        target = _statements(url)[-1]
        number = re.search(r"\d+", target["content"]["text"]).group()  # type: ignore[union-attr]
        page, errors = _long_page(browser, url, f"/search?q={number}")
        documents: list[str] = []
        page.on("request", lambda r: documents.append(r.url) if r.resource_type == "document" else None)
        page.locator(f'.results a.said[href$="#s-{target["key"]}"]').click()
        page.wait_for_function(f"document.activeElement && document.activeElement.id === 's-{target['key']}'")
        assert len(documents) == 1 and "find=" in documents[0]  # no second load of another part
        assert _inside_viewport(page.locator(f"#s-{target['key']}").bounding_box(), VIEW)
        assert page.locator("#d-content").inner_text() == target["content"]["text"]
        assert not errors, errors
        page.close()
        quiet = browser.new_context(java_script_enabled=False)  # type: ignore[attr-defined]
        plain = quiet.new_page()
        plain.goto(f"{url}/search?q={number}")
        plain.locator(f'.results a.said[href$="#s-{target["key"]}"]').click()
        plain.wait_for_load_state()
        assert plain.locator(f"#s-{target['key']}").count() == 1
        quiet.close()


def test_the_docs_list_every_operation_of_the_api(server: str, browser: object) -> None:
    import httpx2 as httpx

    spec = httpx.get(f"{server}/openapi.json").json()
    page = browser.new_page(viewport={"width": 1280, "height": 1000})  # type: ignore[attr-defined]
    page.goto(f"{server}/docs")
    page.wait_for_selector(".opblock", timeout=15_000)
    shown = {(m.strip().lower(), p.replace("\u200b", "").strip()) for m, p in zip(
        page.locator(".opblock-summary-method").all_inner_texts(),
        page.locator(".opblock-summary-path").all_inner_texts(), strict=True)}
    assert shown == {(method, path) for path, ops in spec["paths"].items() for method in ops}
    page.locator("#operations-statements-api_statements_api_statements_get .opblock-summary").click()
    example = page.locator(".responses-wrapper .highlight-code").first  # drawn from the typed response model
    example.wait_for(timeout=10_000)
    assert all(f'"{key}"' in example.inner_text() for key in ("items", "total", "content", "actor", "article"))
    page.close()


def test_a_link_to_a_statement_sharing_anothers_span_lands_on_that_span(long_db: Path, browser: object,
                                                                       tmp_path: Path) -> None:
    # Two readings of one quotation (a briefing's "who've told me" and its colon) share a span; the second
    # had no element of its own and its link left a long article at its top.
    import shutil
    import sqlite3

    db = tmp_path / "twins.db"
    shutil.copy(long_db, db)
    with sqlite3.connect(db) as conn:
        columns = [row[1] for row in conn.execute("PRAGMA table_info(statements)") if row[1] not in ("id", "key")]
        taken = ", ".join(c if c != "position" else "position + 1000" for c in columns)
        conn.execute(f"INSERT INTO statements ({', '.join(columns)}, key) SELECT {taken}, 'twin00000000twin' "
                     "FROM statements ORDER BY position LIMIT 1 OFFSET 120")
    with serving(db) as server:
        twin = next(s for s in _statements(server) if s["key"] == "twin00000000twin")
        page, errors = _long_page(browser, server, "/articles/long-read#s-twin00000000twin")
        page.wait_for_function("!document.getElementById('details-list').hidden")
        assert page.evaluate("scrollY") > 1000  # not left at the top
        shared = page.locator("mark.stmt.selected").first.bounding_box()
        assert _inside_viewport(shared, VIEW)
        assert page.locator("#d-content").inner_text() == twin["content"]["text"]
        _shot(page, "reader-long-twin-anchor.png")
        assert not errors, errors
        page.close()
