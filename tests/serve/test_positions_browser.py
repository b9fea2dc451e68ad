"""The positions page and the stance timeline in a real headless Chromium (as tests/serve/test_browser.py).

The store is the moving-stance example (examples/positions/): a minister who opposes European forces in
Ukraine in March, will not rule them out in May and backs them in July.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from onrecord.corpus import IngestOptions, ingest
from onrecord.ingest.metadata import ArticleMetadata
from onrecord.settings import Settings
from tests.conftest import EXAMPLES
from tests.serve.test_browser import open_page, serving

ISSUE = "european-forces-ukraine"


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    db = tmp_path_factory.mktemp("positions-web") / "p.db"
    settings = Settings.from_env(issues=str(EXAMPLES / "peace-talks.issues.yaml"))
    meta = ArticleMetadata.load(EXAMPLES / "positions.metadata.csv", title_line=True)
    assert ingest([str(EXAMPLES / "positions")], IngestOptions(db=db, metadata=meta), settings).analysed == 3
    with serving(db) as url:
        yield url



def _cell(page: Any) -> Any:
    """The minister's cell on the issue: the row's <td> under the issue's column."""
    column = page.locator("table.positions thead th").all_inner_texts().index(ISSUE)
    return page.locator("table.positions tbody tr", has_text="Karin Lindqvist").locator("td").nth(column - 1)


def _stance(page: Any) -> str:
    return str(_cell(page).locator("summary").inner_text().split()[0])


def test_changing_the_as_of_date_changes_the_matrix(server: str, browser: Any) -> None:
    page, errors = open_page(browser, f"{server}/positions?as_of=2025-03-31")
    assert _stance(page) == "oppose"
    page.fill("#as-of", "2025-07-31")
    with page.expect_navigation():
        page.click("#positions-form button[type=submit]")
    assert "as_of=2025-07-31" in page.url and _stance(page) == "support"
    # The slider (shown only where script runs) moves the date and reloads when let go.
    slider = page.locator("#as-of-slider")
    assert slider.is_visible()
    first = slider.get_attribute("data-first")
    assert first == "2025-03-04"
    with page.expect_navigation():
        slider.fill(str(80))  # 80 days after the first dated article: 2025-05-23
    assert "as_of=2025-05-23" in page.url and _stance(page) == "open"
    with page.expect_navigation():
        page.click("a[rel=prev]")  # 30 days earlier, without script
    assert "as_of=2025-04-23" in page.url and _stance(page) == "oppose"
    assert not errors, errors
    page.close()


def test_a_cell_opens_its_evidence_and_the_link_reaches_the_statement(server: str, browser: Any) -> None:
    page, errors = open_page(browser, f"{server}/positions?as_of=2025-05-25")
    cell = _cell(page)
    evidence = cell.locator("ul.evidence a").first
    assert not evidence.is_visible()
    cell.locator("summary").click()
    assert evidence.is_visible()
    href = evidence.get_attribute("href")
    said = evidence.inner_text()
    with page.expect_navigation():
        evidence.click()
    anchor = href.split("#", 1)[1]
    assert page.url.endswith(href) and anchor.startswith("s-")
    target = page.locator(f"mark.stmt[id='{anchor}']")
    assert target.count() == 1 and target.is_visible()
    assert page.evaluate("document.querySelector(':target').id") == anchor
    text = " ".join(page.locator(f"mark.stmt[data-statement='{target.get_attribute('data-statement')}']")
                    .all_inner_texts())
    assert said.split()[0] in text  # the sentence the cell cited is the one landed on
    assert not errors, errors
    page.close()


def test_the_timeline_shows_the_points_and_a_point_opens_its_statement(server: str, browser: Any) -> None:
    import httpx2 as httpx

    expected = httpx.get(f"{server}/api/positions/timeline", params={"issue": ISSUE}).json()["points"]
    page, errors = open_page(browser, f"{server}/positions?as_of=2025-07-31")
    with page.expect_navigation():
        page.click(f"a.issue-timeline:text('{ISSUE}')")  # the issue's heading opens its timeline
    assert "/positions/timeline" in page.url
    points = page.locator("svg.stance-timeline a.point")
    assert points.count() == len(expected) > 0
    assert set(points.evaluate_all("els => els.map(e => e.dataset.stance)")) >= {"oppose", "open", "support"}
    box = points.first.bounding_box()
    assert box is not None and box["width"] > 0  # drawn, not only in the DOM
    href = points.first.get_attribute("href")
    assert href == expected[0]["link"]
    with page.expect_navigation():
        points.first.click()
    anchor = href.split("#", 1)[1]
    assert page.url.endswith(href)
    assert page.evaluate("document.querySelector(':target').id") == anchor
    assert not errors, errors
    page.close()
