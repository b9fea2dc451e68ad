"""The reader in a real headless Chromium (Debian's chromium, driven by Playwright; no browser download).

scripts/test.sh and .ci/run install /usr/bin/chromium; elsewhere these tests skip and say why.
"""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

CHROMIUM = Path("/usr/bin/chromium")
ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts"
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--no-first-run"]


@pytest.fixture(scope="module")
def server(web_db: Path) -> Iterator[str]:
    import uvicorn

    from onrecord.serve.app import create_app

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    config = uvicorn.Config(create_app(web_db), host="127.0.0.1", port=port, log_level="warning")
    instance = uvicorn.Server(config)
    thread = threading.Thread(target=instance.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not instance.started and time.monotonic() < deadline:
        time.sleep(0.05)
    assert instance.started, "uvicorn did not start"
    yield f"http://127.0.0.1:{port}"
    instance.should_exit = True
    thread.join(timeout=10)


@pytest.fixture(scope="module")
def browser() -> Iterator[object]:
    if not CHROMIUM.exists():
        pytest.skip(f"{CHROMIUM} is not installed (scripts/test.sh installs Debian's chromium when it can)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        instance = p.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        yield instance
        instance.close()


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
