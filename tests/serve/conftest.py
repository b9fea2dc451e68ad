"""Stores for the web tests: the example article and a hostile one; and one long generated article."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from onrecord.corpus import IngestOptions, ingest
from onrecord.serve.app import create_app
from tests.conftest import EXAMPLES

HOSTILE = {
    "id": "hostile",
    "title": "<script>alert('title')</script>",
    "url": "javascript:alert('url')",
    "outlet": "\"><img src=x onerror=alert('outlet')>",
    "published": "2025-08-20",
    "text": "The minister said that <script>alert('text')</script> was \"not acceptable\" and "
            "'\"><svg onload=alert(1)> would be rejected.\n\n"
            "“We will <b>never</b> sign this,” the mayor of Springfield said on Monday.",
}


def store_of(folder: Path, articles: list[dict[str, str]], name: str = "store.db") -> Path:
    """A store in ``folder`` holding ``articles`` (feed records), each analysed: the search tests' small corpora."""
    feed = folder / "feed.jsonl"
    feed.write_text("".join(json.dumps(a) + "\n" for a in articles), encoding="utf-8")
    db = folder / name
    assert ingest([str(feed)], IngestOptions(db=db)).analysed == len(articles)
    return db


@pytest.fixture(scope="session")
def web_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("web")
    feed = folder / "hostile.jsonl"
    feed.write_text(json.dumps(HOSTILE) + "\n", encoding="utf-8")
    db = folder / "web.db"
    summary = ingest([str(EXAMPLES / "peace-talks.txt"), str(feed)],
                     IngestOptions(db=db, published="2025-08-18", outlet="Example Wire"))
    assert summary.analysed == 2
    return db


@pytest.fixture(scope="session")
def client(web_db: Path) -> TestClient:
    return TestClient(create_app(web_db))


FIRST = ("Alice", "Bruno", "Chidi", "Dana", "Emil", "Farah", "Goran", "Hana", "Ivan", "Jonas")
LAST = ("Abara", "Berglund", "Castell", "Dufresne")
LONG_WORD = "Donaudampfschifffahrtsgesellschaft" * 8  # 272 letters, no place to break


def long_article(statements: int = 150, speakers: int = 40) -> str:
    """An article of ``statements`` quotations by ``speakers`` people, in turn, one paragraph each.

    Paragraph 5 carries a right-to-left override (which, applied, would reverse the words after it) and
    paragraph 7 a 272-letter word: what real feeds bring and what the reader must show without breaking.
    """
    names = [f"{first} {last}" for last in LAST for first in FIRST][:speakers]
    paragraphs = []
    for n in range(statements):
        claim = f"The plan number {n} will {'not ' if n % 3 == 0 else ''}work for the region"
        if n == 5:
            claim = "The \u202eevil\u202c plan is fine"
        if n == 7:
            claim = f"The {LONG_WORD} deal is done"
        paragraphs.append(f"“{claim},” {names[(n * 7) % speakers]} said on Tuesday.")
    return "\n\n".join(paragraphs)


@pytest.fixture(scope="session")
def long_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The article of the bug report's size: 150 statements, 40 speakers (so colours repeat 5 times)."""
    folder = tmp_path_factory.mktemp("long")
    feed = folder / "long.jsonl"
    row = {"id": "long-read", "title": "A long read", "published": "2025-09-01", "text": long_article()}
    feed.write_text(json.dumps(row) + "\n", encoding="utf-8")
    db = folder / "long.db"
    assert ingest([str(feed)], IngestOptions(db=db, outlet="Example Wire")).analysed == 1
    return db


@pytest.fixture(scope="module")
def browser() -> Iterator[object]:
    """Debian's chromium driven by Playwright (test_browser.py, test_positions_browser.py); skipped without it."""
    from tests.serve.test_browser import ARGS, CHROMIUM

    if not CHROMIUM.exists():
        pytest.skip(f"{CHROMIUM} is not installed (scripts/test.sh installs Debian's chromium when it can)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        instance = p.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        yield instance
        instance.close()
