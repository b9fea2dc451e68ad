"""A newcomer's forms and a busy reader in a real headless Chromium (as tests/serve/test_browser.py): the
search and timeline forms sent as a browser sends them, empty fields and all; and the reader's side column
on an article with many events and many speakers."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from onrecord.corpus import IngestOptions, ingest
from onrecord.ingest.metadata import ArticleMetadata
from onrecord.settings import Settings
from tests.conftest import EXAMPLES
from tests.serve.test_browser import open_page, serving


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    db = tmp_path_factory.mktemp("forms-web") / "f.db"
    settings = Settings.from_env(issues=str(EXAMPLES / "peace-talks.issues.yaml"))
    meta = ArticleMetadata.load(EXAMPLES / "positions.metadata.csv", title_line=True)
    summary = ingest([str(EXAMPLES / "positions"), str(EXAMPLES / "peace-talks.txt")],
                     IngestOptions(db=db, metadata=meta, published="2025-08-18"), settings)
    assert summary.analysed == 4
    with serving(db) as url:
        yield url



def test_the_search_form_finds_an_issues_statements_with_the_dates_left_empty(server: str, browser: Any) -> None:
    page, errors = open_page(browser, f"{server}/search")
    page.fill("form.search-form input[name=q]", "troops")
    page.select_option("form.search-form select[name=issue]", "us-troops-ukraine")
    with page.expect_navigation():
        page.click("form.search-form button[type=submit]")
    assert "since=&" in page.url  # sent as a browser sends a form: every field, the empty ones too
    assert page.title().startswith("Search"), page.title()
    results = page.locator("ul.results > li")
    assert results.count() > 0
    assert all("us-troops-ukraine:" in text for text in results.all_inner_texts())
    assert page.locator("form.search-form select[name=issue]").input_value() == "us-troops-ukraine"
    assert not errors, errors
    page.close()


def test_the_timeline_form_shows_the_chart_with_the_dates_left_empty(server: str, browser: Any) -> None:
    page, errors = open_page(browser, f"{server}/positions/timeline")
    page.select_option("form.search-form select[name=issue]", "european-forces-ukraine")
    with page.expect_navigation():
        page.click("form.search-form button[type=submit]")
    assert "as_of=" in page.url and page.locator("svg.stance-timeline a.point").count() > 0
    assert not errors, errors
    page.close()


def busy_article(events: int = 50, speakers: int = 20) -> str:
    """Quotations by ``speakers`` people and, between them, ``events`` meetings, calls and visits on as many
    days: a live blog's or a week's briefing's reader."""
    first = ("Alice", "Bruno", "Chidi", "Dana", "Emil", "Farah", "Goran", "Hana", "Ivan", "Jonas")
    names = [f"{f} {last}" for last in ("Abara", "Berglund") for f in first][:speakers]
    deeds = ("held talks in Geneva", "met in Vienna", "spoke by phone", "attended a summit in Oslo", "visited Warsaw")
    paragraphs = []
    for n in range(events):
        paragraphs.append(f"“The plan number {n} will work for the region,” {names[n % speakers]} said.")
        pair = f"{names[n % speakers]} and {names[(n + 3) % speakers]}"
        paragraphs.append(f"{pair} {deeds[n % 5]} on {n % 28 + 1} March.")
    return "\n\n".join(paragraphs)


def test_a_long_events_list_leaves_the_speakers_legend_its_room(tmp_path: Path, browser: Any) -> None:
    """Both boxes were sized by their contents: 50 events squeezed a 20-speaker legend to one visible line."""
    feed = tmp_path / "busy.jsonl"
    feed.write_text(json.dumps({"id": "busy", "title": "A busy week", "published": "2025-09-01",
                                "text": busy_article()}) + "\n", encoding="utf-8")
    db = tmp_path / "busy.db"
    assert ingest([str(feed)], IngestOptions(db=db)).analysed == 1
    with serving(db) as url:
        page, errors = open_page(browser, f"{url}/articles/busy")
        assert page.locator("#events ul.events > li").count() >= 30
        assert page.locator("#legend .legend-list > li").count() >= 15
        page.evaluate("window.scrollTo(0, 600)")  # the side column stuck at the top of the view
        seen = page.evaluate("""() => {
            const box = document.getElementById('legend').getBoundingClientRect();
            const inside = [...document.querySelectorAll('#legend .legend-list > li')]
              .filter(li => { const r = li.getBoundingClientRect();
                              return r.top >= box.top && r.bottom <= box.bottom; });
            return [inside.length, document.getElementById('events').getBoundingClientRect().height];
        }""")
        entries, events_height = seen
        assert entries >= 12, seen  # the speakers, not one line of them
        assert events_height >= 100, seen  # and the events still a list to scroll
        page.locator("mark.stmt").first.click()  # the details panel opened above them
        assert page.locator("#details-list").is_visible()
        assert page.evaluate("document.getElementById('legend').getBoundingClientRect().height") >= 120
        # An event in the list lands in view and outlined (it landed on the window's top edge, unmarked).
        link = page.locator("#events ul.events a").nth(40)
        target = page.locator(f'[id="{link.get_attribute("href")[1:]}"]')
        link.click()
        page.wait_for_timeout(200)
        top = target.evaluate("e => e.getBoundingClientRect().top")
        assert 150 <= top <= 700, top
        assert target.evaluate("e => getComputedStyle(e).outlineStyle") == "solid"
        assert not errors, errors
        page.close()
