"""The reader and search on long articles: what a 100,000-character briefing showed wrong (branch reader)."""

from __future__ import annotations

import html
import re
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from onrecord.serve import render
from onrecord.serve.app import create_app
from onrecord.store.queries import search_phrases


@pytest.fixture(scope="module")
def long_client(long_db: Path) -> TestClient:
    return TestClient(create_app(long_db))


def test_a_long_page_is_sent_gzipped_to_a_client_that_asks_and_reads_the_same(long_client: TestClient) -> None:
    plain = long_client.get("/articles/long-read", headers={"accept-encoding": "identity"})
    packed = long_client.get("/articles/long-read", headers={"accept-encoding": "gzip"})
    assert "content-encoding" not in plain.headers
    assert packed.headers["content-encoding"] == "gzip"
    assert packed.text == plain.text  # httpx decodes it
    assert int(packed.headers["content-length"]) * 3 < len(plain.content)
    api = long_client.get("/api/articles/long-read", headers={"accept-encoding": "gzip"})
    assert api.headers["content-encoding"] == "gzip" and api.json()["id"] == "long-read"


def test_a_statement_with_another_statements_exact_span_still_has_an_anchor_where_it_starts() -> None:
    # Two readings of one quotation (a colon's and a cue's) share a span: the reader shows one highlight,
    # and the other's link (from search, an actor page, a CSV) had no element to land on in a long article.
    text = "Intro. " + "Filler words. " * 50 + "“We will sign,” Ann told Bo."
    start = text.index("We will")
    said = [{"content": {"start": start, "end": start + 12, "text": text[start:start + 12]}, "cue": None,
             "speaker": None, "actor": {"id": who.lower(), "name": who, "type": "person"}, "act": "assert",
             "hedged": False, "kind": "direct", "key": key} for who, key in (("Ann", "aaaa1111"), ("Bo", "bbbb2222"))]
    out = str(render.highlight(text, said, render.speakers(said)))
    assert out.count('id="s-aaaa1111"') == 1 and out.count('id="s-bbbb2222"') == 1
    hidden = out.index('id="s-bbbb2222"')
    assert out[:hidden].endswith('<span class="stmt-anchor" ') and out.index("We will") > hidden
    assert re.sub(r"<[^>]+>", "", re.sub(r"<sup[^>]*>\d+</sup>", "", out)) == html.escape(text, quote=False)


@pytest.mark.parametrize("path", ["/search?q=" + "word " * 120, "/search?q=x&page=0", "/articles?page=abc",
                                  "/search?since=yesterday"])
def test_a_browser_gets_a_page_for_bad_parameters_and_a_script_the_json(long_client: TestClient, path: str) -> None:
    # A 600-character search pasted in the box answered a browser with raw JSON.
    shown = long_client.get(path, headers={"accept": "text/html,application/xhtml+xml,*/*;q=0.8"})
    assert shown.status_code == 422 and shown.headers["content-type"].startswith("text/html")
    assert "This page cannot be shown with these parameters" in shown.text and '<form' in shown.text  # the top bar
    script = long_client.get(path)
    assert script.status_code == 422 and script.json()["errors"]


def test_a_browser_gets_a_page_for_a_mistyped_address(long_client: TestClient) -> None:
    shown = long_client.get("/artcles/long-read", headers={"accept": "text/html"})
    assert shown.status_code == 404 and "No page at /artcles/long-read." in shown.text
    assert long_client.get("/api/nothing", headers={"accept": "text/html"}).json()["detail"] == "Not Found"


def test_search_results_mark_the_words_and_phrases_they_were_found_for(long_client: TestClient) -> None:
    page = long_client.get("/search", params={"q": '"plan number" REGION -nothing'}).text
    assert page.count('<mark class="hit">plan number</mark>') == 50  # a page of results, each marked
    assert page.count('<mark class="hit">region</mark>') == 50
    assert '<mark class="hit">nothing' not in page


def test_found_words_match_as_the_index_does_and_keep_the_text_escaped() -> None:
    text = "Né <b>wall</b> don’t wallet, co-operation “Street” \u202eok"
    pattern = render.search_pattern(search_phrases('ne "don\'t" wall "co operation" street -ok'))
    out = str(render.found_words(text, pattern))
    assert '<mark class="hit">Né</mark>' in out and '<mark class="hit">don’t</mark>' in out
    assert '&lt;b&gt;<mark class="hit">wall</mark>&lt;/b&gt;' in out and '<mark class="hit">wallet' not in out
    assert '<mark class="hit">co-operation</mark>' in out and '“<mark class="hit">Street</mark>”' in out
    assert "\u202e" not in out and "&lt;U+202E&gt;" in out
    assert '<mark class="hit">ok' not in out  # a -word is not what a result was found for


def test_an_article_search_shows_where_each_article_says_the_words(long_client: TestClient) -> None:
    # Titles alone: which long article says the words, and how, could only be found by opening each.
    page = long_client.get("/articles", params={"q": '"plan number 100" work'}).text
    assert "1 article, best match first" in page  # was "1 articles"
    snippet = re.search(r'<span class="snippet">(.*?)</span></li>', page, re.S)
    assert snippet and snippet.group(1).startswith("…") and snippet.group(1).endswith("…")
    assert '<mark class="hit">plan number 100</mark>' in snippet.group(1)
    assert len(re.sub(r"<[^>]+>", "", snippet.group(1))) < 300  # around the words, not the article
    title_only = long_client.get("/articles", params={"q": "long read"}).text  # the title's words only
    assert "A long read" in title_only and 'class="snippet"' not in title_only


def test_a_snippet_is_cut_at_spaces_and_escaped() -> None:
    text = "<b>" + "alpha " * 40 + "the Needle here " + "omega " * 60
    out = str(render.snippet(text, render.search_pattern(["needle"]), before=30, after=30))
    assert out.startswith("…alpha") and out.endswith("omega…")  # whole words at both ends
    assert '<mark class="hit">Needle</mark>' in out and "<b>" not in out
    assert render.snippet("<b>short needle</b>", render.search_pattern(["needle"])) == \
        '&lt;b&gt;short <mark class="hit">needle</mark>&lt;/b&gt;'
    assert render.snippet(text, render.search_pattern(["absent"])) is None
